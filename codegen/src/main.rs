//! `codegen`: validate the specs, generate the client crate, or check that it is up to date.

use clap::{Parser, Subcommand};
use codegen::output::{self, Written};
use codegen::timings::{self, Step};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "codegen",
    version,
    about = "Generates the Alibaba Cloud client crate from YAML API specs"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load and validate every spec; list every problem with its file, line, column and key path.
    Validate {
        /// Folder holding one sub-folder per product (product.yaml plus one file per operation).
        #[arg(long, default_value = "specs")]
        specs: PathBuf,
    },
    /// Regenerate the client modules and the product features of the generated crate.
    ///
    /// Nothing is written unless every spec is valid; the generated folder is replaced as a
    /// whole, so a failed run leaves the previous one untouched.
    Generate {
        /// Folder holding one sub-folder per product.
        #[arg(long, default_value = "specs")]
        specs: PathBuf,
        /// The generated crate (its Cargo.toml and src/ live here).
        #[arg(long, default_value = "generated")]
        out: PathBuf,
        /// Print where the time went (each stage, and each step of rendering) to stderr.
        #[arg(long)]
        timings: bool,
    },
    /// Generate in memory and compare with the generated crate; print a unified diff of every
    /// stale file and exit non-zero if any.
    Check {
        /// Folder holding one sub-folder per product.
        #[arg(long, default_value = "specs")]
        specs: PathBuf,
        /// The generated crate to compare with.
        #[arg(long, default_value = "generated")]
        out: PathBuf,
        /// Print where the time went (each stage, and each step of rendering) to stderr.
        #[arg(long)]
        timings: bool,
    },
    /// Compare every spec with the vendor's machine-readable metadata; list each difference
    /// the spec does not explain with an `audit:` entry, at its file and line.
    Audit {
        /// Folder holding one sub-folder per product.
        #[arg(long, default_value = "specs")]
        specs: PathBuf,
        /// The vendor metadata folder (holding `api-docs/` and `cli/`); the repository's own
        /// copy by default.
        #[arg(long, default_value = "vendor-meta")]
        meta: PathBuf,
    },
    /// Write a spec skeleton for one operation from the vendor's metadata (parameters only;
    /// the docs, response and errors come from the reference page). Never overwrites a spec.
    Import {
        /// Folder holding one sub-folder per product.
        #[arg(long, default_value = "specs")]
        specs: PathBuf,
        /// The vendor metadata folder (holding `api-docs/` and `cli/`); the repository's own
        /// copy by default.
        #[arg(long, default_value = "vendor-meta")]
        meta: PathBuf,
        /// The product code, as in its product.yaml (`Rds`, `Dts`, `dataworks-public`).
        #[arg(long)]
        product: String,
        /// The operation's wire name, e.g. `ConfigureDtsJob`.
        action: String,
    },
    /// Compare the specs with a base (a git revision or a folder): every change, with what it
    /// means for Rust code using the crate (semver) and for programs built before it (wire),
    /// and the version the crate must take. Writes nothing.
    Diff(DiffArgs),
    /// Write a synthetic spec set of N operations (for scale tests and benchmarks).
    Synth {
        /// How many operations.
        #[arg(long)]
        operations: usize,
        /// Where to write it (created; must not already hold specs).
        #[arg(long)]
        out: PathBuf,
        /// Changes every summary, to give a second set that differs from the first.
        #[arg(long, default_value_t = 0)]
        variant: u32,
        /// Give each operation its own enums (no sharing): the worst case for compile time.
        #[arg(long)]
        distinct_enums: bool,
    },
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Runs a command that generates, printing where its time went when `on`.
fn timed(on: bool, run: impl FnOnce() -> Result<(ExitCode, usize)>) -> Result<ExitCode> {
    if on {
        timings::enable();
    }
    let (code, operations) = run()?;
    if on {
        eprint!("{}", timings::report(operations));
    }
    Ok(code)
}

/// `generate`: the exit code and the number of operations generated.
fn generate(specs: &Path, out: &Path) -> Result<(ExitCode, usize)> {
    let o = output::generate(specs)?;
    let n = o.files.len();
    match timings::time(Step::Write, || output::write(out, &o))? {
        Written::Unchanged => println!("{}: {n} files, already up to date", out.display()),
        Written::Replaced(k) => println!("{}: {n} files, {k} changed", out.display()),
    }
    Ok((ExitCode::SUCCESS, o.operations))
}

/// `check`: the exit code and the number of operations generated.
fn check(specs: &Path, out: &Path) -> Result<(ExitCode, usize)> {
    let o = output::generate(specs)?;
    let stale = timings::time(Step::Write, || output::compare(out, &o))?;
    if stale.is_empty() {
        println!("{}: up to date", out.display());
        return Ok((ExitCode::SUCCESS, o.operations));
    }
    for s in &stale {
        print!("{}", s.diff());
    }
    let paths: Vec<_> = stale.iter().map(|s| s.path.display().to_string()).collect();
    eprintln!(
        "{} generated file(s) are stale: {}\nrun `cargo run -p codegen -- generate` and commit the result",
        stale.len(),
        paths.join(", ")
    );
    Ok((ExitCode::FAILURE, o.operations))
}

