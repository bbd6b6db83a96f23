//! One connection per concurrent call at most, however far below its cap a client runs: 100
//! callers making calls back to back through one client with a cap of 5,000 open at most 100
//! connections. hyper's pool races a new connection against an idle one coming free and keeps
//! the loser; before the client counted calls in flight per host, this run opened 101 to 122
//! connections (three tries).

use alicloud_migration::{rds, Config, Credentials};

async fn back_to_back(client: rds::Client, n: usize) {
    for _ in 0..n {
        if let Err(e) = client
            .list_import_tasks()
            .db_instance_id("rm-pool")
            .region_id("cn-hangzhou")
            .send()
            .await
        {
            panic!("a call failed: {e}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_callers_far_below_the_cap_open_at_most_a_hundred_connections() {
    let emu = emulator::Emulator::builder().start().await.unwrap();
    let config = Config::builder()
        .endpoint(emu.url())
        .credentials(Credentials::new("test", "test"))
        .max_connections_per_host(5000)
        .build()
        .unwrap();
    let client = rds::Client::new(&config);
    let callers: Vec<_> = (0..100)
        .map(|_| tokio::spawn(back_to_back(client.clone(), 30)))
        .collect();
    for c in callers {
        c.await.unwrap();
    }
    let (accepted, _) = emu.connections();
    assert_eq!(emu.refused(), 0);
    assert!(
        accepted <= 100,
        "{accepted} connections for 100 concurrent callers"
    );
    assert!(accepted >= 2, "the callers ran one at a time: {accepted}");
}
