//! Lists the migration tasks of an RDS instance over the last day, page by page.
//!
//! ```sh
//! export ALIBABA_CLOUD_ACCESS_KEY_ID=... ALIBABA_CLOUD_ACCESS_KEY_SECRET=... ALIBABA_CLOUD_REGION_ID=cn-hangzhou
//! cargo run -p examples --example rds -- rm-bp1xxxxxxxx 2024-06-11T00:00Z 2024-06-12T00:00Z
//! ```
//! `ALIBABA_CLOUD_ENDPOINT` sends the calls elsewhere (a proxy, a test server).

use alicloud_migration::rds;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(instance), Some(start), Some(end)) = (args.next(), args.next(), args.next()) else {
        return Err("usage: rds <DBInstanceId> <StartTime yyyy-MM-ddTHH:mmZ> <EndTime>".into());
    };
    let client = rds::Client::from_env()?;
    let mut pages = client
        .describe_imports_from_database()
        .db_instance_id(instance)
        .engine(rds::describe_imports_from_database::Engine::MySql)
        .start_time(start)
        .end_time(end)
        .page_size(50)
        .paginate();
    while let Some(task) = pages.next_item().await {
        let task = task?;
        println!(
            "{:>10}  {:<22}  {}",
            task.import_id.unwrap_or_default(),
            task.import_data_status
                .map(|s| s.to_string())
                .unwrap_or_default(),
            task.import_data_status_description.unwrap_or_default()
        );
    }
    Ok(())
}
