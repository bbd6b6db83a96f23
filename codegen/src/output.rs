//! Writing generated files into the generated crate, atomically, and comparing them with
//! what is there (`check`).

use crate::emit::{self, Output, PRODUCTS_DIR};
use crate::timings::{self, Step};
use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The lines around the generator-owned part of the generated crate's Cargo.toml.
pub const FEATURES_BEGIN: &str = "# @generated begin features";
pub const FEATURES_END: &str = "# @generated end features";

#[derive(Debug)]
pub enum WriteError {
    Io { path: PathBuf, error: io::Error },
    Manifest { path: PathBuf, message: String },
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            WriteError::Manifest { path, message } => write!(f, "{}: {message}", path.display()),
        }
    }
}

impl std::error::Error for WriteError {}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
    move |error| WriteError::Io {
        path: path.to_owned(),
        error,
    }
}

/// The Cargo.toml text with the features block replaced.
fn manifest_with(path: &Path, current: &str, features: &str) -> Result<String, WriteError> {
    let bad = |message: &str| WriteError::Manifest {
        path: path.to_owned(),
        message: message.to_owned(),
    };
    let begin = current
        .find(FEATURES_BEGIN)
        .ok_or_else(|| bad(&format!("no `{FEATURES_BEGIN}` line")))?;
    let body_start = begin
        + current[begin..]
            .find('\n')
            .ok_or_else(|| bad("features marker is the last line"))?
        + 1;
    let end = current[body_start..]
        .find(FEATURES_END)
        .map(|i| body_start + i)
        .ok_or_else(|| {
            bad(&format!(
                "no `{FEATURES_END}` line after `{FEATURES_BEGIN}`"
            ))
        })?;
    Ok(format!(
        "{}{features}{}",
        &current[..body_start],
        &current[end..]
    ))
}

/// What differs between `output` and the crate at `out`: (path, expected, actual) for each
/// stale file; `None` for a file that is missing or should not exist.
pub struct Stale {
    pub path: PathBuf,
    pub expected: Option<String>,
    pub actual: Option<String>,
}

impl Stale {
    /// A unified diff from what is on disk to what the generator makes.
    pub fn diff(&self) -> String {
        let old = self.actual.as_deref().unwrap_or("");
        let new = self.expected.as_deref().unwrap_or("");
        let path = self.path.display().to_string();
        similar::TextDiff::from_lines(old, new)
            .unified_diff()
            .context_radius(3)
            .header(&format!("{path} (on disk)"), &format!("{path} (generated)"))
            .to_string()
    }
}

/// Compares `output` with the generated crate at `out`.
pub fn compare(out: &Path, output: &Output) -> Result<Vec<Stale>, WriteError> {
    let mut stale = Vec::new();
    let manifest = out.join("Cargo.toml");
    let current = fs::read_to_string(&manifest).map_err(io_err(&manifest))?;
    let expected = manifest_with(&manifest, &current, &output.features)?;
    if expected != current {
        stale.push(Stale {
            path: manifest,
            expected: Some(expected),
            actual: Some(current),
        });
    }
    let mut on_disk: std::collections::BTreeSet<PathBuf> =
        list_files(&out.join(PRODUCTS_DIR))?.into_iter().collect();
    for f in &output.files {
        let path = out.join(&f.path);
        let actual = match fs::read_to_string(&path) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(io_err(&path)(e)),
        };
        on_disk.remove(&path);
        if actual.as_deref() != Some(&f.text) {
            stale.push(Stale {
                path,
                expected: Some(f.text.clone()),
                actual,
            });
        }
    }
    for path in on_disk {
        let actual = fs::read_to_string(&path).ok();
        stale.push(Stale {
            path,
            expected: None,
            actual,
        });
    }
    Ok(stale)
}

