//! One request to a credentials service (STS, the metadata service, a credentials URI) over
//! the runtime's transport, and reading the credentials it answers with. Errors name the
//! service and what it said, never a secret.

use super::Credentials;
use crate::error::{CredentialsError, CredentialsErrorKind};
use crate::transport::{self, Http, Limits};
use bytes::Bytes;
use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Answers larger than this are refused (credentials are a few hundred bytes).
const MAX_BYTES: usize = 64 * 1024;

/// The pool every credentials request shares, made on first use.
fn http() -> Result<&'static Http, CredentialsError> {
    static HTTP: OnceLock<Result<Http, String>> = OnceLock::new();
    // A few connections per credentials service: one refresh at a time asks it.
    HTTP.get_or_init(|| transport::http_client(Duration::from_secs(5), 4))
        .as_ref()
        .map_err(|e| unavailable(format!("cannot set up HTTPS: {e}")))
}

pub(super) fn unavailable(message: impl Into<String>) -> CredentialsError {
    CredentialsError::new(CredentialsErrorKind::Unavailable, message)
}

pub(super) fn invalid(message: impl Into<String>) -> CredentialsError {
    CredentialsError::new(CredentialsErrorKind::Invalid, message)
}

/// A base URL from `endpoint`: a URL as given, a bare host over HTTPS.
pub(super) fn base_url(endpoint: &str) -> String {
    let endpoint = endpoint.trim_end_matches('/');
    if endpoint.contains("://") {
        endpoint.to_owned()
    } else {
        format!("https://{endpoint}")
    }
}

/// One exchange within `connect` and `read`: the status and body of an answer, or why there
/// was none. `what` names the service in errors.
pub(super) async fn exchange(
    request: http::Request<Bytes>,
    (connect, read): (Duration, Duration),
    what: &str,
) -> Result<(u16, Vec<u8>), CredentialsError> {
    let limits = Limits {
        connect,
        read,
        max_bytes: MAX_BYTES,
    };
    match transport::send(http()?, request, limits, (connect + read, what)).await {
        Ok(r) => Ok((r.status, r.body)),
        Err(f) => Err(unavailable(format!("{what}: {}", f.message))),
    }
}

/// A JSON answer with status 200, or the error an answer of another status is: a 4xx refused,
/// anything else unavailable, with the service's `Code` and `Message` when it sent them.
pub(super) fn json_answer(
    (status, body): (u16, Vec<u8>),
    what: &str,
) -> Result<serde_json::Value, CredentialsError> {
    let json: Option<serde_json::Value> = serde_json::from_slice(&body).ok();
    if status == 200 {
        return json.ok_or_else(|| invalid(format!("{what}: the answer is not JSON")));
    }
    let said = json
        .as_ref()
        .map(|j| {
            let text = |k: &str| j[k].as_str().unwrap_or_default();
            format!(": {} {}", text("Code"), safe_message(text("Message")))
        })
        .unwrap_or_default();
    let kind = if (400..500).contains(&status) {
        CredentialsErrorKind::Refused
    } else {
        CredentialsErrorKind::Unavailable
    };
    Err(CredentialsError::new(
        kind,
        format!("{what} answered HTTP {status}{said}"),
    ))
}

/// A service's error message, fit for an error of ours: STS's `SignatureDoesNotMatch` quotes
/// the string it signed, which holds the caller's security token, so a message is cut where it
/// starts quoting that, and at 300 characters.
fn safe_message(message: &str) -> String {
    let lower = message.to_ascii_lowercase();
    // The whole sentence that quotes it goes.
    let cut = match lower.find("string to sign") {
        Some(at) => message[..at].rfind(". ").map_or(0, |dot| dot + 1),
        None => message.len(),
    };
    message[..cut]
        .chars()
        .take(300)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// `AccessKeyId`, `AccessKeySecret`, `SecurityToken` and `Expiration` of `o`, as STS, the
/// metadata service and credentials URIs all give them.
pub(super) fn temporary(
    o: &serde_json::Value,
    what: &str,
) -> Result<Credentials, CredentialsError> {
    let field = |k: &str| {
        o[k].as_str()
            .filter(|v| !v.is_empty())
            .ok_or_else(|| invalid(format!("{what}: the answer has no {k}")))
    };
    let expiration = field("Expiration")?;
    let at = crate::sign::parse_utc_timestamp(expiration).ok_or_else(|| {
        invalid(format!(
            "{what}: Expiration {expiration:?} is not of the form yyyy-MM-ddTHH:mm:ssZ"
        ))
    })?;
    Ok(
        Credentials::new(field("AccessKeyId")?, field("AccessKeySecret")?)
            .with_security_token(field("SecurityToken")?)
            .with_expiration(UNIX_EPOCH + Duration::from_secs(at)),
    )
}

/// Seconds since the Unix epoch of `t`.
pub(super) fn unix(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_message_quoting_what_was_signed_is_cut_before_it() {
        let m = "Specified signature is not matched with our calculation. server string to sign is:GET&%2F&SecurityToken%3Dsecret-token";
        let safe = super::safe_message(m);
        assert_eq!(
            safe,
            "Specified signature is not matched with our calculation."
        );
        assert!(!safe.contains("secret-token"));
        assert_eq!(super::safe_message(&"x".repeat(500)).len(), 300);
    }
}
