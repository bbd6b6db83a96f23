//! `codegen audit`: the real specs against the vendor's metadata end with no unexplained
//! difference; an edit that moves or renames a parameter fails it, located at the line; and
//! each kind of difference, and a stale `audit:` entry, is reported (against crafted
//! metadata where the real metadata cannot show it).

use codegen::audit::{audit, Report};
use codegen::spec::SpecFile;
use serde_json::json;
use std::path::PathBuf;
use tests::{edited, line_of, real_specs, root};

const DTS: &str = "dts/ModifyDtsJob.yaml";
const RDS: &str = "rds/ModifyImportTask.yaml";

/// `vendor-meta/`, the repository's own copy of the vendor's metadata.
fn vendor_meta() -> PathBuf {
    let dir = root().join("vendor-meta");
    assert!(dir.is_dir(), "{} is missing", dir.display());
    dir
}

fn run(files: &[SpecFile], meta: &std::path::Path) -> Report {
    audit(files, meta).unwrap_or_else(|d| panic!("the specs do not load:\n{d}"))
}

/// The problems' `line: message` for file `rel`.
fn problems_in(report: &Report, rel: &str) -> Vec<(Option<usize>, String)> {
    report
        .problems
        .0
        .iter()
        .filter(|p| p.file.ends_with(rel))
        .map(|p| (p.line, p.message.clone()))
        .collect()
}

#[test]
fn the_real_specs_have_no_unexplained_difference() {
    let report = run(&real_specs(), &vendor_meta());
    assert!(report.problems.is_empty(), "{}", report.problems);
    assert_eq!(
        report.operations,
        real_specs().len() - 3,
        "one file per operation"
    );
    assert!(report.operations >= 30, "{}", report.operations);
    assert!(report.explained >= 30, "{} explained", report.explained);
}

#[test]
fn a_parameter_moved_to_the_query_string_fails() {
    let files = edited(
        DTS,
        "  - name: DbList\n    type: map\n    in: body",
        "  - name: DbList\n    type: map\n    in: query",
    );
    let report = run(&files, &vendor_meta());
    assert_eq!(
        problems_in(&report, DTS),
        [(
            Some(line_of(&files, DTS, "- name: DbList", 1)),
            "[placement] `DbList` travels in the query string in the spec, in the form body in api-docs/dts-2020-01-01.json".to_owned()
        )]
    );
    assert_eq!(report.problems.len(), 1, "{}", report.problems);
}

#[test]
fn a_renamed_parameter_fails_twice_and_a_case_change_once() {
    let files = edited(DTS, "- name: DtsJobId\n", "- name: DtsJobIdent\n");
    let report = run(&files, &vendor_meta());
    let found = problems_in(&report, DTS);
    assert_eq!(found.len(), 2, "{}", report.problems);
    assert!(found[0].1.starts_with("[missing] `DtsJobId` (string, optional, in the query string) is documented in api-docs/dts-2020-01-01.json"), "{found:?}");
    assert_eq!(
        found[1].0,
        Some(line_of(&files, DTS, "- name: DtsJobIdent", 1))
    );
    assert!(
        found[1]
            .1
            .starts_with("[unknown] `DtsJobIdent` is not a parameter"),
        "{found:?}"
    );

    let files = edited(DTS, "- name: DtsJobId\n", "- name: DtsJobID\n");
    let found = problems_in(&run(&files, &vendor_meta()), DTS);
    assert_eq!(
        found,
        [(
            Some(line_of(&files, DTS, "- name: DtsJobID", 1)),
            "[case] `DtsJobID` is spelled `DtsJobId` in api-docs/dts-2020-01-01.json".to_owned()
        )]
    );
}

#[test]
fn an_entry_that_explains_nothing_is_reported() {
    let rel = "dataworks-public/UpdateDISyncTask.yaml";
    let files = edited(rel, "    subject: TaskParam\n", "    subject: FileId\n");
    let found = problems_in(&run(&files, &vendor_meta()), rel);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found
            .iter()
            .any(|(_, m)| m.starts_with("[required] `TaskParam` is required in the spec, optional")),
        "{found:?}"
    );
    // Located at the entry itself (the second of the file's two).
    assert!(
        found.contains(&(
            Some(line_of(&files, rel, "  - kind: required", 2)),
            "audit entry `required` for `FileId` matches no difference from the metadata; remove it"
                .to_owned()
        )),
        "{found:?}"
    );
}

