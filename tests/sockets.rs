//! A client never holds more sockets than its cap allows: with the process's descriptor limit
//! lowered to 256, 1,000 concurrent calls through one client (the emulator in the same
//! process, so its sockets count too) all succeed, and the emulator, counting the connections
//! it accepts, sees no more than the cap. One test binary of its own: the limit is
//! process-wide.

use alicloud_migration::{rds, Config, Credentials, DEFAULT_MAX_CONNECTIONS_PER_HOST};

async fn calls(emu: &emulator::Emulator, config: &Config, n: usize) -> usize {
    let client = rds::Client::new(config);
    let tasks: Vec<_> = (0..n)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                client
                    .list_import_tasks()
                    .db_instance_id("rm-load")
                    .region_id("cn-hangzhou")
                    .send()
                    .await
            })
        })
        .collect();
    let mut ok = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => ok += 1,
            Err(e) => panic!("a call failed: {e}"),
        }
    }
    let _ = emu;
    ok
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_calls_under_256_open_files_stay_within_the_cap() {
    tests::limit_open_files(256);
    let emu = emulator::Emulator::builder()
        .start()
        .await
        .expect("the emulator starts");
    let config = |cap: Option<usize>| {
        let mut b = Config::builder()
            .endpoint(emu.url())
            .credentials(Credentials::new("test", "test"));
        if let Some(cap) = cap {
            b = b.max_connections_per_host(cap);
        }
        b.build().unwrap()
    };
    // The default cap.
    assert_eq!(calls(&emu, &config(None), 1000).await, 1000);
    let (accepted, _) = emu.connections();
    assert!(
        accepted as usize <= DEFAULT_MAX_CONNECTIONS_PER_HOST,
        "{accepted} connections for a cap of {DEFAULT_MAX_CONNECTIONS_PER_HOST}"
    );
    // A cap of its own, on a client of its own.
    assert_eq!(calls(&emu, &config(Some(8)), 1000).await, 1000);
    let (after, _) = emu.connections();
    assert!(
        after - accepted <= 8,
        "{} connections for a cap of 8",
        after - accepted
    );
}
