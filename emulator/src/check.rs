//! Checking a received request's parameters with the runtime's own rules
//! ([`alicloud_migration_runtime::validate::param`]), after reading each wire value as its
//! spec type.

use crate::catalog::{Kind, Operation};
use crate::problem::Problem;
use alicloud_migration_runtime::validate::{self, Rule};
use alicloud_migration_runtime::Value;

/// Every parameter of `op` against the received pairs (query and form body together). The
/// first broken rule answers, in the order of the spec, as the client would report it.
pub fn params(op: &Operation, received: &[(String, String)]) -> Result<(), Problem> {
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
        let raw = received
            .iter()
            .find(|(k, _)| k == wire)
            .map(|(_, v)| v.as_str());
        let value = match (raw, def.kind) {
            (None, _) => Value::Absent,
            (Some(s), Kind::Text) => Value::Text(s),
            (Some(s), Kind::Json) => Value::JsonText(s),
            (Some(s), Kind::Int) => Value::Int(
                s.parse()
                    .map_err(|_| Problem::invalid(wire, format!("{s:?} is not an integer")))?,
            ),
            (Some(s), Kind::Float) => Value::Float(
                s.parse()
                    .map_err(|_| Problem::invalid(wire, format!("{s:?} is not a number")))?,
            ),
            (Some(s), Kind::Bool) => match s {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                _ => {
                    return Err(Problem::invalid(
                        wire,
                        format!("{s:?} is not true or false"),
                    ))
                }
            },
            (Some(_), Kind::Flat) => unreachable!("flattened parameters are handled above"),
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
    Ok(())
}
