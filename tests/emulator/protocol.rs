//! Authentication, dispatch and validation answered as the service answers them, the
//! emulator's parameter tables against the generated crate's, answers built from the specs,
//! faults and the state file.

use super::{config, start};
use alicloud_migration::{dts, rds, Config, Credentials, Error, OperationInput};
use emulator::{Emulator, Fault};
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use tests::raw::{exchange, send, Signed};

fn rds_cancel(id: &str) -> Signed<'static> {
    Signed::new("CancelImport", "2014-08-15")
        .param("DBInstanceId", "rm-1")
        .param("ImportId", id)
}

#[tokio::test]
async fn signatures_keys_dates_and_nonces_are_checked_as_the_service_does() {
    let emu = start().await;
    let addr = emu.addr();
    // The client's own requests verify (unknown import: a state answer, past authentication).
    let e = rds::Client::new(&config(&emu))
        .cancel_import()
        .db_instance_id("rm-1")
        .import_id(7)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.service().unwrap().code(), "InvalidImportId.NotFound");

    let wrong = Config::builder()
        .endpoint(emu.url())
        .credentials(Credentials::new("test", "not-the-secret"))
        .build()
        .unwrap();
    let e = rds::Client::new(&wrong)
        .cancel_import()
        .db_instance_id("rm-1")
        .import_id(7)
        .send()
        .await
        .unwrap_err();
    let meta = e.service().unwrap().meta();
    assert_eq!(
        (meta.status, meta.code.as_str()),
        (400, "SignatureDoesNotMatch")
    );
    assert!(meta.request_id.is_some() && meta.host_id.is_some());

    let mut unknown = rds_cancel("7");
    unknown.id = "LTAI-nobody";
    let (status, body) = send(addr, &unknown).await;
    assert_eq!(
        (status, &body["Code"]),
        (404, &json!("InvalidAccessKeyId.NotFound"))
    );

    let once = rds_cancel("7");
    assert_eq!(
        send(addr, &once).await.1["Code"],
        "InvalidImportId.NotFound"
    );
    let (status, body) = send(addr, &once).await;
    assert_eq!((status, &body["Code"]), (400, &json!("SignatureNonceUsed")));

    let mut old = rds_cancel("7");
    old.date = Some(now() - 3_600);
    let (status, body) = send(addr, &old).await;
    assert_eq!(
        (status, &body["Code"]),
        (400, &json!("InvalidTimeStamp.Expired"))
    );
    let mut near = rds_cancel("7");
    near.date = Some(now() - 600);
    assert_eq!(
        send(addr, &near).await.1["Code"],
        "InvalidImportId.NotFound"
    );

    let garbage = String::from_utf8(rds_cancel("7").bytes(&addr.to_string()))
        .unwrap()
        .replace("Signature=", "Signature=zz");
    let (status, body) = exchange(addr, garbage.as_bytes()).await;
    assert_eq!(
        (status, &body["Code"]),
        (400, &json!("IncompleteSignature"))
    );
    assert!(body["RequestId"].as_str().is_some_and(|r| !r.is_empty()));
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[tokio::test]
async fn an_sts_pair_needs_its_token() {
    let emu = Emulator::builder()
        .specs(tests::root().join("specs"))
        .sts_credentials("STS.id", "sts-secret", "the-token")
        .start()
        .await
        .unwrap();
    let with = Config::builder()
        .endpoint(emu.url())
        .credentials(Credentials::new("STS.id", "sts-secret").with_security_token("the-token"))
        .build()
        .unwrap();
    let out = dts::Client::new(&with).describe_dts_jobs().send().await;
    assert_eq!(out.unwrap().total_record_count, Some(0));
    let mut bare = Signed::new("DescribeDtsJobs", "2020-01-01");
    (bare.id, bare.secret) = ("STS.id", "sts-secret");
    let (status, body) = send(emu.addr(), &bare).await;
    assert_eq!((status, &body["Code"]), (400, &json!("MissingParameter")));
    assert!(body["Message"].as_str().unwrap().contains("SecurityToken"));
    bare.nonce.push('2');
    bare.token = Some("another-token");
    assert_eq!(
        send(emu.addr(), &bare).await.1["Code"],
        "InvalidSecurityToken.Mismatch"
    );
}

