//! Types compared at any depth: objects' fields, array items, map values, enums' values. What
//! a change means depends on the direction: a program sends requests (a new field in a request
//! object breaks struct literals; a value removed from a closed enum is refused by the
//! service) and reads answers (a new field in an answer's `#[non_exhaustive]` struct only
//! adds; an old reader keeps values it does not know).

use super::{arrow, yes_no, Found, Semver, Side, Sink, Wire};
use crate::emit::type_signature;
use crate::model::{EnumDef, EnumRepr, Field, IntWidth, Object, Type};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Request,
    Response,
}

/// Where a type sits: its subject ("parameter `DbList`", "response field `Items`") and its key
/// path in the base and in the working tree.
#[derive(Clone, Debug)]
pub struct At {
    pub subject: String,
    pub base: String,
    pub head: String,
}

impl At {
    fn child(&self, subject: &str, base: &str, head: &str) -> At {
        At {
            subject: format!("{}{subject}", self.subject),
            base: format!("{}{base}", self.base),
            head: format!("{}{head}", self.head),
        }
    }
}

/// Whether what a program built for `old` sends is still a valid `new` (requests), or
/// whether a program built for `old` still reads a `new` value (answers). Objects and enums
/// count as compatible here: their fields and values are compared one by one.
fn compatible(dir: Dir, old: &Type, new: &Type) -> bool {
    use Type::*;
    let int_widens = |a: IntWidth, b: IntWidth| match dir {
        // Sent as i32, taken as i64; read as i64, answered as i32.
        Dir::Request => a == b || a == IntWidth::I32,
        Dir::Response => a == b || b == IntWidth::I32,
    };
    match (old, new) {
        (Array(a), Array(b)) | (Map(a), Map(b)) => compatible(dir, a, b),
        (Object(_), Object(_)) | (String, String) | (Bool, Bool) | (Float, Float) => true,
        (Json, Json) => true,
        (Int(a), Int(b)) => int_widens(*a, *b),
        (Enum(a), Enum(b)) => match (a.repr, b.repr) {
            (EnumRepr::Str, EnumRepr::Str) => true,
            (EnumRepr::Int(x), EnumRepr::Int(y)) => int_widens(x, y),
            _ => false,
        },
        // Enums keep values outside their list, so a reader of either reads the other; a
        // sender of an enum's values sends strings, but a sender of any string needs an open
        // list to be taken.
        (Enum(e), String) => e.repr == EnumRepr::Str,
        (String, Enum(e)) => e.repr == EnumRepr::Str && (dir == Dir::Response || e.open),
        (Enum(e), Int(w)) => matches!(e.repr, EnumRepr::Int(x) if int_widens(x, *w)),
        (Int(w), Enum(e)) => {
            matches!(e.repr, EnumRepr::Int(x) if int_widens(*w, x))
                && (dir == Dir::Response || e.open)
        }
        _ => false,
    }
}

/// Whether two types have the same Rust spelling: the same kinds, widths and type names all
/// the way down (what is inside objects and enums is compared on its own).
pub fn same_shape(a: &Type, b: &Type) -> bool {
    match (a, b) {
        (Type::Int(x), Type::Int(y)) => x == y,
        (Type::Enum(x), Type::Enum(y)) => x.name == y.name && x.repr == y.repr,
        (Type::Object(x), Type::Object(y)) => x.name == y.name,
        (Type::Array(x), Type::Array(y)) | (Type::Map(x), Type::Map(y)) => same_shape(x, y),
        (Type::String, Type::String)
        | (Type::Bool, Type::Bool)
        | (Type::Float, Type::Float)
        | (Type::Json, Type::Json) => true,
        _ => false,
    }
}

