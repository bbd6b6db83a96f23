//! A DataWorks real-time synchronization task from start to finish: generate its
//! configuration, create, deploy and start it, wait until it runs, then stop it.
//!
//! ```sh
//! export ALIBABA_CLOUD_ACCESS_KEY_ID=... ALIBABA_CLOUD_ACCESS_KEY_SECRET=... ALIBABA_CLOUD_REGION_ID=cn-shanghai
//! cargo run -p examples --example dataworks_sync -- <ProjectId> task-param.json
//! ```
//! `task-param.json` is the script GenerateDISyncTaskConfigForCreating documents (source,
//! destination, tables). `ALIBABA_CLOUD_ENDPOINT` sends the calls elsewhere.

use alicloud_migration::dataworks_public::{
    self as dw, query_di_sync_task_config_process_result as query,
};
use std::time::Duration;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [project, param] = args.as_slice() else {
        return Err("usage: dataworks_sync <ProjectId> <task-param.json>".into());
    };
    let project: i64 = project.parse()?;
    let client = dw::Client::from_env()?;

    // 1. Real-time tasks are created from a configuration DataWorks generates asynchronously.
    let started = client
        .generate_di_sync_task_config_for_creating()
        .project_id(project)
        .task_type("DI_REALTIME")
        .task_param(std::fs::read_to_string(param)?)
        .send()
        .await?;
    let process = started
        .data
        .and_then(|d| d.process_id)
        .ok_or("no ProcessId")?;
    let content = loop {
        tokio::time::sleep(Duration::from_secs(2)).await;
        let result = client
            .query_di_sync_task_config_process_result()
            .project_id(project)
            .task_type("DI_REALTIME")
            .async_process_id(process)
            .send()
            .await?;
        // A `fail` status is an error of the call (it carries Data.Message).
        if let Some(query::Data {
            status: Some(query::DataStatus::Success),
            task_content: Some(content),
            ..
        }) = result.data
        {
            break content;
        }
    };

    // 2. Create, deploy and start it.
    let created = client
        .create_di_sync_task()
        .project_id(project)
        .task_type("DI_REALTIME")
        .task_content(content)
        .task_name("realtime-example")
        .send()
        .await?;
    let file = created.data.and_then(|d| d.file_id).ok_or("no FileId")?;
    client
        .deploy_di_sync_task()
        .project_id(project)
        .task_type("DI_REALTIME")
        .file_id(file)
        .send()
        .await?;
    client
        .start_di_sync_instance()
        .project_id(project)
        .task_type("DI_REALTIME")
        .file_id(file)
        .send()
        .await?;

    // 3. Wait until it runs (KILLING or fail end the wait with an error naming the state).
    let info = client
        .wait_until_di_sync_instance_running()
        .project_id(project)
        .task_type("DI_REALTIME")
        .file_id(file)
        .wait()
        .await?;
    let status = info.data.and_then(|d| d.status);
    let status = status.as_ref().map_or("not reported", |s| s.as_str());
    println!("task {file} runs ({status})");

    // 4. Stop it; `terminate_di_sync_instance` undeploys it, `delete_di_sync_task` removes it.
    client
        .stop_di_sync_instance()
        .project_id(project)
        .task_type("DI_REALTIME")
        .file_id(file)
        .send()
        .await?;
    println!("task {file} stopped");
    Ok(())
}
