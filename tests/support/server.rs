//! A scripted HTTP/1.1 server on 127.0.0.1 (OS-assigned port) that records every request,
//! checks its V3 signature with its own implementation, and answers from a queue.

use ring::{digest, hmac};
use std::collections::VecDeque;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;

/// One request as the server saw it.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// The query string as sent.
    pub raw_query: String,
    /// Decoded query pairs, in the order sent.
    pub query: Vec<(String, String)>,
    /// Lower-case names, in the order sent.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Decoded form body pairs.
    pub form: Vec<(String, String)>,
    /// `Ok` when the signature verified; otherwise why not.
    pub signature: Result<(), String>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A parameter from the query or the form body.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .chain(&self.form)
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What to do with the next request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// A complete answer.
    Full {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Wait, then act.
    After(Duration, Box<Reply>),
    /// Close the connection without answering.
    Close,
    /// Send the head and part of the body, then go silent.
    Stall {
        status: u16,
        declared: usize,
        sent: Vec<u8>,
    },
    /// Send the head of a `declared`-byte answer, then one byte of it every `every`, until
    /// the client goes away: never silent long enough for a read timeout.
    Trickle {
        status: u16,
        declared: usize,
        every: Duration,
    },
}

impl Reply {
    pub fn json(status: u16, body: serde_json::Value) -> Reply {
        Reply::Full {
            status,
            headers: vec![(
                "content-type".into(),
                "application/json;charset=utf-8".into(),
            )],
            body: body.to_string().into_bytes(),
        }
    }

    pub fn raw(status: u16, content_type: &str, body: &[u8]) -> Reply {
        Reply::Full {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.to_vec(),
        }
    }

    pub fn with_header(self, name: &str, value: &str) -> Reply {
        match self {
            Reply::Full {
                status,
                mut headers,
                body,
            } => {
                headers.push((name.into(), value.into()));
                Reply::Full {
                    status,
                    headers,
                    body,
                }
            }
            other => other,
        }
    }
}

#[derive(Default)]
struct State {
    replies: VecDeque<Reply>,
    recorded: Vec<Recorded>,
    /// The answer when the queue is empty (benchmarks), instead of an error status.
    fallback: Option<Reply>,
    /// Benchmarks turn recording (and signature checks) off to keep memory flat.
    quiet: bool,
}

pub struct Server {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    task: tokio::task::JoinHandle<()>,
    scheme: &'static str,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
        // Every test that ran a server checks the run's log for secrets as it ends.
        if !std::thread::panicking() {
            crate::hygiene::assert_log_clean();
        }
    }
}

impl Server {
    /// Starts the server; signatures are checked against `secret`. Installs the capture of
    /// the run's `tracing` output at TRACE level, which every test checks for secrets.
    pub async fn start(secret: &str) -> Server {
        crate::hygiene::install();
        Server::start_untraced(secret).await
    }

    /// [`Server::start`] without installing the log capture: for benchmarks, which measure
    /// the client as a program runs it, with no subscriber formatting every debug event.
    pub async fn start_untraced(secret: &str) -> Server {
        Server::listen(secret, None).await
    }

    /// The same server behind TLS, with the certificate chain and PKCS#8 key in these PEM
    /// files (`tests/fixtures/tls/`); its URL is `https://127.0.0.1:<port>`.
    pub async fn start_tls(secret: &str, chain: &Path, key: &Path) -> Server {
        use tokio_rustls::rustls::{self, pki_types::pem::PemObject};
        crate::hygiene::install();
        let chain: Vec<_> = rustls::pki_types::CertificateDer::pem_file_iter(chain)
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let key = rustls::pki_types::PrivateKeyDer::from_pem_file(key).unwrap();
        // The client's provider (runtime/src/transport.rs says why it is ring).
        #[allow(deprecated)]
        let provider = rustls::crypto::ring::default_provider();
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(provider))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .unwrap();
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        Server::listen(secret, Some(acceptor)).await
    }

    /// Accepts connections on an OS-assigned loopback port, each served on its own task,
    /// behind TLS when `tls` is given.
    async fn listen(secret: &str, tls: Option<tokio_rustls::TlsAcceptor>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let state = Arc::new(Mutex::new(State::default()));
        let secret = secret.to_owned();
        let st = state.clone();
        let scheme = if tls.is_some() { "https" } else { "http" };
        let task = tokio::spawn(async move {
            while let Ok((conn, _)) = listener.accept().await {
                let _ = conn.set_nodelay(true);
                let (st, secret) = (st.clone(), secret.clone());
                match tls.clone() {
                    None => {
                        tokio::spawn(serve(conn, st, secret));
                    }
                    Some(acceptor) => {
                        tokio::spawn(async move {
                            // A client that refuses the certificate ends the handshake:
                            // nothing to serve.
                            if let Ok(conn) = acceptor.accept(conn).await {
                                serve(conn, st, secret).await;
                            }
                        });
                    }
                }
            }
        });
        Server {
            addr,
            state,
            task,
            scheme,
        }
    }

    pub fn url(&self) -> String {
        format!("{}://{}", self.scheme, self.addr)
    }

    pub fn push(&self, reply: Reply) -> &Server {
        self.state.lock().unwrap().replies.push_back(reply);
        self
    }

    /// Answers every request with `reply` once the queue is empty, without recording it.
    pub fn serve_forever(&self, reply: Reply) -> &Server {
        let mut s = self.state.lock().unwrap();
        s.fallback = Some(reply);
        s.quiet = true;
        self
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.state.lock().unwrap().recorded.clone()
    }
}

