//! The production path, HTTPS, end to end on loopback: the client's TLS (rustls with the
//! platform verifier) against the scripted server behind TLS, with a test CA
//! (`tests/fixtures/tls/`, valid 2000–2100, for 127.0.0.1 only). Its own test binary: the
//! verifier reads `SSL_CERT_FILE` when a `Config`'s connection pool is built, and the
//! environment is the process's.

use alicloud_migration::{rds, Config, Credentials, Error, RetryPolicy};
use tests::root;
use tests::server::{Reply, Server};

const SECRET: &str = "tls-secret-value";

fn config(endpoint: &str) -> Config {
    Config::builder()
        .endpoint(endpoint)
        .credentials(Credentials::new("tls-id", SECRET))
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
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
    let err = rds::Client::new(&config(&server.url()))
        .cancel_import()
        .db_instance_id("rm-tls")
        .import_id(7)
        .send()
        .await
        .unwrap_err();
    // Whether the system has a trust store or none, the reason names the certificate(s).
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(err.to_string().to_lowercase().contains("certificate"), "{err}");
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
    let out = rds::Client::new(&config(&server.url()))
        .cancel_import()
        .db_instance_id("rm-tls")
        .import_id(7)
        .send()
        .await
        .unwrap();
    std::env::remove_var("SSL_CERT_FILE");
    assert_eq!(out.request_id.as_deref(), Some("over-tls"));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].signature, Ok(()));
    assert_eq!(reqs[0].param("DBInstanceId"), Some("rm-tls"));
    let authority = server.url().trim_start_matches("https://").to_owned();
    assert_eq!(reqs[0].header("host"), Some(authority.as_str()));
}
