//! The emulator: the three workflows driven through the generated client and its waiters, and
//! through the vendor's official Python SDKs; authentication and validation as the service
//! answers them, bad input, faults, state files.

mod official_sdk;
mod protocol;
mod refusal;
mod robustness;
mod workflows;

use alicloud_migration::Config;
use emulator::Emulator;
use std::time::Duration;

/// An emulator on the repository's specs whose workflows run 10,000 times faster than real
/// time: a 60 s pre-check takes 6 ms.
async fn start() -> Emulator {
    Emulator::builder()
        .specs(tests::root().join("specs"))
        .credentials("test", "test")
        .time_scale(10_000.0)
        .start()
        .await
        .expect("the emulator starts on the repository's specs")
}

fn config(emulator: &Emulator) -> Config {
    tests::fast_config(emulator.url(), "test", "test")
}

/// Waiter delays short enough for the emulated clock.
const POLL: Duration = Duration::from_millis(2);
