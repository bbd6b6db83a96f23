//! A request before signing: the operation and its parameters, encoded as the vendor's SDKs
//! encode them (scalars as text, JSON-valued parameters as JSON text, composites flattened
//! into `Name.1.Key` pairs). Every operation goes through [`encode`], driven by its static
//! parameter table, so no operation carries its own encoder or checker.

use super::meta::{OperationMeta, Param};
use super::validate::{self, ValidationError};
use serde::Serialize;

/// Where a parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Query,
    /// The `application/x-www-form-urlencoded` body.
    Body,
}

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

pub fn text(v: Option<&str>) -> Value<'_> {
    v.map_or(Value::Absent, Value::Text)
}

pub fn int(v: Option<i64>) -> Value<'static> {
    v.map_or(Value::Absent, Value::Int)
}

pub fn boolean(v: Option<bool>) -> Value<'static> {
    v.map_or(Value::Absent, Value::Bool)
}

pub fn float(v: Option<f64>) -> Value<'static> {
    v.map_or(Value::Absent, Value::Float)
}

pub fn data<T: Serialize>(v: Option<&T>) -> Value<'_> {
    match v {
        Some(v) => Value::Data(v),
        None => Value::Absent,
    }
}

pub fn json<T: Serialize>(v: Option<&JsonParam<T>>) -> Value<'_> {
    match v {
        Some(JsonParam::Text(text)) => Value::JsonText(text),
        Some(JsonParam::Value(v)) => Value::Data(v),
        None => Value::Absent,
    }
}

#[derive(Clone, Debug)]
pub struct Request {
    pub op: &'static OperationMeta,
    pub query: Vec<(String, String)>,
    pub body: Vec<(String, String)>,
}

/// The request for `op` with `values` (one per entry of `op.params`, in order). With `check`,
/// every documented rule is checked first, parameter by parameter; the first broken one is
/// returned and nothing is built.
pub fn encode(
    op: &'static OperationMeta,
    values: Vec<Value<'_>>,
    check: bool,
) -> Result<Request, ValidationError> {
    debug_assert_eq!(
        op.params.len(),
        values.len(),
        "{}: one value per parameter",
        op.action
    );
    if check {
        for (p, v) in op.params.iter().zip(&values) {
            validate::param(p, v)?;
        }
    }
    let mut r = Request::new(op);
    for (p, v) in op.params.iter().zip(values) {
        r.put(p, v);
    }
    Ok(r)
}

impl Request {
    pub fn new(op: &'static OperationMeta) -> Request {
        Request {
            op,
            query: Vec::new(),
            body: Vec::new(),
        }
    }

    fn push(&mut self, at: At, name: String, value: String) {
        match at {
            At::Query => self.query.push((name, value)),
            At::Body => self.body.push((name, value)),
        }
    }

    /// Adds one parameter: scalars as text, data as one JSON text or flattened.
    pub fn put(&mut self, p: &Param, v: Value<'_>) {
        let name = p.wire.to_owned();
        match v {
            Value::Absent => {}
            Value::Text(s) => self.push(p.at, name, s.to_owned()),
            Value::Int(n) => self.push(p.at, name, n.to_string()),
            Value::Bool(b) => self.push(p.at, name, b.to_string()),
            Value::Float(x) => self.push(p.at, name, x.to_string()),
            Value::Data(d) if p.flat => self.flatten(p.at, name, &d.json_value()),
            Value::Data(d) => self.push(p.at, name, d.json_text()),
            // Checked to parse before any request is built; unchecked encoding (and text
            // that does not parse) sends it as it is.
            Value::JsonText(s) if p.flat => match serde_json::from_str(s) {
                Ok(v) => self.flatten(p.at, name, &v),
                Err(_) => self.push(p.at, name, s.to_owned()),
            },
            Value::JsonText(s) => self.push(p.at, name, s.to_owned()),
        }
    }

