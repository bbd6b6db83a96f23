//! The spec loader and validator: the real specs load into the expected model, and each kind of
//! mistake is reported with its message, key path, file and line.

use codegen::model::load;
use codegen::model::{EnumRepr, Literal, Location, Object, Style, Type};
use codegen::spec::SpecFile;
use codegen::Diagnostics;
use tests::{edited, line_of, real_specs, with_file};

fn problems(files: &[SpecFile]) -> Diagnostics {
    match load(files) {
        Ok(_) => panic!("the edited specs were accepted"),
        Err(d) => d,
    }
}

#[path = "specs/pagination.rs"]
mod pagination;

/// Asserts exactly one problem, in `rel`, at the line holding `needle`, with `path`, and a
/// message containing `message`.
pub(crate) fn assert_one(files: &[SpecFile], rel: &str, needle: &str, path: &str, message: &str) {
    assert_nth(files, rel, (needle, 1), path, message)
}

/// As `assert_one`, at the `n`th (1-based) line holding `needle`.
fn assert_nth(
    files: &[SpecFile],
    rel: &str,
    (needle, n): (&str, usize),
    path: &str,
    message: &str,
) {
    let d = problems(files);
    assert_eq!(d.len(), 1, "expected one problem, got:\n{d}");
    let p = &d.0[0];
    assert!(p.file.ends_with(rel), "{p}");
    assert_eq!(p.path, path, "{p}");
    assert!(
        p.message.contains(message),
        "message {:?} lacks {message:?}",
        p.message
    );
    assert_eq!(p.line, Some(line_of(files, rel, needle, n)), "{p}");
    assert!(p.column.is_some(), "{p}");
}

fn count_fields(o: &Object) -> usize {
    o.fields
        .iter()
        .map(|f| {
            1 + match &f.ty {
                Type::Object(o) => count_fields(o),
                Type::Array(t) | Type::Map(t) => match t.as_ref() {
                    Type::Object(o) => count_fields(o),
                    _ => 0,
                },
                _ => 0,
            }
        })
        .sum()
}

#[test]
fn real_specs_load_with_expected_counts() {
    let model = load(&real_specs()).unwrap_or_else(|d| panic!("{d}"));
    let mut seen = Vec::new();
    for p in &model.products {
        for op in &p.operations {
            seen.push((
                p.module.as_str(),
                op.action.as_str(),
                op.params.len(),
                count_fields(&op.response),
                op.errors.len(),
            ));
        }
    }
    assert_eq!(
        seen,
        vec![
            ("dataworks_public", "CreateDISyncTask", 6, 6, 0),
            ("dataworks_public", "DeleteDISyncTask", 3, 5, 0),
            ("dataworks_public", "DeployDISyncTask", 3, 5, 0),
            (
                "dataworks_public",
                "GenerateDISyncTaskConfigForCreating",
                4,
                6,
                0
            ),
            ("dataworks_public", "GetDISyncInstanceInfo", 3, 15, 0),
            ("dataworks_public", "GetDISyncTask", 3, 34, 0),
            (
                "dataworks_public",
                "QueryDISyncTaskConfigProcessResult",
                3,
                6,
                0
            ),
            ("dataworks_public", "StartDISyncInstance", 4, 5, 0),
            ("dataworks_public", "StopDISyncInstance", 3, 5, 0),
            ("dataworks_public", "TerminateDISyncInstance", 3, 5, 0),
            ("dataworks_public", "UpdateDISyncTask", 5, 5, 3),
            ("dts", "ConfigureDtsJob", 64, 7, 0),
            ("dts", "CreateDtsInstance", 23, 6, 0),
            ("dts", "DeleteDtsJob", 7, 7, 0),
            ("dts", "DescribeDtsJobDetail", 7, 653, 0),
            ("dts", "DescribeDtsJobs", 23, 430, 0),
            ("dts", "DescribePreCheckStatus", 10, 162, 0),
            ("dts", "ModifyDtsJob", 16, 6, 7),
            ("dts", "ResetDtsJob", 5, 7, 0),
            ("dts", "StartDtsJob", 6, 7, 0),
            ("dts", "StopDtsJob", 6, 7, 0),
            ("dts", "SuspendDtsJob", 6, 7, 0),
            ("rds", "CancelImport", 3, 1, 0),
            ("rds", "CreateImportTask", 11, 2, 0),
            ("rds", "DescribeImportTask", 3, 12, 0),
            ("rds", "DescribeImportTaskValidation", 2, 4, 0),
            ("rds", "DescibeImportsFromDatabase", 9, 11, 1),
            ("rds", "ListImportTasks", 4, 11, 0),
            ("rds", "ModifyImportTask", 4, 4, 3),
            ("rds", "ValidateImportTask", 11, 2, 0),
        ]
    );
}