async fn serve<S: AsyncRead + AsyncWrite + Unpin>(
    mut conn: S,
    state: Arc<Mutex<State>>,
    secret: String,
) {
    let mut buf = Vec::new();
    loop {
        let Some(mut req) = read_request(&mut conn, &mut buf).await else {
            return;
        };
        let reply = {
            let mut s = state.lock().unwrap();
            if !s.quiet {
                req.signature = verify(&req, &secret).and_then(|()| runtime_verify(&req, &secret));
                s.recorded.push(req);
            }
            s.replies.pop_front().or_else(|| s.fallback.clone())
        };
        let reply = reply
            .unwrap_or_else(|| Reply::json(599, serde_json::json!({"Code": "NoScriptedReply"})));
        if !answer(&mut conn, reply).await {
            return;
        }
    }
}

/// Returns false when the connection is to be dropped.
async fn answer<S: AsyncWrite + Unpin>(conn: &mut S, reply: Reply) -> bool {
    match reply {
        Reply::After(d, next) => {
            tokio::time::sleep(d).await;
            Box::pin(answer(conn, *next)).await
        }
        Reply::Close => false,
        Reply::Full {
            status,
            headers,
            body,
        } => {
            let mut head = format!("HTTP/1.1 {status} X\r\ncontent-length: {}\r\n", body.len());
            for (k, v) in headers {
                let _ = write!(head, "{k}: {v}\r\n");
            }
            head.push_str("\r\n");
            // One write: head and body in separate segments would meet Nagle's algorithm and
            // the peer's delayed ACK, 40 ms per answer.
            let mut all = head.into_bytes();
            all.extend_from_slice(&body);
            conn.write_all(&all).await.is_ok()
        }
        Reply::Stall {
            status,
            declared,
            sent,
        } => {
            let head = format!("HTTP/1.1 {status} X\r\ncontent-length: {declared}\r\ncontent-type: application/json\r\n\r\n");
            let _ = conn.write_all(head.as_bytes()).await;
            let _ = conn.write_all(&sent).await;
            tokio::time::sleep(Duration::from_secs(3600)).await;
            false
        }
        Reply::Trickle {
            status,
            declared,
            every,
        } => {
            let head = format!("HTTP/1.1 {status} X\r\ncontent-length: {declared}\r\ncontent-type: application/json\r\n\r\n");
            if conn.write_all(head.as_bytes()).await.is_err() {
                return false;
            }
            // Bounded, so a test that forgets the server never leaves it running long.
            for _ in 0..declared.min(600) {
                tokio::time::sleep(every).await;
                if conn.write_all(b" ").await.is_err() {
                    break;
                }
            }
            false
        }
    }
}

async fn read_request<S: AsyncRead + Unpin>(conn: &mut S, buf: &mut Vec<u8>) -> Option<Recorded> {
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let mut chunk = [0u8; 8192];
        let n = conn.read(&mut chunk).await.ok()?;
        if n == 0 || buf.len() > 1 << 20 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_owned();
    let target = first.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let len: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let start = head_end + 4;
    while buf.len() < start + len {
        let mut chunk = [0u8; 8192];
        let n = conn.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = buf[start..start + len].to_vec();
    buf.drain(..start + len);
    let (path, raw_query) = match target.split_once('?') {
        Some((p, q)) => (p.to_owned(), q.to_owned()),
        None => (target.clone(), String::new()),
    };
    let query = parse_pairs(&raw_query, false);
    let form = parse_pairs(&String::from_utf8_lossy(&body), true);
    Some(Recorded {
        method,
        path,
        raw_query,
        query,
        headers,
        body,
        form,
        signature: Ok(()),
    })
}

fn parse_pairs(s: &str, plus_is_space: bool) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k, plus_is_space), decode(v, plus_is_space))
        })
        .collect()
}

