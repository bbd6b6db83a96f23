//! A clone is whole: no file of the repository (code, tests, scripts, docs, CI, specs) points
//! at a folder outside it. Everything the tests, the benches and the generator's commands read
//! lives inside (the vendor's metadata in `vendor-meta/`, the bench yardstick in
//! `benches/yardstick/`), so a clone on a machine with nothing beside it passes its own tests.

use std::path::{Component, Path, PathBuf};
use tests::root;

/// What sits beside the repository on the project's own machines, where it came from: never
/// to be named by a file a clone has.
const BESIDE: &[&str] = &[
    "shared/seeds",
    "shared/vendor-meta",
    "shared/bench",
    "shared/hooks",
    "shared/protocol.md",
    "shared/DESIGN.md",
    "shared/STYLE.md",
];

/// Every text file of the repository, build output and git's own files left out.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy();
        if path.is_dir() {
            if !matches!(name.as_ref(), "target" | ".git") {
                files(&path, out);
            }
        } else {
            out.push(path);
        }
    }
}

/// `base` joined with `rel` (a path of `..` and names), or `None` when it climbs above the
/// repository's root.
fn resolve(root: &Path, base: &Path, rel: &str) -> Option<PathBuf> {
    let mut parts: Vec<String> = base
        .strip_prefix(root)
        .unwrap()
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    for c in Path::new(rel).components() {
        match c {
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::Normal(n) => parts.push(n.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    Some(parts.iter().fold(root.to_path_buf(), |p, n| p.join(n)))
}

/// The `../` paths of `text` that lead out of the repository: those that climb above the root
/// from the file's folder, and those that lead to nothing from any folder between the file
/// and the root (a path may be relative to its crate's manifest, as
/// `env!("CARGO_MANIFEST_DIR")/../specs` is) but climb out from the root (as
/// `root().join("../x")` in a test, or `$root/../x` in a script, would).
fn outside(root: &Path, file: &Path, text: &str) -> Vec<String> {
    let folder = file.parent().unwrap();
    let ancestors: Vec<&Path> = folder
        .ancestors()
        .take_while(|a| a.starts_with(root))
        .collect();
    let mut found = Vec::new();
    for (i, _) in text.match_indices("../") {
        if text[..i].ends_with("../") {
            continue; // inside a longer chain, seen from its start
        }
        let rel: String = text[i..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || "._-/".contains(*c))
            .collect();
        let escapes = match resolve(root, folder, &rel) {
            None => true,
            Some(_) => {
                let leads_somewhere = ancestors
                    .iter()
                    .any(|a| resolve(root, a, &rel).is_some_and(|p| p.exists()));
                !leads_somewhere && resolve(root, root, &rel).is_none()
            }
        };
        if escapes {
            found.push(rel);
        }
    }
    for name in BESIDE {
        if text.contains(name) {
            found.push((*name).to_owned());
        }
    }
    found
}

#[test]
fn no_file_points_outside_the_repository() {
    let root = root();
    let mut all = Vec::new();
    files(&root, &mut all);
    let mut bad = Vec::new();
    let mut read = 0;
    // This file names outside paths on purpose, to test the scan.
    let me = root.join("tests/self_contained.rs");
    for path in all.iter().filter(|p| **p != me) {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue; // not text
        };
        read += 1;
        for rel in outside(&root, path, &text) {
            bad.push(format!(
                "{}: {rel}",
                path.strip_prefix(&root).unwrap().display()
            ));
        }
    }
    assert!(read > 200, "only {read} files read: is the walk broken?");
    assert!(
        bad.is_empty(),
        "pointing outside the repository:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_scan_tells_inside_from_outside() {
    let root = root();
    let tests = root.join("tests/x.rs");
    let found = |text: &str| outside(&root, &tests, text);
    // Inside: from the file's folder, or from a folder above it (a crate's manifest).
    assert!(found("see ../README.md and ../generated/Cargo.toml").is_empty());
    let in_crate = root.join("emulator/tests/cli.rs");
    assert!(outside(&root, &in_crate, "join(\"../specs\")").is_empty());
    // Out: climbing above the root, or leading nowhere and climbing out from the root.
    assert_eq!(found("path = \"../../elsewhere\""), ["../../elsewhere"]);
    assert_eq!(found("root().join(\"../beside/x\")"), ["../beside/x"]);
    assert_eq!(found("read shared/seeds/000.txt"), ["shared/seeds"]);
}
