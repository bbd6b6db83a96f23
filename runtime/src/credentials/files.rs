//! The credentials files: the Alibaba Cloud CLI's `config.json` profiles and the shared
//! `credentials` INI file, each naming keys or a way to get temporary credentials (a role,
//! the metadata service, a URI), read as the official credentials libraries read them.

use super::instance::{EcsRamRoleCredentials, UriCredentials};
use super::sts::{OidcRoleCredentials, RamRoleCredentials};
use super::{
    fail, home, not_found, read_if_present, var, Credentials, CredentialsFuture, Endpoints,
    ProvideCredentials, SharedProvider,
};
use crate::error::CredentialsError;
use std::fmt;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// A credentials file and the profile (CLI) or section (INI) to read in it, set with
/// [`path`](Self::path) and [`profile`](Self::profile) or from the variables each format
/// names. Read once, on first use; a temporary source it names then caches and refreshes its
/// own credentials. See [`CliProfileCredentials`] and [`IniFileCredentials`].
#[derive(Debug, Default, Clone)]
pub struct FileCredentials<F> {
    path: Option<PathBuf>,
    profile: Option<String>,
    endpoints: Endpoints,
    resolved: Arc<OnceLock<Result<Option<SharedProvider>, CredentialsError>>>,
    format: PhantomData<F>,
}

/// What differs between the two files: where each is, and how it is read.
pub trait Format: Default + Clone + fmt::Debug + Send + Sync + 'static {
    /// The variable that names the file, and its place under the home folder.
    const VARIABLE: &'static str;
    const HOME_PATH: [&'static str; 2];
    /// The provider the file names for the profile `name` (`None`: the format's default).
    fn provider(
        file: &FileCredentials<Self>,
        path: &Path,
        text: &str,
        name: Option<String>,
    ) -> Result<SharedProvider, CredentialsError>;
}

impl<F: Format> FileCredentials<F> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// Where the temporary sources the file names send their requests, and their clock.
    pub fn endpoints(mut self, endpoints: Endpoints) -> Self {
        self.endpoints = endpoints;
        self
    }

    fn file(&self) -> Option<PathBuf> {
        self.path
            .clone()
            .or_else(|| var(F::VARIABLE).map(PathBuf::from))
            .or_else(|| home().map(|h| h.join(F::HOME_PATH[0]).join(F::HOME_PATH[1])))
    }

    /// The profile's provider; `Ok(None)` when there is no such file.
    pub(super) fn load(&self) -> Result<Option<SharedProvider>, CredentialsError> {
        self.resolved
            .get_or_init(|| {
                let Some((path, text)) = read_if_present(self.file())? else {
                    return Ok(None);
                };
                let name = self
                    .profile
                    .clone()
                    .or_else(|| var("ALIBABA_CLOUD_PROFILE"));
                F::provider(self, &path, &text, name).map(Some)
            })
            .clone()
    }
}

impl<F: Format> ProvideCredentials for FileCredentials<F> {
    fn provide(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            match self.load()? {
                Some(p) => p.provide().await,
                None => Err(not_found(format!(
                    "no credentials file ({} or ~/{}/{})",
                    F::VARIABLE,
                    F::HOME_PATH[0],
                    F::HOME_PATH[1]
                ))),
            }
        })
    }
}

/// The Alibaba Cloud CLI's profile file: `ALIBABA_CLOUD_CONFIG_FILE`, else
/// `~/.aliyun/config.json`; the profile named by `ALIBABA_CLOUD_PROFILE`, else the file's
/// `current` profile. Modes: `AK`, `StsToken`, `RamRoleArn`, `ChainableRamRoleArn` (a role
/// assumed with another profile's credentials), `EcsRamRole`, `OIDC`, `CredentialsURI`. The
/// modes that sign in through a browser (`CloudSSO`, `OAuth`) are not supported: an error says
/// so. The profile is read once; a role's credentials are then cached and refreshed.
pub type CliProfileCredentials = FileCredentials<CliProfile>;

/// The CLI's `config.json` (see [`CliProfileCredentials`]).
#[derive(Debug, Default, Clone)]
pub struct CliProfile;

