//! Model → Rust source. Small `quote!` functions, one per concept; this module puts their
//! output into files and formats them with prettyplease.

mod call;
mod docs;
mod error;
mod input;
mod operation;
mod output;
mod paginator;
mod product;
mod types;
mod waiter;

use crate::model::{Model, Operation};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// The module of a product that holds the enums its operations share (see
/// [`types::SharedEnums`]); no operation module may take this name.
pub const SHARED_MODULE: &str = "shared";

/// What one generated file holds.
#[derive(Clone, Copy)]
enum Job<'a> {
    Product,
    Shared,
    Operation(&'a Operation),
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

/// Formats `tokens` as a file. A failure here is a generator bug, reported with the file.
fn render(path: String, source: &str, tokens: TokenStream) -> Result<File, String> {
    let syntax: syn::File =
        syn::parse2(tokens).map_err(|e| format!("{path}: generated code does not parse: {e}"))?;
    let mut text = header(source);
    text.push_str(&prettyplease::unparse(&syntax));
    Ok(File { path, text })
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
    files.push(render(
        format!("{PRODUCTS_DIR}/mod.rs"),
        &format!("{spec_root}/*/product.yaml"),
        {
            // With no product there is no operation to build a call for.
            let call = (!model.products.is_empty()).then(call::call_type);
            quote! {
                //! One module per product, each behind its cargo feature, and the builder
                //! type their operations share.
                use crate::runtime as rt;
                #(#mods)*
                #call
            }
        },
    )?);
    // One job per file; files are independent, so they are rendered on every core (syn's
    // parse and prettyplease dominate the cost) and put back in model order.
    let shared: Vec<types::SharedEnums<'_>> = model
        .products
        .iter()
        .map(|p| types::SharedEnums::of(&p.operations))
        .collect();
    let jobs: Vec<(usize, Job<'_>)> = model
        .products
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            let shared_file = (!shared[i].enums.is_empty()).then_some((i, Job::Shared));
            std::iter::once((i, Job::Product))
                .chain(shared_file)
                .chain(p.operations.iter().map(move |o| (i, Job::Operation(o))))
        })
        .collect();
    let render_job = |&(i, job): &(usize, Job<'_>)| {
        let p = &model.products[i];
        let dir = format!("{PRODUCTS_DIR}/{}", p.module.trim_start_matches("r#"));
        match job {
            Job::Product => render(
                format!("{dir}/mod.rs"),
                &format!("{spec_root}/{}", p.source),
                product::product(p, !shared[i].enums.is_empty()),
            ),
            Job::Shared => render(
                format!("{dir}/{SHARED_MODULE}.rs"),
                &format!("{spec_root}/{}/*.yaml", p.module.trim_start_matches("r#")),
                shared[i].emit(),
            ),
            Job::Operation(op) => render(
                format!("{dir}/{}.rs", op.module.trim_start_matches("r#")),
                &format!("{spec_root}/{}", op.source),
                operation::operation(p, op, &shared[i]),
            ),
        }
    };
    for file in crate::parallel::map(&jobs, render_job) {
        files.push(file?);
    }
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
    Ok(Output { files, features })
}
