//! The report as text (a terminal), Markdown (a pull request), JSON (tools) or a "Changed"
//! section for CHANGELOG.md.

use super::{Change, Report, Semver, Side, Wire};
use serde_json::json;
use std::collections::BTreeMap;
use std::fmt::Write;

/// What the report is about, for its heading.
pub struct Context<'a> {
    /// "specs/ against revision HEAD".
    pub title: &'a str,
    /// The crate's current version, when known.
    pub version: Option<&'a str>,
    /// List documentation-only changes one by one.
    pub docs: bool,
}

/// The version after `current` for changes of `semver` (Cargo's rules: below 1.0 the minor
/// number is the breaking one).
pub fn next_version(current: &str, semver: Semver) -> Option<String> {
    let mut parts = current
        .split('-')
        .next()?
        .split('.')
        .map(|p| p.parse::<u64>());
    let (major, minor, patch) = match (parts.next(), parts.next(), parts.next()) {
        (Some(Ok(a)), Some(Ok(b)), Some(Ok(c))) => (a, b, c),
        _ => return None,
    };
    Some(match (major, semver) {
        (0, Semver::Major) => format!("0.{}.0", minor + 1),
        (0, _) => format!("0.{minor}.{}", patch + 1),
        (_, Semver::Major) => format!("{}.0.0", major + 1),
        (_, Semver::Minor) => format!("{major}.{}.0", minor + 1),
        (_, Semver::Patch) => format!("{major}.{minor}.{}", patch + 1),
    })
}

fn location(c: &Change) -> String {
    let side = if c.side == Side::Base { " (base)" } else { "" };
    match c.line {
        Some(l) => format!("{}:{l}{side}", c.file),
        None => format!("{}{side}", c.file),
    }
}

fn scope(c: &Change) -> String {
    match &c.operation {
        Some(op) => format!("{} {op}", c.product),
        None => c.product.clone(),
    }
}

/// "1 change", "2 changes".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The summary lines every format starts from.
fn summary(r: &Report, cx: &Context<'_>) -> Vec<String> {
    let semver = r.semver();
    let next = match cx.version {
        Some(v) if r.changes.is_empty() => format!("; the version stays {v}"),
        Some(v) => next_version(v, semver)
            .map(|n| format!("; next version {n} (from {v})"))
            .unwrap_or_default(),
        None => String::new(),
    };
    let wire = match r.wire_breaking() {
        1 => "1 change breaks programs built before".to_owned(),
        n => format!("{n} changes break programs built before"),
    };
    vec![
        format!(
            "semver: {} ({} breaking, {}, {} other){next}",
            semver.as_str(),
            r.count(Semver::Major),
            count(r.count(Semver::Minor), "addition"),
            r.count(Semver::Patch)
        ),
        format!("wire: {} ({wire})", r.wire().as_str()),
        format!(
            "documentation: {}{}",
            count(r.docs_only(), "change"),
            if cx.docs || r.docs_only() == 0 {
                ""
            } else {
                " (--docs lists them)"
            }
        ),
    ]
}

fn shown<'r>(r: &'r Report, cx: &Context<'_>) -> impl Iterator<Item = &'r Change> {
    let docs = cx.docs;
    r.changes.iter().filter(move |c| docs || !c.docs_only)
}

pub fn text(r: &Report, cx: &Context<'_>) -> String {
    let mut out = format!("codegen diff: {}\n", cx.title);
    for line in summary(r, cx) {
        let _ = writeln!(out, "{line}");
    }
    for c in shown(r, cx) {
        let _ = writeln!(
            out,
            "\n{:<9} wire {:<10} {}: {}: {}\n          at {}",
            c.semver.as_str(),
            c.wire.as_str(),
            scope(c),
            c.subject,
            c.detail,
            location(c)
        );
        if let Some(why) = &c.why {
            let _ = writeln!(out, "          {why}");
        }
    }
    out
}

/// An operation (`None`: the product itself) and its changes.
type OperationGroup<'r> = (Option<&'r str>, Vec<&'r Change>);

