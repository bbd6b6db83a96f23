//! Model → Rust source. Small `quote!` functions, one per concept; this module puts their
//! output into files and formats them with prettyplease.

mod docs;
mod error;
mod input;
mod operation;
mod output;
mod paginator;
mod product;
mod types;

use crate::model::{Model, Operation, Product};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

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
        quote! {
            //! One module per product, each behind its cargo feature.
            #(#mods)*
        },
    )?);
    // One job per file; files are independent, so they are rendered on every core (syn's
    // parse and prettyplease dominate the cost) and put back in model order.
    let jobs: Vec<(&Product, Option<&Operation>)> = model
        .products
        .iter()
        .flat_map(|p| {
            std::iter::once((p, None)).chain(p.operations.iter().map(move |o| (p, Some(o))))
        })
        .collect();
    let render_job = |(p, op): (&Product, Option<&Operation>)| {
        let dir = format!("{PRODUCTS_DIR}/{}", p.module.trim_start_matches("r#"));
        match op {
            None => render(
                format!("{dir}/mod.rs"),
                &format!("{spec_root}/{}", p.source),
                product::product(p),
            ),
            Some(op) => render(
                format!("{dir}/{}.rs", op.module.trim_start_matches("r#")),
                &format!("{spec_root}/{}", op.source),
                operation::operation(p, op),
            ),
        }
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len().div_ceil(8))
        .max(1);
    if threads == 1 {
        for job in jobs {
            files.push(render_job(job)?);
        }
    } else {
        let chunk = jobs.len().div_ceil(threads);
        let rendered: Vec<Result<Vec<File>, String>> = std::thread::scope(|scope| {
            let handles: Vec<_> = jobs
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(|| {
                        part.iter()
                            .map(|&job| render_job(job))
                            .collect::<Result<Vec<_>, _>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err("a generator thread panicked".to_owned()))
                })
                .collect()
        });
        for part in rendered {
            files.extend(part?);
        }
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
