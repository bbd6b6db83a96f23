//! The emulator under load: the generated client calling `DescribeImportTask` on a task the
//! emulator holds, with signature verification, nonce tracking and validation on, from
//! `CONCURRENCY` tasks on one 2-worker runtime (client and emulator share the machine's two
//! cores). Prints requests per second and the process's resident memory every tenth of the
//! run, so a leak shows as a rising column.
//!
//! `cargo bench -p benches --bench emulator_load -- [REQUESTS] [CONCURRENCY] [CAP] [role|token]`
//! (defaults 1,000,000, 32 and the client's default cap of connections per host; a cap of
//! CONCURRENCY gives every caller a connection of its own, thousands of clients at once).
//! Failed calls are counted, not fatal; the slowest call is reported, so a stall shows. With `role`, the client's credentials are a RAM role's,
//! assumed from the emulator's STS and cached; with `token`, a fixed key with a security token
//! (what every role's key is): the cache is free when `role` matches `token`.

mod support;

use alicloud_migration::{
    rds, Config, Credentials, Endpoints, ProvideCredentials, RamRoleCredentials, RetryPolicy,
    DEFAULT_MAX_CONNECTIONS_PER_HOST,
};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::sync::Mutex;
use std::time::Instant;

fn main() {
    let args = support::numbers();
    let total = args.first().copied().unwrap_or(1_000_000);
    let concurrency = args.get(1).copied().unwrap_or(32).max(1);
    let cap = args
        .get(2)
        .map_or(DEFAULT_MAX_CONNECTIONS_PER_HOST, |&c| c as usize);
    let role = std::env::args().any(|a| a == "role");
    let token = std::env::args().any(|a| a == "token");
    let rt = support::runtime();
    rt.block_on(async move {
        let specs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
        let emu = emulator::Emulator::builder()
            .specs(specs)
            .credentials("test", "test")
            .sts_credentials("STS.fixed", "test", "CAIS-fixed-security-token-of-a-realistic-length-0123456789")
            .start()
            .await
            .expect("the emulator starts");
        let keys = Credentials::new("test", "test");
        let credentials: Arc<dyn ProvideCredentials> = if role {
            let endpoints = Endpoints::default()
                .sts(emu.url())
                .clock(emu.credentials_clock());
            Arc::new(RamRoleCredentials::with_endpoints(
                Arc::new(keys),
                "acs:ram::1234567890123456:role/load".into(),
                &endpoints,
            ))
        } else if token {
            Arc::new(
                Credentials::new("STS.fixed", "test").with_security_token(
                    "CAIS-fixed-security-token-of-a-realistic-length-0123456789",
                ),
            )
        } else {
            Arc::new(keys)
        };
        let kind = match (role, token) {
            (true, _) => "a RAM role's, cached",
            (_, true) => "a fixed key with a security token",
            _ => "plain keys",
        };
        println!("credentials: {kind}");
        let config = Config::builder()
            .endpoint(emu.url())
            .credentials(credentials)
            .retry(RetryPolicy::none())
            .max_connections_per_host(cap)
            .build()
            .unwrap();
        println!("{concurrency} callers, at most {cap} connections");
        let client = rds::Client::new(&config);
        let task = support::import_task(&client, "rm-load").await;
        let done = Arc::new(AtomicU64::new(0));
        // Failed calls and the first failure's text; the slowest call, in microseconds.
        let failed = Arc::new((AtomicU64::new(0), Mutex::new(None::<String>)));
        let slowest = Arc::new(AtomicU64::new(0));
        let step = (total / 10).max(1);
        println!("{:>10} {:>10} {:>10}", "requests", "req/s so far", "RSS MiB");
        println!("{:>10} {:>10} {:>10.1}", 0, "-", support::rss_mib());
        let started = Instant::now();
        let mut workers = Vec::new();
        for _ in 0..concurrency {
            let (client, task, done) = (client.clone(), task.clone(), done.clone());
            let (failed, slowest) = (failed.clone(), slowest.clone());
            workers.push(tokio::spawn(async move {
                loop {
                    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                    if n > total {
                        return;
                    }
                    let call = Instant::now();
                    let out = client
                        .describe_import_task()
                        .db_instance_id("rm-load")
                        .region_id("cn-hangzhou")
                        .task_id(task.as_str())
                        .send()
                        .await;
                    slowest.fetch_max(call.elapsed().as_micros() as u64, Ordering::Relaxed);
                    match out {
                        Ok(out) => assert!(out.status.is_some()),
                        Err(e) => {
                            failed.0.fetch_add(1, Ordering::Relaxed);
                            failed.1.lock().unwrap().get_or_insert(e.to_string());
                        }
                    }
                    if n % step == 0 {
                        println!(
                            "{n:>10} {:>10.0} {:>10.1}",
                            n as f64 / started.elapsed().as_secs_f64(),
                            support::rss_mib()
                        );
                    }
                }
            }));
        }
        for w in workers {
            w.await.unwrap();
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "{total} requests in {secs:.1} s: {:.0} requests/s, {concurrency} concurrent; calls counted by the emulator: {}; AssumeRole calls: {}",
            total as f64 / secs,
            emu.calls("DescribeImportTask"),
            emu.calls("AssumeRole")
        );
        let (accepted, _) = emu.connections();
        println!(
            "failed calls: {}{}; slowest call: {:.1} ms; connections accepted: {accepted}, refused (503 at once): {}",
            failed.0.load(Ordering::Relaxed),
            failed.1.lock().unwrap().as_ref().map(|e| format!(" (first: {e})")).unwrap_or_default(),
            slowest.load(Ordering::Relaxed) as f64 / 1000.0,
            emu.refused()
        );
    });
}
