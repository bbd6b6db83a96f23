//! The vendor's official Python SDKs (tests/support/requirements.txt) walk the three workflows
//! against the emulator, signing with ACS3-HMAC-SHA256 (their default) and with their legacy
//! HMAC-SHA1 mode, sending exactly what they send to the service: booleans as `True`, JSON
//! written by Python's `json`, their own headers. What works against the service with an
//! official SDK must work here unchanged.

use serde_json::{json, Value};

/// Runs `tests/support/official_sdk.py` for `workflow` against a fresh emulator, once per
/// signature version; returns the steps it reported.
async fn walk(workflow: &str) -> Vec<(String, Vec<Value>)> {
    let mut runs = Vec::new();
    for signature in ["v3", "v2"] {
        let emu = super::start().await;
        let input = json!({
            "endpoint": emu.url().trim_start_matches("http://"),
            "signature": signature,
            "workflow": workflow,
            "id": "test",
            "secret": "test",
        });
        let out =
            tokio::task::spawn_blocking(move || tests::vendor_python("official_sdk.py", &input))
                .await
                .expect("the SDK's run ends");
        let steps: Vec<Value> = serde_json::from_slice(&out).expect("the script prints JSON");
        runs.push((signature.to_owned(), steps));
    }
    runs
}

fn assert_steps(runs: &[(String, Vec<Value>)], expected: Value) {
    for (signature, steps) in runs {
        assert_eq!(
            Value::Array(steps.clone()),
            expected,
            "signature {signature}"
        );
    }
}

#[tokio::test]
async fn the_official_python_sdk_runs_a_dts_migration() {
    let runs = walk("dts").await;
    assert_steps(
        &runs,
        json!([
            ["buy", true],
            ["bought", "NotConfigured"],
            ["configure", true],
            ["pre-check", "PreCheckPass"],
            ["pre-check state", "Finished"],
            ["start", true],
            // DataSynchronization=True as the SDK writes it: the job migrates and keeps
            // synchronising instead of finishing.
            ["running", "Migrating"],
            ["suspend", true],
            ["suspended", ["Suspending"]],
            ["delete", true],
            ["deleted", "InvalidJobId.NotFound"],
        ]),
    );
}

#[tokio::test]
async fn the_official_python_sdk_runs_an_rds_import() {
    let runs = walk("rds").await;
    assert_steps(
        &runs,
        json!([
            ["create", true],
            ["describe", "IMPORTING"],
            ["list", 1],
            ["cancel", true],
            ["cancelled", "CANCELED"],
            ["cancel import", 200],
            ["import", ["Canceled"]],
        ]),
    );
}

#[tokio::test]
async fn the_official_python_sdk_runs_a_dataworks_sync() {
    let runs = walk("dataworks").await;
    assert_steps(
        &runs,
        json!([
            ["create", "success"],
            ["deploy", true],
            ["start", "success"],
            ["running", "RUN"],
            ["stop", "success"],
            ["stopped", "PAUSE"],
            ["delete", "success"],
        ]),
    );
}
