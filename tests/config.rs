//! Configuration: endpoint resolution, credential files, and secrets kept out of `Debug`.

use alicloud_migration::{
    dataworks_public, dts, rds, CliProfileCredentials, Config, ConfigError, Credentials,
    IniFileCredentials, ProvideCredentials,
};

fn with_region(region: &str) -> Config {
    Config::builder()
        .region(region)
        .credentials(Credentials::new("id", "secret"))
        .build()
        .unwrap()
}

#[test]
fn endpoints_come_from_the_region_map_then_the_rule() {
    assert_eq!(
        rds::Client::new(&with_region("cn-hangzhou")).endpoint(),
        "https://rds.aliyuncs.com"
    );
    assert_eq!(
        rds::Client::new(&with_region("eu-central-1")).endpoint(),
        "https://rds.eu-central-1.aliyuncs.com"
    );
    // As the official SDK: DTS's map sends its regions to the central host; a region it
    // does not list goes by the rule.
    assert_eq!(
        dts::Client::new(&with_region("cn-hangzhou")).endpoint(),
        "https://dts.aliyuncs.com"
    );
    assert_eq!(
        dts::Client::new(&with_region("ap-southeast-7")).endpoint(),
        "https://dts.ap-southeast-7.aliyuncs.com"
    );
    // The product code is dataworks-public, the host prefix is dataworks.
    assert_eq!(
        dataworks_public::Client::new(&with_region("cn-shanghai")).endpoint(),
        "https://dataworks.cn-shanghai.aliyuncs.com"
    );
    assert_eq!(
        dataworks_public::Client::new(&with_region("cn-qingdao")).endpoint(),
        "https://dataworks.aliyuncs.com"
    );
}

#[test]
fn an_explicit_endpoint_wins_and_plain_http_must_be_asked_for() {
    let c = |e: &str| {
        Config::builder()
            .region("cn-hangzhou")
            .endpoint(e)
            .credentials(Credentials::new("i", "s"))
            .build()
    };
    assert_eq!(
        rds::Client::new(&c("rds-vpc.cn-hangzhou.aliyuncs.com").unwrap()).endpoint(),
        "https://rds-vpc.cn-hangzhou.aliyuncs.com"
    );
    assert_eq!(
        rds::Client::new(&c("http://127.0.0.1:8080").unwrap()).endpoint(),
        "http://127.0.0.1:8080"
    );
    assert_eq!(
        rds::Client::new(&c("https://rds.aliyuncs.com:443/").unwrap()).endpoint(),
        "https://rds.aliyuncs.com"
    );
    assert!(matches!(c("ftp://x"), Err(ConfigError::InvalidEndpoint(_))));
    assert!(matches!(
        c("host:notaport"),
        Err(ConfigError::InvalidEndpoint(_))
    ));
    let err = Config::builder().build().unwrap_err();
    assert_eq!(err, ConfigError::MissingRegion);
    assert!(err.to_string().contains("ALIBABA_CLOUD_REGION_ID"));
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(f)
}

fn temp(name: &str, text: &str) -> std::path::PathBuf {
    let dir = tests::root().join("target/scratch/credentials");
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn cli_profiles_in_ak_and_sts_modes() {
    let path = temp(
        "config.json",
        r#"{"current": "work", "profiles": [
            {"name": "work", "mode": "AK", "access_key_id": "AK1", "access_key_secret": "S1", "region_id": "cn-hangzhou"},
            {"name": "sts", "mode": "StsToken", "access_key_id": "AK2", "access_key_secret": "S2", "sts_token": "T2"},
            {"name": "ram", "mode": "RamRoleArn", "access_key_id": "AK3", "access_key_secret": "S3"}
        ]}"#,
    );
    let current = block_on(CliProfileCredentials::new().path(path.clone()).provide()).unwrap();
    assert_eq!(current, Credentials::new("AK1", "S1"));
    let sts = block_on(
        CliProfileCredentials::new()
            .path(path.clone())
            .profile("sts")
            .provide(),
    )
    .unwrap();
    assert_eq!(sts, Credentials::new("AK2", "S2").with_security_token("T2"));
    let err = block_on(
        CliProfileCredentials::new()
            .path(path.clone())
            .profile("ram")
            .provide(),
    )
    .unwrap_err();
    // A role profile without its role: named, and no secret in the message.
    assert!(
        err.message.contains("has no ram_role_arn") && !err.message.contains("S3"),
        "{err}"
    );
    let err = block_on(
        CliProfileCredentials::new()
            .path(path)
            .profile("none")
            .provide(),
    )
    .unwrap_err();
    assert!(err.message.contains("no profile named \"none\""), "{err}");
}

#[test]
fn ini_credentials_file() {
    let path = temp(
        "credentials",
        "[default]\ntype = access_key\naccess_key_id = AK9\naccess_key_secret = S9\n\n[other]\ntype = rsa_key_pair\n",
    );
    let c = block_on(IniFileCredentials::new().path(path.clone()).provide()).unwrap();
    assert_eq!(c, Credentials::new("AK9", "S9"));
    let err = block_on(
        IniFileCredentials::new()
            .path(path)
            .profile("other")
            .provide(),
    )
    .unwrap_err();
    assert!(
        err.message.contains("\"rsa_key_pair\" is not supported"),
        "{err}"
    );
}

#[test]
fn secrets_stay_out_of_debug_output() {
    let creds = Credentials::new("LTAI-visible", "very-secret-value")
        .with_security_token("secret-sts-token");
    let config = Config::builder()
        .region("cn-hangzhou")
        .credentials(creds.clone())
        .build()
        .unwrap();
    let client = rds::Client::new(&config);
    for text in [
        format!("{creds:?}"),
        format!("{config:?}"),
        format!("{client:?}"),
        format!("{:?}", client.cancel_import()),
    ] {
        assert!(
            !text.contains("very-secret-value") && !text.contains("secret-sts-token"),
            "{text}"
        );
    }
    assert!(format!("{creds:?}").contains("LTAI-visible"));
}
