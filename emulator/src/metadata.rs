//! The ECS instance metadata service's RAM-role part, under `/latest/` on the same port
//! (unsigned, as on an instance):
//!
//! - `PUT /latest/api/token` with `X-aliyun-ecs-metadata-token-ttl-seconds` (1 to 21,600): a
//!   session token for the hardened mode;
//! - `GET /latest/meta-data/ram/security-credentials/`: the role attached to the instance;
//! - `GET /latest/meta-data/ram/security-credentials/<role>`: temporary credentials of the role
//!   (`Code`, `AccessKeyId`, `AccessKeySecret`, `SecurityToken`, `Expiration`, `LastUpdated`),
//!   issued on the emulated clock like STS's.
//!
//! A request may carry the session token as `X-aliyun-ecs-metadata-token` (the hardened mode);
//! without one it is the plain mode, which [`Builder::metadata_plain_mode`] can refuse
//! (401), as an instance that enforces the hardened mode does.
//!
//! [`Builder::metadata_plain_mode`]: crate::Builder::metadata_plain_mode

use crate::reply::json;
use crate::Shared;
use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{HeaderValue, CONTENT_TYPE};
use hyper::{Method, Request, Response, StatusCode};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const PREFIX: &str = "/latest/";
const CREDENTIALS: &str = "meta-data/ram/security-credentials/";
/// How long the credentials it hands out last (emulated seconds), as an instance's do.
const LIFETIME_SECONDS: u64 = 6 * 3600;

/// The instance's role and the session tokens handed out.
#[derive(Debug)]
pub struct Metadata {
    pub role: String,
    pub plain_mode: AtomicBool,
    /// Whether session tokens are handed out at all (an older instance answers 404).
    pub hardened_mode: AtomicBool,
    /// Session tokens, with when they expire (real time: the service's own clock).
    tokens: Mutex<HashMap<String, Instant>>,
}

impl Metadata {
    pub fn new(role: String, plain_mode: bool) -> Metadata {
        Metadata {
            role,
            plain_mode: AtomicBool::new(plain_mode),
            hardened_mode: AtomicBool::new(true),
            tokens: Mutex::default(),
        }
    }
}

fn text(status: StatusCode, body: String) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
    r
}

pub(crate) fn handle<B>(shared: &Shared, req: &Request<B>) -> Response<Full<Bytes>> {
    let md = &shared.metadata;
    let path = &req.uri().path()[PREFIX.len()..];
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    if req.method() == Method::PUT && path == "api/token" {
        if !md.hardened_mode.load(Ordering::Relaxed) {
            return text(StatusCode::NOT_FOUND, "not found".into());
        }
        let ttl =
            header("X-aliyun-ecs-metadata-token-ttl-seconds").and_then(|v| v.parse::<u64>().ok());
        let Some(ttl) = ttl.filter(|t| (1..=21_600).contains(t)) else {
            return text(
                StatusCode::BAD_REQUEST,
                "X-aliyun-ecs-metadata-token-ttl-seconds must be 1 to 21600".into(),
            );
        };
        let token = alicloud_migration_runtime::client_token();
        let mut tokens = md.tokens.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        tokens.retain(|_, until| *until > now);
        tokens.insert(token.clone(), now + Duration::from_secs(ttl));
        return text(StatusCode::OK, token);
    }
    if req.method() != Method::GET {
        return text(StatusCode::METHOD_NOT_ALLOWED, "GET or PUT".into());
    }
    // The hardened mode's token, when sent, must be one handed out and unexpired.
    match header("X-aliyun-ecs-metadata-token") {
        Some(t) => {
            let tokens = md.tokens.lock().unwrap_or_else(|e| e.into_inner());
            if tokens.get(t).is_none_or(|until| *until <= Instant::now()) {
                return text(StatusCode::UNAUTHORIZED, "invalid or expired token".into());
            }
        }
        None if !md.plain_mode.load(Ordering::Relaxed) => {
            return text(
                StatusCode::UNAUTHORIZED,
                "this instance requires a session token (X-aliyun-ecs-metadata-token)".into(),
            );
        }
        None => {}
    }
    let Some(rest) = path.strip_prefix(CREDENTIALS) else {
        return text(StatusCode::NOT_FOUND, "not found".into());
    };
    if rest.is_empty() {
        return text(StatusCode::OK, md.role.clone());
    }
    if rest != md.role {
        return text(StatusCode::NOT_FOUND, "not found".into());
    }
    let now = shared.clock.now();
    let expires = now + LIFETIME_SECONDS * 1000;
    let key = crate::sts::temporary_key();
    shared.auth.issue(key.clone(), now, expires);
    let mut body = crate::sts::credentials_json(&key, expires);
    body["Code"] = "Success".into();
    body["LastUpdated"] = crate::state::timestamp(now).into();
    json(
        StatusCode::OK,
        serde_json::to_vec(&body).unwrap_or_default(),
        "",
    )
}
