//! Requests of the operations the migration workflows added (RDS import tasks, DTS jobs,
//! DataWorks data integration): wire names, placement, JSON text, open and closed lists.

use super::{config, Rule};
use alicloud_migration::{dataworks_public, dts, rds, OperationInput as _};
use serde_json::json;

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
    let job_type = input.job_type.as_ref().unwrap();
    assert!(
        !job_type.is_known() && job_type.as_str() == "COPY",
        "{job_type:?}"
    );
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
