//! A scratch copy of the generated crate holding code a test generated, built the way CI
//! builds the real one (warnings denied), with the workspace's build of the dependencies.

use crate::root;
use std::path::{Path, PathBuf};

/// `target/scratch/<name>`: the generated crate's manifest (with the runtime's path and the
/// workspace inheritance spelled out) and hand-written files, and `out` written by the
/// generator's own writer.
pub fn generated_crate(name: &str, out: &codegen::emit::Output) -> PathBuf {
    let dir = root().join("target").join("scratch").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = std::fs::read_to_string(root().join("generated/Cargo.toml"))
        .unwrap()
        .replace(
            "path = \"../runtime\"",
            &format!("path = {:?}", root().join("runtime").display().to_string()),
        )
        .replace("edition.workspace = true", "edition = \"2021\"")
        .replace("rust-version.workspace = true", "")
        .replace("license.workspace = true", "")
        .replace("serde.workspace = true", "serde = \"1\"")
        .replace("serde_json.workspace = true", "serde_json = \"1\"")
        + "\n[workspace]\n";
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    // Every file directly in src/ (the generator owns src/products/).
    for entry in std::fs::read_dir(root().join("generated/src")).unwrap() {
        let from = entry.unwrap().path();
        if from.is_file() {
            std::fs::copy(&from, dir.join("src").join(from.file_name().unwrap())).unwrap();
        }
    }
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    codegen::output::write(&dir, out).unwrap();
    dir
}

/// Builds the crate in `dir` with warnings denied (`check`: type-checks only, which is what
/// many cases need and costs a fraction); on failure returns cargo's messages.
pub fn build(dir: &Path, check: bool) -> Result<(), String> {
    let mut args = vec!["rustc", "--offline", "--quiet", "--lib"];
    if check {
        args.push("--profile=check");
    }
    // `rustc -- -D warnings` applies to this crate only, so the dependencies' builds are shared.
    args.extend(["--", "-D", "warnings"]);
    let out = std::process::Command::new(env!("CARGO"))
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", root().join("target"))
        .output()
        .unwrap();
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}
