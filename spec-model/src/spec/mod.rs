//! Reading spec files from disk (or memory) and parsing them with serde_yaml, every problem
//! located in its file. `model::load` then validates what was parsed into the model.

pub mod locate;
pub mod raw;
pub mod text;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::timings::{self, Step};
use raw::{RawOperation, RawProduct};
use std::path::{Path, PathBuf};

/// One spec file's text. `rel` is its path below the spec root with `/` separators
/// (`rds/ModifyImportTask.yaml`): it names the product folder and appears in generated headers.
#[derive(Clone, Debug)]
pub struct SpecFile {
    pub path: PathBuf,
    pub rel: String,
    pub text: String,
}

pub const PRODUCT_FILE: &str = "product.yaml";

/// Reads every `*.yaml` file one folder below `root`, in a stable order.
pub fn read_dir(root: &Path) -> Result<Vec<SpecFile>, Diagnostics> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let io_problem = |path: &Path, e: std::io::Error| Diagnostic {
        file: path.to_owned(),
        line: None,
        column: None,
        path: String::new(),
        message: format!("cannot read: {e}"),
    };
    let mut folders = match sorted_entries(root) {
        Ok(entries) => entries,
        Err(e) => return Err(Diagnostics(vec![io_problem(root, e)])),
    };
    folders.retain(|p| p.is_dir() || is_yaml(p));
    for folder in folders {
        if !folder.is_dir() {
            problems.push(Diagnostic {
                file: folder,
                line: None,
                column: None,
                path: String::new(),
                message: "spec files belong in a product folder (specs/<product>/), not at the top"
                    .into(),
            });
            continue;
        }
        let entries = match sorted_entries(&folder) {
            Ok(e) => e,
            Err(e) => {
                problems.push(io_problem(&folder, e));
                continue;
            }
        };
        for path in entries.into_iter().filter(|p| is_yaml(p) && p.is_file()) {
            match std::fs::read(&path).map(String::from_utf8) {
                Ok(Err(e)) => problems.push(not_utf8(&path, e.as_bytes(), e.utf8_error())),
                Ok(Ok(text)) => {
                    let rel = path
                        .strip_prefix(root)
                        .unwrap_or(&path)
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy())
                        .collect::<Vec<_>>()
                        .join("/");
                    files.push(SpecFile { path, rel, text });
                }
                Err(e) => problems.push(io_problem(&path, e)),
            }
        }
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(Diagnostics(problems))
    }
}

/// A file that is not UTF-8, located at its first bad byte.
fn not_utf8(path: &Path, bytes: &[u8], e: std::str::Utf8Error) -> Diagnostic {
    let good = &bytes[..e.valid_up_to()];
    let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
    Diagnostic {
        file: path.to_owned(),
        line: Some(line),
        column: Some(column),
        path: String::new(),
        message: format!(
            "not UTF-8 text (invalid byte 0x{:02X})",
            bytes[e.valid_up_to()]
        ),
    }
}

fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut v = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()?;
    v.sort();
    Ok(v)
}

fn is_yaml(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
}

/// One parsed spec file. Short-lived (one per file, moved into the model), so the size
/// difference between variants does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Raw {
    Product(RawProduct),
    Operation(RawOperation),
}

/// Parses each of `files` (a `product.yaml` as a product, any other as an operation), on every
/// core: YAML parsing is most of loading and each file stands alone.
pub fn parse_all(files: &[SpecFile]) -> Vec<Result<Raw, Diagnostic>> {
    crate::parallel::map(files, |f| {
        let product = f
            .rel
            .rsplit_once('/')
            .is_some_and(|(_, name)| name == PRODUCT_FILE);
        timings::time(Step::Yaml, || {
            if product {
                parse::<RawProduct>(f).map(Raw::Product)
            } else {
                parse::<RawOperation>(f).map(Raw::Operation)
            }
        })
    })
}

