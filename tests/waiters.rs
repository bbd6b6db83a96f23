//! Waiters end to end: polling the local signed server until a documented state, failing on a
//! documented failure state, giving up at the time limit, and refusing to start without the
//! parameters that name the resource.

use alicloud_migration::{
    dataworks_public, dts, rds, Config, Credentials, Error, RetryPolicy, Rule, WaitError,
};
use serde_json::json;
use std::time::{Duration, Instant};
use tests::server::{Reply, Server};

const SECRET: &str = "test-secret-value";
const FAST: Duration = Duration::from_millis(5);

fn config(server: &Server) -> Config {
    Config::builder()
        .endpoint(server.url())
        .credentials(Credentials::new("LTAI-test-id", SECRET))
        .retry(RetryPolicy {
            initial_backoff: Duration::from_millis(1),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap()
}

fn dts_status(status: &str) -> Reply {
    Reply::json(
        200,
        json!({"RequestId": "r", "Success": true, "DtsJobId": "j1", "Status": status}),
    )
}

#[tokio::test]
async fn dts_job_running_polls_until_a_success_state() {
    let server = Server::start(SECRET).await;
    for s in [
        "Prechecking",
        "PreCheckPass",
        "Initializing",
        "Synchronizing",
    ] {
        server.push(dts_status(s));
    }
    let out = dts::Client::new(&config(&server))
        .wait_until_dts_job_running()
        .dts_job_id("j1")
        .region_id("cn-hangzhou")
        .delays(FAST, FAST)
        .wait()
        .await
        .unwrap();
    assert_eq!(
        out.status,
        Some(dts::describe_dts_job_detail::Status::Synchronizing)
    );
    let reqs = server.requests();
    assert_eq!(reqs.len(), 4, "one poll per answer, none after success");
    for r in &reqs {
        assert_eq!(r.signature, Ok(()), "{r:?}");
        assert_eq!(r.header("x-acs-action"), Some("DescribeDtsJobDetail"));
        assert_eq!(r.param("DtsJobId"), Some("j1"));
        assert_eq!(r.param("RegionId"), Some("cn-hangzhou"));
    }
}

#[tokio::test]
async fn a_failure_state_ends_the_wait_naming_it() {
    let server = Server::start(SECRET).await;
    server.push(dts_status("Prechecking"));
    server.push(dts_status("PrecheckFailed"));
    server.push(dts_status("Synchronizing"));
    let err = dts::Client::new(&config(&server))
        .wait_until_dts_job_running()
        .dts_job_id("j1")
        .delays(FAST, FAST)
        .wait()
        .await
        .unwrap_err();
    match &err {
        WaitError::Failed {
            waiter,
            state,
            polls,
        } => assert_eq!(
            (*waiter, state.as_str(), *polls),
            ("dts_job_running", "PrecheckFailed", 2)
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(err.last_state(), Some("PrecheckFailed"));
    assert!(err.to_string().contains("`PrecheckFailed`"), "{err}");
    assert_eq!(
        server.requests().len(),
        2,
        "no poll after the failure state"
    );
}

#[tokio::test]
async fn the_time_limit_ends_the_wait_with_the_last_state_seen() {
    let server = Server::start(SECRET).await;
    for _ in 0..200 {
        server.push(dts_status("Initializing"));
    }
    let limit = Duration::from_millis(150);
    let started = Instant::now();
    let err = dts::Client::new(&config(&server))
        .wait_until_dts_job_running()
        .dts_job_id("j1")
        .delays(Duration::from_millis(10), Duration::from_millis(40))
        .max_wait(limit)
        .wait()
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    let WaitError::TimedOut {
        last_state,
        waited,
        polls,
        ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(last_state.as_deref(), Some("Initializing"));
    // Gives up only when the next delay (40 ms at most) would cross the limit, not earlier,
    // and never sleeps past it.
    assert!(*waited + Duration::from_millis(40) > limit, "{waited:?}");
    assert!(elapsed < limit + Duration::from_secs(2), "{elapsed:?}");
    assert!(*polls >= 2, "{polls}");
    assert_eq!(server.requests().len() as u32, *polls);
    assert!(err.to_string().contains("`Initializing`"), "{err}");
}

#[tokio::test]
async fn an_answer_without_a_state_keeps_waiting() {
    let server = Server::start(SECRET).await;
    server.push(Reply::json(200, json!({"RequestId": "r", "Success": true})));
    server.push(dts_status("Migrating"));
    let out = dts::Client::new(&config(&server))
        .wait_until_dts_job_running()
        .dts_job_id("j1")
        .delays(FAST, FAST)
        .wait()
        .await
        .unwrap();
    assert_eq!(
        out.status,
        Some(dts::describe_dts_job_detail::Status::Migrating)
    );
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_waiter_needs_the_parameters_that_name_the_resource() {
    let server = Server::start(SECRET).await;
    server.push(dts_status("Synchronizing"));
    let err = dts::Client::new(&config(&server))
        .wait_until_dts_job_running()
        .region_id("cn-hangzhou")
        .wait()
        .await
        .unwrap_err();
    match err {
        WaitError::Call(Error::Validation(v)) => {
            assert_eq!((v.param, v.rule), ("DtsJobId", Rule::Required));
        }
        other => panic!("{other:?}"),
    }
    assert!(server.requests().is_empty(), "nothing is sent");
}

#[tokio::test]
async fn a_failed_poll_ends_the_wait_with_the_operations_error() {
    let server = Server::start(SECRET).await;
    server.push(dts_status("Prechecking"));
    server.push(Reply::json(
        403,
        json!({"RequestId": "r", "Code": "Forbidden.NoPermission", "Message": "no"}),
    ));
    let err = dts::Client::new(&config(&server))
        .wait_until_dts_job_running()
        .dts_job_id("j1")
        .delays(FAST, FAST)
        .wait()
        .await
        .unwrap_err();
    let WaitError::Call(Error::Service(e)) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.code(), "Forbidden.NoPermission");
    assert_eq!(err.last_state(), None);
}

#[tokio::test]
async fn rds_import_finished_reads_the_first_item_of_the_list() {
    let server = Server::start(SECRET).await;
    let answer = |status: &str| {
        Reply::json(
            200,
            json!({"RequestId": "r", "TotalRecordCount": 1, "Items": {"ImportResultFromDB": [
                {"ImportId": 7, "ImportDataStatus": status}
            ]}}),
        )
    };
    server.push(answer("FullImporting"));
    server.push(answer("IncrementalImporting"));
    server.push(answer("Success"));
    let out = rds::Client::new(&config(&server))
        .wait_until_import_finished()
        .db_instance_id("rm-bp1")
        .import_id(7)
        .engine("MySQL")
        .start_time("2011-06-11T15:00Z")
        .end_time("2011-06-11T16:00Z")
        .delays(FAST, FAST)
        .wait()
        .await
        .unwrap();
    let items = out.items.unwrap().import_result_from_db.unwrap();
    assert_eq!(items[0].import_id, Some(7));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    assert!(reqs.iter().all(
        |r| r.header("x-acs-action") == Some("DescibeImportsFromDatabase")
            && r.param("ImportId") == Some("7")
    ));
}

#[tokio::test]
async fn di_sync_instance_waiters_follow_the_documented_states() {
    let server = Server::start(SECRET).await;
    let answer = |status: &str| {
        Reply::json(
            200,
            json!({"RequestId": "r", "Success": true, "Data": {"Status": status}}),
        )
    };
    server.push(answer("WAIT"));
    server.push(answer("RUN"));
    let client = dataworks_public::Client::new(&config(&server));
    client
        .wait_until_di_sync_instance_running()
        .project_id(10000)
        .task_type("DI_REALTIME")
        .file_id(100)
        .delays(FAST, FAST)
        .wait()
        .await
        .unwrap();
    server.push(answer("success"));
    server.push(answer("fail"));
    // A second waiter on the same operation reads other states.
    let done = client
        .wait_until_di_sync_instance_finished()
        .project_id(10000)
        .task_type("DI_SOLUTION")
        .file_id(100)
        .delays(FAST, FAST)
        .wait()
        .await
        .unwrap();
    assert_eq!(
        done.data.unwrap().status.unwrap().as_str(),
        "success",
        "done at the first success state"
    );
    let err = client
        .wait_until_di_sync_instance_finished()
        .project_id(10000)
        .task_type("DI_SOLUTION")
        .file_id(100)
        .delays(FAST, FAST)
        .wait()
        .await
        .unwrap_err();
    assert_eq!(err.last_state(), Some("fail"));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 4);
    assert!(reqs.iter().all(
        |r| r.header("x-acs-action") == Some("GetDISyncInstanceInfo")
            && r.param("FileId") == Some("100")
    ));
}
