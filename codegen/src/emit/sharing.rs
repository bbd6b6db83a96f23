//! Which types of the generated code are one: enums with the same values (in a file, and
//! under one name across a product's operations, in its `shared` module) and objects with the
//! same fields in a file. The vendor's pages repeat both (a DTS job's reverse job repeats the
//! job's nested objects, and one list of values comes under several names or wordings); each
//! copy would cost compile time and give users two types for one thing.

use super::defs::{op_defs, Def, Named, Side};
use crate::model::{EnumDef, EnumRepr, Literal, Object, Type};

/// What makes two objects one type, as text: the fields' wire and Rust names, time formats,
/// docs and types (nested objects by the same rule, enums by [`ValuesKey`]), and whether
/// unknown keys are kept. Field docs count, as an alias shows the other struct's; the object's
/// own description does not (the alias keeps its own).
pub(super) fn shape(o: &Object, out: &mut String) {
    use std::fmt::Write as _;
    out.push('{');
    for f in &o.fields {
        let _ = write!(
            out,
            "{:?}{:?}{:?}{:?}{:?}{:?}",
            f.wire, f.rust, f.format, f.docs.description, f.docs.example, f.docs.notes
        );
        type_shape(&f.ty, out);
        out.push(',');
    }
    if o.additional {
        out.push_str("..");
    }
    out.push('}');
}

fn type_shape(ty: &Type, out: &mut String) {
    use std::fmt::Write as _;
    match ty {
        Type::String => out.push('s'),
        Type::Int(w) => {
            let _ = write!(out, "{w:?}");
        }
        Type::Bool => out.push('b'),
        Type::Float => out.push('f'),
        Type::Json => out.push('j'),
        Type::Enum(e) => {
            let _ = write!(out, "{:?}(", e.repr);
            for v in &e.values {
                let _ = write!(out, "{:?}{:?},", v.wire, v.variant);
            }
            out.push(')');
        }
        Type::Object(o) => shape(o, out),
        Type::Array(t) => {
            out.push('[');
            type_shape(t, out);
            out.push(']');
        }
        Type::Map(t) => {
            out.push('<');
            type_shape(t, out);
            out.push('>');
        }
    }
}

/// What makes two enums one type: the representation and the documented values, wire text
/// and constant names, in order. Descriptions do not count: the vendor's pages often word the
/// same values differently from one field or operation to the next.
#[derive(PartialEq, Eq, Hash)]
struct ValuesKey<'a> {
    repr: EnumRepr,
    values: Vec<(&'a Literal, &'a str)>,
}

impl<'a> ValuesKey<'a> {
    fn of(e: &'a EnumDef) -> Self {
        ValuesKey {
            repr: e.repr,
            values: e
                .values
                .iter()
                .map(|v| (&v.wire, v.variant.as_str()))
                .collect(),
        }
    }
}

fn same_values(a: &EnumDef, b: &EnumDef) -> bool {
    a.repr == b.repr
        && a.values.len() == b.values.len()
        && a.values
            .iter()
            .zip(&b.values)
            .all(|(x, y)| x.wire == y.wire && x.variant == y.variant)
}

/// Where an enum's marker and constants are defined.
#[derive(Clone, Copy)]
pub enum Home<'a> {
    /// With the enum itself.
    Own,
    /// With another enum of the same values in the same file (the one with the shortest name).
    Local(&'a EnumDef),
    /// With an enum of the same values in the product's `shared` module.
    Shared(&'a EnumDef),
}

/// Where the enums and objects of one file are defined: an enum with the values of another (in
/// the file, or in the product's `shared` module), or an object with the shape of another in
/// the file, is an alias of the same type instead of a second definition. Of several in the
/// file, the one with the shortest name (then the first) holds the definition, as its name is
/// the one `Debug` output and rustdoc show.
pub struct Homes<'a> {
    enums: std::collections::HashMap<*const EnumDef, Home<'a>>,
    /// Objects that are aliases, with the object they alias.
    objects: std::collections::HashMap<*const Object, &'a Object>,
}

