//! What the load benches share: their numeric arguments, a two-worker runtime (client and
//! emulator share the machine's two cores), the process's resident memory, and an import
//! task on the emulator to describe.

#![allow(dead_code)] // each bench uses its part

use alicloud_migration::rds;

/// The numbers among the arguments (`cargo bench` passes `--bench` too).
pub fn numbers() -> Vec<u64> {
    std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect()
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a Tokio runtime")
}

/// The process's resident memory, in MiB.
pub fn rss_mib() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0.0);
    pages * 4096.0 / (1024.0 * 1024.0)
}

/// Creates an import task on instance `db` and returns its ID.
pub async fn import_task(client: &rds::Client, db: &str) -> String {
    client
        .create_import_task()
        .db_instance_id(db)
        .host("10.0.0.1")
        .port(3306)
        .stream_port(9999)
        .user("u")
        .password("p")
        .region_id("cn-hangzhou")
        .send()
        .await
        .expect("the emulator creates the task")
        .task_id
        .expect("a task ID")
}
