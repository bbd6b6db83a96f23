//! How many connections a client opens for N concurrent callers: the generated client calling
//! `DescibeImportsFromDatabase` from N tasks for a few seconds against the emulator, which
//! counts the connections it accepts and samples how many are open. Prints, per N, the
//! connections accepted and the most open at once, per caller.
//!
//! `cargo bench -p benches --bench connections -- [SECONDS] [CAP]` (defaults 3 and the
//! client's default cap).
//!
//! With `EMULATOR_URL` set, against an emulator in a process of its own (as the issue's probe
//! ran), read through its control endpoint (`GET /_emulator/health`, on one connection of its
//! own, not counted):
//!
//! ```sh
//! cargo run --release -p emulator -- --port 8090 &
//! EMULATOR_URL=http://127.0.0.1:8090 cargo bench -p benches --bench connections -- 3 5000
//! ```

mod support;

use alicloud_migration::{rds, Config, Credentials, DEFAULT_MAX_CONNECTIONS_PER_HOST};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Where the connections are counted: the emulator in this process, or one elsewhere.
enum Counter {
    Here(emulator::Emulator),
    There { url: String, http: reqwest::Client },
}

impl Counter {
    fn url(&self) -> String {
        match self {
            Counter::Here(emu) => emu.url().to_owned(),
            Counter::There { url, .. } => url.clone(),
        }
    }

    /// Connections accepted so far and open now (the control endpoint's own not counted).
    async fn connections(&self) -> (u64, u64) {
        match self {
            Counter::Here(emu) => emu.connections(),
            Counter::There { url, http } => {
                let body = http
                    .get(format!("{url}/_emulator/health"))
                    .send()
                    .await
                    .expect("the emulator answers")
                    .bytes()
                    .await
                    .expect("a whole answer");
                let health: serde_json::Value =
                    serde_json::from_slice(&body).expect("health is JSON");
                let c = &health["connections"];
                let n = |k: &str| c[k].as_u64().expect("a count");
                (n("accepted"), n("open").saturating_sub(1))
            }
        }
    }
}

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
        // One health client for the whole run: its one connection is not the callers'.
        let external = std::env::var("EMULATOR_URL")
            .ok()
            .map(|url| (url.trim_end_matches('/').to_owned(), reqwest::Client::new()));
        for callers in [10usize, 100, 300, 1000] {
            let counter = match &external {
                Some((url, http)) => Counter::There {
                    url: url.clone(),
                    http: http.clone(),
                },
                None => Counter::Here(emulator::Emulator::builder().start().await.unwrap()),
            };
            let (before, _) = counter.connections().await;
            let config = Config::builder()
                .endpoint(counter.url())
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
                peak = peak.max(counter.connections().await.1);
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            stop.store(true, Ordering::Relaxed);
            let mut calls = 0;
            for t in tasks {
                calls += t.await.unwrap();
            }
            let accepted = counter.connections().await.0 - before;
            // The row's connections close with its client; the next row starts when the
            // emulator has seen them all closed (or after 10 s).
            drop((client, config));
            let closing = Instant::now();
            while counter.connections().await.1 > 0 && closing.elapsed() < Duration::from_secs(10) {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            println!(
                "{callers:>8} {calls:>10} {accepted:>10} {peak:>12} {:>12.2}",
                peak as f64 / callers as f64
            );
        }
    });
}
