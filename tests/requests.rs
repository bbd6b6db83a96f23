//! The generated builders as a user of the crate sees them: requests of every operation
//! built and encoded, and each documented rule enforced before any I/O.

use alicloud_migration::{
    dataworks_public, dts, rds, Config, Credentials, OperationInput as _, Rule,
};
use serde_json::json;
use std::collections::BTreeMap;

fn config() -> Config {
    Config::builder()
        .region("cn-hangzhou")
        .credentials(Credentials::new("id", "secret"))
        .build()
        .unwrap()
}

/// Reads a response document the way the client does.
fn from_json<T: alicloud_migration::runtime::FromJson>(
    text: &str,
) -> Result<T, alicloud_migration::runtime::JsonError> {
    T::from_json(serde_json::from_str(text).expect("test JSON is valid"))
}

type Pairs<'a> = Vec<(&'a str, &'a str)>;

/// The query and body parameters of a request.
fn params(r: &alicloud_migration::runtime::Request) -> (Pairs<'_>, Pairs<'_>) {
    let q = r
        .query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let b = r
        .body
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    (q, b)
}

#[test]
fn modify_import_task() {
    let rds = rds::Client::new(&config());
    let input = rds
        .modify_import_task()
        .region_id("cn-hangzhou")
        .db_instance_id("rm-2ze63v2p3o3k")
        .task_id("1234567")
        .operation(rds::modify_import_task::Operation::Cancel)
        .build()
        .unwrap();
    let r = input.to_request();
    assert_eq!(
        (r.op.action, r.op.method, r.op.product.version),
        ("ModifyImportTask", "POST", "2014-08-15")
    );
    let (q, b) = params(&r);
    assert_eq!(
        q,
        [
            ("RegionId", "cn-hangzhou"),
            ("DBInstanceId", "rm-2ze63v2p3o3k"),
            ("TaskId", "1234567"),
            ("Operation", "CANCEL")
        ]
    );
    assert!(b.is_empty());
}

#[test]
fn describe_imports_from_database_keeps_the_vendor_spelling() {
    let rds = rds::Client::new(&config());
    let input = rds
        .describe_imports_from_database()
        .db_instance_id("rm-bp1")
        .engine("SQLServer")
        .start_time("2011-06-11T15:00Z")
        .end_time("2011-06-11T16:00Z")
        .page_size(50)
        .page_number(2)
        .import_id(123)
        .client_token("tok")
        .build()
        .unwrap();
    let r = input.to_request();
    assert_eq!(r.op.action, "DescibeImportsFromDatabase");
    let (q, _) = params(&r);
    assert_eq!(
        q,
        [
            ("DBInstanceId", "rm-bp1"),
            ("EndTime", "2011-06-11T16:00Z"),
            ("Engine", "SQLServer"),
            ("StartTime", "2011-06-11T15:00Z"),
            ("ClientToken", "tok"),
            ("ImportId", "123"),
            ("PageSize", "50"),
            ("PageNumber", "2"),
        ]
    );
}

#[test]
fn cancel_import() {
    let rds = rds::Client::new(&config());
    let r = rds
        .cancel_import()
        .db_instance_id("rm-uf6")
        .import_id(8562584)
        .build()
        .unwrap()
        .to_request();
    assert_eq!(
        params(&r).0,
        [("DBInstanceId", "rm-uf6"), ("ImportId", "8562584")]
    );
}

