//! Lenient deserialisers for response fields. The vendor's documentation is known to be
//! wrong about scalar types (numbers documented as strings and sent either way), so every
//! scalar accepts the neighbouring JSON forms; what cannot be read as the type is an error.

use serde::de::{Deserialize, Deserializer, Error};
use serde_json::Value;

fn scalar<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Ok(match Option::<Value>::deserialize(d)? {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.is_empty() => None,
        other => other,
    })
}

pub fn opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match Option::<Value>::deserialize(d)? {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(Value::Bool(b)) => Ok(Some(b.to_string())),
        Some(other) => Err(D::Error::custom(format!(
            "expected a string, found {other}"
        ))),
    }
}

pub fn opt_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    match scalar(d)? {
        None => Ok(None),
        Some(Value::Number(n)) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| D::Error::custom(format!("expected an integer, found {n}"))),
        Some(Value::String(s)) => s
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| D::Error::custom(format!("expected an integer, found {s:?}"))),
        Some(other) => Err(D::Error::custom(format!(
            "expected an integer, found {other}"
        ))),
    }
}

pub fn opt_i32<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
    opt_i64(d)?
        .map(|n| {
            i32::try_from(n).map_err(|_| D::Error::custom(format!("{n} does not fit in 32 bits")))
        })
        .transpose()
}

pub fn opt_f64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    match scalar(d)? {
        None => Ok(None),
        Some(Value::Number(n)) => Ok(n.as_f64()),
        Some(Value::String(s)) => s
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| D::Error::custom(format!("expected a number, found {s:?}"))),
        Some(other) => Err(D::Error::custom(format!(
            "expected a number, found {other}"
        ))),
    }
}

pub fn opt_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    match scalar(d)? {
        None => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(b)),
        Some(Value::String(s)) if s.eq_ignore_ascii_case("true") => Ok(Some(true)),
        Some(Value::String(s)) if s.eq_ignore_ascii_case("false") => Ok(Some(false)),
        Some(other) => Err(D::Error::custom(format!(
            "expected a boolean, found {other}"
        ))),
    }
}

/// A string enum: any string (or number) becomes a known variant or `Unknown`.
pub fn string_enum<'de, D: Deserializer<'de>, T: for<'a> From<&'a str>>(
    d: D,
) -> Result<T, D::Error> {
    match Value::deserialize(d)? {
        Value::String(s) => Ok(T::from(&s)),
        Value::Number(n) => Ok(T::from(&n.to_string())),
        other => Err(D::Error::custom(format!(
            "expected a string, found {other}"
        ))),
    }
}

fn int<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    opt_i64(d)?.ok_or_else(|| D::Error::custom("expected an integer, found nothing"))
}

pub fn i64_enum<'de, D: Deserializer<'de>, T: From<i64>>(d: D) -> Result<T, D::Error> {
    int(d).map(T::from)
}

pub fn i32_enum<'de, D: Deserializer<'de>, T: From<i32>>(d: D) -> Result<T, D::Error> {
    let n = int(d)?;
    i32::try_from(n)
        .map(T::from)
        .map_err(|_| D::Error::custom(format!("{n} does not fit in 32 bits")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct S {
        #[serde(default, deserialize_with = "opt_i64")]
        n: Option<i64>,
        #[serde(default, deserialize_with = "opt_bool")]
        b: Option<bool>,
        #[serde(default, deserialize_with = "opt_string")]
        s: Option<String>,
    }

    #[test]
    fn tolerates_neighbouring_forms() {
        let a: S = serde_json::from_str(r#"{"n":"9007199254740993","b":"true","s":200}"#).unwrap();
        assert_eq!(
            a,
            S {
                n: Some(9_007_199_254_740_993),
                b: Some(true),
                s: Some("200".into())
            }
        );
        let b: S = serde_json::from_str(r#"{"n":null,"b":false}"#).unwrap();
        assert_eq!(
            b,
            S {
                n: None,
                b: Some(false),
                s: None
            }
        );
        assert!(serde_json::from_str::<S>(r#"{"n":"twelve"}"#).is_err());
        assert!(serde_json::from_str::<S>(r#"{"n":1.5}"#).is_err());
    }
}
