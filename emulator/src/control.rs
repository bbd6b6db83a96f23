//! The control endpoint, under `/_emulator/` on the same port (never signed; the emulator
//! listens on loopback):
//!
//! - `GET /_emulator/health`: `{"operations": N, "connections": {"accepted", "open", "refused"}}`.
//! - `GET /_emulator/faults`, `POST /_emulator/faults` (a [`Fault`] as JSON),
//!   `DELETE /_emulator/faults`.
//! - `GET /_emulator/state`: the resources, as `--state` saves them.
//! - `POST /_emulator/state`: `{"resource": "dts_job", "id": "...", "status": "PrecheckFailed"}`
//!   puts a resource in a documented state (see [`Resource`]).

use crate::faults::Fault;
use crate::reply::json;
use crate::state::Resource;
use crate::Shared;
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::{Method, Request, Response, StatusCode};
use serde_json::json;
use std::sync::atomic::Ordering;

pub const PREFIX: &str = "/_emulator/";

pub async fn handle(shared: &Shared, req: Request<Incoming>) -> Response<Full<Bytes>> {
    let path = req.uri().path()[PREFIX.len()..].to_owned();
    let method = req.method().clone();
    let reply = |status: StatusCode, v: serde_json::Value| {
        json(status, serde_json::to_vec(&v).unwrap_or_default(), "")
    };
    match (method, path.as_str()) {
        (Method::GET, "health") => {
            let (accepted, open) = &shared.connections;
            reply(
                StatusCode::OK,
                json!({
                    "operations": shared.catalog.len(),
                    "connections": {
                        "accepted": accepted.load(Ordering::Relaxed),
                        "open": open.load(Ordering::Relaxed),
                        "refused": shared.refused.load(Ordering::Relaxed),
                    },
                }),
            )
        }
        (Method::GET, "faults") => reply(StatusCode::OK, json!(shared.faults.list())),
        (Method::DELETE, "faults") => {
            shared.faults.clear();
            reply(StatusCode::OK, json!({ "faults": 0 }))
        }
        (Method::POST, "state") => {
            spec_model::record! {
                struct Set {
                    resource: Resource = required "resource",
                    id: String = required "id",
                    status: String = required "status",
                }
            }
            let Some(body) = body(req).await else {
                return reply(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    json!({"error": "over 64 KiB"}),
                );
            };
            let done = serde_json::from_slice::<Set>(&body)
                .map_err(|e| e.to_string())
                .and_then(|s| shared.set_state(s.resource, &s.id, &s.status));
            match done {
                Ok(()) => reply(StatusCode::OK, json!({})),
                Err(e) => reply(StatusCode::BAD_REQUEST, json!({ "error": e })),
            }
        }
        (Method::POST, "faults") => {
            let Some(body) = body(req).await else {
                return reply(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    json!({"error": "over 64 KiB"}),
                );
            };
            let fault = serde_json::from_slice::<Fault>(&body)
                .map_err(|e| e.to_string())
                .and_then(|f| f.check().map(|()| f));
            match fault {
                Ok(f) => {
                    shared.faults.add(f);
                    reply(
                        StatusCode::OK,
                        json!({ "faults": shared.faults.list().len() }),
                    )
                }
                Err(e) => reply(
                    StatusCode::BAD_REQUEST,
                    json!({ "error": format!("not a fault: {e}") }),
                ),
            }
        }
        (Method::GET, "state") => reply(StatusCode::OK, json!(shared.snapshot())),
        _ => reply(
            StatusCode::NOT_FOUND,
            json!({ "error": format!("no control route {} {}", req.method(), req.uri().path()) }),
        ),
    }
}

async fn body(req: Request<Incoming>) -> Option<Bytes> {
    Limited::new(req.into_body(), 64 * 1024)
        .collect()
        .await
        .ok()
        .map(|b| b.to_bytes())
}
