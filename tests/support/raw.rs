//! Hand-built requests for the emulator: signed with the runtime's V3 signer but with any
//! date, nonce, key or parameters, or not HTTP at all, sent over a plain TCP connection.

use alicloud_migration::runtime::sign;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// What to sign: an action with its version and business parameters.
#[derive(Clone, Debug)]
pub struct Signed<'a> {
    pub action: &'a str,
    pub version: &'a str,
    pub query: Vec<(String, String)>,
    pub form: Vec<(String, String)>,
    pub id: &'a str,
    pub secret: &'a str,
    /// Seconds since the Unix epoch; `None`: now.
    pub date: Option<u64>,
    pub nonce: String,
    pub token: Option<&'a str>,
}

impl<'a> Signed<'a> {
    pub fn new(action: &'a str, version: &'a str) -> Signed<'a> {
        Signed {
            action,
            version,
            query: Vec::new(),
            form: Vec::new(),
            id: "test",
            secret: "test",
            date: None,
            nonce: alicloud_migration::runtime::random::nonce(),
            token: None,
        }
    }

    pub fn param(mut self, k: &str, v: &str) -> Self {
        self.query.push((k.to_owned(), v.to_owned()));
        self
    }

    /// The raw HTTP/1.1 request bytes, `Connection: close`.
    pub fn bytes(&self, host: &str) -> Vec<u8> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let date = sign::utc_timestamp(self.date.unwrap_or(now));
        let body = if self.form.is_empty() {
            String::new()
        } else {
            sign::form_encode(&self.form)
        };
        let hash = sign::sha256_hex(body.as_bytes());
        let query = sign::canonical_query(&self.query);
        let mut headers = vec![
            ("host", host.to_owned()),
            ("x-acs-action", self.action.to_owned()),
            ("x-acs-version", self.version.to_owned()),
            ("x-acs-date", date),
            ("x-acs-signature-nonce", self.nonce.clone()),
            ("x-acs-content-sha256", hash.clone()),
        ];
        if let Some(t) = self.token {
            headers.push(("x-acs-security-token", t.to_owned()));
        }
        if !body.is_empty() {
            headers.push((
                "content-type",
                "application/x-www-form-urlencoded".to_owned(),
            ));
        }
        let refs: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let auth = sign::authorization("POST", "/", &query, &refs, &hash, self.id, self.secret);
        let mut out = format!("POST /?{query} HTTP/1.1\r\n");
        for (k, v) in &headers {
            out.push_str(&format!("{k}: {v}\r\n"));
        }
        out.push_str(&format!(
            "authorization: {auth}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        ));
        out.into_bytes()
    }
}

/// Sends `bytes` and reads until the server closes: (status, body as JSON or Null).
pub async fn exchange(addr: std::net::SocketAddr, bytes: &[u8]) -> (u16, serde_json::Value) {
    let mut s = TcpStream::connect(addr)
        .await
        .expect("the emulator listens");
    s.write_all(bytes).await.expect("the request is written");
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out).await;
    let text = String::from_utf8_lossy(&out);
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    (
        status,
        serde_json::from_str(body).unwrap_or(serde_json::Value::Null),
    )
}

/// Sends a signed request to the emulator at `addr`.
pub async fn send(addr: std::net::SocketAddr, req: &Signed<'_>) -> (u16, serde_json::Value) {
    exchange(addr, &req.bytes(&addr.to_string())).await
}
