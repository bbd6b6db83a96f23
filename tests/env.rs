//! `Client::from_env()` and the default credential chain, from environment variables and
//! profile files. One test only: environment variables are process-wide.

use alicloud_migration::{rds, Config, DefaultCredentialsChain, ProvideCredentials};
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
}
