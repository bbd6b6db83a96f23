//! The semver verdict checked against cargo-semver-checks, case by case: the crate generated
//! from the real specs is the baseline, the crate generated from each corpus case the
//! release; cargo-semver-checks must fail exactly on the cases the report calls breaking,
//! unless the case says why it cannot see the break (`blind`). Ignored by default (it needs
//! cargo-semver-checks installed and takes minutes); the README gives the command:
//!
//! ```sh
//! cargo install cargo-semver-checks --locked
//! cargo test -p tests --test diff -- --ignored --nocapture semver_checks
//! ```
//!
//! Both crates are given version 1.0.0 and checked as a minor release, so only the changes
//! cargo-semver-checks counts as major fail it.

use super::corpus;
use std::path::Path;
use std::process::Command;
use tests::{root, scratch};

fn generated(name: &str, specs: &Path) -> std::path::PathBuf {
    let out =
        codegen::output::generate(specs).unwrap_or_else(|d| panic!("{}: {d}", specs.display()));
    let dir = scratch::generated_crate(name, &out);
    let manifest = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(
        &manifest,
        text.replacen("version = \"0.1.0\"", "version = \"1.0.0\"", 1),
    )
    .unwrap();
    dir
}

/// Whether cargo-semver-checks finds a major change from `base` to `release`, and its output.
fn semver_checks(base: &Path, release: &Path) -> (bool, String) {
    let out = Command::new(env!("CARGO"))
        .args(["semver-checks", "check-release", "--release-type", "minor"])
        .arg("--manifest-path")
        .arg(release.join("Cargo.toml"))
        .arg("--baseline-root")
        .arg(base)
        .env("CARGO_TARGET_DIR", root().join("target/semver-checks"))
        .output()
        .expect("cargo runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() || text.contains("--- failure "),
        "cargo-semver-checks did not run (install it: cargo install cargo-semver-checks --locked):\n{text}"
    );
    (!out.status.success(), text)
}

#[test]
#[ignore = "needs cargo-semver-checks; minutes (see the module's doc)"]
fn semver_checks_agrees_with_every_corpus_case() {
    let work = root().join("target/diff-semver");
    let base = generated("semver-base", &root().join("specs"));
    let mut rows = Vec::new();
    let mut disagreements = Vec::new();
    for case in corpus::cases() {
        let specs = work.join("specs");
        corpus::write(&corpus::apply(&case), &specs);
        let release = generated("semver-release", &specs);
        let ours = case.expect.iter().any(|e| e.semver == "breaking");
        let (theirs, output) = semver_checks(&base, &release);
        let lints: Vec<&str> = output
            .lines()
            .filter_map(|l| l.trim().strip_prefix("--- failure "))
            .map(|l| l.split(':').next().unwrap_or(l))
            .collect();
        let verdict = match (ours, theirs, &case.blind) {
            (a, b, None) if a == b => "agree".to_owned(),
            (true, false, Some(why)) => format!("blind: {why}"),
            (_, _, Some(_)) => {
                disagreements.push(format!(
                    "{}: marked blind, but semver-checks agrees",
                    case.name
                ));
                "blind no more".to_owned()
            }
            _ => {
                disagreements.push(format!(
                    "{}: the report says {}, cargo-semver-checks {}:\n{output}",
                    case.name,
                    if ours { "breaking" } else { "not breaking" },
                    if theirs { "breaking" } else { "not breaking" }
                ));
                "DISAGREE".to_owned()
            }
        };
        rows.push(format!(
            "| {} | {} | {} | {} |",
            case.name,
            if ours { "breaking" } else { "not breaking" },
            if theirs {
                format!("breaking ({})", lints.join(", "))
            } else {
                "not breaking".to_owned()
            },
            verdict
        ));
        eprintln!("{}", rows.last().unwrap());
    }
    let table = format!(
        "| case | codegen diff | cargo-semver-checks | |\n|---|---|---|---|\n{}\n",
        rows.join("\n")
    );
    std::fs::write(work.join("semver-checks.md"), &table).unwrap();
    println!("{table}");
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n\n"));
}
