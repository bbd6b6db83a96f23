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