/// Compares a value's type; `signature` is false where the caller compared the emitted
/// signature already (top-level parameters, and array items and map values, which are part
/// of their container's type).
pub fn types(s: &mut Sink<'_>, dir: Dir, at: &At, old: &Type, new: &Type, signature: bool) {
    if signature && !same_shape(old, new) && type_signature(old) != type_signature(new) {
        s.push(Found {
            subject: at.subject.clone(),
            detail: format!(
                "Rust type `{}` → `{}`",
                type_signature(old),
                type_signature(new)
            ),
            semver: Semver::Major,
            wire: wire_of_type(dir, old, new),
            why: None,
            key: &at.head,
            side: Side::Head,
        });
    }
    match (old, new) {
        (Type::Enum(a), Type::Enum(b)) => enums(s, dir, at, a, b),
        (Type::Object(a), Type::Object(b)) => objects(s, dir, at, a, b),
        (Type::Array(a), Type::Array(b)) => {
            types(s, dir, &at.child("[]", ".items", ".items"), a, b, false)
        }
        (Type::Map(a), Type::Map(b)) => {
            types(s, dir, &at.child("{}", ".values", ".values"), a, b, false)
        }
        _ => {}
    }
}

/// The wire verdict of a changed type.
pub fn wire_of_type(dir: Dir, old: &Type, new: &Type) -> Wire {
    if compatible(dir, old, new) {
        Wire::Compatible
    } else {
        Wire::Breaking
    }
}

/// The spec's name for a type, for details.
pub fn kind(t: &Type) -> String {
    match t {
        Type::String => "string".into(),
        Type::Int(IntWidth::I32) => "int32".into(),
        Type::Int(IntWidth::I64) => "int64".into(),
        Type::Bool => "boolean".into(),
        Type::Float => "float".into(),
        Type::Json => "json".into(),
        Type::Enum(e) => match e.repr {
            EnumRepr::Str => "string enum".into(),
            EnumRepr::Int(_) => "integer enum".into(),
        },
        Type::Object(_) => "object".into(),
        Type::Array(i) => format!("array of {}", kind(i)),
        Type::Map(v) => format!("map of {}", kind(v)),
    }
}

fn enums(s: &mut Sink<'_>, dir: Dir, at: &At, a: &EnumDef, b: &EnumDef) {
    let wire_text = |v: &crate::model::Literal| match v {
        crate::model::Literal::Str(t) => format!("`{t}`"),
        crate::model::Literal::Int(i) => format!("`{i}`"),
        crate::model::Literal::Bool(x) => format!("`{x}`"),
    };
    for (i, v) in a.values.iter().enumerate() {
        match b.values.iter().position(|w| w.wire == v.wire) {
            None => {
                let (wire, why) = match (dir, b.open) {
                    (Dir::Request, false) => (
                        Wire::Breaking,
                        "programs built before may send it; the list is closed, so it is refused",
                    ),
                    (Dir::Request, true) => (
                        Wire::Compatible,
                        "the list is open: the service still takes values outside it",
                    ),
                    (Dir::Response, _) => (
                        Wire::Compatible,
                        "programs built before only stop seeing it",
                    ),
                };
                s.push(Found {
                    subject: at.subject.clone(),
                    detail: format!(
                        "value {} removed (constant `{}`)",
                        wire_text(&v.wire),
                        v.variant
                    ),
                    semver: Semver::Major,
                    wire,
                    why: Some(why),
                    key: &format!("{}.enum[{i}]", at.base),
                    side: Side::Base,
                });
            }
            Some(j) => {
                let w = &b.values[j];
                let key = format!("{}.enum[{j}]", at.head);
                if w.variant != v.variant {
                    s.push(Found {
                        subject: at.subject.clone(),
                        detail: format!(
                            "constant of {} renamed {}",
                            wire_text(&v.wire),
                            arrow(&v.variant, &w.variant)
                        ),
                        semver: Semver::Major,
                        wire: Wire::Compatible,
                        why: None,
                        key: &key,
                        side: Side::Head,
                    });
                }
                s.docs_if(
                    &v.description,
                    &w.description,
                    &format!("{}: value {}", at.subject, wire_text(&v.wire)),
                    &key,
                );
            }
        }
    }
    for (j, w) in b.values.iter().enumerate() {
        if !a.values.iter().any(|v| v.wire == w.wire) {
            s.push(Found {
                subject: at.subject.clone(),
                detail: format!(
                    "value {} added (constant `{}`)",
                    wire_text(&w.wire),
                    w.variant
                ),
                semver: Semver::Minor,
                wire: Wire::Compatible,
                why: (dir == Dir::Response)
                    .then_some("programs built before keep it as sent, outside their constants"),
                key: &format!("{}.enum[{j}]", at.head),
                side: Side::Head,
            });
        }
    }
    if a.open != b.open {
        let breaking = dir == Dir::Request && !b.open;
        s.push(Found {
            subject: at.subject.clone(),
            detail: format!(
                "open (values beyond the list) {}",
                arrow(yes_no(a.open), yes_no(b.open))
            ),
            semver: Semver::Patch,
            wire: if breaking {
                Wire::Breaking
            } else {
                Wire::Compatible
            },
            why: breaking.then_some("values outside the list, sent before, are now refused"),
            key: &format!("{}.open", at.head),
            side: Side::Head,
        });
    }
    s.docs_if(&a.description, &b.description, &at.subject, &at.head);
}

