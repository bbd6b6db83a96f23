//! The default chain, in the official libraries' order: the environment; an OIDC role when its
//! three variables are set; the CLI profile (unless `ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true`);
//! the INI file; the ECS instance's RAM role (unless `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true`);
//! a credentials URI (when `ALIBABA_CLOUD_CREDENTIALS_URI` is set). The first source that is
//! present is used from then on; a present but broken source is an error naming it and what to
//! fix, never skipped.

use super::instance::{EcsRamRoleCredentials, UriCredentials};
use super::sts::OidcRoleCredentials;
use super::{
    flag, not_found, CliProfileCredentials, CredentialsFuture, Endpoints, EnvironmentCredentials,
    IniFileCredentials, ProvideCredentials, SharedProvider,
};
use crate::error::{CredentialsError, CredentialsErrorKind};
use std::sync::Arc;

/// The default chain (see the module's docs). Which source is used is decided on the first
/// call and kept; the source caches and refreshes its own credentials.
#[derive(Debug, Default, Clone)]
pub struct DefaultCredentialsChain {
    endpoints: Endpoints,
    chosen: Arc<tokio::sync::OnceCell<SharedProvider>>,
}

impl DefaultCredentialsChain {
    pub fn new() -> Self {
        Self::default()
    }

    /// Where the chain's temporary sources send their requests, and their clock: for tests
    /// (the emulator plays STS and the metadata service) and private endpoints.
    pub fn with_endpoints(endpoints: Endpoints) -> Self {
        DefaultCredentialsChain {
            endpoints,
            chosen: Default::default(),
        }
    }

    /// The first source present, as the module says.
    async fn choose(&self) -> Result<SharedProvider, CredentialsError> {
        let e = &self.endpoints;
        if let Some(c) = EnvironmentCredentials.load()? {
            return Ok(Arc::new(c));
        }
        if let Some(oidc) = OidcRoleCredentials::from_env(e) {
            return Ok(Arc::new(oidc));
        }
        if !flag("ALIBABA_CLOUD_CLI_PROFILE_DISABLED") {
            if let Some(p) = CliProfileCredentials::new().endpoints(e.clone()).load()? {
                return Ok(p);
            }
        }
        if let Some(p) = IniFileCredentials::new().endpoints(e.clone()).load()? {
            return Ok(p);
        }
        if !flag("ALIBABA_CLOUD_ECS_METADATA_DISABLED") {
            // Present when the metadata service answers at all: off an ECS instance it cannot
            // be reached, within its short limits.
            let ecs = EcsRamRoleCredentials::new(e);
            match ecs.provide().await {
                Ok(_) => return Ok(Arc::new(ecs)),
                Err(err) if err.kind == CredentialsErrorKind::Unavailable => {}
                Err(err) => return Err(err),
            }
        }
        if let Some(uri) = UriCredentials::from_env(e) {
            return Ok(Arc::new(uri));
        }
        Err(not_found(
            "none found: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET; or \
             ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and \
             ALIBABA_CLOUD_OIDC_TOKEN_FILE; or create ~/.aliyun/config.json or \
             ~/.alibabacloud/credentials; or run on an ECS instance with a RAM role; or set \
             ALIBABA_CLOUD_CREDENTIALS_URI",
        ))
    }
}

impl ProvideCredentials for DefaultCredentialsChain {
    fn provide(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            let chosen = self.chosen.get_or_try_init(|| self.choose()).await?;
            chosen.provide().await
        })
    }
}
