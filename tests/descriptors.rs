//! Out of file descriptors, the emulator still answers every caller at once: a descriptor
//! kept in reserve is given up to accept a waiting connection and answer it `503
//! ServiceUnavailable`. With the process's limit lowered to 64 and every descriptor taken but
//! the three its callers' sockets use, each caller gets an answer within seconds, none is
//! left waiting on the accept queue. One test binary of its own: the limit is process-wide.

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
    // Take every descriptor left, then give back four: callers connect until their sockets
    // and the emulator's accepted ends have used them up, and the last caller's connection
    // waits in the accept queue with no descriptor to take it but the emulator's reserve.
    let mut filler = Vec::new();
    while let Ok(f) = std::fs::File::open("/dev/null") {
        filler.push(f);
        assert!(filler.len() < 100, "the limit did not bind");
    }
    filler.truncate(filler.len() - 4);
    let mut callers = Vec::new();
    while let Ok(mut s) = TcpStream::connect(emu.addr()).await {
        s.write_all(b"GET /_emulator/health HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")
            .await
            .unwrap();
        callers.push(s);
        // Let the emulator accept it (or fail to) before the next socket takes a descriptor.
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        !callers.is_empty() && callers.len() <= 4,
        "{} callers",
        callers.len()
    );
    let (mut served, mut refused) = (0, 0);
    for mut s in callers {
        match tokio::time::timeout(Duration::from_secs(5), status(&mut s)).await {
            Ok(Some(200)) => served += 1,
            Ok(Some(503)) => refused += 1,
            Ok(other) => panic!("answered {other:?}"),
            Err(_) => panic!("a caller waited 5 s ({served} served, {refused} refused)"),
        }
        // Its descriptor goes back, so the emulator can take the next.
        drop(s);
    }
    drop(filler);
    assert!(refused > 0, "{served} served, {refused} refused");
    assert_eq!(emu.refused(), refused);
}
