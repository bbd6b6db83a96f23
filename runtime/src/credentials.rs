//! Credentials: explicit keys, STS tokens, the default chain (environment, the CLI's
//! `~/.aliyun/config.json`, the `~/.alibabacloud/credentials` INI file), and a trait for
//! bringing your own. Secrets never appear in `Debug` output or errors.

use crate::error::CredentialsError;
use std::fmt;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

/// An AccessKey pair, optionally with an STS security token.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key_id: String,
    access_key_secret: String,
    security_token: Option<String>,
    expiration: Option<SystemTime>,
}

impl Credentials {
    pub fn new(
        access_key_id: impl Into<String>,
        access_key_secret: impl Into<String>,
    ) -> Credentials {
        Credentials {
            access_key_id: access_key_id.into(),
            access_key_secret: access_key_secret.into(),
            security_token: None,
            expiration: None,
        }
    }

    /// Temporary (STS) credentials: the token is sent as `x-acs-security-token`.
    pub fn with_security_token(mut self, token: impl Into<String>) -> Credentials {
        self.security_token = Some(token.into());
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

    /// Whether these should be replaced now (within three minutes of expiring).
    fn stale(&self) -> bool {
        self.expiration
            .is_some_and(|at| at <= SystemTime::now() + Duration::from_secs(180))
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

fn fail(message: impl Into<String>) -> CredentialsError {
    CredentialsError {
        message: message.into(),
    }
}

/// Reads a variable, treating empty as unset.
fn var(name: &str) -> Option<String> {
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
                c.security_token = var("ALIBABA_CLOUD_SECURITY_TOKEN");
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
                fail("ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set")
            })
        });
        Box::pin(std::future::ready(result))
    }
}

/// The Alibaba Cloud CLI's profile file: `ALIBABA_CLOUD_CONFIG_FILE`, else
/// `~/.aliyun/config.json`; the profile named by `ALIBABA_CLOUD_PROFILE`, else the file's
/// `current` profile. Modes `AK` and `StsToken` are supported.
#[derive(Debug, Default, Clone)]
pub struct CliProfileCredentials {
    pub path: Option<PathBuf>,
    pub profile: Option<String>,
}

impl CliProfileCredentials {
    fn path(&self) -> Option<PathBuf> {
        self.path
            .clone()
            .or_else(|| var("ALIBABA_CLOUD_CONFIG_FILE").map(PathBuf::from))
            .or_else(|| home().map(|h| h.join(".aliyun").join("config.json")))
    }

    /// `Ok(None)` when there is no such file.
    fn load(&self) -> Result<Option<Credentials>, CredentialsError> {
        let Some((path, text)) = read_if_present(self.path())? else {
            return Ok(None);
        };
        let doc: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| fail(format!("{}: not JSON: {e}", path.display())))?;
        let name = self
            .profile
            .clone()
            .or_else(|| var("ALIBABA_CLOUD_PROFILE"))
            .or_else(|| doc["current"].as_str().map(str::to_owned))
            .unwrap_or_else(|| "default".to_owned());
        let profile = doc["profiles"]
            .as_array()
            .and_then(|ps| {
                ps.iter()
                    .find(|p| p["name"].as_str() == Some(name.as_str()))
            })
            .ok_or_else(|| fail(format!("{}: no profile named {name:?}", path.display())))?;
        let field = |key: &str| -> Result<String, CredentialsError> {
            profile[key]
                .as_str()
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
                .ok_or_else(|| fail(format!("{}: profile {name:?} has no {key}", path.display())))
        };
        let mode = profile["mode"].as_str().unwrap_or("AK");
        let creds = Credentials::new(field("access_key_id")?, field("access_key_secret")?);
        match mode {
            "AK" => Ok(Some(creds)),
            "StsToken" => Ok(Some(creds.with_security_token(field("sts_token")?))),
            other => Err(fail(format!(
                "{}: profile {name:?} has mode {other:?}; supported modes are AK and StsToken",
                path.display()
            ))),
        }
    }
}

