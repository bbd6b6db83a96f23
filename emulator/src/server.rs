//! The HTTP side: one port, hyper's HTTP/1.1 parser (malformed requests and oversized heads
//! are answered by it), a body limit, then [`handle`] for everything else.

use crate::accept;
use crate::control;
use crate::metadata;
use crate::problem::Problem;
use crate::reply::json;
use crate::request;
use crate::Shared;
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::CONTENT_LENGTH;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

/// Largest request head (request line and headers); larger answers 431.
pub const MAX_HEAD_BYTES: usize = 64 * 1024;

/// Accepts connections until `stop` fires; beyond the connection cap, refuses them at once.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>, mut stop: oneshot::Receiver<()>) {
    let mut acceptor = accept::Acceptor::new(listener);
    while let Some(stream) = acceptor.next(&mut stop, &shared.refused).await {
        if shared.connections.1.load(Ordering::Relaxed) >= shared.max_connections {
            shared.refused.fetch_add(1, Ordering::Relaxed);
            accept::refuse(stream);
            continue;
        }
        let _ = stream.set_nodelay(true);
        let shared = shared.clone();
        let (accepted, open) = &shared.connections;
        accepted.fetch_add(1, Ordering::Relaxed);
        open.fetch_add(1, Ordering::Relaxed);
        tokio::spawn(async move {
            let counts = shared.clone();
            let service = service_fn(move |req| {
                let shared = shared.clone();
                async move { Ok::<_, Infallible>(answer(&shared, req).await) }
            });
            let _ = http1::Builder::new()
                .max_buf_size(MAX_HEAD_BYTES)
                .timer(TokioTimer::new())
                .header_read_timeout(Duration::from_secs(30))
                .serve_connection(TokioIo::new(stream), service)
                .await;
            counts.connections.1.fetch_sub(1, Ordering::Relaxed);
        });
    }
}

async fn answer(shared: &Shared, req: Request<Incoming>) -> Response<Full<Bytes>> {
    let host = req
        .headers()
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1")
        .to_owned();
    let request_id = alicloud_migration_runtime::client_token().to_ascii_uppercase();
    // hyper refuses a head past its buffer only when it arrives in pieces; this bound holds
    // however it arrives.
    let head_bytes = req.uri().to_string().len()
        + req
            .headers()
            .iter()
            .map(|(n, v)| n.as_str().len() + v.len() + 4)
            .sum::<usize>();
    if head_bytes > MAX_HEAD_BYTES {
        let p = Problem::new(
            431,
            "RequestHeaderFieldsTooLarge",
            format!("The request line and headers are larger than {MAX_HEAD_BYTES} bytes."),
        );
        return json(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            p.body(&request_id, "127.0.0.1"),
            &request_id,
        );
    }
    if req.uri().path().starts_with(control::PREFIX) {
        return control::handle(shared, req).await;
    }
    if req.uri().path().starts_with(metadata::PREFIX) {
        return metadata::handle(shared, &req);
    }
    match handle(shared, req).await {
        Ok(mut body) => {
            if let serde_json::Value::Object(map) = &mut body {
                map.insert("RequestId".into(), request_id.clone().into());
            }
            let bytes = serde_json::to_vec(&body).expect("a JSON tree serialises");
            json(StatusCode::OK, bytes, &request_id)
        }
        Err(p) => {
            let status = StatusCode::from_u16(p.status).unwrap_or(StatusCode::BAD_REQUEST);
            json(status, p.body(&request_id, &host), &request_id)
        }
    }
}

/// Reads the body within the limit, then parses, authenticates, validates and applies.
async fn handle(shared: &Shared, req: Request<Incoming>) -> Result<serde_json::Value, Problem> {
    let (head, body) = req.into_parts();
    let declared = head
        .headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > shared.body_limit as u64) {
        return Err(too_large(shared.body_limit));
    }
    let body = Limited::new(body, shared.body_limit)
        .collect()
        .await
        .map_err(|e| {
            if e.downcast_ref::<http_body_util::LengthLimitError>()
                .is_some()
            {
                too_large(shared.body_limit)
            } else {
                Problem::new(400, "InvalidRequest", "The request body could not be read.")
            }
        })?
        .to_bytes();
    let parsed = request::parse(&head, &body)?;
    shared.call(&head, &body, parsed).await
}

fn too_large(limit: usize) -> Problem {
    Problem::new(
        413,
        "RequestEntityTooLarge",
        format!("The request body is larger than {limit} bytes."),
    )
}
