//! Spec files to the model: parse them (`spec`), group them by product folder, validate them
//! (`validate`), and locate every problem in its file.

use super::{validate, Model, ProductInput};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::spec::raw::{RawOperation, RawProduct};
use crate::spec::{self, locate, Raw, SpecFile, PRODUCT_FILE};
use crate::timings::{self, Step};
use std::collections::BTreeMap;
use std::path::Path;

/// One product folder's parsed files: (file index, relative path, contents).
type Parsed<'a> = (
    Option<(usize, &'a str, RawProduct)>,
    Vec<(usize, &'a str, RawOperation)>,
);

/// Parses and validates `files` into a model; on failure returns every problem found.
pub fn load(files: &[SpecFile]) -> Result<Model, Diagnostics> {
    let mut diagnostics = Vec::new();
    let mut products: BTreeMap<&str, Parsed<'_>> = BTreeMap::new();
    // Folders whose product.yaml is reported already: their operations are not told it is missing.
    let mut unreadable = std::collections::BTreeSet::new();
    let parsed = spec::parse_all(files);
    for ((i, f), parsed) in files.iter().enumerate().zip(parsed) {
        let Some((folder, _)) = f.rel.rsplit_once('/') else {
            diagnostics.push(Diagnostic {
                file: f.path.clone(),
                line: None,
                column: None,
                path: String::new(),
                message: "spec files belong in a product folder (specs/<product>/), not at the top"
                    .into(),
            });
            continue;
        };
        let entry = products.entry(folder).or_default();
        match parsed {
            Ok(Raw::Product(p)) => entry.0 = Some((i, f.rel.as_str(), p)),
            Ok(Raw::Operation(op)) => entry.1.push((i, f.rel.as_str(), op)),
            Err(d) => {
                if f.rel.ends_with(PRODUCT_FILE) {
                    unreadable.insert(folder);
                }
                diagnostics.push(d)
            }
        }
    }
    let inputs: Vec<ProductInput<'_>> = products
        .iter()
        .map(|(folder, (product, ops))| ProductInput {
            folder,
            product: product.as_ref().map(|(i, rel, p)| (*i, *rel, p)),
            product_unreadable: unreadable.contains(folder),
            operations: ops.iter().map(|(i, rel, op)| (*i, *rel, op)).collect(),
        })
        .collect();
    let (model, problems) = timings::time(Step::Validate, || validate(&inputs));

    // Locate each problem; a file's path index is built once, and only if it has problems.
    let mut indexes: BTreeMap<usize, locate::PathIndex> = BTreeMap::new();
    for p in problems {
        let index = indexes
            .entry(p.file)
            .or_insert_with(|| locate::PathIndex::build(&files[p.file].text));
        let pos = index.find(&p.path);
        diagnostics.push(Diagnostic {
            file: files[p.file].path.clone(),
            line: pos.map(|p| p.line),
            column: pos.map(|p| p.column),
            path: p.path,
            message: p.message,
        });
    }
    if diagnostics.is_empty() {
        Ok(model)
    } else {
        let mut d = Diagnostics(diagnostics);
        d.sort();
        Err(d)
    }
}

/// Reads, parses and validates the specs below `root`.
pub fn load_dir(root: &Path) -> Result<Model, Diagnostics> {
    let files = timings::time(Step::Read, || spec::read_dir(root))?;
    load(&files)
}
