//! Authentication as the service does it: the V3 `ACS3-HMAC-SHA256` signature (checked with
//! the runtime's [`verify`]) or the legacy RPC `HMAC-SHA1` one, the
//! AccessKey pair, the STS token, the date's skew and the nonce's first use.

use crate::problem::Problem;
use alicloud_migration_runtime::meta::TimeFormat;
use alicloud_migration_runtime::sign;
use alicloud_migration_runtime::validate::is_time;
use alicloud_migration_runtime::verify::{self, constant_time_eq, VerifyError};
use std::collections::{HashSet, VecDeque};
use std::fmt;
use std::hash::{BuildHasher, RandomState};
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

/// An AccessKey pair the emulator accepts, with the STS token it requires, if any.
#[derive(Clone)]
pub struct AccessKey {
    pub id: String,
    pub secret: String,
    pub token: Option<String>,
}

// The secret and the token never reach logs or test output.
impl fmt::Debug for AccessKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessKey")
            .field("id", &self.id)
            .field("secret", &"<redacted>")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// What the signature covers, as received.
#[derive(Debug)]
pub struct Received<'a> {
    pub method: &'a str,
    pub path: &'a str,
    /// Decoded query pairs.
    pub query: &'a [(String, String)],
    /// Decoded form body pairs (the legacy signature covers them).
    pub form: &'a [(String, String)],
    pub headers: &'a [(&'a str, &'a str)],
    pub body: &'a [u8],
}

impl Received<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }

    fn query_param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The accepted keys, the clock-skew allowance and the nonces seen.
#[derive(Debug)]
pub struct Authenticator {
    keys: Vec<AccessKey>,
    /// Temporary keys issued by STS or the metadata service, with when they expire
    /// (emulated Unix milliseconds).
    issued: Mutex<std::collections::HashMap<String, (AccessKey, u64)>>,
    /// Seconds a request's date may differ from the emulator's clock.
    pub skew: u64,
    nonces: Mutex<Nonces>,
}

impl Authenticator {
    pub fn new(keys: Vec<AccessKey>, skew: u64, nonce_capacity: usize) -> Authenticator {
        Authenticator {
            keys,
            issued: Mutex::default(),
            skew,
            nonces: Mutex::new(Nonces::new(nonce_capacity)),
        }
    }

    /// Accepts `key` from `now` until `expires` (emulated Unix milliseconds).
    pub fn issue(&self, key: AccessKey, now: u64, expires: u64) {
        let mut issued = self.issued.lock().unwrap_or_else(|e| e.into_inner());
        // Expired keys are kept a day (emulated) to answer "expired" rather than "not found";
        // then forgotten, so memory stays bounded however many are issued.
        issued.retain(|_, (_, at)| *at + 86_400_000 > now);
        issued.insert(key.id.clone(), (key, expires));
    }

    /// Checks `r` at emulated time `now` (Unix milliseconds, for issued keys' expiry);
    /// returns the AccessKey ID it was signed with.
    pub fn check(&self, r: &Received<'_>, now: u64) -> Result<String, Problem> {
        let (id, expires) = if let Some(value) = r.header("authorization") {
            self.check_v3(r, value)?
        } else if r.query_param("Signature").is_some() {
            self.check_v1(r)?
        } else if r.query_param("Action").is_some() {
            return Err(Problem::missing("Signature"));
        } else {
            return Err(Problem::new(
                400,
                "IncompleteSignature",
                "The request carries no signature: neither an Authorization header nor a Signature parameter.",
            ));
        };
        if expires.is_some_and(|at| now >= at) {
            return Err(Problem::new(
                400,
                "InvalidSecurityToken.Expired",
                "Specified SecurityToken is expired.",
            ));
        }
        Ok(id)
    }

    /// The key `id`, with when it expires if it is an issued one.
    fn key(&self, id: &str) -> Result<(AccessKey, Option<u64>), Problem> {
        if let Some(k) = self.keys.iter().find(|k| k.id == id) {
            return Ok((k.clone(), None));
        }
        let issued = self.issued.lock().unwrap_or_else(|e| e.into_inner());
        issued
            .get(id)
            .map(|(k, at)| (k.clone(), Some(*at)))
            .ok_or_else(|| {
                Problem::new(
                    404,
                    "InvalidAccessKeyId.NotFound",
                    "Specified access key is not found.",
                )
            })
    }

    fn check_v3(&self, r: &Received<'_>, value: &str) -> Result<(String, Option<u64>), Problem> {
        let auth = verify::parse_authorization(value).map_err(incomplete)?;
        let (key, expires) = self.key(auth.access_key_id)?;
        let date = r
            .header("x-acs-date")
            .ok_or_else(|| Problem::missing("x-acs-date"))?;
        self.check_date(date)?;
        let canonical = sign::canonical_query(r.query);
        let received: Vec<(&str, &str)> = r
            .headers
            .iter()
            .filter(|(n, _)| !n.eq_ignore_ascii_case("authorization"))
            .copied()
            .collect();
        verify::verify(
            r.method,
            r.path,
            &canonical,
            &received,
            r.body,
            &auth,
            &key.secret,
        )
        .map_err(|e| match e {
            VerifyError::Mismatch | VerifyError::PayloadHash => mismatch(),
            other => incomplete(other),
        })?;
        check_token(&key, r.header("x-acs-security-token"))?;
        let nonce = r
            .header("x-acs-signature-nonce")
            .ok_or_else(|| Problem::missing("x-acs-signature-nonce"))?;
        self.first_use(nonce)?;
        Ok((key.id, expires))
    }

