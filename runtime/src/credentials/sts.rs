//! RAM roles through STS, as the official credentials libraries assume them:
//! [`RamRoleCredentials`] (`AssumeRole`, signed with the source credentials' legacy HMAC-SHA1
//! signature, from any provider: keys, or another role, which chains them) and
//! [`OidcRoleCredentials`] (`AssumeRoleWithOIDC`, unsigned, with the token file ACK's RRSA
//! mounts and rotates, read again at every refresh). Both are cached by [`Refreshing`].

use super::cache::{Fetch, Refreshing};
use super::fetch::{base_url, exchange, invalid, json_answer, temporary, unix};
use super::{
    flag, var, Credentials, CredentialsFuture, Endpoints, ProvideCredentials, SharedProvider,
};
use crate::error::CredentialsError;
use crate::sign;
use bytes::Bytes;
use std::fmt;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

const VERSION: &str = "2015-04-01";
/// The official libraries' limits for STS: 5 s to connect, 10 s to read.
const TIMEOUTS: (Duration, Duration) = (Duration::from_secs(5), Duration::from_secs(10));

/// The STS endpoint: given, else `sts[-vpc].<ALIBABA_CLOUD_STS_REGION>.aliyuncs.com`
/// (`-vpc` when `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true`), else `sts.aliyuncs.com`.
pub fn sts_endpoint(given: Option<&str>) -> String {
    if let Some(e) = given.filter(|e| !e.is_empty()) {
        return base_url(e);
    }
    let prefix = if flag("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED") {
        "sts-vpc"
    } else {
        "sts"
    };
    match var("ALIBABA_CLOUD_STS_REGION") {
        Some(region) => format!("https://{prefix}.{region}.aliyuncs.com"),
        None => "https://sts.aliyuncs.com".to_owned(),
    }
}

/// What both role kinds take: the role, the session, its duration and policy.
#[derive(Clone, Debug)]
struct Role {
    arn: String,
    session_name: String,
    duration_seconds: u64,
    policy: Option<String>,
    endpoint: String,
}

impl Role {
    fn new(arn: String, endpoints: &Endpoints) -> Role {
        Role {
            arn,
            // As the official libraries name an unset session: the tool and the time.
            session_name: var("ALIBABA_CLOUD_ROLE_SESSION_NAME").unwrap_or_else(|| {
                format!("alicloud-migration-{}", unix(std::time::SystemTime::now()))
            }),
            duration_seconds: 3600,
            policy: None,
            endpoint: sts_endpoint(endpoints.sts.as_deref()),
        }
    }

    fn check(&self, what: &str) -> Result<(), CredentialsError> {
        if self.arn.is_empty() {
            return Err(invalid(format!("{what}: the role ARN is empty")));
        }
        if self.duration_seconds < 900 {
            return Err(invalid(format!(
                "{what}: DurationSeconds is {}, less than the 900 STS takes",
                self.duration_seconds
            )));
        }
        Ok(())
    }

    /// The parameters both actions send.
    fn params(&self, action: &str) -> Vec<(String, String)> {
        let mut p = vec![
            ("Action".to_owned(), action.to_owned()),
            ("Format".to_owned(), "JSON".to_owned()),
            ("Version".to_owned(), VERSION.to_owned()),
            ("Timestamp".to_owned(), now_timestamp()),
            (
                "DurationSeconds".to_owned(),
                self.duration_seconds.to_string(),
            ),
            ("RoleArn".to_owned(), self.arn.clone()),
            ("RoleSessionName".to_owned(), self.session_name.clone()),
        ];
        if let Some(policy) = &self.policy {
            p.push(("Policy".to_owned(), policy.clone()));
        }
        p
    }
}

fn now_timestamp() -> String {
    sign::utc_timestamp(unix(std::time::SystemTime::now()))
}

/// The credentials of STS's answer: `Credentials.{AccessKeyId, ...}`.
async fn assume(
    request: http::Request<Bytes>,
    what: &str,
) -> Result<Credentials, CredentialsError> {
    let answer = json_answer(exchange(request, TIMEOUTS, what).await?, what)?;
    temporary(&answer["Credentials"], what)
}

