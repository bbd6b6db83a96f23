//! A local Alibaba Cloud endpoint built from the same specs as the client, for tests that need
//! no cloud account: it verifies signatures (ACS3-HMAC-SHA256 and the legacy HMAC-SHA1), checks
//! parameters with the runtime's own rules, answers every operation from its spec, keeps the
//! state of the migration workflows on a clock that can run faster, and injects faults.
//!
//! It carries the specs it was built from, so it needs no folder; `.specs(dir)` serves another.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let emulator = emulator::Emulator::builder()
//!     .credentials("test", "test")
//!     .time_scale(600.0)
//!     .start()
//!     .await?;
//! println!("point the client at {}", emulator.url());
//! # Ok(()) }
//! ```

mod accept;
pub mod answer;
pub mod auth;
pub mod catalog;
pub mod check;
mod control;
pub mod faults;
pub mod metadata;
pub mod problem;
mod reply;
pub mod request;
mod server;
pub mod state;
pub mod sts;

pub use auth::AccessKey;
pub use catalog::Catalog;
pub use faults::{Fault, FaultKind};
pub use problem::Problem;
pub use state::{Resource, World};
pub use sts::StsCall;

use auth::Authenticator;
use faults::Faults;
use request::Parsed;
use state::{Args, Clock};
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// What every connection shares.
pub(crate) struct Shared {
    catalog: Catalog,
    auth: Authenticator,
    faults: Faults,
    world: Mutex<World>,
    clock: Clock,
    body_limit: usize,
    metadata: metadata::Metadata,
    sts_log: sts::Log,
    /// Authenticated STS requests by action (answered or refused), as `Operation::calls`.
    sts_calls: [std::sync::atomic::AtomicU64; 3],
    /// Connections accepted so far, and open now.
    connections: (std::sync::atomic::AtomicU64, std::sync::atomic::AtomicU64),
    /// Connections answered 503 at once: beyond `max_connections`, or out of descriptors.
    refused: std::sync::atomic::AtomicU64,
    max_connections: u64,
}

impl Shared {
    fn world(&self) -> std::sync::MutexGuard<'_, World> {
        self.world.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Puts a resource in a documented state; see [`Emulator::set_state`].
    fn set_state(&self, resource: Resource, id: &str, status: &str) -> Result<(), String> {
        let (action, path) = resource.reported_by();
        let documented = self
            .catalog
            .get(action)
            .and_then(|op| op.values.get(path))
            .ok_or_else(|| format!("the specs do not define {action}.{path}"))?;
        if !documented.iter().any(|v| v == status) {
            return Err(format!(
                "{status:?} is not a documented value of {action}.{path} ({})",
                documented.join(", ")
            ));
        }
        state::force(&mut self.world(), resource, id, status, self.clock.now())
    }

    fn snapshot(&self) -> World {
        let mut w = self.world().clone();
        w.saved_at = self.clock.now();
        w
    }

    /// Dispatch, authentication, faults, validation, state: in the order the service
    /// answers them.
    async fn call(
        &self,
        head: &hyper::http::request::Parts,
        body: &[u8],
        parsed: Parsed,
    ) -> Result<serde_json::Value, Problem> {
        let headers: Vec<(&str, &str)> = head
            .headers
            .iter()
            .filter_map(|(n, v)| Some((n.as_str(), v.to_str().ok()?)))
            .collect();
        let received = auth::Received {
            method: &parsed.method,
            path: &parsed.path,
            query: &parsed.query,
            form: &parsed.form,
            headers: &headers,
            body,
        };
        if parsed.version == sts::VERSION && sts::ACTIONS.contains(&parsed.action.as_str()) {
            return self.sts(&parsed, &received).await;
        }
        let op = match self.catalog.find(&parsed.action, &parsed.version) {
            Ok(op) => op,
            Err(true) => {
                let versions: Vec<&str> = self
                    .catalog
                    .named(&parsed.action)
                    .iter()
                    .map(|o| o.version.as_str())
                    .collect();
                return Err(Problem::new(
                    400,
                    "InvalidVersion",
                    format!(
                        "Specified parameter Version {:?} is not valid for {}: its products' versions are {}.",
                        parsed.version,
                        parsed.action,
                        versions.join(", ")
                    ),
                ));
            }
            Err(false) => {
                return Err(Problem::new(
                    404,
                    "InvalidAction.NotFound",
                    format!(
                        "Specified api {:?} is not found, please check your url and method.",
                        parsed.action
                    ),
                ))
            }
        };
        self.auth.check(&received, self.clock.now())?;
        op.calls.fetch_add(1, Ordering::Relaxed);
        let effect = self.faults.take(&op.action, |code| op.status_of(code));
        if !effect.delay.is_zero() {
            tokio::time::sleep(effect.delay).await;
        }
        if let Some(p) = effect.problem {
            return Err(p);
        }
        let params = check::params(op, parsed.params())?;
        let mut answer = op.answer.clone();
        let overlay = state::apply(
            &mut self.world(),
            (&op.product, &op.action),
            Args(&params),
            self.clock.now(),
            &op.answer,
        )?;
        if let Some(overlay) = overlay {
            answer::merge(&mut answer, overlay);
        }
        Ok(answer)
    }

