//! The values an input hands to the encoder, one per parameter, and the JSON-valued
//! parameter type users set. Plain data: nothing here checks or encodes.

use serde::Serialize;

/// One parameter's value, as an input's `values()` hands it over.
pub enum Value<'a> {
    Absent,
    Text(&'a str),
    Int(i64),
    Bool(bool),
    Float(f64),
    /// A composite or free-form value, sent as JSON text or flattened.
    Data(&'a dyn Encode),
    /// JSON text a caller wrote: checked to parse, then sent byte for byte.
    JsonText(&'a str),
}

/// The value of a JSON-valued parameter (`TaskContent`, `DbList`...), which the service
/// takes as JSON text: either that text, as the caller has it, or a value to serialise.
///
/// Setters take `impl Into<JsonParam<T>>`, so both read naturally:
/// `.task_content(std::fs::read_to_string("job.json")?)` sends the file's text as it is
/// (after checking that it is JSON, before anything is sent), and
/// `.task_content(serde_json::json!({"type": "job"}))` or a typed value such as
/// `TaskParam { .. }` is serialised once. An empty text is sent as it is: some operations
/// read an empty value as "unchanged".
#[derive(Clone, Debug, PartialEq)]
pub enum JsonParam<T = serde_json::Value> {
    /// JSON text, sent byte for byte once it is checked to parse.
    Text(String),
    /// A value, serialised to JSON text when the request is built.
    Value(T),
}

/// Types a [`JsonParam`] can hold as a value: JSON trees, lists and maps of serialisable
/// values, and the generated request types of JSON-valued parameters. A marker, so that text
/// (`&str`, `String`) always converts to [`JsonParam::Text`] and never to a JSON string.
pub trait JsonData: Serialize {}

impl JsonData for serde_json::Value {}
impl<T: Serialize> JsonData for Vec<T> {}
impl<V: Serialize> JsonData for std::collections::BTreeMap<String, V> {}

impl<T> From<String> for JsonParam<T> {
    fn from(text: String) -> Self {
        JsonParam::Text(text)
    }
}

impl<T> From<&str> for JsonParam<T> {
    fn from(text: &str) -> Self {
        JsonParam::Text(text.to_owned())
    }
}

impl<T> From<&String> for JsonParam<T> {
    fn from(text: &String) -> Self {
        JsonParam::Text(text.clone())
    }
}

impl<T: JsonData> From<T> for JsonParam<T> {
    fn from(value: T) -> Self {
        JsonParam::Value(value)
    }
}

impl std::fmt::Debug for Value<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Absent => f.write_str("Absent"),
            Value::Text(s) => f.debug_tuple("Text").field(s).finish(),
            Value::Int(n) => f.debug_tuple("Int").field(n).finish(),
            Value::Bool(b) => f.debug_tuple("Bool").field(b).finish(),
            Value::Float(x) => f.debug_tuple("Float").field(x).finish(),
            Value::Data(d) => f.debug_tuple("Data").field(&d.json_text()).finish(),
            Value::JsonText(s) => f.debug_tuple("JsonText").field(s).finish(),
        }
    }
}

/// A composite request value: as JSON text (in the value's own field order, as the
/// vendor's SDKs send it) or as a JSON tree to flatten.
pub trait Encode {
    fn json_text(&self) -> String;
    fn json_value(&self) -> serde_json::Value;
}

// Generated request types have string keys only, so serialising them cannot fail.
impl<T: Serialize + ?Sized> Encode for T {
    fn json_text(&self) -> String {
        serde_json::to_string(self).expect("generated request types serialise to JSON")
    }

    fn json_value(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("generated request types serialise to JSON")
    }
}

// One function per kind of value, each taking the input's field as it is (`&self.name`):
// `values()` is then one plain call per parameter, which the compiler checks faster than the
// `as_deref`/`map` chains it replaced (BENCHMARKS.md, section 5, "Sixth pass").

/// A text parameter: `String`, or a string enum (through `AsRef<str>`).
pub fn text<T: AsRef<str>>(v: &Option<T>) -> Value<'_> {
    match v {
        Some(v) => Value::Text(v.as_ref()),
        None => Value::Absent,
    }
}

/// An integer parameter: `i32`, `i64`, or an integer enum (through `Into<i64>`).
pub fn int<T: Copy + Into<i64>>(v: &Option<T>) -> Value<'static> {
    match *v {
        Some(v) => Value::Int(v.into()),
        None => Value::Absent,
    }
}

pub fn boolean(v: &Option<bool>) -> Value<'static> {
    match *v {
        Some(v) => Value::Bool(v),
        None => Value::Absent,
    }
}

pub fn float(v: &Option<f64>) -> Value<'static> {
    match *v {
        Some(v) => Value::Float(v),
        None => Value::Absent,
    }
}

/// A composite parameter sent flattened or as JSON text of the value.
pub fn data<T: Serialize>(v: &Option<T>) -> Value<'_> {
    match v {
        Some(v) => Value::Data(v),
        None => Value::Absent,
    }
}

/// A JSON-valued parameter: the caller's text, or a value to serialise.
pub fn json<T: Serialize>(v: &Option<JsonParam<T>>) -> Value<'_> {
    match v {
        Some(JsonParam::Text(text)) => Value::JsonText(text),
        Some(JsonParam::Value(v)) => Value::Data(v),
        None => Value::Absent,
    }
}
