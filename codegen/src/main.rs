//! `codegen`: validate the specs, generate the client crate, or check that it is up to date.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Validate { specs } => match codegen::spec::load_dir(&specs) {
            Ok(model) => {
                println!(
                    "{}: {} products, {} operations, no problems",
                    specs.display(),
                    model.products.len(),
                    model.operation_count()
                );
                ExitCode::SUCCESS
            }
            Err(d) => {
                eprintln!("{d}");
                ExitCode::FAILURE
            }
        },
    }
}
