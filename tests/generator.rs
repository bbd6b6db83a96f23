//! The generator: snapshots of everything it emits, the freshness of `generated/`, and how
//! it writes.

use codegen::emit::{self, PRODUCTS_DIR};
use codegen::model::load;
use codegen::output::{self, Written};
use codegen::spec::read_dir;
use std::path::{Path, PathBuf};
use tests::{edited, real_specs, root};

fn snapshot_all(files: &[emit::File], prefix: &str) {
    for f in files {
        let name = format!(
            "{prefix}__{}",
            f.path
                .trim_start_matches(PRODUCTS_DIR)
                .trim_start_matches('/')
                .replace('/', "__")
        );
        insta::with_settings!({ snapshot_path => root().join("tests/snapshots"), prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(name, &f.text);
        });
    }
}

#[test]
fn snapshots_of_the_real_operations() {
    let model = load(&real_specs()).unwrap_or_else(|d| panic!("{d}"));
    let out = emit::generate(&model, "specs").unwrap();
    let ops: usize = model.products.iter().map(|p| p.operations.len()).sum();
    let shared = out
        .files
        .iter()
        .filter(|f| f.path.ends_with("shared.rs"))
        .count();
    assert_eq!(out.files.len(), 1 + 3 + ops + shared);
    // The first five operations and the module files, as a representative set; every other
    // generated file is reviewed as its diff under generated/ (which `codegen check` keeps
    // fresh), rather than stored twice.
    const FIVE: &[&str] = &[
        "cancel_import.rs",
        "describe_imports_from_database.rs",
        "modify_import_task.rs",
        "modify_dts_job.rs",
        "update_di_sync_task.rs",
        "mod.rs",
    ];
    let chosen: Vec<_> = out
        .files
        .iter()
        .filter(|f| FIVE.iter().any(|n| f.path.ends_with(n)))
        .cloned()
        .collect();
    assert_eq!(chosen.len(), 5 + 1 + 3);
    snapshot_all(&chosen, "real");
}

fn kitchen_sink() -> emit::Output {
    let files = read_dir(&root().join("tests/fixtures/kitchen-sink")).unwrap();
    let model = load(&files).unwrap_or_else(|d| panic!("{d}"));
    emit::generate(&model, "kitchen-sink").unwrap()
}

#[test]
fn snapshots_of_a_spec_using_every_feature() {
    let out = kitchen_sink();
    snapshot_all(&out.files, "sink");
    insta::with_settings!({ snapshot_path => root().join("tests/snapshots"), prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!("sink__features", &out.features);
    });
}

