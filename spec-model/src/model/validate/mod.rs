//! Raw specs → model. Every check runs on every file; each problem is recorded with the file
//! and key path it concerns, and positions are filled in afterwards by `spec::locate`.

//!
//! By concern: [`product`] (product and operation files), [`identifiers`] (wire and Rust
//! names), [`params`] (request parameters and their rules), [`types`] (the type tree),
//! [`references`] (failure fields and pagination paths), [`errors`] (error codes),
//! [`waiters`] (polling until a documented state).

mod accepted;
mod errors;
mod identifiers;
mod params;
mod product;
mod references;
mod types;
mod waiters;

pub use params::{check_rules, matches_time};
// Helpers the concerns share.
use params::{docs, fits, is_integer, kind, show, width_name};

use super::names::{camel, is_type_name, snake};
use super::*;
use crate::spec::raw::*;
use serde_yaml::Value;
use std::collections::{BTreeSet, HashMap};

/// One problem: which file (index into the caller's list), where in it, what.
#[derive(Debug)]
pub struct Problem {
    pub file: usize,
    pub path: String,
    pub message: String,
}

/// A parsed product folder: the product file and its operation files, as indices into the
/// caller's file list.
pub struct ProductInput<'a> {
    pub folder: &'a str,
    pub product: Option<(usize, &'a str, &'a RawProduct)>,
    /// The folder has a product.yaml that did not parse (reported where it was read).
    pub product_unreadable: bool,
    pub operations: Vec<(usize, &'a str, &'a RawOperation)>,
}

const TYPES: &str = "string, int32, int64, boolean, float, json, object, array, map";

/// Parameters that belong to the signing scheme, not to any operation.
const COMMON_PARAMS: &[&str] = &[
    "Action",
    "Version",
    "AccessKeyId",
    "Signature",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "SignatureType",
    "Timestamp",
    "Format",
    "SecurityToken",
];

/// Names the generated `Call` (every operation's builder and waiter) uses for its own methods.
const BUILDER_METHODS: &[&str] = &[
    "send",
    "build",
    "input",
    "input_mut",
    "paginate",
    "clone",
    "wait",
    "max_wait",
    "delays",
];

/// Standard names the generated code uses unqualified, which a generated type must not hide.
const PRELUDE: &[&str] = &[
    "Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Into", "From", "Default",
];

/// Names the generated product client uses for its own methods.
const CLIENT_METHODS: &[&str] = &[
    "new",
    "from_env",
    "endpoint",
    "with_timeouts",
    "with_retry",
    "clone",
];

