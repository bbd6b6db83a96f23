//! `codegen diff` as CI runs it: exit codes of `--fail-on`, the JSON on standard output, the
//! errors for bad input, and nothing written anywhere.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn codegen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codegen"))
        .current_dir(root())
        .args(args)
        .output()
        .unwrap()
}

/// A copy of specs/ in `target/`, with `from` replaced by `to` in `rel`.
fn edited_copy(name: &str, rel: &str, from: &str, to: &str) -> PathBuf {
    let dir = root().join("target/diff-cli").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    for product in std::fs::read_dir(root().join("specs")).unwrap() {
        let product = product.unwrap().path();
        if !product.is_dir() {
            continue;
        }
        let into = dir.join(product.file_name().unwrap());
        std::fs::create_dir_all(&into).unwrap();
        for f in std::fs::read_dir(&product).unwrap() {
            let f = f.unwrap().path();
            std::fs::copy(&f, into.join(f.file_name().unwrap())).unwrap();
        }
    }
    let path = dir.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    dir
}

/// Every file below `dir` with its length and modification time.
fn listing(dir: &Path) -> Vec<(PathBuf, u64, std::time::SystemTime)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let m = std::fs::metadata(&p).unwrap();
                out.push((p, m.len(), m.modified().unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn fail_on_sets_the_exit_code_and_json_reports_the_verdicts() {
    let specs = edited_copy(
        "removed",
        "rds/CancelImport.yaml",
        "  - name: ResourceGroupId\n",
        "  - name: ResourceGroupGone\n",
    );
    let specs = specs.to_str().unwrap();
    let before = (listing(&root().join("specs")), listing(Path::new(specs)));
    let args = |extra: &[&str]| {
        let mut a = vec!["diff", "--specs", specs, "--base", "specs"];
        a.extend_from_slice(extra);
        codegen(&a)
    };
    let plain = args(&[]);
    assert!(plain.status.success(), "{plain:?}");
    let text = String::from_utf8_lossy(&plain.stdout);
    assert!(
        text.contains("semver: breaking (1 breaking, 1 addition, 0 other)"),
        "{text}"
    );
    assert!(text.contains("next version 0.2.0 (from 0.1.0)"), "{text}");
    for gate in ["breaking", "wire"] {
        let out = args(&["--fail-on", gate]);
        assert_eq!(out.status.code(), Some(1), "--fail-on {gate}: {out:?}");
    }
    let json = args(&["--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["semver"], "breaking");
    assert_eq!(v["counts"]["breaking"], 1);
    let removed = &v["changes"][0];
    assert_eq!(removed["subject"], "parameter `ResourceGroupId`");
    assert_eq!(removed["in"], "base");
    assert!(removed["line"].as_u64().unwrap() > 1);
    // A report, nothing else: neither spec folder changed.
    assert_eq!(
        before,
        (listing(&root().join("specs")), listing(Path::new(specs)))
    );
}

#[test]
fn an_addition_passes_the_breaking_gate_and_a_required_flag_fails_the_wire_gate() {
    let specs = edited_copy(
        "required",
        "rds/CancelImport.yaml",
        "  - name: ResourceGroupId\n    type: string\n",
        "  - name: ResourceGroupId\n    type: string\n    required: true\n",
    );
    let specs = specs.to_str().unwrap();
    let run = |gate: &str| {
        codegen(&[
            "diff",
            "--specs",
            specs,
            "--base",
            "specs",
            "--fail-on",
            gate,
        ])
        .status
        .code()
    };
    assert_eq!(run("breaking"), Some(0));
    assert_eq!(run("wire"), Some(1));
    let log = codegen(&[
        "diff",
        "--specs",
        specs,
        "--base",
        "specs",
        "--format",
        "changelog",
    ]);
    let log = String::from_utf8_lossy(&log.stdout);
    assert!(
        log.contains("- Breaking on the wire: Rds CancelImport: parameter `ResourceGroupId`: required no → yes."),
        "{log}"
    );
}

#[test]
fn bad_input_is_named_and_fails() {
    let out = codegen(&["diff", "--base", "not-a-revision-or-folder"]);
    assert_eq!(out.status.code(), Some(1));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains("`not-a-revision-or-folder` is not a revision"),
        "{e}"
    );
    let out = codegen(&["diff", "--base", "specs", "--rename", "Rds"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--rename takes OLD=NEW"));
    let bad = edited_copy(
        "invalid",
        "rds/CancelImport.yaml",
        "    type: int32\n",
        "    type: int33\n",
    );
    let out = codegen(&["diff", "--base", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains("does not validate") && e.contains("CancelImport.yaml:"),
        "{e}"
    );
    assert!(out.stdout.is_empty(), "no report on bad input");
}
