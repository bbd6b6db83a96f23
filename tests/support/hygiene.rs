//! Secret hygiene: every secret the tests use is listed here; the `tracing` output of the
//! whole run is captured, and errors are checked as they are produced.

use std::fmt::{Debug, Display};
use std::sync::{Arc, Mutex, OnceLock};

/// Every access key secret and security token the test suites use.
pub const SECRETS: &[&str] = &[
    "test-secret-value",
    "sts-token-value",
    "sts/token+with=chars",
    "s3cret-hostile-key",
    "env-secret-value",
    "env-token-value",
    "source-db-password",
    "destination-db-password",
];

static LOG: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();

#[derive(Clone)]
struct Sink(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Captures all `tracing` output of this test binary, at the most verbose level. Also keeps
/// the default credentials chain of any test from asking the ECS metadata service's address:
/// tests send nothing off this machine (those that test that step point it at the emulator).
pub fn install() {
    LOG.get_or_init(|| {
        if std::env::var_os("ALIBABA_CLOUD_ECS_METADATA_DISABLED").is_none() {
            std::env::set_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        }
        let buf = Arc::new(Mutex::new(Vec::new()));
        let sink = Sink(buf.clone());
        let _ = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(move || sink.clone())
            .try_init();
        buf
    });
}

/// The captured log so far.
pub fn log() -> String {
    LOG.get()
        .map(|b| String::from_utf8_lossy(&b.lock().unwrap()).into_owned())
        .unwrap_or_default()
}

pub fn assert_clean(what: &str, text: &str) {
    for s in SECRETS {
        assert!(
            !text.contains(s),
            "{what} contains the secret {s:?}: {text}"
        );
    }
}

pub fn assert_log_clean() {
    assert_clean("the tracing log", &log());
}

/// Checks a value's `Display` and `Debug` for secrets, passing it through.
pub trait Checked {
    fn checked(self) -> Self;
}

impl<T: Debug + Display> Checked for T {
    fn checked(self) -> Self {
        assert_clean("an error's Display", &self.to_string());
        assert_clean("an error's Debug", &format!("{self:?}"));
        self
    }
}