#[test]
fn modify_dts_job_sends_json_parameters_in_the_body() {
    let dts = dts::Client::new(&config());
    let mut db_list = BTreeMap::new();
    let mut entry = dts::modify_dts_job::DbListEntry {
        name: Some("dtstest".into()),
        all: Some(true),
        ..Default::default()
    };
    entry
        .extra
        .insert("Table".into(), json!({"t1": {"name": "t1", "all": true}}));
    db_list.insert("dtstest".to_owned(), entry);
    let mut reserved = BTreeMap::new();
    reserved.insert("maxRetryTime".to_owned(), json!(43200));
    reserved.insert("srcSSL".to_owned(), json!("0"));
    let r = dts
        .modify_dts_job()
        .dts_instance_id("dtsbi6e22ay243")
        .synchronization_direction("Forward")
        .db_list(db_list)
        .reserved(reserved)
        .modify_type_enum("SOMETHING_NEW")
        .etl_operator_column_reference(json!({"srcNetType": "VPC"}))
        .structure_initialization(true)
        .data_synchronization(false)
        .filter_table_name("testtable")
        .client_token("0c593ea1-3bea-11e9")
        .build()
        .unwrap()
        .to_request();
    let (q, b) = params(&r);
    assert_eq!(
        q,
        [
            ("DtsInstanceId", "dtsbi6e22ay243"),
            ("SynchronizationDirection", "Forward"),
            ("ClientToken", "0c593ea1-3bea-11e9"),
            ("StructureInitialization", "true"),
            ("DataSynchronization", "false"),
        ]
    );
    assert_eq!(
        b,
        [
            (
                "DbList",
                r#"{"dtstest":{"name":"dtstest","all":true,"Table":{"t1":{"all":true,"name":"t1"}}}}"#
            ),
            ("EtlOperatorColumnReference", r#"{"srcNetType":"VPC"}"#),
            ("ModifyTypeEnum", "SOMETHING_NEW"),
            ("Reserved", r#"{"maxRetryTime":43200,"srcSSL":"0"}"#),
            ("FilterTableName", "testtable"),
        ]
    );
}

#[test]
fn update_di_sync_task_sends_documents_as_json_text() {
    let dw = dataworks_public::Client::new(&config());
    let task_param = dataworks_public::update_di_sync_task::TaskParam {
        resource_group: Some("S_res_group_XXX".into()),
        ..Default::default()
    };
    let r = dw
        .update_di_sync_task()
        .project_id(10000)
        .task_type("DI_OFFLINE")
        .task_content(json!({"type": "job", "version": "2.0"}))
        .task_param(task_param)
        .file_id(9_007_199_254_740_993)
        .build()
        .unwrap()
        .to_request();
    assert_eq!(r.op.action, "UpdateDISyncTask");
    assert_eq!(
        params(&r).0,
        [
            ("ProjectId", "10000"),
            ("TaskType", "DI_OFFLINE"),
            ("TaskContent", r#"{"type":"job","version":"2.0"}"#),
            ("TaskParam", r#"{"ResourceGroup":"S_res_group_XXX"}"#),
            ("FileId", "9007199254740993"),
        ]
    );
}

fn rule_of<T: std::fmt::Debug>(
    r: Result<T, alicloud_migration::ValidationError>,
) -> (&'static str, Rule) {
    let e = r.unwrap_err();
    (e.param, e.rule)
}

#[test]
fn named_validation_errors() {
    let rds = rds::Client::new(&config());
    let ok = || {
        rds.describe_imports_from_database()
            .db_instance_id("rm-bp1")
            .engine("MySQL")
            .start_time("2011-06-11T15:00Z")
            .end_time("2011-06-11T16:00Z")
    };
    assert!(ok().build().is_ok());

    // A missing required parameter.
    let e = rds
        .cancel_import()
        .db_instance_id("rm-1")
        .build()
        .unwrap_err();
    assert_eq!((e.param, &e.rule), ("ImportId", &Rule::Required));
    assert_eq!(
        e.to_string(),
        "invalid parameter `ImportId`: it is required but was not set"
    );

    // A value outside a closed string enum, and outside an integer value set.
    assert_eq!(
        rule_of(ok().engine("Oracle").build()),
        (
            "Engine",
            Rule::OneOf {
                value: "Oracle".into(),
                allowed: "MySQL, SQLServer".into()
            }
        )
    );
    assert_eq!(
        rule_of(ok().page_size(40).build()),
        (
            "PageSize",
            Rule::OneOf {
                value: "40".into(),
                allowed: "30, 50, 100".into()
            }
        )
    );

    // A 65-character ClientToken, and a non-ASCII one.
    assert_eq!(
        rule_of(ok().client_token("x".repeat(65)).build()),
        (
            "ClientToken",
            Rule::MaxLength {
                max: 64,
                actual: 65
            }
        )
    );
    assert!(ok().client_token("x".repeat(64)).build().is_ok());
    assert_eq!(
        rule_of(ok().client_token("jeton-é").build()),
        ("ClientToken", Rule::Ascii)
    );

    // A malformed StartTime.
    assert_eq!(
        rule_of(ok().start_time("2011-06-11 15:00").build()),
        (
            "StartTime",
            Rule::TimeFormat {
                pattern: "yyyy-MM-ddTHH:mmZ"
            }
        )
    );
    assert_eq!(
        rule_of(ok().page_number(0).build()),
        ("PageNumber", Rule::Minimum { min: 1, actual: 0 })
    );

    // An open enum passes values through.
    let dts = dts::Client::new(&config());
    assert!(dts
        .modify_dts_job()
        .dts_instance_id("d")
        .modify_type_enum("ANYTHING")
        .build()
        .is_ok());
}

#[test]
fn enums_round_trip_and_keep_unknown_values() {
    use rds::describe_imports_from_database::{Engine, ImportDataStatus, PageSize};
    assert_eq!(Engine::MySql.as_str(), "MySQL");
    assert_eq!(Engine::from(String::from("SQLServer")), Engine::SqlServer);
    assert_eq!(Engine::from("Oracle"), Engine::Unknown("Oracle".into()));
    assert_eq!(Engine::from("Oracle").to_string(), "Oracle");
    assert_eq!(PageSize::from(100), PageSize::V100);
    assert_eq!(PageSize::V50.value(), 50);
    assert_eq!("30".parse::<PageSize>().unwrap(), PageSize::V30);
    assert!("thirty".parse::<PageSize>().is_err());
    let s: ImportDataStatus = from_json("\"StopSyncing\"").unwrap();
    assert_eq!(s, ImportDataStatus::StopSyncing);
    let s: ImportDataStatus = from_json("\"Paused\"").unwrap();
    assert!(!s.is_known());
}

#[test]
fn outputs_parse_the_documented_bodies() {
    let body = r#"{
        "TotalRecordCount": "3", "PageRecordCount": 30, "RequestId": "B000AA91", "PageNumber": 1,
        "Items": {"ImportResultFromDB": [
            {"ImportDataStatus": "FullImporting", "ImportDataType": "Full", "ImportId": 123,
             "ImportDataStatusDescription": "d", "IncrementalImportingTime": "2011-06-11T15:00Z", "NewField": 1}
        ]},
        "SomethingNew": {"x": 1}
    }"#;
    let out: rds::DescribeImportsFromDatabaseOutput = from_json(body).unwrap();
    assert_eq!(out.total_record_count, Some(3));
    let items = out.items.unwrap().import_result_from_db.unwrap();
    assert_eq!(items[0].import_id, Some(123));
    assert_eq!(
        items[0].import_data_status,
        Some(rds::describe_imports_from_database::ImportDataStatus::FullImporting)
    );

    let out: rds::ModifyImportTaskOutput = from_json(
        r#"{"RequestId":"069EB9B1","TaskId":"41698","TaskName":"task_1234","Status":"IMPORTING"}"#,
    )
    .unwrap();
    assert_eq!(
        (out.task_id, out.status.as_deref()),
        (Some(41698), Some("IMPORTING"))
    );

    let out: dts::ModifyDtsJobOutput =
        from_json(r#"{"DtsJobId":"bi6e22a","RequestId":"1D6E","Success":true}"#).unwrap();
    assert_eq!(out.success, Some(true));

    let out: dataworks_public::UpdateDiSyncTaskOutput = from_json(
        r#"{"Success":true,"RequestId":"0bc1","Data":{"Status":"success","Message":"m"}}"#,
    )
    .unwrap();
    assert_eq!(
        out.data.unwrap().status,
        Some(dataworks_public::update_di_sync_task::Status::Success)
    );
}

#[test]
fn error_enums_preserve_codes() {
    use alicloud_migration::ErrorMeta;
    let meta = |code: &str| {
        let mut m = ErrorMeta::default();
        m.status = 400;
        m.code = code.to_owned();
        m
    };
    let e = rds::ModifyImportTaskError::from(meta("InvalideStatus.Format"));
    assert!(matches!(
        e,
        rds::ModifyImportTaskError::InvalideStatusFormat(_)
    ));
    assert_eq!(e.code(), "InvalideStatus.Format");
    assert!(!e.is_retryable());
    let e = dts::ModifyDtsJobError::from(meta("Throttling.User"));
    assert!(matches!(e, dts::ModifyDtsJobError::ThrottlingUser(_)) && e.is_retryable());
    let e = rds::CancelImportError::from(meta("Throttling.Api"));
    assert!(matches!(e, rds::CancelImportError::Unknown(_)) && e.is_retryable());
    let e = rds::CancelImportError::from(meta("IncorrectDBInstanceState"));
    assert!(!e.is_retryable());
    assert_eq!(e.to_string(), "IncorrectDBInstanceState (HTTP 400)");
}

/// Action, version, query and body of a built request.
type Wire = (
    &'static str,
    &'static str,
    Vec<(String, String)>,
    Vec<(String, String)>,
);

fn wire<I: alicloud_migration::OperationInput>(
    call: Result<I, alicloud_migration::ValidationError>,
) -> Wire {
    let r = call.unwrap().to_request();
    (r.op.action, r.op.product.version, r.query, r.body)
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn rds_import_task_requests() {
    let rds = rds::Client::new(&config());
    let create = rds
        .create_import_task()
        .db_instance_id("rm-uf6wjk5xxxxxxx")
        .region_id("cn-hangzhou")
        .host("192.168.0.10")
        .port(3306)
        .stream_port(9999)
        .user("backup_user")
        .password("cGFzc3dvcmQ=")
        .estimated_size(100);
    // The secret reaches the wire but never the Debug output.
    let shown = format!("{create:?}");
    assert!(!shown.contains("cGFzc3dvcmQ="), "{shown}");
    assert!(shown.contains("password: Some(\"<redacted>\")"), "{shown}");
    assert!(shown.contains("192.168.0.10"), "{shown}");
    let (action, version, q, b) = wire(create.build());
    assert_eq!((action, version), ("CreateImportTask", "2014-08-15"));
    assert_eq!(
        q,
        pairs(&[
            ("DbInstanceId", "rm-uf6wjk5xxxxxxx"),
            ("EstimatedSize", "100"),
            ("Host", "192.168.0.10"),
            ("Password", "cGFzc3dvcmQ="),
            ("Port", "3306"),
            ("RegionId", "cn-hangzhou"),
            ("StreamPort", "9999"),
            ("User", "backup_user"),
        ])
    );
    assert!(b.is_empty());
    // Required parameters are checked before anything is built.
    let err = rds
        .create_import_task()
        .db_instance_id("rm-1")
        .build()
        .unwrap_err();
    assert_eq!((err.param, err.rule), ("Host", Rule::Required));

    let (action, _, q, _) = wire(
        rds.validate_import_task()
            .db_instance_id("rm-1")
            .region_id("cn-hangzhou")
            .host("h")
            .port(3306)
            .stream_port(9999)
            .user("u")
            .password("cA==")
            .source_platform("ECS")
            .build(),
    );
    assert_eq!(action, "ValidateImportTask");
    assert!(
        q.contains(&("SourcePlatform".into(), "ECS".into())),
        "{q:?}"
    );
    let (action, _, q, _) = wire(
        rds.describe_import_task_validation()
            .db_instance_id("rm-1")
            .task_id(42)
            .build(),
    );
    assert_eq!(action, "DescribeImportTaskValidation");
    assert_eq!(q, pairs(&[("DbInstanceId", "rm-1"), ("TaskId", "42")]));
    // DescribeImportTask spells the instance parameter DBInstanceId and takes a text TaskId.
    let (action, _, q, _) = wire(
        rds.describe_import_task()
            .db_instance_id("rm-1")
            .region_id("cn-hangzhou")
            .task_id("42")
            .build(),
    );
    assert_eq!(action, "DescribeImportTask");
    assert_eq!(
        q,
        pairs(&[
            ("DBInstanceId", "rm-1"),
            ("RegionId", "cn-hangzhou"),
            ("TaskId", "42")
        ])
    );
    let (action, _, q, _) = wire(
        rds.list_import_tasks()
            .db_instance_id("rm-1")
            .region_id("cn-hangzhou")
            .max_results(30)
            .next_token("tok")
            .build(),
    );
    assert_eq!(action, "ListImportTasks");
    assert_eq!(
        q,
        pairs(&[
            ("DBInstanceId", "rm-1"),
            ("MaxResults", "30"),
            ("NextToken", "tok"),
            ("RegionId", "cn-hangzhou"),
        ])
    );
}

#[test]
fn dts_job_requests() {
    use dts::configure_dts_job as cfg;
    let dts = dts::Client::new(&config());
    let configure = dts
        .configure_dts_job()
        .dts_job_name("rds_to_rds")
        .source_endpoint_instance_type(cfg::SourceEndpointInstanceType::Rds)
        .source_endpoint_instance_id("rm-src")
        .source_endpoint_engine_name("MYSQL")
        .source_endpoint_user_name("dtstest")
        .source_endpoint_password("src-secret")
        .destination_endpoint_instance_type("RDS")
        .destination_endpoint_instance_id("rm-dst")
        .destination_endpoint_password("dst-secret")
        .structure_initialization(true)
        .data_initialization(true)
        .data_synchronization(false)
        .db_list(r#"{"db1":{"name":"db1","all":true}}"#)
        .reserve(json!({"autoStartModulesAfterConfig": "none"}))
        .job_type(cfg::JobType::Migration)
        .region_id("cn-hangzhou");
    let shown = format!("{configure:?}");
    assert!(
        !shown.contains("src-secret") && !shown.contains("dst-secret"),
        "{shown}"
    );
    let (action, version, q, b) = wire(configure.build());
    assert_eq!((action, version), ("ConfigureDtsJob", "2020-01-01"));
    let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    assert_eq!(get("SourceEndpointInstanceType"), Some("RDS"));
    assert_eq!(get("SourceEndpointPassword"), Some("src-secret"));
    assert_eq!(get("StructureInitialization"), Some("true"));
    assert_eq!(get("DataSynchronization"), Some("false"));
    assert_eq!(get("JobType"), Some("MIGRATION"));
    assert_eq!(get("DbList"), None, "DbList travels in the body");
    // The JSON parameters go to the form body: text as given, values serialised once.
    assert_eq!(
        b,
        pairs(&[
            ("DbList", r#"{"db1":{"name":"db1","all":true}}"#),
            ("Reserve", r#"{"autoStartModulesAfterConfig":"none"}"#),
        ])
    );
    // The instance-type list is open: a type it does not list is still sent.
    let (_, _, q, _) = wire(
        dts.configure_dts_job()
            .dts_job_name("n")
            .source_endpoint_instance_type("ECS")
            .destination_endpoint_instance_type("MONGODB")
            .structure_initialization(false)
            .data_initialization(false)
            .data_synchronization(true)
            .job_type("SYNC")
            .build(),
    );
    assert!(q.contains(&("DestinationEndpointInstanceType".into(), "MONGODB".into())));
    // Lists taken from the reference text are open: an unlisted value is sent as it is.
    let input = dts
        .configure_dts_job()
        .dts_job_name("n")
        .source_endpoint_instance_type("RDS")
        .destination_endpoint_instance_type("RDS")
        .structure_initialization(false)
        .data_initialization(false)
        .data_synchronization(true)
        .job_type("COPY")
        .build()
        .unwrap();
    assert_eq!(input.job_type, Some(cfg::JobType::Unknown("COPY".into())));
    assert!(input
        .to_request()
        .query
        .contains(&("JobType".into(), "COPY".into())));
    let (action, _, q, _) = wire(
        dts.create_dts_instance()
            .r#type("MIGRATION")
            .pay_type("PostPaid")
            .instance_class("large")
            .source_region("cn-hangzhou")
            .destination_region("cn-hangzhou")
            .source_endpoint_engine_name("MySQL")
            .destination_endpoint_engine_name("MySQL")
            .auto_start(true)
            .quantity(1)
            .min_du(1.5)
            .build(),
    );
    assert_eq!(action, "CreateDtsInstance");
    assert_eq!(
        q,
        pairs(&[
            ("InstanceClass", "large"),
            ("PayType", "PostPaid"),
            ("AutoStart", "true"),
            ("Quantity", "1"),
            ("Type", "MIGRATION"),
            ("SourceRegion", "cn-hangzhou"),
            ("DestinationRegion", "cn-hangzhou"),
            ("SourceEndpointEngineName", "MySQL"),
            ("DestinationEndpointEngineName", "MySQL"),
            ("MinDu", "1.5"),
        ])
    );
    let (action, _, q, _) = wire(
        dts.describe_pre_check_status()
            .dts_job_id("j1")
            .job_code("01")
            .page_no("1")
            .page_size("30")
            .build(),
    );
    assert_eq!(action, "DescribePreCheckStatus");
    assert_eq!(
        q,
        pairs(&[
            ("DtsJobId", "j1"),
            ("PageNo", "1"),
            ("PageSize", "30"),
            ("JobCode", "01")
        ])
    );
    // The detail query spells the instance parameter DtsInstanceID; the others DtsInstanceId.
    let (action, _, q, _) = wire(
        dts.describe_dts_job_detail()
            .dts_job_id("j1")
            .dts_instance_id("dts1")
            .sync_sub_job_history(false)
            .build(),
    );
    assert_eq!(action, "DescribeDtsJobDetail");
    assert_eq!(
        q,
        pairs(&[
            ("DtsJobId", "j1"),
            ("DtsInstanceID", "dts1"),
            ("SyncSubJobHistory", "false")
        ])
    );
    let (action, _, q, _) = wire(
        dts.describe_dts_jobs()
            .region("cn-hangzhou")
            .job_type("MIGRATION")
            .status("Migrating")
            .tags(json!([{"key": "k", "value": "v"}]))
            .page_size(20)
            .page_number(2)
            .build(),
    );
    assert_eq!(action, "DescribeDtsJobs");
    assert_eq!(
        q,
        pairs(&[
            ("Region", "cn-hangzhou"),
            ("Status", "Migrating"),
            ("Tags", r#"[{"key":"k","value":"v"}]"#),
            ("PageSize", "20"),
            ("PageNumber", "2"),
            ("JobType", "MIGRATION"),
        ])
    );
    let control = [
        wire(
            dts.start_dts_job()
                .dts_job_id("j1")
                .region_id("cn-hangzhou")
                .build(),
        ),
        wire(
            dts.suspend_dts_job()
                .dts_job_id("j1")
                .region_id("cn-hangzhou")
                .build(),
        ),
        wire(
            dts.stop_dts_job()
                .dts_job_id("j1")
                .region_id("cn-hangzhou")
                .build(),
        ),
        wire(
            dts.reset_dts_job()
                .dts_job_id("j1")
                .region_id("cn-hangzhou")
                .build(),
        ),
        wire(
            dts.delete_dts_job()
                .dts_job_id("j1")
                .region_id("cn-hangzhou")
                .build(),
        ),
    ];
    let actions: Vec<_> = control.iter().map(|w| w.0).collect();
    assert_eq!(
        actions,
        [
            "StartDtsJob",
            "SuspendDtsJob",
            "StopDtsJob",
            "ResetDtsJob",
            "DeleteDtsJob"
        ]
    );
    for (_, _, q, b) in control {
        assert_eq!(q, pairs(&[("DtsJobId", "j1"), ("RegionId", "cn-hangzhou")]));
        assert!(b.is_empty());
    }
}

#[test]
fn dataworks_di_requests() {
    let dw = dataworks_public::Client::new(&config());
    let (action, version, q, b) = wire(
        dw.create_di_sync_task()
            .project_id(10000)
            .task_type("DI_OFFLINE")
            .task_content(json!({"type": "job", "version": "2.0"}))
            .task_param(r#"{"FileFolderPath":"Business Flow/x","ResourceGroup":"S_res"}"#)
            .task_name("new_di_task")
            .client_token("tok-1")
            .build(),
    );
    assert_eq!((action, version), ("CreateDISyncTask", "2020-05-18"));
    assert_eq!(
        q,
        pairs(&[
            ("ProjectId", "10000"),
            ("TaskType", "DI_OFFLINE"),
            (
                "TaskParam",
                r#"{"FileFolderPath":"Business Flow/x","ResourceGroup":"S_res"}"#
            ),
            ("TaskName", "new_di_task"),
            ("ClientToken", "tok-1"),
        ])
    );
    assert_eq!(
        b,
        pairs(&[("TaskContent", r#"{"type":"job","version":"2.0"}"#)])
    );
    let err = dw
        .create_di_sync_task()
        .project_id(1)
        .task_type("DI_OFFLINE")
        .task_content("{not json")
        .build()
        .unwrap_err();
    assert_eq!(err.param, "TaskContent");

    let by_file = [
        wire(
            dw.get_di_sync_task()
                .project_id(10000)
                .task_type("DI_REALTIME")
                .file_id(100)
                .build(),
        ),
        wire(
            dw.deploy_di_sync_task()
                .project_id(10000)
                .task_type("DI_REALTIME")
                .file_id(100)
                .build(),
        ),
        wire(
            dw.get_di_sync_instance_info()
                .project_id(10000)
                .task_type("DI_REALTIME")
                .file_id(100)
                .build(),
        ),
        wire(
            dw.stop_di_sync_instance()
                .project_id(10000)
                .task_type("DI_REALTIME")
                .file_id(100)
                .build(),
        ),
        wire(
            dw.terminate_di_sync_instance()
                .project_id(10000)
                .task_type("DI_REALTIME")
                .file_id(100)
                .build(),
        ),
        wire(
            dw.delete_di_sync_task()
                .project_id(10000)
                .task_type("DI_REALTIME")
                .file_id(100)
                .build(),
        ),
    ];
    let actions: Vec<_> = by_file.iter().map(|w| w.0).collect();
    assert_eq!(
        actions,
        [
            "GetDISyncTask",
            "DeployDISyncTask",
            "GetDISyncInstanceInfo",
            "StopDISyncInstance",
            "TerminateDISyncInstance",
            "DeleteDISyncTask"
        ]
    );
    for (_, _, q, _) in by_file {
        assert_eq!(
            q,
            pairs(&[
                ("ProjectId", "10000"),
                ("TaskType", "DI_REALTIME"),
                ("FileId", "100")
            ])
        );
    }
    let (action, _, q, _) = wire(
        dw.start_di_sync_instance()
            .project_id(10000)
            .task_type("DI_REALTIME")
            .file_id(100)
            .start_param(json!({"startOffset": "1671725767"}))
            .build(),
    );
    assert_eq!(action, "StartDISyncInstance");
    assert!(q.contains(&(
        "StartParam".into(),
        r#"{"startOffset":"1671725767"}"#.into()
    )));
    let (action, _, q, _) = wire(
        dw.generate_di_sync_task_config_for_creating()
            .project_id(10000)
            .task_type("DI_REALTIME")
            .task_param(json!({"Tables": ["t1"]}))
            .build(),
    );
    assert_eq!(action, "GenerateDISyncTaskConfigForCreating");
    assert!(q.contains(&("TaskParam".into(), r#"{"Tables":["t1"]}"#.into())));
    // The task type list is closed here (the metadata lists it).
    let err = dw
        .query_di_sync_task_config_process_result()
        .project_id(10000)
        .task_type("DI_BATCH")
        .async_process_id(1000)
        .build()
        .unwrap_err();
    assert_eq!(err.param, "TaskType");
    let (action, _, q, _) = wire(
        dw.query_di_sync_task_config_process_result()
            .project_id(10000)
            .task_type("DI_REALTIME")
            .async_process_id(1000)
            .build(),
    );
    assert_eq!(action, "QueryDISyncTaskConfigProcessResult");
    assert_eq!(
        q,
        pairs(&[
            ("ProjectId", "10000"),
            ("TaskType", "DI_REALTIME"),
            ("AsyncProcessId", "1000")
        ])
    );
}
