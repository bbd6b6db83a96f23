//! Every operation and waiter of the crate, called once with no parameters: each answers with
//! the validation error naming its first required parameter, or (with none required) goes to
//! the endpoint. A program that uses the whole crate, for the compile-cost figures in
//! BENCHMARKS.md, and a quick look at what every operation requires.
//!
//! ```sh
//! ALIBABA_CLOUD_ACCESS_KEY_ID=id ALIBABA_CLOUD_ACCESS_KEY_SECRET=secret ALIBABA_CLOUD_REGION_ID=cn-hangzhou \
//!   ALIBABA_CLOUD_ENDPOINT=http://127.0.0.1:9 cargo run -p examples --example every_operation
//! ```

use alicloud_migration::{dataworks_public, dts, rds, Config, Error, WaitError};
use std::fmt::Display;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(1);

fn report<E: Display>(name: &str, result: Result<(), Error<E>>) {
    match result {
        Ok(()) => println!("{name:<42} ok"),
        Err(e) => println!("{name:<42} {e}"),
    }
}

fn report_wait<E: Display>(name: &str, result: Result<(), WaitError<E>>) {
    match result {
        Ok(()) => println!("wait_until_{name:<31} done"),
        Err(e) => println!("wait_until_{name:<31} {e}"),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = Config::from_env()?;
    let rds = rds::Client::new(&config);
    let dts = dts::Client::new(&config);
    let dw = dataworks_public::Client::new(&config);
    report("cancel_import", rds.cancel_import().send().await.map(drop));
    report(
        "create_import_task",
        rds.create_import_task().send().await.map(drop),
    );
    report(
        "describe_import_task",
        rds.describe_import_task().send().await.map(drop),
    );
    report(
        "describe_import_task_validation",
        rds.describe_import_task_validation().send().await.map(drop),
    );
    report(
        "describe_imports_from_database",
        rds.describe_imports_from_database().send().await.map(drop),
    );
    report(
        "list_import_tasks",
        rds.list_import_tasks().send().await.map(drop),
    );
    report(
        "modify_import_task",
        rds.modify_import_task().send().await.map(drop),
    );
    report(
        "validate_import_task",
        rds.validate_import_task().send().await.map(drop),
    );
    report_wait(
        "import_finished",
        rds.wait_until_import_finished()
            .max_wait(LIMIT)
            .wait()
            .await
            .map(drop),
    );
    report(
        "configure_dts_job",
        dts.configure_dts_job().send().await.map(drop),
    );
    report(
        "create_dts_instance",
        dts.create_dts_instance().send().await.map(drop),
    );
    report(
        "delete_dts_job",
        dts.delete_dts_job().send().await.map(drop),
    );
    report(
        "describe_dts_job_detail",
        dts.describe_dts_job_detail().send().await.map(drop),
    );
    report(
        "describe_dts_jobs",
        dts.describe_dts_jobs().send().await.map(drop),
    );
    report(
        "describe_pre_check_status",
        dts.describe_pre_check_status().send().await.map(drop),
    );
    report(
        "modify_dts_job",
        dts.modify_dts_job().send().await.map(drop),
    );
    report("reset_dts_job", dts.reset_dts_job().send().await.map(drop));
    report("start_dts_job", dts.start_dts_job().send().await.map(drop));
    report("stop_dts_job", dts.stop_dts_job().send().await.map(drop));
    report(
        "suspend_dts_job",
        dts.suspend_dts_job().send().await.map(drop),
    );
    report_wait(
        "dts_job_running",
        dts.wait_until_dts_job_running()
            .max_wait(LIMIT)
            .wait()
            .await
            .map(drop),
    );
    report_wait(
        "dts_precheck_passed",
        dts.wait_until_dts_precheck_passed()
            .max_wait(LIMIT)
            .wait()
            .await
            .map(drop),
    );
    report(
        "create_di_sync_task",
        dw.create_di_sync_task().send().await.map(drop),
    );
    report(
        "delete_di_sync_task",
        dw.delete_di_sync_task().send().await.map(drop),
    );
    report(
        "deploy_di_sync_task",
        dw.deploy_di_sync_task().send().await.map(drop),
    );
    report(
        "generate_di_sync_task_config_for_creating",
        dw.generate_di_sync_task_config_for_creating()
            .send()
            .await
            .map(drop),
    );
    report(
        "get_di_sync_instance_info",
        dw.get_di_sync_instance_info().send().await.map(drop),
    );
    report(
        "get_di_sync_task",
        dw.get_di_sync_task().send().await.map(drop),
    );
    report(
        "query_di_sync_task_config_process_result",
        dw.query_di_sync_task_config_process_result()
            .send()
            .await
            .map(drop),
    );
    report(
        "start_di_sync_instance",
        dw.start_di_sync_instance().send().await.map(drop),
    );
    report(
        "stop_di_sync_instance",
        dw.stop_di_sync_instance().send().await.map(drop),
    );
    report(
        "terminate_di_sync_instance",
        dw.terminate_di_sync_instance().send().await.map(drop),
    );
    report(
        "update_di_sync_task",
        dw.update_di_sync_task().send().await.map(drop),
    );
    report_wait(
        "di_sync_instance_running",
        dw.wait_until_di_sync_instance_running()
            .max_wait(LIMIT)
            .wait()
            .await
            .map(drop),
    );
    report_wait(
        "di_sync_instance_finished",
        dw.wait_until_di_sync_instance_finished()
            .max_wait(LIMIT)
            .wait()
            .await
            .map(drop),
    );
    Ok(())
}