pub fn validate(folders: &[ProductInput<'_>]) -> (Model, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut products = Vec::new();
    let mut modules: HashMap<String, (usize, String)> = HashMap::new();
    let codes: HashMap<&str, &str> = folders
        .iter()
        .filter_map(|f| f.product.map(|(_, _, p)| (p.code.as_str(), f.folder)))
        .collect();

    for folder in folders {
        let product = match folder.product {
            Some((file, rel, raw)) => {
                let mut c = Checker {
                    file,
                    problems: &mut problems,
                };
                let p = c.product(rel, raw);
                if let Some((_, code)) = modules.get(&p.module) {
                    c.err("code", format!(
                        "product module `{}` is already used by product `{code}`; set `module` to a different name",
                        p.module
                    ));
                } else {
                    modules.insert(p.module.clone(), (file, p.code.clone()));
                }
                Some(p)
            }
            None if folder.product_unreadable => None,
            None => {
                for &(file, _, _) in &folder.operations {
                    Checker {
                        file,
                        problems: &mut problems,
                    }
                    .err(
                        "",
                        format!(
                            "folder `{}` has no product.yaml describing its product",
                            folder.folder
                        ),
                    );
                }
                None
            }
        };
        let Some(mut product) = product else { continue };

        // Operations naming a product no folder defines. When none of the folder's operations
        // names its code, `code` in product.yaml most likely changed, so that file is named
        // too (once), beside each operation's own problem.
        let mut orphans = Vec::new();
        let mut matched = false;
        let mut actions: HashMap<String, String> = HashMap::new();
        let mut op_modules: HashMap<String, String> = HashMap::new();
        let mut exports: HashMap<String, String> = HashMap::new();
        let mut waiter_methods: Vec<(usize, usize, String)> = Vec::new();
        for &(file, rel, raw) in &folder.operations {
            let mut c = Checker {
                file,
                problems: &mut problems,
            };
            matched |= raw.product == product.code;
            if raw.product != product.code {
                match codes.get(raw.product.as_str()) {
                    Some(other) => c.err("product", format!(
                        "operation is in folder `{}` (product `{}`) but names product `{}` of folder `{other}`",
                        folder.folder, product.code, raw.product
                    )),
                    None => {
                        c.err("product", format!(
                            "unknown product `{}`; known products: {}",
                            raw.product,
                            codes.keys().copied().collect::<BTreeSet<_>>().into_iter().collect::<Vec<_>>().join(", ")
                        ));
                        orphans.push((rel, raw.product.as_str()));
                    }
                }
            }
            let Some(op) = c.operation(rel, raw) else {
                continue;
            };
            if CLIENT_METHODS.contains(&op.module.as_str()) {
                c.err("action", format!(
                    "action `{}` becomes client method `{}`, which the client uses for itself; set `rust_name`",
                    op.action, op.module
                ));
                continue;
            }
            if op.module == super::SHARED_MODULE {
                c.err("action", format!(
                    "action `{}` becomes module `{}`, which holds the product's shared enums; set `rust_name`",
                    op.action, op.module
                ));
                continue;
            }
            for suffix in ["", "Input", "Output", "Error", "Paginator"] {
                let name = format!("{}{suffix}", op.name);
                if let Some(other) = exports.insert(name.clone(), op.action.clone()) {
                    c.err("action", format!(
                        "operation `{}` exports `{name}`, as does operation `{other}`; set `rust_name`",
                        op.action
                    ));
                }
            }
            for (i, w) in op.waiters.iter().enumerate() {
                // Checked against every operation once all are known (below).
                waiter_methods.push((file, i, format!("wait_until_{}", w.name)));
                if let Some(other) = exports.insert(w.type_name.clone(), op.action.clone()) {
                    c.err(format!("waiters[{i}].name"), format!(
                        "waiter `{}` is also defined by operation `{other}`: waiter names are unique within a product",
                        w.name
                    ));
                }
            }
            if let Some(first) = actions.insert(op.action.clone(), rel.to_owned()) {
                c.err(
                    "action",
                    format!("action `{}` is already defined in {first}", op.action),
                );
            }
            if let Some(first) = op_modules.insert(op.module.clone(), op.action.clone()) {
                if first != op.action {
                    c.err(
                        "action",
                        format!(
                        "action `{}` becomes Rust module `{}`, as does `{first}`; set `rust_name`",
                        op.action, op.module
                    ),
                    );
                }
            }
            product.operations.push(op);
        }
        for (file, i, method) in waiter_methods {
            if let Some(other) = op_modules.get(&method) {
                Checker {
                    file,
                    problems: &mut problems,
                }
                .err(
                    format!("waiters[{i}].name"),
                    format!(
                        "the waiter's method `{method}` is also the method of operation `{other}`"
                    ),
                );
            }
        }
        if let (Some((file, _, _)), false, false) = (folder.product, orphans.is_empty(), matched) {
            let named: BTreeSet<&str> = orphans.iter().map(|(_, code)| *code).collect();
            let files: Vec<&str> = orphans.iter().map(|(rel, _)| *rel).collect();
            Checker {
                file,
                problems: &mut problems,
            }
            .err(
                "code",
                format!(
                    "product code `{}` does not match the product its operations name ({}) in {}; change `code` back or update the operations",
                    product.code,
                    named.into_iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", "),
                    files.join(", ")
                ),
            );
        }
        product.operations.sort_by(|a, b| a.module.cmp(&b.module));
        products.push(product);
    }
    products.sort_by(|a, b| a.module.cmp(&b.module));
    (Model { products }, problems)
}

struct Checker<'p> {
    file: usize,
    problems: &'p mut Vec<Problem>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Request,
    Response,
}

/// Type names already taken in one operation's module, with where they were defined.
type Taken = HashMap<String, String>;

impl Checker<'_> {
    fn err(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file,
            path: path.into(),
            message: message.into(),
        });
    }
}