/// Enums defined with the same values by several operations of a product are emitted once, in
/// the product's `shared` module; an enum whose values differ stays in its operation; an enum
/// with the values of another, or an object with the fields of another, is an alias of its
/// type.
#[test]
fn types_of_the_same_values_are_shared_and_different_ones_are_not() {
    let out = kitchen_sink();
    let text = |name: &str| {
        &out.files
            .iter()
            .find(|f| f.path.ends_with(name))
            .unwrap_or_else(|| panic!("no {name}"))
            .text
    };
    let shared = text("sink/shared.rs");
    for e in ["Mode", "Op", "State"] {
        assert!(
            shared.contains(&format!("pub type {e} = crate::"))
                && shared.contains(&format!("pub enum {e} {{}}")),
            "{e} is not shared:\n{shared}"
        );
    }
    assert!(!shared.contains("Weight"), "{shared}");
    assert!(text("sink/mod.rs").contains("mod shared;"));
    let list = text("sink/list_all_the_things.rs");
    assert!(list.contains("pub use super::shared::{Mode, Op, State};"));
    // ShareEnums words Mode's values differently: an alias of the shared type, with its docs.
    let share = text("sink/share_enums.rs");
    assert!(
        share.contains("pub use super::shared::{Op, State};"),
        "{share}"
    );
    assert!(
        share.contains("As fast as it goes.")
            && share.contains("pub type Mode = crate::Enum<super::shared::enum_values::Mode>;"),
        "{share}"
    );
    // Level has Weight's values (1, 3) and the shorter name: Weight is the alias. Power has
    // State's values: an alias of the shared type.
    assert!(
        share.contains("pub type Weight = crate::IntEnum<i32, enum_values::Level>;")
            && share.contains("pub type Level = crate::IntEnum<i32, enum_values::Level>;")
            && share.contains("pub type Power = crate::Enum<super::shared::enum_values::State>;")
            && share.contains("pub enum Level {}")
            && !share.contains("enum Weight")
            && !share.contains("enum Power"),
        "{share}"
    );
    assert_eq!(
        share.matches("pub const ").count(),
        2,
        "Level's only:\n{share}"
    );
    // Secondary has Primary's fields, docs included: an alias of the shorter name, with its own
    // description. Backup words a field differently: a struct of its own.
    assert!(
        share.contains("/// The standby copy.")
            && share.contains("pub type Secondary = Primary;")
            && share.contains("pub struct Primary {")
            && share.contains("pub struct Backup {")
            && !share.contains("pub struct Secondary"),
        "{share}"
    );
    assert!(!list.contains("pub type Mode = crate::Enum<enum_values"));
    assert!(!share.contains("pub type Mode = crate::Enum<enum_values"));
    // ListEverything's Weight (values 1, 2) differs from ShareEnums' (1, 3): its own.
    assert!(
        list.contains("pub type Weight = crate::IntEnum<i32, enum_values::Weight>;")
            && list.contains("pub enum Weight {}"),
        "{list}"
    );
    // In the real specs, every shared enum is used by at least two operations, re-exported or
    // aliased.
    let real = emit::generate(&load(&real_specs()).unwrap(), "specs").unwrap();
    let mut seen = 0;
    for shared in real.files.iter().filter(|f| f.path.ends_with("shared.rs")) {
        let dir = shared.path.trim_end_matches("shared.rs");
        for line in shared.text.lines() {
            let Some(name) = line.strip_prefix("pub type ") else {
                continue;
            };
            let name = &name[..name.find(' ').unwrap()];
            seen += 1;
            let alias = format!("pub type {name} = crate::Enum<\n    super::shared::");
            let users = real
                .files
                .iter()
                .filter(|f| f.path.starts_with(dir) && !f.path.ends_with("mod.rs"))
                .filter(|f| {
                    let reexported = f.text.split("pub use super::shared::").skip(1).any(|rest| {
                        let list = &rest[..rest.find(';').unwrap_or(rest.len())];
                        list.split(|c: char| !c.is_alphanumeric())
                            .any(|w| w == name)
                    });
                    let aliased =
                        f.text.contains(&alias) || f.text.contains(&alias.replace("\n    ", ""));
                    reexported || aliased
                })
                .count();
            assert!(users >= 2, "{name} in {} is used by {users}", shared.path);
        }
    }
    assert!(
        seen >= 2,
        "only {seen} shared enums in the real specs: is the walk broken?"
    );
}

#[test]
fn output_is_deterministic() {
    let model = load(&real_specs()).unwrap();
    let a = emit::generate(&model, "specs").unwrap();
    let b = emit::generate(&load(&real_specs()).unwrap(), "specs").unwrap();
    assert_eq!(a.files, b.files);
    assert_eq!(a.features, b.features);
}

#[test]
fn every_file_says_it_is_generated_and_from_what() {
    let model = load(&real_specs()).unwrap();
    for f in emit::generate(&model, "specs").unwrap().files {
        let first = f.text.lines().next().unwrap();
        assert!(
            first.starts_with("// @generated from specs/"),
            "{}: {first}",
            f.path
        );
        assert!(
            first.contains("cargo run -p codegen -- generate"),
            "{}: {first}",
            f.path
        );
    }
}

#[test]
fn generated_crate_is_fresh() {
    let out = output::generate(&root().join("specs")).unwrap();
    let stale = output::compare(&root().join("generated"), &out).unwrap();
    let diffs: String = stale.iter().map(|s| s.diff()).collect();
    assert!(
        stale.is_empty(),
        "generated/ is stale; run `cargo run -p codegen -- generate`:\n{diffs}"
    );
}

