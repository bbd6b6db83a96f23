//! `codegen diff` over a corpus of spec edits (corpus.yaml), each with the verdicts it must
//! get; the bad inputs (an unknown revision, a base that does not validate, a renamed
//! product); and the report's formats.

mod corpus;
mod semver_checks;

use codegen::diff::{self, base, render, Semver, Wire};
use codegen::model::Model;
use codegen::spec::SpecFile;
use tests::{edited, real_specs, root};

fn load(files: &[SpecFile]) -> Model {
    codegen::model::load(files).unwrap_or_else(|d| panic!("does not validate:\n{d}"))
}

fn report(base: &[SpecFile], head: &[SpecFile]) -> diff::Report {
    diff::diff((&load(base), base), (&load(head), head), true)
}

fn line(c: &diff::Change) -> String {
    format!(
        "{} / {} / {}: {} [{} {}] at {}:{:?}",
        c.product,
        c.operation.as_deref().unwrap_or("-"),
        c.subject,
        c.detail,
        c.semver.as_str(),
        c.wire.as_str(),
        c.file,
        c.line
    )
}

#[test]
fn every_corpus_case_gets_its_verdicts() {
    // The corpus's own bookkeeping is used by the semver-checks run.
    assert!(corpus::cases()
        .iter()
        .all(|c| c.blind.as_deref() != Some("")));
    let base = real_specs();
    let old = load(&base);
    let mut failures = Vec::new();
    let cases = corpus::cases();
    assert!(
        cases.len() >= 30,
        "the corpus shrank to {} cases",
        cases.len()
    );
    for case in &cases {
        let head = corpus::apply(case);
        let new = codegen::model::load(&head)
            .unwrap_or_else(|d| panic!("corpus case {:?} does not validate:\n{d}", case.name));
        let r = diff::diff((&old, &base), (&new, &head), true);
        let listed: Vec<_> = r.listed().collect();
        let mut unmatched: Vec<_> = listed.clone();
        for e in &case.expect {
            let found = unmatched.iter().position(|c| {
                c.subject.contains(&e.subject)
                    && c.detail.contains(&e.detail)
                    && c.semver.as_str() == e.semver
                    && c.wire.as_str() == e.wire
            });
            match found {
                Some(i) => {
                    let c = unmatched.remove(i);
                    // Every listed change is located in its spec file.
                    if c.line.is_none() {
                        failures.push(format!("{}: no line for {}", case.name, line(c)));
                    }
                }
                None => failures.push(format!(
                    "{}: expected {:?}; the report listed:\n  {}",
                    case.name,
                    e,
                    listed
                        .iter()
                        .map(|c| line(c))
                        .collect::<Vec<_>>()
                        .join("\n  ")
                )),
            }
        }
        for c in unmatched {
            failures.push(format!("{}: unexpected {}", case.name, line(c)));
        }
        if let Some(n) = case.docs {
            if r.docs_only() != n {
                failures.push(format!(
                    "{}: {} documentation changes, expected {n}",
                    case.name,
                    r.docs_only()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_same_specs_differ_in_nothing() {
    let files = real_specs();
    let r = report(&files, &files);
    assert!(r.changes.is_empty(), "{:?}", r.changes);
    assert_eq!((r.semver(), r.wire()), (Semver::Patch, Wire::Compatible));
}

#[test]
fn a_change_is_located_at_its_line_in_the_working_tree_or_in_the_base() {
    let base = real_specs();
    let head = edited(
        "rds/CancelImport.yaml",
        "  - name: ResourceGroupId\n",
        "  - name: ResourceGroupGone\n",
    );
    let r = report(&base, &head);
    let at = |subject: &str| {
        r.listed()
            .find(|c| c.subject.contains(subject))
            .unwrap_or_else(|| panic!("no change of {subject}: {:?}", r.changes))
    };
    let line = tests::line_of(&base, "rds/CancelImport.yaml", "name: ResourceGroupId", 1);
    let removed = at("`ResourceGroupId`");
    assert_eq!((removed.side, removed.line), (diff::Side::Base, Some(line)));
    let added = at("`ResourceGroupGone`");
    assert_eq!((added.side, added.line), (diff::Side::Head, Some(line)));
    assert!(
        added.file.ends_with("specs/rds/CancelImport.yaml"),
        "{}",
        added.file
    );
}

#[test]
fn formats_group_breaking_changes_first_and_suggest_the_version() {
    let base = real_specs();
    let mut head = edited(
        "rds/CancelImport.yaml",
        "idempotent: true\n",
        "idempotent: false\n",
    );
    // A breaking change in another product, after the wire-only one by name.
    let dw = "dataworks-public/UpdateDISyncTask.yaml";
    let f = head.iter_mut().find(|f| f.rel == dw).unwrap();
    f.text = f.text.replacen(
        "    code: Forbidden.DI.NoPrivilege\n",
        "    code: Forbidden.DI.Other\n",
        1,
    );
    let r = report(&base, &head);
    assert_eq!((r.semver(), r.wire()), (Semver::Major, Wire::Breaking));
    let cx = render::Context {
        title: "specs against a test",
        version: Some("0.3.1"),
        docs: false,
    };
    let md = render::markdown(&r, &cx);
    assert!(md.contains("next version 0.4.0 (from 0.3.1)"), "{md}");
    let (dw_at, rds_at) = (
        md.find("### dataworks-public").unwrap(),
        md.find("### Rds").unwrap(),
    );
    assert!(
        dw_at < rds_at,
        "the product with a breaking change comes first:\n{md}"
    );
    assert!(
        md.contains("/specs/dataworks-public/UpdateDISyncTask.yaml:"),
        "{md}"
    );

    let json: serde_json::Value = serde_json::from_str(&render::json(&r, &cx)).unwrap();
    assert_eq!(json["semver"], "breaking");
    assert_eq!(json["wire"], "breaking");
    assert_eq!(json["next_version"], "0.4.0");
    assert_eq!(json["counts"]["breaking"], 1);
    assert_eq!(json["counts"]["additions"], 1);
    assert_eq!(json["counts"]["wire_breaking"], 1);
    let changes = json["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 3, "{json:#}");
    assert_eq!(changes[0]["semver"], "breaking");

    let log = render::changelog(&r, &cx);
    assert!(log.starts_with("### Changed\n"), "{log}");
    assert!(
        log.contains(
            "- Breaking: dataworks-public UpdateDISyncTask: error `Forbidden.DI.NoPrivilege`"
        ),
        "{log}"
    );
    assert!(log.contains("- Breaking on the wire: Rds CancelImport: operation `CancelImport`: idempotent yes → no"), "{log}");
}

#[test]
fn an_unknown_revision_is_refused_by_name() {
    let e = base::read(
        &base::Base::Rev("no-such-rev".into()),
        &root().join("specs"),
    )
    .unwrap_err();
    assert!(e.contains("`no-such-rev` is not a revision"), "{e}");
    assert!(e.contains("git log --oneline -- specs/"), "{e}");
}

#[test]
fn a_revision_is_read_without_touching_the_working_tree() {
    let files = base::read(&base::Base::Rev("HEAD".into()), &root().join("specs")).unwrap();
    let real = real_specs();
    assert!(
        files.len() >= real.len() - 2,
        "{} files at HEAD",
        files.len()
    );
    let f = files
        .iter()
        .find(|f| f.rel == "rds/CancelImport.yaml")
        .unwrap();
    assert_eq!(f.path.to_string_lossy(), "HEAD:specs/rds/CancelImport.yaml");
    load(&files);
}

#[test]
fn a_base_that_does_not_validate_names_its_problem() {
    let bad = edited(
        "rds/CancelImport.yaml",
        "    type: int32\n",
        "    type: int33\n",
    );
    let dir = root().join("target/diff-tests/invalid-base");
    corpus::write(&bad, &dir);
    let which = base::Base::Dir(dir.clone());
    let files = base::read(&which, &dir).unwrap();
    let e = base::load((&which, files), real_specs(), &[]).unwrap_err();
    assert!(e.contains("does not validate"), "{e}");
    assert!(e.contains("CancelImport.yaml:"), "{e}");
    assert!(e.contains("int33"), "{e}");
}

#[test]
fn a_renamed_product_needs_to_be_paired() {
    let head = edited("rds/product.yaml", "code: Rds\n", "code: RdsNext\n");
    // Every operation names its product.
    let head: Vec<SpecFile> = head
        .into_iter()
        .map(|mut f| {
            f.text = f.text.replace("product: Rds\n", "product: RdsNext\n");
            f
        })
        .collect();
    let which = base::Base::Dir(root().join("specs"));
    let e = base::load((&which, real_specs()), head.clone(), &[]).unwrap_err();
    assert!(e.contains("`Rds`") && e.contains("`RdsNext`"), "{e}");
    assert!(e.contains("--rename Rds=RdsNext"), "{e}");
    let renames = [("Rds".to_owned(), "RdsNext".to_owned())];
    let (old, old_files, new, new_files) =
        base::load((&which, real_specs()), head, &renames).unwrap();
    // Paired, the operations compare as before; the module follows the code, and says so.
    let r = diff::diff((&old, &old_files), (&new, &new_files), false);
    let listed: Vec<_> = r.listed().collect();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(
        listed[0]
            .detail
            .contains("`rds`/`rds` → `rds_next`/`rds-next`"),
        "{listed:?}"
    );
    assert_eq!(listed[0].semver, Semver::Major);
    let e = base::load(
        (&which, real_specs()),
        real_specs(),
        &[("Nope".into(), "Rds".into())],
    )
    .unwrap_err();
    assert!(e.contains("the base has no product `Nope`"), "{e}");
}