/// The legacy RPC signature, computed by the vendor's own Python package, is accepted; the
/// same request with a changed parameter is not.
#[tokio::test]
async fn the_legacy_hmac_sha1_signature_verifies_against_the_vendors_signer() {
    let emu = start().await;
    let mut params = json!({
        "Action": "DescribeDtsJobs", "Version": "2020-01-01", "Format": "JSON",
        "AccessKeyId": "test", "SignatureMethod": "HMAC-SHA1", "SignatureVersion": "1.0",
        "SignatureNonce": alicloud_migration::runtime::random::nonce(),
        "Timestamp": alicloud_migration::runtime::sign::utc_timestamp(now()),
        "PageSize": "20", "Params": "a b+c/é",
    });
    let input = json!({"params": params, "method": "GET", "secret": "test"});
    let out = tests::vendor_python("rpc_sign.py", &input);
    params["Signature"] = json!(String::from_utf8(out).unwrap());
    let get = |p: &Value| {
        let pairs: Vec<(String, String)> = p
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
            .collect();
        let q = alicloud_migration::runtime::sign::canonical_query(&pairs);
        format!(
            "GET /?{q} HTTP/1.1\r\nhost: {}\r\nconnection: close\r\n\r\n",
            emu.addr()
        )
    };
    let (status, body) = exchange(emu.addr(), get(&params).as_bytes()).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["TotalRecordCount"], 0);
    params["PageSize"] = json!("30");
    params["SignatureNonce"] = json!("another");
    let (status, body) = exchange(emu.addr(), get(&params).as_bytes()).await;
    assert_eq!(
        (status, &body["Code"]),
        (400, &json!("SignatureDoesNotMatch"))
    );
}

#[tokio::test]
async fn actions_versions_and_parameters_are_checked_with_the_clients_rules() {
    let emu = start().await;
    let addr = emu.addr();
    let (status, body) = send(addr, &Signed::new("RunInstances", "2014-05-26")).await;
    assert_eq!(
        (status, &body["Code"]),
        (404, &json!("InvalidAction.NotFound"))
    );
    let (status, body) = send(addr, &Signed::new("CancelImport", "2020-01-01")).await;
    assert_eq!((status, &body["Code"]), (400, &json!("InvalidVersion")));

    let missing = Signed::new("CancelImport", "2014-08-15").param("DBInstanceId", "rm-1");
    let (status, body) = send(addr, &missing).await;
    assert_eq!((status, &body["Code"]), (400, &json!("MissingParameter")));
    assert!(body["Message"].as_str().unwrap().contains("\"ImportId\""));

    let not_int = rds_cancel("seven");
    let (status, body) = send(addr, &not_int).await;
    assert_eq!((status, &body["Code"]), (400, &json!("InvalidParameter")));
    assert!(body["Message"].as_str().unwrap().contains("not an integer"));

    // The runtime's own message for a closed list, word for word.
    let page = Signed::new("DescibeImportsFromDatabase", "2014-08-15")
        .param("DBInstanceId", "rm-1")
        .param("Engine", "MySQL")
        .param("StartTime", "2026-11-01T00:00Z")
        .param("EndTime", "2026-12-01T00:00Z")
        .param("PageSize", "40");
    let (status, body) = send(addr, &page).await;
    assert_eq!((status, &body["Code"]), (400, &json!("InvalidParameter")));
    assert!(
        body["Message"].as_str().unwrap().contains(
            "invalid parameter `PageSize`: 40 is not one of the valid values (30, 50, 100)"
        ),
        "{body}"
    );
    let time = Signed::new("DescibeImportsFromDatabase", "2014-08-15")
        .param("DBInstanceId", "rm-1")
        .param("Engine", "MySQL")
        .param("StartTime", "2026-11-01 00:00")
        .param("EndTime", "2026-12-01T00:00Z");
    let (_, body) = send(addr, &time).await;
    assert!(body["Message"]
        .as_str()
        .unwrap()
        .contains("yyyy-MM-ddTHH:mmZ"));

    // Where the page names a code for invalid parameters, that code answers.
    let update = Signed::new("UpdateDISyncTask", "2020-05-18")
        .param("ProjectId", "1")
        .param("TaskType", "DI_REALTIME")
        .param("TaskContent", "{}")
        .param("TaskParam", "{}")
        .param("FileId", "1");
    let (status, body) = send(addr, &update).await;
    assert_eq!(
        (status, &body["Code"]),
        (400, &json!("Invalid.DI.Parameter"))
    );
    assert!(body["Message"].as_str().unwrap().contains("`TaskType`"));
}

