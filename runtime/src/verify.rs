//! Checking a received request's `ACS3-HMAC-SHA256` signature, as the service does: the
//! emulator's side of [`sign`]. Pure functions over what was received; which
//! secret belongs to an AccessKey ID, clock skew and nonce replay are the caller's.

use crate::sign::{self, ALGORITHM};
use std::fmt;

/// The parts of an `Authorization: ACS3-HMAC-SHA256 ...` header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Authorization<'a> {
    pub access_key_id: &'a str,
    /// Lower-case header names, as listed (`host;x-acs-action;...`).
    pub signed_headers: Vec<&'a str>,
    /// Lower-case hex.
    pub signature: &'a str,
}

/// Why a signature was not accepted. Never carries a secret or the expected signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerifyError {
    /// The header is not `ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...`.
    Malformed(&'static str),
    /// A header the signature lists was not received.
    MissingHeader(String),
    /// A header that must be signed (`host`, every `x-acs-*` received, `content-type` with a
    /// body) is not in the list.
    Unsigned(String),
    /// `x-acs-content-sha256` is not the hash of the body received.
    PayloadHash,
    /// The signature is not the one the secret gives for this request.
    Mismatch,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VerifyError::Malformed(what) => write!(f, "malformed Authorization header: {what}"),
            VerifyError::MissingHeader(h) => write!(f, "signed header `{h}` was not sent"),
            VerifyError::Unsigned(h) => write!(f, "header `{h}` must be signed but is not"),
            VerifyError::PayloadHash => f.write_str("x-acs-content-sha256 does not match the body"),
            VerifyError::Mismatch => f.write_str("the signature does not match the request"),
        }
    }
}

impl std::error::Error for VerifyError {}

/// Parses an `Authorization` header value.
pub fn parse_authorization(value: &str) -> Result<Authorization<'_>, VerifyError> {
    let rest = value
        .strip_prefix(ALGORITHM)
        .and_then(|r| r.strip_prefix(' '))
        .ok_or(VerifyError::Malformed("not ACS3-HMAC-SHA256"))?;
    let (mut id, mut names, mut signature) = (None, None, None);
    for part in rest.split(',') {
        match part.trim().split_once('=') {
            Some(("Credential", v)) => id = Some(v),
            Some(("SignedHeaders", v)) => names = Some(v),
            Some(("Signature", v)) => signature = Some(v),
            _ => return Err(VerifyError::Malformed("an unknown part")),
        }
    }
    let access_key_id = id
        .filter(|v| !v.is_empty())
        .ok_or(VerifyError::Malformed("no Credential"))?;
    let names = names.ok_or(VerifyError::Malformed("no SignedHeaders"))?;
    let signature = signature
        .filter(|s| s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or(VerifyError::Malformed("no 64-digit hex Signature"))?;
    Ok(Authorization {
        access_key_id,
        signed_headers: names.split(';').filter(|n| !n.is_empty()).collect(),
        signature,
    })
}

/// Checks `auth` against a received request: `canonical_query` as [`sign::canonical_query`]
/// gives it for the decoded query pairs, `headers` every header received (any case), `body`
/// the body's bytes, `secret` the AccessKey secret of `auth.access_key_id`.
pub fn verify(
    method: &str,
    path: &str,
    canonical_query: &str,
    headers: &[(&str, &str)],
    body: &[u8],
    auth: &Authorization<'_>,
    secret: &str,
) -> Result<(), VerifyError> {
    for &(name, _) in headers {
        let name = name.to_ascii_lowercase();
        let must = name.starts_with("x-acs-")
            || name == "host"
            || (name == "content-type" && !body.is_empty());
        if must && !auth.signed_headers.contains(&name.as_str()) {
            return Err(VerifyError::Unsigned(name));
        }
    }
    if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("host")) {
        return Err(VerifyError::MissingHeader("host".to_owned()));
    }
    for want in &auth.signed_headers {
        if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(want)) {
            return Err(VerifyError::MissingHeader((*want).to_owned()));
        }
    }
    let payload = sign::sha256_hex(body);
    let declared = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("x-acs-content-sha256"))
        .map(|(_, v)| v.trim());
    if declared != Some(payload.as_str()) {
        return Err(VerifyError::PayloadHash);
    }
    let signed = sign::signed_headers(headers, |n| auth.signed_headers.contains(&n));
    let (canonical, _) = sign::canonical_request(method, path, canonical_query, &signed, &payload);
    let expected = sign::signature(secret, &canonical);
    // Constant time: the comparison must not tell how many digits matched.
    let given = decode_hex(auth.signature).ok_or(VerifyError::Mismatch)?;
    if constant_time_eq(expected.as_ref(), &given) {
        Ok(())
    } else {
        Err(VerifyError::Mismatch)
    }
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    let digit = |b: u8| (b as char).to_digit(16);
    s.as_bytes()
        .chunks(2)
        .map(|p| Some((digit(p[0])? * 16 + digit(*p.get(1)?)?) as u8))
        .collect()
}

