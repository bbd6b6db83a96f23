//! Helpers shared by the test files: the real specs, edited copies of them, and paths.

use codegen::spec::SpecFile;
use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_owned()
}

/// The real specs, read from `specs/`.
pub fn real_specs() -> Vec<SpecFile> {
    codegen::spec::read_dir(&root().join("specs")).expect("specs/ is readable")
}

/// The real specs with the first occurrence of `from` replaced by `to` in file `rel`; panics
/// when `from` is absent, so a test cannot silently stop exercising what it claims to.
pub fn edited(rel: &str, from: &str, to: &str) -> Vec<SpecFile> {
    let mut files = real_specs();
    let f = files
        .iter_mut()
        .find(|f| f.rel == rel)
        .unwrap_or_else(|| panic!("no spec {rel}"));
    assert!(f.text.contains(from), "{rel} does not contain {from:?}");
    f.text = f.text.replacen(from, to, 1);
    files
}

/// Adds a file (in memory) to a spec set.
pub fn with_file(mut files: Vec<SpecFile>, rel: &str, text: &str) -> Vec<SpecFile> {
    files.push(SpecFile {
        path: PathBuf::from("specs").join(rel),
        rel: rel.to_owned(),
        text: text.to_owned(),
    });
    files
}

/// The 1-based number of the `n`th (1-based) line of `rel` containing `needle`.
pub fn line_of(files: &[SpecFile], rel: &str, needle: &str, n: usize) -> usize {
    let f = files.iter().find(|f| f.rel == rel).expect("file present");
    f.text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .nth(n - 1)
        .unwrap_or_else(|| panic!("{rel} has no line {n} containing {needle:?}"))
        .0
        + 1
}

/// Lowers the process's soft limit on open files to `n` (for the tests of what happens when
/// descriptors run out; process-wide, so such a test has a binary of its own).
pub fn limit_open_files(n: u64) {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain system calls on a local struct.
    unsafe {
        assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim), 0);
        lim.rlim_cur = n.min(lim.rlim_max);
        assert_eq!(libc::setrlimit(libc::RLIMIT_NOFILE, &lim), 0);
    }
}

/// Cases per property test: `PROPTEST_CASES` for the long runs (docs/robustness.md), else
/// `default`, the bounded number CI runs.
pub fn proptest_cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

pub mod hygiene;
pub mod raw;
pub mod scratch;
pub mod server;

/// The Python modules of `tests/support/requirements.txt`, as they are imported.
const VENDOR_MODULES: &str = "import alibabacloud_openapi_util, alibabacloud_rds20140815, \
    alibabacloud_dts20200101, alibabacloud_dataworks_public20200518";

/// Installs the vendor's Python packages (`tests/support/requirements.txt`) when one is
/// missing, so `cargo test` works on a fresh machine (PyPI is reachable from every machine of
/// this project; `.ci/run` installs them too). Once per test process.
pub fn ensure_vendor_packages() {
    static DONE: std::sync::Once = std::sync::Once::new();
    DONE.call_once(|| {
        let present = std::process::Command::new("python3")
            .args(["-c", VENDOR_MODULES])
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !present {
            let _ = std::process::Command::new("python3")
                .args([
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    "--root-user-action=ignore",
                    "-r",
                ])
                .arg(root().join("tests/support/requirements.txt"))
                .status();
        }
    });
}

/// A client configuration for local servers: the given endpoint and pair, retries 1 ms apart.
pub fn fast_config(url: &str, id: &str, secret: &str) -> alicloud_migration::Config {
    alicloud_migration::Config::builder()
        .endpoint(url)
        .credentials(alicloud_migration::Credentials::new(id, secret))
        .retry(alicloud_migration::RetryPolicy {
            initial_backoff: std::time::Duration::from_millis(1),
            ..alicloud_migration::RetryPolicy::default()
        })
        .build()
        .expect("a valid config")
}

/// Runs one of the vendor-package scripts in `tests/support/` with `input` as JSON on its
/// standard input; returns its standard output. Installs the package first when missing.
pub fn vendor_python(script: &str, input: &serde_json::Value) -> Vec<u8> {
    use std::io::Write;
    ensure_vendor_packages();
    let mut child = std::process::Command::new("python3")
        .arg(root().join("tests/support").join(script))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input.to_string().as_bytes())
        .expect("the script reads its input");
    let out = child.wait_with_output().expect("the script ends");
    assert!(
        out.status.success(),
        "{script} failed (are tests/support/requirements.txt's packages installed? .ci/run \
         installs them):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}