/// A metadata folder written for the test: api-docs for RDS with `ModifyImportTask` (and
/// nothing else), an endpoint table, and a CLI file for `CancelImport`.
fn crafted_meta(name: &str) -> PathBuf {
    let dir = root().join("target/scratch").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("api-docs")).unwrap();
    std::fs::create_dir_all(dir.join("cli/rds")).unwrap();
    let api = json!({
        "info": {"style": "RPC", "product": "Rds", "version": "2014-08-15"},
        "apis": {
            "ModifyImportTask": {"parameters": [
                {"name": "RegionId", "in": "query", "schema": {"type": "string", "required": true}},
                {"name": "DBInstanceId", "in": "query", "schema": {"type": "integer", "format": "int64", "required": true}},
                {"name": "TaskId", "in": "query", "schema": {"type": "string", "required": false}},
                {"name": "Operation", "in": "query", "schema": {"type": "string", "required": true, "enum": ["CANCEL", "PAUSE"]}}
            ]},
            "DescibeImportsFromDatabase": {"parameters": []}
        },
        "endpoints": [
            {"regionId": "cn-hangzhou", "endpoint": "rds.aliyuncs.com"},
            {"regionId": "eu-central-1", "endpoint": "rds-eu.example.com"}
        ]
    });
    std::fs::write(dir.join("api-docs/rds-2014-08-15.json"), api.to_string()).unwrap();
    let cli = json!({"name": "CancelImport", "parameters": [
        {"name": "DBInstanceId", "position": "Query", "type": "String", "required": true},
        {"name": "ImportId", "position": "Query", "type": "Integer", "required": true},
        {"name": "ResourceGroupId", "position": "Query", "type": "String", "required": false}
    ]});
    std::fs::write(dir.join("cli/rds/CancelImport.json"), cli.to_string()).unwrap();
    dir
}

#[test]
fn each_kind_of_difference_is_named_and_located() {
    let meta = crafted_meta("audit-meta-kinds");
    let files = real_specs();
    let report = run(&files, &meta);
    let found = problems_in(&report, RDS);
    let at = |needle: &str| Some(line_of(&files, RDS, needle, 1));
    let src = "api-docs/rds-2014-08-15.json";
    assert_eq!(
        found,
        [
            (at("- name: DBInstanceId"), format!("[type] `DBInstanceId` is string in the spec, int64 in {src}")),
            (at("- name: TaskId"), format!("[required] `TaskId` is required in the spec, optional in {src}")),
            (at("- name: Operation"), format!("[enum] the values of `Operation` differ from {src}: not in the spec [PAUSE], only in the spec [RETRY_IMPORT]")),
        ]
    );
    // CancelImport is in the CLI metadata here, so its `operation` entry explains nothing;
    // the CLI's `Integer` matches the spec's int32.
    let cancel = problems_in(&report, "rds/CancelImport.yaml");
    assert_eq!(cancel.len(), 1, "{cancel:?}");
    assert!(cancel[0]
        .1
        .contains("audit entry `operation` for `CancelImport` matches no difference"));
    // The endpoint table: eu-central-1 resolves by the rule, which the table contradicts.
    let product = problems_in(&report, "rds/product.yaml");
    assert!(product.iter().any(|(_, m)| m == "[endpoint] region `eu-central-1` resolves to `rds.eu-central-1.aliyuncs.com` (by the rule), api-docs/rds-2014-08-15.json says `rds-eu.example.com`"), "{product:?}");
    // DescibeImportsFromDatabase's nine parameters are all unknown to this metadata.
    let describe = problems_in(&report, "rds/DescibeImportsFromDatabase.yaml");
    assert_eq!(
        describe
            .iter()
            .filter(|(_, m)| m.starts_with("[unknown]"))
            .count(),
        9
    );
}

#[test]
fn an_operation_no_metadata_knows_needs_a_reason() {
    let rel = "rds/CancelImport.yaml";
    let files = real_specs();
    let text = &files.iter().find(|f| f.rel == rel).unwrap().text;
    let cut = text.find("audit:").unwrap();
    let files = edited(rel, &text[cut..], "");
    let found = problems_in(&run(&files, &vendor_meta()), rel);
    assert_eq!(
        found,
        [(
            Some(line_of(&files, rel, "action: CancelImport", 1)),
            "[operation] `CancelImport` is in neither the api-docs nor the CLI metadata".to_owned()
        )]
    );
}