/// Equality whose time depends only on the lengths: for comparing signatures and tokens.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signed_request() -> (String, Vec<(&'static str, String)>, Vec<u8>) {
        let body = b"DbList=%7B%7D".to_vec();
        let query = sign::canonical_query(&[("DtsJobId".into(), "j 1".into())]);
        let hash = sign::sha256_hex(&body);
        let mut headers = vec![
            ("host", "dts.aliyuncs.com".to_owned()),
            ("x-acs-action", "ModifyDtsJob".to_owned()),
            ("x-acs-version", "2020-01-01".to_owned()),
            ("x-acs-date", "2026-11-24T05:00:00Z".to_owned()),
            ("x-acs-signature-nonce", "n1".to_owned()),
            ("x-acs-content-sha256", hash.clone()),
            (
                "content-type",
                "application/x-www-form-urlencoded".to_owned(),
            ),
            ("user-agent", "test".to_owned()),
        ];
        let refs: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let auth = sign::authorization("POST", "/", &query, &refs, &hash, "id", "secret");
        headers.push(("Authorization", auth));
        (query, headers, body)
    }

    fn check(
        query: &str,
        headers: &[(&str, String)],
        body: &[u8],
        secret: &str,
    ) -> Result<(), VerifyError> {
        let refs: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let value = &headers
            .iter()
            .find(|(k, _)| *k == "Authorization")
            .unwrap()
            .1;
        let auth = parse_authorization(value)?;
        assert_eq!(auth.access_key_id, "id");
        let received: Vec<_> = refs
            .into_iter()
            .filter(|(k, _)| *k != "Authorization")
            .collect();
        verify("POST", "/", query, &received, body, &auth, secret)
    }

    #[test]
    fn what_the_client_signs_verifies() {
        let (query, headers, body) = signed_request();
        assert_eq!(check(&query, &headers, &body, "secret"), Ok(()));
    }

    #[test]
    fn any_change_is_caught() {
        let (query, headers, body) = signed_request();
        assert_eq!(
            check(&query, &headers, &body, "other"),
            Err(VerifyError::Mismatch)
        );
        let tampered = sign::canonical_query(&[("DtsJobId".into(), "j 2".into())]);
        assert_eq!(
            check(&tampered, &headers, &body, "secret"),
            Err(VerifyError::Mismatch)
        );
        assert_eq!(
            check(&query, &headers, b"DbList=%5B%5D", "secret"),
            Err(VerifyError::PayloadHash)
        );
        let mut more = headers.clone();
        more.push(("x-acs-extra", "1".to_owned()));
        assert_eq!(
            check(&query, &more, &body, "secret"),
            Err(VerifyError::Unsigned("x-acs-extra".into()))
        );
        let fewer: Vec<_> = headers
            .iter()
            .filter(|(k, _)| *k != "x-acs-date")
            .cloned()
            .collect();
        assert_eq!(
            check(&query, &fewer, &body, "secret"),
            Err(VerifyError::MissingHeader("x-acs-date".into()))
        );
    }

    /// The vendor SDK's own vector (see `sign`'s tests) verifies too.
    #[test]
    fn vendor_vector() {
        let auth = parse_authorization(
            "ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,\
             Signature=4ab59fffe3c5738ff8a2729f90cc04fe18b02a4b15b2102cbaf92f9ff3df2ea3",
        )
        .unwrap();
        let hash = "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23";
        let signed =
            sign::signed_headers(&[("x-acs-test", "http"), ("x-acs-TEST", "https")], |_| true);
        let (canonical, names) = sign::canonical_request("", "", "empty=&test=ok", &signed, hash);
        assert_eq!(names, "x-acs-test");
        assert_eq!(
            sign::hex(sign::signature("secret", &canonical).as_ref()),
            auth.signature
        );
    }

    #[test]
    fn malformed_headers_are_named() {
        for (value, what) in [
            ("HMAC-SHA1 x", "not ACS3-HMAC-SHA256"),
            (
                "ACS3-HMAC-SHA256 SignedHeaders=host,Signature=00",
                "no Credential",
            ),
            (
                "ACS3-HMAC-SHA256 Credential=a,Signature=00",
                "no SignedHeaders",
            ),
            (
                "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=zz",
                "no 64-digit hex Signature",
            ),
        ] {
            assert_eq!(
                parse_authorization(value),
                Err(VerifyError::Malformed(what)),
                "{value}"
            );
        }
    }
}
