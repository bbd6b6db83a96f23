//! A request before signing: the operation and its parameters, encoded as the vendor's SDKs
//! encode them (scalars as text, JSON-valued parameters as JSON text, composites flattened
//! into `Name.1.Key` pairs). Every operation goes through [`encode`], driven by its static
//! parameter table, so no operation carries its own encoder or checker.

use crate::meta::{At, OperationMeta, Param};
use crate::validate::{self, ValidationError};
use crate::value::Value;

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
    use crate::meta::{OperationMeta, ProductMeta, TimeFormat};
    use crate::validate::Rule;
    use crate::value::{boolean, data, int, text};
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
        let (tags, filter, labels, unset, doc) = (
            Some(json!(["a", "b"])),
            Some(json!([{"Key": "k", "Values": ["v1", "v2"]}, {"Key": "j", "On": true}])),
            Some(json!({"env": "prod", "n": 9007199254740993i64, "skip": null})),
            None::<serde_json::Value>,
            Some(json!({"b": [1, "x"], "a": 2})),
        );
        let values = vec![
            data(&tags),
            data(&filter),
            data(&labels),
            data(&unset),
            data(&doc),
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
        static BIG: Option<i64> = Some(i64::MAX);
        static NO: Option<bool> = Some(false);
        static EMPTY: Option<&str> = Some("");
        static UNSET: Option<&str> = None;
        static SIZES: [Option<i64>; 2] = [Some(30), Some(40)];
        static STARTS: [Option<&str>; 2] = [Some("2011-06-11T16:00Z"), None];
        // Index 0 of SIZES and STARTS is valid, index 1 is not (40; unset).
        let values = |size: usize, start: usize| {
            vec![
                int(&BIG),
                boolean(&NO),
                text(&EMPTY),
                text(&UNSET),
                int(&SIZES[size]),
                text(&STARTS[start]),
            ]
        };
        let r = encode(&SCALARS, values(0, 0), true).unwrap();
        assert_eq!(r.get("Big"), Some("9223372036854775807"));
        assert_eq!(r.get("B"), Some("false"));
        assert_eq!(r.get("Empty"), Some(""));
        assert_eq!(r.get("Unset"), None);
        assert_eq!(r.query.len(), 5);
        let e = encode(&SCALARS, values(1, 1), true).unwrap_err();
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
        let e = encode(&SCALARS, values(0, 1), true).unwrap_err();
        assert_eq!((e.param, e.rule), ("Start", Rule::Required));
        // Unchecked encoding (`to_request`) sends what it is given.
        assert_eq!(
            encode(&SCALARS, values(1, 1), false).unwrap().get("Size"),
            Some("40")
        );
    }
}
