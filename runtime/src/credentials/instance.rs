//! Credentials the place a program runs on hands out: the ECS instance's RAM role from the
//! metadata service ([`EcsRamRoleCredentials`]), and a credentials URI
//! ([`UriCredentials`], `ALIBABA_CLOUD_CREDENTIALS_URI`). Both are cached by [`Refreshing`].

use super::cache::{Fetch, Refreshing};
use super::fetch::{base_url, exchange, invalid, json_answer, temporary, unavailable};
use super::{flag, var, Credentials, CredentialsFuture, Endpoints, ProvideCredentials};
use crate::error::{CredentialsError, CredentialsErrorKind};
use bytes::Bytes;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// The metadata service's address on every ECS instance.
pub const METADATA_SERVICE: &str = "http://100.100.100.200";
/// Short limits, as the official libraries set them: a machine that is not an ECS instance
/// must not stall the chain.
const METADATA_TIMEOUTS: (Duration, Duration) = (Duration::from_secs(1), Duration::from_secs(1));
const CREDENTIALS_PATH: &str = "/latest/meta-data/ram/security-credentials/";
/// How long a metadata session token is asked to last (the official libraries' 6 hours).
const TOKEN_TTL_SECONDS: &str = "21600";

/// The RAM role attached to the ECS instance, from its metadata service: the hardened mode
/// first (a session token from `PUT /latest/api/token`, sent as
/// `X-aliyun-ecs-metadata-token`), falling back to the plain mode unless
/// `ALIBABA_CLOUD_IMDSV1_DISABLED=true`; the role named by `ALIBABA_CLOUD_ECS_METADATA`, else
/// discovered. `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true` turns it off in the default chain.
pub struct EcsRamRoleCredentials {
    inner: Refreshing<Metadata>,
}

#[derive(Debug)]
struct Metadata {
    base: String,
    role: Option<String>,
    hardened_only: bool,
}

impl fmt::Debug for EcsRamRoleCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("EcsRamRoleCredentials")
            .field(&self.inner)
            .finish()
    }
}

impl EcsRamRoleCredentials {
    /// The metadata service of `endpoints` (by default [`METADATA_SERVICE`]), the role and the
    /// mode from the variables above.
    pub fn new(endpoints: &Endpoints) -> Self {
        EcsRamRoleCredentials {
            inner: Refreshing::new(
                Metadata {
                    base: base_url(endpoints.metadata.as_deref().unwrap_or(METADATA_SERVICE)),
                    role: var("ALIBABA_CLOUD_ECS_METADATA"),
                    hardened_only: flag("ALIBABA_CLOUD_IMDSV1_DISABLED"),
                },
                endpoints.clock.clone(),
            ),
        }
    }

    /// The role to ask for, instead of discovering it.
    pub fn role_name(mut self, role: impl Into<String>) -> Self {
        self.inner.source.role = Some(role.into());
        self
    }

    /// Refuse the plain mode: fail when no session token can be had.
    pub fn hardened_only(mut self, on: bool) -> Self {
        self.inner.source.hardened_only = on;
        self
    }
}

impl Metadata {
    /// A session token for the hardened mode; `None` to go on in the plain mode.
    async fn token(&self) -> Result<Option<String>, CredentialsError> {
        let request = http::Request::put(format!("{}/latest/api/token", self.base))
            .header("X-aliyun-ecs-metadata-token-ttl-seconds", TOKEN_TTL_SECONDS)
            .body(Bytes::new())
            .map_err(|e| invalid(format!("the metadata service address: {e}")))?;
        let what = "the ECS metadata service (session token)";
        let answer = exchange(request, METADATA_TIMEOUTS, what)
            .await
            .and_then(|(status, body)| {
                if status == 200 {
                    String::from_utf8(body).map_err(|_| invalid(format!("{what}: not text")))
                } else {
                    Err(CredentialsError::new(
                        CredentialsErrorKind::Refused,
                        format!("{what} answered HTTP {status}"),
                    ))
                }
            });
        match answer {
            Ok(token) => Ok(Some(token)),
            Err(e) if self.hardened_only => Err(CredentialsError {
                message: format!(
                    "{} (ALIBABA_CLOUD_IMDSV1_DISABLED forbids the plain mode)",
                    e.message
                ),
                ..e
            }),
            // An unreachable service stays unreachable in the plain mode: say so now.
            Err(e) if e.kind == CredentialsErrorKind::Unavailable => Err(e),
            Err(_) => Ok(None),
        }
    }

