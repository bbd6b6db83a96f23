//! A whole DTS migration: buy an instance, configure the job, wait for its precheck, start
//! it, wait until it runs, change its settings, and pause it.
//!
//! ```sh
//! export ALIBABA_CLOUD_ACCESS_KEY_ID=... ALIBABA_CLOUD_ACCESS_KEY_SECRET=... ALIBABA_CLOUD_REGION_ID=cn-hangzhou
//! export DTS_SOURCE=rm-src:dtsuser DTS_DESTINATION=rm-dst:dtsuser  # RDS instance ID:account
//! export DTS_SOURCE_PASSWORD=... DTS_DESTINATION_PASSWORD=...
//! cargo run -p examples --example dts_migration -- '{"mydb":{"name":"mydb","all":true}}'
//! ```
//! `ALIBABA_CLOUD_ENDPOINT` sends the calls elsewhere (a proxy, a test server).

use alicloud_migration::dts::describe_pre_check_status::JobProgressState;
use alicloud_migration::dts::{self, configure_dts_job as cfg, modify_dts_job as modify};
use alicloud_migration::WaitError;
use std::time::Duration;

fn endpoint(var: &str) -> Result<(String, String, String), Box<dyn std::error::Error>> {
    let spec = std::env::var(var).map_err(|_| format!("{var} is not set (instance:account)"))?;
    let (instance, user) = spec
        .split_once(':')
        .ok_or_else(|| format!("{var} must be instance:account"))?;
    let password = std::env::var(format!("{var}_PASSWORD"))
        .map_err(|_| format!("{var}_PASSWORD is not set"))?;
    Ok((instance.to_owned(), user.to_owned(), password))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let db_list = std::env::args()
        .nth(1)
        .ok_or("usage: dts_migration '<DbList JSON>'")?;
    let (src, src_user, src_password) = endpoint("DTS_SOURCE")?;
    let (dst, dst_user, dst_password) = endpoint("DTS_DESTINATION")?;
    let region = std::env::var("ALIBABA_CLOUD_REGION_ID")?;
    let client = dts::Client::from_env()?;

    // 1. Buy a pay-as-you-go migration instance (never retried: a purchase is billed).
    let bought = client
        .create_dts_instance()
        .r#type("MIGRATION")
        .pay_type("PostPaid")
        .instance_class("small")
        .source_region(region.as_str())
        .destination_region(region.as_str())
        .source_endpoint_engine_name("MySQL")
        .destination_endpoint_engine_name("MySQL")
        .region_id(region.as_str())
        .send()
        .await?;
    let job = bought.job_id.ok_or("CreateDtsInstance returned no JobId")?;
    let instance = bought.instance_id.unwrap_or_default();
    println!("instance {instance}, job {job}");

    // 2. Configure it: schema, full data and incremental migration of the listed databases.
    client
        .configure_dts_job()
        .dts_job_id(job.as_str())
        .dts_instance_id(instance.as_str())
        .dts_job_name("migration-example")
        .job_type(cfg::JobType::Migration)
        .source_endpoint_instance_type(cfg::SourceEndpointInstanceType::Rds)
        .source_endpoint_instance_id(src)
        .source_endpoint_engine_name("MYSQL")
        .source_endpoint_region(region.as_str())
        .source_endpoint_user_name(src_user)
        .source_endpoint_password(src_password)
        .destination_endpoint_instance_type(cfg::DestinationEndpointInstanceType::Rds)
        .destination_endpoint_instance_id(dst)
        .destination_endpoint_engine_name("MYSQL")
        .destination_endpoint_region(region.as_str())
        .destination_endpoint_user_name(dst_user)
        .destination_endpoint_password(dst_password)
        .structure_initialization(true)
        .data_initialization(true)
        .data_synchronization(true)
        .db_list(db_list)
        .region_id(region.as_str())
        .send()
        .await?;

    // 3. Wait for the precheck; on failure, say which check failed.
    match client
        .wait_until_dts_precheck_passed()
        .dts_job_id(job.as_str())
        .region_id(region.as_str())
        .wait()
        .await
    {
        Ok(_) => println!("precheck passed"),
        Err(WaitError::Failed { state, .. }) => {
            let report = client
                .describe_pre_check_status()
                .dts_job_id(job.as_str())
                .job_code("01")
                .region_id(region.as_str())
                .send()
                .await?;
            for item in report.job_progress.unwrap_or_default() {
                if item.state == Some(JobProgressState::Failed) {
                    let what = item.item.as_deref().unwrap_or("(no item name)");
                    println!("  {what}: {}", item.err_msg.as_deref().unwrap_or(""));
                }
            }
            return Err(format!("the precheck ended in {state}").into());
        }
        Err(e) => return Err(e.into()),
    }

    // 4. Start (harmless if the precheck already started it) and wait until it runs.
    client
        .start_dts_job()
        .dts_job_id(job.as_str())
        .region_id(region.as_str())
        .send()
        .await?;
    let running = client
        .wait_until_dts_job_running()
        .dts_job_id(job.as_str())
        .region_id(region.as_str())
        .max_wait(Duration::from_secs(6 * 3600))
        .wait()
        .await?;
    let status = running
        .status
        .as_ref()
        .map_or("not reported", |s| s.as_str());
    match running.delay {
        Some(ms) => println!("running ({status}), {ms} ms behind the source"),
        None => println!("running ({status})"),
    }

    // 5. Change a setting of the running job: give up reconnecting to a lost database after
    // ten minutes (`maxRetryTime`, seconds; the page's example sets 43200).
    client
        .modify_dts_job()
        .dts_instance_id(instance.as_str())
        .modify_type_enum(modify::ModifyTypeEnum::UpdateReserved)
        .reserved(r#"{"maxRetryTime":600}"#)
        .region_id(region.as_str())
        .send()
        .await?;

    // 6. Pause it; `start_dts_job` resumes it, `stop_dts_job` and `delete_dts_job` end it.
    client
        .suspend_dts_job()
        .dts_job_id(job.as_str())
        .region_id(region.as_str())
        .send()
        .await?;
    println!("job {job} paused");
    Ok(())
}
