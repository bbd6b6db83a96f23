//! The `emulator` binary: the URL on the first line, serving, Ctrl-C (SIGINT) saving the
//! state and exiting cleanly, bad flags refused without echoing a secret.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn specs() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../specs")
}

fn get(addr: &str, path: &str) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

#[test]
fn serves_on_a_free_port_and_stops_cleanly_on_ctrl_c() {
    let state = std::env::temp_dir().join(format!("emulator-cli-{}.json", std::process::id()));
    let _ = std::fs::remove_file(&state);
    let mut child = Command::new(env!("CARGO_BIN_EXE_emulator"))
        .arg("--specs")
        .arg(specs())
        .args([
            "--port",
            "0",
            "--access-key",
            "AK1:secret-one",
            "--access-key",
            "AK2:secret-two",
        ])
        .arg("--state")
        .arg(&state)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let addr = address(&mut child);
    let health = get(&addr, "/_emulator/health");
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    assert!(health.contains("\"operations\":30"), "{health}");

    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "{exit:?}");
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&state).expect("the state is saved")).unwrap();
    assert!(saved["saved_at"].as_u64().unwrap() > 0);
    let _ = std::fs::remove_file(&state);
}

#[test]
fn a_malformed_key_is_refused_without_echoing_the_secret() {
    let out = Command::new(env!("CARGO_BIN_EXE_emulator"))
        .arg("--specs")
        .arg(specs())
        .args(["--port", "0", "--access-key", "AK1-no-colon-secret"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--access-key takes ID:SECRET"), "{err}");
    assert!(!err.contains("no-colon-secret"), "{err}");
}

#[test]
fn bad_specs_are_named() {
    let out = Command::new(env!("CARGO_BIN_EXE_emulator"))
        .args(["--specs", "/nonexistent-spec-dir", "--port", "0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nonexistent-spec-dir"), "{err}");
}

/// The address on the first line the emulator prints (its URL).
fn address(child: &mut std::process::Child) -> String {
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    first
        .trim()
        .strip_prefix("http://127.0.0.1:")
        .map(|p| format!("127.0.0.1:{p}"))
        .unwrap_or_else(|| panic!("the first line is the URL, not {first:?}"))
}

#[test]
fn with_no_folder_it_serves_every_operation_of_the_specs_built_in() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_emulator"))
        .args(["--port", "0"])
        .current_dir(std::env::temp_dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let addr = address(&mut child);
    let health = get(&addr, "/_emulator/health");
    // Every operation spec of the repository: the files beside each product.yaml.
    let operations = std::fs::read_dir(specs())
        .unwrap()
        .filter_map(|e| std::fs::read_dir(e.unwrap().path()).ok())
        .flatten()
        .filter(|f| {
            let name = f.as_ref().unwrap().file_name();
            name.to_string_lossy().ends_with(".yaml") && name != "product.yaml"
        })
        .count();
    child.kill().unwrap();
    let _ = child.wait();
    let body = health.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    let body: serde_json::Value = serde_json::from_str(body).expect("health is JSON");
    assert_eq!(body["operations"], operations, "{health}");
}