#[test]
fn a_changed_description_makes_check_fail_naming_the_file() {
    let files = edited(
        "rds/CancelImport.yaml",
        "description: The ID of the instance.",
        "description: The ID of the RDS instance to act on.",
    );
    let out = emit::generate(&load(&files).unwrap(), "specs").unwrap();
    let stale = output::compare(&root().join("generated"), &out).unwrap();
    assert_eq!(
        stale.len(),
        1,
        "{:?}",
        stale.iter().map(|s| &s.path).collect::<Vec<_>>()
    );
    assert!(stale[0].path.ends_with("src/products/rds/cancel_import.rs"));
    let diff = stale[0].diff();
    assert!(
        diff.contains("+    /// The ID of the RDS instance to act on."),
        "{diff}"
    );
    assert!(diff.contains("-    /// The ID of the instance."), "{diff}");
}

/// A scratch copy of the generated crate's manifest, with an empty or given products folder.
/// The output for the real specs with one description of `rds/CancelImport.yaml` changed:
/// exactly one generated file differs.
fn one_spec_edited() -> emit::Output {
    let files = edited(
        "rds/CancelImport.yaml",
        "The ID of the instance.",
        "Changed.",
    );
    emit::generate(&load(&files).unwrap(), "specs").unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = root().join("target").join("scratch").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(root().join("generated/Cargo.toml"), dir.join("Cargo.toml")).unwrap();
    dir
}

fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(tree(&p));
        } else {
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    out.sort();
    out
}

/// After one spec changes, the new folder holds exactly the new output; files whose text did
/// not change are the same files (hard-linked, not rewritten), the changed one is new.
#[cfg(unix)]
#[test]
fn a_regeneration_keeps_unchanged_files_and_rewrites_changed_ones() {
    use std::os::unix::fs::MetadataExt;
    let dir = scratch("relink");
    output::write(&dir, &output::generate(&root().join("specs")).unwrap()).unwrap();
    let inode = |rel: &str| {
        std::fs::metadata(dir.join("src/products").join(rel))
            .unwrap()
            .ino()
    };
    let (kept, changed) = ("rds/modify_import_task.rs", "rds/cancel_import.rs");
    let (kept_before, changed_before) = (inode(kept), inode(changed));
    let edited_out = one_spec_edited();
    assert_eq!(
        output::write(&dir, &edited_out).unwrap(),
        Written::Replaced(1)
    );
    assert_eq!(inode(kept), kept_before, "an unchanged file was rewritten");
    assert_ne!(
        inode(changed),
        changed_before,
        "the changed file was not rewritten"
    );
    let expected: Vec<_> = edited_out
        .files
        .iter()
        .map(|f| (dir.join(&f.path), f.text.clone().into_bytes()))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(tree(&dir.join("src/products")), expected);
}

#[test]
fn writing_twice_changes_nothing_and_removed_specs_lose_their_files() {
    let dir = scratch("write-twice");
    let out = output::generate(&root().join("specs")).unwrap();
    // The copied manifest already holds the features, so the nine source files differ.
    assert_eq!(
        output::write(&dir, &out).unwrap(),
        Written::Replaced(out.files.len())
    );
    let before = tree(&dir);
    assert_eq!(output::write(&dir, &out).unwrap(), Written::Unchanged);
    assert_eq!(tree(&dir), before);

    let files: Vec<_> = real_specs()
        .into_iter()
        .filter(|f| f.rel != "rds/CancelImport.yaml")
        .collect();
    let fewer = emit::generate(&load(&files).unwrap(), "specs").unwrap();
    output::write(&dir, &fewer).unwrap();
    assert!(!dir.join("src/products/rds/cancel_import.rs").exists());
    assert!(dir.join("src/products/rds/modify_import_task.rs").exists());
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("src"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, ["products"], "temporary folders are cleaned up");
}

