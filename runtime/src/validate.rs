//! The checks every request goes through before any I/O, driven by the operation's static
//! parameter table.

use crate::meta::{OneOf, Param, TimeFormat};
use crate::value::Value;
use std::fmt;

/// A request parameter that breaks a documented rule. Nothing was sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// The parameter's wire name, e.g. `ClientToken`.
    pub param: &'static str,
    pub rule: Rule,
}

/// Which rule was broken.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rule {
    Required,
    MinLength {
        min: u64,
        actual: u64,
    },
    MaxLength {
        max: u64,
        actual: u64,
    },
    Ascii,
    TimeFormat {
        pattern: &'static str,
    },
    Minimum {
        min: i64,
        actual: i64,
    },
    Maximum {
        max: i64,
        actual: i64,
    },
    OneOf {
        value: String,
        allowed: String,
    },
    /// JSON text that does not parse; `reason` says where.
    Json {
        reason: String,
    },
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid parameter `{}`: ", self.param)?;
        match &self.rule {
            Rule::Required => write!(f, "it is required but was not set"),
            Rule::MinLength { min, actual } => write!(
                f,
                "it is {actual} characters long, fewer than the {min} required"
            ),
            Rule::MaxLength { max, actual } => write!(
                f,
                "it is {actual} characters long, more than the {max} allowed"
            ),
            Rule::Ascii => write!(f, "it may contain ASCII characters only"),
            Rule::TimeFormat { pattern } => write!(f, "it is not a UTC time of the form {pattern}"),
            Rule::Minimum { min, actual } => write!(f, "{actual} is less than the minimum {min}"),
            Rule::Maximum { max, actual } => write!(f, "{actual} is more than the maximum {max}"),
            Rule::OneOf { value, allowed } => {
                write!(f, "{value} is not one of the valid values ({allowed})")
            }
            Rule::Json { reason } => write!(f, "it is not valid JSON text ({reason})"),
        }
    }
}

impl std::error::Error for ValidationError {}

fn fail(param: &'static str, rule: Rule) -> Result<(), ValidationError> {
    Err(ValidationError { param, rule })
}

fn required(param: &'static str, present: bool) -> Result<(), ValidationError> {
    if present {
        Ok(())
    } else {
        fail(param, Rule::Required)
    }
}

fn length(
    param: &'static str,
    value: &str,
    min: Option<u64>,
    max: Option<u64>,
) -> Result<(), ValidationError> {
    let actual = value.chars().count() as u64;
    match (min, max) {
        (Some(min), _) if actual < min => fail(param, Rule::MinLength { min, actual }),
        (_, Some(max)) if actual > max => fail(param, Rule::MaxLength { max, actual }),
        _ => Ok(()),
    }
}

fn ascii(param: &'static str, value: &str) -> Result<(), ValidationError> {
    if value.is_ascii() {
        Ok(())
    } else {
        fail(param, Rule::Ascii)
    }
}

fn range(
    param: &'static str,
    actual: i64,
    min: Option<i64>,
    max: Option<i64>,
) -> Result<(), ValidationError> {
    match (min, max) {
        (Some(min), _) if actual < min => fail(param, Rule::Minimum { min, actual }),
        (_, Some(max)) if actual > max => fail(param, Rule::Maximum { max, actual }),
        _ => Ok(()),
    }
}