/// The emulator's parameter tables, built from the specs at run time, are the generated
/// crate's tables: one set of rules on both sides.
#[test]
fn the_emulators_tables_are_the_generated_crates() {
    let model = codegen::model::load_dir(&tests::root().join("specs")).unwrap();
    let catalog = emulator::Catalog::from_model(&model);
    macro_rules! same {
        ($($t:ty => $action:literal),* $(,)?) => {{
            let mut n = 0;
            $(
                let op = catalog.get($action).expect($action);
                let ours: Vec<String> = op.params.iter().map(|p| format!("{:?}", p.meta)).collect();
                let theirs: Vec<String> =
                    <$t as OperationInput>::META.params.iter().map(|p| format!("{p:?}")).collect();
                assert_eq!(ours, theirs, "{}", $action);
                assert_eq!(op.version, <$t as OperationInput>::META.product.version);
                n += 1;
            )*
            n
        }};
    }
    use alicloud_migration::{dataworks_public as dw, dts, rds};
    let checked = same!(
        dw::create_di_sync_task::CreateDiSyncTaskInput => "CreateDISyncTask",
        dw::delete_di_sync_task::DeleteDiSyncTaskInput => "DeleteDISyncTask",
        dw::deploy_di_sync_task::DeployDiSyncTaskInput => "DeployDISyncTask",
        dw::generate_di_sync_task_config_for_creating::GenerateDiSyncTaskConfigForCreatingInput => "GenerateDISyncTaskConfigForCreating",
        dw::get_di_sync_instance_info::GetDiSyncInstanceInfoInput => "GetDISyncInstanceInfo",
        dw::get_di_sync_task::GetDiSyncTaskInput => "GetDISyncTask",
        dw::query_di_sync_task_config_process_result::QueryDiSyncTaskConfigProcessResultInput => "QueryDISyncTaskConfigProcessResult",
        dw::start_di_sync_instance::StartDiSyncInstanceInput => "StartDISyncInstance",
        dw::stop_di_sync_instance::StopDiSyncInstanceInput => "StopDISyncInstance",
        dw::terminate_di_sync_instance::TerminateDiSyncInstanceInput => "TerminateDISyncInstance",
        dw::update_di_sync_task::UpdateDiSyncTaskInput => "UpdateDISyncTask",
        dts::configure_dts_job::ConfigureDtsJobInput => "ConfigureDtsJob",
        dts::create_dts_instance::CreateDtsInstanceInput => "CreateDtsInstance",
        dts::delete_dts_job::DeleteDtsJobInput => "DeleteDtsJob",
        dts::describe_dts_job_detail::DescribeDtsJobDetailInput => "DescribeDtsJobDetail",
        dts::describe_dts_jobs::DescribeDtsJobsInput => "DescribeDtsJobs",
        dts::describe_pre_check_status::DescribePreCheckStatusInput => "DescribePreCheckStatus",
        dts::modify_dts_job::ModifyDtsJobInput => "ModifyDtsJob",
        dts::reset_dts_job::ResetDtsJobInput => "ResetDtsJob",
        dts::start_dts_job::StartDtsJobInput => "StartDtsJob",
        dts::stop_dts_job::StopDtsJobInput => "StopDtsJob",
        dts::suspend_dts_job::SuspendDtsJobInput => "SuspendDtsJob",
        rds::cancel_import::CancelImportInput => "CancelImport",
        rds::create_import_task::CreateImportTaskInput => "CreateImportTask",
        rds::describe_import_task::DescribeImportTaskInput => "DescribeImportTask",
        rds::describe_import_task_validation::DescribeImportTaskValidationInput => "DescribeImportTaskValidation",
        rds::describe_imports_from_database::DescribeImportsFromDatabaseInput => "DescibeImportsFromDatabase",
        rds::list_import_tasks::ListImportTasksInput => "ListImportTasks",
        rds::modify_import_task::ModifyImportTaskInput => "ModifyImportTask",
        rds::validate_import_task::ValidateImportTaskInput => "ValidateImportTask",
    );
    assert_eq!(checked, catalog.len(), "every served operation is compared");
}