#[test]
fn real_specs_keep_the_tricky_facts() {
    let model = load(&real_specs()).unwrap_or_else(|d| panic!("{d}"));
    let rds = model.products.iter().find(|p| p.code == "Rds").unwrap();
    let describe = rds
        .operations
        .iter()
        .find(|o| o.module == "describe_imports_from_database")
        .unwrap();
    assert_eq!(describe.action, "DescibeImportsFromDatabase");
    assert_eq!(describe.name, "DescribeImportsFromDatabase");
    let page_size = describe
        .params
        .iter()
        .find(|p| p.wire == "PageSize")
        .unwrap();
    let Type::Enum(e) = &page_size.ty else {
        panic!("PageSize is not an enum")
    };
    assert!(matches!(e.repr, EnumRepr::Int(_)));
    let values: Vec<_> = e.values.iter().map(|v| v.wire.clone()).collect();
    assert_eq!(
        values,
        [Literal::Int(30), Literal::Int(50), Literal::Int(100)]
    );
    assert_eq!(page_size.default, Some(Literal::Int(30)));
    let token = describe
        .idempotency_token()
        .expect("ClientToken is the idempotency token");
    assert_eq!(
        (token.rules.max_length, token.rules.ascii),
        (Some(64), true)
    );
    let pagination = describe.pagination.as_ref().expect("paginated");
    assert_eq!(pagination.items.dotted(), "Items.ImportResultFromDB");
    assert_eq!(pagination.item_type, "ImportResultFromDb");

    let modify = rds
        .operations
        .iter()
        .find(|o| o.action == "ModifyImportTask")
        .unwrap();
    assert_eq!(modify.errors[0].code, "InvalideStatus.Format");
    assert_eq!(modify.errors[0].variant, "InvalideStatusFormat");

    let dts = model.products.iter().find(|p| p.code == "Dts").unwrap();
    let job = dts
        .operations
        .iter()
        .find(|o| o.action == "ModifyDtsJob")
        .unwrap();
    let body: Vec<_> = job
        .params
        .iter()
        .filter(|p| p.location == Location::Body)
        .map(|p| p.wire.as_str())
        .collect();
    assert_eq!(
        body,
        [
            "DbList",
            "EtlOperatorColumnReference",
            "ModifyTypeEnum",
            "Reserved",
            "FilterTableName"
        ]
    );
    assert!(job
        .params
        .iter()
        .filter(|p| p.style == Style::Json)
        .all(|p| p.location == Location::Body));
    assert!(job
        .failure
        .as_ref()
        .and_then(|f| f.success.as_ref())
        .is_some());
    let retryable: Vec<_> = job
        .errors
        .iter()
        .filter(|e| e.retryable)
        .map(|e| e.code.as_str())
        .collect();
    assert_eq!(retryable, ["Throttling.User", "ServiceUnavailable"]);

    let dw = model
        .products
        .iter()
        .find(|p| p.code == "dataworks-public")
        .unwrap();
    assert_eq!(
        (
            dw.module.as_str(),
            dw.feature.as_str(),
            dw.endpoint.prefix.as_str()
        ),
        ("dataworks_public", "dataworks-public", "dataworks")
    );
    let failure = dw.operations[0].failure.as_ref().unwrap();
    assert_eq!(failure.status.as_ref().unwrap().0.dotted(), "Data.Status");
}

