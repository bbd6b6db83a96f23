//! No circles in the house. The runtime's modules form layers: each imports only modules below
//! it, in the order `runtime/src/lib.rs` documents; a new import that points upwards (or a new
//! module left out of the order) fails here, naming the file and the import. In every crate,
//! no two modules of one folder use each other, directly or round a longer circle.

use tests::root;

/// Bottom to top. A module may use only those before it.
const ORDER: &[&str] = &[
    // plain data
    "meta",
    "value",
    "json",
    "enums",
    // pure protocol functions
    "sign",
    "verify",
    "random",
    // rules, requests, errors
    "validate",
    "request",
    "error",
    // one HTTP exchange, knowing nothing of the settings
    "transport",
    // settings
    "credentials",
    "config",
    // reading an answer
    "response",
    // the call path
    "client",
    "operation",
    // polling
    "wait",
];

/// The runtime modules `text` refers to through `crate::`.
fn imports(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
            // `use crate::{a, b::C};`: the first segment of each entry.
            let group = &group[..group.find('}').unwrap_or(group.len())];
            group.split(',').map(|e| e.trim()).collect()
        } else {
            vec![rest]
        };
        for n in names {
            let name: String = n
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.push(name);
            }
        }
    }
    found
}

#[test]
fn runtime_modules_import_only_the_layers_below() {
    let dir = root().join("runtime/src");
    // A module is a file, or a folder with a `mod.rs` (its text: every file in it).
    let text_of = |module: &str| -> String {
        let folder = dir.join(module);
        if folder.is_dir() {
            let mut files: Vec<_> = std::fs::read_dir(&folder)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            files
                .iter()
                .map(|f| std::fs::read_to_string(f).unwrap())
                .collect()
        } else {
            std::fs::read_to_string(dir.join(format!("{module}.rs"))).unwrap()
        }
    };
    let mut modules: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs") || p.join("mod.rs").is_file())
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .filter(|m| m != "lib")
        .collect();
    modules.sort();
    let mut ordered: Vec<String> = ORDER.iter().map(|s| s.to_string()).collect();
    ordered.sort();
    assert_eq!(
        modules, ordered,
        "every runtime module has a place in ORDER"
    );

    let mut upward = Vec::new();
    let mut edges = 0;
    for (rank, module) in ORDER.iter().enumerate() {
        let text = text_of(module);
        for target in imports(&text) {
            // Items re-exported at the crate root are named by their module in the source.
            let Some(target_rank) = ORDER.iter().position(|m| *m == target) else {
                upward.push(format!("{module}.rs uses crate::{target}, not a module"));
                continue;
            };
            edges += 1;
            if target_rank >= rank && target != *module {
                upward.push(format!(
                    "{module}.rs imports {target}, which is not below it"
                ));
            }
        }
    }
    assert!(edges > 20, "only {edges} imports seen: is the scan broken?");
    assert!(upward.is_empty(), "{}", upward.join("\n"));
}

#[test]
fn the_scan_sees_grouped_and_inline_imports() {
    let text = "use crate::{random, sign::hex};\nlet x = crate::error::Error::X;";
    assert_eq!(imports(text), ["random", "sign", "error"]);
}

/// A crate's modules by path (`emit::types`), each with the text of its file.
fn crate_modules(src: &std::path::Path) -> Vec<(Vec<String>, String)> {
    fn walk(dir: &std::path::Path, prefix: &[String], out: &mut Vec<(Vec<String>, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                let mut p = prefix.to_vec();
                p.push(name);
                walk(&path, &p, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let mut p = prefix.to_vec();
                if !matches!(name.as_str(), "mod" | "lib" | "main") {
                    p.push(name);
                }
                out.push((p, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(src, &[], &mut out);
    out
}

/// The modules `text` (the file of module `me`) names through `crate::` and `super::` paths,
/// outside comments, as absolute module paths (as long as the path names modules).
fn references(me: &[String], text: &str, modules: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for start in ["crate::", "super::"] {
            for (i, _) in line.match_indices(start) {
                if line[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
                    continue;
                }
                let mut base: Vec<String> = if start == "crate::" {
                    Vec::new()
                } else {
                    me[..me.len().saturating_sub(1)].to_vec()
                };
                let mut rest = &line[i + start.len()..];
                // `super::super::x`
                while let Some(r) = rest.strip_prefix("super::") {
                    base.pop();
                    rest = r;
                }
                let groups: Vec<&str> = match rest.strip_prefix('{') {
                    Some(g) => g[..g.find('}').unwrap_or(g.len())].split(',').collect(),
                    None => vec![rest],
                };
                for g in groups {
                    let mut path = base.clone();
                    for seg in g.trim().split("::") {
                        let seg: String = seg
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                            .collect();
                        path.push(seg);
                        if !modules.contains(&path) {
                            path.pop();
                            break;
                        }
                    }
                    found.push(path);
                }
            }
        }
    }
    found
}

/// Sibling modules whose uses form a circle: for each use between two modules neither of
/// which contains the other, an edge between their ancestors that are siblings.
fn circles(src: &std::path::Path) -> (Vec<String>, usize) {
    let files = crate_modules(src);
    let modules: Vec<Vec<String>> = files.iter().map(|(m, _)| m.clone()).collect();
    let mut edges = std::collections::BTreeSet::new();
    for (me, text) in &files {
        for to in references(me, text, &modules) {
            let common = me.iter().zip(&to).take_while(|(a, b)| a == b).count();
            if common < me.len() && common < to.len() {
                edges.insert((me[..=common].join("::"), to[..=common].join("::")));
            }
        }
    }
    let mut found: Vec<String> = Vec::new();
    for (a, b) in &edges {
        // A circle through a and b: b reaches a.
        let mut seen = std::collections::BTreeSet::new();
        let mut todo = vec![b.clone()];
        let mut path_back = false;
        while let Some(n) = todo.pop() {
            if n == *a {
                path_back = true;
                break;
            }
            if seen.insert(n.clone()) {
                todo.extend(
                    edges
                        .iter()
                        .filter(|(x, _)| *x == n)
                        .map(|(_, y)| y.clone()),
                );
            }
        }
        if path_back {
            found.push(format!("{a} -> {b} -> ... -> {a}"));
        }
    }
    (found, edges.len())
}

#[test]
fn no_crate_has_modules_that_use_each_other_in_a_circle() {
    for krate in ["spec-model", "codegen", "emulator", "runtime", "generated"] {
        let (found, edges) = circles(&root().join(krate).join("src"));
        assert!(
            edges > 5,
            "{krate}: only {edges} uses between modules seen: is the scan broken?"
        );
        assert!(found.is_empty(), "{krate}:\n{}", found.join("\n"));
    }
}

#[test]
fn the_circle_scan_resolves_super_and_crate_paths() {
    let modules: Vec<Vec<String>> = [&["emit"][..], &["emit", "a"], &["emit", "b"], &["model"]]
        .iter()
        .map(|m| m.iter().map(|s| s.to_string()).collect())
        .collect();
    let me = &modules[1];
    let text = "use super::b::{X, Y};\nuse crate::model::Thing;\n// use super::c;\nlet z = super::super::model::f();";
    let got = references(me, text, &modules);
    let names: Vec<String> = got.iter().map(|p| p.join("::")).collect();
    assert_eq!(names, ["emit::b", "model", "model"]);
}