fn decode(s: &str, plus_is_space: bool) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => {
                let hex = std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz");
                match u8::from_str_radix(hex, 16) {
                    Ok(v) => out.push(v),
                    Err(_) => out.extend_from_slice(&b[i..i + 3]),
                }
                i += 3;
            }
            b'+' if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// RFC 3986 encoding, written independently of the client's.
fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Checks the `Authorization` header as the service would.
/// The runtime's own verifier (the emulator's) must accept what this server's independent
/// check accepts.
fn runtime_verify(r: &Recorded, secret: &str) -> Result<(), String> {
    use alicloud_migration::runtime::{sign, verify};
    let disagree = |e: verify::VerifyError| format!("the runtime's verifier disagrees: {e}");
    let value = r.header("authorization").unwrap_or_default();
    let auth = verify::parse_authorization(value).map_err(disagree)?;
    let headers: Vec<(&str, &str)> = r
        .headers
        .iter()
        .filter(|(k, _)| k != "authorization")
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let query = sign::canonical_query(&r.query);
    verify::verify(&r.method, &r.path, &query, &headers, &r.body, &auth, secret).map_err(disagree)
}

fn verify(r: &Recorded, secret: &str) -> Result<(), String> {
    let auth = r.header("authorization").ok_or("no authorization header")?;
    let rest = auth
        .strip_prefix("ACS3-HMAC-SHA256 ")
        .ok_or("not ACS3-HMAC-SHA256")?;
    let mut signed_headers = None;
    let mut signature = None;
    for part in rest.split(',') {
        if let Some(v) = part.strip_prefix("SignedHeaders=") {
            signed_headers = Some(v);
        } else if let Some(v) = part.strip_prefix("Signature=") {
            signature = Some(v);
        }
    }
    let signed_headers = signed_headers.ok_or("no SignedHeaders")?;
    let signature = signature.ok_or("no Signature")?;
    let names: Vec<&str> = signed_headers.split(';').collect();
    let mut required = vec![
        "host",
        "x-acs-action",
        "x-acs-content-sha256",
        "x-acs-date",
        "x-acs-signature-nonce",
        "x-acs-version",
    ];
    if !r.body.is_empty() {
        required.push("content-type");
    }
    if r.header("x-acs-security-token").is_some() {
        required.push("x-acs-security-token");
    }
    for h in required {
        if !names.contains(&h) {
            return Err(format!("{h} is not signed"));
        }
    }
    let payload = hex(digest::digest(&digest::SHA256, &r.body).as_ref());
    if r.header("x-acs-content-sha256") != Some(payload.as_str()) {
        return Err("x-acs-content-sha256 does not match the body".into());
    }
    let mut pairs: Vec<(String, String)> = r.query.iter().map(|(k, v)| (enc(k), enc(v))).collect();
    pairs.sort();
    let canonical_query = pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let mut canonical_headers = String::new();
    for n in &names {
        let values: Vec<&str> = r
            .headers
            .iter()
            .filter(|(k, _)| k == n)
            .map(|(_, v)| v.trim())
            .collect();
        if values.is_empty() {
            return Err(format!("signed header {n} was not sent"));
        }
        let _ = writeln!(canonical_headers, "{n}:{}", values.join(","));
    }
    let canonical = format!(
        "{}\n{}\n{canonical_query}\n{canonical_headers}\n{signed_headers}\n{payload}",
        r.method, r.path
    );
    let to_sign = format!(
        "ACS3-HMAC-SHA256\n{}",
        hex(digest::digest(&digest::SHA256, canonical.as_bytes()).as_ref())
    );
    let key = hmac::Key::new(hmac::HMAC_SHA256, secret.as_bytes());
    let expected = hex(hmac::sign(&key, to_sign.as_bytes()).as_ref());
    if expected != signature {
        return Err(format!(
            "signature mismatch: expected {expected}, got {signature}"
        ));
    }
    Ok(())
}
