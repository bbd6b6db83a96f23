//! Request parameters: placement, style, constraints, defaults, and the literal checks
//! shared with the generated client's rules.

use super::*;

impl Checker<'_> {
    pub(super) fn params(&mut self, raws: &[RawField], taken: &mut Taken) -> Vec<Param> {
        let mut out = Vec::new();
        let mut wires: HashMap<&str, usize> = HashMap::new();
        let mut rusts: HashMap<String, String> = HashMap::new();
        for (i, raw) in raws.iter().enumerate() {
            let path = format!("parameters[{i}]");
            let Some(wire) = raw.name.as_deref() else {
                self.err(&path, "parameter has no `name`");
                continue;
            };
            if !self.wire_name(&format!("{path}.name"), wire) {
                continue;
            }
            if COMMON_PARAMS.contains(&wire) {
                self.err(format!("{path}.name"), format!(
                    "`{wire}` is a common request parameter of the signing scheme, not an operation parameter; remove it (a `notes` entry can say the page lists it)"
                ));
                continue;
            }
            if let Some(first) = wires.insert(wire, i) {
                self.err(
                    format!("{path}.name"),
                    format!("duplicate parameter `{wire}` (first at parameters[{first}])"),
                );
                continue;
            }
            let Some(rust) = self.rust_field_name(raw, &path) else {
                continue;
            };
            if let Some(other) = rusts.insert(rust.clone(), wire.to_owned()) {
                self.err(format!("{path}.name"), format!(
                    "parameters `{other}` and `{wire}` both become Rust name `{rust}`; set `rust_name` on one"
                ));
                continue;
            }
            if BUILDER_METHODS.contains(&rust.as_str()) {
                self.err(format!("{path}.name"), format!(
                    "parameter `{wire}` becomes `{rust}`, which the builder uses for itself; set `rust_name`"
                ));
                continue;
            }
            if let Some(p) = self.param(raw, wire, rust, &path, taken) {
                out.push(p);
            }
        }
        out
    }

    pub(super) fn param(
        &mut self,
        raw: &RawField,
        wire: &str,
        rust: String,
        path: &str,
        taken: &mut Taken,
    ) -> Option<Param> {
        let ty = self.ty(raw, path, wire, Side::Request, true, taken)?;
        let location = match raw.location.as_deref() {
            None | Some("query") => Location::Query,
            Some("body") => Location::Body,
            Some(other) => {
                self.err(format!("{path}.in"), format!("`in: {other}` is not a place a parameter can travel; expected `query` or `body`"));
                Location::Query
            }
        };
        let composite = matches!(
            ty,
            Type::Json | Type::Object(_) | Type::Array(_) | Type::Map(_)
        );
        let style = match raw.style.as_deref() {
            None | Some("json") if matches!(ty, Type::Json) => Style::Json,
            None | Some("flat") => Style::Flat,
            Some("json") => Style::Json,
            Some(other) => {
                self.err(
                    format!("{path}.style"),
                    format!("unknown style `{other}`; expected `flat` or `json`"),
                );
                Style::Flat
            }
        };
        if matches!(ty, Type::Json) && style == Style::Flat {
            self.err(
                format!("{path}.style"),
                "a `json` parameter can only travel as JSON text (`style: json`)",
            );
        }
        if raw.style.is_some() && !composite {
            self.err(
                format!("{path}.style"),
                "`style` applies only to object, array, map and json parameters",
            );
        }
        let rules = Rules {
            min_length: raw.min_length,
            max_length: raw.max_length,
            ascii: raw.ascii.unwrap_or(false),
            format: self.format(raw, path),
            minimum: raw.minimum,
            maximum: raw.maximum,
        };
        if let (Some(min), Some(max)) = (rules.min_length, rules.max_length) {
            if min > max {
                self.err(
                    format!("{path}.min_length"),
                    format!("min_length {min} is greater than max_length {max}"),
                );
            }
        }
        if let (Some(min), Some(max)) = (rules.minimum, rules.maximum) {
            if min > max {
                self.err(
                    format!("{path}.minimum"),
                    format!("minimum {min} is greater than maximum {max}"),
                );
            }
        }
        let idempotency_token = raw.idempotency_token.unwrap_or(false);
        if idempotency_token && !matches!(ty, Type::String) {
            self.err(
                format!("{path}.idempotency_token"),
                "only a string parameter can be the idempotency token",
            );
        }
        let sensitive = raw.sensitive.unwrap_or(false);
        if sensitive && !matches!(ty, Type::String) {
            self.err(
                format!("{path}.sensitive"),
                "only a string parameter can be marked sensitive",
            );
        }
        let default = raw
            .default
            .as_ref()
            .and_then(|v| self.default(v, &ty, &rules, &format!("{path}.default")));
        Some(Param {
            wire: wire.to_owned(),
            rust,
            ty,
            location,
            style,
            required: raw.required.unwrap_or(false),
            default,
            rules,
            idempotency_token,
            sensitive,
            docs: docs(raw),
        })
    }

    pub(super) fn format(&mut self, raw: &RawField, path: &str) -> Option<TimeFormat> {
        match raw.format.as_deref()? {
            "utc-minute" => Some(TimeFormat::UtcMinute),
            "utc-second" => Some(TimeFormat::UtcSecond),
            other => {
                self.err(format!("{path}.format"), format!(
                    "unknown format `{other}`; expected `utc-minute` (yyyy-MM-ddTHH:mmZ) or `utc-second` (yyyy-MM-ddTHH:mm:ssZ)"
                ));
                None
            }
        }
    }

    pub(super) fn default(
        &mut self,
        v: &Value,
        ty: &Type,
        rules: &Rules,
        path: &str,
    ) -> Option<Literal> {
        let lit = match (ty, v) {
            (Type::String, Value::String(s)) => Literal::Str(s.clone()),
            (Type::Int(w), Value::Number(n)) if n.as_i64().is_some_and(|n| fits(n, *w)) => {
                Literal::Int(n.as_i64().unwrap_or_default())
            }
            (Type::Bool, Value::Bool(b)) => Literal::Bool(*b),
            (Type::Enum(e), _) => {
                let found = e.values.iter().find(|ev| literal_matches(&ev.wire, v));
                match found {
                    Some(ev) => ev.wire.clone(),
                    None => {
                        self.err(
                            path,
                            format!(
                                "default {} is not one of the enum values ({})",
                                show(v),
                                e.values
                                    .iter()
                                    .map(|ev| ev.wire.to_string())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        );
                        return None;
                    }
                }
            }
            (Type::String | Type::Int(_) | Type::Bool, other) => {
                self.err(
                    path,
                    format!(
                        "default {} does not match the parameter's type",
                        show(other)
                    ),
                );
                return None;
            }
            _ => {
                self.err(path, "`default` is only supported on scalar parameters");
                return None;
            }
        };
        if let Err(why) = check_rules(&lit, rules) {
            self.err(
                path,
                format!("default {lit} breaks the parameter's own constraints: {why}"),
            );
            return None;
        }
        Some(lit)
    }
}

