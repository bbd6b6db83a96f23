//! Bad input gets the right answer and the emulator keeps serving: malformed HTTP, oversized
//! heads and bodies, non-UTF-8, garbage signatures, and fuzzed request parsing.

use super::start;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde_json::json;
use tests::raw::{exchange, send, Signed};

/// A request the emulator answers 200 once authenticated: proof it is still serving.
async fn still_serving(addr: std::net::SocketAddr) {
    let (status, body) = send(addr, &Signed::new("DescribeDtsJobs", "2020-01-01")).await;
    assert_eq!(status, 200, "{body}");
}

fn status_line(raw: &[u8]) -> u16 {
    String::from_utf8_lossy(raw)
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

async fn raw_status(addr: std::net::SocketAddr, bytes: &[u8]) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    let _ = s.write_all(bytes).await;
    // The end of the request: a server waiting for more reads the end of the stream.
    let _ = s.shutdown().await;
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out).await;
    status_line(&out)
}

#[tokio::test]
async fn malformed_and_oversized_requests_get_answers_and_the_emulator_keeps_serving() {
    let emu = start().await;
    let addr = emu.addr();
    assert_eq!(raw_status(addr, b"GARBAGE\r\n\r\n").await, 400);
    assert_eq!(
        raw_status(addr, b"POST / HTTP/1.1\r\nhost x\r\n\r\n").await,
        400
    );
    let huge_header = format!(
        "POST / HTTP/1.1\r\nhost: x\r\nx-big: {}\r\n\r\n",
        "a".repeat(100_000)
    );
    assert_eq!(raw_status(addr, huge_header.as_bytes()).await, 431);
    let (status, body) = exchange(
        addr,
        b"POST / HTTP/1.1\r\nhost: x\r\ncontent-length: 5000000\r\nconnection: close\r\n\r\nabc",
    )
    .await;
    assert_eq!(
        (status, &body["Code"]),
        (413, &json!("RequestEntityTooLarge"))
    );
    // Chunked, so the length is only known once read.
    let mut chunked =
        b"POST / HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n"
            .to_vec();
    for _ in 0..20 {
        chunked.extend_from_slice(format!("{:x}\r\n", 100_000).as_bytes());
        chunked.extend(std::iter::repeat_n(b'a', 100_000));
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    assert_eq!(exchange(addr, &chunked).await.0, 413);

    let (status, body) = exchange(
        addr,
        b"GET /?Action=DescribeDtsJobs&Version=2020-01-01&X=%FF HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
    )
    .await;
    assert_eq!((status, &body["Code"]), (400, &json!("InvalidParameter")));
    assert!(body["Message"].as_str().unwrap().contains("UTF-8"));
    let (status, body) = exchange(
        addr,
        b"GET /?Action=DescribeDtsJobs&Version=2020-01-01 HTTP/1.1\r\nhost: x\r\nx-acs-x: \xff\xfe\r\nconnection: close\r\n\r\n",
    )
    .await;
    assert_eq!((status, &body["Code"]), (400, &json!("InvalidHeader")));
    let (status, body) = exchange(
        addr,
        b"GET /?Action=DescribeDtsJobs&Version=2020-01-01 HTTP/1.1\r\nhost: x\r\nauthorization: ACS3-HMAC-SHA256 nonsense\r\nconnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(
        (status, &body["Code"]),
        (400, &json!("IncompleteSignature"))
    );
    let (status, body) = exchange(
        addr,
        b"GET /?Action=DescribeDtsJobs&Version=2020-01-01 HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
    )
    .await;
    assert_eq!((status, &body["Code"]), (400, &json!("MissingParameter")));
    assert_eq!(
        exchange(
            addr,
            b"PUT / HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n"
        )
        .await
        .0,
        405
    );
    still_serving(addr).await;
}

proptest! {
    #![proptest_config(ProptestConfig { cases: tests::proptest_cases(2_000), ..ProptestConfig::default() })]

    /// Any bytes in any part of a request give a request or an error answer, never a panic,
    /// and an error answer is an HTTP error status with a code.
    #[test]
    fn request_parsing_never_panics(
        method in prop_oneof![Just("GET".to_owned()), Just("POST".to_owned()), "[A-Z]{0,8}"],
        query in proptest::option::of(proptest::collection::vec(any::<u8>(), 0..200)),
        name in "[a-zA-Z-]{1,20}",
        value in proptest::collection::vec(any::<u8>(), 0..100),
        body in proptest::collection::vec(any::<u8>(), 0..300),
        form in any::<bool>(),
    ) {
        let query = query.map(|q| String::from_utf8_lossy(&q).into_owned());
        let mut headers: Vec<(&str, &[u8])> = vec![(name.as_str(), value.as_slice())];
        if form {
            headers.push(("content-type", b"application/x-www-form-urlencoded"));
        }
        match emulator::request::parse_raw(method.as_str(), "/", query.as_deref(), &headers, &body) {
            Ok(p) => {
                prop_assert!(!p.action.is_empty() && !p.version.is_empty());
                let _ = p.params();
            }
            Err(e) => {
                prop_assert!((400..600).contains(&e.status));
                prop_assert!(!e.code.is_empty());
            }
        }
        let _ = emulator::request::decode_pairs(&body, "form body");
    }
}

/// Random bytes on live connections: every one answered or closed, the emulator still serving.
#[tokio::test]
async fn random_bytes_on_the_wire_never_stop_the_emulator() {
    let emu = start().await;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = proptest::collection::vec(any::<u8>(), 0..2_000);
    for _ in 0..64 {
        let mut bytes = strategy.new_tree(&mut runner).unwrap().current();
        // Half of them start like HTTP, so the parser gets past the request line.
        if bytes.len() % 2 == 0 {
            let mut head =
                b"POST /?Action=DescribeDtsJobs&Version=2020-01-01 HTTP/1.1\r\n".to_vec();
            head.append(&mut bytes);
            bytes = head;
        }
        bytes.extend_from_slice(b"\r\n\r\n");
        let status = tokio::time::timeout(
            std::time::Duration::from_secs(5),
            raw_status(emu.addr(), &bytes),
        )
        .await
        .unwrap_or(0);
        assert!(
            status == 0 || (400..600).contains(&status),
            "status {status}"
        );
    }
    still_serving(emu.addr()).await;
}