/// A role assumed with `AssumeRole`, signed with the credentials of another provider.
///
/// ```no_run
/// # use alicloud_migration_runtime::{Credentials, RamRoleCredentials};
/// let role = RamRoleCredentials::new(
///     Credentials::new("<access key id>", "<access key secret>"),
///     "acs:ram::123456789012****:role/migration",
/// )
/// .session_name("nightly-import")
/// .duration_seconds(3600);
/// ```
pub struct RamRoleCredentials {
    inner: Refreshing<AssumeRole>,
}

struct AssumeRole {
    source: SharedProvider,
    role: Role,
    external_id: Option<String>,
}

impl fmt::Debug for AssumeRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AssumeRole")
            .field("role_arn", &self.role.arn)
            .field("session_name", &self.role.session_name)
            .field("endpoint", &self.role.endpoint)
            .field("source", &self.source)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for RamRoleCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("RamRoleCredentials")
            .field(&self.inner)
            .finish()
    }
}

impl RamRoleCredentials {
    /// The role `role_arn`, assumed with the credentials `source` provides (keys, or another
    /// role: chaining). STS from [`sts_endpoint`]; session name from
    /// `ALIBABA_CLOUD_ROLE_SESSION_NAME`, else generated; 3600 s.
    pub fn new(source: impl ProvideCredentials + 'static, role_arn: impl Into<String>) -> Self {
        Self::with_endpoints(Arc::new(source), role_arn.into(), &Endpoints::default())
    }

    /// As [`new`](Self::new), with STS and the clock from `endpoints`.
    pub fn with_endpoints(source: SharedProvider, role_arn: String, endpoints: &Endpoints) -> Self {
        RamRoleCredentials {
            inner: Refreshing::new(
                AssumeRole {
                    source,
                    role: Role::new(role_arn, endpoints),
                    external_id: None,
                },
                endpoints.clock.clone(),
            ),
        }
    }

    pub fn session_name(mut self, name: impl Into<String>) -> Self {
        self.inner.source.role.session_name = name.into();
        self
    }

    /// How long the role's credentials last: at least 900 s, at most the role's maximum.
    pub fn duration_seconds(mut self, seconds: u64) -> Self {
        self.inner.source.role.duration_seconds = seconds;
        self
    }

    /// A policy (JSON text) that narrows the role's permissions for this session.
    pub fn policy(mut self, policy: impl Into<String>) -> Self {
        self.inner.source.role.policy = Some(policy.into());
        self
    }

    /// The external ID the role's trust policy asks for.
    pub fn external_id(mut self, id: impl Into<String>) -> Self {
        self.inner.source.external_id = Some(id.into());
        self
    }

    /// The STS endpoint: a host (HTTPS) or a URL.
    pub fn sts_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.inner.source.role.endpoint = base_url(&endpoint.into());
        self
    }

    /// The request this provider sends, signed with `source`: for tests that check the
    /// signature with the vendor's own signer.
    pub fn signed_request(&self, source: &Credentials) -> http::Request<Bytes> {
        self.inner.source.request(source)
    }
}

impl AssumeRole {
    fn request(&self, source: &Credentials) -> http::Request<Bytes> {
        let mut params = self.role.params("AssumeRole");
        if let Some(id) = &self.external_id {
            params.push(("ExternalId".to_owned(), id.clone()));
        }
        params.extend([
            ("AccessKeyId".to_owned(), source.access_key_id().to_owned()),
            ("SignatureMethod".to_owned(), "HMAC-SHA1".to_owned()),
            ("SignatureVersion".to_owned(), "1.0".to_owned()),
            ("SignatureNonce".to_owned(), crate::random::nonce()),
        ]);
        if let Some(token) = source.security_token() {
            params.push(("SecurityToken".to_owned(), token.to_owned()));
        }
        let signature = sign::rpc_signature("GET", &params, source.access_key_secret());
        params.push(("Signature".to_owned(), signature));
        let url = format!("{}/?{}", self.role.endpoint, sign::form_encode(&params));
        http::Request::get(url)
            .header("accept", "application/json")
            .body(Bytes::new())
            .expect("a URL made of a valid base and encoded pairs")
    }
}

impl Fetch for AssumeRole {
    fn source(&self) -> String {
        format!("AssumeRole of {}", self.role.arn)
    }

