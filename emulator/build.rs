//! Embeds the specs the emulator is built from (the repository's `specs/`, beside this crate),
//! so that it serves every operation with no folder given: `OUT_DIR/specs.rs` lists each spec
//! file's path below `specs/` and its text. A build with no `specs/` beside it embeds none.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let specs = manifest.join("../specs");
    // A directory: cargo rebuilds when any file below it changes.
    println!("cargo:rerun-if-changed={}", specs.display());
    let mut files = Vec::new();
    collect(&specs, &specs, &mut files);
    files.sort();
    let mut out =
        String::from("/// The spec files embedded at build time: path below `specs/`, text.\n");
    out.push_str("pub static EMBEDDED: &[(&str, &str)] = &[\n");
    for (rel, path) in &files {
        let _ = writeln!(
            out,
            "    ({rel:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("specs.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Every `*.yaml` one folder below `root` (the layout the spec reader takes).
fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() && dir == root {
            collect(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") && dir != root {
            let rel = path.strip_prefix(root).expect("below the root");
            let rel = rel.to_string_lossy().replace('\\', "/");
            let abs = path.canonicalize().unwrap_or(path);
            out.push((rel, abs));
        }
    }
}
