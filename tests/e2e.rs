//! End-to-end: the generated client against the scripted server (tests/support/server.rs),
//! which records every request's bytes and checks its signature, for what the emulator cannot
//! be asked to do: exact wire bytes, scripted answers, broken HTTP, timing. Retries against
//! injected faults run on the emulator (`emulated`); the workflows, waiters and the
//! service's own error answers are in tests/emulator/ and tests/waiters.rs.

use alicloud_migration::{
    dataworks_public, dts, rds, Config, Credentials, Error, RetryPolicy, Timeouts,
    TransportErrorKind,
};
use serde_json::json;
use std::collections::BTreeMap;
use std::time::Duration;
use tests::hygiene::Checked;
use tests::server::{Recorded, Reply, Server};

const ID: &str = "LTAI-test-id";
const SECRET: &str = "test-secret-value";

fn config(server: &Server) -> Config {
    tests::fast_config(&server.url(), ID, SECRET)
}

/// Every recorded request is signed correctly and carries the operation's headers.
fn assert_signed(reqs: &[Recorded], action: &str, version: &str) {
    assert!(!reqs.is_empty());
    for r in reqs {
        assert_eq!(r.signature, Ok(()), "{r:?}");
        assert_eq!((r.method.as_str(), r.path.as_str()), ("POST", "/"));
        assert_eq!(r.header("x-acs-action"), Some(action));
        assert_eq!(r.header("x-acs-version"), Some(version));
        assert_eq!(r.header("accept"), Some("application/json"));
        assert!(r.param("Action").is_none() && r.param("AccessKeyId").is_none());
        assert!(r
            .header("authorization")
            .unwrap()
            .contains(&format!("Credential={ID},")));
    }
}

#[path = "e2e/paging.rs"]
mod paging;

#[tokio::test]
async fn modify_import_task() {
    let server = Server::start(SECRET).await;
    server.push(Reply::json(200, json!({"RequestId": "069EB9B1", "TaskId": 41698, "TaskName": "task_1234", "Status": "IMPORTING"})));
    let out = rds::Client::new(&config(&server))
        .modify_import_task()
        .region_id("cn-hangzhou")
        .db_instance_id("rm-2ze63v2p3o3k")
        .task_id("1234567")
        .operation("RETRY_IMPORT")
        .send()
        .await
        .unwrap();
    assert_eq!(
        (out.task_id, out.task_name.as_deref()),
        (Some(41698), Some("task_1234"))
    );
    let reqs = server.requests();
    assert_signed(&reqs, "ModifyImportTask", "2014-08-15");
    assert_eq!(reqs[0].param("Operation"), Some("RETRY_IMPORT"));
    assert_eq!(reqs[0].param("TaskId"), Some("1234567"));
    assert!(reqs[0].body.is_empty() && reqs[0].header("content-type").is_none());
}

#[tokio::test]
async fn cancel_import() {
    let server = Server::start(SECRET).await;
    server.push(Reply::json(
        200,
        json!({"RequestId": " 17F57FEE-EA4F-4337-8D2E-9C23CAA63D74"}),
    ));
    let out = rds::Client::new(&config(&server))
        .cancel_import()
        .db_instance_id("rm-uf6")
        .import_id(8562584)
        .send()
        .await
        .unwrap();
    assert_eq!(
        out.request_id.as_deref(),
        Some(" 17F57FEE-EA4F-4337-8D2E-9C23CAA63D74")
    );
    let reqs = server.requests();
    assert_signed(&reqs, "CancelImport", "2014-08-15");
    assert_eq!(reqs[0].param("ImportId"), Some("8562584"));
}