    fn fetch(
        &self,
    ) -> Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + '_>> {
        Box::pin(async move {
            let what = self.source();
            self.role.check(&what)?;
            let source = self.source.provide().await.map_err(|e| CredentialsError {
                message: format!("{what}: its source credentials: {}", e.message),
                ..e
            })?;
            assume(self.request(&source), &what).await
        })
    }
}

impl ProvideCredentials for RamRoleCredentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        self.inner.provide()
    }
}

/// A role assumed with `AssumeRoleWithOIDC`, as ACK's RRSA sets it up: from
/// `ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_OIDC_PROVIDER_ARN` and
/// `ALIBABA_CLOUD_OIDC_TOKEN_FILE` ([`from_env`](Self::from_env)), or given. The token file is
/// read at every refresh: the platform rotates it. The request is not signed, as STS expects.
pub struct OidcRoleCredentials {
    inner: Refreshing<AssumeRoleWithOidc>,
}

struct AssumeRoleWithOidc {
    role: Role,
    provider_arn: String,
    token_file: PathBuf,
}

impl fmt::Debug for AssumeRoleWithOidc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AssumeRoleWithOidc")
            .field("role_arn", &self.role.arn)
            .field("provider_arn", &self.provider_arn)
            .field("token_file", &self.token_file)
            .field("endpoint", &self.role.endpoint)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for OidcRoleCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("OidcRoleCredentials")
            .field(&self.inner)
            .finish()
    }
}

impl OidcRoleCredentials {
    pub fn new(
        role_arn: impl Into<String>,
        provider_arn: impl Into<String>,
        token_file: impl Into<PathBuf>,
        endpoints: &Endpoints,
    ) -> Self {
        OidcRoleCredentials {
            inner: Refreshing::new(
                AssumeRoleWithOidc {
                    role: Role::new(role_arn.into(), endpoints),
                    provider_arn: provider_arn.into(),
                    token_file: token_file.into(),
                },
                endpoints.clock.clone(),
            ),
        }
    }

    /// From the three variables, when all are set (`None` otherwise: the source is absent).
    pub fn from_env(endpoints: &Endpoints) -> Option<Self> {
        Some(Self::new(
            var("ALIBABA_CLOUD_ROLE_ARN")?,
            var("ALIBABA_CLOUD_OIDC_PROVIDER_ARN")?,
            var("ALIBABA_CLOUD_OIDC_TOKEN_FILE")?,
            endpoints,
        ))
    }

    pub fn session_name(mut self, name: impl Into<String>) -> Self {
        self.inner.source.role.session_name = name.into();
        self
    }

    pub fn duration_seconds(mut self, seconds: u64) -> Self {
        self.inner.source.role.duration_seconds = seconds;
        self
    }

    pub fn policy(mut self, policy: impl Into<String>) -> Self {
        self.inner.source.role.policy = Some(policy.into());
        self
    }
}

impl Fetch for AssumeRoleWithOidc {
    fn source(&self) -> String {
        format!("AssumeRoleWithOIDC of {}", self.role.arn)
    }

    fn fetch(
        &self,
    ) -> Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + '_>> {
        Box::pin(async move {
            let what = self.source();
            self.role.check(&what)?;
            let token = std::fs::read_to_string(&self.token_file).map_err(|e| {
                invalid(format!(
                    "{what}: the OIDC token file {}: {e}",
                    self.token_file.display()
                ))
            })?;
            let token = token.trim();
            if token.is_empty() {
                return Err(invalid(format!(
                    "{what}: the OIDC token file {} is empty",
                    self.token_file.display()
                )));
            }
            // The protocol parameters in the query, the role and the token in a form body: a
            // token is a long JWT that has no business in a URL.
            let mut query = self.role.params("AssumeRoleWithOIDC");
            let mut body = query.split_off(4);
            body.push(("OIDCProviderArn".to_owned(), self.provider_arn.clone()));
            body.push(("OIDCToken".to_owned(), token.to_owned()));
            let url = format!("{}/?{}", self.role.endpoint, sign::form_encode(&query));
            let request = http::Request::post(url)
                .header("accept", "application/json")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Bytes::from(sign::form_encode(&body)))
                .expect("a URL made of a valid base and encoded pairs");
            assume(request, &what).await
        })
    }
}

impl ProvideCredentials for OidcRoleCredentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        self.inner.provide()
    }
}