#[test]
fn an_audit_entry_without_a_reason_is_a_spec_error() {
    let rel = "rds/CancelImport.yaml";
    let files = real_specs();
    let text = &files.iter().find(|f| f.rel == rel).unwrap().text;
    let cut = text.find("audit:").unwrap();
    let files = edited(
        rel,
        &text[cut..],
        "audit:\n  - kind: operation\n    subject: CancelImport\n    why: gone\n",
    );
    let err = codegen::model::load(&files).unwrap_err();
    assert_eq!(err.len(), 1, "{err}");
    assert_eq!(err.0[0].path, "audit[0].why");
    assert!(
        err.0[0]
            .message
            .contains("says why the difference is right"),
        "{err}"
    );
    let files = edited(
        rel,
        &text[cut..],
        "audit:\n  - kind: endpoint\n    subject: x\n    why: a real reason here\n",
    );
    let err = codegen::model::load(&files).unwrap_err();
    assert_eq!(err.0[0].path, "audit[0].kind", "{err}");
}

/// A scratch copy of the real specs on disk, for the commands that write into it.
fn scratch_specs(name: &str) -> PathBuf {
    let dir = root().join("target/scratch").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    for f in real_specs() {
        let path = dir.join(&f.rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &f.text).unwrap();
    }
    dir
}

#[test]
fn import_writes_a_skeleton_that_validates_once_completed_and_never_overwrites() {
    let specs = scratch_specs("import-specs");
    // The real spec is the finished form of this skeleton: start from before it existed.
    std::fs::remove_file(specs.join("dts/ConfigureDtsJob.yaml")).unwrap();
    let path = codegen::import::import(&specs, &vendor_meta(), "Dts", "ConfigureDtsJob").unwrap();
    assert_eq!(path, specs.join("dts/ConfigureDtsJob.yaml"));
    let text = std::fs::read_to_string(&path).unwrap();
    let raw: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let params = raw["parameters"].as_sequence().unwrap();
    // Every parameter of the api-docs entry, in its order, with placement and type.
    let meta: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(vendor_meta().join("api-docs/dts-2020-01-01.json")).unwrap(),
    )
    .unwrap();
    let documented = meta["apis"]["ConfigureDtsJob"]["parameters"]
        .as_array()
        .unwrap();
    assert!(documented.len() > 50, "{}", documented.len());
    assert_eq!(params.len(), documented.len());
    for (p, d) in params.iter().zip(documented) {
        assert_eq!(p["name"].as_str(), d["name"].as_str());
        let body = d["in"] == "formData";
        assert_eq!(p["in"].as_str() == Some("body"), body, "{p:?}");
        assert_eq!(
            p["required"].as_bool().unwrap_or(false),
            d["schema"]["required"].as_bool().unwrap_or(false),
            "{p:?}"
        );
    }
    // Not valid until a person writes the summary; then it loads, and audits clean.
    let err = codegen::model::load_dir(&specs).unwrap_err();
    assert_eq!(err.len(), 1, "{err}");
    assert_eq!(err.0[0].path, "summary", "{err}");
    let done = text.replacen("summary: ''", "summary: Configures a DTS task.", 1);
    assert_ne!(done, text, "the skeleton has an empty summary");
    std::fs::write(&path, done).unwrap();
    let files = codegen::spec::read_dir(&specs).unwrap();
    let report = run(&files, &vendor_meta());
    assert!(
        problems_in(&report, "dts/ConfigureDtsJob.yaml").is_empty(),
        "{}",
        report.problems
    );
    // A second import refuses, naming the file, and leaves it as it is.
    let before = std::fs::read_to_string(&path).unwrap();
    let err =
        codegen::import::import(&specs, &vendor_meta(), "Dts", "ConfigureDtsJob").unwrap_err();
    assert!(
        err.contains("ConfigureDtsJob.yaml") && err.contains("not overwritten"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    // Unknown products and operations are named.
    let err = codegen::import::import(&specs, &vendor_meta(), "Ecs", "RunInstances").unwrap_err();
    assert!(err.contains("no product.yaml has code `Ecs`"), "{err}");
    let err = codegen::import::import(&specs, &vendor_meta(), "Dts", "NoSuchThing").unwrap_err();
    assert!(err.contains("`NoSuchThing`"), "{err}");
}
