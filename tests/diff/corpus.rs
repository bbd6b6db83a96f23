//! The corpus of spec edits (`corpus.yaml`): reading it and applying a case to the real specs,
//! in memory.

use codegen::spec::SpecFile;
use serde_yaml::Value;
use std::path::PathBuf;
use tests::{real_specs, root};

/// One change a case expects the report to list.
#[derive(Debug)]
pub struct Expect {
    pub subject: String,
    pub detail: String,
    pub semver: String,
    pub wire: String,
}

#[derive(Debug)]
pub struct Case {
    pub name: String,
    pub doc: Value,
    pub expect: Vec<Expect>,
    /// How many documentation-only changes, when the case says.
    pub docs: Option<usize>,
    /// Why cargo-semver-checks cannot see a break the report calls breaking.
    pub blind: Option<String>,
}

fn text(v: &Value, key: &str, case: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("corpus case {case:?}: `{key}` is missing or not text"))
        .to_owned()
}

pub fn cases() -> Vec<Case> {
    let path = root().join("tests/diff/corpus.yaml");
    let doc: Value = serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let list = doc.as_sequence().expect("the corpus is a list");
    list.iter()
        .map(|c| {
            let name = text(c, "name", "?");
            let expect = c
                .get("expect")
                .and_then(Value::as_sequence)
                .unwrap_or_else(|| panic!("corpus case {name:?}: no `expect` list"))
                .iter()
                .map(|e| Expect {
                    subject: text(e, "subject", &name),
                    detail: text(e, "detail", &name),
                    semver: text(e, "semver", &name),
                    wire: text(e, "wire", &name),
                })
                .collect();
            Case {
                expect,
                docs: c.get("docs").and_then(Value::as_u64).map(|n| n as usize),
                blind: c.get("blind").and_then(Value::as_str).map(str::to_owned),
                doc: c.clone(),
                name,
            }
        })
        .collect()
}

/// The real specs with the case's edits applied; panics (naming the case) when an edit does
/// not find exactly one place to apply, so a case never silently stops testing anything.
pub fn apply(case: &Case) -> Vec<SpecFile> {
    let name = &case.name;
    let mut files = real_specs();
    if let Some(copy) = case.doc.get("copy") {
        let (from, to) = (text(copy, "from", name), text(copy, "to", name));
        let source = files
            .iter()
            .find(|f| f.rel == from)
            .unwrap_or_else(|| panic!("corpus case {name:?}: no spec {from}"))
            .clone();
        files.push(SpecFile {
            path: PathBuf::from("specs").join(&to),
            rel: to,
            text: source.text,
        });
    }
    for rel in case
        .doc
        .get("delete")
        .and_then(Value::as_sequence)
        .into_iter()
        .flatten()
    {
        let rel = rel.as_str().expect("delete lists file names");
        let before = files.len();
        files.retain(|f| f.rel != rel);
        assert_eq!(
            before,
            files.len() + 1,
            "corpus case {name:?}: no spec {rel}"
        );
    }
    for edit in case
        .doc
        .get("replace")
        .and_then(Value::as_sequence)
        .into_iter()
        .flatten()
    {
        let (rel, find, with) = (
            text(edit, "file", name),
            text(edit, "find", name),
            text(edit, "with", name),
        );
        let f = files
            .iter_mut()
            .find(|f| f.rel == rel)
            .unwrap_or_else(|| panic!("corpus case {name:?}: no spec {rel}"));
        assert_eq!(
            f.text.matches(&find).count(),
            1,
            "corpus case {name:?}: {rel} must hold {find:?} exactly once"
        );
        f.text = f.text.replacen(&find, &with, 1);
    }
    files
}

/// Writes a spec set below `dir` (replacing it), for the command line and the generator.
pub fn write(files: &[SpecFile], dir: &std::path::Path) {
    let _ = std::fs::remove_dir_all(dir);
    for f in files {
        let path = dir.join(&f.rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &f.text).unwrap();
    }
}
