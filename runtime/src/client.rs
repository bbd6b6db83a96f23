//! The runtime client behind every product client: endpoint, signing, transport, retries.

use crate::config::{Config, Endpoint, RetryPolicy, Timeouts};
use crate::credentials::ProvideCredentials;
use crate::error::{Error, ErrorMeta, ResponseError, TransportError, TransportErrorKind};
use crate::meta::{OperationMeta, ProductMeta};
use crate::request::Request;
use crate::response::error_answer;
use crate::transport::{self, HttpResponse};
use crate::{random, sign};
use bytes::Bytes;
use http::header::HeaderName;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tracing::Instrument;

const USER_AGENT: &str = concat!("alicloud-migration-rust/", env!("CARGO_PKG_VERSION"));

#[derive(Clone)]
pub struct Client {
    shared: Arc<Shared>,
    timeouts: Timeouts,
    retry: RetryPolicy,
}

struct Shared {
    product: &'static ProductMeta,
    /// `https://host` or `http://host:port`, without a trailing slash.
    base_url: String,
    /// The `host` header's value, made once (None if the authority cannot be one).
    host: Option<http::HeaderValue>,
    credentials: Arc<dyn ProvideCredentials>,
    max_response_bytes: usize,
    /// The configuration's shared pool, or why it could not be built.
    http: Result<transport::Http, String>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("product", &self.shared.product.code)
            .field("endpoint", &self.shared.base_url)
            .field("credentials", &self.shared.credentials)
            .field("timeouts", &self.timeouts)
            .field("retry", &self.retry)
            .finish()
    }
}

/// The endpoint for `product`: the configured one, else the region's entry in the product's
/// map, else `<prefix>.<region>.aliyuncs.com`.
pub(crate) fn resolve_endpoint(config: &Config, product: &ProductMeta) -> Endpoint {
    if let Some(e) = &config.endpoint {
        return e.clone();
    }
    // Config::build guarantees a region when there is no endpoint.
    let region = config.region.as_deref().unwrap_or_default();
    let host = product
        .regional_endpoints
        .iter()
        .find(|(r, _)| *r == region)
        .map(|(_, h)| (*h).to_owned())
        .unwrap_or_else(|| format!("{}.{region}.aliyuncs.com", product.endpoint_prefix));
    Endpoint {
        https: true,
        authority: host,
    }
}

/// Why an attempt could not be built. Names what is wrong, never the value (it may be a
/// credential).
#[derive(Debug)]
pub enum BuildError {
    /// The endpoint is not a valid URL.
    Url,
    /// A header value HTTP cannot carry (control characters in the credentials?).
    Header(HeaderName),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Url => f.write_str("the endpoint is not a valid URL"),
            BuildError::Header(name) => write!(
                f,
                "the value of header `{name}` holds characters HTTP cannot carry (do the credentials hold control characters?)"
            ),
        }
    }
}

impl std::error::Error for BuildError {}

const FORM: &str = "application/x-www-form-urlencoded";
const X_ACS_ACTION: HeaderName = HeaderName::from_static("x-acs-action");
const X_ACS_VERSION: HeaderName = HeaderName::from_static("x-acs-version");
const X_ACS_DATE: HeaderName = HeaderName::from_static("x-acs-date");
const X_ACS_NONCE: HeaderName = HeaderName::from_static("x-acs-signature-nonce");
const X_ACS_CONTENT_SHA256: HeaderName = HeaderName::from_static("x-acs-content-sha256");
const X_ACS_SECURITY_TOKEN: HeaderName = HeaderName::from_static("x-acs-security-token");

/// The query string (also the canonical one) and the form body of `req`, made once per call.
fn encoded(req: &Request) -> (String, Bytes) {
    let query = sign::canonical_query(&req.query);
    let body = if req.body.is_empty() {
        Bytes::new()
    } else {
        Bytes::from(sign::form_encode(&req.body))
    };
    (query, body)
}

/// Appends a header whose value may have failed HTTP's rules, naming the header if it did.
fn put(
    map: &mut http::HeaderMap,
    name: HeaderName,
    value: Result<http::HeaderValue, http::header::InvalidHeaderValue>,
) -> Result<(), BuildError> {
    let value = value.map_err(|_| BuildError::Header(name.clone()))?;
    map.append(name, value);
    Ok(())
}

/// What to do after a failed attempt.
enum Next {
    Retry(Duration),
    Stop,
}

