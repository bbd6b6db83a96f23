//! `emulator`: serve the specs' operations on 127.0.0.1 until Ctrl-C.

use clap::Parser;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "emulator",
    version,
    about = "A local Alibaba Cloud endpoint served from the YAML specs (built in, or a folder)"
)]
struct Cli {
    /// A spec folder (one sub-folder per product) to serve instead of the specs built in.
    #[arg(long, value_name = "DIR")]
    specs: Option<PathBuf>,
    /// Port on 127.0.0.1; 0 takes a free one.
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// An AccessKey pair to accept, `ID:SECRET`; repeat for more. Default: `test:test`.
    #[arg(long = "access-key", value_name = "ID:SECRET")]
    access_keys: Vec<String>,
    /// A temporary pair and the security token its requests must carry, `ID:SECRET:TOKEN`.
    #[arg(long = "sts-key", value_name = "ID:SECRET:TOKEN")]
    sts_keys: Vec<String>,
    /// How many times faster than real time the workflows advance (600: a minute is 0.1 s).
    #[arg(long, default_value_t = 1.0)]
    time_scale: f64,
    /// Load the state from FILE at start (when it exists) and save it there on Ctrl-C.
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    let mut b = emulator::Emulator::builder().port(cli.port);
    if let Some(dir) = &cli.specs {
        b = b.specs(dir);
    }
    let mut b = b.time_scale(cli.time_scale);
    for pair in &cli.access_keys {
        let (id, secret) = pair
            .split_once(':')
            .filter(|(id, s)| !id.is_empty() && !s.is_empty())
            .ok_or_else(|| format!("--access-key takes ID:SECRET, not {:?}", redact(pair)))?;
        b = b.credentials(id, secret);
    }
    for triple in &cli.sts_keys {
        let mut parts = triple.splitn(3, ':');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(id), Some(secret), Some(token))
                if !id.is_empty() && !secret.is_empty() && !token.is_empty() =>
            {
                b = b.sts_credentials(id, secret, token)
            }
            _ => return Err("--sts-key takes ID:SECRET:TOKEN".into()),
        }
    }
    if let Some(path) = &cli.state {
        b = b.state_file(path);
    }
    let emulator = b.start().await.map_err(|e| e.to_string())?;
    // The first line is the URL, for scripts that start the emulator with --port 0.
    println!("{}", emulator.url());
    let _ = std::io::stdout().flush();
    let from = match &cli.specs {
        Some(dir) => dir.display().to_string(),
        None => "the specs built in".to_owned(),
    };
    eprintln!(
        "serving the {} operations of {from} on {} (Ctrl-C stops)",
        emulator.operations(),
        emulator.url()
    );
    tokio::signal::ctrl_c()
        .await
        .map_err(|e| format!("cannot wait for Ctrl-C: {e}"))?;
    emulator
        .shutdown()
        .await
        .map_err(|e| format!("the state was not saved: {e}"))?;
    eprintln!("stopped");
    Ok(())
}

/// The ID part of a malformed `ID:SECRET`, so a secret never reaches the terminal.
fn redact(pair: &str) -> String {
    match pair.split_once(':') {
        Some((id, _)) => format!("{id}:<redacted>"),
        None => "<redacted>".into(),
    }
}
