//! Fuzzing the loader, validator and emitter: arbitrary bytes, and structure-aware mutations
//! of the real specs (deleted keys, wrong types, huge strings, deep nesting, duplicate keys,
//! alias bombs, truncation). Whatever comes in, the answer is a model or located problems,
//! never a panic or a hang. `PROPTEST_CASES` sets the number of cases (CI runs the default).

use codegen::model::load;
use codegen::spec::SpecFile;
use proptest::prelude::*;
use serde_yaml::Value;
use tests::real_specs;

/// Loads; checks every problem is well-formed. When the specs are valid, one case in eight
/// also emits code (emission costs ten times what loading does, and varies less); every
/// valid case with `FUZZ_EMIT_ALL=1`, for the long runs.
fn exercise(files: &[SpecFile]) {
    match load(files) {
        Ok(model) => {
            let sample = files.iter().map(|f| f.text.len()).sum::<usize>() % 8 == 0
                || std::env::var_os("FUZZ_EMIT_ALL").is_some_and(|v| v == "1");
            if sample {
                codegen::emit::generate(&model, "specs").expect("a valid model always emits");
            }
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            for p in problems.iter() {
                assert!(!p.message.is_empty(), "{p}");
                assert!(
                    files.iter().any(|f| f.path == p.file),
                    "{p} names a file that was not given"
                );
                assert!(
                    p.line.is_some() || p.path.is_empty(),
                    "a problem at a key path has a line: {p}"
                );
            }
        }
    }
}