    async fn get(
        &self,
        path: &str,
        token: Option<&str>,
    ) -> Result<(u16, Vec<u8>), CredentialsError> {
        let mut request = http::Request::get(format!("{}{path}", self.base));
        if let Some(t) = token {
            request = request.header("X-aliyun-ecs-metadata-token", t);
        }
        let request = request
            .body(Bytes::new())
            .map_err(|e| invalid(format!("the metadata service address: {e}")))?;
        exchange(request, METADATA_TIMEOUTS, "the ECS metadata service").await
    }
}

impl Fetch for Metadata {
    fn source(&self) -> String {
        "the ECS metadata service".to_owned()
    }

    fn fetch(
        &self,
    ) -> Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + '_>> {
        Box::pin(async move {
            let what = self.source();
            let token = self.token().await?;
            let role = match &self.role {
                Some(r) => r.clone(),
                None => {
                    let (status, body) = self.get(CREDENTIALS_PATH, token.as_deref()).await?;
                    if status != 200 {
                        return Err(CredentialsError::new(
                            CredentialsErrorKind::Refused,
                            format!("{what} answered HTTP {status} when asked for the role name: is a RAM role attached to the instance?"),
                        ));
                    }
                    let name = String::from_utf8(body).unwrap_or_default();
                    let name = name.trim();
                    if name.is_empty() {
                        return Err(invalid(format!(
                            "{what}: no RAM role is attached to the instance"
                        )));
                    }
                    name.to_owned()
                }
            };
            let path = format!("{CREDENTIALS_PATH}{role}");
            let answer = json_answer(self.get(&path, token.as_deref()).await?, &what)?;
            if answer["Code"].as_str() != Some("Success") {
                return Err(unavailable(format!(
                    "{what} answered Code {:?} for role {role}",
                    answer["Code"].as_str().unwrap_or_default()
                )));
            }
            temporary(&answer, &what)
        })
    }
}

impl ProvideCredentials for EcsRamRoleCredentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        self.inner.provide()
    }
}

/// Credentials from a URI that answers `{"Code": "Success", "AccessKeyId", "AccessKeySecret",
/// "SecurityToken", "Expiration"}`: `ALIBABA_CLOUD_CREDENTIALS_URI` ([`from_env`](Self::from_env)),
/// or given.
pub struct UriCredentials {
    inner: Refreshing<Uri>,
}

struct Uri {
    uri: String,
}

// The URI may carry a token of its own in its query: only its origin is shown.
impl fmt::Debug for Uri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Uri")
            .field("uri", &origin(&self.uri))
            .finish()
    }
}

impl fmt::Debug for UriCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("UriCredentials").field(&self.inner).finish()
    }
}

/// `scheme://host:port` of a URI, without its path and query.
fn origin(uri: &str) -> &str {
    let start = uri.find("://").map_or(0, |i| i + 3);
    let end = uri[start..]
        .find(['/', '?'])
        .map_or(uri.len(), |i| start + i);
    &uri[..end]
}

impl UriCredentials {
    pub fn new(uri: impl Into<String>, endpoints: &Endpoints) -> Self {
        UriCredentials {
            inner: Refreshing::new(Uri { uri: uri.into() }, endpoints.clock.clone()),
        }
    }

    /// From `ALIBABA_CLOUD_CREDENTIALS_URI`, when set.
    pub fn from_env(endpoints: &Endpoints) -> Option<Self> {
        var("ALIBABA_CLOUD_CREDENTIALS_URI").map(|u| Self::new(u, endpoints))
    }
}

impl Fetch for Uri {
    fn source(&self) -> String {
        format!("the credentials URI {}", origin(&self.uri))
    }

    fn fetch(
        &self,
    ) -> Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + '_>> {
        Box::pin(async move {
            let what = self.source();
            let request = http::Request::get(self.uri.as_str())
                .header("accept", "application/json")
                .body(Bytes::new())
                .map_err(|e| invalid(format!("{what}: not a URI: {e}")))?;
            let timeouts = (Duration::from_secs(5), Duration::from_secs(10));
            let answer = json_answer(exchange(request, timeouts, &what).await?, &what)?;
            if answer["Code"].as_str() != Some("Success") {
                return Err(unavailable(format!(
                    "{what} answered Code {:?}",
                    answer["Code"].as_str().unwrap_or_default()
                )));
            }
            temporary(&answer, &what)
        })
    }
}

impl ProvideCredentials for UriCredentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        self.inner.provide()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_uri_shows_only_its_origin() {
        assert_eq!(
            super::origin("http://127.0.0.1:8080/creds?token=s3cret"),
            "http://127.0.0.1:8080"
        );
        assert_eq!(super::origin("https://host"), "https://host");
    }
}