    /// An STS call: authenticated (but `AssumeRoleWithOIDC`, which is not signed), faults,
    /// then [`sts::answer`]; issued keys are accepted from then on, until they expire.
    async fn sts(
        &self,
        parsed: &Parsed,
        received: &auth::Received<'_>,
    ) -> Result<serde_json::Value, Problem> {
        let signed_by = match parsed.action.as_str() {
            "AssumeRoleWithOIDC" => None,
            _ => Some(self.auth.check(received, self.clock.now())?),
        };
        if let Some(i) = sts::ACTIONS.iter().position(|a| *a == parsed.action) {
            self.sts_calls[i].fetch_add(1, Ordering::Relaxed);
        }
        let effect = self.faults.take(&parsed.action, |_| None);
        if !effect.delay.is_zero() {
            tokio::time::sleep(effect.delay).await;
        }
        if let Some(p) = effect.problem {
            return Err(p);
        }
        let calls = self.sts_log.all();
        let caller_arn = match &signed_by {
            Some(id) => calls
                .iter()
                .find(|c| c.issued.as_deref() == Some(id.as_str()))
                .and_then(|c| Some((c.role_arn.as_deref()?, c.session_name.as_deref()?)))
                .map(|(role, session)| {
                    let name = role.rsplit('/').next().unwrap_or(role);
                    format!("acs:ram::{}:assumed-role/{name}/{session}", sts::ACCOUNT)
                })
                .unwrap_or_else(|| format!("acs:ram::{}:user/{id}", sts::ACCOUNT)),
            None => String::new(),
        };
        let params = parsed.params();
        let mut outcome = sts::answer(&parsed.action, &params, signed_by.as_deref(), &caller_arn)?;
        if let Some((key, seconds)) = outcome.issue.take() {
            let now = self.clock.now();
            let expires = now + seconds * 1000;
            self.auth.issue(key.clone(), now, expires);
            outcome.answer["Credentials"] = sts::credentials_json(&key, expires);
        }
        self.sts_log.push(outcome.call);
        Ok(outcome.answer)
    }
}

/// Why the emulator did not start.
#[derive(Debug)]
pub enum StartError {
    /// The specs did not load; the text lists every problem with its file and line.
    Specs(String),
    /// The state file exists but is not a saved state; it is left as it is.
    State {
        path: PathBuf,
        reason: String,
    },
    /// A setting that cannot work (a time scale of zero, no specs...).
    Config(String),
    Io(std::io::Error),
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StartError::Specs(s) => write!(f, "the specs did not load:\n{s}"),
            StartError::State { path, reason } => write!(
                f,
                "{} is not a saved emulator state ({reason}); it was left untouched",
                path.display()
            ),
            StartError::Config(s) => f.write_str(s),
            StartError::Io(e) => write!(f, "could not listen: {e}"),
        }
    }
}

impl std::error::Error for StartError {}

/// Connections served at once by default: with the listen backlog (8,192, capped by the
/// kernel's `somaxconn`), enough for 5,000 concurrent clients on one machine, and well under a
/// typical descriptor limit of 20,000.
pub const DEFAULT_MAX_CONNECTIONS: usize = 8192;

/// Settings for [`Emulator`]; see [`Emulator::builder`].
#[derive(Debug)]
pub struct Builder {
    specs: Option<PathBuf>,
    keys: Vec<AccessKey>,
    time_scale: f64,
    addr: SocketAddr,
    state_file: Option<PathBuf>,
    skew_seconds: u64,
    nonce_capacity: usize,
    body_limit: usize,
    metadata_role: String,
    metadata_plain_mode: bool,
    max_connections: usize,
}

impl Builder {
    /// A spec folder (one sub-folder per product) to serve instead of the specs the emulator
    /// was built from, which it carries: for people editing specs.
    pub fn specs(mut self, dir: impl Into<PathBuf>) -> Self {
        self.specs = Some(dir.into());
        self
    }