impl Format for CliProfile {
    const VARIABLE: &'static str = "ALIBABA_CLOUD_CONFIG_FILE";
    const HOME_PATH: [&'static str; 2] = [".aliyun", "config.json"];

    fn provider(
        file: &CliProfileCredentials,
        path: &Path,
        text: &str,
        name: Option<String>,
    ) -> Result<SharedProvider, CredentialsError> {
        let doc: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| fail(format!("{}: not JSON: {e}", path.display())))?;
        let name = name
            .or_else(|| doc["current"].as_str().map(str::to_owned))
            .unwrap_or_else(|| "default".to_owned());
        file.profile_provider(path, &doc, &name, 0)
    }
}

impl CliProfileCredentials {
    /// The provider of profile `name`; `depth` counts the `ChainableRamRoleArn` steps so far.
    fn profile_provider(
        &self,
        path: &Path,
        doc: &serde_json::Value,
        name: &str,
        depth: usize,
    ) -> Result<SharedProvider, CredentialsError> {
        let profile = doc["profiles"]
            .as_array()
            .and_then(|ps| ps.iter().find(|p| p["name"].as_str() == Some(name)))
            .ok_or_else(|| fail(format!("{}: no profile named {name:?}", path.display())))?;
        let text = |key: &str| {
            profile[key]
                .as_str()
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let field = |key: &str| -> Result<String, CredentialsError> {
            text(key)
                .ok_or_else(|| fail(format!("{}: profile {name:?} has no {key}", path.display())))
        };
        let keys = || -> Result<Credentials, CredentialsError> {
            Ok(Credentials::new(
                field("access_key_id")?,
                field("access_key_secret")?,
            ))
        };
        let mode = profile["mode"].as_str().unwrap_or("AK");
        let role = |source: SharedProvider| -> Result<SharedProvider, CredentialsError> {
            let mut r =
                RamRoleCredentials::with_endpoints(source, field("ram_role_arn")?, &self.endpoints);
            if let Some(s) = text("ram_session_name") {
                r = r.session_name(s);
            }
            if let Some(d) = profile["expired_seconds"].as_u64() {
                r = r.duration_seconds(d);
            }
            if let Some(p) = text("policy") {
                r = r.policy(p);
            }
            if let Some(id) = text("external_id") {
                r = r.external_id(id);
            }
            if let Some(region) = text("sts_region").filter(|_| self.endpoints.sts.is_none()) {
                let prefix = if profile["enable_vpc"].as_bool() == Some(true) {
                    "sts-vpc"
                } else {
                    "sts"
                };
                r = r.sts_endpoint(format!("{prefix}.{region}.aliyuncs.com"));
            }
            Ok(Arc::new(r))
        };
        Ok(match mode {
            "AK" => Arc::new(keys()?),
            "StsToken" => Arc::new(keys()?.with_security_token(field("sts_token")?)),
            "RamRoleArn" => role(Arc::new(keys()?))?,
            "ChainableRamRoleArn" => {
                if depth >= 8 {
                    return Err(fail(format!(
                        "{}: profile {name:?}: source_profile chains more than 8 deep (a loop?)",
                        path.display()
                    )));
                }
                let source =
                    self.profile_provider(path, doc, &field("source_profile")?, depth + 1)?;
                role(source)?
            }
            "EcsRamRole" => {
                let mut e = EcsRamRoleCredentials::new(&self.endpoints);
                if let Some(r) = text("ram_role_name") {
                    e = e.role_name(r);
                }
                Arc::new(e)
            }
            "OIDC" => {
                let mut o = OidcRoleCredentials::new(
                    field("ram_role_arn")?,
                    field("oidc_provider_arn")?,
                    field("oidc_token_file")?,
                    &self.endpoints,
                );
                if let Some(s) = text("role_session_name") {
                    o = o.session_name(s);
                }
                if let Some(d) = profile["expired_seconds"].as_u64() {
                    o = o.duration_seconds(d);
                }
                if let Some(p) = text("policy") {
                    o = o.policy(p);
                }
                Arc::new(o)
            }
            "CredentialsURI" => Arc::new(UriCredentials::new(
                field("credentials_uri")?,
                &self.endpoints,
            )),
            "CloudSSO" | "OAuth" => {
                return Err(fail(format!(
                    "{}: profile {name:?} has mode {mode}, which signs in through a browser and is \
                     not supported here: run `aliyun configure` with another mode, or use a RAM \
                     role",
                    path.display()
                )))
            }
            other => {
                return Err(fail(format!(
                    "{}: profile {name:?} has mode {other:?}; supported modes are AK, StsToken, \
                     RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC and CredentialsURI",
                    path.display()
                )))
            }
        })
    }
}

/// The shared credentials INI file: `ALIBABA_CLOUD_CREDENTIALS_FILE`, else
/// `~/.alibabacloud/credentials`; the section named by `ALIBABA_CLOUD_PROFILE`, else
/// `default`. Types: `access_key` (`access_key_id`, `access_key_secret`), `ram_role_arn` (the
/// same, with `role_arn`, optional `role_session_name` and `policy`), `ecs_ram_role`
/// (optional `role_name`), `oidc_role_arn` (`role_arn`, `oidc_provider_arn`,
/// `oidc_token_file_path`, optional `role_session_name` and `policy`), `credentials_uri`
/// (`credentials_uri`). Read once; a role's credentials are then cached and refreshed.
pub type IniFileCredentials = FileCredentials<IniFile>;

/// The shared `credentials` INI file (see [`IniFileCredentials`]).
#[derive(Debug, Default, Clone)]
pub struct IniFile;

impl Format for IniFile {
    const VARIABLE: &'static str = "ALIBABA_CLOUD_CREDENTIALS_FILE";
    const HOME_PATH: [&'static str; 2] = [".alibabacloud", "credentials"];

    fn provider(
        file: &IniFileCredentials,
        path: &Path,
        text: &str,
        name: Option<String>,
    ) -> Result<SharedProvider, CredentialsError> {
        let name = name.unwrap_or_else(|| "default".into());
        let mut in_section = false;
        let mut found = false;
        let mut keys: Vec<(String, String)> = Vec::new();
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
                continue;
            }
            if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                in_section = section.trim() == name;
                found |= in_section;
                continue;
            }
            if in_section {
                if let Some((k, v)) = line.split_once('=') {
                    keys.push((k.trim().to_owned(), v.trim().trim_matches('"').to_owned()));
                }
            }
        }
        let where_ = format!("{} [{name}]", path.display());
        if !found {
            return Err(fail(format!("{}: no section [{name}]", path.display())));
        }
        let text = |key: &str| {
            keys.iter()
                .rev()
                .find(|(k, v)| k == key && !v.is_empty())
                .map(|(_, v)| v.clone())
        };
        let field = |key: &str| text(key).ok_or_else(|| fail(format!("{where_}: no {key}")));
        let access_key = || -> Result<Credentials, CredentialsError> {
            match (text("access_key_id"), text("access_key_secret")) {
                (Some(id), Some(secret)) => Ok(Credentials::new(id, secret)),
                _ => Err(fail(format!(
                    "{where_}: access_key_id and access_key_secret are required"
                ))),
            }
        };
        let kind = text("type").ok_or_else(|| fail(format!("{where_}: no type")))?;
        Ok(match kind.as_str() {
            "access_key" => Arc::new(access_key()?),
            "ram_role_arn" => {
                let mut r = RamRoleCredentials::with_endpoints(
                    Arc::new(access_key()?),
                    field("role_arn")?,
                    &file.endpoints,
                );
                if let Some(s) = text("role_session_name") {
                    r = r.session_name(s);
                }
                if let Some(p) = text("policy") {
                    r = r.policy(p);
                }
                Arc::new(r)
            }
            "ecs_ram_role" => {
                let mut e = EcsRamRoleCredentials::new(&file.endpoints);
                if let Some(r) = text("role_name") {
                    e = e.role_name(r);
                }
                Arc::new(e)
            }
            "oidc_role_arn" => {
                let mut o = OidcRoleCredentials::new(
                    field("role_arn")?,
                    field("oidc_provider_arn")?,
                    field("oidc_token_file_path")?,
                    &file.endpoints,
                );
                if let Some(s) = text("role_session_name") {
                    o = o.session_name(s);
                }
                if let Some(p) = text("policy") {
                    o = o.policy(p);
                }
                Arc::new(o)
            }
            "credentials_uri" => Arc::new(UriCredentials::new(
                field("credentials_uri")?,
                &file.endpoints,
            )),
            other => {
                return Err(fail(format!(
                    "{where_}: type {other:?} is not supported; use access_key, ram_role_arn, \
                     ecs_ram_role, oidc_role_arn or credentials_uri"
                )))
            }
        })
    }
}
