//! Reading response JSON into generated types without serde derives: one small `from_json`
//! per type, calling these helpers. Compiles far faster than derived `Deserialize` and reads
//! leniently, as the vendor's documentation is often wrong about scalar types (numbers
//! documented as strings and sent either way). Errors name the path of the bad value.

use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt;

/// A value that is not what the documentation says, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// `Items.ImportResultFromDB[2].ImportId`
    pub path: String,
    pub message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for JsonError {}

fn expected(what: &str, found: &Value) -> JsonError {
    let found = match found {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) if s.len() > 40 => format!("a {}-byte string", s.len()),
        Value::String(s) => format!("{s:?}"),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    };
    JsonError {
        path: String::new(),
        message: format!("expected {what}, found {found}"),
    }
}

/// A type generated code can read from JSON.
pub trait FromJson: Sized {
    fn from_json(v: Value) -> Result<Self, JsonError>;

    /// Whether an empty string stands for "no value" (numbers and booleans: the service
    /// sends `""` for unset ones).
    fn empty_is_none() -> bool {
        false
    }
}

impl FromJson for String {
    fn from_json(v: Value) -> Result<Self, JsonError> {
        match v {
            Value::String(s) => Ok(s),
            Value::Number(n) => Ok(n.to_string()),
            Value::Bool(b) => Ok(b.to_string()),
            other => Err(expected("a string", &other)),
        }
    }
}

impl FromJson for i64 {
    fn empty_is_none() -> bool {
        true
    }

    fn from_json(v: Value) -> Result<Self, JsonError> {
        match &v {
            Value::Number(n) => n.as_i64().ok_or_else(|| expected("an integer", &v)),
            Value::String(s) => s.trim().parse().map_err(|_| expected("an integer", &v)),
            _ => Err(expected("an integer", &v)),
        }
    }
}

impl FromJson for i32 {
    fn empty_is_none() -> bool {
        true
    }

    fn from_json(v: Value) -> Result<Self, JsonError> {
        let shown = v.clone();
        i64::from_json(v)
            .and_then(|n| i32::try_from(n).map_err(|_| expected("a 32-bit integer", &shown)))
    }
}

impl FromJson for f64 {
    fn empty_is_none() -> bool {
        true
    }

    fn from_json(v: Value) -> Result<Self, JsonError> {
        match &v {
            Value::Number(n) => n.as_f64().ok_or_else(|| expected("a number", &v)),
            Value::String(s) => s.trim().parse().map_err(|_| expected("a number", &v)),
            _ => Err(expected("a number", &v)),
        }
    }
}

impl FromJson for bool {
    fn empty_is_none() -> bool {
        true
    }

    fn from_json(v: Value) -> Result<Self, JsonError> {
        match &v {
            Value::Bool(b) => Ok(*b),
            Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(true),
            Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(false),
            _ => Err(expected("a boolean", &v)),
        }
    }
}

impl FromJson for Value {
    fn from_json(v: Value) -> Result<Self, JsonError> {
        Ok(v)
    }
}

// The containers read with plain loops: an iterator chain would be a dozen generic
// functions to compile for every element type of every operation a program uses. And
// `match`, not `?`: a `?` returning `Result<Vec<T>, _>` is one more function per element type
// (its `FromResidual` impl).
impl<T: FromJson> FromJson for Vec<T> {
    #[allow(clippy::question_mark)]
    fn from_json(v: Value) -> Result<Self, JsonError> {
        let items = match array(v) {
            Ok(items) => items,
            Err(e) => return Err(e),
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            match T::from_json(item) {
                Ok(t) => out.push(t),
                Err(e) => return Err(nest_index(e, i)),
            }
        }
        Ok(out)
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    #[allow(clippy::question_mark)]
    fn from_json(v: Value) -> Result<Self, JsonError> {
        let mut out = BTreeMap::new();
        let items = match object(v) {
            Ok(items) => items,
            Err(e) => return Err(e),
        };
        for (k, item) in items {
            match T::from_json(item) {
                Ok(t) => {
                    out.insert(k, t);
                }
                Err(e) => return Err(nest(e, &format!(".{k}"))),
            }
        }
        Ok(out)
    }
}

fn array(v: Value) -> Result<Vec<Value>, JsonError> {
    match v {
        Value::Array(items) => Ok(items),
        other => Err(expected("an array", &other)),
    }
}

fn nest_index(e: JsonError, i: usize) -> JsonError {
    nest(e, &format!("[{i}]"))
}

fn nest(mut e: JsonError, step: &str) -> JsonError {
    e.path = if e.path.is_empty() || e.path.starts_with('[') {
        format!("{step}{}", e.path)
    } else {
        format!("{step}.{}", e.path)
    };
    if let Some(stripped) = e.path.strip_prefix('.') {
        e.path = stripped.to_owned();
    }
    e
}

/// The value as an object.
pub fn object(v: Value) -> Result<Map<String, Value>, JsonError> {
    match v {
        Value::Object(m) => Ok(m),
        other => Err(expected("an object", &other)),
    }
}

/// Takes field `name` out of `o`: absent, null and (for scalars) empty strings read as `None`.
pub fn field<T: FromJson>(o: &mut Map<String, Value>, name: &str) -> Result<Option<T>, JsonError> {
    match take(o, name, T::empty_is_none()) {
        None => Ok(None),
        Some(v) => match T::from_json(v) {
            Ok(t) => Ok(Some(t)),
            Err(e) => Err(nest_field(e, name)),
        },
    }
}

/// The value of field `name`, unless it is absent, null, or (`empty_is_none`) `""`.
fn take(o: &mut Map<String, Value>, name: &str, empty_is_none: bool) -> Option<Value> {
    match o.remove(name) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.is_empty() && empty_is_none => None,
        Some(v) => Some(v),
    }
}