    fn check_v1(&self, r: &Received<'_>) -> Result<(String, Option<u64>), Problem> {
        let param = |name: &str| {
            r.query_param(name)
                .or_else(|| r.form.iter().find(|(k, _)| k == name).map(|(_, v)| &**v))
                .ok_or_else(|| Problem::missing(name))
        };
        let (key, expires) = self.key(param("AccessKeyId")?)?;
        if param("SignatureMethod")? != "HMAC-SHA1" || param("SignatureVersion")? != "1.0" {
            return Err(Problem::new(
                400,
                "IncompleteSignature",
                "Only SignatureMethod HMAC-SHA1 with SignatureVersion 1.0 is accepted in the query.",
            ));
        }
        self.check_date(param("Timestamp")?)?;
        let given = param("Signature")?;
        let signed: Vec<(String, String)> = r
            .query
            .iter()
            .chain(r.form)
            .filter(|(k, _)| k != "Signature")
            .cloned()
            .collect();
        let expected = sign::rpc_signature(r.method, &signed, &key.secret);
        if !constant_time_eq(expected.as_bytes(), given.as_bytes()) {
            return Err(mismatch());
        }
        check_token(&key, param("SecurityToken").ok())?;
        self.first_use(param("SignatureNonce")?)?;
        Ok((key.id, expires))
    }

    fn check_date(&self, date: &str) -> Result<(), Problem> {
        let when = unix_seconds(date).ok_or_else(|| {
            Problem::new(
                400,
                "InvalidTimeStamp.Format",
                format!("Specified time stamp {date:?} is not of the form yyyy-MM-ddTHH:mm:ssZ."),
            )
        })?;
        if now().abs_diff(when) > self.skew {
            return Err(Problem::new(
                400,
                "InvalidTimeStamp.Expired",
                format!(
                    "Specified time stamp or date value is expired: {date} is more than {} seconds from the server's time.",
                    self.skew
                ),
            ));
        }
        Ok(())
    }

    fn first_use(&self, nonce: &str) -> Result<(), Problem> {
        let expires = now() + 2 * self.skew;
        let mut nonces = self.nonces.lock().unwrap_or_else(|e| e.into_inner());
        if nonces.insert(nonce, now(), expires) {
            Ok(())
        } else {
            Err(Problem::new(
                400,
                "SignatureNonceUsed",
                "Specified signature nonce was used already.",
            ))
        }
    }
}

fn check_token(key: &AccessKey, sent: Option<&str>) -> Result<(), Problem> {
    match (&key.token, sent) {
        (None, _) => Ok(()),
        (Some(_), None) => Err(Problem::missing("SecurityToken")),
        (Some(want), Some(got)) if constant_time_eq(want.as_bytes(), got.as_bytes()) => Ok(()),
        (Some(_), Some(_)) => Err(Problem::new(
            400,
            "InvalidSecurityToken.Mismatch",
            "Specified SecurityToken does not belong to the AccessKey ID.",
        )),
    }
}

fn mismatch() -> Problem {
    Problem::new(
        400,
        "SignatureDoesNotMatch",
        "Specified signature is not matched with our calculation.",
    )
}

fn incomplete(e: VerifyError) -> Problem {
    Problem::new(
        400,
        "IncompleteSignature",
        format!("The request signature does not conform to Aliyun standards: {e}."),
    )
}

/// Seconds since the Unix epoch.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// `yyyy-MM-ddTHH:mm:ssZ` → seconds since the Unix epoch (a real calendar date only).
pub fn unix_seconds(s: &str) -> Option<u64> {
    if !is_time(s, TimeFormat::UtcSecond) {
        return None;
    }
    sign::parse_utc_timestamp(s)
}

/// Nonces seen within the replay window, bounded so memory stays flat under any load: past
/// `capacity` the oldest are forgotten first (they are the closest to expiring anyway).
struct Nonces {
    seen: HashSet<u64>,
    order: VecDeque<(u64, u64)>,
    capacity: usize,
    hasher: RandomState,
}

impl fmt::Debug for Nonces {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Nonces({} remembered)", self.seen.len())
    }
}

impl Nonces {
    fn new(capacity: usize) -> Nonces {
        Nonces {
            seen: HashSet::new(),
            order: VecDeque::new(),
            capacity: capacity.max(1),
            hasher: RandomState::new(),
        }
    }

    /// False when `nonce` was seen and has not expired.
    fn insert(&mut self, nonce: &str, now: u64, expires: u64) -> bool {
        while let Some(&(h, at)) = self.order.front() {
            if at > now && self.order.len() < self.capacity {
                break;
            }
            self.order.pop_front();
            self.seen.remove(&h);
        }
        // A 64-bit keyed hash: a false replay needs a collision among the remembered nonces.
        let h = self.hasher.hash_one(nonce);
        if !self.seen.insert(h) {
            return false;
        }
        self.order.push_back((h, expires));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for t in [0, 951_782_400, 1_795_000_000, 4_102_444_800] {
            assert_eq!(unix_seconds(&sign::utc_timestamp(t)), Some(t));
        }
        assert_eq!(unix_seconds("2026-11-24T05:00:00"), None);
    }

    #[test]
    fn nonces_are_bounded_and_expire() {
        let mut n = Nonces::new(2);
        assert!(n.insert("a", 0, 10));
        assert!(!n.insert("a", 1, 11));
        assert!(n.insert("b", 1, 11));
        // Capacity 2: remembering "c" forgets "a".
        assert!(n.insert("c", 2, 12));
        assert!(n.insert("a", 2, 12));
        // Expired entries are forgotten.
        assert!(n.insert("c", 20, 30));
        assert_eq!(n.seen.len(), 1);
    }
}
