//! HTTP/1.1 on hyper, pooled by hyper-util's client, over rustls (ring provider, the
//! platform's trust store), through the proxies the environment names (as curl reads
//! `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY`); with our own read timeout and a
//! cap on response size.

mod hosts;

use crate::error::TransportErrorKind;
use bytes::Bytes;
use hosts::{BoxError, Hold, Hosts};
use http::uri::Scheme;
use http::Uri;
use http_body_util::{BodyExt, Full};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::legacy::connect::{Connected, Connection, HttpConnector};
use hyper_util::client::proxy::matcher::Matcher;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use std::fmt;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

/// One attempt's answer.
#[derive(Clone, Debug)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: http::HeaderMap,
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

/// The connection pool the clients made from one `Config` share.
#[derive(Clone)]
pub struct Http {
    client: hyper_util::client::legacy::Client<Connector, Full<Bytes>>,
    proxies: Arc<Matcher>,
    hosts: Arc<Hosts>,
}

impl fmt::Debug for Http {
    // The proxies' URLs can hold credentials: not shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Http").finish_non_exhaustive()
    }
}

/// What one exchange may take: to connect, to wait for each part of the answer, and the
/// answer's size.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub connect: Duration,
    pub read: Duration,
    pub max_bytes: usize,
}

/// A pool whose connections take at most `connect` to open, at most `max_per_host` of them
/// to one host at a time (a request beyond waits for one to come free), and never more than
/// the calls in flight to the host need (`hosts`): TLS set up and the proxy variables read
/// once, here.
pub fn http_client(connect: Duration, max_per_host: usize) -> Result<Http, String> {
    // rustls 0.23.48 deprecates its ring provider because ring has no post-quantum key
    // exchange; the alternative, aws-lc-rs, is a C and assembly build of its own. The ring
    // provider's suites (TLS 1.2 and 1.3, X25519, P-256, P-384) are what the service's
    // endpoints negotiate, so it stays, on purpose, until a user asks for post-quantum key
    // exchange (then as a feature).
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier =
        rustls_platform_verifier::Verifier::new(provider.clone()).map_err(|e| e.to_string())?;
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    let mut tcp = HttpConnector::new();
    tcp.enforce_http(false);
    tcp.set_connect_timeout(Some(connect));
    tcp.set_nodelay(true);
    let proxies = Arc::new(Matcher::from_env());
    let tls = Arc::new(tls);
    let hosts = Arc::new(Hosts::new(max_per_host, connect));
    let connector = Connector {
        direct: HttpsConnector::from((tcp, tls.clone())),
        tls,
        proxies: proxies.clone(),
        hosts: hosts.clone(),
    };
    // Redirects are never followed: hyper's client leaves a 3xx to the caller, who must not
    // replay a signed request elsewhere.
    let client = hyper_util::client::legacy::Client::builder(TokioExecutor::new())
        .pool_idle_timeout(Duration::from_secs(60))
        .pool_max_idle_per_host(max_per_host.max(1))
        .pool_timer(TokioTimer::new())
        .build(connector);
    Ok(Http {
        client,
        proxies,
        hosts,
    })
}

/// Opens connections: straight to the host, through a proxy's `CONNECT` tunnel for HTTPS, or
/// to the proxy itself for plain HTTP (whose requests then name the whole URL).
#[derive(Clone)]
struct Connector {
    /// Plain TCP, or TLS for `https` destinations (and proxies).
    direct: HttpsConnector<HttpConnector>,
    tls: Arc<rustls::ClientConfig>,
    proxies: Arc<Matcher>,
    hosts: Arc<Hosts>,
}

impl tower_service::Service<Uri> for Connector {
    type Response = Conn;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Conn, BoxError>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, dst: Uri) -> Self::Future {
        let host = self.hosts.of(&dst);
        let opening = self.open(dst);
        Box::pin(async move {
            let hold = host.admit().await?;
            let mut conn = opening.await?;
            conn.hold = Some(hold);
            Ok(conn)
        })
    }
}

impl Connector {
    /// Opens a connection to `dst` (lazily: nothing happens until it is polled).
    fn open(&mut self, dst: Uri) -> Pin<Box<dyn Future<Output = Result<Conn, BoxError>> + Send>> {
        let Some(proxy) = self.proxies.intercept(&dst) else {
            let connecting = tower_service::Service::call(&mut self.direct, dst);
            return Box::pin(async move { Conn::new(connecting.await?, false) });
        };
        if dst.scheme() == Some(&Scheme::HTTPS) {
            // The tunnel opens like any connection (TLS to an `https://` proxy), then TLS
            // to the destination runs inside it.
            let mut tunnel = Tunnel::new(proxy.uri().clone(), self.direct.clone());
            if let Some(auth) = proxy.basic_auth() {
                tunnel = tunnel.with_auth(auth.clone());
            }
            let mut tls = HttpsConnector::from((tunnel, self.tls.clone()));
            let connecting = tower_service::Service::call(&mut tls, dst);
            Box::pin(async move { Conn::new(connecting.await?, false) })
        } else {
            let connecting = tower_service::Service::call(&mut self.direct, proxy.uri().clone());
            Box::pin(async move { Conn::new(connecting.await?, true) })
        }
    }
}

