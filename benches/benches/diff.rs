//! `codegen diff`'s speed (issue 28's targets: the thirty real specs under 100 ms, 10,000
//! synthetic operations against an edited copy under 5 s). Each iteration is what the command
//! does after parsing its flags: read both spec folders, parse and validate both, compare.
//!
//! ```sh
//! cargo bench -p benches --bench diff
//! ```

use codegen::diff;
use criterion::{criterion_group, criterion_main, Criterion};
use std::path::{Path, PathBuf};
use tests::root;

fn run(base: &Path, head: &Path) -> diff::Report {
    let read = |dir: &Path| codegen::spec::read_dir(dir).expect("readable");
    let (old_files, new_files) = (read(base), read(head));
    let old = codegen::model::load(&old_files).expect("valid");
    let new = codegen::model::load(&new_files).expect("valid");
    diff::diff((&old, &old_files), (&new, &new_files), false)
}

/// `dir` holding `files` with `edit` applied to each file's text.
fn copy(from: &Path, to: &Path, edit: impl Fn(&str, &str) -> Option<String>) {
    let _ = std::fs::remove_dir_all(to);
    for f in codegen::spec::read_dir(from).expect("readable") {
        let Some(text) = edit(&f.rel, &f.text) else {
            continue;
        };
        let path = to.join(&f.rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

fn work(name: &str) -> PathBuf {
    root().join("target/bench-diff").join(name)
}

fn real(c: &mut Criterion) {
    let specs = root().join("specs");
    // A few edits of the kinds a vendor update brings: a parameter tightened, an error added.
    let edited = work("real-edited");
    copy(&specs, &edited, |rel, text| {
        Some(match rel {
            "rds/CancelImport.yaml" => {
                text.replacen("idempotent: true\n", "idempotent: false\n", 1)
            }
            "rds/DescibeImportsFromDatabase.yaml" => {
                text.replacen("    max_length: 64\n", "    max_length: 32\n", 1)
            }
            _ => text.to_owned(),
        })
    });
    let r = run(&specs, &edited);
    assert_eq!(r.listed().count(), 2, "{:?}", r.changes);
    c.bench_function(
        "diff/real (30 operations, read + load both + compare)",
        |b| b.iter(|| run(&specs, &edited)),
    );
}

fn synthetic(c: &mut Criterion) {
    let (base, head) = (work("synth-10000"), work("synth-10000-edited"));
    let _ = std::fs::remove_dir_all(&base);
    codegen::synth::write(&base, 10_000, 0, false).unwrap();
    let variant = work("synth-10000-variant");
    let _ = std::fs::remove_dir_all(&variant);
    codegen::synth::write(&variant, 10_000, 1, false).unwrap();
    // Every summary changed (the variant), and every 100th operation edited for real: one in
    // two loses its Engine list's last value, the others gain a required parameter.
    copy(&variant, &head, |rel, text| {
        let n: usize = rel
            .rsplit_once("Op")
            .and_then(|(_, n)| n.trim_end_matches(".yaml").parse().ok())
            .unwrap_or(1);
        Some(match (n % 100, n % 200) {
            (0, 0) => text.replacen(
                "      - value: PostgreSQL\n        description: PostgreSQL.\n",
                "",
                1,
            ),
            (0, _) => text.replacen(
                "parameters:\n",
                "parameters:\n  - name: Zone\n    type: string\n    required: true\n    description: The zone.\n",
                1,
            ),
            _ => text.to_owned(),
        })
    });
    let r = run(&base, &head);
    assert_eq!(r.listed().count(), 100, "{} listed", r.listed().count());
    assert_eq!(r.docs_only(), 10_000);
    let mut g = c.benchmark_group("diff/synthetic");
    g.sample_size(10);
    g.bench_function("10,000 operations against an edited copy", |b| {
        b.iter(|| run(&base, &head))
    });
    g.finish();
}

criterion_group!(benches, real, synthetic);
criterion_main!(benches);
