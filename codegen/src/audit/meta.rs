//! The vendor's machine-readable metadata (`vendor-meta/` at the repository's top), read into one plain form:
//! per operation, each parameter's wire name, placement, type class, required flag and
//! documented values; per product, the region → host table. Two sources: the api-docs
//! document of a product version (placement, style, formats, enums, endpoints) and the CLI's
//! per-operation files (coarser types), used for operations the api-docs snapshot lacks.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Where a parameter travels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Placement {
    Query,
    Body,
    Other(String),
}

impl Placement {
    pub fn describe(&self) -> String {
        match self {
            Placement::Query => "the query string".into(),
            Placement::Body => "the form body".into(),
            Placement::Other(o) => format!("`{o}`"),
        }
    }
}

/// A type as the wire sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Class {
    String,
    Int32,
    Int64,
    /// An integer of unstated width (CLI `Integer`, api-docs without a format).
    Integer,
    Boolean,
    Float,
    /// One JSON text.
    Json,
    /// Flattened into `Name.1`, `Name.Key` pairs.
    Flat,
    /// A list joined with commas into one value.
    Simple,
    Other(String),
}

impl Class {
    pub fn name(&self) -> String {
        match self {
            Class::String => "string".into(),
            Class::Int32 => "int32".into(),
            Class::Int64 => "int64".into(),
            Class::Integer => "integer".into(),
            Class::Boolean => "boolean".into(),
            Class::Float => "float".into(),
            Class::Json => "JSON text".into(),
            Class::Flat => "flattened list".into(),
            Class::Simple => "comma-joined list".into(),
            Class::Other(o) => format!("`{o}`"),
        }
    }
}

#[derive(Clone, Debug)]
pub struct MetaParam {
    pub name: String,
    pub placement: Placement,
    pub class: Class,
    pub required: bool,
    /// The documented values, where the metadata lists them.
    pub values: Option<Vec<String>>,
}

/// One operation's metadata, and the file it came from (for messages).
#[derive(Clone, Debug)]
pub struct MetaOp {
    pub source: String,
    pub params: Vec<MetaParam>,
}

/// The metadata of one product version.
pub struct ProductMeta {
    /// `api-docs/<code>-<version>.json`, relative to the metadata folder, when present.
    pub api_docs_name: Option<String>,
    apis: BTreeMap<String, Value>,
    /// The api-docs region → host table (empty without api-docs).
    pub endpoints: Vec<(String, String)>,
    cli_dir: PathBuf,
    cli_name: String,
}

/// An error reading the metadata: the file and what is wrong.
fn bad(path: &Path, what: impl std::fmt::Display) -> String {
    format!("{}: {what}", path.display())
}

impl ProductMeta {
    /// Reads what `dir` holds for product `code`, API version `version`.
    pub fn load(dir: &Path, code: &str, version: &str) -> Result<ProductMeta, String> {
        let lower = code.to_ascii_lowercase();
        let name = format!("api-docs/{lower}-{version}.json");
        let path = dir.join(&name);
        let (api_docs_name, apis, endpoints) = if path.is_file() {
            let text = std::fs::read_to_string(&path).map_err(|e| bad(&path, e))?;
            let doc: Value = serde_json::from_str(&text).map_err(|e| bad(&path, e))?;
            let apis = match doc.get("apis") {
                Some(Value::Object(m)) => m.clone().into_iter().collect(),
                _ => return Err(bad(&path, "no `apis` object")),
            };
            let endpoints = doc
                .get("endpoints")
                .and_then(Value::as_array)
                .map(|list| {
                    list.iter()
                        .filter_map(|e| {
                            Some((
                                e.get("regionId")?.as_str()?.to_owned(),
                                e.get("endpoint")?.as_str()?.to_owned(),
                            ))
                        })
                        .collect()
                })
                .unwrap_or_default();
            (Some(name), apis, endpoints)
        } else {
            (None, BTreeMap::new(), Vec::new())
        };
        Ok(ProductMeta {
            api_docs_name,
            apis,
            endpoints,
            cli_dir: dir.join("cli").join(&lower),
            cli_name: format!("cli/{lower}"),
        })
    }

    /// The metadata of `action`: from api-docs if it has the operation, else from the CLI's
    /// file; `None` when neither knows it.
    pub fn operation(&self, action: &str) -> Result<Option<MetaOp>, String> {
        if let (Some(name), Some(api)) = (&self.api_docs_name, self.apis.get(action)) {
            let params = api
                .get("parameters")
                .and_then(Value::as_array)
                .map(|ps| ps.iter().map(api_docs_param).collect())
                .unwrap_or_default();
            return Ok(Some(MetaOp {
                source: name.clone(),
                params,
            }));
        }
        let path = self.cli_dir.join(format!("{action}.json"));
        if !path.is_file() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(&path).map_err(|e| bad(&path, e))?;
        let doc: Value = serde_json::from_str(&text).map_err(|e| bad(&path, e))?;
        let params = doc
            .get("parameters")
            .and_then(Value::as_array)
            .map(|ps| ps.iter().map(cli_param).collect())
            .unwrap_or_default();
        Ok(Some(MetaOp {
            source: format!("{}/{action}.json", self.cli_name),
            params,
        }))
    }
}

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// An api-docs parameter: `in`, `style` and the schema's `type`, `format`, `required`, `enum`.
pub fn api_docs_param(p: &Value) -> MetaParam {
    let schema = p.get("schema").cloned().unwrap_or(Value::Null);
    let placement = match text(p, "in") {
        "query" => Placement::Query,
        "formData" | "body" => Placement::Body,
        other => Placement::Other(other.to_owned()),
    };
    let class = match (
        text(p, "style"),
        text(&schema, "type"),
        text(&schema, "format"),
    ) {
        ("json", _, _) => Class::Json,
        ("repeatList" | "flat", _, _) => Class::Flat,
        ("simple", "array", _) => Class::Simple,
        (_, "string", _) => Class::String,
        (_, "integer", "int32") => Class::Int32,
        (_, "integer", "int64") => Class::Int64,
        (_, "integer", _) => Class::Integer,
        (_, "boolean", _) => Class::Boolean,
        (_, "number", _) => Class::Float,
        // RPC arrays and objects without a style are flattened.
        (_, "array" | "object", _) => Class::Flat,
        (_, other, _) => Class::Other(other.to_owned()),
    };
    let values = schema.get("enum").and_then(Value::as_array).map(|vs| {
        vs.iter()
            .map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect()
    });
    MetaParam {
        name: text(p, "name").to_owned(),
        placement,
        class,
        required: schema
            .get("required")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        values,
    }
}

/// A CLI parameter: `position`, `type`, `required`.
pub fn cli_param(p: &Value) -> MetaParam {
    let placement = match text(p, "position") {
        "Query" => Placement::Query,
        "Body" => Placement::Body,
        other => Placement::Other(other.to_owned()),
    };
    let class = match text(p, "type") {
        "String" => Class::String,
        "Integer" => Class::Integer,
        "Long" => Class::Int64,
        "Boolean" => Class::Boolean,
        "Double" | "Float" => Class::Float,
        "Json" => Class::Json,
        "RepeatList" => Class::Flat,
        other => Class::Other(other.to_owned()),
    };
    MetaParam {
        name: text(p, "name").to_owned(),
        placement,
        class,
        required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
        values: None,
    }
}