#[test]
fn invalid_specs_write_nothing() {
    let dir = scratch("invalid");
    let out = output::generate(&root().join("specs")).unwrap();
    output::write(&dir, &out).unwrap();
    let before = tree(&dir);
    let bad = std::env::temp_dir().join(format!("codegen-invalid-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&bad);
    for f in edited("rds/CancelImport.yaml", "type: int32", "type: integer") {
        let p = bad.join(&f.rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, f.text).unwrap();
    }
    let err = output::generate(&bad).unwrap_err().to_string();
    assert!(
        err.contains("CancelImport.yaml") && err.contains("unknown type `integer`"),
        "{err}"
    );
    assert_eq!(tree(&dir), before);
    let _ = std::fs::remove_dir_all(&bad);
}

#[test]
fn a_manifest_without_the_features_markers_is_a_clear_error() {
    let dir = scratch("no-markers");
    std::fs::write(dir.join("Cargo.toml"), "[package]\nname = \"x\"\n").unwrap();
    let out = output::generate(&root().join("specs")).unwrap();
    let err = output::write(&dir, &out).unwrap_err().to_string();
    assert!(
        err.contains("Cargo.toml") && err.contains("@generated begin features"),
        "{err}"
    );
    assert!(!dir.join("src").exists(), "nothing written");
}

/// The spec that uses every feature must give code that compiles without warnings (CI denies
/// them): it is generated into a copy of the generated crate and built with `-D warnings`.
#[test]
fn code_for_every_feature_compiles() {
    let dir = tests::scratch::generated_crate("kitchen-sink-crate", &kitchen_sink());
    if let Err(e) = tests::scratch::build(&dir, false) {
        panic!(
            "the kitchen-sink crate in {} does not build:\n{e}",
            dir.display()
        );
    }
}

/// The smallest spec set (one product, one operation, no enums) gives a crate that builds
/// without warnings: nothing hand-written in the crate may depend on what a set happens to
/// hold (found by the build campaign: an unused `IntEnum::known` when no enum is an integer).
#[test]
fn code_for_the_smallest_spec_set_builds_without_warnings() {
    let files: Vec<_> = real_specs()
        .into_iter()
        .filter(|f| f.rel == "rds/product.yaml" || f.rel == "rds/CancelImport.yaml")
        .collect();
    let model = load(&files).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(model.products[0].operations.len(), 1);
    let out = emit::generate(&model, "specs").unwrap();
    let dir = tests::scratch::generated_crate("smallest-crate", &out);
    if let Err(e) = tests::scratch::build(&dir, true) {
        panic!(
            "the one-operation crate in {} does not build:\n{e}",
            dir.display()
        );
    }
}

/// A program outside the workspace depends on `generated/` by path, builds all five requests
/// and gets named validation errors.
#[test]
fn a_program_outside_the_workspace_uses_the_crate() {
    let dir = root().join("target").join("scratch").join("consumer");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nalicloud-migration = {{ path = {:?} }}\nserde_json = \"1\"\n\n[workspace]\n",
        root().join("generated").display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/consumer/main.rs"),
        dir.join("src/main.rs"),
    )
    .unwrap();
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let out = std::process::Command::new(env!("CARGO"))
        .args(["run", "--offline", "--quiet"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", root().join("target"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}\n{}",
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<_> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "built ModifyImportTask with 4 parameters",
            "built DescibeImportsFromDatabase with 4 parameters",
            "built CancelImport with 2 parameters",
            "built ModifyDtsJob with 1 parameters",
            "built UpdateDISyncTask with 5 parameters",
            "invalid parameter `ImportId`: it is required but was not set",
            "invalid parameter `Engine`: Oracle is not one of the valid values (MySQL, SQLServer)",
            "invalid parameter `ClientToken`: it is 65 characters long, more than the 64 allowed",
            "invalid parameter `StartTime`: it is not a UTC time of the form yyyy-MM-ddTHH:mmZ",
        ]
    );
}

#[test]
fn a_write_failure_part_way_leaves_the_previous_output_intact() {
    let dir = scratch("write-failure");
    let out = output::generate(&root().join("specs")).unwrap();
    output::write(&dir, &out).unwrap();
    let before = tree(&dir);
    let changed = one_spec_edited();
    for fail_at in [0, 3, 8] {
        let n = std::sync::atomic::AtomicUsize::new(0);
        let err = output::write_with_hook(&dir, &changed, &|path| {
            if n.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1 > fail_at {
                Err(std::io::Error::new(
                    std::io::ErrorKind::PermissionDenied,
                    format!("injected at {}", path.display()),
                ))
            } else {
                Ok(())
            }
        })
        .unwrap_err()
        .to_string();
        assert!(err.contains("injected") && err.contains(".rs"), "{err}");
        assert_eq!(
            tree(&dir),
            before,
            "failing at file {fail_at} changed the output"
        );
    }
}

#[test]
fn a_missing_output_folder_is_a_clear_error() {
    let out = output::generate(&root().join("specs")).unwrap();
    let missing = root().join("target/scratch/does-not-exist");
    let err = output::write(&missing, &out).unwrap_err().to_string();
    assert!(
        err.contains("does-not-exist") && err.contains("does not exist"),
        "{err}"
    );
}

/// `codegen generate` killed at random moments leaves either the old output or the new one,
/// each complete, never a mix and never none.
#[test]
fn killing_generate_part_way_never_leaves_a_mix() {
    let status = std::process::Command::new(env!("CARGO"))
        .args(["build", "--quiet", "-p", "codegen"])
        .status()
        .unwrap();
    assert!(status.success());
    let bin = root().join("target/debug/codegen");
    let base = root().join("target/scratch/kill");
    let _ = std::fs::remove_dir_all(&base);
    let (a, b) = (base.join("specs-a"), base.join("specs-b"));
    codegen::synth::write(&a, 240, 0, false).unwrap();
    codegen::synth::write(&b, 240, 1, true).unwrap();
    let crate_dir = base.join("crate");
    std::fs::create_dir_all(&crate_dir).unwrap();
    std::fs::copy(
        root().join("generated/Cargo.toml"),
        crate_dir.join("Cargo.toml"),
    )
    .unwrap();
    let generate = |specs: &Path| {
        let out = output::generate(specs).unwrap();
        output::write(&crate_dir, &out).unwrap();
        tree(&crate_dir.join("src/products"))
    };
    let tree_b = generate(&b);
    let tree_a = generate(&a);
    let mut outcomes = Vec::new();
    for delay_ms in [5, 150, 400, 700, 1000, 1300, 1600, 2400] {
        let mut child = std::process::Command::new(&bin)
            .args(["generate", "--specs"])
            .arg(&b)
            .arg("--out")
            .arg(&crate_dir)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let now = tree(&crate_dir.join("src/products"));
        if now == tree_a {
            outcomes.push("old");
        } else if now == tree_b {
            outcomes.push("new");
            assert_eq!(generate(&a), tree_a);
        } else {
            panic!("killed after {delay_ms} ms: the generated folder is neither the old nor the new one");
        }
    }
    eprintln!("kill outcomes: {outcomes:?}");
    assert!(
        outcomes.contains(&"old"),
        "no kill landed before the swap: {outcomes:?}"
    );
    // A later run cleans up what a killed one left behind.
    generate(&b);
    let leftovers: Vec<_> = std::fs::read_dir(crate_dir.join("src"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, ["products"], "outcomes {outcomes:?}");
}

/// `--timings` reports every stage and step, for the operations generated, on stderr only.
#[test]
fn check_with_timings_reports_each_stage() {
    let status = std::process::Command::new(env!("CARGO"))
        .args(["build", "--quiet", "-p", "codegen"])
        .status()
        .unwrap();
    assert!(status.success());
    let out = std::process::Command::new(root().join("target/debug/codegen"))
        .args(["check", "--timings", "--specs"])
        .arg(root().join("specs"))
        .arg("--out")
        .arg(root().join("generated"))
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(!stdout.contains("timings"), "{stdout}");
    let operations = load(&real_specs()).unwrap().operation_count();
    assert!(
        stderr.starts_with(&format!("timings for {operations} operations")),
        "{stderr}"
    );
    for step in [
        "load specs",
        "read files",
        "parse YAML",
        "validate",
        "render files",
        "parse (syn)",
        "print (prettyplease)",
        "write or compare",
    ] {
        let line = stderr
            .lines()
            .find(|l| l.starts_with(step) || l.trim_start().starts_with(step));
        let line = line.unwrap_or_else(|| panic!("no `{step}` line in:\n{stderr}"));
        assert!(line.ends_with("ms/op"), "{line}");
    }
}
