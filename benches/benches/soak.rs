//! A soak run: the generated client and the emulator under steady load for MINUTES, with
//! faults injected at the start of every minute (throttling, latency, HTTP 503) that the
//! client's retries absorb. Every minute it prints the calls made, throughput, failures,
//! latency percentiles, the connections open and the process's resident memory: the columns
//! must stay flat. Not part of the tests (it runs for half an hour).
//!
//! `cargo bench -p benches --bench soak -- [MINUTES] [CALLERS]` (defaults 30 and 32).

mod support;

use alicloud_migration::{rds, Config, Credentials, RetryPolicy};
use emulator::Fault;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One minute's record: each call's latency in microseconds, and the calls that failed.
#[derive(Default)]
struct Minute {
    latencies: Vec<u32>,
    failures: u64,
}

fn main() {
    let args = support::numbers();
    let minutes = args.first().copied().unwrap_or(30);
    let callers = args.get(1).copied().unwrap_or(32).max(1);
    let rt = support::runtime();
    rt.block_on(async move {
        let emu = emulator::Emulator::builder().start().await.unwrap();
        let config = Config::builder()
            .endpoint(emu.url())
            .credentials(Credentials::new("test", "test"))
            .retry(RetryPolicy {
                initial_backoff: Duration::from_millis(5),
                ..RetryPolicy::default()
            })
            .build()
            .unwrap();
        let client = rds::Client::new(&config);
        let task = support::import_task(&client, "rm-soak").await;
        let record = Arc::new(Mutex::new(Minute::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let mut workers = Vec::new();
        for _ in 0..callers {
            let (client, task, record, stop) =
                (client.clone(), task.clone(), record.clone(), stop.clone());
            workers.push(tokio::spawn(async move {
                while !stop.load(Ordering::Relaxed) {
                    let started = Instant::now();
                    let result = client
                        .describe_import_task()
                        .db_instance_id("rm-soak")
                        .region_id("cn-hangzhou")
                        .task_id(task.as_str())
                        .send()
                        .await;
                    let micros = started.elapsed().as_micros().min(u32::MAX as u128) as u32;
                    let mut r = record.lock().unwrap();
                    r.latencies.push(micros);
                    r.failures += u64::from(result.is_err());
                }
            }));
        }
        println!(
            "{callers} callers, {minutes} minutes; each minute starts with 50 throttled, 100 delayed (20 ms) and 50 HTTP 503 answers"
        );
        println!(
            "{:>6} {:>9} {:>8} {:>8} {:>8} {:>8} {:>8} {:>9} {:>6} {:>8}",
            "minute", "calls", "req/s", "failed", "p50 ms", "p90 ms", "p99 ms", "max ms", "conns", "RSS MiB"
        );
        for minute in 1..=minutes {
            emu.inject(Fault::throttle(Some("DescribeImportTask")).times(50)).unwrap();
            emu.inject(
                Fault::latency(Some("DescribeImportTask"), Duration::from_millis(20)).times(100),
            )
            .unwrap();
            emu.inject(Fault::unavailable(Some("DescribeImportTask"), 503).times(50)).unwrap();
            tokio::time::sleep(Duration::from_secs(60)).await;
            let mut m = std::mem::take(&mut *record.lock().unwrap());
            m.latencies.sort_unstable();
            let at = |q: f64| {
                let i = ((m.latencies.len() as f64 - 1.0) * q).round() as usize;
                f64::from(*m.latencies.get(i).unwrap_or(&0)) / 1000.0
            };
            println!(
                "{minute:>6} {:>9} {:>8.0} {:>8} {:>8.2} {:>8.2} {:>8.2} {:>9.1} {:>6} {:>8.1}",
                m.latencies.len(),
                m.latencies.len() as f64 / 60.0,
                m.failures,
                at(0.5),
                at(0.9),
                at(0.99),
                at(1.0),
                emu.connections().1,
                support::rss_mib()
            );
        }
        stop.store(true, Ordering::Relaxed);
        for w in workers {
            w.await.unwrap();
        }
        println!("connections accepted in all: {}", emu.connections().0);
    });
}
