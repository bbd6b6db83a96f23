//! An operation's input struct (with its checks and its wire encoding) and its fluent builder.

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
        (Type::Json | Type::Object(_) | Type::Array(_) | Type::Map(_), Style::Json) => {
            ", as JSON text"
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
        doc.md(&format!("Example: {}", code(e)));
    }
    for n in &p.docs.notes {
        doc.para(n);
    }
    doc
}

/// The input struct: one optional field per parameter, `validate`, `to_request`.
pub fn input(op: &Operation) -> TokenStream {
    let name = format_ident!("{}Input", op.name);
    let fields = op.params.iter().map(|p| {
        let f = ident(&p.rust);
        let ty = rust_type(&p.ty);
        let doc = param_doc(p).outer();
        quote! { #doc pub #f: Option<#ty>, }
    });
    let checks: Vec<_> = op
        .params
        .iter()
        .map(check)
        .filter(|c| !c.is_empty())
        .collect();
    let uses = (!checks.is_empty()).then(|| {
        quote!(
            use rt::validate as v;
        )
    });
    let puts: Vec<_> = op.params.iter().map(put).collect();
    let to_request = if puts.is_empty() {
        quote!(rt::Request::new(&OPERATION))
    } else {
        quote! {
            let mut r = rt::Request::new(&OPERATION);
            #(#puts)*
            r
        }
    };
    let doc = format!(
        " The parameters of [`{}`](super::{}).",
        op.action,
        format_ident!("{}", op.name)
    );
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, Default)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
        }

        impl #name {
            /// Checks every documented constraint; the first broken one is returned.
            pub fn validate(&self) -> Result<(), crate::ValidationError> {
                #uses
                #(#checks)*
                Ok(())
            }

            /// The request as it goes on the wire (before signing).
            pub fn to_request(&self) -> rt::Request {
                #to_request
            }
        }
    }
}

