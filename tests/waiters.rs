//! Waiters end to end against the emulator: polling until a documented state, failing on a
//! documented failure state, giving up at the time limit, a failing poll, refusing to start
//! without the parameters that name the resource, array paths and two waiters on one
//! operation. Only what the emulator cannot be asked to do (an answer without the state
//! field) uses the scripted server.

use alicloud_migration::{dataworks_public, dts, rds, Config, Error, Rule, WaitError};
use emulator::{Emulator, Fault, Resource};
use serde_json::json;
use std::time::{Duration, Instant};
use tests::server::{Reply, Server};

const FAST: Duration = Duration::from_millis(5);

async fn emulator(scale: f64) -> Emulator {
    Emulator::builder()
        .specs(tests::root().join("specs"))
        .time_scale(scale)
        .start()
        .await
        .unwrap()
}

fn config(url: &str, secret: &str) -> Config {
    tests::fast_config(url, "test", secret)
}

/// A DTS job, configured: its pre-check is under way.
async fn configured_job(client: &dts::Client) -> String {
    use dts::configure_dts_job as cfg;
    client
        .configure_dts_job()
        .dts_job_name("orders")
        .job_type(cfg::JobType::Sync)
        .source_endpoint_instance_type(cfg::SourceEndpointInstanceType::Rds)
        .destination_endpoint_instance_type(cfg::DestinationEndpointInstanceType::Rds)
        .structure_initialization(true)
        .data_initialization(true)
        .data_synchronization(true)
        .send()
        .await
        .unwrap()
        .dts_job_id
        .unwrap()
}

#[tokio::test]
async fn dts_job_running_polls_until_a_success_state() {
    // 60 s of pre-check and 120 s of initialisation in 90 ms.
    let emu = emulator(2_000.0).await;
    let client = dts::Client::new(&config(emu.url(), "test"));
    let job = configured_job(&client).await;
    client
        .wait_until_dts_precheck_passed()
        .dts_job_id(&job)
        .delays(FAST, FAST * 4)
        .wait()
        .await
        .unwrap();
    client
        .start_dts_job()
        .dts_job_id(&job)
        .send()
        .await
        .unwrap();
    let polls_before = emu.calls("DescribeDtsJobDetail");
    let out = client
        .wait_until_dts_job_running()
        .dts_job_id(&job)
        .region_id("cn-hangzhou")
        .delays(FAST, FAST * 4)
        .wait()
        .await
        .unwrap();
    assert_eq!(
        out.status,
        Some(dts::describe_dts_job_detail::Status::Synchronizing)
    );
    let polls = emu.calls("DescribeDtsJobDetail") - polls_before;
    assert!(
        polls >= 2,
        "Initializing was seen before Synchronizing: {polls} polls"
    );
}

