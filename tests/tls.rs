//! The production path, HTTPS, end to end on loopback: the client's TLS (rustls with the
//! platform verifier) against the scripted server behind TLS, with a test CA
//! (`tests/fixtures/tls/`, valid 2000–2100, for 127.0.0.1 only). Its own test binary: the
//! verifier reads `SSL_CERT_FILE` when a `Config`'s connection pool is built, and the
//! environment is the process's.

use alicloud_migration::{rds, Config, Credentials, Error, RetryPolicy};
use std::sync::{Arc, Mutex};
use tests::root;
use tests::server::{Reply, Server};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const SECRET: &str = "tls-secret-value";

/// `CancelImport` of `import_id` at `endpoint`, from a new `Config` (so a new connection pool,
/// which reads the trust store and the proxy variables as they are now).
async fn cancel(
    endpoint: &str,
    import_id: i32,
) -> Result<rds::CancelImportOutput, Error<rds::CancelImportError>> {
    let config = Config::builder()
        .endpoint(endpoint)
        .credentials(Credentials::new("tls-id", SECRET))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    rds::Client::new(&config)
        .cancel_import()
        .db_instance_id("rm-tls")
        .import_id(import_id)
        .send()
        .await
}

/// A `CONNECT` proxy on loopback that records each request head and relays the bytes; its
/// URL carries a login.
async fn start_tunnel() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!(
        "http://tunnel-user:tunnel-pass@{}",
        listener.local_addr().unwrap()
    );
    let heads = Arc::new(Mutex::new(Vec::new()));
    let seen = heads.clone();
    tokio::spawn(async move {
        while let Ok((mut conn, _)) = listener.accept().await {
            let seen = seen.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") {
                    if conn.read(&mut byte).await.unwrap_or(0) == 0 {
                        return;
                    }
                    head.push(byte[0]);
                }
                let head = String::from_utf8_lossy(&head).into_owned();
                let target = head
                    .split_whitespace()
                    .nth(1)
                    .unwrap_or_default()
                    .to_owned();
                seen.lock().unwrap().push(head);
                let Ok(mut upstream) = TcpStream::connect(&target).await else {
                    return;
                };
                if conn
                    .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    .await
                    .is_ok()
                {
                    let _ = tokio::io::copy_bidirectional(&mut conn, &mut upstream).await;
                }
            });
        }
    });
    (url, heads)
}

#[tokio::test]
async fn https_calls_are_verified_against_the_trust_store_and_signed() {
    let tls = root().join("tests/fixtures/tls");
    let server = Server::start_tls(SECRET, &tls.join("server.pem"), &tls.join("server.key")).await;
    assert!(
        server.url().starts_with("https://127.0.0.1:"),
        "{}",
        server.url()
    );

    // A certificate no trusted authority issued: the call fails before anything is sent.
    for v in ["SSL_CERT_FILE", "SSL_CERT_DIR"] {
        std::env::remove_var(v);
    }
    let err = cancel(&server.url(), 7).await.unwrap_err();
    // Whether the system has a trust store or none, the reason names the certificate(s).
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(
        err.to_string().to_lowercase().contains("certificate"),
        "{err}"
    );
    assert!(
        server.requests().is_empty(),
        "a request got through an untrusted certificate"
    );

    // Trusting the test CA, the same call goes through TLS, signed as over plain HTTP.
    std::env::set_var("SSL_CERT_FILE", tls.join("ca.pem"));
    server.push(Reply::json(
        200,
        serde_json::json!({"RequestId": "over-tls"}),
    ));
    let out = cancel(&server.url(), 7).await.unwrap();
    assert_eq!(out.request_id.as_deref(), Some("over-tls"));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].signature, Ok(()));
    assert_eq!(reqs[0].param("DBInstanceId"), Some("rm-tls"));
    let authority = server.url().trim_start_matches("https://").to_owned();
    assert_eq!(reqs[0].header("host"), Some(authority.as_str()));

    // Through an HTTPS proxy: a `CONNECT` tunnel with the proxy's login, TLS inside it.
    let (proxy, heads) = start_tunnel().await;
    std::env::set_var("HTTPS_PROXY", &proxy);
    server.push(Reply::json(
        200,
        serde_json::json!({"RequestId": "through-the-tunnel"}),
    ));
    let out = cancel(&server.url(), 8).await.unwrap();
    for v in ["HTTPS_PROXY", "SSL_CERT_FILE"] {
        std::env::remove_var(v);
    }
    assert_eq!(out.request_id.as_deref(), Some("through-the-tunnel"));
    let heads = heads.lock().unwrap().clone();
    assert_eq!(heads.len(), 1, "{heads:?}");
    assert!(
        heads[0].starts_with(&format!("CONNECT {authority} HTTP/1.1\r\n")),
        "{}",
        heads[0]
    );
    // base64("tunnel-user:tunnel-pass")
    assert!(
        heads[0]
            .to_ascii_lowercase()
            .contains("proxy-authorization: basic dhvubmvslxvzzxi6dhvubmvslxbhc3m="),
        "{}",
        heads[0]
    );
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[1].signature, Ok(()));
    assert_eq!(reqs[1].param("ImportId"), Some("8"));
}
