//! The generated rustdoc reads as if written by hand: every public item is documented, prose
//! is plain Markdown (no backslash escapes, no HTML entities), and nothing points at files a
//! user of the crate does not have. Checked on the real generated crate and on the spec that
//! uses every feature.

use codegen::emit;
use codegen::model::load;
use codegen::spec::read_dir;
use tests::root;

/// Every generated file: the checked-in crate's and the kitchen sink's.
fn generated_files() -> Vec<(String, String)> {
    let real = std::fs::read_dir(root().join("generated/src/products"))
        .unwrap()
        .flat_map(|e| {
            let p = e.unwrap().path();
            if p.is_dir() {
                std::fs::read_dir(p)
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .collect()
            } else {
                vec![p]
            }
        })
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        });
    let files = read_dir(&root().join("tests/fixtures/kitchen-sink")).unwrap();
    let model = load(&files).unwrap();
    let sink = emit::generate(&model, "specs")
        .unwrap()
        .files
        .into_iter()
        .map(|f| (format!("kitchen sink {}", f.path), f.text));
    real.chain(sink).collect()
}

fn docs(attrs: &[syn::Attribute]) -> Option<String> {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

fn public(v: &syn::Visibility) -> bool {
    matches!(v, syn::Visibility::Public(_))
}

/// Every public item, field, variant and method: its name, and its docs if any.
fn items(file: &syn::File) -> Vec<(String, Option<String>)> {
    let mut out = vec![("the module".to_owned(), docs(&file.attrs))];
    for item in &file.items {
        match item {
            syn::Item::Struct(s) if public(&s.vis) => {
                out.push((s.ident.to_string(), docs(&s.attrs)));
                for f in s.fields.iter().filter(|f| public(&f.vis)) {
                    let name = f.ident.as_ref().map_or("a field".into(), |i| i.to_string());
                    out.push((format!("{}.{name}", s.ident), docs(&f.attrs)));
                }
            }
            syn::Item::Enum(e) if public(&e.vis) => {
                out.push((e.ident.to_string(), docs(&e.attrs)));
                for v in &e.variants {
                    out.push((format!("{}::{}", e.ident, v.ident), docs(&v.attrs)));
                }
            }
            syn::Item::Type(t) if public(&t.vis) => out.push((t.ident.to_string(), docs(&t.attrs))),
            syn::Item::Const(c) if public(&c.vis) => {
                out.push((c.ident.to_string(), docs(&c.attrs)))
            }
            syn::Item::Fn(f) if public(&f.vis) => {
                out.push((f.sig.ident.to_string(), docs(&f.attrs)))
            }
            // Inherent impls: their public methods and constants. Trait impls carry the
            // trait's docs.
            syn::Item::Impl(i) if i.trait_.is_none() => {
                for it in &i.items {
                    match it {
                        syn::ImplItem::Fn(f) if public(&f.vis) => {
                            out.push((format!("method {}", f.sig.ident), docs(&f.attrs)))
                        }
                        syn::ImplItem::Const(c) if public(&c.vis) => {
                            out.push((format!("const {}", c.ident), docs(&c.attrs)))
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn every_public_item_is_documented() {
    let mut missing = Vec::new();
    let mut checked = 0;
    for (path, text) in generated_files() {
        let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        for (name, doc) in items(&file) {
            checked += 1;
            if doc.is_none_or(|d| d.trim().is_empty()) {
                missing.push(format!("{path}: {name}"));
            }
        }
    }
    assert!(
        checked > 300,
        "only {checked} items seen: is the walk broken?"
    );
    assert!(missing.is_empty(), "undocumented:\n{}", missing.join("\n"));
}

#[test]
fn docs_are_plain_markdown_about_this_crate() {
    // What a hand-written doc never holds: Markdown escapes where a code span reads better,
    // HTML entities where the character renders, and references to the project's own files.
    let forbidden = [
        "\\`", "\\[", "\\]", "\\*", "\\<", "&lt;", "&gt;", "&amp;", ".md", "shared/",
    ];
    let mut bad = Vec::new();
    let mut checked = 0;
    for (path, text) in generated_files() {
        for (n, line) in text.lines().enumerate() {
            let Some(doc) = line.trim_start().strip_prefix("//") else {
                continue;
            };
            if !(doc.starts_with('/') || doc.starts_with('!')) {
                continue;
            }
            checked += 1;
            let prose = outside_code_spans(doc);
            for f in forbidden {
                if prose.contains(f) {
                    bad.push(format!("{path}:{}: {f:?} in {line}", n + 1));
                }
            }
            // A link's target is a path or URL: a backtick in it means the generator's own
            // Markdown went through the escaping meant for spec prose.
            for (at, _) in doc.match_indices("](") {
                let target = doc[at + 2..].split(')').next().unwrap_or_default();
                if target.contains('`') {
                    bad.push(format!("{path}:{}: mangled link in {line}", n + 1));
                }
            }
        }
    }
    assert!(checked > 500, "only {checked} doc lines seen");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// `line` without its code spans (a run of backticks to the next run of the same length, as
/// CommonMark reads them): inside one a backslash is itself, not an escape.
fn outside_code_spans(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find('`') {
        out.push_str(&rest[..start]);
        let run = rest[start..].len() - rest[start..].trim_start_matches('`').len();
        let body = &rest[start + run..];
        let close = body.match_indices(&"`".repeat(run)).find(|&(at, _)| {
            !body[at + run..].starts_with('`') && (at == 0 || !body[..at].ends_with('`'))
        });
        match close {
            Some((at, _)) => rest = &body[at + run..],
            None => {
                out.push_str(&rest[start..start + run]);
                rest = body;
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn code_spans_are_set_aside_as_commonmark_reads_them() {
    assert_eq!(outside_code_spans(r"a `\` b \[ c"), r"a  b \[ c");
    assert_eq!(outside_code_spans("x ``a`b`` y `z"), "x  y `z");
    assert_eq!(outside_code_spans(r"\` alone"), r"\` alone");
}