fn list_files(dir: &Path) -> Result<Vec<PathBuf>, WriteError> {
    let mut out = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(io_err(dir)(e)),
    };
    for entry in entries {
        let path = entry.map_err(io_err(dir))?.path();
        if path.is_dir() {
            out.extend(list_files(&path)?);
        } else {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

/// How a write went.
#[derive(Debug, PartialEq, Eq)]
pub enum Written {
    /// Everything already matched: nothing was touched, so nothing rebuilds.
    Unchanged,
    /// This many files differed and the generated folder was replaced.
    Replaced(usize),
}

/// Writes `output` into the crate at `out`. The generated folder is built beside the old one
/// and swapped in atomically, so an interrupted or failed run leaves the previous one whole.
pub fn write(out: &Path, output: &Output) -> Result<Written, WriteError> {
    write_with_hook(out, output, &|_| Ok(()))
}

/// [`write()`], calling `before_file` before each file is written (tests inject failures
/// here). Files are written from two threads, so the hook may be called from either.
pub fn write_with_hook(
    out: &Path,
    output: &Output,
    before_file: &(dyn Fn(&Path) -> io::Result<()> + Sync),
) -> Result<Written, WriteError> {
    if !out.is_dir() {
        return Err(WriteError::Io {
            path: out.to_owned(),
            error: io::Error::new(
                io::ErrorKind::NotFound,
                "the generated crate's folder does not exist",
            ),
        });
    }
    let stale = compare(out, output)?;
    if stale.is_empty() {
        return Ok(Written::Unchanged);
    }
    let manifest = out.join("Cargo.toml");
    let current = fs::read_to_string(&manifest).map_err(io_err(&manifest))?;
    let new_manifest = manifest_with(&manifest, &current, &output.features)?;

    let target = out.join(PRODUCTS_DIR);
    let parent = target
        .parent()
        .expect("PRODUCTS_DIR has a parent")
        .to_owned();
    fs::create_dir_all(&parent).map_err(io_err(&parent))?;
    remove_leftovers(&parent)?;
    let tmp = parent.join(format!("{TMP_PREFIX}{}", std::process::id()));
    let changed: std::collections::HashSet<&Path> =
        stale.iter().map(|s| s.path.as_path()).collect();
    let result = (|| {
        remove_if_exists(&tmp)?;
        let mut dirs: Vec<PathBuf> = Vec::new();
        let jobs: Vec<(PathBuf, Option<PathBuf>, &str)> = output
            .files
            .iter()
            .map(|f| {
                let rel = f
                    .path
                    .strip_prefix(PRODUCTS_DIR)
                    .unwrap_or(&f.path)
                    .trim_start_matches('/');
                let path = tmp.join(rel);
                if let Some(dir) = path.parent() {
                    if dirs.last().map(PathBuf::as_path) != Some(dir) {
                        dirs.push(dir.to_owned());
                    }
                }
                // An unchanged file is linked from the current folder rather than written:
                // creating a thousand inodes is most of a regeneration's system time.
                let unchanged = target.join(rel);
                let link = (!changed.contains(out.join(&f.path).as_path())).then_some(unchanged);
                (path, link, f.text.as_str())
            })
            .collect();
        for dir in &dirs {
            fs::create_dir_all(dir).map_err(io_err(dir))?;
        }
        let put = |(path, link, text): &(PathBuf, Option<PathBuf>, &str)| {
            before_file(path).map_err(io_err(path))?;
            if let Some(from) = link {
                if fs::hard_link(from, path).is_ok() {
                    return Ok(());
                }
            }
            let mut file = fs::File::create(path).map_err(io_err(path))?;
            file.write_all(text.as_bytes()).map_err(io_err(path))
        };
        crate::parallel::map_runs(&jobs, put)
            .into_iter()
            .collect::<Result<(), _>>()?;
        // Durable before the swap, so a crash never leaves a swapped-in folder of empty files.
        sync_tree(&tmp, output).map_err(io_err(&tmp))?;
        swap(&target, &tmp)
    })();
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    if new_manifest != current {
        let tmp_manifest = out.join(format!(".Cargo.toml.new-{}", std::process::id()));
        fs::write(&tmp_manifest, &new_manifest).map_err(io_err(&tmp_manifest))?;
        fs::rename(&tmp_manifest, &manifest).map_err(io_err(&manifest))?;
    }
    Ok(Written::Replaced(stale.len()))
}

/// Flushes the files just written below `dir`: one `syncfs` on Linux (a thousand per-file
/// `fsync`s took most of the generator's wall time), otherwise each file.
#[cfg(target_os = "linux")]
fn sync_tree(dir: &Path, _: &Output) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let handle = fs::File::open(dir)?;
    // SAFETY: the descriptor is open for the duration of the call.
    if unsafe { libc::syncfs(handle.as_raw_fd()) } == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn sync_tree(dir: &Path, output: &Output) -> io::Result<()> {
    for f in &output.files {
        let rel = f.path.strip_prefix(PRODUCTS_DIR).unwrap_or(&f.path);
        fs::File::open(dir.join(rel.trim_start_matches('/')))?.sync_all()?;
    }
    Ok(())
}

/// Temporary folders are named `<prefix><pid>` beside the generated folder.
const TMP_PREFIX: &str = ".products.tmp-";

/// Removes temporary folders that a killed run left behind.
fn remove_leftovers(parent: &Path) -> Result<(), WriteError> {
    for entry in fs::read_dir(parent).map_err(io_err(parent))? {
        let path = entry.map_err(io_err(parent))?.path();
        if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(TMP_PREFIX))
        {
            remove_if_exists(&path)?;
        }
    }
    Ok(())
}

fn remove_if_exists(dir: &Path) -> Result<(), WriteError> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(io_err(dir)(e)),
        _ => Ok(()),
    }
}