#[tokio::test]
async fn modify_dts_job_sends_a_signed_form_body() {
    let server = Server::start(SECRET).await;
    server.push(Reply::json(
        200,
        json!({"DtsJobId": "bi6e22a", "RequestId": "1D6E", "Success": true}),
    ));
    let out = dts::Client::new(&config(&server))
        .modify_dts_job()
        .dts_instance_id("dtsbi6e22ay243")
        .filter_table_name("表 a+b&c=d")
        .reserved(
            [("srcSSL".to_owned(), json!("0"))]
                .into_iter()
                .collect::<BTreeMap<_, _>>(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(out.dts_job_id.as_deref(), Some("bi6e22a"));
    let reqs = server.requests();
    assert_signed(&reqs, "ModifyDtsJob", "2020-01-01");
    let r = &reqs[0];
    assert_eq!(
        r.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        r.form
            .iter()
            .find(|(k, _)| k == "FilterTableName")
            .map(|(_, v)| v.as_str()),
        Some("表 a+b&c=d")
    );
    assert_eq!(
        r.form
            .iter()
            .find(|(k, _)| k == "Reserved")
            .map(|(_, v)| v.as_str()),
        Some(r#"{"srcSSL":"0"}"#)
    );
    assert!(r.query.iter().all(|(k, _)| k != "FilterTableName"));
    let token = r.param("ClientToken").expect("a ClientToken is filled in");
    assert_eq!(token.len(), 36);
}

#[tokio::test]
async fn update_di_sync_task() {
    let server = Server::start(SECRET).await;
    server.push(Reply::json(
        200,
        json!({"Success": true, "RequestId": "0bc1", "Data": {"Status": "success"}}),
    ));
    let out = dataworks_public::Client::new(&config(&server))
        .update_di_sync_task()
        .project_id(10000)
        .task_type("DI_OFFLINE")
        .task_content(json!({"type": "job"}))
        .task_param(dataworks_public::update_di_sync_task::TaskParam {
            resource_group: Some("S_res".into()),
            ..Default::default()
        })
        .file_id(1000000)
        .send()
        .await
        .unwrap();
    assert_eq!(out.request_id.as_deref(), Some("0bc1"));
    let reqs = server.requests();
    assert_signed(&reqs, "UpdateDISyncTask", "2020-05-18");
    assert_eq!(
        reqs[0].param("TaskParam"),
        Some(r#"{"ResourceGroup":"S_res"}"#)
    );
}

#[tokio::test]
async fn throttling_then_success_keeps_the_client_token() {
    let server = Server::start(SECRET).await;
    server
        .push(Reply::json(400, json!({"Code": "Throttling.User", "Message": "Request was denied due to user flow control.", "RequestId": "r1"})))
        .push(Reply::json(200, json!({"Success": true, "RequestId": "r2"})));
    let out = dts::Client::new(&config(&server))
        .modify_dts_job()
        .dts_instance_id("dts1")
        .send()
        .await
        .unwrap();
    assert_eq!(out.request_id.as_deref(), Some("r2"));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert_signed(&reqs, "ModifyDtsJob", "2020-01-01");
    assert_eq!(reqs[0].param("ClientToken"), reqs[1].param("ClientToken"));
    assert_ne!(
        reqs[0].header("x-acs-signature-nonce"),
        reqs[1].header("x-acs-signature-nonce")
    );
}

#[tokio::test]
async fn retries_exhausted_return_the_last_service_error() {
    let emu = emulator::Emulator::builder()
        .specs(tests::root().join("specs"))
        .start()
        .await
        .unwrap();
    emu.inject(emulator::Fault::unavailable(Some("ModifyDtsJob"), 503))
        .unwrap();
    let err = dts::Client::new(&emulated(&emu))
        .modify_dts_job()
        .dts_instance_id("dts1")
        .send()
        .await
        .unwrap_err()
        .checked();
    let Error::Service(dts::ModifyDtsJobError::ServiceUnavailable(meta)) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((meta.status, meta.attempts), (503, 3));
    assert_eq!(
        meta.host_id.as_deref(),
        Some(emu.addr().to_string().as_str())
    );
    assert!(meta
        .recommend
        .as_deref()
        .is_some_and(|r| r.starts_with("https://api.aliyun.com/troubleshoot")));
    assert_eq!(emu.calls("ModifyDtsJob"), 3);
}

#[tokio::test]
async fn a_non_idempotent_call_is_not_retried_on_a_server_error() {
    let emu = emulator::Emulator::builder()
        .specs(tests::root().join("specs"))
        .start()
        .await
        .unwrap();
    emu.inject(emulator::Fault::unavailable(Some("ModifyImportTask"), 500))
        .unwrap();
    let err = rds::Client::new(&emulated(&emu))
        .modify_import_task()
        .region_id("cn-hangzhou")
        .db_instance_id("rm-1")
        .task_id("1")
        .operation("CANCEL")
        .send()
        .await
        .unwrap_err()
        .checked();
    assert!(
        matches!(err, Error::Service(rds::ModifyImportTaskError::Unknown(ref m)) if m.code == "InternalError"),
        "{err:?}"
    );
    assert_eq!(emu.calls("ModifyImportTask"), 1);
}

/// A client for the emulator's default pair, retrying quickly.
fn emulated(emu: &emulator::Emulator) -> Config {
    tests::fast_config(emu.url(), "test", "test")
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let server = Server::start(SECRET).await;
    server
        .push(
            Reply::json(400, json!({"Code": "Throttling.User"}))
                .with_header("x-acs-retry-after", "300"),
        )
        .push(Reply::json(200, json!({"RequestId": "ok"})));
    let started = std::time::Instant::now();
    rds::Client::new(&config(&server))
        .cancel_import()
        .db_instance_id("rm")
        .import_id(1)
        .send()
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(300),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_slow_answer_times_out() {
    let server = Server::start(SECRET).await;
    server.push(Reply::After(
        Duration::from_secs(30),
        Box::new(Reply::json(200, json!({}))),
    ));
    let config = Config::builder()
        .endpoint(server.url())
        .credentials(Credentials::new(ID, SECRET))
        .timeouts(Timeouts {
            connect: Duration::from_millis(200),
            read: Duration::from_millis(300),
            ..Timeouts::default()
        })
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = rds::Client::new(&config)
        .cancel_import()
        .db_instance_id("rm")
        .import_id(1)
        .send()
        .await
        .unwrap_err()
        .checked();
    let Error::Transport(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((t.kind, t.attempts), (TransportErrorKind::Timeout, 1));
}

#[tokio::test]
async fn in_body_failures_are_errors() {
    let server = Server::start(SECRET).await;
    server.push(Reply::json(200, json!({"Success": false, "ErrCode": "InternalError", "ErrMessage": "The request processing has failed due to some unknown error.", "RequestId": "r9"})));
    let err = dts::Client::new(&config(&server))
        .modify_dts_job()
        .dts_instance_id("dts1")
        .send()
        .await
        .unwrap_err()
        .checked();
    let Error::Service(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (e.code(), e.meta().status, e.meta().request_id.as_deref()),
        ("InternalError", 200, Some("r9"))
    );
    assert_eq!(
        e.meta().message.as_deref(),
        Some("The request processing has failed due to some unknown error.")
    );

    server.push(Reply::json(200, json!({"Success": true, "RequestId": "r10", "Data": {"Status": "fail", "Message": "ResourceGroup:[S_res_group_XXX] is invalid."}})));
    let err = dataworks_public::Client::new(&config(&server))
        .update_di_sync_task()
        .project_id(1)
        .task_type("DI_OFFLINE")
        .task_content(json!({}))
        .task_param(dataworks_public::update_di_sync_task::TaskParam::default())
        .file_id(2)
        .send()
        .await
        .unwrap_err()
        .checked();
    let Error::Service(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.code(), "fail");
    assert_eq!(
        e.meta().message.as_deref(),
        Some("ResourceGroup:[S_res_group_XXX] is invalid.")
    );
}

#[tokio::test]
async fn a_validation_error_never_reaches_the_server() {
    let server = Server::start(SECRET).await;
    let err = rds::Client::new(&config(&server))
        .describe_imports_from_database()
        .db_instance_id("rm")
        .engine("MySQL")
        .start_time("yesterday")
        .end_time("2011-06-11T16:00Z")
        .send()
        .await
        .unwrap_err()
        .checked();
    assert!(
        matches!(&err, Error::Validation(v) if v.param == "StartTime"),
        "{err:?}"
    );
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn sts_tokens_are_sent_and_signed() {
    let server = Server::start(SECRET).await;
    server.push(Reply::json(200, json!({"RequestId": "x"})));
    let config = Config::builder()
        .endpoint(server.url())
        .credentials(Credentials::new(ID, SECRET).with_security_token("sts-token-value"))
        .build()
        .unwrap();
    rds::Client::new(&config)
        .cancel_import()
        .db_instance_id("rm")
        .import_id(1)
        .send()
        .await
        .unwrap();
    let reqs = server.requests();
    assert_eq!(
        reqs[0].header("x-acs-security-token"),
        Some("sts-token-value")
    );
    assert_signed(&reqs, "CancelImport", "2014-08-15");
}

/// The vendor's own Python implementation computes the same signatures for requests this
/// client sent: query and form body, non-ASCII and reserved characters, empty values, and a
/// security token.
#[tokio::test]
async fn the_vendors_python_signer_agrees() {
    let server = Server::start(SECRET).await;
    for _ in 0..3 {
        server.push(Reply::json(200, json!({"Success": true, "RequestId": "x"})));
    }
    let plain = config(&server);
    let sts = Config::builder()
        .endpoint(server.url())
        .credentials(Credentials::new(ID, SECRET).with_security_token("sts/token+with=chars"))
        .build()
        .unwrap();
    dts::Client::new(&plain)
        .modify_dts_job()
        .dts_instance_id("dts 1/é*~")
        .resource_group_id("")
        .filter_table_name("表名 (a)*!'")
        .db_list(
            [(
                "db".to_owned(),
                dts::modify_dts_job::DbListEntry {
                    all: Some(true),
                    ..Default::default()
                },
            )]
            .into_iter()
            .collect::<BTreeMap<_, _>>(),
        )
        .send()
        .await
        .unwrap();
    dts::Client::new(&sts)
        .modify_dts_job()
        .dts_instance_id("d")
        .region_id("cn-hangzhou")
        .send()
        .await
        .unwrap();
    rds::Client::new(&plain)
        .cancel_import()
        .db_instance_id("rm-ü")
        .import_id(-1)
        .send()
        .await
        .unwrap();

    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    let input: Vec<_> = reqs
        .iter()
        .map(|r| {
            let signed = r
                .header("authorization")
                .unwrap()
                .split("SignedHeaders=")
                .nth(1)
                .unwrap()
                .split(',')
                .next()
                .unwrap();
            let headers: serde_json::Map<_, _> = signed
                .split(';')
                .map(|h| (h.to_owned(), json!(r.header(h).unwrap())))
                .collect();
            json!({
                "method": r.method, "path": r.path, "query": r.query, "headers": headers,
                "payload": r.header("x-acs-content-sha256"), "ak": ID, "secret": SECRET,
            })
        })
        .collect();
    let out = tests::vendor_python("interop_sign.py", &json!(input));
    let theirs: Vec<String> = serde_json::from_slice(&out).unwrap();
    let ours: Vec<_> = reqs
        .iter()
        .map(|r| r.header("authorization").unwrap().to_owned())
        .collect();
    assert_eq!(theirs, ours);
    assert!(reqs.iter().all(|r| r.signature.is_ok()));
}

/// The server's own verifier is not vacuous: a client with another secret fails it.
#[tokio::test]
async fn the_test_servers_verifier_rejects_a_wrong_secret() {
    let server = Server::start("the-real-secret").await;
    server.push(Reply::json(200, json!({"RequestId": "x"})));
    rds::Client::new(&config(&server))
        .cancel_import()
        .db_instance_id("rm")
        .import_id(1)
        .send()
        .await
        .unwrap();
    let reqs = server.requests();
    assert!(
        matches!(&reqs[0].signature, Err(e) if e.starts_with("signature mismatch")),
        "{:?}",
        reqs[0].signature
    );
}

/// The log capture works (so the hygiene checks are not vacuous) and holds no secret.
#[tokio::test]
async fn the_tracing_log_names_calls_but_no_secrets() {
    let server = Server::start(SECRET).await;
    server
        .push(Reply::json(400, json!({"Code": "Throttling.User"})))
        .push(Reply::json(200, json!({"RequestId": "traced-request"})));
    let sts = Config::builder()
        .endpoint(server.url())
        .credentials(Credentials::new(ID, SECRET).with_security_token("sts-token-value"))
        .retry(RetryPolicy {
            initial_backoff: Duration::from_millis(1),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    rds::Client::new(&sts)
        .cancel_import()
        .db_instance_id("rm")
        .import_id(1)
        .send()
        .await
        .unwrap();
    let log = tests::hygiene::log();
    assert!(
        log.contains("alicloud.call") && log.contains("action=\"CancelImport\""),
        "{log}"
    );
    assert!(
        log.contains("Throttling.User") && log.contains("attempt=2"),
        "{log}"
    );
    tests::hygiene::assert_log_clean();
    tests::hygiene::assert_clean("the config's Debug", &format!("{sts:?}"));
}

#[test]
#[should_panic(expected = "contains the secret")]
fn the_hygiene_check_catches_a_leak() {
    tests::hygiene::assert_clean("a planted string", &format!("key={SECRET}"));
}

/// A JSON-valued parameter given as text goes on the wire byte for byte (its spacing and key
/// order kept); a `serde_json::Value` and a typed value are serialised once, never wrapped
/// in a JSON string.
#[tokio::test]
async fn json_parameters_as_text_value_and_typed_value() {
    use dataworks_public::update_di_sync_task::TaskParam;
    let server = Server::start(SECRET).await;
    let ok = || {
        Reply::json(
            200,
            json!({"Success": true, "RequestId": "r", "Data": {"Status": "success"}}),
        )
    };
    server.push(ok()).push(ok());
    let client = dataworks_public::Client::new(&config(&server));
    let text = "{\"type\": \"job\",\n  \"steps\": [], \"a\":1}";
    client
        .update_di_sync_task()
        .project_id(1)
        .task_type("DI_OFFLINE")
        .task_content(text)
        .task_param(r#"{"ResourceGroup" : "S_text"}"#.to_owned())
        .file_id(2)
        .send()
        .await
        .unwrap();
    client
        .update_di_sync_task()
        .project_id(1)
        .task_type("DI_OFFLINE")
        .task_content(json!({"type": "job", "steps": []}))
        .task_param(TaskParam {
            resource_group: Some("S_typed".into()),
            ..TaskParam::default()
        })
        .file_id(2)
        .send()
        .await
        .unwrap();
    let reqs = server.requests();
    assert_signed(&reqs, "UpdateDISyncTask", "2020-05-18");
    assert_eq!(reqs[0].param("TaskContent"), Some(text));
    assert!(
        reqs[0].raw_query.contains(
            "TaskContent=%7B%22type%22%3A%20%22job%22%2C%0A%20%20%22steps%22%3A%20%5B%5D%2C%20%22a%22%3A1%7D"
        ),
        "{}",
        reqs[0].raw_query
    );
    assert_eq!(
        reqs[0].param("TaskParam"),
        Some(r#"{"ResourceGroup" : "S_text"}"#)
    );
    assert_eq!(
        reqs[1].param("TaskContent"),
        Some(r#"{"steps":[],"type":"job"}"#)
    );
    assert_eq!(
        reqs[1].param("TaskParam"),
        Some(r#"{"ResourceGroup":"S_typed"}"#)
    );
}

/// Form-body JSON parameters: text sent as written, in the body's exact bytes.
#[tokio::test]
async fn json_text_in_the_form_body() {
    let server = Server::start(SECRET).await;
    server.push(Reply::json(200, json!({"Success": true, "RequestId": "r"})));
    dts::Client::new(&config(&server))
        .modify_dts_job()
        .dts_instance_id("dts1")
        .client_token("t")
        .reserved(r#"{"maxRetryTime":43200}"#)
        .db_list(r#"{"db":{"name":"db","all":true}}"#)
        .send()
        .await
        .unwrap();
    let reqs = server.requests();
    assert_signed(&reqs, "ModifyDtsJob", "2020-01-01");
    assert_eq!(
        String::from_utf8(reqs[0].body.clone()).unwrap(),
        "DbList=%7B%22db%22%3A%7B%22name%22%3A%22db%22%2C%22all%22%3Atrue%7D%7D\
         &Reserved=%7B%22maxRetryTime%22%3A43200%7D"
    );
}

/// Text that is not JSON is refused before anything is sent, naming the parameter.
#[tokio::test]
async fn json_text_that_does_not_parse_is_never_sent() {
    let server = Server::start(SECRET).await;
    let err = dataworks_public::Client::new(&config(&server))
        .update_di_sync_task()
        .project_id(1)
        .task_type("DI_OFFLINE")
        .task_content("{\"type\": \"job\",}")
        .task_param(r#"{"ResourceGroup":"g"}"#)
        .file_id(2)
        .send()
        .await
        .unwrap_err()
        .checked();
    let Error::Validation(v) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(v.param, "TaskContent");
    assert!(
        v.to_string()
            .starts_with("invalid parameter `TaskContent`: it is not valid JSON text (key must be a string at line 1 column 16"),
        "{v}"
    );
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn database_passwords_reach_the_wire_and_nowhere_else() {
    let server = Server::start(SECRET).await;
    server.push(Reply::json(
        200,
        // The SDK types Success as text; the client reads it as a boolean.
        json!({"RequestId": "r1", "Success": "false", "ErrCode": "InvalidParameter.Password",
               "ErrMessage": "the source password is wrong", "HttpStatusCode": "400"}),
    ));
    let call = dts::Client::new(&config(&server))
        .configure_dts_job()
        .dts_job_name("n")
        .source_endpoint_instance_type("RDS")
        .source_endpoint_password("source-db-password")
        .destination_endpoint_instance_type("RDS")
        .destination_endpoint_password("destination-db-password")
        .structure_initialization(true)
        .data_initialization(true)
        .data_synchronization(false)
        .job_type("MIGRATION");
    let shown = format!("{call:?}");
    tests::hygiene::assert_clean("the builder's Debug", &shown);
    let err = call.send().await.unwrap_err().checked();
    let Error::Service(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.code(), "InvalidParameter.Password");
    assert_eq!(
        e.meta().message.as_deref(),
        Some("the source password is wrong")
    );
    let reqs = server.requests();
    assert_signed(&reqs, "ConfigureDtsJob", "2020-01-01");
    assert_eq!(
        reqs[0].param("SourceEndpointPassword"),
        Some("source-db-password")
    );
    assert_eq!(
        reqs[0].param("DestinationEndpointPassword"),
        Some("destination-db-password")
    );
    assert_eq!(
        reqs.len(),
        1,
        "not idempotent: an in-body failure is not retried"
    );
}