pub fn markdown(r: &Report, cx: &Context<'_>) -> String {
    let mut out = format!("## Spec changes: {}\n\n", cx.title);
    for line in summary(r, cx) {
        let _ = writeln!(out, "- {line}");
    }
    // Product → operation (None: the product itself) → changes; groups with the strongest
    // changes first.
    let mut groups: BTreeMap<(&str, Option<&str>), Vec<&Change>> = BTreeMap::new();
    for c in shown(r, cx) {
        groups
            .entry((&c.product, c.operation.as_deref()))
            .or_default()
            .push(c);
    }
    let strongest = |cs: &[&Change]| {
        cs.iter()
            .map(|c| (c.semver, c.wire))
            .max()
            .unwrap_or((Semver::Patch, Wire::Compatible))
    };
    let mut products: BTreeMap<&str, Vec<OperationGroup<'_>>> = BTreeMap::new();
    for ((product, op), cs) in groups {
        products.entry(product).or_default().push((op, cs));
    }
    let mut products: Vec<_> = products.into_iter().collect();
    let product_strength =
        |ops: &[OperationGroup<'_>]| ops.iter().map(|(_, cs)| strongest(cs)).max();
    products.sort_by(|a, b| {
        product_strength(&b.1)
            .cmp(&product_strength(&a.1))
            .then(a.0.cmp(b.0))
    });
    for (product, mut ops) in products {
        let _ = write!(out, "\n### {product}\n");
        ops.sort_by(|a, b| strongest(&b.1).cmp(&strongest(&a.1)).then(a.0.cmp(&b.0)));
        for (op, cs) in ops {
            let _ = write!(
                out,
                "\n#### {}\n\n",
                op.map_or("the product".to_owned(), |o| format!("`{o}`"))
            );
            for c in cs {
                let why = c
                    .why
                    .as_ref()
                    .map(|w| format!(" ({w})"))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "- **{}**, wire {}: {}: {}{why}. `{}`",
                    c.semver.as_str(),
                    c.wire.as_str(),
                    c.subject,
                    c.detail,
                    location(c)
                );
            }
        }
    }
    out
}

pub fn json(r: &Report, cx: &Context<'_>) -> String {
    let changes: Vec<_> = shown(r, cx)
        .map(|c| {
            json!({
                "product": c.product,
                "operation": c.operation,
                "subject": c.subject,
                "detail": c.detail,
                "semver": c.semver.as_str(),
                "wire": c.wire.as_str(),
                "why": c.why,
                "docs_only": c.docs_only,
                "file": c.file,
                "line": c.line,
                "in": if c.side == Side::Base { "base" } else { "head" },
            })
        })
        .collect();
    let semver = r.semver();
    let v = json!({
        "title": cx.title,
        "semver": semver.as_str(),
        "wire": r.wire().as_str(),
        "version": cx.version,
        "next_version": cx.version.and_then(|v| {
            if r.changes.is_empty() {
                Some(v.to_owned())
            } else {
                next_version(v, semver)
            }
        }),
        "counts": {
            "breaking": r.count(Semver::Major),
            "additions": r.count(Semver::Minor),
            "others": r.count(Semver::Patch),
            "wire_breaking": r.wire_breaking(),
            "docs_only": r.docs_only(),
        },
        "changes": changes,
    });
    let mut text = serde_json::to_string_pretty(&v).unwrap_or_default();
    text.push('\n');
    text
}

/// A "Changed" section for CHANGELOG.md: breaking changes first, each saying whether it also
/// breaks programs on the wire; documentation changes counted in one line.
pub fn changelog(r: &Report, _cx: &Context<'_>) -> String {
    let mut out = String::from("### Changed\n\n");
    for c in r.listed() {
        let label = match (c.semver, c.wire) {
            (Semver::Major, Wire::Breaking) => "Breaking (code and wire)",
            (Semver::Major, Wire::Compatible) => "Breaking",
            (_, Wire::Breaking) => "Breaking on the wire",
            (Semver::Minor, _) => "Added",
            (Semver::Patch, _) => "Changed",
        };
        let _ = writeln!(out, "- {label}: {}: {}: {}.", scope(c), c.subject, c.detail);
    }
    if r.docs_only() > 0 {
        let _ = writeln!(out, "- Documentation: {} changes.", r.docs_only());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_versions_follow_cargo() {
        assert_eq!(next_version("0.1.0", Semver::Major).unwrap(), "0.2.0");
        assert_eq!(next_version("0.1.3", Semver::Minor).unwrap(), "0.1.4");
        assert_eq!(next_version("1.2.3", Semver::Major).unwrap(), "2.0.0");
        assert_eq!(next_version("1.2.3", Semver::Minor).unwrap(), "1.3.0");
        assert_eq!(next_version("1.2.3", Semver::Patch).unwrap(), "1.2.4");
        assert_eq!(next_version("x", Semver::Patch), None);
    }
}
