//! A soak run: the generated client and the emulator under steady load for MINUTES, with
//! faults injected at the start of every minute (throttling, latency, HTTP 503) that the
//! client's retries absorb. Every minute it prints the calls made, throughput, failures,
//! latency percentiles, the connections open and the process's resident memory: the columns
//! must stay flat. Not part of the tests (it runs for half an hour).
//!
//! `cargo bench -p benches --bench soak -- [MINUTES] [CALLERS]` (defaults 30 and 32).
//! Percentiles are the lower bounds of their histogram buckets (within 6 %).

mod support;

use alicloud_migration::{rds, Config, Credentials, RetryPolicy};
use emulator::Fault;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Sub-buckets per power of two: latencies are kept to within 1/16 (about 6 %).
const SUB: u32 = 16;
/// Powers of two of microseconds covered: up to 2^32 µs, over an hour.
const POWERS: u32 = 32;

/// One minute's record, allocated once: a latency histogram of atomic counters and the calls
/// that failed. (The first run kept every latency in a vector taken each minute, 7 MB
/// reallocated as it grew, which was part of the memory it reported.)
struct Minute {
    buckets: Vec<AtomicU64>,
    failures: AtomicU64,
}

impl Minute {
    fn new() -> Minute {
        Minute {
            buckets: (0..POWERS * SUB).map(|_| AtomicU64::new(0)).collect(),
            failures: AtomicU64::new(0),
        }
    }

    fn bucket(micros: u64) -> usize {
        let micros = micros.max(1);
        let power = 63 - micros.leading_zeros();
        let sub = if power >= 4 {
            (micros >> (power - 4)) as u32 - SUB
        } else {
            (micros as u32) % SUB
        };
        (power.min(POWERS - 1) * SUB + sub) as usize
    }

    /// The smallest latency (µs) of bucket `i`.
    fn floor(i: usize) -> u64 {
        let (power, sub) = (i as u32 / SUB, i as u32 % SUB);
        if power >= 4 {
            u64::from(SUB + sub) << (power - 4)
        } else {
            u64::from(sub)
        }
    }

    fn record(&self, micros: u64, failed: bool) {
        self.buckets[Minute::bucket(micros)].fetch_add(1, Ordering::Relaxed);
        if failed {
            self.failures.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// The minute's counts, zeroed for the next: (calls, failures, p50, p90, p99, max) in ms.
    fn take(&self) -> (u64, u64, [f64; 4]) {
        let counts: Vec<u64> = self
            .buckets
            .iter()
            .map(|b| b.swap(0, Ordering::Relaxed))
            .collect();
        let total: u64 = counts.iter().sum();
        let at = |q: f64| {
            let rank = ((total as f64 - 1.0) * q).round() as u64;
            let mut seen = 0;
            for (i, c) in counts.iter().enumerate() {
                seen += c;
                if *c > 0 && seen > rank {
                    return Minute::floor(i) as f64 / 1000.0;
                }
            }
            0.0
        };
        let failures = self.failures.swap(0, Ordering::Relaxed);
        (total, failures, [at(0.5), at(0.9), at(0.99), at(1.0)])
    }
}

/// The histogram's promise, checked before every run.
fn check_buckets() {
    for micros in [1u64, 7, 15, 16, 17, 1000, 1234, 65_535, 3_000_000] {
        let floor = Minute::floor(Minute::bucket(micros));
        assert!(
            floor <= micros && micros - floor <= micros / 16,
            "{micros}: {floor}"
        );
    }
}

fn main() {
    check_buckets();
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
        let record = Arc::new(Minute::new());
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
                    let micros = started.elapsed().as_micros().min(u128::from(u64::MAX)) as u64;
                    record.record(micros, result.is_err());
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
            let (calls, failures, [p50, p90, p99, max]) = record.take();
            println!(
                "{minute:>6} {calls:>9} {:>8.0} {failures:>8} {p50:>8.2} {p90:>8.2} {p99:>8.2} {max:>9.1} {:>6} {:>8.1}",
                calls as f64 / 60.0,
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
