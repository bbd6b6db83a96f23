//! Client configuration: region, endpoint, credentials, timeouts, retries. Plain settings:
//! nothing here does I/O or builds an HTTP client.

use crate::credentials::{DefaultCredentialsChain, ProvideCredentials};
use std::fmt;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// How long a call may take. Defaults: connect 5 s and read 10 s (as the vendor's SDKs), 30 s
/// per attempt, 120 s per call.
///
/// `connect` and `read` alone cannot bound a call: a server that trickles its answer a byte
/// at a time never leaves a read waiting for long. `attempt` bounds each attempt from
/// connecting to the last byte of the answer, and `call` the whole call, retries and backoff
/// included; a retry that could not finish in time is not started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// The longest a TCP and TLS connection may take to set up.
    pub connect: Duration,
    /// The longest to wait for the response to start, and between parts of its body.
    pub read: Duration,
    /// The longest one attempt may take, from connecting to the end of the answer.
    pub attempt: Duration,
    /// The longest the whole call may take: every attempt, and the waits between them.
    pub call: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        // Three 30 s attempts and their backoff (at most 10 s each) fit in the call's 120 s,
        // so the default call limit never cuts the default retry schedule short.
        Timeouts {
            connect: Duration::from_secs(5),
            read: Duration::from_secs(10),
            attempt: Duration::from_secs(30),
            call: Duration::from_secs(120),
        }
    }
}

/// When and how often to retry. Retried: throttling codes and codes the spec marks
/// retryable (always); network failures and HTTP 5xx (for idempotent operations, and for
/// failures to connect, where nothing was sent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 1 turns retries off. Default 3.
    pub max_attempts: u32,
    /// The backoff before the second attempt; it doubles each time, with full jitter.
    pub initial_backoff: Duration,
    pub max_backoff: Duration,
    /// A server-requested delay (`x-acs-retry-after`) longer than this is not waited for:
    /// the error is returned instead.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// One attempt only.
    pub fn none() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }
}

/// Why a configuration could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigError {
    /// Neither a region nor an endpoint was given.
    MissingRegion,
    /// The endpoint is not `host`, `host:port`, `https://host[:port]` or `http://host[:port]`.
    InvalidEndpoint(String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::MissingRegion => write!(
                f,
                "no region: set ALIBABA_CLOUD_REGION_ID or call ConfigBuilder::region (or give an endpoint)"
            ),
            ConfigError::InvalidEndpoint(e) => write!(f, "invalid endpoint {e:?}: expected host[:port], optionally after https:// or http://"),
        }
    }
}

impl std::error::Error for ConfigError {}

/// Everything product clients share. Cheap to clone; clients made from one `Config` share
/// its connection pool.
#[derive(Clone)]
pub struct Config {
    pub(crate) region: Option<String>,
    pub(crate) endpoint: Option<Endpoint>,
    pub(crate) credentials: Arc<dyn ProvideCredentials>,
    pub(crate) timeouts: Timeouts,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: usize,
    pub(crate) max_connections_per_host: usize,
    /// The connection pool every client made from this `Config` shares. Configuration only
    /// holds it: the transport builds it, when the first client is made.
    pub(crate) http: Arc<OnceLock<Result<crate::transport::Http, String>>>,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("region", &self.region)
            .field("endpoint", &self.endpoint)
            .field("credentials", &self.credentials)
            .field("timeouts", &self.timeouts)
            .field("retry", &self.retry)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("max_connections_per_host", &self.max_connections_per_host)
            .finish_non_exhaustive()
    }
}

/// An explicit endpoint: scheme and authority.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Endpoint {
    pub https: bool,
    pub authority: String,
}