impl<'a> Homes<'a> {
    /// Places the enums and objects of `defs`, one file's.
    pub fn of(shared: Option<&SharedEnums<'a>>, defs: &[Def<'a>]) -> Self {
        let mut enum_groups: std::collections::HashMap<ValuesKey<'a>, Vec<&'a EnumDef>> =
            Default::default();
        // By side, whether it is a JSON-valued parameter's own type, and shape.
        let mut object_groups: std::collections::HashMap<(bool, bool, String), Vec<&'a Object>> =
            Default::default();
        let mut enums = std::collections::HashMap::new();
        for d in defs {
            match d.named {
                Named::Enum(e) => match shared.and_then(|s| s.of_values(e)) {
                    Some(s) => {
                        enums.insert(e as *const EnumDef, Home::Shared(s));
                    }
                    None => enum_groups.entry(ValuesKey::of(e)).or_default().push(e),
                },
                Named::Object(o) => {
                    let mut text = String::new();
                    shape(o, &mut text);
                    let request = d.side == Side::Request;
                    object_groups
                        .entry((request, request && !d.nested, text))
                        .or_default()
                        .push(o);
                }
            }
        }
        for group in enum_groups.into_values() {
            let owner = shortest(&group, |e| &e.name);
            for e in group {
                let home = if std::ptr::eq(e, owner) {
                    Home::Own
                } else {
                    Home::Local(owner)
                };
                enums.insert(e as *const EnumDef, home);
            }
        }
        let mut objects = std::collections::HashMap::new();
        for group in object_groups.into_values() {
            let owner = shortest(&group, |o| &o.name);
            for o in group.into_iter().filter(|o| !std::ptr::eq(*o, owner)) {
                objects.insert(o as *const Object, owner);
            }
        }
        Homes { enums, objects }
    }

    /// Where `e`'s constants are (`e` is one of the file's enums).
    pub fn enum_home(&self, e: &EnumDef) -> Home<'a> {
        self.enums
            .get(&(e as *const EnumDef))
            .copied()
            .unwrap_or(Home::Own)
    }

    /// The object `o` is an alias of, if any.
    pub fn same_object(&self, o: &Object) -> Option<&'a Object> {
        self.objects.get(&(o as *const Object)).copied()
    }
}

/// The item of `group` with the shortest name, the first of those.
fn shortest<'a, T>(group: &[&'a T], name: impl Fn(&T) -> &String) -> &'a T {
    let mut best = group[0];
    for item in &group[1..] {
        if name(item).len() < name(best).len() {
            best = item;
        }
    }
    best
}

/// Enums that several operations of a product define under one name with the same values,
/// emitted once in the product's `shared` module and re-exported by each operation's module
/// (or, where an operation describes them in other words, aliased with its own docs): real
/// products repeat enums such as `Engine` across many operations, and each copy costs
/// compile time.
#[derive(Default)]
pub struct SharedEnums<'a> {
    /// By name: the definition (the first of the most common values under that name).
    pub enums: std::collections::BTreeMap<&'a str, &'a EnumDef>,
    /// The same, by values; where two shared names have the same values, the shorter name.
    by_values: std::collections::HashMap<ValuesKey<'a>, &'a EnumDef>,
}

impl<'a> SharedEnums<'a> {
    /// The enums defined with the same values under one name by two or more operations. When
    /// operations define different values under one name, the values most of them use are
    /// shared.
    pub fn of(ops: &'a [crate::model::Operation]) -> Self {
        let mut groups: std::collections::BTreeMap<&str, Vec<(&EnumDef, usize)>> =
            Default::default();
        for op in ops {
            for d in op_defs(op) {
                if let Named::Enum(e) = d.named {
                    let group = groups.entry(e.name.as_str()).or_default();
                    match group.iter_mut().find(|(def, _)| same_values(def, e)) {
                        Some(g) => g.1 += 1,
                        None => group.push((e, 1)),
                    }
                }
            }
        }
        let enums: std::collections::BTreeMap<&str, &EnumDef> = groups
            .into_iter()
            .filter_map(|(name, group)| {
                // The first of the largest groups: `max_by_key` would keep the last.
                let most = group.iter().map(|g| g.1).max()?;
                let best = group.into_iter().find(|g| g.1 == most)?;
                (best.1 >= 2).then_some((name, best.0))
            })
            .collect();
        let mut groups: std::collections::HashMap<ValuesKey<'a>, Vec<&'a EnumDef>> =
            Default::default();
        for e in enums.values() {
            groups.entry(ValuesKey::of(e)).or_default().push(e);
        }
        let by_values = groups
            .into_iter()
            .map(|(key, group)| (key, shortest(&group, |e| &e.name)))
            .collect();
        SharedEnums { enums, by_values }
    }

    /// The shared enum that holds the constants of `e`'s values, as [`Self::placed`] places
    /// them.
    fn of_values(&self, e: &EnumDef) -> Option<&'a EnumDef> {
        self.by_values.get(&ValuesKey::of(e)).copied()
    }

    /// Whether `e` is the shared enum of its name word for word, so that the operation can
    /// re-export it rather than alias it with its own docs.
    pub fn is_reexport(&self, e: &EnumDef) -> bool {
        self.enums.get(e.name.as_str()).is_some_and(|d| *d == e)
    }

    /// Each shared enum with where its constants are: with itself, or with the shared enum of
    /// the same values under a shorter name.
    pub fn placed(&self) -> Vec<(&'a EnumDef, Home<'a>)> {
        self.enums
            .values()
            .map(|e| match self.of_values(e) {
                Some(owner) if !std::ptr::eq(owner, *e) => (*e, Home::Local(owner)),
                _ => (*e, Home::Own),
            })
            .collect()
    }
}
