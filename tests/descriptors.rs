//! Out of file descriptors, the emulator still answers every caller at once: a descriptor
//! kept in reserve is given up to accept a waiting connection and answer it `503
//! ServiceUnavailable`. With the process's limit lowered to 64, connections are opened until
//! the process has no descriptor left; each then gets an answer (served, or refused) within a
//! few seconds, none is left waiting on the accept queue. One test binary of its own: the
//! limit is process-wide.

use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The status of the answer on `s`, reading until a whole head has arrived.
async fn status(s: &mut TcpStream) -> Option<u16> {
    let mut got = Vec::new();
    let mut buf = [0u8; 2048];
    while !got.windows(4).any(|w| w == b"\r\n\r\n") {
        match s.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => got.extend_from_slice(&buf[..n]),
        }
    }
    String::from_utf8_lossy(&got)
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn out_of_descriptors_callers_are_refused_at_once_not_left_waiting() {
    let emu = emulator::Emulator::builder().start().await.unwrap();
    tests::limit_open_files(64);
    let mut clients = Vec::new();
    // Open until the process has no descriptor left for another client socket.
    for _ in 0..200 {
        match TcpStream::connect(emu.addr()).await {
            Ok(mut s) => {
                let _ = s
                    .write_all(b"GET /_emulator/health HTTP/1.1\r\nhost: x\r\n\r\n")
                    .await;
                clients.push(s);
            }
            Err(_) => break,
        }
    }
    assert!(clients.len() < 200, "the limit did not bind");
    let (mut served, mut refused) = (0, 0);
    for mut s in clients {
        match tokio::time::timeout(Duration::from_secs(5), status(&mut s)).await {
            Ok(Some(200)) => served += 1,
            Ok(Some(503)) => refused += 1,
            // Closed without an answer is a visible refusal too.
            Ok(None) => refused += 1,
            Ok(Some(other)) => panic!("answered {other}"),
            Err(_) => {
                panic!("a caller waited 5 s for an answer ({served} served, {refused} refused)")
            }
        }
        // Its descriptor goes back, so the emulator can take the next.
        drop(s);
    }
    assert!(
        served > 0 && refused > 0,
        "{served} served, {refused} refused"
    );
    assert!(emu.refused() > 0);
}