    /// An AccessKey pair to accept; may be called again for more. Without any, the pair
    /// `test`/`test` is accepted.
    pub fn credentials(mut self, id: &str, secret: &str) -> Self {
        self.keys.push(AccessKey {
            id: id.to_owned(),
            secret: secret.to_owned(),
            token: None,
        });
        self
    }

    /// A temporary (STS) AccessKey pair: requests must carry its security token.
    pub fn sts_credentials(mut self, id: &str, secret: &str, token: &str) -> Self {
        self.keys.push(AccessKey {
            id: id.to_owned(),
            secret: secret.to_owned(),
            token: Some(token.to_owned()),
        });
        self
    }

    /// How many times faster than real time the workflows' states advance (default 1).
    pub fn time_scale(mut self, scale: f64) -> Self {
        self.time_scale = scale;
        self
    }

    /// The port on 127.0.0.1 (default 0: one the OS assigns).
    pub fn port(mut self, port: u16) -> Self {
        self.addr.set_port(port);
        self
    }

    /// Loads the state from `path` at start when it exists; [`Emulator::shutdown`] saves it.
    pub fn state_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.state_file = Some(path.into());
        self
    }

    /// How far a request's date may be from the emulator's clock (default 900 s, as the
    /// service allows).
    pub fn clock_skew(mut self, seconds: u64) -> Self {
        self.skew_seconds = seconds;
        self
    }

    /// The RAM role the emulated instance's metadata service hands out (default
    /// `EcsRamRoleForMigration`); see [`metadata`].
    pub fn metadata_role(mut self, role: &str) -> Self {
        self.metadata_role = role.to_owned();
        self
    }

    /// Whether the metadata service answers requests without a session token (the plain
    /// mode; default yes). `false` plays an instance that enforces the hardened mode.
    pub fn metadata_plain_mode(mut self, allowed: bool) -> Self {
        self.metadata_plain_mode = allowed;
        self
    }

    /// How many connections it serves at once (default [`DEFAULT_MAX_CONNECTIONS`]). One
    /// beyond is accepted and answered `503 ServiceUnavailable` at once, then closed, as a
    /// service sheds load: a client retries it rather than waiting on a full queue.
    pub fn max_connections(mut self, n: usize) -> Self {
        self.max_connections = n.max(1);
        self
    }

    /// The largest request body accepted (default 1 MiB); larger answers 413.
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// Loads the specs and the state, binds the port and starts serving on the current
    /// Tokio runtime.
    pub async fn start(self) -> Result<Emulator, StartError> {
        if !(self.time_scale.is_finite() && self.time_scale > 0.0) {
            return Err(StartError::Config(format!(
                "the time scale must be a positive number, not {}",
                self.time_scale
            )));
        }
        let catalog = match &self.specs {
            Some(dir) => Catalog::load(dir).map_err(StartError::Specs)?,
            None => Catalog::embedded().map_err(StartError::Specs)?,
        };
        if catalog.is_empty() {
            return Err(StartError::Config(match &self.specs {
                Some(dir) => format!("{} holds no operation specs", dir.display()),
                None => "this emulator was built without specs; give a folder (.specs(dir))".into(),
            }));
        }
        let world = match &self.state_file {
            Some(path) => load_state(path)?,
            None => World::default(),
        };
        let base = if world.saved_at > 0 {
            world.saved_at
        } else {
            auth::now() * 1000
        };
        let mut keys = self.keys;
        if keys.is_empty() {
            keys.push(AccessKey {
                id: "test".into(),
                secret: "test".into(),
                token: None,
            });
        }
        let listener = accept::bind(self.addr).map_err(StartError::Io)?;
        let addr = listener.local_addr().map_err(StartError::Io)?;
        let shared = Arc::new(Shared {
            catalog,
            auth: Authenticator::new(keys, self.skew_seconds, self.nonce_capacity),
            faults: Faults::default(),
            world: Mutex::new(world),
            clock: Clock::new(base, self.time_scale),
            body_limit: self.body_limit,
            metadata: metadata::Metadata::new(self.metadata_role, self.metadata_plain_mode),
            sts_log: sts::Log::default(),
            sts_calls: Default::default(),
            connections: Default::default(),
            refused: Default::default(),
            max_connections: self.max_connections as u64,
        });
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(server::serve(listener, shared.clone(), stopped));
        Ok(Emulator {
            url: format!("http://{addr}"),
            addr,
            shared,
            stop: Some(stop),
            task,
            state_file: self.state_file,
        })
    }
}

/// A running emulator. Dropping it stops the server without saving; [`Emulator::shutdown`]
/// stops it and saves the state file.
pub struct Emulator {
    url: String,
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
    state_file: Option<PathBuf>,
}