impl Endpoint {
    pub fn parse(s: &str) -> Result<Endpoint, ConfigError> {
        let bad = || ConfigError::InvalidEndpoint(s.to_owned());
        let (https, rest) = match s.split_once("://") {
            Some(("https", rest)) => (true, rest),
            Some(("http", rest)) => (false, rest),
            Some(_) => return Err(bad()),
            None => (true, s),
        };
        let authority = rest.trim_end_matches('/');
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) if !h.ends_with(']') && !h.contains(':') => (h, Some(p)),
            _ => (authority, None),
        };
        let host_ok = !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '[' | ']' | ':'));
        let port_ok = port.is_none_or(|p| p.parse::<u16>().is_ok());
        if !host_ok || !port_ok {
            return Err(bad());
        }
        // The default port is not sent in Host, so it is not signed either.
        let authority = match (https, port) {
            (true, Some("443")) | (false, Some("80")) => host.to_owned(),
            _ => authority.to_owned(),
        };
        Ok(Endpoint { https, authority })
    }
}

impl Config {
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// Region from `ALIBABA_CLOUD_REGION_ID`, credentials from the default chain
    /// (environment, `~/.aliyun/config.json`, `~/.alibabacloud/credentials`), read when the
    /// first request is made. An endpoint may be forced with `ALIBABA_CLOUD_ENDPOINT`.
    pub fn from_env() -> Result<Config, ConfigError> {
        let mut b = Config::builder();
        if let Ok(region) = std::env::var("ALIBABA_CLOUD_REGION_ID") {
            b = b.region(region);
        }
        if let Ok(endpoint) = std::env::var("ALIBABA_CLOUD_ENDPOINT") {
            b = b.endpoint(endpoint);
        }
        b.build()
    }

    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }
}

/// The connections a configuration's clients open to one host at most, unless
/// [`ConfigBuilder::max_connections_per_host`] says otherwise: enough for 64 calls in flight
/// to one endpoint, well under the common limit of 1,024 open files.
pub const DEFAULT_MAX_CONNECTIONS_PER_HOST: usize = 64;

/// Builds a [`Config`].
#[derive(Debug, Default)]
pub struct ConfigBuilder {
    region: Option<String>,
    endpoint: Option<String>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    timeouts: Timeouts,
    retry: RetryPolicy,
    max_response_bytes: Option<usize>,
    max_connections_per_host: Option<usize>,
}

impl ConfigBuilder {
    /// The region, e.g. `cn-hangzhou`: picks each product's endpoint.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into()).filter(|r: &String| !r.is_empty());
        self
    }

    /// Sends every request to this endpoint instead (`host`, `host:port`, or with
    /// `https://`/`http://`; plain HTTP only when written out).
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into()).filter(|e: &String| !e.is_empty());
        self
    }

    /// Where credentials come from; default: [`DefaultCredentialsChain`].
    pub fn credentials(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.credentials = Some(Arc::new(provider));
        self
    }

    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The largest response body accepted; default 16 MiB.
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = Some(bytes);
        self
    }

    /// The most connections the clients of this configuration open to one host; default
    /// [`DEFAULT_MAX_CONNECTIONS_PER_HOST`]. Calls beyond it wait, within their attempt's time
    /// limit, for a connection to come free instead of opening more; idle connections close
    /// after 60 s. (0 is taken as 1.)
    pub fn max_connections_per_host(mut self, max: usize) -> Self {
        self.max_connections_per_host = Some(max.max(1));
        self
    }

    pub fn build(self) -> Result<Config, ConfigError> {
        let endpoint = self.endpoint.as_deref().map(Endpoint::parse).transpose()?;
        if self.region.is_none() && endpoint.is_none() {
            return Err(ConfigError::MissingRegion);
        }
        Ok(Config {
            region: self.region,
            endpoint,
            credentials: self
                .credentials
                .unwrap_or_else(|| Arc::new(DefaultCredentialsChain::default())),
            timeouts: self.timeouts,
            retry: self.retry,
            max_response_bytes: self.max_response_bytes.unwrap_or(16 << 20),
            max_connections_per_host: self
                .max_connections_per_host
                .unwrap_or(DEFAULT_MAX_CONNECTIONS_PER_HOST),
            http: Arc::default(),
        })
    }
}
