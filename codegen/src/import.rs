//! `codegen import`: a spec skeleton for one operation from the vendor's metadata: every
//! parameter with its wire name, type, placement, required flag, style and documented values.
//! What the metadata does not carry (summary, descriptions, the response, error codes) is
//! left for a person to transcribe from the reference page; until the summary is written the
//! skeleton does not pass `validate`, so it cannot be generated half-done.

use crate::audit::meta::{Class, MetaParam, Placement, ProductMeta};
use serde_yaml::{Mapping, Value};
use std::path::{Path, PathBuf};

/// Writes `specs/<folder>/<action>.yaml` for `action` of the product whose code is `code`,
/// reading the metadata in `meta_dir`. Refuses to overwrite a spec; returns the file written.
pub fn import(specs: &Path, meta_dir: &Path, code: &str, action: &str) -> Result<PathBuf, String> {
    let (folder, version) = find_product(specs, code)?;
    let path = folder.join(format!("{action}.yaml"));
    if path.exists() {
        return Err(format!(
            "{}: a spec for {action} exists already; it is not overwritten",
            path.display()
        ));
    }
    let meta = ProductMeta::load(meta_dir, code, &version)?;
    let op = meta.operation(action)?.ok_or_else(|| {
        format!(
            "{}: neither the api-docs of {code} {version} nor the CLI metadata has `{action}`",
            meta_dir.display()
        )
    })?;
    let text = skeleton(code, action, &op.source, &op.params);
    // Written whole or not at all: a temporary file renamed into place.
    let tmp = folder.join(format!(".{action}.yaml.tmp"));
    std::fs::write(&tmp, &text).map_err(|e| format!("{}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, &path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// The folder and API version of the product whose `product.yaml` has `code`.
fn find_product(specs: &Path, code: &str) -> Result<(PathBuf, String), String> {
    let files = crate::spec::read_dir(specs).map_err(|d| d.to_string())?;
    let mut codes = Vec::new();
    for f in files
        .iter()
        .filter(|f| f.rel.ends_with(crate::spec::PRODUCT_FILE))
    {
        let raw: crate::spec::raw::RawProduct =
            serde_yaml::from_str(&f.text).map_err(|e| format!("{}: {e}", f.path.display()))?;
        if raw.code == code {
            let folder = f.path.parent().unwrap_or(specs).to_owned();
            return Ok((folder, raw.version));
        }
        codes.push(raw.code);
    }
    Err(format!(
        "{}: no product.yaml has code `{code}`; known: {}",
        specs.display(),
        codes.join(", ")
    ))
}

fn s(text: &str) -> Value {
    Value::String(text.to_owned())
}

/// The skeleton's text.
pub fn skeleton(code: &str, action: &str, source: &str, params: &[MetaParam]) -> String {
    let mut op = Mapping::new();
    op.insert(s("product"), s(code));
    op.insert(s("action"), s(action));
    op.insert(s("summary"), s(""));
    op.insert(s("method"), s("POST"));
    let list: Vec<Value> = params.iter().map(param).collect();
    op.insert(s("parameters"), Value::Sequence(list));
    let mut response = Mapping::new();
    response.insert(s("fields"), Value::Sequence(Vec::new()));
    op.insert(s("response"), Value::Mapping(response));
    op.insert(s("errors"), Value::Sequence(Vec::new()));
    let yaml = serde_yaml::to_string(&Value::Mapping(op)).unwrap_or_default();
    format!(
        "# Imported from {source} by `codegen import`. Still to transcribe from the reference\n\
         # page: summary, description, idempotent, each parameter's description and example,\n\
         # the response fields, the error codes. Then: validate, audit, generate.\n{yaml}"
    )
}

fn param(p: &MetaParam) -> Value {
    let mut m = Mapping::new();
    m.insert(s("name"), s(&p.name));
    let (ty, style) = match &p.class {
        Class::String | Class::Simple | Class::Other(_) => ("string", None),
        Class::Int32 => ("int32", None),
        // The width is unstated: int64 holds every value.
        Class::Int64 | Class::Integer => ("int64", None),
        Class::Boolean => ("boolean", None),
        Class::Float => ("float", None),
        Class::Json => ("json", Some("json")),
        Class::Flat => ("array", Some("flat")),
    };
    m.insert(s("type"), s(ty));
    if p.placement == Placement::Body {
        m.insert(s("in"), s("body"));
    }
    if let Some(style) = style {
        m.insert(s("style"), s(style));
    }
    if p.class == Class::Flat {
        let mut items = Mapping::new();
        items.insert(s("type"), s("string"));
        m.insert(s("items"), Value::Mapping(items));
    }
    if p.required {
        m.insert(s("required"), Value::Bool(true));
    }
    if let Some(values) = &p.values {
        let list = values
            .iter()
            .map(|v| {
                let mut e = Mapping::new();
                let value = match (ty, v.parse::<i64>()) {
                    ("int32" | "int64", Ok(n)) => Value::Number(n.into()),
                    _ => s(v),
                };
                e.insert(s("value"), value);
                Value::Mapping(e)
            })
            .collect();
        m.insert(s("enum"), Value::Sequence(list));
    }
    let note = match &p.class {
        Class::Simple => Some("The metadata sends this list joined with commas: check the page."),
        Class::Other(_) => Some("The metadata's type is unusual: check the page."),
        Class::Flat => Some("Check the item type on the page."),
        _ => None,
    };
    if let Some(note) = note {
        m.insert(s("notes"), Value::Sequence(vec![s(note)]));
    }
    Value::Mapping(m)
}