/// `value` must be one of `allowed`.
fn one_of<T: PartialEq + fmt::Display>(
    param: &'static str,
    value: T,
    allowed: &[T],
) -> Result<(), ValidationError> {
    if allowed.contains(&value) {
        return Ok(());
    }
    let allowed = allowed
        .iter()
        .map(|a| a.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    fail(
        param,
        Rule::OneOf {
            value: value.to_string(),
            allowed,
        },
    )
}

/// Every rule of `p` against `v`, in a fixed order: presence, length, ASCII, time format,
/// range, documented values.
pub fn param(p: &Param, v: &Value<'_>) -> Result<(), ValidationError> {
    let name = p.wire;
    match v {
        Value::Absent => required(name, !p.required),
        Value::Text(s) => {
            if p.min_length.is_some() || p.max_length.is_some() {
                length(name, s, p.min_length, p.max_length)?;
            }
            if p.ascii {
                ascii(name, s)?;
            }
            if let Some(f) = p.time {
                time(name, s, f)?;
            }
            match p.one_of {
                OneOf::Str(allowed) => one_of(name, *s, allowed),
                _ => Ok(()),
            }
        }
        Value::Int(n) => {
            range(name, *n, p.minimum, p.maximum)?;
            match p.one_of {
                OneOf::Int(allowed) => one_of(name, *n, allowed),
                _ => Ok(()),
            }
        }
        // Empty text is passed through: some operations read it as "unchanged".
        Value::JsonText("") => Ok(()),
        Value::JsonText(s) => match serde_json::from_str::<serde::de::IgnoredAny>(s) {
            Ok(_) => Ok(()),
            Err(e) => fail(
                name,
                Rule::Json {
                    reason: e.to_string(),
                },
            ),
        },
        Value::Bool(_) | Value::Float(_) | Value::Data(_) => Ok(()),
    }
}

fn time(param: &'static str, value: &str, format: TimeFormat) -> Result<(), ValidationError> {
    if is_time(value, format) {
        Ok(())
    } else {
        fail(
            param,
            Rule::TimeFormat {
                pattern: format.pattern(),
            },
        )
    }
}

/// `yyyy-MM-ddTHH:mmZ` / `yyyy-MM-ddTHH:mm:ssZ` with month, day, hour, minute and second in
/// range (the day is checked against the month, leap years included).
pub fn is_time(s: &str, format: TimeFormat) -> bool {
    let b = s.as_bytes();
    let len = match format {
        TimeFormat::UtcMinute => 17,
        TimeFormat::UtcSecond => 20,
    };
    if b.len() != len
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[len - 1] != b'Z'
    {
        return false;
    }
    let num = |from: usize, to: usize| -> Option<u32> {
        b[from..to].iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let (Some(year), Some(month), Some(day), Some(hour), Some(minute)) =
        (num(0, 4), num(5, 7), num(8, 10), num(11, 13), num(14, 16))
    else {
        return false;
    };
    let seconds_ok = match format {
        TimeFormat::UtcMinute => true,
        TimeFormat::UtcSecond => b[16] == b':' && num(17, 19).is_some_and(|s| s < 60),
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day) && hour < 24 && minute < 60 && seconds_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        assert!(is_time("2011-06-11T16:00Z", TimeFormat::UtcMinute));
        assert!(is_time("2024-02-29T23:59Z", TimeFormat::UtcMinute));
        assert!(!is_time("2023-02-29T23:59Z", TimeFormat::UtcMinute));
        assert!(!is_time("2011-06-11T16:00:00Z", TimeFormat::UtcMinute));
        assert!(!is_time("2011-06-11 16:00Z", TimeFormat::UtcMinute));
        assert!(!is_time("2011-13-11T16:00Z", TimeFormat::UtcMinute));
        assert!(!is_time("2011-06-11T24:00Z", TimeFormat::UtcMinute));
        assert!(is_time("2011-06-11T16:00:59Z", TimeFormat::UtcSecond));
        assert!(!is_time("2011-06-11T16:00:60Z", TimeFormat::UtcSecond));
        assert!(!is_time("２011-06-11T16:00Z", TimeFormat::UtcMinute));
    }

    #[test]
    fn messages_name_the_parameter_and_rule() {
        let e = length("ClientToken", &"a".repeat(65), None, Some(64)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid parameter `ClientToken`: it is 65 characters long, more than the 64 allowed"
        );
        let e = one_of("PageSize", 40, &[30, 50, 100]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid parameter `PageSize`: 40 is not one of the valid values (30, 50, 100)"
        );
    }
}
