//! An operation's input struct, its entry in the parameter table (checked and encoded by the
//! runtime) and its setters on the runtime's generic `Call`.

use super::docs::{code, Doc};
use super::ident;
use super::types::rust_type;
use crate::model::{EnumRepr, Location, Operation, Param, Style, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn param_doc(p: &Param) -> Doc {
    let mut doc = Doc::new();
    if let Some(d) = &p.docs.description {
        doc.para(d);
    }
    let place = match (p.location, p.style, &p.ty) {
        (Location::Query, _, _) => "in the query string",
        (Location::Body, _, _) => "in the form-encoded body",
    };
    let how = match (&p.ty, p.style) {
        (Type::Json, Style::Json) => {
            ", as JSON text: give the text (checked to be JSON, then sent as it is) or a \
             `serde_json::Value` (serialised)"
        }
        (Type::Object(_) | Type::Array(_) | Type::Map(_), Style::Json) => {
            ", as JSON text: give the text (checked to be JSON, then sent as it is) or a typed \
             value (serialised)"
        }
        (Type::Object(_) | Type::Array(_) | Type::Map(_), Style::Flat) => {
            ", flattened (`Name.1.Key`)"
        }
        _ => "",
    };
    let need = if p.required { "Required" } else { "Optional" };
    doc.md(&format!("{need}. Sent as {} {place}{how}.", code(&p.wire)));
    let mut rules = Vec::new();
    if let Some(n) = p.rules.min_length {
        rules.push(format!("at least {n} characters"));
    }
    if let Some(n) = p.rules.max_length {
        rules.push(format!("at most {n} characters"));
    }
    if p.rules.ascii {
        rules.push("ASCII only".to_owned());
    }
    if let Some(f) = p.rules.format {
        rules.push(format!("a UTC time of the form `{}`", f.pattern()));
    }
    if let Some(n) = p.rules.minimum {
        rules.push(format!("at least {n}"));
    }
    if let Some(n) = p.rules.maximum {
        rules.push(format!("at most {n}"));
    }
    if let Type::Enum(e) = &p.ty {
        if !e.open {
            rules.push(format!("one of the values of [`{}`]", e.name));
        }
    }
    if !rules.is_empty() {
        doc.md(&format!("Checked before sending: {}.", rules.join("; ")));
    }
    if p.sensitive {
        doc.md("A secret: shown as `<redacted>` in `Debug` output.");
    }
    if p.idempotency_token {
        doc.md("Left unset, the client generates one per call and sends the same value on every retry of that call.");
    }
    if let Some(d) = &p.default {
        doc.md(&format!(
            "Server default: {}.",
            code(&d.to_string().replace('"', ""))
        ));
    }
    if let Some(e) = &p.docs.example {
        doc.example(e);
    }
    for n in &p.docs.notes {
        doc.para(n);
    }
    doc
}

/// The input struct: one optional field per parameter, and its `OperationInput` impl (the
/// values in table order; checks and encoding are the runtime's, driven by [`param_meta`]).
pub fn input(op: &Operation) -> TokenStream {
    let name = format_ident!("{}Input", op.name);
    let output = format_ident!("{}", op.response.name);
    let error = format_ident!("{}Error", op.name);
    let fields = op.params.iter().map(|p| {
        let f = ident(&p.rust);
        let ty = field_type(p);
        let doc = param_doc(p).outer();
        quote! { #doc pub #f: Option<#ty>, }
    });
    let unset = op.params.iter().map(|p| ident(&p.rust));
    let inline = super::shell_inline();
    let values: Vec<_> = op.params.iter().map(value).collect();
    let values = if values.is_empty() {
        quote!(Vec::new())
    } else {
        quote!(vec![#(#values),*])
    };
    let token = op.idempotency_token().map(|p| {
        let f = ident(&p.rust);
        quote! {
            #inline
            fn client_token(&mut self) -> Option<&mut Option<String>> {
                Some(&mut self.#f)
            }
        }
    });
    let doc = format!(
        " The parameters of [`{}`](super::{}).",
        op.action,
        format_ident!("{}", op.name)
    );
    // A secret never reaches `Debug` output: with one, `Debug` is written out field by field.
    let (derive, debug) = if op.params.iter().any(|p| p.sensitive) {
        let shown = name.to_string();
        let entries = op.params.iter().map(|p| {
            let f = ident(&p.rust);
            let label = p.rust.trim_start_matches("r#");
            if p.sensitive {
                quote! { .field(#label, &self.#f.as_ref().map(|_| "<redacted>")) }
            } else {
                quote! { .field(#label, &self.#f) }
            }
        });
        (
            quote!(#[derive(Clone)]),
            quote! {
                impl std::fmt::Debug for #name {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.debug_struct(#shown) #(#entries)* .finish()
                    }
                }
            },
        )
    } else {
        (quote!(#[derive(Clone, Debug)]), quote!())
    };
    quote! {
        #[doc = #doc]
        #derive
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
        }

        #debug

        // Written out rather than derived: the derive calls `Default::default` once per
        // field, several times the code of storing `None`.
        impl Default for #name {
            #inline
            fn default() -> Self {
                Self { #(#unset: None,)* }
            }
        }

        impl rt::OperationInput for #name {
            type Output = #output;
            type Error = #error;
            const META: &'static rt::OperationMeta = &OPERATION;

            #inline
            fn values(&self) -> Vec<rt::Value<'_>> {
                #values
            }

            #inline
            fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
                rt::finish(done)
            }

            #token
        }
    }
}

/// The parameter's entry in the operation's static table: where it goes and its rules.
pub fn param_meta(p: &Param) -> TokenStream {
    let wire = &p.wire;
    let mut t = match p.location {
        Location::Query => quote!(rt::Param::query(#wire)),
        Location::Body => quote!(rt::Param::body(#wire)),
    };
    let composite = matches!(
        p.ty,
        Type::Json | Type::Object(_) | Type::Array(_) | Type::Map(_)
    );
    if composite && p.style == Style::Flat {
        t = quote!(#t.flat());
    }
    if p.required {
        t = quote!(#t.required());
    }
    let r = &p.rules;
    if r.min_length.is_some() || r.max_length.is_some() {
        let (min, max) = (opt_u64(r.min_length), opt_u64(r.max_length));
        t = quote!(#t.length(#min, #max));
    }
    if r.ascii {
        t = quote!(#t.ascii());
    }
    if let Some(fmt) = r.format {
        let fmt = match fmt {
            crate::model::TimeFormat::UtcMinute => quote!(rt::TimeFormat::UtcMinute),
            crate::model::TimeFormat::UtcSecond => quote!(rt::TimeFormat::UtcSecond),
        };
        t = quote!(#t.time(#fmt));
    }
    if r.minimum.is_some() || r.maximum.is_some() {
        let (min, max) = (opt_i64(r.minimum), opt_i64(r.maximum));
        t = quote!(#t.range(#min, #max));
    }
    if let Type::Enum(e) = &p.ty {
        if !e.open {
            t = match e.repr {
                EnumRepr::Str => {
                    let ty = format_ident!("{}", e.name);
                    quote!(#t.one_of(#ty::VALUES))
                }
                EnumRepr::Int(_) => {
                    let values = e.values.iter().map(|v| match v.wire {
                        crate::model::Literal::Int(n) => proc_macro2::Literal::i64_unsuffixed(n),
                        _ => unreachable!("integer enums hold integers"),
                    });
                    quote!(#t.one_of_int(&[#(#values),*]))
                }
            };
        }
    }
    t
}

fn opt_u64(v: Option<u64>) -> TokenStream {
    match v {
        Some(n) => {
            let n = proc_macro2::Literal::u64_unsuffixed(n);
            quote!(Some(#n))
        }
        None => quote!(None),
    }
}

fn opt_i64(v: Option<i64>) -> TokenStream {
    match v {
        Some(n) => {
            let n = proc_macro2::Literal::i64_unsuffixed(n);
            quote!(Some(#n))
        }
        None => quote!(None),
    }
}

/// Whether the parameter travels as one JSON text, which the caller may give as text or as a
/// value (the field is a `JsonParam`).
fn json_text(p: &Param) -> bool {
    p.style == Style::Json
        && matches!(
            p.ty,
            Type::Json | Type::Object(_) | Type::Array(_) | Type::Map(_)
        )
}

/// The input field's type (inside its `Option`).
pub(crate) fn field_type(p: &Param) -> TokenStream {
    match &p.ty {
        Type::Json if json_text(p) => quote!(rt::JsonParam),
        ty if json_text(p) => {
            let ty = rust_type(ty);
            quote!(rt::JsonParam<#ty>)
        }
        ty => rust_type(ty),
    }
}

/// One parameter's value, as the runtime's encoder takes it: one call on the field, which
/// the compiler checks faster than a chain of `as_deref`/`map` (BENCHMARKS.md, section 5,
/// "Sixth pass").
fn value(p: &Param) -> TokenStream {
    let f = ident(&p.rust);
    let kind = if json_text(p) {
        quote!(json)
    } else {
        match &p.ty {
            Type::String => quote!(text),
            Type::Enum(e) => match e.repr {
                EnumRepr::Str => quote!(text),
                EnumRepr::Int(_) => quote!(int),
            },
            Type::Int(_) => quote!(int),
            Type::Bool => quote!(boolean),
            Type::Float => quote!(float),
            Type::Json | Type::Object(_) | Type::Array(_) | Type::Map(_) => quote!(data),
        }
    };
    quote!(rt::#kind(&self.#f))
}

/// The setter's argument type and how it becomes the field's value.
pub(crate) fn setter_arg(p: &Param) -> (TokenStream, TokenStream) {
    if json_text(p) {
        let ty = field_type(p);
        return (quote!(impl Into<#ty>), quote!(value.into()));
    }
    match &p.ty {
        Type::String => (quote!(impl Into<String>), quote!(value.into())),
        Type::Json => (quote!(impl Into<serde_json::Value>), quote!(value.into())),
        Type::Enum(e) => {
            let name = format_ident!("{}", e.name);
            (quote!(impl Into<#name>), quote!(value.into()))
        }
        other => (rust_type(other), quote!(value)),
    }
}

/// The fluent builder: `client.op().param(x).send().await`. Every operation's builder is the
/// runtime's generic [`Call`] over its input (which holds `send`, `build`, `paginate`); the
/// setters are the only per-operation code, an inherent impl on that one instantiation.
pub fn builder(op: &Operation) -> TokenStream {
    let name = format_ident!("{}", op.name);
    let input = format_ident!("{}Input", op.name);
    let setters = op.params.iter().map(|p| {
        let f = ident(&p.rust);
        let (arg, value) = setter_arg(p);
        // The full documentation lives on the input field; the setter points there, which
        // halves the doc text per operation (generation time grows with it).
        let name = p.rust.trim_start_matches("r#");
        let need = if p.required { "required" } else { "optional" };
        let doc = format!(" Sets `{}` ({need}): see [`{input}::{name}`].", p.wire);
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #f(mut self, value: #arg) -> Self {
                self.input.#f = Some(#value);
                self
            }
        }
    });
    let mut doc = Doc::new();
    doc.md(&format!(
        "`{}`: {}",
        op.action,
        super::docs::prose(&op.summary)
    ));
    doc.md(&format!(
        "Made by [`Client::{}`](super::Client::{}); set parameters, then \
         [`send`](crate::Call::send){}.",
        op.module.trim_start_matches("r#"),
        op.module.trim_start_matches("r#"),
        if op.pagination.is_some() {
            " or [`paginate`](crate::Call::paginate)"
        } else {
            ""
        }
    ));
    let first_type = super::defs::op_defs(op)
        .into_iter()
        .next()
        .map(|d| match d.named {
            super::defs::Named::Enum(e) => e.name.clone(),
            super::defs::Named::Object(o) => o.name.clone(),
        });
    if let Some(example) = first_type {
        doc.md(&format!(
            "The enums and nested types of its parameters and answer are in the module \
             [`{m}`](self), e.g. `{m}::{example}`.",
            m = op.module.trim_start_matches("r#"),
        ));
    }
    let doc = doc.outer();
    quote! {
        #doc
        pub type #name = crate::Call<#input>;

        // Generic over the mode, so a waiter (`Call<Input, SomeWaiter>`) has the same setters.
        impl<M> crate::Call<#input, M> {
            #(#setters)*
        }
    }
}