/// Operations without state answer their spec's tree: synthetic specs, every operation.
#[tokio::test]
async fn every_operation_answers_from_its_spec() {
    let dir = std::env::temp_dir().join(format!("emulator-synth-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    codegen::synth::write(&dir, 24, 0, false).expect("synthetic specs are written");
    let model = codegen::model::load_dir(&dir).unwrap();
    let emu = Emulator::builder().specs(&dir).start().await.unwrap();
    let mut answered = 0;
    for product in &model.products {
        for op in &product.operations {
            let mut req = Signed::new(&op.action, &product.version);
            for p in op.params.iter().filter(|p| p.required) {
                req.query.push((p.wire.clone(), example(p)));
            }
            let (status, mut body) = send(emu.addr(), &req).await;
            assert_eq!(status, 200, "{}: {body}", op.action);
            assert!(body["RequestId"].as_str().is_some_and(|r| r.len() == 36));
            body.as_object_mut().unwrap().remove("RequestId");
            let mut want = emulator::answer::from_spec(op);
            want.as_object_mut().unwrap().remove("RequestId");
            assert_eq!(body, want, "{}", op.action);
            answered += 1;
        }
    }
    assert_eq!(answered, model.operation_count());
    assert!(answered >= 24);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A value meeting the parameter's rules: its example, else the first documented value, else
/// a value of its type within its bounds.
fn example(p: &codegen::model::Param) -> String {
    use codegen::model::{Literal, Type};
    if let Some(e) = &p.docs.example {
        return e.clone();
    }
    match &p.ty {
        Type::Enum(e) => match &e.values[0].wire {
            Literal::Str(s) => s.clone(),
            Literal::Int(n) => n.to_string(),
            Literal::Bool(b) => b.to_string(),
        },
        Type::Int(_) => p.rules.minimum.unwrap_or(1).to_string(),
        Type::Bool => "true".into(),
        Type::Float => "1.5".into(),
        Type::String => match p.rules.format {
            Some(codegen::model::TimeFormat::UtcMinute) => "2026-11-24T05:00Z".into(),
            Some(codegen::model::TimeFormat::UtcSecond) => "2026-11-24T05:00:00Z".into(),
            None => "x".repeat(p.rules.min_length.unwrap_or(1).max(1) as usize),
        },
        _ => "{}".into(),
    }
}

#[tokio::test]
async fn faults_from_the_library_and_the_control_endpoint() {
    let emu = start().await;
    let client = dts::Client::new(&config(&emu));
    // One throttled answer: the client's retry gets through.
    emu.inject(Fault::throttle(Some("DescribeDtsJobs")).times(1))
        .unwrap();
    client.describe_dts_jobs().send().await.unwrap();
    assert!(emu.state().dts_jobs.is_empty());

    // A documented code takes its documented status.
    emu.inject(Fault::error(Some("ModifyDtsJob"), "OperationDenied.JobStatusModifying").times(1))
        .unwrap();
    let e = client
        .modify_dts_job()
        .dts_instance_id("dts1")
        .send()
        .await
        .unwrap_err();
    let meta = e.service().unwrap().meta();
    assert_eq!(
        (meta.status, meta.code.as_str()),
        (403, "OperationDenied.JobStatusModifying")
    );

    // 503 on every call: the client gives up after its attempts.
    emu.inject(Fault::unavailable(Some("DescribeDtsJobs"), 503))
        .unwrap();
    let e = client.describe_dts_jobs().send().await.unwrap_err();
    let meta = e.service().unwrap().meta();
    assert_eq!(
        (meta.code.as_str(), meta.attempts),
        ("ServiceUnavailable", 3)
    );
    emu.clear_faults();

    // Latency delays the answer.
    emu.inject(Fault::latency(None, Duration::from_millis(150)).times(1))
        .unwrap();
    let t = Instant::now();
    client.describe_dts_jobs().send().await.unwrap();
    assert!(t.elapsed() >= Duration::from_millis(150));

    // The same through the control endpoint.
    let post = |body: &str| {
        format!(
            "POST /_emulator/faults HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
    };
    let (status, _) = exchange(
        emu.addr(),
        post(r#"{"action":"StartDtsJob","fault":"throttle"}"#).as_bytes(),
    )
    .await;
    assert_eq!(status, 200);
    let e = client
        .start_dts_job()
        .dts_job_id("j")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.service().unwrap().code(), "Throttling.User");
    let (status, body) = exchange(emu.addr(), post(r#"{"fault":"explode"}"#).as_bytes()).await;
    assert_eq!(status, 400);
    assert!(body["error"].as_str().unwrap().contains("not a fault"));
    let (status, list) = exchange(
        emu.addr(),
        b"GET /_emulator/faults HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
    )
    .await;
    assert_eq!((status, list.as_array().map(Vec::len)), (200, Some(1)));
    let (status, _) = exchange(
        emu.addr(),
        b"DELETE /_emulator/faults HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status, 200);
    let e = client
        .start_dts_job()
        .dts_job_id("j")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(&e, Error::Service(s) if s.code() == "InvalidJobId.NotFound"));
}

#[tokio::test]
async fn the_state_file_is_saved_loaded_and_never_overwritten_when_corrupt() {
    let dir = std::env::temp_dir().join(format!("emulator-state-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("state.json");
    let _ = std::fs::remove_file(&file);
    let builder = || {
        Emulator::builder()
            .specs(tests::root().join("specs"))
            .state_file(&file)
    };
    let first = builder().start().await.unwrap();
    let bought = dts::Client::new(&config(&first))
        .create_dts_instance()
        .r#type("SYNC")
        .send()
        .await
        .unwrap();
    first.shutdown().await.unwrap();
    let job = bought.job_id.unwrap();

    let second = builder().start().await.unwrap();
    let detail = dts::Client::new(&config(&second))
        .describe_dts_job_detail()
        .dts_job_id(&job)
        .send()
        .await
        .unwrap();
    assert_eq!(detail.status.unwrap().as_str(), "NotConfigured");
    drop(second);

    std::fs::write(&file, b"{\"dts_jobs\": [oops").unwrap();
    let err = builder().start().await.unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, emulator::StartError::State { .. }), "{text}");
    assert!(
        text.contains("state.json") && text.contains("line 1"),
        "{text}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), b"{\"dts_jobs\": [oops");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Where a spec keeps the page's JSON sample, the emulator answers with it.
#[test]
fn the_pages_samples_are_the_answers() {
    let model = codegen::model::load_dir(&tests::root().join("specs")).unwrap();
    let mut seen = 0;
    for op in model.products.iter().flat_map(|p| &p.operations) {
        let Some(sample) = &op.example else { continue };
        let answer = emulator::answer::from_spec(op);
        for (k, v) in sample.as_object().unwrap() {
            assert_eq!(&answer[k], v, "{}.{k}", op.action);
        }
        seen += 1;
    }
    assert!(seen >= 4, "{seen} operations keep their page's sample");
}

/// Whole products share action names (`DescribeRegions`...): a request is matched on its
/// action and version, and only its own product's state machine sees it.
#[tokio::test]
async fn products_may_share_an_action_name() {
    let dir = std::env::temp_dir().join(format!("emulator-shared-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for product in ["rds", "dts"] {
        std::fs::create_dir_all(dir.join(product)).unwrap();
        for f in std::fs::read_dir(tests::root().join("specs").join(product)).unwrap() {
            let f = f.unwrap().path();
            std::fs::copy(&f, dir.join(product).join(f.file_name().unwrap())).unwrap();
        }
    }
    let rds_cancel_spec =
        std::fs::read_to_string(tests::root().join("specs/rds/CancelImport.yaml")).unwrap();
    assert!(rds_cancel_spec.contains("product: Rds"));
    std::fs::write(
        dir.join("dts/CancelImport.yaml"),
        rds_cancel_spec.replace("product: Rds", "product: Dts"),
    )
    .unwrap();
    let emu = Emulator::builder().specs(&dir).start().await.unwrap();
    let (status, body) = send(emu.addr(), &rds_cancel("7")).await;
    assert_eq!(
        (status, &body["Code"]),
        (404, &json!("InvalidImportId.NotFound"))
    );
    let dts = Signed::new("CancelImport", "2020-01-01")
        .param("DBInstanceId", "rm-1")
        .param("ImportId", "7");
    let (status, body) = send(emu.addr(), &dts).await;
    assert_eq!(status, 200, "DTS's copy answers from its spec: {body}");
    let (status, body) = send(emu.addr(), &Signed::new("CancelImport", "2000-01-01")).await;
    assert_eq!((status, &body["Code"]), (400, &json!("InvalidVersion")));
    let message = body["Message"].as_str().unwrap();
    assert!(
        message.contains("2014-08-15") && message.contains("2020-01-01"),
        "{message}"
    );
    assert_eq!(emu.calls("CancelImport"), 2);
    let _ = std::fs::remove_dir_all(&dir);
}
