//! The operations the emulator serves, read from the specs with the generator's own reader and
//! validator, and turned into the runtime's parameter tables: the checks a request meets here
//! are the checks the client runs before sending (one rule, one implementation).

use crate::answer;
use alicloud_migration_runtime::meta::{self, OneOf};
use spec_model::model::{self, EnumRepr, Literal, Location, Style, Type};
use spec_model::spec::SpecFile;
use std::collections::HashMap;

include!(concat!(env!("OUT_DIR"), "/specs.rs"));
use std::path::Path;
use std::sync::atomic::AtomicU64;

/// What a received value is read as before the runtime's checks run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    Int,
    Bool,
    Float,
    /// One JSON text.
    Json,
    /// Flattened `Name.1.Key` pairs: present when any key starts with `Name.`.
    Flat,
}

#[derive(Debug)]
pub struct ParamDef {
    pub meta: meta::Param,
    pub kind: Kind,
}

/// One operation: its product, its parameter table and its answer built from the spec.
#[derive(Debug)]
pub struct Operation {
    pub product: String,
    pub version: String,
    pub action: String,
    pub method: &'static str,
    pub params: Vec<ParamDef>,
    /// The answer every call starts from (the spec's field examples); state is laid on top.
    pub answer: serde_json::Value,
    /// Documented error codes, for fault injection and validation.
    pub errors: Vec<DocumentedError>,
    /// The documented values of each string enum of the response, by dotted wire path
    /// (array items are stepped into): what states a resource may be put in.
    pub values: HashMap<String, Vec<String>>,
    /// Requests answered (successfully or not) once authenticated.
    pub calls: AtomicU64,
}

#[derive(Debug)]
pub struct DocumentedError {
    pub code: String,
    pub status: u16,
    pub message: String,
}

impl Operation {
    /// The documented code for a broken rule of `param`, where the page names one: a code
    /// naming the parameter (`InvalidTaskId.Format` for `TaskId`), else a 400 code the page
    /// gives for invalid parameters in general (DataWorks' `Invalid.DI.Parameter`, "The
    /// parameter is invalid.").
    pub fn documented_code(&self, param: &str) -> Option<&DocumentedError> {
        let names_it = |e: &&DocumentedError| {
            e.code
                .split(['.', '_'])
                .any(|part| part.strip_prefix("Invalid") == Some(param))
        };
        let general = |e: &&DocumentedError| {
            let m = e.message.to_ascii_lowercase();
            e.status == 400 && m.contains("parameter") && m.contains("invalid")
        };
        self.errors
            .iter()
            .find(names_it)
            .or_else(|| self.errors.iter().find(general))
    }

    /// The HTTP status the page gives for `code`.
    pub fn status_of(&self, code: &str) -> Option<u16> {
        self.errors
            .iter()
            .find(|e| e.code == code)
            .map(|e| e.status)
    }
}

/// Every operation of every product, by action name; products may share action names
/// (`DescribeRegions` is in most), so a request is matched on its action and version.
#[derive(Debug, Default)]
pub struct Catalog {
    ops: HashMap<String, Vec<Operation>>,
}

impl Catalog {
    /// Reads and validates the specs under `dir`; every problem is reported with its file,
    /// line and key path, as `codegen validate` prints it.
    pub fn load(dir: &Path) -> Result<Catalog, String> {
        let model = spec_model::model::load_dir(dir).map_err(|d| d.to_string())?;
        Ok(Catalog::from_model(&model))
    }

    /// The specs the emulator was built from, embedded in it ([`EMBEDDED`]).
    pub fn embedded() -> Result<Catalog, String> {
        let files: Vec<SpecFile> = EMBEDDED
            .iter()
            .map(|(rel, text)| SpecFile {
                path: Path::new("specs").join(rel),
                rel: (*rel).to_owned(),
                text: (*text).to_owned(),
            })
            .collect();
        let model = spec_model::model::load(&files).map_err(|d| d.to_string())?;
        Ok(Catalog::from_model(&model))
    }

    pub fn from_model(model: &spec_model::Model) -> Catalog {
        let mut catalog = Catalog::default();
        for product in &model.products {
            for op in &product.operations {
                catalog
                    .ops
                    .entry(op.action.clone())
                    .or_default()
                    .push(operation(product, op));
            }
        }
        catalog
    }

    /// The operation `action` of the product whose API version is `version`; `Err(true)`
    /// when another product has the action (a wrong version), `Err(false)` when none has.
    pub fn find(&self, action: &str, version: &str) -> Result<&Operation, bool> {
        let ops = self.ops.get(action).ok_or(false)?;
        ops.iter().find(|o| o.version == version).ok_or(true)
    }

    /// Every product's operation named `action`.
    pub fn named(&self, action: &str) -> &[Operation] {
        self.ops.get(action).map_or(&[], Vec::as_slice)
    }

    /// The first product's operation named `action`.
    pub fn get(&self, action: &str) -> Option<&Operation> {
        self.named(action).first()
    }