/// Puts `new` in place of `target`. Where the OS can exchange two paths atomically the old
/// folder is never missing, even if the process dies mid-way; elsewhere two renames are
/// used, and a failure between them puts the old folder back.
fn swap(target: &Path, new: &Path) -> Result<(), WriteError> {
    if !target.exists() {
        return fs::rename(new, target).map_err(io_err(target));
    }
    match exchange(new, target) {
        Ok(()) => return remove_if_exists(new),
        Err(e) if !matches!(e.raw_os_error(), Some(code) if code == EXCHANGE_UNSUPPORTED.0 || code == EXCHANGE_UNSUPPORTED.1) =>
        {
            return Err(io_err(target)(e));
        }
        Err(_) => {}
    }
    let old = new.with_extension("old");
    remove_if_exists(&old)?;
    fs::rename(target, &old).map_err(io_err(target))?;
    if let Err(e) = fs::rename(new, target) {
        let _ = fs::rename(&old, target);
        return Err(io_err(target)(e));
    }
    remove_if_exists(&old)
}

/// errno values meaning "this file system or OS cannot exchange": EINVAL, ENOSYS.
#[cfg(target_os = "linux")]
const EXCHANGE_UNSUPPORTED: (i32, i32) = (libc::EINVAL, libc::ENOSYS);
#[cfg(not(target_os = "linux"))]
const EXCHANGE_UNSUPPORTED: (i32, i32) = (-1, -1);

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes()).map_err(io::Error::other)?;
    let b = CString::new(b.as_os_str().as_bytes()).map_err(io::Error::other)?;
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from_raw_os_error(-1))
}

/// Loads the specs at `specs` and generates every file in memory.
pub fn generate(specs: &Path) -> Result<Output, Box<dyn std::error::Error>> {
    let model = timings::time(Step::Load, || crate::model::load_dir(specs))?;
    // Headers name the spec folder by its last component, so output is the same on every
    // machine whatever the absolute path.
    let root = specs
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "specs".into());
    Ok(timings::time(Step::Render, || {
        emit::generate(&model, &root)
    })?)
}
