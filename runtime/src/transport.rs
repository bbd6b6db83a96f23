//! HTTP over reqwest and rustls (ring provider, the platform's trust store), with our own
//! read timeout and a cap on response size.

use crate::config::Timeouts;
use crate::error::TransportErrorKind;
use std::sync::Arc;
use std::time::Duration;

/// One attempt's answer.
#[derive(Clone, Debug)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Vec<u8>,
}

impl HttpResponse {
    /// A header's value, if present and text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// Why an attempt failed, and whether the request can have reached the server.
#[derive(Debug)]
pub struct Failure {
    pub kind: TransportErrorKind,
    pub message: String,
    /// False when the connection never opened, so nothing was processed.
    pub sent: bool,
}

pub fn http_client(timeouts: &Timeouts) -> Result<reqwest::Client, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier =
        rustls_platform_verifier::Verifier::new(provider.clone()).map_err(|e| e.to_string())?;
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .connect_timeout(timeouts.connect)
        // The service never redirects, and a signed request must not be replayed elsewhere:
        // a 3xx comes back to the caller as it is.
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(Duration::from_secs(60))
        .build()
        .map_err(|e| e.to_string())
}

fn classify(e: &reqwest::Error) -> Failure {
    let kind = if e.is_connect() {
        TransportErrorKind::Connect
    } else if e.is_timeout() {
        TransportErrorKind::Timeout
    } else {
        TransportErrorKind::Io
    };
    // reqwest's message names the URL, which carries no secret: signatures travel in headers.
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    Failure {
        sent: kind != TransportErrorKind::Connect,
        kind,
        message,
    }
}

fn timeout(after: Duration) -> Failure {
    Failure {
        kind: TransportErrorKind::Timeout,
        message: format!("no data for {} ms", after.as_millis()),
        sent: true,
    }
}

/// Sends one request and reads the whole answer, within the timeouts, the size cap and
/// `limit` (what the attempt may take in all; `why` says whose limit it is).
pub async fn send(
    http: &reqwest::Client,
    request: reqwest::Request,
    timeouts: &Timeouts,
    max_bytes: usize,
    (limit, why): (Duration, &str),
) -> Result<HttpResponse, Failure> {
    match tokio::time::timeout(limit, exchange(http, request, timeouts, max_bytes)).await {
        Ok(result) => result,
        Err(_) => Err(Failure {
            kind: TransportErrorKind::Timeout,
            message: format!("no complete answer within {} ms ({why})", limit.as_millis()),
            sent: true,
        }),
    }
}

/// One request and its whole answer, within the connect and read timeouts and the size cap.
async fn exchange(
    http: &reqwest::Client,
    request: reqwest::Request,
    timeouts: &Timeouts,
    max_bytes: usize,
) -> Result<HttpResponse, Failure> {
    let wait = timeouts.connect + timeouts.read;
    let mut response = match tokio::time::timeout(wait, http.execute(request)).await {
        Err(_) => return Err(timeout(wait)),
        Ok(Err(e)) => return Err(classify(&e)),
        Ok(Ok(r)) => r,
    };
    let too_large = |n: u64| Failure {
        kind: TransportErrorKind::BodyTooLarge,
        message: format!("{n} bytes or more, over the {max_bytes}-byte cap"),
        sent: true,
    };
    if let Some(len) = response.content_length().filter(|&n| n > max_bytes as u64) {
        return Err(too_large(len));
    }
    let status = response.status().as_u16();
    let headers = std::mem::take(response.headers_mut());
    let mut body = Vec::new();
    loop {
        match tokio::time::timeout(timeouts.read, response.chunk()).await {
            Err(_) => return Err(timeout(timeouts.read)),
            Ok(Err(e)) => return Err(classify(&e)),
            Ok(Ok(None)) => break,
            Ok(Ok(Some(chunk))) => {
                if body.len() + chunk.len() > max_bytes {
                    return Err(too_large((body.len() + chunk.len()) as u64));
                }
                body.extend_from_slice(&chunk);
            }
        }
    }
    Ok(HttpResponse {
        status,
        headers,
        body,
    })
}