/// Every node's path in a YAML value, as a list of steps.
fn paths(v: &Value, here: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(here.clone());
    match v {
        Value::Mapping(m) => {
            for (k, child) in m {
                here.push(k.clone());
                paths(child, here, out);
                here.pop();
            }
        }
        Value::Sequence(s) => {
            for (i, child) in s.iter().enumerate() {
                here.push(Value::from(i as u64));
                paths(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn node<'a>(v: &'a mut Value, path: &[Value]) -> Option<&'a mut Value> {
    let mut cur = v;
    for step in path {
        cur = match cur {
            Value::Mapping(m) => m.get_mut(step)?,
            Value::Sequence(s) => s.get_mut(step.as_u64()? as usize)?,
            _ => return None,
        };
    }
    Some(cur)
}

fn replacement(kind: u32, size: u32) -> Value {
    match kind % 8 {
        0 => Value::Null,
        1 => Value::from(i64::from(size) - 1000),
        2 => Value::from(size % 2 == 0),
        3 => Value::from("x".repeat((size % 70_000) as usize)),
        4 => Value::Sequence(vec![Value::from("a"), Value::Null]),
        5 => {
            // Deep nesting, past the parser's depth limit for large sizes.
            let mut v = Value::from("leaf");
            for _ in 0..(size % 300) {
                v = Value::Sequence(vec![v]);
            }
            v
        }
        6 => Value::from(f64::from(size) / 7.0),
        _ => Value::from(format!("{}\u{0}\u{202e}é", size)),
    }
}

/// Applies one mutation to one spec file's text.
fn mutate(text: &str, (kind, a, b): (u8, u32, u32)) -> String {
    // After an alias bomb only text-level mutations apply: expanding it here, to mutate its
    // structure, would spend the time the loader is being tested for not spending.
    let kind = if text.contains("&a0") {
        3 + kind % 2
    } else {
        kind % 7
    };
    match kind {
        3 => {
            // Duplicate a line of the text: duplicate keys and list items.
            let lines: Vec<&str> = text.lines().collect();
            if lines.is_empty() {
                return text.to_owned();
            }
            let i = b as usize % lines.len();
            let mut out = lines[..=i].join("\n");
            out.push('\n');
            out.push_str(&lines[i..].join("\n"));
            return out;
        }
        4 => {
            // Truncate anywhere (on a character boundary).
            let mut cut = b as usize % (text.len() + 1);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            return text[..cut].to_owned();
        }
        5 => return format!("{}\nbomb: {}\n", text, alias_bomb(b % 12)),
        _ => {}
    }
    let mut value: Value = serde_yaml::from_str(text).unwrap_or(Value::Null);
    let mut all = Vec::new();
    paths(&value, &mut Vec::new(), &mut all);
    let target = all[a as usize % all.len()].clone();
    match kind {
        0 => {
            // Delete the node from its parent.
            if let Some((last, parent)) = target.split_last() {
                match node(&mut value, parent) {
                    Some(Value::Mapping(m)) => {
                        m.remove(last);
                    }
                    Some(Value::Sequence(s)) => {
                        let i = last.as_u64().unwrap_or(0) as usize;
                        if i < s.len() {
                            s.remove(i);
                        }
                    }
                    _ => {}
                }
            }
        }
        1 | 2 => {
            if let Some(n) = node(&mut value, &target) {
                *n = replacement(b, a);
            }
        }
        _ => {
            // Rename a key: unknown fields.
            if let Some((last, parent)) = target.split_last() {
                if let Some(Value::Mapping(m)) = node(&mut value, parent) {
                    if let Some(v) = m.remove(last) {
                        m.insert(Value::from(format!("k{b}")), v);
                    }
                }
            }
        }
    }
    serde_yaml::to_string(&value).unwrap_or_default()
}

/// Anchors each referring ten times to the one before: 10^depth nodes when expanded.
fn alias_bomb(depth: u32) -> String {
    let mut s = String::from("&a0 [x, x, x, x, x, x, x, x, x, x]");
    for i in 1..=depth {
        let p = i - 1;
        s = format!("{s}\nb{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]");
    }
    format!("\n  x: {s}")
}

/// The product files, the first five operations and one with waiters: every spec feature the
/// real set uses, at a size that keeps thousands of cases fast however large the set grows.
fn fuzz_base() -> Vec<SpecFile> {
    const FIVE: &[&str] = &[
        "rds/CancelImport.yaml",
        "rds/DescibeImportsFromDatabase.yaml",
        "rds/ModifyImportTask.yaml",
        "dts/ModifyDtsJob.yaml",
        "dataworks-public/UpdateDISyncTask.yaml",
        "dataworks-public/GetDISyncInstanceInfo.yaml",
    ];
    let files: Vec<_> = real_specs()
        .into_iter()
        .filter(|f| f.rel.ends_with("product.yaml") || FIVE.contains(&f.rel.as_str()))
        .collect();
    assert_eq!(files.len(), 3 + FIVE.len());
    files
}

proptest! {
    #![proptest_config(ProptestConfig { cases: tests::proptest_cases(2500), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_as_an_operation_spec(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let mut files = fuzz_base();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        files.push(SpecFile { path: "specs/rds/Fuzz.yaml".into(), rel: "rds/Fuzz.yaml".into(), text });
        exercise(&files);
    }

    #[test]
    fn mutated_real_specs(which in any::<usize>(), steps in proptest::collection::vec((any::<u8>(), any::<u32>(), any::<u32>()), 1..4)) {
        let mut files = fuzz_base();
        let i = which % files.len();
        for step in steps {
            files[i].text = mutate(&files[i].text, step);
        }
        exercise(&files);
    }
}

/// For the long runs (docs/robustness.md): mutated specs that are valid give code that builds
/// with warnings denied, not only code that emits. Builds `FUZZ_BUILD_CASES` (default 20)
/// distinct outputs, type-checking each; on failure the mutated spec is kept beside the crate.
#[test]
#[ignore = "long run: builds a crate per case"]
fn mutated_valid_specs_build() {
    use proptest::strategy::ValueTree;
    use std::hash::{Hash, Hasher};
    let want: usize = std::env::var("FUZZ_BUILD_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let strategy = (
        any::<usize>(),
        proptest::collection::vec((any::<u8>(), any::<u32>(), any::<u32>()), 1..4),
    );
    let mut runner = proptest::test_runner::TestRunner::default();
    let mut seen = std::collections::HashSet::new();
    let (mut built, mut tried) = (0, 0);
    while built < want && tried < want * 500 {
        tried += 1;
        let (which, steps) = strategy.new_tree(&mut runner).unwrap().current();
        let mut files = fuzz_base();
        let i = which % files.len();
        for &step in &steps {
            files[i].text = mutate(&files[i].text, step);
        }
        let Ok(model) = load(&files) else { continue };
        let out = codegen::emit::generate(&model, "specs").expect("a valid model always emits");
        let mut hash = std::collections::hash_map::DefaultHasher::new();
        out.files.iter().for_each(|f| f.text.hash(&mut hash));
        if !seen.insert(hash.finish()) {
            continue;
        }
        let dir = tests::scratch::generated_crate("fuzz-crate", &out);
        if let Err(e) = tests::scratch::build(&dir, true) {
            let kept = dir.join("mutated-spec.yaml");
            std::fs::write(&kept, &files[i].text).unwrap();
            panic!(
                "{} mutated by {steps:?} is valid but its code does not build (spec kept in {}):\n{e}",
                files[i].rel,
                kept.display()
            );
        }
        built += 1;
    }
    assert_eq!(
        built, want,
        "only {built} distinct valid cases in {tried} tries"
    );
}

#[test]
fn an_alias_bomb_is_rejected_quickly() {
    let mut files = real_specs();
    let f = files
        .iter_mut()
        .find(|f| f.rel == "rds/CancelImport.yaml")
        .unwrap();
    f.text = format!(
        "{}\nnotes: {}\n",
        f.text.replace("notes:", "old_notes:"),
        alias_bomb(9).replace("\n  x: ", "").replace('\n', "\n  ")
    );
    let started = std::time::Instant::now();
    let problems = load(&files).expect_err("the bomb is rejected");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    assert!(
        problems
            .iter()
            .any(|p| p.file.ends_with("CancelImport.yaml")),
        "{problems}"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_located() {
    let dir = tests::root().join("target/scratch/not-utf8");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("rds")).unwrap();
    std::fs::write(dir.join("rds/product.yaml"), b"code: Rds\nname: \xff\xfe\n").unwrap();
    let problems = codegen::spec::read_dir(&dir).unwrap_err();
    let p = &problems.0[0];
    assert_eq!((p.line, p.column), (Some(2), Some(7)), "{p}");
    assert!(p.message.contains("not UTF-8"), "{p}");
}

#[test]
fn deep_nesting_is_rejected_not_overflowed() {
    let mut files = real_specs();
    let f = files
        .iter_mut()
        .find(|f| f.rel == "rds/CancelImport.yaml")
        .unwrap();
    f.text.push_str(&format!(
        "\nextra: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    ));
    let problems = load(&files).unwrap_err();
    assert!(
        problems
            .iter()
            .all(|p| p.file.ends_with("CancelImport.yaml")),
        "{problems}"
    );
}

/// Quotes the precheck misreads cannot hide deep nesting from it: a double-quoted scalar that
/// ends in an escaped backslash, and a block scalar's line that starts with a quote.
#[test]
fn quotes_cannot_hide_deep_nesting() {
    let deep = format!("notes: {}{}", "[".repeat(5000), "]".repeat(5000));
    let cases = [
        (r#"summary: "a\\""#, "nested deeper than 64 levels"),
        (
            "summary: a\ndescription: |\n  \"unclosed",
            "over 1024 brackets open",
        ),
    ];
    for (head, message) in cases {
        let text = format!("product: Rds\naction: X\n{head}\n{deep}\n");
        let files = tests::with_file(fuzz_base(), "rds/X.yaml", &text);
        assert_refused(&files, "rds/X.yaml", "notes:", message);
    }
}

/// Asserts `files` are refused with one problem, in `rel`, on the first line holding
/// `needle`, with a message holding `message`.
fn assert_refused(files: &[SpecFile], rel: &str, needle: &str, message: &str) {
    let problems = load(files).expect_err("refused");
    assert_eq!(problems.len(), 1, "{problems}");
    let p = &problems.0[0];
    assert!(p.file.ends_with(rel) && p.message.contains(message), "{p}");
    assert_eq!(p.line, Some(tests::line_of(files, rel, needle, 1)), "{p}");
}

const SUMMARY: &str = "summary: Cancels the migration task of RDS instances.";

/// Spec text is printed into Rust source: NUL (the emitter's doc placeholder), other control
/// characters and bidirectional-text controls are refused at load, located, whether written
/// as they are or as YAML escapes, and wherever they are (a broken product file does not also
/// make its operations report a missing product).
#[test]
fn characters_rust_source_cannot_hold_are_refused_where_they_are() {
    // The case CI's random run found (2026-12-01): the DTS product name became
    // "501373112\0\u{202e}é" (NUL written as an escape), and emitting failed.
    let mut files = fuzz_base();
    let i = files
        .iter()
        .position(|f| f.rel == "dts/product.yaml")
        .unwrap();
    files[i].text = mutate(&files[i].text, (78, 501373112, 1537121767));
    assert!(files[i].text.contains("\\0"), "{}", files[i].text);
    let cases: Vec<(Vec<SpecFile>, &str, &str)> = vec![
        (files, "dts/product.yaml", "name:"),
        (
            tests::edited("rds/CancelImport.yaml", SUMMARY, "summary: \"a\\eb\""),
            "rds/CancelImport.yaml",
            "summary: \"a",
        ),
        (
            tests::edited(
                "rds/CancelImport.yaml",
                SUMMARY,
                &format!("# x \u{202E} y\n{SUMMARY}"),
            ),
            "rds/CancelImport.yaml",
            "# x",
        ),
        (
            tests::edited("rds/CancelImport.yaml", SUMMARY, "summary: a\u{1B}b"),
            "rds/CancelImport.yaml",
            "summary: a",
        ),
    ];
    for (files, rel, needle) in cases {
        assert_refused(&files, rel, needle, "cannot be in a spec");
    }
}

/// Tabs, and backslashes in plain scalars (`\0` there is two characters), are text: they load
/// and reach the docs (whitespace folded, as in all prose).
#[test]
fn tabs_and_literal_backslashes_load_and_emit() {
    let files = tests::edited(
        "rds/CancelImport.yaml",
        SUMMARY,
        "summary: C:\\tmp\\0 and\ta tab",
    );
    let model = load(&files).expect("loads");
    let out = codegen::emit::generate(&model, "specs").expect("emits");
    let text = &out
        .files
        .iter()
        .find(|f| f.path.ends_with("rds/cancel_import.rs"))
        .expect("the operation's file")
        .text;
    // Words with backslashes are shown as code; whitespace, tabs included, is folded.
    assert!(text.contains("`C:\\tmp\\0` and a tab"), "{text}");
}
