//! What a user's build compiles: the crates people depend on (the client, its runtime, the
//! emulator and the spec reader under it) hold no procedural macro in their dependency trees,
//! so no `syn`, `quote` or `prettyplease` either. A proc-macro is a build of its own that
//! everything using serde (or clap, or tokio) waits for; the generator alone may have them.

use std::process::Command;
use tests::root;

/// Crates a user's `Cargo.toml` names, and what must never appear in their normal and build
/// dependencies.
const LIBRARIES: &[&str] = &[
    "alicloud-migration",
    "alicloud-migration-runtime",
    "emulator",
    "spec-model",
];
const BANNED: &[&str] = &["syn", "quote", "proc-macro2", "prettyplease"];

/// `cargo tree` of one package, one `name vX.Y.Z [(proc-macro)]` per line. Offline: the lock
/// file and the build that runs this test have fetched everything already.
fn tree(package: &str) -> String {
    let out = Command::new(env!("CARGO"))
        .current_dir(root())
        .args([
            "tree",
            "--offline",
            "--prefix",
            "none",
            "-e",
            "normal,build",
            "-p",
        ])
        .arg(package)
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo tree -p {package}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn the_libraries_build_no_procedural_macro() {
    for package in LIBRARIES {
        let tree = tree(package);
        assert!(
            tree.lines().any(|l| l.starts_with("serde ")),
            "{package}: cargo tree printed no serde, so this check reads the wrong output:\n{tree}"
        );
        let found: Vec<&str> = tree
            .lines()
            .filter(|l| {
                l.contains("(proc-macro)")
                    || BANNED.contains(&l.split(' ').next().unwrap_or_default())
            })
            .collect();
        assert!(
            found.is_empty(),
            "`cargo tree -p {package} -e normal,build` holds {found:?}; \
             write the impl by hand (spec_model::record! for plain structs)"
        );
    }
}

#[test]
fn the_generator_is_where_the_macros_are() {
    // The check above would pass on output it misreads; the generator is built on syn.
    let tree = tree("codegen");
    assert!(tree.lines().any(|l| l.starts_with("syn ")), "{tree}");
}
