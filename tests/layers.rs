//! The runtime's modules form layers without circles: each imports only modules below it.
//! The order is the one `runtime/src/lib.rs` documents; a new import that points upwards
//! (or a new module left out of the order) fails here, naming the file and the import.

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
    let mut modules: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
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
        let text = std::fs::read_to_string(dir.join(format!("{module}.rs"))).unwrap();
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