    pub fn len(&self) -> usize {
        self.ops.values().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }
}

fn operation(product: &model::Product, op: &model::Operation) -> Operation {
    Operation {
        product: product.code.clone(),
        version: product.version.clone(),
        action: op.action.clone(),
        method: op.method.as_str(),
        params: op.params.iter().map(param).collect(),
        answer: answer::from_spec(op),
        errors: op
            .errors
            .iter()
            .map(|e| DocumentedError {
                code: e.code.clone(),
                status: e.status,
                message: e.message.clone().unwrap_or_default(),
            })
            .collect(),
        values: {
            let mut values = HashMap::new();
            enum_values(&op.response, "", &mut values);
            values
        },
        calls: AtomicU64::new(0),
    }
}

fn enum_values(o: &model::Object, prefix: &str, out: &mut HashMap<String, Vec<String>>) {
    for f in &o.fields {
        let path = format!("{prefix}{}", f.wire);
        let mut ty = &f.ty;
        while let Type::Array(item) = ty {
            ty = item;
        }
        match ty {
            Type::Enum(e) if e.repr == EnumRepr::Str => {
                let values = e.values.iter().filter_map(|v| match &v.wire {
                    Literal::Str(s) => Some(s.clone()),
                    _ => None,
                });
                out.insert(path, values.collect());
            }
            Type::Object(inner) => enum_values(inner, &format!("{path}."), out),
            _ => {}
        }
    }
}

/// The table entry the generator writes for `p` (`codegen::emit::input::param_meta`), built
/// at run time. The runtime's tables hold `&'static str`: the names are leaked once per
/// loaded spec set, a few kilobytes for a whole product.
fn param(p: &model::Param) -> ParamDef {
    let wire: &'static str = Box::leak(p.wire.clone().into_boxed_str());
    let mut m = match p.location {
        Location::Query => meta::Param::query(wire),
        Location::Body => meta::Param::body(wire),
    };
    let composite = matches!(
        p.ty,
        Type::Json | Type::Object(_) | Type::Array(_) | Type::Map(_)
    );
    if composite && p.style == Style::Flat {
        m = m.flat();
    }
    if p.required {
        m = m.required();
    }
    let r = &p.rules;
    if r.min_length.is_some() || r.max_length.is_some() {
        m = m.length(r.min_length, r.max_length);
    }
    if r.ascii {
        m = m.ascii();
    }
    if let Some(f) = r.format {
        m = m.time(match f {
            model::TimeFormat::UtcMinute => meta::TimeFormat::UtcMinute,
            model::TimeFormat::UtcSecond => meta::TimeFormat::UtcSecond,
        });
    }
    if r.minimum.is_some() || r.maximum.is_some() {
        m = m.range(r.minimum, r.maximum);
    }
    let mut kind = match &p.ty {
        Type::String => Kind::Text,
        Type::Int(_) => Kind::Int,
        Type::Bool => Kind::Bool,
        Type::Float => Kind::Float,
        Type::Enum(e) if e.repr == EnumRepr::Str => Kind::Text,
        Type::Enum(_) => Kind::Int,
        Type::Json | Type::Object(_) | Type::Array(_) | Type::Map(_) => Kind::Json,
    };
    if composite && p.style == Style::Flat {
        kind = Kind::Flat;
    }
    if let Type::Enum(e) = &p.ty {
        if !e.open {
            m.one_of = match e.repr {
                EnumRepr::Str => OneOf::Str(Box::leak(
                    e.values
                        .iter()
                        .map(|v| match &v.wire {
                            Literal::Str(s) => &*Box::leak(s.clone().into_boxed_str()),
                            other => unreachable!("string enums hold strings, not {other:?}"),
                        })
                        .collect::<Vec<&'static str>>()
                        .into_boxed_slice(),
                )),
                EnumRepr::Int(_) => OneOf::Int(Box::leak(
                    e.values
                        .iter()
                        .map(|v| match v.wire {
                            Literal::Int(n) => n,
                            ref other => unreachable!("integer enums hold integers, not {other:?}"),
                        })
                        .collect::<Vec<i64>>()
                        .into_boxed_slice(),
                )),
            };
        }
    }
    ParamDef { meta: m, kind }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// Everything the catalog serves, as text in a stable order.
    fn described(c: &Catalog) -> BTreeMap<String, String> {
        c.ops
            .values()
            .flatten()
            .map(|op| {
                let values: BTreeMap<_, _> = op.values.iter().collect();
                let key = format!("{} {} {}", op.product, op.version, op.action);
                let text = format!(
                    "{} {:?} {} {:?} {values:?}",
                    op.method, op.params, op.answer, op.errors
                );
                (key, text)
            })
            .collect()
    }

    #[test]
    fn the_specs_built_in_are_the_repositorys() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
        let from_folder = described(&Catalog::load(&dir).unwrap());
        let built_in = described(&Catalog::embedded().unwrap());
        assert_eq!(from_folder.len(), 30, "{:?}", from_folder.keys());
        assert_eq!(built_in, from_folder);
    }
}
