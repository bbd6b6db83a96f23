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
    let oracle = Engine::from("Oracle");
    assert!(!oracle.is_known() && Engine::MySql.is_known());
    assert_eq!(oracle, Engine::from(String::from("Oracle")));
    assert_ne!(oracle, Engine::MySql);
    assert_eq!(oracle.to_string(), "Oracle");
    assert_eq!(format!("{:?}", Engine::MySql), "Engine(\"MySQL\")");
    // The documented values are constants, usable as patterns.
    let label = |e: &Engine| match *e {
        Engine::MySql => "mysql",
        Engine::SqlServer => "sqlserver",
        _ => "other",
    };
    assert_eq!(
        (label(&Engine::from("MySQL")), label(&oracle)),
        ("mysql", "other")
    );
    let set: std::collections::HashSet<Engine> =
        [Engine::from("MySQL"), Engine::MySql, oracle.clone()].into();
    assert_eq!(set.len(), 2, "hashing agrees with equality");
    assert!(!PageSize::from(40).is_known() && PageSize::V30.is_known());
    assert_eq!(PageSize::from(100), PageSize::V100);
    assert_eq!(PageSize::V50.value(), 50);
    assert_eq!(i64::from(PageSize::from(7)), 7);
    assert_eq!("30".parse::<PageSize>().unwrap(), PageSize::V30);
    assert!("thirty".parse::<PageSize>().is_err());
    let s: ImportDataStatus = from_json("\"StopSyncing\"").unwrap();
    assert_eq!(s, ImportDataStatus::StopSyncing);
    let s: ImportDataStatus = from_json("\"Paused\"").unwrap();
    assert!(!s.is_known());
    assert_eq!(Engine::VALUES, ["MySQL", "SQLServer"]);
    assert_eq!(PageSize::VALUES, [30, 50, 100]);
    assert_eq!(format!("{:?}", PageSize::V30), "PageSize(30)");
    assert_eq!(format!("{}", PageSize::from(7)), "7");
    assert_eq!(serde_json::to_string(&oracle).unwrap(), "\"Oracle\"");
    assert_eq!(serde_json::to_string(&PageSize::V50).unwrap(), "50");
    // serde both ways, for programs that keep the values in their own types.
    let back: Vec<Engine> = serde_json::from_str(r#"["MySQL", "Oracle"]"#).unwrap();
    assert_eq!(back, [Engine::MySql, oracle.clone()]);
    assert!(back[0].is_known() && !back[1].is_known());
    let back: Vec<PageSize> = serde_json::from_str("[30, 7]").unwrap();
    assert_eq!(back, [PageSize::V30, PageSize::from(7)]);
    assert!(
        serde_json::from_str::<PageSize>("\"30\"").is_err(),
        "serde is strict"
    );
    assert_eq!(AsRef::<str>::as_ref(&oracle), "Oracle");
    // An integer enum reads as its integer does: a number, a numeric string, and "" for unset.
    let mut o = serde_json::json!({"A": "50", "B": "", "C": 7})
        .as_object()
        .cloned()
        .unwrap();
    use alicloud_migration::runtime::json::field;
    assert_eq!(field::<PageSize>(&mut o, "A").unwrap(), Some(PageSize::V50));
    assert_eq!(field::<PageSize>(&mut o, "B").unwrap(), None);
    assert_eq!(
        field::<PageSize>(&mut o, "C").unwrap(),
        Some(PageSize::from(7))
    );
}

/// Enums with the same values are one type: under different names in one operation, and
/// under one name in operations that describe the values in other words; so are objects with
/// the same fields. A value of one is a value of the other (this would not compile if they
/// were two types).
#[test]
fn types_with_the_same_values_are_one_type() {
    use dts::describe_dts_jobs::{DtsJobListStatus, EtlDemoListStatus};
    let status: EtlDemoListStatus = DtsJobListStatus::Synchronizing;
    assert_eq!(status, EtlDemoListStatus::from("Synchronizing"));
    assert_eq!(EtlDemoListStatus::VALUES, DtsJobListStatus::VALUES);
    let stop = dts::stop_dts_job::SynchronizationDirection::Reverse;
    let start: dts::start_dts_job::SynchronizationDirection = stop.clone();
    assert_eq!(start.as_str(), "Reverse");
    // `Debug` names the enum whose constants they share, as the aliases' docs say.
    assert_eq!(format!("{stop:?}"), "DtsJobDirection(\"Reverse\")");
    // The ETL demo list's performance reads as the job list's does.
    let out: dts::DescribeDtsJobsOutput = from_json(
        r#"{"DtsJobList": [{"Performance": {"Rps": "5"}}], "EtlDemoList": [{"Performance": {"Rps": "7"}}]}"#,
    )
    .unwrap();
    let job: dts::describe_dts_jobs::Performance =
        out.dts_job_list.unwrap()[0].performance.clone().unwrap();
    let demo: dts::describe_dts_jobs::EtlDemoListPerformance =
        out.etl_demo_list.unwrap()[0].performance.clone().unwrap();
    assert_eq!(
        (job.rps.as_deref(), demo.rps.as_deref()),
        (Some("5"), Some("7"))
    );
    let _same: [dts::describe_dts_jobs::Performance; 2] = [job, demo];
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

mod workflows;
