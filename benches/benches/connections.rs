//! How many connections a client opens for N concurrent callers: the generated client calling
//! `DescibeImportsFromDatabase` from N tasks for a few seconds against the emulator, which
//! counts the connections it accepts and samples how many are open. Prints, per N, the
//! connections accepted and the most open at once, per caller.
//!
//! `cargo bench -p benches --bench connections -- [SECONDS] [CAP]` (defaults 3 and the
//! client's default cap).

mod support;

use alicloud_migration::{rds, Config, Credentials, DEFAULT_MAX_CONNECTIONS_PER_HOST};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn main() {
    let args = support::numbers();
    let seconds = args.first().copied().unwrap_or(3);
    let cap = args
        .get(1)
        .map_or(DEFAULT_MAX_CONNECTIONS_PER_HOST, |c| *c as usize);
    let rt = support::runtime();
    rt.block_on(async move {
        println!("cap {cap} connections per host, {seconds} s per row");
        println!(
            "{:>8} {:>10} {:>10} {:>12} {:>12}",
            "callers", "calls", "accepted", "peak open", "peak/caller"
        );
        for callers in [10usize, 100, 300, 1000] {
            let emu = emulator::Emulator::builder().start().await.unwrap();
            let config = Config::builder()
                .endpoint(emu.url())
                .credentials(Credentials::new("test", "test"))
                .max_connections_per_host(cap)
                .build()
                .unwrap();
            let client = rds::Client::new(&config);
            let stop = Arc::new(AtomicBool::new(false));
            let mut tasks = Vec::new();
            for _ in 0..callers {
                let (client, stop) = (client.clone(), stop.clone());
                tasks.push(tokio::spawn(async move {
                    let mut n = 0u64;
                    while !stop.load(Ordering::Relaxed) {
                        let r = client
                            .describe_imports_from_database()
                            .db_instance_id("rm-load")
                            .engine("MySQL")
                            .start_time("2026-01-01T00:00Z")
                            .end_time("2026-12-01T00:00Z")
                            .send()
                            .await;
                        assert!(r.is_ok(), "{:?}", r.err());
                        n += 1;
                    }
                    n
                }));
            }
            let started = Instant::now();
            let mut peak = 0;
            while started.elapsed() < Duration::from_secs(seconds) {
                peak = peak.max(emu.connections().1);
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            stop.store(true, Ordering::Relaxed);
            let mut calls = 0;
            for t in tasks {
                calls += t.await.unwrap();
            }
            let accepted = emu.connections().0;
            println!(
                "{callers:>8} {calls:>10} {accepted:>10} {peak:>12} {:>12.2}",
                peak as f64 / callers as f64
            );
        }
    });
}