impl ProvideCredentials for CliProfileCredentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        let result = self
            .load()
            .and_then(|c| c.ok_or_else(|| fail("no CLI profile file (~/.aliyun/config.json)")));
        Box::pin(std::future::ready(result))
    }
}

/// The shared credentials INI file: `ALIBABA_CLOUD_CREDENTIALS_FILE`, else
/// `~/.alibabacloud/credentials`; the section named by `ALIBABA_CLOUD_PROFILE`, else
/// `default`; `type = access_key` with `access_key_id` and `access_key_secret`.
#[derive(Debug, Default, Clone)]
pub struct IniFileCredentials {
    pub path: Option<PathBuf>,
    pub profile: Option<String>,
}

impl IniFileCredentials {
    fn path(&self) -> Option<PathBuf> {
        self.path
            .clone()
            .or_else(|| var("ALIBABA_CLOUD_CREDENTIALS_FILE").map(PathBuf::from))
            .or_else(|| home().map(|h| h.join(".alibabacloud").join("credentials")))
    }

    fn load(&self) -> Result<Option<Credentials>, CredentialsError> {
        let Some((path, text)) = read_if_present(self.path())? else {
            return Ok(None);
        };
        let name = self
            .profile
            .clone()
            .or_else(|| var("ALIBABA_CLOUD_PROFILE"))
            .unwrap_or_else(|| "default".into());
        let mut in_section = false;
        let mut found = false;
        let (mut kind, mut id, mut secret) = (None, None, None);
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
                continue;
            }
            if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                in_section = section.trim() == name;
                found |= in_section;
                continue;
            }
            if !in_section {
                continue;
            }
            if let Some((k, v)) = line.split_once('=') {
                let v = v.trim().trim_matches('"').to_owned();
                match k.trim() {
                    "type" => kind = Some(v),
                    "access_key_id" => id = Some(v),
                    "access_key_secret" => secret = Some(v),
                    _ => {}
                }
            }
        }
        let where_ = format!("{} [{name}]", path.display());
        if !found {
            return Err(fail(format!("{}: no section [{name}]", path.display())));
        }
        match kind.as_deref() {
            Some("access_key") => {}
            Some(other) => {
                return Err(fail(format!(
                    "{where_}: type {other:?} is not supported; use access_key"
                )))
            }
            None => return Err(fail(format!("{where_}: no type"))),
        }
        match (
            id.filter(|s| !s.is_empty()),
            secret.filter(|s| !s.is_empty()),
        ) {
            (Some(id), Some(secret)) => Ok(Some(Credentials::new(id, secret))),
            _ => Err(fail(format!(
                "{where_}: access_key_id and access_key_secret are required"
            ))),
        }
    }
}

impl ProvideCredentials for IniFileCredentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        let result = self.load().and_then(|c| {
            c.ok_or_else(|| fail("no credentials file (~/.alibabacloud/credentials)"))
        });
        Box::pin(std::future::ready(result))
    }
}

/// The default chain: environment, then the CLI profile file, then the INI file; the first
/// source that is present is used (a present but broken source is an error, not skipped).
/// Results are cached until shortly before they expire.
#[derive(Debug, Default, Clone)]
pub struct DefaultCredentialsChain {
    cache: Arc<Mutex<Option<Credentials>>>,
}

impl DefaultCredentialsChain {
    fn resolve() -> Result<Credentials, CredentialsError> {
        if let Some(c) = EnvironmentCredentials.load()? {
            return Ok(c);
        }
        if let Some(c) = CliProfileCredentials::default().load()? {
            return Ok(c);
        }
        if let Some(c) = IniFileCredentials::default().load()? {
            return Ok(c);
        }
        Err(fail(
            "none found: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, \
             or create ~/.aliyun/config.json or ~/.alibabacloud/credentials",
        ))
    }
}

impl ProvideCredentials for DefaultCredentialsChain {
    fn provide(&self) -> CredentialsFuture<'_> {
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        let result = match cache.as_ref().filter(|c| !c.stale()) {
            Some(c) => Ok(c.clone()),
            None => Self::resolve().inspect(|c| *cache = Some(c.clone())),
        };
        Box::pin(std::future::ready(result))
    }
}
