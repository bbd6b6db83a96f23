//! The cache every temporary source shares (roles, the metadata service, a credentials URI):
//!
//! - credentials are refreshed ahead of expiry: once a quarter of their lifetime is left, at
//!   most 15 minutes before it (the official libraries refresh 15 minutes ahead);
//! - one request for any number of concurrent callers: the first refreshes, the others wait for
//!   its answer;
//! - a failed refresh while the cached credentials are still valid keeps serving them (and
//!   says so in the log), and the next try waits a back-off (10 s, doubling to 5 minutes), so
//!   a refusing or failing service is not asked in a loop;
//! - expired credentials are never used: past expiry (less a minute's margin for the request
//!   to arrive) a failed refresh is an error.

use super::{Clock, Credentials, CredentialsFuture, ProvideCredentials};
use crate::error::CredentialsError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

/// One request to a credentials service for fresh, expiring credentials.
pub trait Fetch: Send + Sync + fmt::Debug {
    /// What the log and errors call this source (`AssumeRole`, `ECS metadata service`).
    fn source(&self) -> String;
    fn fetch(
        &self,
    ) -> Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + '_>>;
}

/// How long before expiry credentials are no longer used.
const MARGIN: Duration = Duration::from_secs(60);
/// Refresh at most this long before expiry.
const AHEAD: Duration = Duration::from_secs(15 * 60);
const FIRST_BACKOFF: Duration = Duration::from_secs(10);
const MAX_BACKOFF: Duration = Duration::from_secs(300);

#[derive(Clone)]
struct Held {
    credentials: Credentials,
    /// From when on a refresh is due.
    refresh_at: SystemTime,
    /// From when on they are not used.
    unusable_at: SystemTime,
}

#[derive(Default)]
struct Failures {
    count: u32,
    /// No request before this, after a failure.
    retry_at: Option<SystemTime>,
    last: Option<CredentialsError>,
}

/// Credentials from `F`, cached and refreshed as the module says.
pub struct Refreshing<F> {
    pub(super) source: F,
    pub(super) clock: Clock,
    held: Mutex<Option<Held>>,
    /// Held while a refresh is under way: the single flight.
    refreshing: tokio::sync::Mutex<Failures>,
}

impl<F: Fetch> fmt::Debug for Refreshing<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let expiration = self
            .held
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .and_then(|h| h.credentials.expiration());
        f.debug_struct("Refreshing")
            .field("source", &self.source)
            .field("cached_until", &expiration)
            .finish()
    }
}

impl<F: Fetch> Refreshing<F> {
    pub fn new(source: F, clock: Clock) -> Refreshing<F> {
        Refreshing {
            source,
            clock,
            held: Mutex::new(None),
            refreshing: tokio::sync::Mutex::new(Failures::default()),
        }
    }

    fn held(&self) -> Option<Held> {
        self.held.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// The cached credentials, if no refresh is due at `now`.
    fn fresh(&self, now: SystemTime) -> Option<Credentials> {
        let held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        held.as_ref()
            .filter(|h| now < h.refresh_at)
            .map(|h| h.credentials.clone())
    }

    /// The cached credentials, refreshed first when due.
    pub async fn get(&self) -> Result<Credentials, CredentialsError> {
        if let Some(c) = self.fresh(self.clock.now()) {
            return Ok(c);
        }
        let mut failures = self.refreshing.lock().await;
        // Another caller may have refreshed while this one waited.
        let now = self.clock.now();
        if let Some(c) = self.fresh(now) {
            return Ok(c);
        }
        let usable = self.held().filter(|h| now < h.unusable_at);
        if let (Some(retry_at), Some(last)) = (failures.retry_at, &failures.last) {
            if now < retry_at {
                return match usable {
                    Some(h) => Ok(h.credentials),
                    None => Err(last.clone()),
                };
            }
        }
        match self.source.fetch().await {
            Ok(fresh) => {
                *failures = Failures::default();
                let now = self.clock.now();
                let expires = fresh.expiration().unwrap_or(now + AHEAD * 4);
                let life = expires.duration_since(now).unwrap_or_default();
                let held = Held {
                    refresh_at: expires - (life / 4).min(AHEAD),
                    unusable_at: expires.checked_sub(MARGIN).unwrap_or(expires),
                    credentials: fresh.clone(),
                };
                *self.held.lock().unwrap_or_else(|p| p.into_inner()) = Some(held);
                Ok(fresh)
            }
            Err(e) => {
                failures.count += 1;
                let backoff = FIRST_BACKOFF
                    .saturating_mul(1 << (failures.count - 1).min(5))
                    .min(MAX_BACKOFF);
                failures.retry_at = Some(now + backoff);
                failures.last = Some(e.clone());
                match usable {
                    Some(h) => {
                        tracing::warn!(
                            source = %self.source.source(),
                            error = %e,
                            valid_until = ?h.credentials.expiration(),
                            "refreshing credentials failed; the cached ones are still valid and \
                             stay in use"
                        );
                        Ok(h.credentials)
                    }
                    None => Err(e),
                }
            }
        }
    }
}

impl<F: Fetch> ProvideCredentials for Refreshing<F> {
    fn provide(&self) -> CredentialsFuture<'_> {
        Box::pin(self.get())
    }
}
