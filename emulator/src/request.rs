//! Reading what arrived: the query string and the form body decoded into pairs, the headers
//! as text, the action and version named. Pure functions over bytes, fuzzed in CI: every
//! input gives a request or a [`Problem`] to answer, never a panic.

use crate::problem::Problem;

/// Parameters that belong to the signature or the protocol, never to the operation.
pub const COMMON: &[&str] = &[
    "Action",
    "Version",
    "Format",
    "AccessKeyId",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "SignatureType",
    "Timestamp",
    "Signature",
    "SecurityToken",
];

/// A request the emulator can authenticate and dispatch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub method: String,
    pub path: String,
    /// Decoded query pairs, in the order received.
    pub query: Vec<(String, String)>,
    /// Decoded `application/x-www-form-urlencoded` body pairs.
    pub form: Vec<(String, String)>,
    /// Header names as received (any case) and values as text.
    pub headers: Vec<(String, String)>,
    pub action: String,
    pub version: String,
}

impl Parsed {
    /// The operation's parameters: query and form together, protocol parameters left out.
    pub fn params(&self) -> Vec<(String, String)> {
        self.query
            .iter()
            .chain(&self.form)
            .filter(|(k, _)| !COMMON.contains(&k.as_str()))
            .cloned()
            .collect()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

pub fn parse(head: &hyper::http::request::Parts, body: &[u8]) -> Result<Parsed, Problem> {
    let headers: Vec<(&str, &[u8])> = head
        .headers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_bytes()))
        .collect();
    parse_raw(
        head.method.as_str(),
        head.uri.path(),
        head.uri.query(),
        &headers,
        body,
    )
}

/// [`parse`] over plain parts.
pub fn parse_raw(
    method: &str,
    path: &str,
    query: Option<&str>,
    headers: &[(&str, &[u8])],
    body: &[u8],
) -> Result<Parsed, Problem> {
    if method != "GET" && method != "POST" {
        return Err(Problem::new(
            405,
            "UnsupportedHTTPMethod",
            format!("The HTTP method {method} is not supported; use GET or POST."),
        ));
    }
    let headers = headers
        .iter()
        .map(|(n, v)| match std::str::from_utf8(v) {
            Ok(v) => Ok(((*n).to_owned(), v.to_owned())),
            Err(_) => Err(Problem::new(
                400,
                "InvalidHeader",
                format!("The value of header {n} is not UTF-8 text."),
            )),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let query = decode_pairs(query.unwrap_or_default().as_bytes(), "query string")?;
    let form_type = headers.iter().any(|(n, v)| {
        n.eq_ignore_ascii_case("content-type")
            && v.trim_start()
                .to_ascii_lowercase()
                .starts_with("application/x-www-form-urlencoded")
    });
    let form = if form_type {
        decode_pairs(body, "form body")?
    } else {
        Vec::new()
    };
    let mut parsed = Parsed {
        method: method.to_owned(),
        path: path.to_owned(),
        query,
        form,
        headers,
        action: String::new(),
        version: String::new(),
    };
    let pick = |header: &str, param: &str| {
        parsed
            .header(header)
            .or_else(|| {
                parsed
                    .query
                    .iter()
                    .find(|(k, _)| k == param)
                    .map(|(_, v)| v.as_str())
            })
            .map(str::to_owned)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| Problem::missing(param))
    };
    let (action, version) = (
        pick("x-acs-action", "Action")?,
        pick("x-acs-version", "Version")?,
    );
    parsed.action = action;
    parsed.version = version;
    Ok(parsed)
}

/// `k=v&k2=v2` with `+` as space and `%XX` escapes; every name and value must be UTF-8.
pub fn decode_pairs(raw: &[u8], what: &str) -> Result<Vec<(String, String)>, Problem> {
    let mut out = Vec::new();
    for part in raw.split(|&b| b == b'&').filter(|p| !p.is_empty()) {
        let (k, v) = match part.iter().position(|&b| b == b'=') {
            Some(i) => (&part[..i], &part[i + 1..]),
            None => (part, &[][..]),
        };
        out.push((decode(k, what)?, decode(v, what)?));
    }
    Ok(out)
}

fn decode(raw: &[u8], what: &str) -> Result<String, Problem> {
    let mut bytes = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'+' => bytes.push(b' '),
            b'%' => {
                let hex = |b: Option<&u8>| b.and_then(|b| (*b as char).to_digit(16));
                match (hex(raw.get(i + 1)), hex(raw.get(i + 2))) {
                    (Some(h), Some(l)) => bytes.push((h * 16 + l) as u8),
                    _ => {
                        return Err(Problem::new(
                            400,
                            "InvalidParameter",
                            format!("The {what} holds a malformed percent escape."),
                        ))
                    }
                }
                i += 2;
            }
            b => bytes.push(b),
        }
        i += 1;
    }
    String::from_utf8(bytes).map_err(|_| {
        Problem::new(
            400,
            "InvalidParameter",
            format!("The {what} is not UTF-8 text once decoded."),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_decode_and_bad_bytes_are_named() {
        let pairs = decode_pairs(b"a=1&b=x+y%2Bz&c&=v", "query string").unwrap();
        assert_eq!(
            pairs,
            [("a", "1"), ("b", "x y+z"), ("c", ""), ("", "v")]
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
        );
        let e = decode_pairs(b"a=%FF", "form body").unwrap_err();
        assert_eq!(e.code, "InvalidParameter");
        assert!(e.message.contains("form body"), "{}", e.message);
        assert!(decode_pairs(b"a=%4", "query string").is_err());
    }

    #[test]
    fn action_and_version_come_from_headers_or_query() {
        let p = parse_raw(
            "POST",
            "/",
            Some("Action=A&Version=1"),
            &[("content-type", b"application/x-www-form-urlencoded")],
            b"X=1",
        )
        .unwrap();
        assert_eq!((p.action.as_str(), p.version.as_str()), ("A", "1"));
        assert_eq!(p.params(), [("X".to_owned(), "1".to_owned())]);
        let e = parse_raw("GET", "/", None, &[("x-acs-action", b"A")], b"").unwrap_err();
        assert_eq!(e.code, "MissingParameter");
        assert!(e.message.contains("Version"));
        assert_eq!(
            parse_raw("PUT", "/", None, &[], b"").unwrap_err().status,
            405
        );
    }
}