impl Client {
    pub fn new(config: &Config, product: &'static ProductMeta) -> Client {
        let endpoint = resolve_endpoint(config, product);
        let base_url = format!(
            "{}://{}",
            if endpoint.https { "https" } else { "http" },
            endpoint.authority
        );
        Client {
            shared: Arc::new(Shared {
                product,
                host: http::HeaderValue::from_str(&endpoint.authority).ok(),
                base_url,
                credentials: config.credentials.clone(),
                max_response_bytes: config.max_response_bytes,
                http: config
                    .http
                    .get_or_init(|| {
                        transport::http_client(
                            config.timeouts.connect,
                            config.max_connections_per_host,
                        )
                    })
                    .clone(),
            }),
            timeouts: config.timeouts,
            retry: config.retry.clone(),
        }
    }

    pub fn endpoint(&self) -> &str {
        &self.shared.base_url
    }

    /// The same client with other timeouts (for the calls made through the copy).
    pub fn with_timeouts(&self, timeouts: Timeouts) -> Client {
        Client {
            timeouts,
            ..self.clone()
        }
    }

    /// The same client with another retry policy.
    pub fn with_retry(&self, retry: RetryPolicy) -> Client {
        Client {
            retry,
            ..self.clone()
        }
    }

    fn backoff(&self, attempt: u32, asked: Option<Duration>) -> Next {
        if attempt >= self.retry.max_attempts {
            return Next::Stop;
        }
        if let Some(asked) = asked {
            return if asked <= self.retry.max_retry_after {
                Next::Retry(asked)
            } else {
                Next::Stop
            };
        }
        let exp = self
            .retry
            .initial_backoff
            .saturating_mul(1u32 << (attempt - 1).min(16));
        let cap = exp.min(self.retry.max_backoff);
        Next::Retry(cap.mul_f64(random::fraction()))
    }

    /// One signed attempt of `req`, ready to send: what a call does before its first send
    /// (encoding and signing), exposed for benchmarks and for inspecting the wire form.
    pub fn signed_request(
        &self,
        req: &Request,
        creds: &crate::credentials::Credentials,
    ) -> Result<http::Request<Bytes>, BuildError> {
        let (query, body) = encoded(req);
        self.build(req, &query, &body, creds)
    }

