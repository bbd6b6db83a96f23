//! Rust types for spec types, the structs and enums an operation defines, and the enums a
//! product's operations share.

use super::docs::{code, Doc};
use super::ident;
use crate::model::{EnumDef, EnumRepr, Field, IntWidth, Literal, Object, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Which way a type travels: request types serialise, response types deserialise.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Request,
    Response,
}

/// The Rust type for a spec type (without the `Option` around optional values).
pub fn rust_type(ty: &Type) -> TokenStream {
    match ty {
        Type::String => quote!(String),
        Type::Int(IntWidth::I32) => quote!(i32),
        Type::Int(IntWidth::I64) => quote!(i64),
        Type::Bool => quote!(bool),
        Type::Float => quote!(f64),
        Type::Json => quote!(serde_json::Value),
        Type::Enum(e) => {
            let name = format_ident!("{}", e.name);
            quote!(#name)
        }
        Type::Object(o) => {
            let name = format_ident!("{}", o.name);
            quote!(#name)
        }
        Type::Array(item) => {
            let item = rust_type(item);
            quote!(Vec<#item>)
        }
        Type::Map(value) => {
            let value = rust_type(value);
            quote!(std::collections::BTreeMap<String, #value>)
        }
    }
}

/// One enum or object an operation defines, with how it travels. `nested` is true when it
/// sits inside a value that serde encodes (an object, array or map), not directly in a
/// top-level parameter.
pub struct Def<'a> {
    pub named: Named<'a>,
    pub side: Side,
    pub nested: bool,
}

/// Every enum and object defined by `ty` and the types nested in it, outermost first.
pub fn collect<'a>(ty: &'a Type, side: Side, nested: bool, out: &mut Vec<Def<'a>>) {
    match ty {
        Type::Enum(e) => out.push(Def {
            named: Named::Enum(e),
            side,
            nested,
        }),
        Type::Object(o) => {
            out.push(Def {
                named: Named::Object(o),
                side,
                nested,
            });
            for f in &o.fields {
                collect(&f.ty, side, true, out);
            }
        }
        Type::Array(t) | Type::Map(t) => collect(t, side, true, out),
        _ => {}
    }
}

pub enum Named<'a> {
    Enum(&'a EnumDef),
    Object(&'a Object),
}

/// The items of an object `def` names: its struct, or, when `same` is an object of the same
/// shape already defined in the file, an alias of that struct.
pub fn emit_object(o: &Object, def: &Def<'_>, same: Option<&Object>) -> TokenStream {
    let name = format_ident!("{}", o.name);
    if let Some(same) = same {
        let mut doc = Doc::new();
        if let Some(d) = &o.description {
            doc.para(d);
        }
        doc.md(&format!(
            "The same fields as [`{0}`], and the same type: field docs and `Debug` output are \
             `{0}`'s.",
            same.name
        ));
        let doc = doc.outer();
        let target = format_ident!("{}", same.name);
        return quote! {
            #doc
            pub type #name = #target;
        };
    }
    // A top-level request object is the value of a JSON-valued parameter.
    if def.side == Side::Request && !def.nested {
        let strukt = object(o, def.side);
        quote! {
            #strukt
            impl rt::JsonData for #name {}
        }
    } else {
        object(o, def.side)
    }
}

/// What makes two objects one type, as text: the fields' wire and Rust names, time formats and
/// types (nested objects by the same rule, enums by [`ValuesKey`]), and whether unknown keys
/// are kept. Docs do not count: the vendor's pages describe the same object (a DTS job and
/// its reverse job) in other words from one place to the next.
fn shape(o: &Object, out: &mut String) {
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
    /// With an earlier enum of the same values in the same file.
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

    /// The shared enum that holds the constants of `e`'s values, as [`Self::emit`] places
    /// them.
    fn of_values(&self, e: &EnumDef) -> Option<&'a EnumDef> {
        self.by_values.get(&ValuesKey::of(e)).copied()
    }

    /// Whether `e` is the shared enum of its name word for word, so that the operation can
    /// re-export it rather than alias it with its own docs.
    pub fn is_reexport(&self, e: &EnumDef) -> bool {
        self.enums.get(e.name.as_str()).is_some_and(|d| *d == e)
    }

    /// The `shared` module's items.
    pub fn emit(&self) -> TokenStream {
        let placed: Vec<_> = self
            .enums
            .values()
            .map(|e| match self.of_values(e) {
                Some(owner) if !std::ptr::eq(owner, *e) => (*e, Home::Local(owner)),
                _ => (*e, Home::Own),
            })
            .collect();
        let items = placed.iter().map(|(e, home)| enum_type(e, *home));
        let markers = markers(
            placed
                .iter()
                .filter(|(_, home)| matches!(home, Home::Own))
                .map(|(e, _)| *e),
        );
        quote! {
            //! Enums that several operations of this product define with the same values.
            #(#items)*
            #markers
        }
    }
}

/// Every enum and object an operation defines, requests first.
pub fn op_defs(op: &crate::model::Operation) -> Vec<Def<'_>> {
    let mut defs = Vec::new();
    for p in &op.params {
        collect(&p.ty, Side::Request, false, &mut defs);
    }
    for f in &op.response.fields {
        collect(&f.ty, Side::Response, true, &mut defs);
    }
    defs
}

pub fn field_doc(f: &Field) -> Doc {
    let mut doc = Doc::new();
    if let Some(d) = &f.docs.description {
        doc.para(d);
    }
    if let Some(fmt) = f.format {
        doc.md(&format!("A UTC time of the form `{}`.", fmt.pattern()));
    }
    if let Some(e) = &f.docs.example {
        doc.example(e);
    }
    for n in &f.docs.notes {
        doc.para(n);
    }
    doc.md(&format!("Wire name: {}.", code(&f.wire)));
    doc
}

/// Structs derive `Clone`, `Debug` and `Default` but not `PartialEq`: on structs of optional
/// fields it costs about a quarter of the generated crate's compile time (see BENCHMARKS.md).
/// A struct for `o`.
pub fn object(o: &Object, side: Side) -> TokenStream {
    let name = format_ident!("{}", o.name);
    let mut doc = Doc::new();
    if let Some(d) = &o.description {
        doc.para(d);
    }
    let doc = doc.outer();
    let fields = o.fields.iter().map(|f| {
        let rust = ident(&f.rust);
        let wire = &f.wire;
        let ty = rust_type(&f.ty);
        let doc = field_doc(f).outer();
        let serde = (side == Side::Request)
            .then(|| quote!(#[serde(rename = #wire, skip_serializing_if = "Option::is_none")]));
        quote! {
            #doc
            #serde
            pub #rust: Option<#ty>,
        }
    });
    let flatten = (side == Side::Request).then(|| quote!(#[serde(flatten)]));
    let extra = o.additional.then(|| {
        quote! {
            /// Keys beyond the documented fields, kept as they are.
            #flatten
            pub extra: serde_json::Map<String, serde_json::Value>,
        }
    });
    match side {
        Side::Request => quote! {
            #doc
            #[derive(Clone, Debug, Default, serde::Serialize)]
            pub struct #name {
                #(#fields)*
                #extra
            }
        },
        Side::Response => {
            // One plain call per field, no `?`: the reader keeps the first error. Fewer
            // branches per field is less for the compiler to check (see BENCHMARKS.md).
            let reads = o.fields.iter().map(|f| {
                let rust = ident(&f.rust);
                let wire = &f.wire;
                quote!(#rust: o.get(#wire),)
            });
            let extra_read = o.additional.then(|| quote!(extra: o.rest(),));
            let inline = super::shell_inline();
            // `match`, not `?`: each `?` would be one more function per struct for the
            // compiler (its `FromResidual` impl), in every program that reads it.
            let body = if o.fields.is_empty() && !o.additional {
                quote! {
                    match rt::json::Fields::new(v).done() {
                        Ok(()) => Ok(Self::default()),
                        Err(e) => Err(e),
                    }
                }
            } else {
                quote! {
                    let mut o = rt::json::Fields::new(v);
                    let value = Self {
                        #(#reads)*
                        #extra_read
                    };
                    match o.done() {
                        Ok(()) => Ok(value),
                        Err(e) => Err(e),
                    }
                }
            };
            quote! {
                #doc
                #[derive(Clone, Debug, Default)]
                #[non_exhaustive]
                pub struct #name {
                    #(#fields)*
                    #extra
                }

                impl rt::FromJson for #name {
                    #inline
                    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
                        #body
                    }
                }
            }
        }
    }
}

/// An open enum: an alias of the crate's generic `Enum` (or `IntEnum`) over the enum's
/// marker type (see [`markers`]), with one associated constant per documented value (usable
/// in `match` patterns, named as the variants of a Rust enum would be); values the server adds
/// later are kept as sent. Not a Rust `enum`, nor a newtype with its own impls: equality,
/// hashing, `Debug`, conversions and JSON are generic impls written once, so an enum costs the
/// compiler its constants and little else (BENCHMARKS.md: per-enum impls were most of the
/// worst case's compile time).
pub fn enum_type(e: &EnumDef, home: Home<'_>) -> TokenStream {
    let name = format_ident!("{}", e.name);
    let mut doc = Doc::new();
    if let Some(d) = &e.description {
        doc.para(d);
    }
    for v in &e.values {
        let desc = v
            .description
            .as_deref()
            .map(super::docs::prose)
            .unwrap_or_default();
        doc.item(&format!("{}: {desc}", code(&wire_text(&v.wire))));
    }
    if e.open {
        doc.md("The list is open: other values are sent as they are.");
    }
    doc.md(
        "Values the documentation does not list are kept as sent: compare with the \
         constants, or read [`is_known`](Self::is_known) and the wire value.",
    );
    // An alias of another enum's type: say so, as its `Debug` output names the other.
    match home {
        Home::Own => {}
        Home::Local(o) => {
            doc.md(&format!(
                "The same values as [`{0}`], and the same type: constants and `Debug` output \
                 are `{0}`'s.",
                o.name
            ));
        }
        Home::Shared(o) if o.name == e.name => {
            doc.md(&format!(
                "The same values as the `{}` of this product's other operations, and the same \
                 type.",
                o.name
            ));
        }
        Home::Shared(o) => {
            doc.md(&format!(
                "The same values as the `{0}` of this product's other operations, and the same \
                 type: constants and `Debug` output are `{0}`'s.",
                o.name
            ));
        }
    }
    let doc = doc.outer();
    let (owner, path) = match home {
        Home::Own => (e, quote!(enum_values)),
        Home::Local(o) => (o, quote!(enum_values)),
        Home::Shared(o) => (o, quote!(super::shared::enum_values)),
    };
    let marker = format_ident!("{}", owner.name);
    let Repr { alias, values, .. } = repr(e, quote!(#path::#marker));
    if !matches!(home, Home::Own) {
        return quote! {
            #doc
            pub type #name = #alias;
        };
    }
    let variant_docs: Vec<_> = e
        .values
        .iter()
        .map(|v| {
            let mut d = Doc::new();
            d.md(&code(&wire_text(&v.wire)));
            if let Some(desc) = &v.description {
                d.para(desc);
            }
            d.outer()
        })
        .collect();
    let variants = e.values.iter().map(|v| format_ident!("{}", v.variant));
    quote! {
        #doc
        pub type #name = #alias;

        #[allow(non_upper_case_globals)]
        impl #alias {
            #(#variant_docs pub const #variants: Self = Self::known(#values);)*
        }
    }
}

/// How an enum is represented: the instance of the crate's generic type it is an alias of, the
/// trait its marker implements, the type of its values, and the values as literals.
struct Repr {
    alias: TokenStream,
    values_trait: TokenStream,
    value_type: TokenStream,
    values: Vec<TokenStream>,
}

/// `marker`: the path of the type's marker.
fn repr(e: &EnumDef, marker: TokenStream) -> Repr {
    match e.repr {
        EnumRepr::Str => Repr {
            alias: quote!(crate::Enum<#marker>),
            values_trait: quote!(crate::EnumValues),
            value_type: quote!(&'static str),
            values: e
                .values
                .iter()
                .map(|v| {
                    let text = wire_text(&v.wire);
                    quote!(#text)
                })
                .collect(),
        },
        EnumRepr::Int(w) => {
            let int = match w {
                IntWidth::I32 => quote!(i32),
                IntWidth::I64 => quote!(i64),
            };
            Repr {
                alias: quote!(crate::IntEnum<#int, #marker>),
                values_trait: quote!(crate::IntEnumValues<#int>),
                value_type: int,
                values: e
                    .values
                    .iter()
                    .map(|v| match v.wire {
                        Literal::Int(n) => {
                            let n = proc_macro2::Literal::i64_unsuffixed(n);
                            quote!(#n)
                        }
                        _ => unreachable!("integer enums hold integers"),
                    })
                    .collect(),
            }
        }
    }
}

fn wire_text(l: &Literal) -> String {
    match l {
        Literal::Str(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The hidden module of a file's enum markers: per enum, an empty type naming its
/// documented values, which its alias (`Enum<enum_values::Engine>`) is distinct by. Empty
/// types and two constants are all an enum costs the compiler beyond its constants; the
/// impls are generic, in the crate's `enums` module.
pub fn markers<'e>(enums: impl Iterator<Item = &'e EnumDef>) -> TokenStream {
    let markers = enums.map(|e| {
        let name = format_ident!("{}", e.name);
        let text = &e.name;
        let Repr {
            values_trait,
            value_type,
            values,
            ..
        } = repr(e, quote!(#name));
        quote! {
            #[derive(PartialEq)]
            pub enum #name {}
            impl #values_trait for #name {
                const NAME: &'static str = #text;
                const VALUES: &'static [#value_type] = &[#(#values),*];
            }
        }
    });
    quote! {
        #[doc(hidden)]
        #[allow(missing_debug_implementations)]
        pub mod enum_values {
            #(#markers)*
        }
    }
}