const DESCRIBE: &str = "rds/DescibeImportsFromDatabase.yaml";
const CANCEL: &str = "rds/CancelImport.yaml";
const DTS: &str = "dts/ModifyDtsJob.yaml";

#[test]
fn names_that_collide_after_case_conversion() {
    let files = edited(
        CANCEL,
        "  - name: ImportId\n",
        "  - name: DBInstanceID\n    type: string\n  - name: ImportId\n",
    );
    assert_one(
        &files,
        CANCEL,
        "DBInstanceID",
        "parameters[1].name",
        "both become Rust name `db_instance_id`",
    );
}

#[test]
fn duplicate_parameter() {
    let files = edited(
        CANCEL,
        "  - name: ImportId\n",
        "  - name: DBInstanceId\n    type: string\n  - name: ImportId\n",
    );
    assert_nth(
        &files,
        CANCEL,
        ("- name: DBInstanceId", 2),
        "parameters[1].name",
        "duplicate parameter `DBInstanceId`",
    );
}

#[test]
fn duplicate_error_code() {
    let files = edited(
        DTS,
        "    code: CheckStatus.InvalidInitStatus\n",
        "    code: OperationDenied.JobStatusModifying\n",
    );
    assert_nth(
        &files,
        DTS,
        ("    code: OperationDenied.JobStatusModifying", 2),
        "errors[1].code",
        "duplicate error code `OperationDenied.JobStatusModifying`",
    );
}

#[test]
fn error_codes_that_collide_as_variants() {
    let files = edited(
        DTS,
        "    code: CheckStatus.InvalidInitStatus\n",
        "    code: OperationDeniedJobStatusModifying\n",
    );
    assert_one(
        &files,
        DTS,
        "code: OperationDeniedJobStatusModifying",
        "errors[1].code",
        "both become variant `OperationDeniedJobStatusModifying`",
    );
}

#[test]
fn empty_enum() {
    let files = edited(
        DTS,
        "    enum:\n      - value: UPDATE_RESERVED\n        description: Modify the reserved parameters (Reserved) instead of the synchronization objects.\n",
        "    enum: []\n",
    );
    assert_one(
        &files,
        DTS,
        "enum: []",
        "parameters[6].enum",
        "enum has no values",
    );
}

#[test]
fn enum_value_of_the_wrong_type() {
    let files = edited(DESCRIBE, "      - value: 50\n", "      - value: fifty\n");
    assert_one(
        &files,
        DESCRIBE,
        "value: fifty",
        "parameters[6].enum[1]",
        "enum value \"fifty\" is not an int32",
    );
    let files = edited(DESCRIBE, "      - value: MySQL\n", "      - value: 5\n");
    assert_one(
        &files,
        DESCRIBE,
        "value: 5",
        "parameters[2].enum[0]",
        "is a number, but the type is string",
    );
}

#[test]
fn unknown_type() {
    let files = edited(
        DESCRIBE,
        "  - name: ImportId\n    type: int32",
        "  - name: ImportId\n    type: integer",
    );
    assert_one(
        &files,
        DESCRIBE,
        "type: integer",
        "parameters[5].type",
        "unknown type `integer`",
    );
}

#[test]
fn default_outside_the_enum() {
    let files = edited(DESCRIBE, "    default: 30\n", "    default: 40\n");
    assert_one(
        &files,
        DESCRIBE,
        "default: 40",
        "parameters[6].default",
        "default 40 is not one of the enum values (30, 50, 100)",
    );
}

#[test]
fn default_below_the_minimum() {
    let files = edited(DESCRIBE, "    default: 1\n", "    default: 0\n");
    assert_one(
        &files,
        DESCRIBE,
        "default: 0",
        "parameters[7].default",
        "breaks the parameter's own constraints: outside 1..=",
    );
}

#[test]
fn default_of_the_wrong_type() {
    let files = edited(DESCRIBE, "    default: 1\n", "    default: first\n");
    assert_one(
        &files,
        DESCRIBE,
        "default: first",
        "parameters[7].default",
        "does not match the parameter's type",
    );
}

