//! The client against a hostile server: malformed and oversized answers, stalls, resets,
//! error bodies under 200, and throttling storms. Each ends in the right typed error, within
//! the timeouts, without retrying what is unsafe to retry.

use alicloud_migration::{
    dts, rds, Config, Credentials, Error, RetryPolicy, Timeouts, TransportErrorKind,
};
use serde_json::json;
use std::time::{Duration, Instant};
use tests::hygiene::Checked;
use tests::server::{Reply, Server};

const SECRET: &str = "s3cret-hostile-key";

fn config(server: &Server, max_body: usize) -> Config {
    Config::builder()
        .endpoint(server.url())
        .credentials(Credentials::new("id", SECRET))
        .timeouts(Timeouts {
            connect: Duration::from_millis(500),
            read: Duration::from_millis(400),
            ..Timeouts::default()
        })
        .retry(RetryPolicy {
            initial_backoff: Duration::from_millis(1),
            ..RetryPolicy::default()
        })
        .max_response_bytes(max_body)
        .build()
        .unwrap()
}

/// An idempotent call (retried on 5xx and network failures).
async fn cancel(server: &Server) -> Result<rds::CancelImportOutput, Error<rds::CancelImportError>> {
    rds::Client::new(&config(server, 4096))
        .cancel_import()
        .db_instance_id("rm")
        .import_id(1)
        .send()
        .await
}

/// A call the spec does not mark idempotent.
async fn modify(
    server: &Server,
) -> Result<rds::ModifyImportTaskOutput, Error<rds::ModifyImportTaskError>> {
    rds::Client::new(&config(server, 4096))
        .modify_import_task()
        .region_id("cn-hangzhou")
        .db_instance_id("rm")
        .task_id("1")
        .operation("RETRY_IMPORT")
        .send()
        .await
}

