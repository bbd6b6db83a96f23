//! Checking a received request's parameters with the runtime's own rules
//! ([`alicloud_migration_runtime::validate::param`]), after reading each wire value as its
//! spec type.
//!
//! Values are read as leniently as the service reads them, since the official SDKs do not all
//! write them alike: booleans in any letter case (the Python SDK sends `True`), integers also
//! as integral decimals (`3.0`), numbers in any form Rust and JSON agree on. What the state
//! machines then see is the canonical form (`true`, `3`), so none of them parses on its own.

use crate::catalog::{Kind, Operation};
use crate::problem::Problem;
use alicloud_migration_runtime::validate::{self, Rule};
use alicloud_migration_runtime::Value;

/// Every parameter of `op` against the received pairs (query and form body together). The
/// first broken rule answers, in the order of the spec, as the client would report it. On
/// success, the pairs come back with every scalar in its canonical form.
pub fn params(
    op: &Operation,
    received: Vec<(String, String)>,
) -> Result<Vec<(String, String)>, Problem> {
    let mut received = received;
    for def in &op.params {
        let wire = def.meta.wire;
        if def.kind == Kind::Flat {
            let present = received.iter().any(|(k, _)| {
                k == wire || k.strip_prefix(wire).is_some_and(|r| r.starts_with('.'))
            });
            if def.meta.required && !present {
                return Err(Problem::missing(wire));
            }
            continue;
        }
        let slot = received.iter_mut().find(|(k, _)| k == wire).map(|(_, v)| v);
        let value = match (slot, def.kind) {
            (None, _) => Value::Absent,
            (Some(s), Kind::Text) => Value::Text(s),
            (Some(s), Kind::Json) => Value::JsonText(s),
            (Some(s), kind) => {
                let v = scalar(kind, s).map_err(|why| Problem::invalid(wire, why))?;
                *s = canonical(&v);
                v
            }
        };
        if let Err(e) = validate::param(&def.meta, &value) {
            return Err(match e.rule {
                Rule::Required => Problem::missing(wire),
                _ => match op.documented_code(wire) {
                    Some(d) => Problem::new(d.status, &d.code, e.to_string()),
                    None => Problem::invalid(wire, &e),
                },
            });
        }
    }
    Ok(received)
}

/// One received scalar as `kind` (an integer, a number or a boolean), or why it is not one.
pub fn scalar(kind: Kind, s: &str) -> Result<Value<'static>, String> {
    Ok(match kind {
        Kind::Int => Value::Int(int(s).ok_or_else(|| format!("{s:?} is not an integer"))?),
        Kind::Float => Value::Float(
            s.parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .ok_or_else(|| format!("{s:?} is not a number"))?,
        ),
        Kind::Bool => match s {
            b if b.eq_ignore_ascii_case("true") => Value::Bool(true),
            b if b.eq_ignore_ascii_case("false") => Value::Bool(false),
            _ => return Err(format!("{s:?} is not true or false")),
        },
        Kind::Text | Kind::Json | Kind::Flat => unreachable!("{kind:?} is not a scalar"),
    })
}

/// `3`, or an integral decimal as an SDK that holds every number as a double writes it
/// (`3.0`, `3e2`); a fraction is not an integer.
fn int(s: &str) -> Option<i64> {
    if let Ok(n) = s.parse::<i64>() {
        return Some(n);
    }
    // Only what looks like a decimal number: Rust's float parser also takes "inf" and "NaN".
    if !s
        .bytes()
        .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b))
    {
        return None;
    }
    let f = s.parse::<f64>().ok()?;
    // 2^63 is exactly representable; every integral double below it in magnitude fits i64.
    let fits = f.is_finite() && f.fract() == 0.0 && f.abs() < 9_223_372_036_854_775_808.0;
    fits.then_some(f as i64)
}

/// The form the client itself sends for a scalar.
fn canonical(v: &Value<'_>) -> String {
    match v {
        Value::Int(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Float(f) => f.to_string(),
        _ => unreachable!("only scalars are made canonical"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(kind: Kind, s: &str) -> Result<String, String> {
        scalar(kind, s).map(|v| canonical(&v))
    }

    #[test]
    fn booleans_in_any_case() {
        for (s, b) in [
            ("true", true),
            ("True", true),
            ("TRUE", true),
            ("False", false),
        ] {
            assert_eq!(canon(Kind::Bool, s), Ok(b.to_string()), "{s}");
        }
        for s in ["1", "yes", "", "truth"] {
            assert!(scalar(Kind::Bool, s).is_err(), "{s}");
        }
    }

    #[test]
    fn integers_as_every_sdk_writes_them() {
        for (s, n) in [
            ("3", 3),
            ("3.0", 3),
            ("-30.0", -30),
            ("3e2", 300),
            ("+7", 7),
        ] {
            assert_eq!(canon(Kind::Int, s), Ok(n.to_string()), "{s}");
        }
        for s in ["3.5", "x", "", "inf", "NaN", "1e19", "9223372036854775808"] {
            assert!(scalar(Kind::Int, s).is_err(), "{s}");
        }
        assert_eq!(
            canon(Kind::Int, "9223372036854775807"),
            Ok(i64::MAX.to_string())
        );
    }

    #[test]
    fn floats_read_whole_or_not() {
        assert_eq!(canon(Kind::Float, "30.0"), Ok("30".into()));
        assert_eq!(canon(Kind::Float, "30"), Ok("30".into()));
        assert_eq!(canon(Kind::Float, "0.25"), Ok("0.25".into()));
        for s in ["inf", "NaN", "x"] {
            assert!(scalar(Kind::Float, s).is_err(), "{s}");
        }
    }
}