pub fn objects(s: &mut Sink<'_>, dir: Dir, at: &At, a: &Object, b: &Object) {
    let name = |f: &Field| format!(".{}", f.wire);
    for (i, f) in a.fields.iter().enumerate() {
        match b.fields.iter().position(|g| g.wire == f.wire) {
            None => {
                let (wire, why) = match dir {
                    Dir::Request => (
                        Wire::Breaking,
                        "programs that set it send a key the service no longer documents",
                    ),
                    Dir::Response => (Wire::Compatible, "programs built before read it as absent"),
                };
                s.push(Found {
                    subject: format!("{}{}", at.subject, name(f)),
                    detail: format!("field removed (`{}`)", f.rust),
                    semver: Semver::Major,
                    wire,
                    why: Some(why),
                    key: &format!("{}.fields[{i}]", at.base),
                    side: Side::Base,
                });
            }
            Some(j) => {
                let g = &b.fields[j];
                let child = at.child(&name(f), &format!(".fields[{i}]"), &format!(".fields[{j}]"));
                if f.rust != g.rust {
                    s.push(Found {
                        subject: child.subject.clone(),
                        detail: format!("Rust name {}", arrow(&f.rust, &g.rust)),
                        semver: Semver::Major,
                        wire: Wire::Compatible,
                        why: None,
                        key: &child.head,
                        side: Side::Head,
                    });
                }
                types(s, dir, &child, &f.ty, &g.ty, true);
                s.docs_if(
                    &f.docs.description,
                    &g.docs.description,
                    &child.subject,
                    &child.head,
                );
                s.docs_if(
                    &f.docs.example,
                    &g.docs.example,
                    &child.subject,
                    &child.head,
                );
                s.docs_if(&f.docs.notes, &g.docs.notes, &child.subject, &child.head);
                s.docs_if(&f.format, &g.format, &child.subject, &child.head);
            }
        }
    }
    for (j, g) in b.fields.iter().enumerate() {
        if !a.fields.iter().any(|f| f.wire == g.wire) {
            let (semver, why) = match dir {
                Dir::Request => (
                    Semver::Major,
                    "the struct has public fields and no `#[non_exhaustive]`: struct literals that list every field no longer compile",
                ),
                Dir::Response => (Semver::Minor, "the struct is `#[non_exhaustive]`"),
            };
            s.push(Found {
                subject: format!("{}{}", at.subject, name(g)),
                detail: format!("field added (`{}`)", g.rust),
                semver,
                wire: Wire::Compatible,
                why: Some(why),
                key: &format!("{}.fields[{j}]", at.head),
                side: Side::Head,
            });
        }
    }
    if a.additional != b.additional {
        let (semver, wire) = match (dir, b.additional) {
            (Dir::Request, true) => (Semver::Major, Wire::Compatible),
            (Dir::Response, true) => (Semver::Minor, Wire::Compatible),
            (Dir::Request, false) => (Semver::Major, Wire::Breaking),
            (Dir::Response, false) => (Semver::Major, Wire::Compatible),
        };
        s.push(Found {
            subject: at.subject.clone(),
            detail: format!(
                "keys beyond the documented ones (`extra`) {}",
                arrow(yes_no(a.additional), yes_no(b.additional))
            ),
            semver,
            wire,
            why: None,
            key: &format!("{}.additional", at.head),
            side: Side::Head,
        });
    }
    s.docs_if(&a.description, &b.description, &at.subject, &at.head);
}