pub(super) fn docs(raw: &RawField) -> Docs {
    Docs {
        description: raw.description.clone(),
        example: raw.example.as_ref().and_then(scalar_text),
        notes: raw.notes.clone(),
    }
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        other => serde_json::to_string(other).ok(),
    }
}

pub(super) fn is_integer(ty: &Type) -> bool {
    matches!(ty, Type::Int(_)) || matches!(ty, Type::Enum(e) if matches!(e.repr, EnumRepr::Int(_)))
}

pub(super) fn fits(n: i64, w: IntWidth) -> bool {
    w == IntWidth::I64 || i32::try_from(n).is_ok()
}

pub(super) fn width_name(w: IntWidth) -> &'static str {
    match w {
        IntWidth::I32 => "int32",
        IntWidth::I64 => "int64",
    }
}

fn literal_matches(lit: &Literal, v: &Value) -> bool {
    match (lit, v) {
        (Literal::Str(a), Value::String(b)) => a == b,
        (Literal::Int(a), Value::Number(b)) => b.as_i64() == Some(*a),
        (Literal::Bool(a), Value::Bool(b)) => a == b,
        _ => false,
    }
}

pub(super) fn show(v: &Value) -> String {
    match v {
        Value::String(s) => format!("{s:?}"),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".to_owned(),
        other => serde_json::to_string(other).unwrap_or_else(|_| "a complex value".to_owned()),
    }
}

pub(super) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Number(_) => "number",
        Value::Bool(_) => "boolean",
        Value::Null => "null",
        Value::String(_) => "string",
        Value::Sequence(_) => "list",
        Value::Mapping(_) => "mapping",
        Value::Tagged(_) => "tagged value",
    }
}

/// Checks a literal against the rules, as the generated client checks request values.
pub fn check_rules(lit: &Literal, rules: &Rules) -> Result<(), String> {
    if let Literal::Str(s) = lit {
        let len = s.chars().count() as u64;
        if let Some(min) = rules.min_length {
            if len < min {
                return Err(format!("shorter than {min} characters"));
            }
        }
        if let Some(max) = rules.max_length {
            if len > max {
                return Err(format!("longer than {max} characters"));
            }
        }
        if rules.ascii && !s.is_ascii() {
            return Err("not ASCII".to_owned());
        }
        if let Some(f) = rules.format {
            if !matches_time(s, f) {
                return Err(format!("not a UTC time of the form {}", f.pattern()));
            }
        }
    }
    if let Literal::Int(n) = lit {
        if rules.minimum.is_some_and(|min| *n < min) || rules.maximum.is_some_and(|max| *n > max) {
            return Err(format!(
                "outside {}..={}",
                rules.minimum.map(|m| m.to_string()).unwrap_or_default(),
                rules.maximum.map(|m| m.to_string()).unwrap_or_default()
            ));
        }
    }
    Ok(())
}

/// `yyyy-MM-ddTHH:mmZ` or `yyyy-MM-ddTHH:mm:ssZ`, with field ranges checked.
pub fn matches_time(s: &str, f: TimeFormat) -> bool {
    let b = s.as_bytes();
    let expected_len = match f {
        TimeFormat::UtcMinute => 17,
        TimeFormat::UtcSecond => 20,
    };
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    if b.len() != expected_len
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[b.len() - 1] != b'Z'
    {
        return false;
    }
    let (Some(_), Some(mo), Some(d), Some(h), Some(mi)) =
        (num(0..4), num(5..7), num(8..10), num(11..13), num(14..16))
    else {
        return false;
    };
    let secs_ok = match f {
        TimeFormat::UtcMinute => true,
        TimeFormat::UtcSecond => b[16] == b':' && num(17..19).is_some_and(|s| s < 60),
    };
    (1..=12).contains(&mo) && (1..=31).contains(&d) && h < 24 && mi < 60 && secs_ok
}

impl std::fmt::Display for Literal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Literal::Str(s) => write!(f, "{s:?}"),
            Literal::Int(n) => write!(f, "{n}"),
            Literal::Bool(b) => write!(f, "{b}"),
        }
    }
}