/// A spec file larger than this is refused before parsing (specs are a few KiB).
pub const MAX_FILE_BYTES: usize = 1 << 20;
/// Flow collections (`[`, `{`) nested deeper than this are refused before parsing: the YAML
/// parser's cost grows with the square of the depth.
pub const MAX_FLOW_DEPTH: usize = 64;
/// Brackets open at once anywhere in the text, quoted or not, beyond which a file is refused:
/// a bound on the parser's work that does not depend on reading quotes right. Prose never
/// comes near it (unclosed brackets in quoted text add up; closed ones do not).
pub const MAX_RAW_DEPTH: usize = 1024;

/// Cheap checks that keep hostile input away from the parser.
fn precheck(f: &SpecFile) -> Result<(), Diagnostic> {
    let at = |line, column, message: String| Diagnostic {
        file: f.path.clone(),
        line: Some(line),
        column: Some(column),
        path: String::new(),
        message,
    };
    if f.text.len() > MAX_FILE_BYTES {
        return Err(at(
            1,
            1,
            format!(
                "file is {} bytes, over the {MAX_FILE_BYTES}-byte limit for a spec",
                f.text.len()
            ),
        ));
    }
    // Quoted scalars may hold brackets; a quote only opens one where a scalar can start.
    // `raw` counts every bracket, quoted or not: should the quote tracking be fooled (a block
    // scalar's line that starts with a quote), the parser's work is still bounded.
    let (mut depth, mut raw, mut quote, mut line, mut column) =
        (0usize, 0usize, None::<char>, 1, 0);
    let (mut prev, mut last_sig, mut comment) = ('\n', None::<char>, false);
    let (mut escaped, mut escapes) = (false, false);
    for c in f.text.chars() {
        column += 1;
        if let Some(why) = text::refused(c).filter(|_| c != '\r') {
            return Err(at(line, column, text::message(c, why, false)));
        }
        escapes |= prev == '\\' && text::may_escape_refused(c);
        // Inside double quotes a backslash escapes the next character (`"a\\"` ends there).
        let was_escaped = std::mem::take(&mut escaped);
        match c {
            '[' | '{' => raw += 1,
            ']' | '}' => raw = raw.saturating_sub(1),
            _ => {}
        }
        if raw > MAX_RAW_DEPTH {
            return Err(at(
                line,
                column,
                format!(
                    "over {MAX_RAW_DEPTH} brackets open at once (counting those in quoted text)"
                ),
            ));
        }
        match (quote, c) {
            (_, '\n') => {
                line += 1;
                column = 0;
                comment = false;
                last_sig = None;
                if quote.is_some() {
                    prev = c;
                    continue;
                }
            }
            _ if comment => {}
            (Some('"'), '\\') => escaped = !was_escaped,
            (Some(q), c) if c == q && !was_escaped => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') if matches!(last_sig, None | Some(':' | '-' | '[' | '{' | ',')) => {
                quote = Some(c)
            }
            (None, '#') if prev.is_whitespace() => comment = true,
            (None, '[' | '{') => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Err(at(
                        line,
                        column,
                        format!("collections nested deeper than {MAX_FLOW_DEPTH} levels"),
                    ));
                }
            }
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        if !c.is_whitespace() {
            last_sig = Some(c);
        }
        prev = c;
    }
    match escapes.then(|| text::first_escaped(&f.text)).flatten() {
        Some((line, column, c, why)) => Err(at(line, column, text::message(c, why, true))),
        None => Ok(()),
    }
}

fn parse<T: serde::de::DeserializeOwned>(f: &SpecFile) -> Result<T, Diagnostic> {
    precheck(f)?;
    serde_yaml::from_str(&f.text).map_err(|e| {
        let location = e.location();
        // serde_yaml appends " at line L column C"; the location is reported separately.
        let mut message = e.to_string();
        if let Some(cut) = message.find(" at line ") {
            message.truncate(cut);
        }
        // It prefixes the key path ("parameters[2]: unknown field ..."); split it off.
        let (path, message) = match message.split_once(": ") {
            Some((p, m)) if !p.contains(' ') => (p.to_owned(), m.to_owned()),
            _ => (String::new(), message),
        };
        Diagnostic {
            file: f.path.clone(),
            line: location.as_ref().map(|l| l.line()),
            column: location.as_ref().map(|l| l.column()),
            path,
            message,
        }
    })
}