#[test]
fn missing_product() {
    let files = edited(CANCEL, "product: Rds", "product: Rdss");
    assert_one(
        &files,
        CANCEL,
        "product: Rdss",
        "product",
        "unknown product `Rdss`; known products: Dts, Rds, dataworks-public",
    );
}

#[test]
fn operation_naming_another_folders_product() {
    let files = edited(CANCEL, "product: Rds", "product: Dts");
    assert_one(
        &files,
        CANCEL,
        "product: Dts",
        "product",
        "is in folder `rds` (product `Rds`) but names product `Dts`",
    );
}

#[test]
fn folder_without_product_file() {
    let files = with_file(
        real_specs(),
        "ecs/StartInstance.yaml",
        "product: Ecs\naction: StartInstance\nsummary: s\nresponse: {}\n",
    );
    let d = problems(&files);
    assert_eq!(d.len(), 1, "{d}");
    assert!(
        d.0[0].message.contains("folder `ecs` has no product.yaml"),
        "{d}"
    );
}

#[test]
fn unknown_key_is_rejected_with_its_location() {
    let files = edited(
        DESCRIBE,
        "  - name: ImportId\n    type: int32",
        "  - name: ImportId\n    typo: int32",
    );
    assert_one(
        &files,
        DESCRIBE,
        "typo: int32",
        "parameters[5]",
        "unknown field `typo`",
    );
}

#[test]
fn yaml_syntax_error_is_located() {
    let files = edited(CANCEL, "summary: Cancels", "summary: [Cancels");
    let d = problems(&files);
    assert_eq!(d.len(), 1, "{d}");
    assert!(d.0[0].file.ends_with(CANCEL));
    assert!(d.0[0].line.is_some(), "{d}");
}

#[test]
fn common_signing_parameter_is_not_an_operation_parameter() {
    let files = edited(
        CANCEL,
        "  - name: ImportId\n",
        "  - name: AccessKeyId\n    type: string\n  - name: ImportId\n",
    );
    assert_one(
        &files,
        CANCEL,
        "AccessKeyId",
        "parameters[1].name",
        "common request parameter of the signing scheme",
    );
}

#[test]
fn type_names_that_collide() {
    // Naming the response's Items object after an operation type is a collision.
    let files = edited(DESCRIBE, "      type: object\n      description: An array", "      type: object\n      type_name: DescribeImportsFromDatabaseOutput\n      description: An array");
    assert_one(
        &files,
        DESCRIBE,
        "type_name: DescribeImportsFromDatabaseOutput",
        "response.fields[0].type_name",
        "type name `DescribeImportsFromDatabaseOutput` is already used",
    );
}

#[test]
fn request_only_key_on_a_response_field() {
    let files = edited(
        CANCEL,
        "    - name: RequestId\n      type: string\n",
        "    - name: RequestId\n      type: string\n      required: true\n",
    );
    assert_one(
        &files,
        CANCEL,
        "- name: RequestId",
        "response.fields[0]",
        "`required` is only for top-level request parameters",
    );
}

#[test]
fn failure_naming_a_missing_field() {
    let files = edited(DTS, "    code: ErrCode\n", "    code: ErrorCode\n");
    assert_one(
        &files,
        DTS,
        "code: ErrorCode",
        "response.failure.code",
        "response has no field `ErrorCode`",
    );
}

#[test]
fn malformed_time_default() {
    let files = edited(
        DESCRIBE,
        "    format: utc-minute\n",
        "    format: utc-minute\n    default: 2011-06-11 16:00\n",
    );
    assert_one(
        &files,
        DESCRIBE,
        "default: 2011-06-11 16:00",
        "parameters[1].default",
        "not a UTC time of the form yyyy-MM-ddTHH:mmZ",
    );
}