fn check(p: &Param) -> TokenStream {
    let f = ident(&p.rust);
    let wire = &p.wire;
    let required = p
        .required
        .then(|| quote!(v::required(#wire, self.#f.is_some())?;));
    let mut checks = Vec::new();
    let r = &p.rules;
    if r.min_length.is_some() || r.max_length.is_some() {
        let min = opt_u64(r.min_length);
        let max = opt_u64(r.max_length);
        checks.push(quote!(v::length(#wire, x, #min, #max)?;));
    }
    if r.ascii {
        checks.push(quote!(v::ascii(#wire, x)?;));
    }
    if let Some(fmt) = r.format {
        let fmt = match fmt {
            crate::model::TimeFormat::UtcMinute => quote!(rt::TimeFormat::UtcMinute),
            crate::model::TimeFormat::UtcSecond => quote!(rt::TimeFormat::UtcSecond),
        };
        checks.push(quote!(v::time(#wire, x, #fmt)?;));
    }
    if r.minimum.is_some() || r.maximum.is_some() {
        let min = opt_i64(r.minimum);
        let max = opt_i64(r.maximum);
        let x = match p.ty {
            Type::Int(crate::model::IntWidth::I32) => quote!(i64::from(*x)),
            _ => quote!(*x),
        };
        checks.push(quote!(v::range(#wire, #x, #min, #max)?;));
    }
    if let Type::Enum(e) = &p.ty {
        if !e.open {
            let ty = format_ident!("{}", e.name);
            let value = match e.repr {
                EnumRepr::Str => quote!(x.as_str()),
                EnumRepr::Int(_) => quote!(&x.value()),
            };
            checks.push(quote!(v::known(#wire, x.is_known(), #value, #ty::VALUES)?;));
        }
    }
    let checks = (!checks.is_empty()).then(|| {
        quote! {
            if let Some(x) = &self.#f {
                #(#checks)*
            }
        }
    });
    quote!(#required #checks)
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

/// How one parameter is written into the request.
fn put(p: &Param) -> TokenStream {
    let f = ident(&p.rust);
    let wire = &p.wire;
    let at = match p.location {
        Location::Query => quote!(rt::At::Query),
        Location::Body => quote!(rt::At::Body),
    };
    match (&p.ty, p.style) {
        (Type::String, _) => quote!(r.text(#at, #wire, self.#f.as_deref());),
        (Type::Enum(e), _) if e.repr == EnumRepr::Str => {
            quote!(r.text(#at, #wire, self.#f.as_ref().map(|x| x.as_str()));)
        }
        (Type::Enum(e), _) if e.repr == EnumRepr::Int(crate::model::IntWidth::I32) => {
            quote!(r.int(#at, #wire, self.#f.as_ref().map(|x| i64::from(x.value())));)
        }
        (Type::Enum(_), _) => quote!(r.int(#at, #wire, self.#f.as_ref().map(|x| x.value()));),
        (Type::Int(crate::model::IntWidth::I32), _) => {
            quote!(r.int(#at, #wire, self.#f.map(i64::from));)
        }
        (Type::Int(_), _) => quote!(r.int(#at, #wire, self.#f);),
        (Type::Bool, _) => quote!(r.boolean(#at, #wire, self.#f);),
        (Type::Float, _) => quote!(r.float(#at, #wire, self.#f);),
        (_, Style::Json) => quote!(r.json(#at, #wire, self.#f.as_ref());),
        (_, Style::Flat) => quote!(r.flat(#at, #wire, self.#f.as_ref());),
    }
}

/// The setter's argument type and how it becomes the field's value.
fn setter_arg(ty: &Type) -> (TokenStream, TokenStream) {
    match ty {
        Type::String => (quote!(impl Into<String>), quote!(value.into())),
        Type::Json => (quote!(impl Into<serde_json::Value>), quote!(value.into())),
        Type::Enum(e) => {
            let name = format_ident!("{}", e.name);
            (quote!(impl Into<#name>), quote!(value.into()))
        }
        other => (rust_type(other), quote!(value)),
    }
}

/// The fluent builder: `client.op().param(x).send().await`.
pub fn builder(op: &Operation) -> TokenStream {
    let name = format_ident!("{}", op.name);
    let input = format_ident!("{}Input", op.name);
    let output = format_ident!("{}Output", op.name);
    let error = format_ident!("{}Error", op.name);
    let setters = op.params.iter().map(|p| {
        let f = ident(&p.rust);
        let (arg, value) = setter_arg(&p.ty);
        // The full documentation lives on the input field; the setter points there, which
        // halves the doc text per operation (generation time grows with it).
        let name = p.rust.trim_start_matches("r#");
        let need = if p.required { "required" } else { "optional" };
        let doc = format!(" Sets `{}` ({need}): see [`{input}::{name}`].", p.wire);
        quote! {
            #[doc = #doc]
            pub fn #f(mut self, value: #arg) -> Self {
                self.input.#f = Some(#value);
                self
            }
        }
    });
    let binding = if op.idempotency_token().is_some() {
        quote!(mut input)
    } else {
        quote!(input)
    };
    let token = op.idempotency_token().map(|p| {
        let f = ident(&p.rust);
        quote! {
            if input.#f.is_none() {
                input.#f = Some(rt::client_token());
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
        "Made by [`Client::{}`](super::Client::{}); set parameters, then [`send`](Self::send).",
        op.module.trim_start_matches("r#"),
        op.module.trim_start_matches("r#"),
    ));
    let doc = doc.outer();
    quote! {
        #doc
        #[derive(Clone, Debug)]
        pub struct #name {
            client: super::Client,
            input: #input,
        }

        impl #name {
            pub(super) fn new(client: super::Client) -> Self {
                Self { client, input: Default::default() }
            }

            #(#setters)*

            /// The parameters set so far.
            pub fn input(&self) -> &#input {
                &self.input
            }

            /// Checks the parameters and returns them, without sending anything.
            pub fn build(self) -> Result<#input, crate::ValidationError> {
                self.input.validate()?;
                Ok(self.input)
            }

            /// Checks the parameters, then sends the request (with retries) and parses the
            /// response. Nothing reaches the network when a check fails.
            pub async fn send(self) -> Result<#output, crate::Error<#error>> {
                let Self { client, #binding } = self;
                #token
                input.validate()?;
                let response = client.inner.call(input.to_request()).await.map_err(|e| e.into_service::<#error>())?;
                rt::parse(&response)
            }
        }
    }
}
