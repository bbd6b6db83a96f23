//! Credentials as production runs them: explicit keys and STS tokens, the environment, the
//! CLI's `~/.aliyun/config.json` and the `~/.alibabacloud/credentials` INI file, RAM roles
//! (`AssumeRole`, chained), OIDC roles (ACK's RRSA), the ECS instance metadata service and a
//! credentials URI; the default chain over them in the official libraries' order; and a trait
//! for bringing your own. Temporary credentials share one cache ([`cache`]): refreshed ahead
//! of expiry, one request for any number of callers, never used once expired. Secrets never
//! appear in `Debug` output, errors or logs.
//!
//! Modules: [`files`] (the CLI profile and the INI file), [`sts`] (RAM and OIDC roles),
//! [`instance`] (the ECS metadata service and a credentials URI), [`chain`] (the default
//! chain), over `fetch` (one request to a credentials service) and [`cache`].

pub mod cache;
pub mod chain;
mod fetch;
pub mod files;
pub mod instance;
pub mod sts;

pub use chain::DefaultCredentialsChain;
pub use files::{CliProfileCredentials, IniFileCredentials};
pub use instance::{EcsRamRoleCredentials, UriCredentials};
pub use sts::{OidcRoleCredentials, RamRoleCredentials};

use crate::error::{CredentialsError, CredentialsErrorKind};
use std::fmt;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::time::SystemTime;

/// An AccessKey pair, optionally with an STS security token. Cheap to clone (the texts are
/// shared): every attempt of every call takes a copy.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key_id: Arc<str>,
    access_key_secret: Arc<str>,
    security_token: Option<Arc<str>>,
    expiration: Option<SystemTime>,
}

impl Credentials {
    pub fn new(
        access_key_id: impl Into<String>,
        access_key_secret: impl Into<String>,
    ) -> Credentials {
        Credentials {
            access_key_id: access_key_id.into().into(),
            access_key_secret: access_key_secret.into().into(),
            security_token: None,
            expiration: None,
        }
    }

    /// Temporary (STS) credentials: the token is sent as `x-acs-security-token`.
    pub fn with_security_token(mut self, token: impl Into<String>) -> Credentials {
        self.security_token = Some(token.into().into());
        self
    }

    /// When temporary credentials expire; they are fetched again shortly before.
    pub fn with_expiration(mut self, at: SystemTime) -> Credentials {
        self.expiration = Some(at);
        self
    }

    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    pub(crate) fn access_key_secret(&self) -> &str {
        &self.access_key_secret
    }

    pub(crate) fn security_token(&self) -> Option<&str> {
        self.security_token.as_deref()
    }

    pub fn expiration(&self) -> Option<SystemTime> {
        self.expiration
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &"** redacted **")
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| "** redacted **"),
            )
            .field("expiration", &self.expiration)
            .finish()
    }
}

/// A future that yields credentials.
pub type CredentialsFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + 'a>>;

/// A source of credentials. Implement it to plug in your own (a vault, an STS exchange);
/// the client asks for credentials before every attempt, so a provider may refresh them.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    fn provide(&self) -> CredentialsFuture<'_>;
}

impl ProvideCredentials for Credentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        Box::pin(std::future::ready(Ok(self.clone())))
    }
}

/// A present source that is broken.
fn fail(message: impl Into<String>) -> CredentialsError {
    CredentialsError::new(CredentialsErrorKind::Invalid, message)
}

/// No source configured.
fn not_found(message: impl Into<String>) -> CredentialsError {
    CredentialsError::new(CredentialsErrorKind::NotFound, message)
}

/// What time it is for the credentials' expirations: the system's clock, or another that a
/// test drives (the emulator's, which can run faster than real time).
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> SystemTime + Send + Sync>);

impl Clock {
    pub fn new(now: impl Fn() -> SystemTime + Send + Sync + 'static) -> Clock {
        Clock(Arc::new(now))
    }

    pub fn now(&self) -> SystemTime {
        (self.0)()
    }
}

impl Default for Clock {
    fn default() -> Clock {
        Clock::new(SystemTime::now)
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Clock({:?})", self.now())
    }
}

/// Where the providers that make requests send them, and the clock they judge expiry by. The
/// defaults are the service's (STS as the official libraries derive it from
/// `ALIBABA_CLOUD_STS_REGION` and `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED`; the metadata service at
/// `http://100.100.100.200`); tests and private networks set them (`http://127.0.0.1:PORT`
/// for the emulator, which plays both).
#[derive(Clone, Debug, Default)]
pub struct Endpoints {
    /// STS, for RAM and OIDC roles: a host (`sts.cn-hangzhou.aliyuncs.com`, sent over HTTPS)
    /// or a URL (`http://127.0.0.1:8080`).
    pub sts: Option<String>,
    /// The instance metadata service, for ECS RAM roles: a URL.
    pub metadata: Option<String>,
    pub clock: Clock,
}

impl Endpoints {
    pub fn sts(mut self, url: impl Into<String>) -> Self {
        self.sts = Some(url.into());
        self
    }

    pub fn metadata(mut self, url: impl Into<String>) -> Self {
        self.metadata = Some(url.into());
        self
    }

    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }
}

/// A provider, boxed: what a profile's mode or the chain's step builds.
pub type SharedProvider = Arc<dyn ProvideCredentials>;

/// Reads a variable, treating empty as unset.
pub(crate) fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// A credentials file's text; `None` when there is no such file (a source that is absent, not
/// broken).
fn read_if_present(path: Option<PathBuf>) -> Result<Option<(PathBuf, String)>, CredentialsError> {
    let Some(path) = path else { return Ok(None) };
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(Some((path, text))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(fail(format!("{}: {e}", path.display()))),
    }
}

fn home() -> Option<PathBuf> {
    var("HOME")
        .or_else(|| var("USERPROFILE"))
        .map(PathBuf::from)
}

/// Whether a variable is `true` (in any letter case).
fn flag(name: &str) -> bool {
    var(name).is_some_and(|v| v.eq_ignore_ascii_case("true"))
}

impl ProvideCredentials for Arc<dyn ProvideCredentials> {
    fn provide(&self) -> CredentialsFuture<'_> {
        (**self).provide()
    }
}

/// `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and the optional
/// `ALIBABA_CLOUD_SECURITY_TOKEN`.
#[derive(Debug, Default, Clone, Copy)]
pub struct EnvironmentCredentials;

impl EnvironmentCredentials {
    /// `Ok(None)` when the variables are not set at all.
    fn load(&self) -> Result<Option<Credentials>, CredentialsError> {
        match (
            var("ALIBABA_CLOUD_ACCESS_KEY_ID"),
            var("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
        ) {
            (None, None) => Ok(None),
            (Some(id), Some(secret)) => {
                let mut c = Credentials::new(id, secret);
                c.security_token = var("ALIBABA_CLOUD_SECURITY_TOKEN").map(Arc::from);
                Ok(Some(c))
            }
            (Some(_), None) => Err(fail(
                "ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not",
            )),
            (None, Some(_)) => Err(fail(
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not",
            )),
        }
    }
}

impl ProvideCredentials for EnvironmentCredentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        let result = self.load().and_then(|c| {
            c.ok_or_else(|| {
                not_found(
                    "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set",
                )
            })
        });
        Box::pin(std::future::ready(result))
    }
}