#[test]
fn every_problem_in_every_file_in_one_run() {
    let mut files = edited(CANCEL, "product: Rds", "product: Rdss");
    let f = files.iter_mut().find(|f| f.rel == DESCRIBE).unwrap();
    f.text = f
        .text
        .replacen("    default: 30\n", "    default: 40\n", 1)
        .replacen(
            "    type: int32\n    description: The ID of the single",
            "    type: integer\n    description: The ID of the single",
            1,
        );
    let f = files.iter_mut().find(|f| f.rel == DTS).unwrap();
    f.text = f.text.replacen(
        "    code: CheckStatus.InvalidInitStatus\n",
        "    code: Throttling.User\n",
        1,
    );
    let d = problems(&files);
    let summary: Vec<_> = d
        .iter()
        .map(|p| {
            (
                p.file.file_name().unwrap().to_str().unwrap().to_owned(),
                p.path.clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("ModifyDtsJob.yaml".to_owned(), "errors[5].code".to_owned()),
            ("CancelImport.yaml".to_owned(), "product".to_owned()),
            (
                "DescibeImportsFromDatabase.yaml".to_owned(),
                "parameters[5].type".to_owned()
            ),
            (
                "DescibeImportsFromDatabase.yaml".to_owned(),
                "parameters[6].default".to_owned()
            ),
        ],
        "{d}"
    );
    assert!(d.to_string().ends_with("4 problems found in the specs"));
}

#[test]
fn keywords_are_escaped() {
    let files = edited(
        CANCEL,
        "  - name: ImportId\n",
        "  - name: Type\n    type: string\n  - name: ImportId\n",
    );
    let model = load(&files).unwrap_or_else(|d| panic!("{d}"));
    let cancel = model
        .products
        .iter()
        .flat_map(|p| &p.operations)
        .find(|o| o.action == "CancelImport")
        .unwrap();
    assert_eq!(cancel.params[1].rust, "r#type");
}

#[test]
fn type_names_that_would_hide_the_prelude() {
    let files = edited(
        DESCRIBE,
        "      type: object\n      description: An array",
        "      type: object\n      type_name: Option\n      description: An array",
    );
    assert_one(
        &files,
        DESCRIBE,
        "- name: Items",
        "response.fields[0]",
        "type name `Option` would hide the standard `Option`",
    );
}

#[test]
fn operation_named_like_the_shared_enum_module() {
    let files = edited(CANCEL, "action: CancelImport", "action: Shared");
    assert_one(
        &files,
        CANCEL,
        "action: Shared",
        "action",
        "becomes module `shared`, which holds the product's shared enums",
    );
}

#[test]
fn parameter_named_like_a_builder_method() {
    let files = edited(CANCEL, "- name: DBInstanceId", "- name: Send");
    assert_one(
        &files,
        CANCEL,
        "- name: Send",
        "parameters[0].name",
        "parameter `Send` becomes `send`, which the builder uses for itself",
    );
}

#[test]
fn a_changed_product_code_names_product_yaml_and_each_operation() {
    let files = edited("rds/product.yaml", "code: Rds", "code: RDS");
    let d = problems(&files);
    let rds_ops: Vec<String> = std::fs::read_dir(tests::root().join("specs/rds"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "product.yaml")
        .collect();
    assert!(rds_ops.len() >= 8, "{rds_ops:?}");
    assert_eq!(d.len(), 1 + rds_ops.len(), "{d}");
    let product =
        d.0.iter()
            .find(|p| p.file.ends_with("rds/product.yaml"))
            .unwrap_or_else(|| panic!("product.yaml is not named:\n{d}"));
    assert_eq!(product.path, "code", "{product}");
    assert_eq!(
        product.line,
        Some(line_of(&files, "rds/product.yaml", "code: RDS", 1))
    );
    assert!(
        product
            .message
            .contains("product code `RDS` does not match")
            && rds_ops.iter().all(|op| product.message.contains(op)),
        "{product}"
    );
    for op in &rds_ops {
        assert!(
            d.0.iter()
                .any(|p| p.file.ends_with(op.as_str()) && p.path == "product"),
            "{op} is not named:\n{d}"
        );
    }
}

const DETAIL: &str = "dts/DescribeDtsJobDetail.yaml";

#[test]
fn a_waiter_state_the_page_does_not_document() {
    let files = edited(
        DETAIL,
        "success: [Synchronizing, Migrating, Finished]",
        "success: [Synchronizing, Running, Finished]",
    );
    assert_one(
        &files,
        DETAIL,
        "success: [Synchronizing, Running, Finished]",
        "waiters[0].success[1]",
        "`Running` is not a documented value of `Status`",
    );
}

#[test]
fn a_waiter_on_a_field_without_documented_values() {
    let files = edited(DETAIL, "    state: Status\n", "    state: DtsJobName\n");
    assert_one(
        &files,
        DETAIL,
        "state: DtsJobName",
        "waiters[0].state",
        "`DtsJobName` has no documented values",
    );
}

#[test]
fn a_waiter_needing_a_parameter_the_operation_lacks() {
    let files = edited(DETAIL, "input: [DtsJobId]", "input: [DtsJobID]");
    assert_one(
        &files,
        DETAIL,
        "input: [DtsJobID]",
        "waiters[0].input[0]",
        "the operation has no parameter `DtsJobID`",
    );
}

#[test]
fn a_waiter_with_delays_out_of_order_or_a_state_listed_twice() {
    let files = edited(
        DETAIL,
        "delay: { min: 10, max: 120 }",
        "delay: { min: 10, max: 5 }",
    );
    assert_one(
        &files,
        DETAIL,
        "delay: { min: 10, max: 5 }",
        "waiters[0].delay",
        "1 <= min <= max",
    );
    let files = edited(
        DETAIL,
        "failure: [PrecheckFailed]",
        "failure: [PrecheckFailed, PreCheckPass]",
    );
    assert_one(
        &files,
        DETAIL,
        "failure: [PrecheckFailed, PreCheckPass]",
        "waiters[1].failure[1]",
        "state `PreCheckPass` is listed twice",
    );
}

#[test]
fn a_waiter_method_that_an_operation_also_becomes() {
    // `WaitUntilDtsJobRunning` sorts after `DescribeDtsJobDetail`: the clash is found whatever
    // order the files come in.
    let files = with_file(
        real_specs(),
        "dts/WaitUntilDtsJobRunning.yaml",
        "product: Dts\naction: WaitUntilDtsJobRunning\nsummary: A clash.\nresponse:\n  fields: []\n",
    );
    assert_one(
        &files,
        DETAIL,
        "- name: dts_job_running",
        "waiters[0].name",
        "the waiter's method `wait_until_dts_job_running` is also the method of operation `WaitUntilDtsJobRunning`",
    );
}

#[test]
fn a_response_sample_with_a_key_the_response_lacks_or_not_json() {
    let rel = "dts/ModifyDtsJob.yaml";
    let files = edited(rel, "\"DtsJobId\": \"bi6e22a****\"", "\"DtsJobID\": \"x\"");
    assert_one(
        &files,
        rel,
        "example: |-",
        "response.example",
        "not response fields: DtsJobID",
    );
    let files = edited(rel, "\"Success\": true\n", "\"Success\": tru\n");
    assert_one(&files, rel, "example: |-", "response.example", "not JSON");
}

#[test]
fn a_product_name_on_two_lines_or_empty() {
    for name in ["name: \"Data\\nTransmission\"", "name: ' '"] {
        let files = edited("dts/product.yaml", "name: Data Transmission Service", name);
        assert_one(&files, "dts/product.yaml", "name:", "name", "spans lines");
    }
}

#[test]
fn names_too_long_for_a_file_name() {
    let long = "X".repeat(300);
    let files = edited(CANCEL, "action: CancelImport", &format!("action: {long}"));
    assert_one(&files, CANCEL, "action: X", "action", "limited to 128");
    let files = edited(
        "dts/product.yaml",
        "code: Dts",
        &format!("code: Dts\nmodule: d{}", "s".repeat(200)),
    );
    assert_one(
        &files,
        "dts/product.yaml",
        "module: d",
        "module",
        "limited to 128",
    );
}