/// What a connection is, whichever way it was opened.
trait Io: hyper::rt::Read + hyper::rt::Write + Connection + Send + Unpin {}
impl<T: hyper::rt::Read + hyper::rt::Write + Connection + Send + Unpin> Io for T {}

/// A connection, whether it goes to a proxy that wants whole URLs in requests, and its place
/// among its host's connections, held until it closes.
struct Conn {
    io: Box<dyn Io>,
    proxied: bool,
    hold: Option<Hold>,
}

impl Conn {
    fn new(io: impl Io + 'static, proxied: bool) -> Result<Conn, BoxError> {
        Ok(Conn {
            io: Box::new(io),
            proxied,
            hold: None,
        })
    }
}

impl Connection for Conn {
    fn connected(&self) -> Connected {
        self.io.connected().proxy(self.proxied)
    }
}

impl hyper::rt::Read for Conn {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_read(cx, buf)
    }
}

impl hyper::rt::Write for Conn {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write_vectored(cx, bufs)
    }
}

/// The error and its causes, for the message, after the endpoint (never the query, which can
/// hold secrets such as a database password); and the kind.
fn classify(e: &(dyn std::error::Error + 'static), connect: bool, to: &Origin) -> Failure {
    let mut message = format!("{to}: {e}");
    let mut source = e.source();
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    let kind = if connect {
        TransportErrorKind::Connect
    } else {
        TransportErrorKind::Io
    };
    Failure {
        sent: !connect,
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

/// Scheme and authority of a request, kept (cheaply: both share the URI's bytes) to name the
/// endpoint in an error.
struct Origin(Option<Scheme>, Option<http::uri::Authority>);

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.0, &self.1) {
            (Some(scheme), Some(authority)) => write!(f, "{scheme}://{authority}"),
            _ => f.write_str("the endpoint"),
        }
    }
}

/// Sends one request and reads the whole answer, within `limits` and `limit` (what the
/// attempt may take in all; `why` says whose limit it is).
pub async fn send(
    http: &Http,
    request: http::Request<Bytes>,
    limits: Limits,
    (limit, why): (Duration, &str),
) -> Result<HttpResponse, Failure> {
    match tokio::time::timeout(limit, exchange(http, request, limits)).await {
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
    http: &Http,
    request: http::Request<Bytes>,
    Limits {
        connect,
        read,
        max_bytes,
    }: Limits,
) -> Result<HttpResponse, Failure> {
    let to = Origin(
        request.uri().scheme().cloned(),
        request.uri().authority().cloned(),
    );
    let mut request = request.map(Full::new);
    // Plain HTTP through a proxy: its credentials travel with each request.
    if request.uri().scheme() == Some(&Scheme::HTTP) {
        if let Some(auth) = http
            .proxies
            .intercept(request.uri())
            .and_then(|p| p.basic_auth().cloned())
        {
            request
                .headers_mut()
                .insert(http::header::PROXY_AUTHORIZATION, auth);
        }
    }
    let wait = connect + read;
    // In flight until the answer is read: while it is, a connection may open for it.
    let _in_flight = http.hosts.of(request.uri()).call();
    let response = match tokio::time::timeout(wait, http.client.request(request)).await {
        Err(_) => return Err(timeout(wait)),
        Ok(Err(e)) => return Err(classify(&e, e.is_connect(), &to)),
        Ok(Ok(r)) => r,
    };
    let too_large = |n: u64| Failure {
        kind: TransportErrorKind::BodyTooLarge,
        message: format!("{n} bytes or more, over the {max_bytes}-byte cap"),
        sent: true,
    };
    let declared = response
        .headers()
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if let Some(len) = declared.filter(|&n| n > max_bytes as u64) {
        return Err(too_large(len));
    }
    let (parts, mut incoming) = response.into_parts();
    let mut body = Vec::new();
    loop {
        match tokio::time::timeout(read, incoming.frame()).await {
            Err(_) => return Err(timeout(read)),
            Ok(Some(Err(e))) => return Err(classify(&e, false, &to)),
            Ok(None) => break,
            Ok(Some(Ok(frame))) => {
                let Ok(chunk) = frame.into_data() else {
                    continue;
                };
                if body.len() + chunk.len() > max_bytes {
                    return Err(too_large((body.len() + chunk.len()) as u64));
                }
                body.extend_from_slice(&chunk);
            }
        }
    }
    Ok(HttpResponse {
        status: parts.status.as_u16(),
        headers: parts.headers,
        body,
    })
}
