//! `Client::from_env()` and the default credential chain, from environment variables and
//! profile files. One test only: environment variables are process-wide.

use alicloud_migration::{
    rds, Config, CredentialsErrorKind, DefaultCredentialsChain, Endpoints, ProvideCredentials,
};
use tests::hygiene::Checked;
use tests::server::{Reply, Server};

fn clear() {
    for v in [
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        "ALIBABA_CLOUD_SECURITY_TOKEN",
        "ALIBABA_CLOUD_REGION_ID",
        "ALIBABA_CLOUD_ENDPOINT",
        "ALIBABA_CLOUD_PROFILE",
        "ALIBABA_CLOUD_CONFIG_FILE",
        "ALIBABA_CLOUD_CREDENTIALS_FILE",
        "ALIBABA_CLOUD_ROLE_ARN",
        "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
        "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
        "ALIBABA_CLOUD_ROLE_SESSION_NAME",
        "ALIBABA_CLOUD_CLI_PROFILE_DISABLED",
        "ALIBABA_CLOUD_CREDENTIALS_URI",
        "ALIBABA_CLOUD_ECS_METADATA",
        "ALIBABA_CLOUD_IMDSV1_DISABLED",
    ] {
        std::env::remove_var(v);
    }
}

#[tokio::test]
async fn from_env_and_the_default_chain() {
    clear();
    let dir = tests::root().join("target/scratch/env");
    std::fs::create_dir_all(&dir).unwrap();
    // No home files either: point HOME at an empty folder.
    std::env::set_var("HOME", &dir);
    // Tests send nothing off this machine: the chain's ECS step would ask the instance
    // metadata service's address (tests/credentials.rs plays it on loopback instead).
    std::env::set_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");

    assert!(Config::from_env().is_err(), "no region");
    std::env::set_var("ALIBABA_CLOUD_REGION_ID", "cn-beijing");
    assert_eq!(
        rds::Client::from_env().unwrap().endpoint(),
        "https://rds.aliyuncs.com"
    );

    let err = DefaultCredentialsChain::default()
        .provide()
        .await
        .unwrap_err()
        .checked();
    assert!(err.message.contains("none found"), "{err}");

    // The INI file, then the CLI profile over it, then the environment over both.
    let ini = dir.join("credentials.ini");
    std::fs::write(
        &ini,
        "[default]\ntype = access_key\naccess_key_id = INI\naccess_key_secret = S\n",
    )
    .unwrap();
    std::env::set_var("ALIBABA_CLOUD_CREDENTIALS_FILE", &ini);
    assert_eq!(
        DefaultCredentialsChain::default()
            .provide()
            .await
            .unwrap()
            .access_key_id(),
        "INI"
    );
    let cli = dir.join("config.json");
    std::fs::write(&cli, r#"{"current":"p","profiles":[{"name":"p","mode":"AK","access_key_id":"CLI","access_key_secret":"S"}]}"#).unwrap();
    std::env::set_var("ALIBABA_CLOUD_CONFIG_FILE", &cli);
    assert_eq!(
        DefaultCredentialsChain::default()
            .provide()
            .await
            .unwrap()
            .access_key_id(),
        "CLI"
    );
    std::env::set_var("ALIBABA_CLOUD_ACCESS_KEY_ID", "ENV");
    let err = DefaultCredentialsChain::default()
        .provide()
        .await
        .unwrap_err()
        .checked();
    assert!(
        err.message
            .contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET is not"),
        "{err}"
    );
    std::env::set_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret-value");
    std::env::set_var("ALIBABA_CLOUD_SECURITY_TOKEN", "env-token-value");
    let c = DefaultCredentialsChain::default().provide().await.unwrap();
    assert_eq!(c.access_key_id(), "ENV");

    // With only the environment set, Client::from_env() and a builder make a signed call.
    let server = Server::start("env-secret-value").await;
    server.push(Reply::json(200, serde_json::json!({"RequestId": "e"})));
    std::env::set_var("ALIBABA_CLOUD_ENDPOINT", server.url());
    let out = rds::Client::from_env()
        .unwrap()
        .cancel_import()
        .db_instance_id("rm")
        .import_id(7)
        .send()
        .await
        .unwrap();
    assert_eq!(out.request_id.as_deref(), Some("e"));
    let reqs = server.requests();
    assert_eq!(reqs[0].signature, Ok(()));
    assert_eq!(
        reqs[0].header("x-acs-security-token"),
        Some("env-token-value")
    );

    // HTTP_PROXY is honoured, and NO_PROXY exempts hosts from it.
    let proxy = Server::start("env-secret-value").await;
    proxy.push(Reply::json(
        200,
        serde_json::json!({"RequestId": "via-proxy"}),
    ));
    // With credentials in its URL, which each request carries to the proxy.
    let with_login = proxy
        .url()
        .replace("http://", "http://proxy-user:proxy-pass@");
    std::env::set_var("HTTP_PROXY", with_login);
    std::env::set_var("ALIBABA_CLOUD_ENDPOINT", "http://rds.internal.test");
    let out = rds::Client::from_env()
        .unwrap()
        .cancel_import()
        .db_instance_id("rm")
        .import_id(7)
        .send()
        .await
        .unwrap();
    assert_eq!(out.request_id.as_deref(), Some("via-proxy"));
    let through = proxy.requests();
    assert!(
        through[0].path.starts_with("http://rds.internal.test/"),
        "{}",
        through[0].path
    );
    assert_eq!(through[0].header("host"), Some("rds.internal.test"));
    // base64("proxy-user:proxy-pass")
    assert_eq!(
        through[0].header("proxy-authorization"),
        Some("Basic cHJveHktdXNlcjpwcm94eS1wYXNz")
    );

    server.push(Reply::json(200, serde_json::json!({"RequestId": "direct"})));
    std::env::set_var("NO_PROXY", "127.0.0.1");
    std::env::set_var("ALIBABA_CLOUD_ENDPOINT", server.url());
    let out = rds::Client::from_env()
        .unwrap()
        .cancel_import()
        .db_instance_id("rm")
        .import_id(7)
        .send()
        .await
        .unwrap();
    assert_eq!(out.request_id.as_deref(), Some("direct"));
    assert_eq!(proxy.requests().len(), 1, "the proxy saw nothing more");
    for v in ["HTTP_PROXY", "NO_PROXY"] {
        std::env::remove_var(v);
    }
    clear();
    the_chains_temporary_sources(&dir).await;
    clear();
}

/// Each step of the default chain that gets temporary credentials, in its order, against the
/// emulator playing STS and the metadata service (nothing leaves the machine).
async fn the_chains_temporary_sources(dir: &std::path::Path) {
    let emu = emulator::Emulator::builder()
        .specs(tests::root().join("specs"))
        .credentials("source", "env-secret-value")
        .start()
        .await
        .unwrap();
    let chain = || {
        DefaultCredentialsChain::with_endpoints(
            Endpoints::default()
                .sts(emu.url())
                .metadata(emu.url())
                .clock(emu.credentials_clock()),
        )
    };
    let last_sts = || emu.sts_calls().last().map(|c| c.action.clone());
    let err = chain().provide().await.unwrap_err().checked();
    assert_eq!(err.kind, CredentialsErrorKind::NotFound, "{err}");

    // OIDC, from its three variables, before the files.
    let token = dir.join("oidc-token");
    std::fs::write(&token, "eyJ.rrsa.sig").unwrap();
    std::env::set_var(
        "ALIBABA_CLOUD_ROLE_ARN",
        "acs:ram::1234567890123456:role/pod",
    );
    std::env::set_var(
        "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
        "acs:ram::1234567890123456:oidc-provider/ack",
    );
    std::env::set_var("ALIBABA_CLOUD_OIDC_TOKEN_FILE", &token);
    let c = chain().provide().await.unwrap();
    assert!(c.access_key_id().starts_with("STS."));
    assert_eq!(last_sts().as_deref(), Some("AssumeRoleWithOIDC"));
    for v in [
        "ALIBABA_CLOUD_ROLE_ARN",
        "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
        "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
    ] {
        std::env::remove_var(v);
    }

    // The CLI profile's modes.
    let cli = dir.join("config-roles.json");
    std::fs::write(
        &cli,
        format!(
            r#"{{"current": "role", "profiles": [
                {{"name": "base", "mode": "AK", "access_key_id": "source", "access_key_secret": "env-secret-value"}},
                {{"name": "role", "mode": "RamRoleArn", "access_key_id": "source", "access_key_secret": "env-secret-value",
                  "ram_role_arn": "acs:ram::1234567890123456:role/cli", "ram_session_name": "cli-session", "expired_seconds": 900}},
                {{"name": "chained", "mode": "ChainableRamRoleArn", "source_profile": "role",
                  "ram_role_arn": "acs:ram::1234567890123456:role/chained"}},
                {{"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "EcsRamRoleForMigration"}},
                {{"name": "oidc", "mode": "OIDC", "ram_role_arn": "acs:ram::1234567890123456:role/pod",
                  "oidc_provider_arn": "acs:ram::1234567890123456:oidc-provider/ack", "oidc_token_file": "{}"}},
                {{"name": "uri", "mode": "CredentialsURI",
                  "credentials_uri": "{}/latest/meta-data/ram/security-credentials/EcsRamRoleForMigration"}},
                {{"name": "sso", "mode": "CloudSSO"}}
            ]}}"#,
            token.display(),
            emu.url()
        ),
    )
    .unwrap();
    std::env::set_var("ALIBABA_CLOUD_CONFIG_FILE", &cli);
    let c = chain().provide().await.unwrap();
    let calls = emu.sts_calls();
    let role = calls.last().unwrap();
    assert_eq!(role.action, "AssumeRole");
    assert_eq!(role.session_name.as_deref(), Some("cli-session"));
    assert_eq!(role.issued.as_deref(), Some(c.access_key_id()));
    std::env::set_var("ALIBABA_CLOUD_PROFILE", "chained");
    chain().provide().await.unwrap();
    let calls = emu.sts_calls();
    let (outer, inner) = (&calls[calls.len() - 1], &calls[calls.len() - 2]);
    assert_eq!(
        outer.role_arn.as_deref(),
        Some("acs:ram::1234567890123456:role/chained")
    );
    assert_eq!(
        outer.signed_by, inner.issued,
        "the chained role is signed by the first's keys"
    );
    let before = emu.sts_calls().len();
    for (profile, sts_action) in [
        ("ecs", None),
        ("uri", None),
        ("oidc", Some("AssumeRoleWithOIDC")),
    ] {
        std::env::set_var("ALIBABA_CLOUD_PROFILE", profile);
        let c = chain().provide().await.unwrap();
        assert!(c.access_key_id().starts_with("STS."), "{profile}");
        if let Some(action) = sts_action {
            assert_eq!(last_sts().as_deref(), Some(action), "{profile}");
        }
    }
    assert_eq!(
        emu.sts_calls().len(),
        before + 1,
        "only the OIDC profile asked STS"
    );
    std::env::set_var("ALIBABA_CLOUD_PROFILE", "sso");
    let err = chain().provide().await.unwrap_err().checked();
    assert!(
        err.message.contains("CloudSSO") && err.message.contains("browser"),
        "{err}"
    );
    std::env::remove_var("ALIBABA_CLOUD_PROFILE");

    // ALIBABA_CLOUD_CLI_PROFILE_DISABLED skips the profile: the INI file's types.
    std::env::set_var("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true");
    let ini = dir.join("credentials-roles.ini");
    std::fs::write(
        &ini,
        format!(
            "[default]\ntype = ram_role_arn\naccess_key_id = source\naccess_key_secret = env-secret-value\nrole_arn = acs:ram::1234567890123456:role/ini\n\n\
             [ecs]\ntype = ecs_ram_role\n\n\
             [oidc]\ntype = oidc_role_arn\nrole_arn = acs:ram::1234567890123456:role/pod\noidc_provider_arn = acs:ram::1:oidc-provider/ack\noidc_token_file_path = {}\n\n\
             [uri]\ntype = credentials_uri\ncredentials_uri = {}/latest/meta-data/ram/security-credentials/EcsRamRoleForMigration\n",
            token.display(),
            emu.url()
        ),
    )
    .unwrap();
    std::env::set_var("ALIBABA_CLOUD_CREDENTIALS_FILE", &ini);
    chain().provide().await.unwrap();
    assert_eq!(
        emu.sts_calls().last().unwrap().role_arn.as_deref(),
        Some("acs:ram::1234567890123456:role/ini")
    );
    for profile in ["ecs", "oidc", "uri"] {
        std::env::set_var("ALIBABA_CLOUD_PROFILE", profile);
        let c = chain().provide().await.unwrap();
        assert!(c.access_key_id().starts_with("STS."), "{profile}");
    }
    std::env::remove_var("ALIBABA_CLOUD_PROFILE");
    std::env::remove_var("ALIBABA_CLOUD_CREDENTIALS_FILE");
    std::env::remove_var("ALIBABA_CLOUD_CONFIG_FILE");

    // No file: the instance's metadata service (here the emulator's), then a URI.
    std::env::remove_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED");
    let c = chain().provide().await.unwrap();
    assert!(c.access_key_id().starts_with("STS."));
    std::env::set_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
    std::env::set_var(
        "ALIBABA_CLOUD_CREDENTIALS_URI",
        format!(
            "{}/latest/meta-data/ram/security-credentials/EcsRamRoleForMigration",
            emu.url()
        ),
    );
    let c = chain().provide().await.unwrap();
    assert!(c.access_key_id().starts_with("STS."));
    tests::hygiene::assert_log_clean();
}
