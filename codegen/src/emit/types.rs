//! Rust types for spec types, and the structs and enums an operation or a product's `shared`
//! module defines.

use super::defs::{Def, Side};
use super::docs::{code, Doc};
use super::ident;
use super::sharing::{Home, SharedEnums};
use crate::model::{EnumDef, EnumRepr, Field, IntWidth, Literal, Object, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

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

/// The items of an object `def` names: its struct, or, when `same` is an object of the same
/// shape in the file (see [`super::sharing::Homes`]), an alias of that struct.
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
        let ty = rust_type(&f.ty);
        let doc = field_doc(f).outer();
        quote! {
            #doc
            pub #rust: Option<#ty>,
        }
    });
    let extra = o.additional.then(|| {
        quote! {
            /// Keys beyond the documented fields, kept as they are.
            pub extra: serde_json::Map<String, serde_json::Value>,
        }
    });
    match side {
        Side::Request => {
            // Written out rather than derived, so the crate's users build no procedural
            // macro: the documented fields under their wire names, absent ones left out,
            // then the extra keys (what `rename`, `skip_serializing_if` and `flatten` did).
            let writes = o.fields.iter().map(|f| {
                let rust = ident(&f.rust);
                let wire = &f.wire;
                quote! {
                    if let Some(v) = &self.#rust {
                        m.serialize_entry(#wire, v)?;
                    }
                }
            });
            let extra_writes = o.additional.then(|| {
                quote! {
                    for (k, v) in &self.extra {
                        m.serialize_entry(k, v)?;
                    }
                }
            });
            quote! {
                #doc
                #[derive(Clone, Debug, Default)]
                pub struct #name {
                    #(#fields)*
                    #extra
                }

                impl serde::Serialize for #name {
                    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                        use serde::ser::SerializeMap;
                        let mut m = s.serialize_map(None)?;
                        #(#writes)*
                        #extra_writes
                        m.end()
                    }
                }
            }
        }
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

/// The items of a product's `shared` module: each shared enum, and the markers of those that
/// hold their constants (where two shared names have the same values, the shorter holds them).
pub fn shared_module(shared: &SharedEnums<'_>) -> TokenStream {
    let placed = shared.placed();
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
