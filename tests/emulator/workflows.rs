//! Each workflow from creation to deletion through the generated client and its waiters.

use super::{config, POLL};
use alicloud_migration::{dataworks_public as dw, dts, rds, Error, WaitError};
use emulator::Emulator;
use std::time::Duration;

fn code<E: std::fmt::Debug + HasCode>(e: &Error<E>) -> String {
    match e {
        Error::Service(s) => s.code().to_owned(),
        other => panic!("not a service error: {other:?}"),
    }
}

/// The generated error enums all have `code()`.
trait HasCode {
    fn code(&self) -> &str;
}

macro_rules! has_code {
    ($($t:ty),*) => { $(impl HasCode for $t { fn code(&self) -> &str { <$t>::code(self) } })* };
}

has_code!(
    dts::start_dts_job::StartDtsJobError,
    dts::modify_dts_job::ModifyDtsJobError,
    dts::describe_dts_job_detail::DescribeDtsJobDetailError,
    rds::cancel_import::CancelImportError,
    dw::start_di_sync_instance::StartDiSyncInstanceError,
    dw::get_di_sync_task::GetDiSyncTaskError
);

/// The documented values of a response field: `path` of wire names, `[]` stepping into an
/// array's items.
fn documented(action: &str, path: &[&str]) -> Vec<String> {
    use codegen::model::{Literal, Type};
    let model = codegen::model::load_dir(&tests::root().join("specs")).unwrap();
    let op = model
        .products
        .iter()
        .flat_map(|p| &p.operations)
        .find(|o| o.action == action)
        .unwrap();
    let mut fields = &op.response.fields;
    let mut ty = None;
    for step in path {
        let f = fields.iter().find(|f| f.wire == *step).unwrap();
        let mut t = &f.ty;
        if let Type::Array(item) = t {
            t = item;
        }
        if let Type::Object(o) = t {
            fields = &o.fields;
        }
        ty = Some(t);
    }
    match ty {
        Some(Type::Enum(e)) => e
            .values
            .iter()
            .filter_map(|v| match &v.wire {
                Literal::Str(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        other => panic!("{action}.{path:?} is not an enum: {other:?}"),
    }
}

/// Every state the emulator holds is a value the specs document for the field reporting it.
fn assert_documented(emu: &Emulator) {
    let world = emu.state();
    let dts = documented("DescribeDtsJobDetail", &["Status"]);
    for j in world.dts_jobs.values() {
        assert!(dts.contains(&j.phase.status), "{}", j.phase.status);
    }
    let rds = documented(
        "DescibeImportsFromDatabase",
        &["Items", "ImportResultFromDB", "ImportDataStatus"],
    );
    for t in world.imports.values() {
        assert!(rds.contains(&t.phase.status), "{}", t.phase.status);
    }
    let dw = documented("GetDISyncInstanceInfo", &["Data", "Status"]);
    for p in world.di_tasks.values().filter_map(|t| t.instance.as_ref()) {
        assert!(dw.contains(&p.status), "{}", p.status);
    }
}

/// 100 times real time: the 60 s pre-check takes 0.6 s, a modification 0.3 s.
async fn start_dts() -> Emulator {
    Emulator::builder()
        .specs(tests::root().join("specs"))
        .time_scale(100.0)
        .start()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_dts_migration_from_purchase_to_deletion() {
    let emu = start_dts().await;
    let dts = dts::Client::new(&config(&emu));
    let bought = dts
        .create_dts_instance()
        .r#type("MIGRATION")
        .pay_type("PostPaid")
        .instance_class("small")
        .source_region("cn-hangzhou")
        .destination_region("cn-hangzhou")
        .region_id("cn-hangzhou")
        .send()
        .await
        .unwrap();
    let (job, instance) = (bought.job_id.unwrap(), bought.instance_id.unwrap());
    let status = |d: &dts::describe_dts_job_detail::DescribeDtsJobDetailOutput| {
        d.status.as_ref().map(|s| s.as_str().to_owned())
    };
    let detail = dts.describe_dts_job_detail().dts_job_id(&job).send().await;
    assert_eq!(status(&detail.unwrap()).as_deref(), Some("NotConfigured"));
    let refused = dts
        .start_dts_job()
        .dts_job_id(&job)
        .send()
        .await
        .unwrap_err();
    assert_eq!(code(&refused), "OperationDenied.JobStatus");

    use dts::configure_dts_job as cfg;
    dts.configure_dts_job()
        .dts_job_id(&job)
        .dts_instance_id(&instance)
        .dts_job_name("orders")
        .job_type(cfg::JobType::Migration)
        .source_endpoint_instance_type(cfg::SourceEndpointInstanceType::Rds)
        .destination_endpoint_instance_type(cfg::DestinationEndpointInstanceType::Rds)
        .structure_initialization(true)
        .data_initialization(true)
        .data_synchronization(true)
        .db_list(r#"{"orders":{"name":"orders","all":true}}"#)
        .send()
        .await
        .unwrap();
    let passed = dts
        .wait_until_dts_precheck_passed()
        .dts_job_id(&job)
        .delays(POLL * 10, POLL * 50)
        .max_wait(Duration::from_secs(20))
        .wait()
        .await
        .unwrap();
    assert_eq!(status(&passed).as_deref(), Some("PreCheckPass"));
    assert_documented(&emu);
    let check = dts
        .describe_pre_check_status()
        .dts_job_id(&job)
        .job_code("02")
        .send()
        .await
        .unwrap();
    assert_eq!(
        check.state.map(|s| s.as_str().to_owned()).as_deref(),
        Some("Finished")
    );

    dts.start_dts_job().dts_job_id(&job).send().await.unwrap();
    let running = dts
        .wait_until_dts_job_running()
        .dts_job_id(&job)
        .delays(POLL * 10, POLL * 50)
        .max_wait(Duration::from_secs(20))
        .wait()
        .await
        .unwrap();
    assert_eq!(status(&running).as_deref(), Some("Migrating"));

    dts.modify_dts_job()
        .dts_instance_id(&instance)
        .dts_job_id(&job)
        .db_list(r#"{"orders":{"name":"orders","all":true},"users":{"name":"users","all":true}}"#)
        .send()
        .await
        .unwrap();
    let busy = dts
        .modify_dts_job()
        .dts_instance_id(&instance)
        .dts_job_id(&job)
        .db_list("{}")
        .send()
        .await
        .unwrap_err();
    assert_eq!(code(&busy), "OperationDenied.JobStatusModifying");
    assert_documented(&emu);
    // The modification ends and the job runs again.
    dts.wait_until_dts_job_running()
        .dts_job_id(&job)
        .delays(POLL * 10, POLL * 50)
        .max_wait(Duration::from_secs(20))
        .wait()
        .await
        .unwrap();

    dts.suspend_dts_job().dts_job_id(&job).send().await.unwrap();
    let listed = dts
        .describe_dts_jobs()
        .dts_job_id(&job)
        .send()
        .await
        .unwrap();
    let jobs = listed.dts_job_list.unwrap();
    assert_eq!(jobs.len(), 1);
    assert_eq!(
        jobs[0].status.as_ref().map(|s| s.as_str()),
        Some("Suspending")
    );
    assert_eq!(listed.total_record_count, Some(1));

    assert_documented(&emu);
    dts.stop_dts_job().dts_job_id(&job).send().await.unwrap();
    let detail = dts.describe_dts_job_detail().dts_job_id(&job).send().await;
    assert_eq!(status(&detail.unwrap()).as_deref(), Some("Finished"));
    dts.delete_dts_job().dts_job_id(&job).send().await.unwrap();
    let gone = dts
        .describe_dts_job_detail()
        .dts_job_id(&job)
        .send()
        .await
        .unwrap_err();
    assert_eq!(code(&gone), "InvalidJobId.NotFound");
    assert_eq!(gone.service().unwrap().meta().status, 404);
    assert!(emu.state().dts_jobs.is_empty());
}

#[tokio::test]
async fn an_rds_import_validated_created_watched_and_cancelled() {
    let emu = super::start().await;
    let rds = rds::Client::new(&config(&emu));
    let validation = rds
        .validate_import_task()
        .db_instance_id("rm-dst")
        .host("10.0.0.8")
        .port(3306)
        .stream_port(9999)
        .user("root")
        .password("source-db-password")
        .region_id("cn-hangzhou")
        .send()
        .await
        .unwrap();
    let verdict = rds
        .describe_import_task_validation()
        .db_instance_id("rm-dst")
        .task_id(validation.task_id.unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(verdict.success, Some(true));

    let create = || {
        rds.create_import_task()
            .db_instance_id("rm-dst")
            .host("10.0.0.8")
            .port(3306)
            .stream_port(9999)
            .user("root")
            .password("source-db-password")
            .region_id("cn-hangzhou")
            .send()
    };
    let task: String = create().await.unwrap().task_id.unwrap();
    let import_id: i32 = task.parse().unwrap();
    let watch = |id: i32| {
        rds.wait_until_import_finished()
            .db_instance_id("rm-dst")
            .import_id(id)
            .engine(rds::describe_imports_from_database::Engine::MySql)
            .start_time("2026-11-01T00:00Z")
            .end_time("2026-12-01T00:00Z")
            .delays(POLL, POLL * 4)
            .max_wait(Duration::from_secs(20))
            .wait()
    };
    let done = watch(import_id).await.unwrap();
    let item = &done.items.unwrap().import_result_from_db.unwrap()[0];
    assert_eq!(item.import_id, Some(import_id));
    let described = rds
        .describe_import_task()
        .db_instance_id("rm-dst")
        .region_id("cn-hangzhou")
        .task_id(task.as_str())
        .send()
        .await
        .unwrap();
    assert_eq!(described.status.as_deref(), Some("SUCCESS"));
    let late = rds
        .cancel_import()
        .db_instance_id("rm-dst")
        .import_id(import_id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(code(&late), "InvalideStatus.Format");

    // A second task, cancelled at once: the waiter ends on the failure state Canceled.
    let second: i32 = create().await.unwrap().task_id.unwrap().parse().unwrap();
    rds.cancel_import()
        .db_instance_id("rm-dst")
        .import_id(second)
        .send()
        .await
        .unwrap();
    assert_documented(&emu);
    match watch(second).await.unwrap_err() {
        WaitError::Failed { state, .. } => assert_eq!(state, "Canceled"),
        other => panic!("expected the Canceled state, got {other:?}"),
    }
    let listed = rds
        .list_import_tasks()
        .db_instance_id("rm-dst")
        .region_id("cn-hangzhou")
        .max_results(1)
        .send()
        .await
        .unwrap();
    assert_eq!(listed.items.map(|i| i.len()), Some(1));
    assert_eq!(listed.next_token.as_deref(), Some("1"), "a second page");
    // The paginator follows the emulator's tokens to the last page.
    let before = emu.calls("ListImportTasks");
    let all = rds
        .list_import_tasks()
        .db_instance_id("rm-dst")
        .region_id("cn-hangzhou")
        .max_results(1)
        .paginate()
        .collect_items()
        .await
        .unwrap();
    let mut ids: Vec<String> = all.iter().map(|t| t.task_id.unwrap().to_string()).collect();
    ids.sort();
    let mut created = vec![task.clone(), second.to_string()];
    created.sort();
    assert_eq!(ids, created);
    assert_eq!(
        emu.calls("ListImportTasks") - before,
        2,
        "one call per page"
    );
}

#[tokio::test]
async fn a_dataworks_sync_task_from_generated_config_to_deletion() {
    let emu = super::start().await;
    let dw = dw::Client::new(&config(&emu));
    let generated = dw
        .generate_di_sync_task_config_for_creating()
        .project_id(10_000)
        .task_type("DI_REALTIME")
        .task_param(r#"{"type":"realtime"}"#)
        .send()
        .await
        .unwrap();
    let process = generated.data.unwrap().process_id.unwrap();
    let result = dw
        .query_di_sync_task_config_process_result()
        .project_id(10_000)
        .task_type("DI_REALTIME")
        .async_process_id(process)
        .send()
        .await
        .unwrap();
    let content = result.data.unwrap().task_content.unwrap();
    assert!(content.contains("realtime"), "{content}");

    let created = dw
        .create_di_sync_task()
        .project_id(10_000)
        .task_type("DI_REALTIME")
        .task_content(content.as_str())
        .task_name("orders-sync")
        .send()
        .await
        .unwrap();
    let file = created.data.unwrap().file_id.unwrap();
    let early = dw
        .start_di_sync_instance()
        .project_id(10_000)
        .task_type("DI_REALTIME")
        .file_id(file)
        .send()
        .await
        .unwrap_err();
    assert_eq!(code(&early), "Invalid.DI.Parameter");
    dw.deploy_di_sync_task()
        .project_id(10_000)
        .task_type("DI_REALTIME")
        .file_id(file)
        .send()
        .await
        .unwrap();
    dw.start_di_sync_instance()
        .project_id(10_000)
        .task_type("DI_REALTIME")
        .file_id(file)
        .send()
        .await
        .unwrap();
    let running = dw
        .wait_until_di_sync_instance_running()
        .project_id(10_000)
        .task_type("DI_REALTIME")
        .file_id(file)
        .delays(POLL, POLL * 4)
        .max_wait(Duration::from_secs(20))
        .wait()
        .await
        .unwrap();
    let data = running.data.unwrap();
    assert_eq!(
        data.status.map(|s| s.as_str().to_owned()).as_deref(),
        Some("RUN")
    );
    assert_eq!(data.name.as_deref(), Some("orders-sync"));
    let info = |dw: &dw::Client| {
        dw.get_di_sync_instance_info()
            .project_id(10_000)
            .task_type("DI_REALTIME")
            .file_id(file)
            .send()
    };
    dw.stop_di_sync_instance()
        .project_id(10_000)
        .task_type("DI_REALTIME")
        .file_id(file)
        .send()
        .await
        .unwrap();
    let paused = info(&dw).await.unwrap().data.unwrap().status.unwrap();
    assert_eq!(paused.as_str(), "PAUSE");
    assert_documented(&emu);
    dw.terminate_di_sync_instance()
        .project_id(10_000)
        .task_type("DI_REALTIME")
        .file_id(file)
        .send()
        .await
        .unwrap();
    assert_documented(&emu);
    dw.delete_di_sync_task()
        .project_id(10_000)
        .task_type("DI_REALTIME")
        .file_id(file)
        .send()
        .await
        .unwrap();
    let gone = dw
        .get_di_sync_task()
        .project_id(10_000)
        .task_type("DI_REALTIME")
        .file_id(file)
        .send()
        .await
        .unwrap_err();
    assert_eq!(code(&gone), "Invalid.DI.Parameter");
    assert!(emu.state().di_tasks.is_empty());
}
