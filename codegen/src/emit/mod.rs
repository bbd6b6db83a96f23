//! Model → Rust source. Small `quote!` functions, one per concept; this module puts their
//! output into files and formats them with prettyplease.

mod call;
mod defs;
mod docs;
mod error;
mod input;
mod operation;
mod output;
mod paginator;
mod product;
mod sharing;
mod types;
mod waiter;

use crate::model::{Model, Operation};
use crate::timings::{self, Step};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

pub use crate::model::SHARED_MODULE;

/// A run of whole items of one generated file; files are the concatenation of their parts,
/// which prettyplease formats alike whether apart or together.
#[derive(Clone, Copy)]
enum Job<'a> {
    Product,
    Shared,
    Operation(&'a Operation, &'a operation::Part<'a>),
}

/// The folder below the generated crate's root that the generator owns entirely.
pub const PRODUCTS_DIR: &str = "src/products";

/// One generated file: its path below the generated crate's root, and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub text: String,
}

/// Everything the generator writes: the files under [`PRODUCTS_DIR`], and the `[features]`
/// table of the generated crate's Cargo.toml.
#[derive(Clone, Debug)]
pub struct Output {
    pub files: Vec<File>,
    pub features: String,
    /// How many operations the files hold.
    pub operations: usize,
}

/// The generated crate's feature that compiles every operation's code in the crate.
pub const PRECOMPILED: &str = "precompiled-operations";

