//! The spec set a change is measured against: a folder, or the spec folder as a git revision
//! had it (read with one `git cat-file --batch`, nothing checked out or written). Both sides
//! go through the same reader and validator; products renamed between them are refused
//! unless paired with `--rename`.

use crate::model::{self, Model};
use crate::spec::{self, SpecFile};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Where the base comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Base {
    /// A commit, branch or tag of the repository holding the spec folder.
    Rev(String),
    /// A spec folder (one sub-folder per product).
    Dir(PathBuf),
}

impl Base {
    /// A folder when `arg` names one, else a revision.
    pub fn parse(arg: &str) -> Base {
        if Path::new(arg).is_dir() {
            Base::Dir(arg.into())
        } else {
            Base::Rev(arg.into())
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Base::Rev(r) => format!("revision {r}"),
            Base::Dir(d) => format!("folder {}", d.display()),
        }
    }
}

/// The base's spec files; `specs` is the working tree's spec folder (a revision is read at
/// the same place in the repository).
pub fn read(base: &Base, specs: &Path) -> Result<Vec<SpecFile>, String> {
    match base {
        Base::Dir(dir) => spec::read_dir(dir)
            .map_err(|d| format!("cannot read the base folder {}:\n{d}", dir.display())),
        Base::Rev(rev) => read_rev(rev, specs),
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_owned())
    }
}

fn read_rev(rev: &str, specs: &Path) -> Result<Vec<SpecFile>, String> {
    if !specs.is_dir() {
        return Err(format!(
            "{} is not a folder: give --specs the spec folder",
            specs.display()
        ));
    }
    let prefix = git(specs, &["rev-parse", "--show-prefix"]).map_err(|e| {
        format!(
            "{} is not in a git repository ({e}): give --base a spec folder instead of a revision",
            specs.display()
        )
    })?;
    let prefix = String::from_utf8_lossy(&prefix).trim().to_owned();
    let commit = format!("{rev}^{{commit}}");
    if git(specs, &["rev-parse", "--verify", "--quiet", &commit]).is_err() {
        return Err(format!(
            "`{rev}` is not a revision of this repository, nor a folder: give a commit, branch or \
             tag (`git log --oneline -- {prefix}` lists the commits that changed the specs), or \
             a spec folder"
        ));
    }
    let listing = git(
        specs,
        &["ls-tree", "-r", "-z", "--name-only", rev, "--", "."],
    )?;
    let names: Vec<String> = listing
        .split(|&b| b == 0)
        .filter(|n| !n.is_empty())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .filter(|n| n.ends_with(".yaml") && n.matches('/').count() <= 1)
        .collect();
    if names.is_empty() {
        return Err(format!(
            "revision {rev} has no specs in {prefix} (was the folder there then?): give a later \
             revision or a spec folder"
        ));
    }
    // Every file in one git process: `<rev>:<path>` in, `<id> blob <size>\n<bytes>\n` out.
    let mut child = Command::new("git")
        .current_dir(specs)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run git: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("git cat-file has no input")?;
    let request: String = names
        .iter()
        .map(|n| format!("{rev}:{prefix}{n}\n"))
        .collect();
    // Written from a thread: git answers while it reads, and a full pipe would stall both.
    let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
    let mut out = Vec::new();
    child
        .stdout
        .take()
        .ok_or("git cat-file has no output")?
        .read_to_end(&mut out)
        .map_err(|e| format!("cannot read git's output: {e}"))?;
    let _ = writer.join();
    let _ = child.wait();
    let mut files = Vec::with_capacity(names.len());
    let mut rest = &out[..];
    for name in names {
        let shown = format!("{rev}:{prefix}{name}");
        let bad = || format!("git cat-file gave no contents for {shown}");
        let eol = rest.iter().position(|&b| b == b'\n').ok_or_else(bad)?;
        let header = String::from_utf8_lossy(&rest[..eol]).into_owned();
        let size: usize = header
            .rsplit(' ')
            .next()
            .and_then(|s| s.parse().ok())
            .filter(|_| header.contains(" blob "))
            .ok_or_else(bad)?;
        let body = rest.get(eol + 1..eol + 1 + size).ok_or_else(bad)?;
        let text =
            String::from_utf8(body.to_vec()).map_err(|_| format!("{shown}: not UTF-8 text"))?;
        rest = rest.get(eol + 2 + size..).unwrap_or_default();
        files.push(SpecFile {
            path: shown.into(),
            rel: name,
            text,
        });
    }
    Ok(files)
}

/// Both sides loaded and validated, with products renamed by `renames` (`old=new` codes)
/// given their new code in the base; a product that looks renamed but is not listed is an
/// error naming the flag that pairs it.
pub fn load(
    base: (&Base, Vec<SpecFile>),
    head: Vec<SpecFile>,
    renames: &[(String, String)],
) -> Result<(Model, Vec<SpecFile>, Model, Vec<SpecFile>), String> {
    let (which, base_files) = base;
    let mut old = model::load(&base_files).map_err(|d| {
        format!(
            "the base ({}) does not validate:\n{d}\ncompare with a revision or folder whose specs validate",
            which.describe()
        )
    })?;
    let new = model::load(&head).map_err(|d| {
        format!("the working tree's specs do not validate (run `codegen validate`):\n{d}")
    })?;
    for (from, to) in renames {
        let Some(p) = old.products.iter_mut().find(|p| p.code == *from) else {
            return Err(format!(
                "--rename {from}={to}: the base has no product `{from}`"
            ));
        };
        if !new.products.iter().any(|p| p.code == *to) {
            return Err(format!(
                "--rename {from}={to}: the working tree has no product `{to}`"
            ));
        }
        p.code = to.clone();
    }
    let code_in = |m: &Model, code: &str| m.products.iter().any(|p| p.code == code);
    for gone in old.products.iter().filter(|p| !code_in(&new, &p.code)) {
        let folder = |source: &str| source.rsplit_once('/').map(|(f, _)| f.to_owned());
        let successor = new.products.iter().find(|n| {
            !code_in(&old, &n.code)
                && (folder(&n.source) == folder(&gone.source)
                    || n.operations
                        .iter()
                        .any(|o| gone.operations.iter().any(|g| g.action == o.action)))
        });
        if let Some(n) = successor {
            return Err(format!(
                "product `{}` ({}) in the base looks renamed to `{}` ({}): they share a folder or \
                 operations, and a rename cannot be compared operation by operation unless \
                 paired: add --rename {}={}",
                gone.code, gone.source, n.code, n.source, gone.code, n.code
            ));
        }
    }
    Ok((old, base_files, new, head))
}
