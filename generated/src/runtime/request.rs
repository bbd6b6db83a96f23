//! A request before signing: the operation and its parameters, encoded as the vendor's SDKs
//! encode them (scalars as text, JSON-valued parameters as JSON text, composites flattened
//! into `Name.1.Key` pairs).

use super::meta::OperationMeta;
use serde::Serialize;

/// Where a parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Query,
    /// The `application/x-www-form-urlencoded` body.
    Body,
}

#[derive(Clone, Debug)]
pub struct Request {
    pub op: &'static OperationMeta,
    pub query: Vec<(String, String)>,
    pub body: Vec<(String, String)>,
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

    pub fn text(&mut self, at: At, name: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.push(at, name.to_owned(), v.to_owned());
        }
    }

    pub fn int(&mut self, at: At, name: &str, value: Option<i64>) {
        if let Some(v) = value {
            self.push(at, name.to_owned(), v.to_string());
        }
    }

    pub fn boolean(&mut self, at: At, name: &str, value: Option<bool>) {
        if let Some(v) = value {
            self.push(at, name.to_owned(), v.to_string());
        }
    }

    pub fn float(&mut self, at: At, name: &str, value: Option<f64>) {
        if let Some(v) = value {
            self.push(at, name.to_owned(), v.to_string());
        }
    }

    /// The value as one JSON text.
    pub fn json<T: Serialize + ?Sized>(&mut self, at: At, name: &str, value: Option<&T>) {
        if let Some(v) = value {
            // Generated types have string keys only, so serialising them cannot fail.
            let text = serde_json::to_string(v).expect("generated request types serialise to JSON");
            self.push(at, name.to_owned(), text);
        }
    }

    /// The value flattened: arrays as `Name.1`, `Name.2`, objects and maps as `Name.Key`.
    pub fn flat<T: Serialize + ?Sized>(&mut self, at: At, name: &str, value: Option<&T>) {
        if let Some(v) = value {
            let v = serde_json::to_value(v).expect("generated request types serialise to JSON");
            self.flatten(at, name.to_owned(), &v);
        }
    }

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
    };

    #[test]
    fn flattens_arrays_objects_and_arrays_of_objects() {
        let mut r = Request::new(&OP);
        r.flat(At::Query, "Tags", Some(&json!(["a", "b"])));
        r.flat(
            At::Query,
            "Filter",
            Some(&json!([{"Key": "k", "Values": ["v1", "v2"]}, {"Key": "j", "On": true}])),
        );
        r.flat(
            At::Body,
            "Labels",
            Some(&json!({"env": "prod", "n": 9007199254740993i64, "skip": null})),
        );
        r.flat(At::Query, "Unset", None::<&serde_json::Value>);
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
        assert_eq!(b, ["Labels.env=prod", "Labels.n=9007199254740993"]);
    }

    #[test]
    fn scalars_are_exact() {
        let mut r = Request::new(&OP);
        r.int(At::Query, "Big", Some(i64::MAX));
        r.boolean(At::Query, "B", Some(false));
        r.text(At::Query, "Empty", Some(""));
        r.text(At::Query, "Unset", None);
        assert_eq!(r.get("Big"), Some("9223372036854775807"));
        assert_eq!(r.get("B"), Some("false"));
        assert_eq!(r.get("Empty"), Some(""));
        assert_eq!(r.get("Unset"), None);
    }
}
