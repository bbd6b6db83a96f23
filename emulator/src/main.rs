//! `emulator`: serve the specs' operations on 127.0.0.1 until Ctrl-C.

use clap::{value_parser, Arg, ArgAction, ArgMatches, Command};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// The command line. Built with clap's builder rather than its derive, so the emulator's
/// dependency tree holds no procedural macro.
fn command() -> Command {
    Command::new("emulator")
        .version(env!("CARGO_PKG_VERSION"))
        .about("A local Alibaba Cloud endpoint served from the YAML specs (built in, or a folder)")
        .arg(
            Arg::new("specs")
                .long("specs")
                .value_name("DIR")
                .value_parser(value_parser!(PathBuf))
                .help("A spec folder (one sub-folder per product) to serve instead of the specs built in"),
        )
        .arg(
            Arg::new("port")
                .long("port")
                .value_parser(value_parser!(u16))
                .default_value("8080")
                .help("Port on 127.0.0.1; 0 takes a free one"),
        )
        .arg(
            Arg::new("access-key")
                .long("access-key")
                .value_name("ID:SECRET")
                .action(ArgAction::Append)
                .help("An AccessKey pair to accept, `ID:SECRET`; repeat for more. Default: `test:test`"),
        )
        .arg(
            Arg::new("sts-key")
                .long("sts-key")
                .value_name("ID:SECRET:TOKEN")
                .action(ArgAction::Append)
                .help("A temporary pair and the security token its requests must carry, `ID:SECRET:TOKEN`"),
        )
        .arg(
            Arg::new("time-scale")
                .long("time-scale")
                .value_parser(value_parser!(f64))
                .default_value("1")
                .help("How many times faster than real time the workflows advance (600: a minute is 0.1 s)"),
        )
        .arg(
            Arg::new("state")
                .long("state")
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .help("Load the state from FILE at start (when it exists) and save it there on Ctrl-C"),
        )
}

struct Cli {
    specs: Option<PathBuf>,
    port: u16,
    access_keys: Vec<String>,
    sts_keys: Vec<String>,
    time_scale: f64,
    state: Option<PathBuf>,
}

impl Cli {
    fn from(m: &ArgMatches) -> Cli {
        let strings = |id: &str| {
            m.get_many::<String>(id)
                .map(|v| v.cloned().collect())
                .unwrap_or_default()
        };
        Cli {
            specs: m.get_one::<PathBuf>("specs").cloned(),
            // Both have defaults, so clap always gives them.
            port: m.get_one::<u16>("port").copied().unwrap_or(8080),
            access_keys: strings("access-key"),
            sts_keys: strings("sts-key"),
            time_scale: m.get_one::<f64>("time-scale").copied().unwrap_or(1.0),
            state: m.get_one::<PathBuf>("state").cloned(),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::from(&command().get_matches());
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_well_formed_and_reads_every_flag() {
        super::command().debug_assert();
        let m = super::command().get_matches_from([
            "emulator",
            "--port",
            "0",
            "--access-key",
            "a:b",
            "--access-key",
            "c:d",
            "--time-scale",
            "600",
        ]);
        let cli = super::Cli::from(&m);
        assert_eq!((cli.port, cli.time_scale), (0, 600.0));
        assert_eq!(cli.access_keys, ["a:b", "c:d"]);
        assert!(cli.specs.is_none() && cli.sts_keys.is_empty() && cli.state.is_none());
        let d = super::Cli::from(&super::command().get_matches_from(["emulator"]));
        assert_eq!((d.port, d.time_scale), (8080, 1.0));
    }
}
