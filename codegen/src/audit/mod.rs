//! `codegen audit`: every spec against the vendor's machine-readable metadata. Reports each
//! difference (missing or unknown parameters, letter case, placement, type, required flag,
//! enum values, endpoints) at its spec file and line, unless the spec accepts it with an
//! `audit:` entry that says why; an entry that matches nothing is reported too, so accepted
//! differences cannot outlive the difference.

pub mod compare;
pub mod meta;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::Accepted;
use crate::spec::{locate::PathIndex, SpecFile};
use compare::Finding;
use std::path::Path;

/// What an audit found.
#[derive(Debug)]
pub struct Report {
    pub operations: usize,
    /// Differences the specs accept, with their reasons.
    pub explained: usize,
    /// Differences no entry explains, and entries that explain nothing, located.
    pub problems: Diagnostics,
}

/// Audits the specs in `files` against the metadata in `meta_dir`. Specs that do not load
/// are reported as they are by `validate`; unreadable metadata is an error naming the file.
pub fn audit(files: &[SpecFile], meta_dir: &Path) -> Result<Report, Diagnostics> {
    let model = crate::model::load(files)?;
    let meta_error = |message: String| {
        Diagnostics(vec![Diagnostic {
            file: meta_dir.to_owned(),
            line: None,
            column: None,
            path: String::new(),
            message,
        }])
    };
    let mut report = Report {
        operations: 0,
        explained: 0,
        problems: Diagnostics(Vec::new()),
    };
    for product in &model.products {
        let meta = meta::ProductMeta::load(meta_dir, &product.code, &product.version)
            .map_err(meta_error)?;
        let source = meta.api_docs_name.clone().unwrap_or_default();
        let findings = compare::endpoints(product, &meta.endpoints, &source);
        settle(
            files,
            &product.source,
            findings,
            &product.audit,
            &[],
            &mut report,
        );
        for op in &product.operations {
            report.operations += 1;
            let m = meta.operation(&op.action).map_err(meta_error)?;
            let findings = compare::operation(op, m.as_ref());
            settle(
                files,
                &op.source,
                findings,
                &op.audit,
                &product.audit,
                &mut report,
            );
        }
    }
    report.problems.sort();
    Ok(report)
}

/// Matches `findings` with the file's `accepted` entries (and the product-wide ones in
/// `inherited`); records the rest, and the file's entries that matched nothing, as problems.
fn settle(
    files: &[SpecFile],
    rel: &str,
    findings: Vec<Finding>,
    accepted: &[Accepted],
    inherited: &[Accepted],
    report: &mut Report,
) {
    let Some(file) = files.iter().find(|f| f.rel == rel) else {
        return;
    };
    let index = PathIndex::build(&file.text);
    let mut push = |path: String, message: String| {
        let pos = index.find(&path);
        report.problems.0.push(Diagnostic {
            file: file.path.clone(),
            line: pos.map(|p| p.line),
            column: pos.map(|p| p.column),
            path,
            message,
        });
    };
    let mut used = vec![false; accepted.len()];
    for f in findings {
        let own = accepted
            .iter()
            .position(|a| a.kind == f.kind && a.subject == f.subject);
        if let Some(i) = own {
            used[i] = true;
            report.explained += 1;
        } else if inherited
            .iter()
            .any(|a| a.kind == f.kind && a.subject == f.subject)
        {
            report.explained += 1;
        } else {
            push(f.path, format!("[{}] {}", f.kind.as_str(), f.message));
        }
    }
    for (i, a) in accepted.iter().enumerate() {
        // Product-wide entries apply to every operation; they are checked by use below.
        if !used[i] && !is_product_wide(rel, a) {
            push(
                format!("audit[{i}]"),
                format!(
                    "audit entry `{}` for `{}` matches no difference from the metadata; remove it",
                    a.kind.as_str(),
                    a.subject
                ),
            );
        }
    }
}

/// Entries in a product file other than endpoint ones speak for the product's operations.
fn is_product_wide(rel: &str, a: &Accepted) -> bool {
    rel.ends_with(crate::spec::PRODUCT_FILE) && a.kind != crate::model::AuditKind::Endpoint
}
