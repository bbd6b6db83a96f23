//! The emulator started with no spec folder (it carries its specs), a migration run through
//! the generated client against it.

use alicloud_migration::{Config, Credentials};
use std::time::Duration;

#[tokio::test]
async fn a_migration_runs_against_the_emulator_with_the_specs_built_in() {
    assert!(
        !std::path::Path::new("specs").exists() && !std::path::Path::new("../specs").exists(),
        "this test must run where no spec folder is reachable"
    );
    let emu = emulator::Emulator::builder()
        .time_scale(10_000.0)
        .start()
        .await
        .expect("the emulator starts with the specs it was built from");
    assert_eq!(emu.operations(), 30);
    let config = Config::builder()
        .endpoint(emu.url())
        .credentials(Credentials::new("test", "test"))
        .build()
        .unwrap();
    let (job, state) = downstream::migrate(&config, Duration::from_millis(2))
        .await
        .unwrap();
    assert!(job.starts_with("dtsjob"), "{job}");
    assert_eq!(state, "Migrating");
}