#[tokio::test]
async fn malformed_json() {
    let server = Server::start(SECRET).await;
    server.push(Reply::raw(
        200,
        "application/json",
        br#"{"RequestId": "x", "#,
    ));
    let err = cancel(&server).await.unwrap_err().checked();
    let Error::Response(r) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(r.status, 200);
    assert!(
        r.reason.starts_with("not the documented JSON"),
        "{}",
        r.reason
    );
    assert_eq!(r.excerpt, r#"{"RequestId": "x", "#);
    assert_eq!(server.requests().len(), 1, "a 200 is not retried");
}

#[tokio::test]
async fn an_html_error_page() {
    let server = Server::start(SECRET).await;
    let page = format!("<html><body>{}</body></html>", "Bad Gateway ".repeat(100));
    for _ in 0..3 {
        server.push(Reply::raw(502, "text/html", page.as_bytes()));
    }
    let err = cancel(&server).await.unwrap_err().checked();
    let Error::Response(r) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(r.status, 502);
    assert!(
        r.excerpt.starts_with("<html><body>Bad Gateway") && r.excerpt.chars().count() <= 201,
        "{}",
        r.excerpt
    );
    assert!(err.to_string().contains("HTTP 502"), "{err}");
    assert_eq!(
        server.requests().len(),
        3,
        "idempotent: retried up to the limit"
    );

    server.push(Reply::raw(502, "text/html", page.as_bytes()));
    assert!(matches!(modify(&server).await, Err(Error::Response(_))));
    assert_eq!(server.requests().len(), 4, "not idempotent: sent once");
}

#[tokio::test]
async fn an_empty_body() {
    let server = Server::start(SECRET).await;
    server.push(Reply::raw(200, "application/json", b""));
    let err = cancel(&server).await.unwrap_err().checked();
    assert!(
        matches!(&err, Error::Response(r) if r.reason.contains("empty body") && r.excerpt.is_empty()),
        "{err:?}"
    );
    server.push(Reply::raw(400, "application/json", b""));
    let err = modify(&server).await.unwrap_err().checked();
    assert!(
        matches!(&err, Error::Response(r) if r.status == 400 && r.reason.contains("empty body")),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_body_over_the_cap() {
    let server = Server::start(SECRET).await;
    let big = format!(r#"{{"RequestId": "{}"}}"#, "x".repeat(10_000));
    server.push(Reply::raw(200, "application/json", big.as_bytes()));
    let err = cancel(&server).await.unwrap_err().checked();
    let Error::Transport(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((t.kind, t.attempts), (TransportErrorKind::BodyTooLarge, 1));
    assert_eq!(
        server.requests().len(),
        1,
        "an oversized answer is not retried"
    );
}

#[tokio::test]
async fn a_body_that_stalls() {
    let server = Server::start(SECRET).await;
    for _ in 0..3 {
        server.push(Reply::Stall {
            status: 200,
            declared: 500,
            sent: br#"{"RequestId": "#.to_vec(),
        });
    }
    let started = Instant::now();
    let err = cancel(&server).await.unwrap_err().checked();
    let Error::Transport(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((t.kind, t.attempts), (TransportErrorKind::Timeout, 3));
    // Three attempts of a 400 ms read timeout, plus backoff; far from hanging.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_connection_reset() {
    let server = Server::start(SECRET).await;
    server
        .push(Reply::Close)
        .push(Reply::json(200, json!({"RequestId": "after-reset"})));
    let out = cancel(&server).await.unwrap();
    assert_eq!(
        out.request_id.as_deref(),
        Some("after-reset"),
        "idempotent: retried"
    );

    server.push(Reply::Close);
    let err = modify(&server).await.unwrap_err().checked();
    let Error::Transport(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((t.kind, t.attempts), (TransportErrorKind::Io, 1), "{t}");
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn http_200_with_an_error_body() {
    let server = Server::start(SECRET).await;
    server.push(Reply::json(
        200,
        json!({"Code": "Forbidden.RAM", "Message": "not authorized", "RequestId": "r1"}),
    ));
    let err = cancel(&server).await.unwrap_err().checked();
    let Error::Service(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (e.code(), e.meta().status, e.meta().message.as_deref()),
        ("Forbidden.RAM", 200, Some("not authorized"))
    );
    assert_eq!(e.meta().request_id.as_deref(), Some("r1"));
}

#[tokio::test]
async fn a_wrong_content_type() {
    let server = Server::start(SECRET).await;
    // JSON labelled as text is still read; HTML labelled as JSON is not.
    server.push(Reply::raw(200, "text/plain", br#"{"RequestId": "plain"}"#));
    assert_eq!(
        cancel(&server).await.unwrap().request_id.as_deref(),
        Some("plain")
    );
    server.push(Reply::raw(
        200,
        "application/json",
        b"<html>maintenance</html>",
    ));
    let err = cancel(&server).await.unwrap_err().checked();
    assert!(
        matches!(&err, Error::Response(r) if r.excerpt == "<html>maintenance</html>"),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_throttling_storm_longer_than_the_retry_budget() {
    let server = Server::start(SECRET).await;
    for _ in 0..10 {
        server.push(Reply::json(
            400,
            json!({"Code": "Throttling.User", "Message": "slow down"}),
        ));
    }
    let err = dts::Client::new(&config(&server, 4096))
        .modify_dts_job()
        .dts_instance_id("d")
        .send()
        .await
        .unwrap_err()
        .checked();
    let Error::Service(e) = &err else {
        panic!("{err:?}")
    };
    assert!(matches!(e, dts::ModifyDtsJobError::ThrottlingUser(_)) && e.is_retryable());
    assert_eq!(e.meta().attempts, 3);
    assert_eq!(server.requests().len(), 3, "stops at the retry budget");
    // Throttled requests were not processed, so even a non-idempotent call retries them.
    let reqs = server.requests();
    assert_eq!(reqs[0].param("ClientToken"), reqs[2].param("ClientToken"));
}

#[tokio::test]
async fn a_retry_after_beyond_the_limit_is_not_waited_for() {
    let server = Server::start(SECRET).await;
    server.push(
        Reply::json(400, json!({"Code": "Throttling.User"}))
            .with_header("x-acs-retry-after", "3600000"),
    );
    let started = Instant::now();
    let err = cancel(&server).await.unwrap_err().checked();
    assert!(
        matches!(&err, Error::Service(e) if e.code() == "Throttling.User"),
        "{err:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn nothing_listening() {
    // Bind, learn the port, close: connecting is then refused at once.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = Config::builder()
        .endpoint(format!("http://127.0.0.1:{port}"))
        .credentials(Credentials::new("id", SECRET))
        .retry(RetryPolicy {
            initial_backoff: Duration::from_millis(1),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let err = rds::Client::new(&config)
        .modify_import_task()
        .region_id("r")
        .db_instance_id("rm")
        .task_id("1")
        .operation("CANCEL")
        .send()
        .await
        .unwrap_err()
        .checked();
    let Error::Transport(t) = &err else {
        panic!("{err:?}")
    };
    // Nothing was sent, so even a non-idempotent call is retried.
    assert_eq!(
        (t.kind, t.attempts),
        (TransportErrorKind::Connect, 3),
        "{t}"
    );
    // The message names the endpoint, never the query: parameters can be secrets (a
    // database password travels in CreateImportTask's query).
    let message = t.to_string();
    assert!(
        message.contains(&format!("http://127.0.0.1:{port}:")),
        "{message}"
    );
    for part in ["?", "CANCEL", "TaskId", "DBInstanceId"] {
        assert!(!message.contains(part), "{part:?} in {message}");
    }
}

/// An idempotent call (up to three attempts) to a server that trickles every answer a byte
/// per 100 ms, with a generous read timeout and the given attempt and call limits: the
/// transport error it ends in, and how many requests the server saw.
async fn trickled(
    attempt: Duration,
    call: Duration,
) -> (alicloud_migration::TransportError, usize) {
    let server = Server::start(SECRET).await;
    for _ in 0..3 {
        server.push(Reply::Trickle {
            status: 200,
            declared: 500,
            every: Duration::from_millis(100),
        });
    }
    let config = Config::builder()
        .endpoint(server.url())
        .credentials(Credentials::new("id", SECRET))
        .timeouts(Timeouts {
            connect: Duration::from_millis(500),
            read: Duration::from_secs(5),
            attempt,
            call,
        })
        .retry(RetryPolicy {
            initial_backoff: Duration::from_millis(1),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let err = rds::Client::new(&config)
        .cancel_import()
        .db_instance_id("rm")
        .import_id(1)
        .send()
        .await
        .unwrap_err()
        .checked();
    let Error::Transport(t) = err else {
        panic!("{err:?}")
    };
    (t, server.requests().len())
}

#[tokio::test]
async fn a_body_that_trickles_is_cut_by_the_attempt_limit() {
    let started = Instant::now();
    let (t, requests) = trickled(Duration::from_secs(1), Duration::from_secs(60)).await;
    // The read timeout (5 s) never fires: a byte comes every 100 ms.
    assert_eq!(
        (t.kind, t.attempts, requests),
        (TransportErrorKind::Timeout, 3, 3),
        "{t}"
    );
    assert!(
        t.message.contains("within 1000 ms (the attempt's limit)"),
        "{t}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn the_call_limit_covers_every_attempt() {
    let (t, requests) = trickled(Duration::from_secs(1), Duration::from_millis(1500)).await;
    // The first attempt uses 1 s of the 1.5 s; the second gets what is left; no third.
    assert_eq!(
        (t.kind, t.attempts, requests),
        (TransportErrorKind::Timeout, 2, 2),
        "{t}"
    );
    assert!(t.message.contains("(the rest of the call's limit)"), "{t}");
}

#[tokio::test]
async fn a_redirect_is_neither_followed_nor_retried() {
    let server = Server::start(SECRET).await;
    server.push(
        Reply::json(302, json!({"Code": "Moved"}))
            .with_header("location", "http://127.0.0.1:9/elsewhere"),
    );
    let err = cancel(&server).await.unwrap_err().checked();
    let Error::Response(r) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(r.status, 302);
    assert!(r.reason.contains("http://127.0.0.1:9/elsewhere"), "{r}");
    assert!(err.to_string().contains("HTTP 302"), "{err}");
    assert_eq!(server.requests().len(), 1, "exactly one request");
}