/// `#[inline]` unless the crate is built with [`PRECOMPILED`], for the functions each
/// operation has (readers, `values`, the error mapping, `finish`, the client's method). By
/// default they are compiled only in the programs that call them, so a program using a few
/// operations of a large product compiles only those; with the feature they are compiled
/// once, in the crate, so a program that calls many operations does not compile them again
/// at every rebuild (BENCHMARKS.md, section 5, "Third pass").
pub(crate) fn shell_inline() -> TokenStream {
    quote!(#[cfg_attr(not(feature = #PRECOMPILED), inline)])
}

/// An identifier, raw (`r#type`) when the model escaped a keyword.
pub(crate) fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

const REGENERATE: &str = "cargo run -p codegen -- generate";

fn header(source: &str) -> String {
    format!("// @generated from {source} by `{REGENERATE}`. Do not edit: change the spec and regenerate.\n")
}

/// Formats `tokens`, whole items, as file text. A failure here is a generator bug, reported
/// with the file.
fn render(path: &str, tokens: TokenStream) -> Result<String, String> {
    let syntax: syn::File = timings::time(Step::Parse, || syn::parse2(tokens))
        .map_err(|e| format!("{path}: generated code does not parse: {e}"))?;
    Ok(timings::time(Step::Print, || {
        prettyplease::unparse(&syntax)
    }))
}

/// Generates every file for `model`. `spec_root` names the spec folder in file headers.
pub fn generate(model: &Model, spec_root: &str) -> Result<Output, String> {
    let mut files = Vec::new();
    let mods = model.products.iter().map(|p| {
        let m = ident(&p.module);
        let feature = &p.feature;
        quote! {
            #[cfg(feature = #feature)]
            pub mod #m;
        }
    });
    let mut text = header(&format!("{spec_root}/*/product.yaml"));
    let path = format!("{PRODUCTS_DIR}/mod.rs");
    // With no product there is no operation to build a call for.
    let call = (!model.products.is_empty()).then(call::call_type);
    text.push_str(&render(
        &path,
        quote! {
            //! One module per product, each behind its cargo feature, and the builder
            //! type their operations share.
            use crate::runtime as rt;
            #(#mods)*
            #call
        },
    )?);
    files.push(File { path, text });
    // One job per part of a file; parts are independent, so they are built and formatted on
    // every core (syn's parse and prettyplease dominate the cost) and put back in order.
    // Parts rather than files, so that one operation with a thousand response fields does
    // not keep one core busy while the other waits.
    let shared: Vec<sharing::SharedEnums<'_>> = model
        .products
        .iter()
        .map(|p| sharing::SharedEnums::of(&p.operations))
        .collect();
    let parts: Vec<Vec<Vec<operation::Part<'_>>>> = model
        .products
        .iter()
        .zip(&shared)
        .map(|(p, s)| {
            p.operations
                .iter()
                .map(|o| operation::parts(o, s))
                .collect()
        })
        .collect();
    // Each file's path and spec source, and every job tagged with its file and product.
    let mut heads: Vec<(String, String)> = Vec::new();
    let mut jobs: Vec<(usize, usize, Job<'_>)> = Vec::new();
    for (i, p) in model.products.iter().enumerate() {
        let module = p.module.trim_start_matches("r#");
        let dir = format!("{PRODUCTS_DIR}/{module}");
        jobs.push((heads.len(), i, Job::Product));
        heads.push((format!("{dir}/mod.rs"), format!("{spec_root}/{}", p.source)));
        if !shared[i].enums.is_empty() {
            jobs.push((heads.len(), i, Job::Shared));
            heads.push((
                format!("{dir}/{SHARED_MODULE}.rs"),
                format!("{spec_root}/{module}/*.yaml"),
            ));
        }
        for (op, op_parts) in p.operations.iter().zip(&parts[i]) {
            let file = heads.len();
            heads.push((
                format!("{dir}/{}.rs", op.module.trim_start_matches("r#")),
                format!("{spec_root}/{}", op.source),
            ));
            jobs.extend(
                op_parts
                    .iter()
                    .map(|part| (file, i, Job::Operation(op, part))),
            );
        }
    }
    let render_job = |&(file, i, job): &(usize, usize, Job<'_>)| {
        let p = &model.products[i];
        let (tokens, docs) = timings::time(Step::Tokens, || {
            docs::deferred(|| match job {
                Job::Product => product::product(p, !shared[i].enums.is_empty()),
                Job::Shared => types::shared_module(&shared[i]),
                Job::Operation(op, part) => operation::part(p, op, &shared[i], part),
            })
        });
        let path = &heads[file].0;
        let text = render(path, tokens)?;
        timings::time(Step::Docs, || docs.fill(path, &text))
    };
    let mut texts: Vec<String> = heads.iter().map(|(_, source)| header(source)).collect();
    for ((file, _, _), text) in jobs.iter().zip(crate::parallel::map(&jobs, render_job)) {
        texts[*file].push_str(&text?);
    }
    files.extend(
        heads
            .into_iter()
            .zip(texts)
            .map(|((path, _), text)| File { path, text }),
    );
    let mut features = String::from("[features]\n");
    let names: Vec<_> = model
        .products
        .iter()
        .map(|p| format!("{:?}", p.feature))
        .collect();
    features.push_str(&format!("default = [{}]\n", names.join(", ")));
    for p in &model.products {
        features.push_str(&format!("{} = []\n", p.feature));
    }
    features.push_str(&format!(
        "# Every operation's code compiled in this crate instead of in the programs that call\n\
         # it, for programs that call many operations (see the README).\n\
         {PRECOMPILED} = []\n"
    ));
    Ok(Output {
        files,
        features,
        operations: model.operation_count(),
    })
}

/// The Rust signature the generator gives a parameter: its input field's type (inside the
/// `Option`) and its setter's argument, as text. `codegen diff` compares these, so its semver
/// verdict follows what is emitted rather than a second reading of the spec.
pub fn param_signature(p: &crate::model::Param) -> (String, String) {
    let (arg, _) = input::setter_arg(p);
    (tidy(&input::field_type(p)), tidy(&arg))
}

/// The Rust type the generator gives a field of type `ty` (response fields, nested objects).
pub fn type_signature(ty: &crate::model::Type) -> String {
    tidy(&types::rust_type(ty))
}

/// A type's tokens as written by hand: `Vec<String>`, not `Vec < String >`.
fn tidy(tokens: &TokenStream) -> String {
    let text = tokens.to_string();
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let glued = |c: Option<&char>| c.is_some_and(|c| matches!(c, ':' | '<' | '>'));
        if c == ' '
            && (glued(out.chars().last().as_ref())
                || glued(chars.get(i + 1))
                || chars.get(i + 1) == Some(&','))
        {
            // `impl Into<..>`, `String, Value`: those spaces stay.
            if !(out.ends_with(',') || out.ends_with("impl")) {
                continue;
            }
        }
        out.push(c);
    }
    out
}