fn nest_field(e: JsonError, name: &str) -> JsonError {
    nest(e, &format!(".{name}"))
}

/// The fields of one JSON object, taken out one by one by generated `from_json` functions.
/// The first error (the value is not an object, or a bad field) is kept and returned by
/// [`Fields::done`]. Generated readers use no `?`: each `?` in a function generic over, or
/// returning, the type read is one more function per type for the compiler.
#[derive(Debug)]
pub struct Fields {
    map: Map<String, Value>,
    error: Option<JsonError>,
}

impl Fields {
    /// Not an object: no fields, and the error kept.
    pub fn new(v: Value) -> Fields {
        match object(v) {
            Ok(map) => Fields { map, error: None },
            Err(e) => Fields {
                map: Map::new(),
                error: Some(e),
            },
        }
    }

    /// Field `name`, as [`field`] reads it; `None` (and the error kept) when it is bad.
    pub fn get<T: FromJson>(&mut self, name: &str) -> Option<T> {
        // `?` on the option is less code here than a `match` or `let … else` (measured with
        // `cargo llvm-lines`: the value's drop flags stay out of this function).
        match T::from_json(take(&mut self.map, name, T::empty_is_none())?) {
            Ok(t) => Some(t),
            Err(e) => {
                self.keep(nest_field(e, name));
                None
            }
        }
    }

    fn keep(&mut self, e: JsonError) {
        self.error.get_or_insert(e);
    }

    /// The fields not taken yet.
    pub fn rest(&mut self) -> Map<String, Value> {
        std::mem::take(&mut self.map)
    }

    /// The first bad field's error, if any (not generic: every reader calls it).
    pub fn done(self) -> Result<(), JsonError> {
        match self.error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// Reads a string enum through its `From<&str>`.
pub fn string_enum<T: for<'a> From<&'a str>>(v: Value) -> Result<T, JsonError> {
    match String::from_json(v) {
        Ok(s) => Ok(T::from(s.as_str())),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lenient_scalars_and_located_errors() {
        let mut o =
            object(json!({"A": "12", "B": "", "C": "true", "D": 5, "E": [1, "x"]})).unwrap();
        assert_eq!(field::<i64>(&mut o, "A").unwrap(), Some(12));
        assert_eq!(field::<i32>(&mut o, "B").unwrap(), None);
        assert_eq!(field::<bool>(&mut o, "C").unwrap(), Some(true));
        assert_eq!(field::<String>(&mut o, "D").unwrap(), Some("5".to_owned()));
        let e = field::<Vec<i64>>(&mut o, "E").unwrap_err();
        assert_eq!(e.to_string(), "E[1]: expected an integer, found \"x\"");
        assert_eq!(field::<String>(&mut o, "Missing").unwrap(), None);
        assert!(o.is_empty(), "fields are taken out");
        let mut f = Fields::new(json!({"A": 1, "B": "x", "C": [true], "D": 2}));
        let (a, b, c) = (f.get::<i64>("A"), f.get::<i64>("B"), f.get::<Vec<i64>>("C"));
        assert_eq!((a, b, c), (Some(1), None, None));
        assert_eq!(f.rest().len(), 1, "only D is left");
        let e = f.done().unwrap_err();
        assert_eq!(
            e.to_string(),
            "B: expected an integer, found \"x\"",
            "the first error wins"
        );
        // Not an object: every field is absent and the error is the object's.
        let mut f = Fields::new(json!([1]));
        assert_eq!(f.get::<i64>("A"), None);
        assert_eq!(
            f.done().unwrap_err().to_string(),
            "expected an object, found an array"
        );
        let e = i32::from_json(json!(9_000_000_000i64)).unwrap_err();
        assert!(e.message.contains("32-bit"), "{e}");
    }
}
