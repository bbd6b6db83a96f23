//! Points a DataWorks batch synchronization task at another resource group.
//!
//! ```sh
//! export ALIBABA_CLOUD_ACCESS_KEY_ID=... ALIBABA_CLOUD_ACCESS_KEY_SECRET=... ALIBABA_CLOUD_REGION_ID=cn-shanghai
//! cargo run -p examples --example dataworks -- <ProjectId> <FileId> <ResourceGroup> task.json
//! ```

use alicloud_migration::dataworks_public::{self, update_di_sync_task::TaskParam};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [project, file, group, content] = args.as_slice() else {
        return Err("usage: dataworks <ProjectId> <FileId> <ResourceGroup> <task.json>".into());
    };
    // The task's JSON text is sent as written (after a check that it is JSON).
    let content = std::fs::read_to_string(content)?;
    let out = dataworks_public::Client::from_env()?
        .update_di_sync_task()
        .project_id(project.parse()?)
        .file_id(file.parse()?)
        .task_type("DI_OFFLINE")
        .task_content(content)
        .task_param(TaskParam {
            resource_group: Some(group.clone()),
            ..Default::default()
        })
        .send()
        .await?;
    let request = out.request_id.as_deref().unwrap_or("not reported");
    println!("updated (request {request})");
    Ok(())
}