    /// Arrays as `Name.1`, `Name.2`, objects and maps as `Name.Key`; nulls are left out.
    fn flatten(&mut self, at: At, name: String, v: &serde_json::Value) {
        use serde_json::Value;
        match v {
            Value::Null => {}
            Value::String(s) => self.push(at, name, s.clone()),
            Value::Bool(b) => self.push(at, name, b.to_string()),
            Value::Number(n) => self.push(at, name, n.to_string()),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.flatten(at, format!("{name}.{}", i + 1), item);
                }
            }
            Value::Object(map) => {
                for (k, item) in map {
                    self.flatten(at, format!("{name}.{k}"), item);
                }
            }
        }
    }

    /// The value of a parameter, wherever it travels (first match).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .chain(&self.body)
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::meta::{OperationMeta, ProductMeta};
    use crate::runtime::validate::{Rule, TimeFormat};
    use serde_json::json;

    static PRODUCT: ProductMeta = ProductMeta {
        code: "T",
        version: "v",
        endpoint_prefix: "t",
        regional_endpoints: &[],
    };
    static OP: OperationMeta = OperationMeta {
        product: &PRODUCT,
        action: "A",
        method: "POST",
        idempotent: true,
        retryable_codes: &[],
        params: &[
            Param::query("Tags").flat(),
            Param::query("Filter").flat(),
            Param::body("Labels").flat(),
            Param::query("Unset").flat(),
            Param::body("Doc"),
        ],
    };

    #[test]
    fn flattens_arrays_objects_and_arrays_of_objects() {
        let (tags, filter, labels, doc) = (
            json!(["a", "b"]),
            json!([{"Key": "k", "Values": ["v1", "v2"]}, {"Key": "j", "On": true}]),
            json!({"env": "prod", "n": 9007199254740993i64, "skip": null}),
            json!({"b": [1, "x"], "a": 2}),
        );
        let values = vec![
            data(Some(&tags)),
            data(Some(&filter)),
            data(Some(&labels)),
            data(None::<&serde_json::Value>),
            data(Some(&doc)),
        ];
        let r = encode(&OP, values, true).unwrap();
        let q: Vec<_> = r.query.iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(
            q,
            [
                "Tags.1=a",
                "Tags.2=b",
                "Filter.1.Key=k",
                "Filter.1.Values.1=v1",
                "Filter.1.Values.2=v2",
                "Filter.2.Key=j",
                "Filter.2.On=true"
            ]
        );
        let b: Vec<_> = r.body.iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(
            b,
            [
                "Labels.env=prod",
                "Labels.n=9007199254740993",
                r#"Doc={"a":2,"b":[1,"x"]}"#
            ]
        );
    }

    static SCALARS: OperationMeta = OperationMeta {
        params: &[
            Param::query("Big").range(Some(0), None),
            Param::query("B"),
            Param::query("Empty"),
            Param::query("Unset"),
            Param::query("Size").one_of_int(&[30, 50]),
            Param::query("Start").time(TimeFormat::UtcMinute).required(),
        ],
        ..OP
    };

    #[test]
    fn scalars_are_exact_and_checked_in_order() {
        let values = |size: i64, start: Option<&'static str>| {
            vec![
                int(Some(i64::MAX)),
                boolean(Some(false)),
                text(Some("")),
                text(None),
                int(Some(size)),
                text(start),
            ]
        };
        let r = encode(&SCALARS, values(30, Some("2011-06-11T16:00Z")), true).unwrap();
        assert_eq!(r.get("Big"), Some("9223372036854775807"));
        assert_eq!(r.get("B"), Some("false"));
        assert_eq!(r.get("Empty"), Some(""));
        assert_eq!(r.get("Unset"), None);
        assert_eq!(r.query.len(), 5);
        let e = encode(&SCALARS, values(40, None), true).unwrap_err();
        assert_eq!(
            (e.param, &e.rule),
            (
                "Size",
                &Rule::OneOf {
                    value: "40".into(),
                    allowed: "30, 50".into()
                }
            )
        );
        let e = encode(&SCALARS, values(30, None), true).unwrap_err();
        assert_eq!((e.param, e.rule), ("Start", Rule::Required));
        // Unchecked encoding (`to_request`) sends what it is given.
        assert_eq!(
            encode(&SCALARS, values(40, None), false)
                .unwrap()
                .get("Size"),
            Some("40")
        );
    }
}
