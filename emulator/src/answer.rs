//! The answer an operation gives when no state says otherwise: the page's JSON sample
//! (`response.example`) over its response tree from the spec, each field holding its
//! documented example (or the first documented value, or an empty
//! value of its type), arrays holding one item, and success signalled where the operation
//! signals failure inside the body.

use serde_json::{Map, Value};
use spec_model::model::{self, Literal, Object, Type};

/// Built once per operation when the specs are loaded; each call clones it.
pub fn from_spec(op: &model::Operation) -> Value {
    let mut answer = object(&op.response);
    // Field examples of an in-body error code or message would read as a failure.
    for path in op
        .failure
        .iter()
        .flat_map(|f| [&f.code, &f.message])
        .flatten()
    {
        remove(&mut answer, &path.wire);
    }
    // The page's sample wins over field examples; fields it leaves out keep theirs.
    if let Some(sample) = &op.example {
        merge(&mut answer, sample.clone());
    }
    if let Some(f) = &op.failure {
        if let Some(path) = &f.success {
            set(&mut answer, &path.wire, Value::Bool(true));
        }
        if let Some((path, ok)) = &f.status {
            if let Some(first) = ok.first() {
                set(&mut answer, &path.wire, Value::String(first.clone()));
            }
        }
    }
    answer
}

fn object(o: &Object) -> Value {
    let mut map = Map::new();
    for f in &o.fields {
        if let Some(v) = value(&f.ty, f.docs.example.as_deref()) {
            map.insert(f.wire.clone(), v);
        }
    }
    Value::Object(map)
}

fn value(ty: &Type, example: Option<&str>) -> Option<Value> {
    Some(match ty {
        Type::String => Value::String(example.unwrap_or_default().to_owned()),
        Type::Int(_) => Value::from(example.and_then(|e| e.parse::<i64>().ok()).unwrap_or(0)),
        Type::Float => Value::from(example.and_then(|e| e.parse::<f64>().ok()).unwrap_or(0.0)),
        Type::Bool => Value::Bool(example.is_some_and(|e| e.eq_ignore_ascii_case("true"))),
        Type::Json => example.and_then(|e| serde_json::from_str(e).ok())?,
        Type::Enum(e) => {
            let documented = |x: &str| {
                e.values
                    .iter()
                    .any(|v| matches!(&v.wire, Literal::Str(s) if s == x))
            };
            match (example, e.values.first().map(|v| &v.wire)) {
                (Some(x), _) if documented(x) || e.values.is_empty() => Value::from(x),
                (_, Some(Literal::Str(s))) => Value::from(s.as_str()),
                (_, Some(Literal::Int(n))) => Value::from(*n),
                _ => Value::from(example.unwrap_or_default()),
            }
        }
        Type::Object(o) => object(o),
        Type::Array(item) => Value::Array(value(item, None).into_iter().collect()),
        Type::Map(_) => Value::Object(Map::new()),
    })
}

/// Sets the value at a dotted path of object keys, creating objects on the way.
pub fn set(root: &mut Value, path: &[String], v: Value) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut at = root;
    for key in parents {
        let Value::Object(map) = at else { return };
        at = map
            .entry(key.clone())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    if let Value::Object(map) = at {
        map.insert(last.clone(), v);
    }
}

fn remove(root: &mut Value, path: &[String]) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut at = root;
    for key in parents {
        match at.get_mut(key) {
            Some(next) => at = next,
            None => return,
        }
    }
    if let Value::Object(map) = at {
        map.remove(last);
    }
}

/// Lays `top` over `base`: objects merge key by key, anything else replaces.
pub fn merge(base: &mut Value, top: Value) {
    match (base, top) {
        (Value::Object(b), Value::Object(t)) => {
            for (k, v) in t {
                match b.get_mut(&k) {
                    Some(slot) => merge(slot, v),
                    None => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (slot, v) => *slot = v,
    }
}

/// The item an array field of the answer holds by default: the shape list operations fill.
pub fn first_item(answer: &Value, path: &[&str]) -> Value {
    let mut at = answer;
    for key in path {
        match at.get(key) {
            Some(v) => at = v,
            None => return Value::Object(Map::new()),
        }
    }
    at.get(0).cloned().unwrap_or(Value::Object(Map::new()))
}
