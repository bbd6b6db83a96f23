//! Beyond its connection cap the emulator refuses at once and visibly (`503
//! ServiceUnavailable`, then a closed connection), never by leaving a caller waiting; the
//! client retries the refusal like the service's own.

use alicloud_migration::{rds, Config, Credentials, RetryPolicy};
use std::time::{Duration, Instant};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

/// A request head for the control endpoint, on a connection kept open.
const HEALTH: &[u8] = b"GET /_emulator/health HTTP/1.1\r\nhost: x\r\n\r\n";

#[tokio::test]
async fn a_connection_beyond_the_cap_is_answered_503_at_once() {
    let emu = emulator::Emulator::builder()
        .max_connections(2)
        .start()
        .await
        .unwrap();
    // Two connections, served and kept open.
    let mut held = Vec::new();
    for _ in 0..2 {
        let mut s = TcpStream::connect(emu.addr()).await.unwrap();
        s.write_all(HEALTH).await.unwrap();
        held.push(s);
    }
    // Both are counted open before the third arrives.
    let deadline = Instant::now() + Duration::from_secs(5);
    while emu.connections().1 < 2 {
        assert!(Instant::now() < deadline, "{:?}", emu.connections());
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let started = Instant::now();
    let (status, body) = tests::raw::exchange(emu.addr(), HEALTH).await;
    let took = started.elapsed();
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["Code"], "ServiceUnavailable", "{body}");
    assert!(body["RequestId"].is_string(), "{body}");
    assert!(took < Duration::from_secs(2), "refused after {took:?}");
    assert_eq!(emu.refused(), 1);
    // A connection freed is a connection served again.
    drop(held.pop());
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (status, body) = tests::raw::exchange(
            emu.addr(),
            b"GET /_emulator/health HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
        )
        .await;
        if status == 200 {
            assert_eq!(body["operations"], 30);
            // The control endpoint counts them too.
            assert_eq!(body["connections"]["refused"], 1, "{body}");
            assert!(
                body["connections"]["accepted"].as_u64() >= Some(2),
                "{body}"
            );
            break;
        }
        assert!(Instant::now() < deadline, "still refused: {status} {body}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_client_retries_refusals_until_it_is_served() {
    let emu = emulator::Emulator::builder()
        .max_connections(4)
        .start()
        .await
        .unwrap();
    let config = Config::builder()
        .endpoint(emu.url())
        .credentials(Credentials::new("test", "test"))
        .max_connections_per_host(32)
        .retry(RetryPolicy {
            max_attempts: 20,
            initial_backoff: Duration::from_millis(5),
            max_backoff: Duration::from_millis(50),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let client = rds::Client::new(&config);
    let calls: Vec<_> = (0..32)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                client
                    .list_import_tasks()
                    .db_instance_id("rm-refused")
                    .region_id("cn-hangzhou")
                    .send()
                    .await
            })
        })
        .collect();
    for c in calls {
        if let Err(e) = c.await.unwrap() {
            panic!("a call failed: {e}");
        }
    }
    // 32 callers opened more connections than the emulator serves: some were refused.
    assert!(emu.refused() > 0, "none refused: {:?}", emu.connections());
    assert!(emu.connections().1 <= 4, "{:?}", emu.connections());
}