/// `diff`: the report on standard output; exit 1 when `fail_on` is met.
fn diff(args: DiffArgs) -> Result<ExitCode> {
    use codegen::diff::{self, base, render, Semver, Wire};
    let mut renames = Vec::new();
    for r in &args.rename {
        let (from, to) = r
            .split_once('=')
            .filter(|(a, b)| !a.is_empty() && !b.is_empty())
            .ok_or_else(|| format!("--rename takes OLD=NEW (product codes), not {r:?}"))?;
        renames.push((from.to_owned(), to.to_owned()));
    }
    let which = base::Base::parse(&args.base);
    let base_files = base::read(&which, &args.specs)?;
    let head_files = match &args.head {
        Some(rev) => base::read(&base::Base::Rev(rev.clone()), &args.specs)?,
        None => codegen::spec::read_dir(&args.specs)
            .map_err(|d| format!("cannot read {}:\n{d}", args.specs.display()))?,
    };
    let (old, old_files, new, new_files) = base::load((&which, base_files), head_files, &renames)?;
    let report = diff::diff((&old, &old_files), (&new, &new_files), args.docs);
    let version = std::fs::read_to_string(&args.manifest)
        .ok()
        .and_then(|t| package_version(&t));
    let title = match &args.head {
        Some(rev) => format!("revision {rev} against {}", which.describe()),
        None => format!("{} against {}", args.specs.display(), which.describe()),
    };
    let cx = render::Context {
        title: &title,
        version: version.as_deref(),
        docs: args.docs,
    };
    let text = match args.format.as_str() {
        "markdown" => render::markdown(&report, &cx),
        "json" => render::json(&report, &cx),
        "changelog" => render::changelog(&report, &cx),
        _ => render::text(&report, &cx),
    };
    print!("{text}");
    let failed = match args.fail_on.as_deref() {
        Some("breaking") => report.semver() == Semver::Major,
        Some("wire") => report.wire() == Wire::Breaking,
        _ => false,
    };
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(clap::Args)]
struct DiffArgs {
    /// Folder holding one sub-folder per product: the side after the change.
    #[arg(long, default_value = "specs")]
    specs: PathBuf,
    /// The side before the change: a commit, branch or tag (the spec folder as it had it),
    /// or a spec folder.
    #[arg(long, default_value = "HEAD")]
    base: String,
    /// The side after the change as a revision (default: the working tree's --specs), to
    /// report on a past commit: `--base C^ --head C`.
    #[arg(long)]
    head: Option<String>,
    /// text, markdown (for a pull request), json (for tools) or changelog (a "Changed"
    /// section for CHANGELOG.md).
    #[arg(long, default_value = "text", value_parser = ["text", "markdown", "json", "changelog"])]
    format: String,
    /// List documentation-only changes one by one (they are counted either way).
    #[arg(long)]
    docs: bool,
    /// Exit 1 when a change is breaking for Rust code (`breaking`) or for programs built
    /// before it (`wire`).
    #[arg(long, value_parser = ["breaking", "wire"])]
    fail_on: Option<String>,
    /// A product whose code changed, compared as one product: OLD=NEW (repeatable).
    #[arg(long, value_name = "OLD=NEW")]
    rename: Vec<String>,
    /// The generated crate's manifest, whose version the next one is counted from.
    #[arg(long, default_value = "generated/Cargo.toml")]
    manifest: PathBuf,
}

/// `version = "..."` of a manifest's `[package]` table.
fn package_version(manifest: &str) -> Option<String> {
    let mut in_package = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if let Some(v) = in_package
            .then(|| line.strip_prefix("version"))
            .flatten()
            .and_then(|r| r.trim_start().strip_prefix('='))
        {
            return Some(v.trim().trim_matches('"').to_owned());
        }
    }
    None
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Validate { specs } => codegen::model::load_dir(&specs)
            .map(|model| {
                println!(
                    "{}: {} products, {} operations, no problems",
                    specs.display(),
                    model.products.len(),
                    model.operation_count()
                );
                ExitCode::SUCCESS
            })
            .map_err(Into::into),
        Command::Generate {
            specs,
            out,
            timings,
        } => timed(timings, || generate(&specs, &out)),
        Command::Check {
            specs,
            out,
            timings,
        } => timed(timings, || check(&specs, &out)),
        Command::Audit { specs, meta } => codegen::spec::read_dir(&specs)
            .and_then(|files| codegen::audit::audit(&files, &meta))
            .map(|report| {
                let n = report.problems.len();
                if n > 0 {
                    eprintln!("{}", report.problems);
                }
                println!(
                    "{}: {} operations audited against {}: {} differences explained, {n} unexplained",
                    specs.display(),
                    report.operations,
                    meta.display(),
                    report.explained
                );
                if n == 0 {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                }
            })
            .map_err(Into::into),
        Command::Import {
            specs,
            meta,
            product,
            action,
        } => codegen::import::import(&specs, &meta, &product, &action)
            .map(|path| {
                println!(
                    "{}: skeleton written; transcribe the summary, docs, response and errors from the reference page, then validate and audit",
                    path.display()
                );
                ExitCode::SUCCESS
            })
            .map_err(Into::into),
        Command::Diff(args) => diff(args),
        Command::Synth {
            operations,
            out,
            variant,
            distinct_enums,
        } => codegen::synth::write(&out, operations, variant, distinct_enums)
            .map(|()| {
                println!("{}: {operations} operations", out.display());
                ExitCode::SUCCESS
            })
            .map_err(|e| format!("{}: {e}", out.display()).into()),
    };
    result.unwrap_or_else(|e| {
        eprintln!("{e}");
        ExitCode::FAILURE
    })
}