impl fmt::Debug for Emulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Emulator")
            .field("url", &self.url)
            .field("operations", &self.shared.catalog.len())
            .finish_non_exhaustive()
    }
}

impl Emulator {
    pub fn builder() -> Builder {
        Builder {
            specs: None,
            keys: Vec::new(),
            time_scale: 1.0,
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            state_file: None,
            skew_seconds: 900,
            nonce_capacity: 100_000,
            body_limit: 1 << 20,
            metadata_role: "EcsRamRoleForMigration".into(),
            metadata_plain_mode: true,
            max_connections: DEFAULT_MAX_CONNECTIONS,
        }
    }

    /// How many operations it serves.
    pub fn operations(&self) -> usize {
        self.shared.catalog.len()
    }

    /// `http://127.0.0.1:PORT`: the endpoint to give the client.
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Adds a fault; see [`Fault`].
    pub fn inject(&self, fault: Fault) -> Result<(), String> {
        fault.check()?;
        self.shared.faults.add(fault);
        Ok(())
    }

    pub fn clear_faults(&self) {
        self.shared.faults.clear();
    }

    /// Puts a resource in a state its describe operation documents, e.g. a DTS job in
    /// `PrecheckFailed`, to test the paths the clock never takes. Automatic transitions go
    /// on from there.
    pub fn set_state(&self, resource: Resource, id: &str, status: &str) -> Result<(), String> {
        self.shared.set_state(resource, id, status)
    }

    /// How many authenticated requests `action` has had (answered or refused), in every
    /// product that has it.
    pub fn calls(&self, action: &str) -> u64 {
        let sts = sts::ACTIONS
            .iter()
            .position(|a| *a == action)
            .map_or(0, |i| self.shared.sts_calls[i].load(Ordering::Relaxed));
        sts + self
            .shared
            .catalog
            .named(action)
            .iter()
            .map(|op| op.calls.load(Ordering::Relaxed))
            .sum::<u64>()
    }

    /// Connections refused since the start (answered 503 at once): beyond
    /// [`Builder::max_connections`], or accepted while out of file descriptors.
    pub fn refused(&self) -> u64 {
        self.shared.refused.load(Ordering::Relaxed)
    }

    /// Connections accepted since the start, and open now: what a client's connection cap
    /// is checked against.
    pub fn connections(&self) -> (u64, u64) {
        let (accepted, open) = &self.shared.connections;
        (
            accepted.load(Ordering::Relaxed),
            open.load(Ordering::Relaxed),
        )
    }

    /// The STS calls answered so far, oldest first.
    pub fn sts_calls(&self) -> Vec<StsCall> {
        self.shared.sts_log.all()
    }

    /// The emulated clock as the credentials providers read it: give it to a provider
    /// (`Endpoints::clock`) so that it judges expiry on the same clock that the emulator
    /// issues and refuses temporary keys by.
    pub fn credentials_clock(&self) -> alicloud_migration_runtime::Clock {
        let shared = self.shared.clone();
        alicloud_migration_runtime::Clock::new(move || {
            std::time::UNIX_EPOCH + std::time::Duration::from_millis(shared.clock.now())
        })
    }

    /// Which modes the metadata service serves: the plain mode (requests without a session
    /// token) and the hardened mode (session tokens from `PUT /latest/api/token`; off, that
    /// answers 404, as an instance without it does).
    pub fn set_metadata_modes(&self, plain: bool, hardened: bool) {
        let md = &self.shared.metadata;
        md.plain_mode.store(plain, Ordering::Relaxed);
        md.hardened_mode.store(hardened, Ordering::Relaxed);
    }

    /// A copy of the resources as they are now.
    pub fn state(&self) -> World {
        self.shared.snapshot()
    }

    /// Stops accepting connections and saves the state file, if one was given.
    pub async fn shutdown(mut self) -> std::io::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = (&mut self.task).await;
        match &self.state_file {
            Some(path) => save_state(path, &self.shared.snapshot()),
            None => Ok(()),
        }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn load_state(path: &Path) -> Result<World, StartError> {
    let text = match std::fs::read(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(World::default()),
        Err(e) => {
            return Err(StartError::State {
                path: path.to_owned(),
                reason: e.to_string(),
            })
        }
    };
    serde_json::from_slice(&text).map_err(|e| StartError::State {
        path: path.to_owned(),
        reason: e.to_string(),
    })
}

/// Written beside the target and renamed over it: a crash never leaves half a file.
fn save_state(path: &Path, world: &World) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, serde_json::to_vec_pretty(world)?)?;
    std::fs::rename(&tmp, path)
}
