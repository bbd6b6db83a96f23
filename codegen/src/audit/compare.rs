//! One spec against the vendor's metadata: what differs, as findings with the key path in
//! the spec file that each concerns.

use super::meta::{Class, MetaOp, MetaParam, Placement};
use crate::model::{
    AuditKind, EnumRepr, IntWidth, Literal, Location, Operation, Param, Product, Style, Type,
};

/// One difference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: AuditKind,
    /// The parameter, region or action it concerns (what an `audit:` entry names).
    pub subject: String,
    /// Key path in the spec file.
    pub path: String,
    pub message: String,
}

/// The wire class of a spec parameter.
pub fn spec_class(p: &Param) -> Class {
    match (&p.ty, p.style) {
        (Type::String, _) => Class::String,
        (Type::Enum(e), _) => match e.repr {
            EnumRepr::Str => Class::String,
            EnumRepr::Int(IntWidth::I32) => Class::Int32,
            EnumRepr::Int(IntWidth::I64) => Class::Int64,
        },
        (Type::Int(IntWidth::I32), _) => Class::Int32,
        (Type::Int(IntWidth::I64), _) => Class::Int64,
        (Type::Bool, _) => Class::Boolean,
        (Type::Float, _) => Class::Float,
        (_, Style::Json) => Class::Json,
        (_, Style::Flat) => Class::Flat,
    }
}

/// Whether the spec's class is what the metadata describes. The metadata often types a
/// JSON-valued parameter as a string (both travel as one text), and may leave an integer's
/// width unstated.
fn compatible(spec: &Class, meta: &Class) -> bool {
    spec == meta
        || matches!(
            (spec, meta),
            (Class::Int32 | Class::Int64, Class::Integer) | (Class::Json, Class::String)
        )
}

fn placement(p: &Param) -> Placement {
    match p.location {
        Location::Query => Placement::Query,
        Location::Body => Placement::Body,
    }
}

fn enum_values(p: &Param) -> Option<Vec<String>> {
    match &p.ty {
        Type::Enum(e) => Some(
            e.values
                .iter()
                .map(|v| match &v.wire {
                    Literal::Str(s) => s.clone(),
                    Literal::Int(n) => n.to_string(),
                    Literal::Bool(b) => b.to_string(),
                })
                .collect(),
        ),
        _ => None,
    }
}

/// Every difference between `op` and its metadata (`None`: the metadata lacks it).
pub fn operation(op: &Operation, meta: Option<&MetaOp>) -> Vec<Finding> {
    let Some(meta) = meta else {
        return vec![Finding {
            kind: AuditKind::Operation,
            subject: op.action.clone(),
            path: "action".into(),
            message: format!(
                "`{}` is in neither the api-docs nor the CLI metadata",
                op.action
            ),
        }];
    };
    let src = &meta.source;
    let mut out = Vec::new();
    let mut matched = vec![false; op.params.len()];
    for m in &meta.params {
        let exact = op.params.iter().position(|p| p.wire == m.name);
        let folded = exact.or_else(|| {
            op.params
                .iter()
                .position(|p| p.wire.eq_ignore_ascii_case(&m.name))
        });
        let Some(i) = folded else {
            out.push(Finding {
                kind: AuditKind::Missing,
                subject: m.name.clone(),
                path: "parameters".into(),
                message: format!(
                    "`{}` ({}, {}, in {}) is documented in {src} but not in the spec",
                    m.name,
                    m.class.name(),
                    if m.required { "required" } else { "optional" },
                    m.placement.describe()
                ),
            });
            continue;
        };
        matched[i] = true;
        let p = &op.params[i];
        out.extend(param(p, i, m, src));
    }
    for (i, p) in op.params.iter().enumerate() {
        if !matched[i] {
            out.push(Finding {
                kind: AuditKind::Unknown,
                subject: p.wire.clone(),
                path: format!("parameters[{i}]"),
                message: format!(
                    "`{}` is not a parameter of `{}` in {src}",
                    p.wire, op.action
                ),
            });
        }
    }
    out
}

/// The differences of one parameter the metadata also has.
fn param(p: &Param, i: usize, m: &MetaParam, src: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut find = |kind, message: String| {
        out.push(Finding {
            kind,
            subject: p.wire.clone(),
            path: format!("parameters[{i}]"),
            message,
        })
    };
    if p.wire != m.name {
        find(
            AuditKind::Case,
            format!("`{}` is spelled `{}` in {src}", p.wire, m.name),
        );
    }
    let at = placement(p);
    if at != m.placement {
        find(
            AuditKind::Placement,
            format!(
                "`{}` travels in {} in the spec, in {} in {src}",
                p.wire,
                at.describe(),
                m.placement.describe()
            ),
        );
    }
    let class = spec_class(p);
    if !compatible(&class, &m.class) {
        find(
            AuditKind::Type,
            format!(
                "`{}` is {} in the spec, {} in {src}",
                p.wire,
                class.name(),
                m.class.name()
            ),
        );
    }
    if p.required != m.required {
        let word = |r: bool| if r { "required" } else { "optional" };
        find(
            AuditKind::Required,
            format!(
                "`{}` is {} in the spec, {} in {src}",
                p.wire,
                word(p.required),
                word(m.required)
            ),
        );
    }
    if let Some(documented) = &m.values {
        let ours = enum_values(p).unwrap_or_default();
        let absent: Vec<&str> = documented
            .iter()
            .filter(|v| !ours.contains(v))
            .map(String::as_str)
            .collect();
        let extra: Vec<&str> = ours
            .iter()
            .filter(|v| !documented.contains(v))
            .map(String::as_str)
            .collect();
        if !absent.is_empty() || !extra.is_empty() {
            find(
                AuditKind::Enum,
                format!(
                    "the values of `{}` differ from {src}: not in the spec [{}], only in the spec [{}]",
                    p.wire,
                    absent.join(", "),
                    extra.join(", ")
                ),
            );
        }
    }
    out
}

/// The product's endpoint rules against the api-docs region table (`source` names it), for
/// every region the table lists.
pub fn endpoints(p: &Product, table: &[(String, String)], source: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    for (region, host) in table {
        let ours = p
            .endpoint
            .regions
            .get(region)
            .cloned()
            .unwrap_or_else(|| format!("{}.{region}.aliyuncs.com", p.endpoint.prefix));
        if &ours != host {
            let mapped = p.endpoint.regions.contains_key(region);
            out.push(Finding {
                kind: AuditKind::Endpoint,
                subject: region.clone(),
                path: if mapped {
                    format!("endpoint.regions.{region}")
                } else {
                    "endpoint".into()
                },
                message: format!(
                    "region `{region}` resolves to `{ours}`{}, {source} says `{host}`",
                    if mapped {
                        " (mapped)"
                    } else {
                        " (by the rule)"
                    }
                ),
            });
        }
    }
    // Regions the table does not list are not checked: it is a snapshot, and the SDKs know
    // regions it lacks.
    out
}