#[tokio::test]
async fn a_failure_state_ends_the_wait_naming_it() {
    let emu = emulator(1.0).await;
    let client = dts::Client::new(&config(emu.url(), "test"));
    let job = configured_job(&client).await;
    emu.set_state(Resource::DtsJob, &job, "PrecheckFailed")
        .unwrap();
    let err = client
        .wait_until_dts_job_running()
        .dts_job_id(&job)
        .delays(FAST, FAST)
        .wait()
        .await
        .unwrap_err();
    match &err {
        WaitError::Failed { state, polls, .. } => {
            assert_eq!((state.as_str(), *polls), ("PrecheckFailed", 1));
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("PrecheckFailed"), "{err}");
    assert_eq!(
        emu.calls("DescribeDtsJobDetail"),
        1,
        "no poll after the failure state"
    );
    // Only documented states may be set.
    let refused = emu
        .set_state(Resource::DtsJob, &job, "Exploded")
        .unwrap_err();
    assert!(refused.contains("not a documented value"), "{refused}");
}

#[tokio::test]
async fn the_time_limit_ends_the_wait_with_the_last_state_seen() {
    // Real time: the pre-check lasts a minute, far past the limit.
    let emu = emulator(1.0).await;
    let client = dts::Client::new(&config(emu.url(), "test"));
    let job = configured_job(&client).await;
    let limit = Duration::from_millis(150);
    let started = Instant::now();
    let err = client
        .wait_until_dts_job_running()
        .dts_job_id(&job)
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
    assert_eq!(last_state.as_deref(), Some("Prechecking"));
    // Gives up only when the next delay (40 ms at most) would cross the limit, not earlier,
    // and never sleeps past it.
    assert!(*waited + Duration::from_millis(40) > limit, "{waited:?}");
    assert!(elapsed < limit + Duration::from_secs(2), "{elapsed:?}");
    assert!(*polls >= 2, "{polls}");
    assert_eq!(emu.calls("DescribeDtsJobDetail"), u64::from(*polls));
    assert!(err.to_string().contains("`Prechecking`"), "{err}");
}

#[tokio::test]
async fn an_answer_without_a_state_keeps_waiting() {
    const SECRET: &str = "test-secret-value";
    let server = Server::start(SECRET).await;
    server.push(Reply::json(200, json!({"RequestId": "r", "Success": true})));
    server.push(Reply::json(
        200,
        json!({"RequestId": "r", "Success": true, "Status": "Migrating"}),
    ));
    let out = dts::Client::new(&config(&server.url(), SECRET))
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
    let emu = emulator(1.0).await;
    let err = dts::Client::new(&config(emu.url(), "test"))
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
    assert_eq!(emu.calls("DescribeDtsJobDetail"), 0, "nothing is sent");
}

#[tokio::test]
async fn a_failed_poll_ends_the_wait_with_the_operations_error() {
    let emu = emulator(1.0).await;
    let client = dts::Client::new(&config(emu.url(), "test"));
    let job = configured_job(&client).await;
    emu.inject(Fault::error(
        Some("DescribeDtsJobDetail"),
        "Forbidden.NoPermission",
    ))
    .unwrap();
    let err = client
        .wait_until_dts_job_running()
        .dts_job_id(&job)
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
    let emu = emulator(2_000.0).await;
    let client = rds::Client::new(&config(emu.url(), "test"));
    let task: i32 = client
        .create_import_task()
        .db_instance_id("rm-bp1")
        .host("10.0.0.8")
        .port(3306)
        .stream_port(9999)
        .user("root")
        .password("pw")
        .region_id("cn-hangzhou")
        .send()
        .await
        .unwrap()
        .task_id
        .unwrap()
        .parse()
        .unwrap();
    let out = client
        .wait_until_import_finished()
        .db_instance_id("rm-bp1")
        .import_id(task)
        .engine("MySQL")
        .start_time("2011-06-11T15:00Z")
        .end_time("2011-06-11T16:00Z")
        .delays(FAST, FAST * 4)
        .wait()
        .await
        .unwrap();
    let items = out.items.unwrap().import_result_from_db.unwrap();
    assert_eq!(items[0].import_id, Some(task));
    assert!(emu.calls("DescibeImportsFromDatabase") >= 2);
}

#[tokio::test]
async fn di_sync_instance_waiters_follow_the_documented_states() {
    let emu = emulator(2_000.0).await;
    let client = dataworks_public::Client::new(&config(emu.url(), "test"));
    let mut files = Vec::new();
    for kind in ["DI_REALTIME", "DI_SOLUTION", "DI_SOLUTION"] {
        let file = client
            .create_di_sync_task()
            .project_id(10000)
            .task_type(kind)
            .task_content("{}")
            .send()
            .await
            .unwrap()
            .data
            .unwrap()
            .file_id
            .unwrap();
        client
            .deploy_di_sync_task()
            .project_id(10000)
            .task_type(kind)
            .file_id(file)
            .send()
            .await
            .unwrap();
        client
            .start_di_sync_instance()
            .project_id(10000)
            .task_type(kind)
            .file_id(file)
            .send()
            .await
            .unwrap();
        files.push(file);
    }
    let running = client
        .wait_until_di_sync_instance_running()
        .project_id(10000)
        .task_type("DI_REALTIME")
        .file_id(files[0])
        .delays(FAST, FAST)
        .wait()
        .await
        .unwrap();
    assert_eq!(running.data.unwrap().status.unwrap().as_str(), "RUN");
    // A second waiter on the same operation reads other states.
    let done = client
        .wait_until_di_sync_instance_finished()
        .project_id(10000)
        .task_type("DI_SOLUTION")
        .file_id(files[1])
        .delays(FAST, FAST * 4)
        .wait()
        .await
        .unwrap();
    assert_eq!(done.data.unwrap().status.unwrap().as_str(), "success");
    emu.set_state(Resource::DiInstance, &files[2].to_string(), "fail")
        .unwrap();
    let err = client
        .wait_until_di_sync_instance_finished()
        .project_id(10000)
        .task_type("DI_SOLUTION")
        .file_id(files[2])
        .delays(FAST, FAST)
        .wait()
        .await
        .unwrap_err();
    assert_eq!(err.last_state(), Some("fail"));
}
