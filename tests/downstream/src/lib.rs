//! A user's code: a DTS migration with the generated client, as a program would run it.

use alicloud_migration::{dts, Config, Error};
use std::time::Duration;

/// Buys a migration instance, configures the job, waits for its pre-check, starts it and waits
/// until it migrates; returns the job's ID and its last state.
pub async fn migrate(
    config: &Config,
    poll: Duration,
) -> Result<(String, String), Box<dyn std::error::Error>> {
    let client = dts::Client::new(config);
    let bought = client
        .create_dts_instance()
        .r#type("MIGRATION")
        .pay_type("PostPaid")
        .instance_class("small")
        .source_region("cn-hangzhou")
        .destination_region("cn-hangzhou")
        .region_id("cn-hangzhou")
        .send()
        .await?;
    let job = bought.job_id.ok_or("no job ID")?;
    client
        .configure_dts_job()
        .dts_job_id(&job)
        .dts_job_name("orders")
        .job_type(dts::configure_dts_job::JobType::Migration)
        .source_endpoint_instance_type(dts::configure_dts_job::SourceEndpointInstanceType::Rds)
        .destination_endpoint_instance_type(
            dts::configure_dts_job::DestinationEndpointInstanceType::Rds,
        )
        .structure_initialization(true)
        .data_initialization(true)
        .data_synchronization(true)
        .db_list(r#"{"orders":{"name":"orders","all":true}}"#)
        .send()
        .await?;
    client
        .wait_until_dts_precheck_passed()
        .dts_job_id(&job)
        .delays(poll, poll * 4)
        .max_wait(Duration::from_secs(30))
        .wait()
        .await?;
    client
        .start_dts_job()
        .dts_job_id(&job)
        .send()
        .await
        .map_err(describe)?;
    let running = client
        .wait_until_dts_job_running()
        .dts_job_id(&job)
        .delays(poll, poll * 4)
        .max_wait(Duration::from_secs(30))
        .wait()
        .await?;
    let state = running
        .status
        .map(|s| s.as_str().to_owned())
        .unwrap_or_default();
    Ok((job, state))
}

fn describe<E: std::fmt::Display>(e: Error<E>) -> String {
    e.to_string()
}