    /// Builds one signed attempt: fresh date, nonce and signature every time. `body` is
    /// shared between attempts, never copied.
    fn build(
        &self,
        req: &Request,
        query: &str,
        body: &Bytes,
        creds: &crate::credentials::Credentials,
    ) -> Result<http::Request<Bytes>, BuildError> {
        use http::header::{self as h, HeaderMap, HeaderValue};
        let op = req.op;
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default();
        let payload_hash = if body.is_empty() {
            sign::EMPTY_SHA256.to_owned()
        } else {
            sign::sha256_hex(body)
        };
        // One list of headers, both sent and signed, filled without copying: constants are
        // static, the values made for this attempt are moved in, and the rest are checked
        // (credentials could hold characters HTTP cannot carry).
        let mut map = HeaderMap::with_capacity(12);
        let fixed = |text: &'static str| {
            HeaderValue::from_maybe_shared(Bytes::from_static(text.as_bytes()))
        };
        let host = self
            .shared
            .host
            .clone()
            .ok_or(BuildError::Header(h::HOST))?;
        map.append(h::HOST, host);
        put(&mut map, X_ACS_ACTION, fixed(op.action))?;
        put(&mut map, X_ACS_VERSION, fixed(op.product.version))?;
        put(
            &mut map,
            X_ACS_DATE,
            HeaderValue::try_from(sign::utc_timestamp(now)),
        )?;
        put(
            &mut map,
            X_ACS_NONCE,
            HeaderValue::try_from(random::nonce()),
        )?;
        put(
            &mut map,
            X_ACS_CONTENT_SHA256,
            HeaderValue::from_str(&payload_hash),
        )?;
        map.append(h::ACCEPT, HeaderValue::from_static("application/json"));
        map.append(h::USER_AGENT, HeaderValue::from_static(USER_AGENT));
        if !body.is_empty() {
            map.append(h::CONTENT_TYPE, HeaderValue::from_static(FORM));
        }
        if let Some(token) = creds.security_token() {
            put(&mut map, X_ACS_SECURITY_TOKEN, HeaderValue::from_str(token))?;
        }
        let mut signed: Vec<(&str, &str)> = Vec::with_capacity(map.len());
        for (name, value) in &map {
            // Visible ASCII only, so what the service reads is what was signed.
            let value = value
                .to_str()
                .map_err(|_| BuildError::Header(name.clone()))?;
            signed.push((name.as_str(), value));
        }
        let authorization = sign::authorization(
            op.method,
            "/",
            query,
            &signed,
            &payload_hash,
            creds.access_key_id(),
            creds.access_key_secret(),
        );
        put(
            &mut map,
            h::AUTHORIZATION,
            HeaderValue::try_from(authorization),
        )?;
        // The query is percent-encoded already (it is the canonical one), so the URI parses.
        let mut uri = String::with_capacity(self.shared.base_url.len() + 2 + query.len());
        uri.push_str(&self.shared.base_url);
        uri.push('/');
        if !query.is_empty() {
            uri.push('?');
            uri.push_str(query);
        }
        let uri = http::Uri::try_from(uri).map_err(|_| BuildError::Url)?;
        let method = http::Method::from_bytes(op.method.as_bytes()).unwrap_or(http::Method::POST);
        let mut request = http::Request::new(body.clone());
        *request.method_mut() = method;
        *request.uri_mut() = uri;
        *request.headers_mut() = map;
        Ok(request)
    }

    /// Sends `req`, retrying as the policy and the operation allow. Returns the 2xx answer,
    /// or the service's error (as [`ErrorMeta`]) or another failure.
    pub async fn call(&self, req: Request) -> Result<HttpResponse, Error<ErrorMeta>> {
        let op: &OperationMeta = req.op;
        let span = tracing::debug_span!(
            "alicloud.call",
            product = op.product.code,
            action = op.action,
            attempt = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        self.call_inner(req).instrument(span).await
    }

    async fn call_inner(&self, req: Request) -> Result<HttpResponse, Error<ErrorMeta>> {
        let op = req.op;
        let (query, body) = encoded(&req);
        let http = self.shared.http.as_ref().map_err(|e| {
            Error::Transport(TransportError {
                kind: TransportErrorKind::Io,
                message: format!("cannot build the HTTP client: {e}"),
                attempts: 0,
            })
        })?;
        let span = tracing::Span::current();
        let deadline = tokio::time::Instant::now() + self.timeouts.call;
        let call_limit = |attempts: u32| {
            Error::Transport(TransportError {
                kind: TransportErrorKind::Timeout,
                message: format!(
                    "the call took longer than its limit of {} ms",
                    self.timeouts.call.as_millis()
                ),
                attempts,
            })
        };
        let mut attempt = 0;
        loop {
            attempt += 1;
            span.record("attempt", attempt);
            // A credentials provider may do I/O of its own: it counts against the call too.
            let creds =
                match tokio::time::timeout_at(deadline, self.shared.credentials.provide()).await {
                    Ok(creds) => creds.map_err(Error::Credentials)?,
                    Err(_) => return Err(call_limit(attempt - 1)),
                };
            let request = self.build(&req, &query, &body, &creds).map_err(|e| {
                Error::Transport(TransportError {
                    kind: TransportErrorKind::Io,
                    message: format!("cannot build the request: {e}"),
                    attempts: attempt,
                })
            })?;
            drop(creds);
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let limit = if left < self.timeouts.attempt {
                (left, "the rest of the call's limit")
            } else {
                (self.timeouts.attempt, "the attempt's limit")
            };
            let limits = transport::Limits {
                connect: self.timeouts.connect,
                read: self.timeouts.read,
                max_bytes: self.shared.max_response_bytes,
            };
            let result = transport::send(http, request, limits, limit).await;
            // Each failure: the error to return, whether the rules allow a retry, and the
            // delay the server asked for.
            let (error, retry, asked) = match result {
                Ok(resp) if (200..300).contains(&resp.status) => {
                    if let Some(id) = resp.header("x-acs-request-id") {
                        span.record("request_id", id);
                    }
                    tracing::debug!(status = resp.status, "answered");
                    return Ok(resp);
                }
                Ok(resp) if (300..400).contains(&resp.status) => {
                    // Never followed (a signed request is not replayed elsewhere), never retried.
                    let location = resp.header("location").unwrap_or("no Location header");
                    tracing::debug!(status = resp.status, location, "redirect");
                    let reason = format!(
                        "a redirect to {location}, which the service never sends; not followed"
                    );
                    let id = resp.header("x-acs-request-id").map(str::to_owned);
                    return Err(Error::Response(ResponseError::new(
                        resp.status,
                        &resp.body,
                        reason,
                        id,
                    )));
                }
                Ok(resp) => match error_answer(&resp) {
                    Ok(mut meta) => {
                        meta.attempts = attempt;
                        if let Some(id) = &meta.request_id {
                            span.record("request_id", id.as_str());
                        }
                        let documented = op.retryable_codes.contains(&meta.code.as_str());
                        let retry = documented
                            || meta.is_throttling()
                            || (op.idempotent && meta.status >= 500);
                        tracing::debug!(
                            status = meta.status,
                            code = meta.code.as_str(),
                            retry,
                            "service error"
                        );
                        let asked = meta.retry_after;
                        (Error::Service(meta), retry, asked)
                    }
                    Err(e) => {
                        let retry = op.idempotent && e.status >= 500;
                        tracing::debug!(status = e.status, retry, "unreadable error answer");
                        (Error::Response(e), retry, None)
                    }
                },
                Err(f) => {
                    // Nothing was sent when the connection never opened: safe to retry always.
                    let retry =
                        (!f.sent || op.idempotent) && f.kind != TransportErrorKind::BodyTooLarge;
                    tracing::debug!(kind = ?f.kind, retry, "transport failure");
                    let error = Error::Transport(TransportError {
                        kind: f.kind,
                        message: f.message,
                        attempts: attempt,
                    });
                    (error, retry, None)
                }
            };
            let next = if retry {
                self.backoff(attempt, asked)
            } else {
                Next::Stop
            };
            match next {
                // A retry that cannot start before the call's limit is not waited for.
                Next::Retry(d) if tokio::time::Instant::now() + d < deadline => {
                    tokio::time::sleep(d).await
                }
                _ => return Err(error),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::Credentials;

    static PRODUCT: ProductMeta = ProductMeta {
        code: "T",
        version: "2020-01-01",
        endpoint_prefix: "t",
        regional_endpoints: &[],
    };
    static OP: OperationMeta = OperationMeta {
        product: &PRODUCT,
        action: "Act",
        method: "POST",
        idempotent: true,
        retryable_codes: &[],
        params: &[],
    };

    fn signed(
        creds: &Credentials,
        body: &[(&str, &str)],
    ) -> Result<http::Request<Bytes>, BuildError> {
        let config = Config::builder()
            .endpoint("http://127.0.0.1:9")
            .credentials(Credentials::new("id", "secret"))
            .build()
            .unwrap();
        let mut req = Request::new(&OP);
        req.body = body
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Client::new(&config, &PRODUCT).signed_request(&req, creds)
    }

    #[test]
    fn every_signed_header_is_sent_and_listed() {
        let creds = Credentials::new("id", "secret").with_security_token("tok");
        let request = signed(&creds, &[("Name", "a b")]).unwrap();
        let headers = request.headers();
        let auth = headers["authorization"].to_str().unwrap();
        let listed = auth
            .split("SignedHeaders=")
            .nth(1)
            .and_then(|rest| rest.split(',').next())
            .unwrap();
        assert_eq!(
            listed,
            "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;\
             x-acs-security-token;x-acs-signature-nonce;x-acs-version"
        );
        for name in listed.split(';') {
            assert!(headers.contains_key(name), "{name} is signed but not sent");
        }
        assert_eq!(headers["host"], "127.0.0.1:9");
        assert_eq!(headers["x-acs-action"], "Act");
        assert_eq!(
            headers["x-acs-content-sha256"],
            sign::sha256_hex(b"Name=a+b").as_str()
        );
    }

    #[test]
    fn without_a_body_the_hash_is_of_nothing_and_no_content_type() {
        let request = signed(&Credentials::new("id", "secret"), &[]).unwrap();
        assert_eq!(
            request.headers()["x-acs-content-sha256"],
            sign::EMPTY_SHA256
        );
        assert!(!request.headers().contains_key("content-type"));
    }

    #[test]
    fn a_token_http_cannot_carry_is_refused_by_name() {
        for token in ["line\nbreak", "caf\u{e9}"] {
            let creds = Credentials::new("id", "secret").with_security_token(token);
            match signed(&creds, &[]) {
                Err(BuildError::Header(name)) => assert_eq!(name, "x-acs-security-token"),
                other => panic!("{token:?}: {other:?}"),
            }
        }
    }
}
