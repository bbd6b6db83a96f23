//! Credentials as production runs them, end to end against the emulator, which plays STS and
//! the ECS metadata service on loopback: each provider alone, a chained role, OIDC token
//! rotation, expiry and refresh on the emulated clock, STS down while the cache is valid and
//! after expiry, a refusal not retried in a loop, 100 concurrent cold calls making one
//! AssumeRole, the metadata service's hardened mode and its fallback, a credentials URI, and
//! the AssumeRole signature checked by the vendor's own signer, STS with V3 signatures. The
//! default chain's steps,
//! which read process-wide variables, are in tests/env.rs.

use alicloud_migration::{
    rds, Config, Credentials, CredentialsErrorKind, EcsRamRoleCredentials, Endpoints,
    OidcRoleCredentials, ProvideCredentials, RamRoleCredentials, UriCredentials,
};
use emulator::{Emulator, Fault};
use std::sync::Arc;
use std::time::Duration;
use tests::hygiene::{self, Checked};

const ROLE: &str = "acs:ram::1234567890123456:role/migrator";
const SOURCE_SECRET: &str = "test-secret-value";

/// An emulator whose clock runs 3,600 times faster than real time (an hour a second), with
/// the source pair `source`/`test-secret-value`; [`start_at`] another speed.
async fn start() -> Emulator {
    start_at(3600.0).await
}

async fn start_at(time_scale: f64) -> Emulator {
    hygiene::install();
    Emulator::builder()
        .specs(tests::root().join("specs"))
        .credentials("source", SOURCE_SECRET)
        .time_scale(time_scale)
        .start()
        .await
        .expect("the emulator starts")
}

fn endpoints(emu: &Emulator) -> Endpoints {
    Endpoints::default()
        .sts(emu.url())
        .metadata(emu.url())
        .clock(emu.credentials_clock())
}

fn role(emu: &Emulator) -> RamRoleCredentials {
    RamRoleCredentials::with_endpoints(
        Arc::new(Credentials::new("source", SOURCE_SECRET)),
        ROLE.into(),
        &endpoints(emu),
    )
    .session_name("migration-tests")
}

/// One real call to the emulator with `provider`'s credentials: it authenticates them.
async fn call_with(emu: &Emulator, provider: impl ProvideCredentials + 'static) {
    let config = Config::builder()
        .endpoint(emu.url())
        .credentials(provider)
        .build()
        .unwrap();
    let answer = rds::Client::new(&config)
        .describe_import_task_validation()
        .db_instance_id("rm-dst")
        .task_id(1)
        .send()
        .await;
    // Authenticated: an answer, or the service's refusal of the resource, never of the keys.
    if let Err(e) = answer {
        let code = e.service().map(|s| s.meta().code.clone());
        assert!(
            code.as_deref().is_some_and(|c| !c.contains("AccessKey")
                && !c.contains("Signature")
                && !c.contains("SecurityToken")),
            "the call does not authenticate: {e}"
        );
    }
}

#[tokio::test]
async fn a_ram_role_is_assumed_once_and_its_keys_authenticate_calls() {
    let emu = start().await;
    let provider = role(&emu).duration_seconds(3600);
    let creds = provider.provide().await.unwrap();
    let calls = emu.sts_calls();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].action, "AssumeRole");
    assert_eq!(calls[0].signed_by.as_deref(), Some("source"));
    assert_eq!(calls[0].role_arn.as_deref(), Some(ROLE));
    assert_eq!(calls[0].session_name.as_deref(), Some("migration-tests"));
    assert_eq!(calls[0].issued.as_deref(), Some(creds.access_key_id()));
    assert!(creds.access_key_id().starts_with("STS."));
    // Cached: a second ask makes no request.
    assert_eq!(provider.provide().await.unwrap(), creds);
    assert_eq!(emu.calls("AssumeRole"), 1);
    call_with(&emu, provider).await;
    hygiene::assert_clean("the provider's Debug", &format!("{:?}", role(&emu)));
}

#[tokio::test]
async fn a_role_chained_on_another_role_is_signed_by_the_first_roles_keys() {
    let emu = start().await;
    let first = role(&emu);
    let second = RamRoleCredentials::with_endpoints(
        Arc::new(first),
        "acs:ram::1234567890123456:role/second".into(),
        &endpoints(&emu),
    );
    let creds = second.provide().await.unwrap();
    let calls = emu.sts_calls();
    assert_eq!(calls.len(), 2, "{calls:?}");
    assert_eq!(calls[0].signed_by.as_deref(), Some("source"));
    assert_eq!(
        calls[1].signed_by, calls[0].issued,
        "signed with the first role's keys"
    );
    assert_eq!(calls[1].issued.as_deref(), Some(creds.access_key_id()));
    call_with(&emu, second).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_assume_role_for_a_hundred_cold_concurrent_calls_then_one_per_refresh() {
    let emu = start().await;
    // 900 s of credentials: at 3,600× they are due for refresh after 0.19 s.
    let provider = Arc::new(role(&emu).duration_seconds(900));
    // All spawned before any is awaited (`collect`), so they ask at once.
    let asks: Vec<_> = (0..100)
        .map(|_| {
            let p = provider.clone();
            tokio::spawn(async move { p.provide().await.map(|c| c.access_key_id().to_owned()) })
        })
        .collect();
    let mut ids = Vec::new();
    for ask in asks {
        ids.push(ask.await.unwrap().unwrap());
    }
    assert_eq!(emu.calls("AssumeRole"), 1, "one request for every caller");
    assert!(ids.iter().all(|id| *id == ids[0]));
    // Past the refresh point (a quarter of the lifetime before expiry), still before expiry.
    tokio::time::sleep(Duration::from_millis(250)).await;
    let asks: Vec<_> = (0..20)
        .map(|_| {
            let p = provider.clone();
            tokio::spawn(async move { p.provide().await.map(|c| c.access_key_id().to_owned()) })
        })
        .collect();
    for ask in asks {
        let id = ask.await.unwrap().unwrap();
        assert_ne!(id, ids[0], "refreshed");
    }
    assert_eq!(emu.calls("AssumeRole"), 2, "one refresh for every caller");
}

#[tokio::test]
async fn sts_down_serves_the_cached_keys_until_they_expire_then_a_typed_error() {
    let emu = start().await;
    // An hour of credentials, a second of real time: due for refresh 15 minutes before expiry
    // (0.75 s), unusable a minute before it (0.98 s).
    let provider = role(&emu).duration_seconds(3600);
    let first = provider.provide().await.unwrap();
    emu.inject(Fault::unavailable(Some("AssumeRole"), 503))
        .unwrap();
    tokio::time::sleep(Duration::from_millis(800)).await;
    let still = provider.provide().await.unwrap();
    assert_eq!(
        still, first,
        "the refresh failed; the valid keys stay in use"
    );
    assert_eq!(emu.calls("AssumeRole"), 2, "one refresh tried");
    assert!(
        hygiene::log().contains("refreshing credentials failed"),
        "the failure is logged"
    );
    // Past expiry: never used; the error says why, typed. (The back-off after the failed
    // refresh is on the same clock: ten emulated seconds have long passed.)
    tokio::time::sleep(Duration::from_millis(300)).await;
    let err = provider.provide().await.unwrap_err().checked();
    assert_eq!(err.kind, CredentialsErrorKind::Unavailable, "{err}");
    assert!(err.message.contains("HTTP 503"), "{err}");
    // And the expired keys are refused by the service too.
    let config = Config::builder()
        .endpoint(emu.url())
        .credentials(first)
        .build()
        .unwrap();
    let refused = rds::Client::new(&config)
        .describe_import_task_validation()
        .db_instance_id("rm-dst")
        .task_id(1)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        refused.service().unwrap().meta().code,
        "InvalidSecurityToken.Expired"
    );
    hygiene::assert_log_clean();
}

#[tokio::test]
async fn a_refused_assume_role_is_not_retried_in_a_loop() {
    // Real time: the 10 s back-off outlasts the loop however slow the machine.
    let emu = start_at(1.0).await;
    emu.inject(Fault::error(Some("AssumeRole"), "NoPermission"))
        .unwrap();
    let provider = role(&emu);
    for _ in 0..10 {
        let err = provider.provide().await.unwrap_err().checked();
        assert_eq!(err.kind, CredentialsErrorKind::Refused, "{err}");
        assert!(err.message.contains("NoPermission"), "{err}");
    }
    assert_eq!(emu.calls("AssumeRole"), 1, "asked once, then backed off");
}

#[tokio::test]
async fn wrong_source_keys_are_refused_by_sts_naming_the_role() {
    let emu = start().await;
    let provider = RamRoleCredentials::with_endpoints(
        Arc::new(Credentials::new("source", "s3cret-hostile-key")),
        ROLE.into(),
        &endpoints(&emu),
    );
    let err = provider.provide().await.unwrap_err().checked();
    assert_eq!(err.kind, CredentialsErrorKind::Refused);
    assert!(
        err.message.contains("SignatureDoesNotMatch") && err.message.contains(ROLE),
        "{err}"
    );
    let short = role(&emu).duration_seconds(600);
    let err = short.provide().await.unwrap_err();
    assert_eq!(err.kind, CredentialsErrorKind::Invalid);
    assert!(err.message.contains("900"), "{err}");
}

#[tokio::test]
async fn an_oidc_role_reads_its_rotated_token_at_every_refresh() {
    let emu = start().await;
    let dir = tests::root().join("target/scratch/oidc");
    std::fs::create_dir_all(&dir).unwrap();
    let token_file = dir.join("token");
    std::fs::write(&token_file, "eyJ.first-token.sig\n").unwrap();
    let provider = OidcRoleCredentials::new(
        ROLE,
        "acs:ram::1234567890123456:oidc-provider/ack-rrsa",
        &token_file,
        &endpoints(&emu),
    )
    .duration_seconds(900)
    .session_name("pod-1");
    let first = provider.provide().await.unwrap();
    // The platform rotates the token; the next refresh sends the new one.
    std::fs::write(&token_file, "eyJ.second-token.sig").unwrap();
    tokio::time::sleep(Duration::from_millis(250)).await;
    let second = provider.provide().await.unwrap();
    assert_ne!(first.access_key_id(), second.access_key_id());
    let tokens: Vec<_> = emu
        .sts_calls()
        .into_iter()
        .map(|c| (c.action, c.signed_by, c.oidc_token.unwrap_or_default()))
        .collect();
    assert_eq!(
        tokens,
        [
            (
                "AssumeRoleWithOIDC".into(),
                None,
                "eyJ.first-token.sig".into()
            ),
            (
                "AssumeRoleWithOIDC".into(),
                None,
                "eyJ.second-token.sig".into()
            ),
        ]
    );
    call_with(&emu, provider).await;
    // An empty token file is named.
    std::fs::write(&token_file, "").unwrap();
    let empty = OidcRoleCredentials::new(
        ROLE,
        "acs:ram::1:oidc-provider/p",
        &token_file,
        &endpoints(&emu),
    );
    let err = empty.provide().await.unwrap_err();
    assert!(
        err.message.contains("is empty") && err.message.contains("token"),
        "{err}"
    );
}

#[tokio::test]
async fn the_ecs_role_comes_through_the_hardened_mode_and_falls_back_to_the_plain_one() {
    let emu = start().await;
    // Hardened only on the instance: the provider gets a session token first.
    emu.set_metadata_modes(false, true);
    let ecs = EcsRamRoleCredentials::new(&endpoints(&emu));
    let creds = ecs.provide().await.unwrap();
    assert!(creds.access_key_id().starts_with("STS."));
    call_with(&emu, ecs).await;
    // An instance without session tokens: the provider falls back to the plain mode...
    emu.set_metadata_modes(true, false);
    let plain = EcsRamRoleCredentials::new(&endpoints(&emu)).role_name("EcsRamRoleForMigration");
    assert!(plain.provide().await.is_ok());
    // ...unless told not to.
    let strict = EcsRamRoleCredentials::new(&endpoints(&emu)).hardened_only(true);
    let err = strict.provide().await.unwrap_err().checked();
    assert!(err.message.contains("IMDSV1_DISABLED"), "{err}");
    // A role the instance does not have.
    let wrong = EcsRamRoleCredentials::new(&endpoints(&emu)).role_name("Other");
    assert_eq!(
        wrong.provide().await.unwrap_err().kind,
        CredentialsErrorKind::Refused
    );
}

#[tokio::test]
async fn a_credentials_uri_is_read_and_its_keys_authenticate_calls() {
    let emu = start().await;
    // The metadata service's answer has the URI format.
    let uri = format!(
        "{}/latest/meta-data/ram/security-credentials/EcsRamRoleForMigration",
        emu.url()
    );
    let provider = UriCredentials::new(&uri, &endpoints(&emu));
    assert!(provider.provide().await.is_ok());
    call_with(&emu, provider).await;
    let missing = UriCredentials::new(
        format!("{}/latest/nothing?token=s3cret-hostile-key", emu.url()),
        &endpoints(&emu),
    );
    let err = missing.provide().await.unwrap_err().checked();
    assert!(err.message.contains("HTTP 404"), "{err}");
    hygiene::assert_clean("the provider's Debug", &format!("{missing:?}"));
}

#[test]
fn the_assume_role_signature_is_the_vendors() {
    let provider = RamRoleCredentials::new(Credentials::new("source", SOURCE_SECRET), ROLE)
        .sts_endpoint("sts.cn-hangzhou.aliyuncs.com")
        .policy(
            r#"{"Version":"1","Statement":[{"Effect":"Allow","Action":"rds:*","Resource":"*"}]}"#,
        )
        .external_id("abc 123/=+");
    let source =
        Credentials::new("source", SOURCE_SECRET).with_security_token("sts/token+with=chars");
    let request = provider.signed_request(&source);
    assert_eq!(request.method(), "GET");
    assert_eq!(request.uri().host(), Some("sts.cn-hangzhou.aliyuncs.com"));
    let mut params = serde_json::Map::new();
    let mut signature = String::new();
    for pair in request.uri().query().unwrap().split('&') {
        let (k, v) = pair.split_once('=').unwrap();
        let decode = |s: &str| {
            let bytes = s.replace('+', " ");
            let mut out = Vec::new();
            let b = bytes.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if b[i] == b'%' {
                    out.push(u8::from_str_radix(&bytes[i + 1..i + 3], 16).unwrap());
                    i += 3;
                } else {
                    out.push(b[i]);
                    i += 1;
                }
            }
            String::from_utf8(out).unwrap()
        };
        if k == "Signature" {
            signature = decode(v);
        } else {
            params.insert(decode(k), decode(v).into());
        }
    }
    assert_eq!(params["SecurityToken"], "sts/token+with=chars");
    assert_eq!(params["ExternalId"], "abc 123/=+");
    let input = serde_json::json!({"params": params, "method": "GET", "secret": SOURCE_SECRET});
    let vendor = String::from_utf8(tests::vendor_python("rpc_sign.py", &input)).unwrap();
    assert_eq!(signature, vendor);
}

#[tokio::test]
async fn sts_takes_v3_signatures_and_knows_who_calls() {
    use tests::raw::{send, Signed};
    let emu = start().await;
    let mut assume = Signed::new("AssumeRole", "2015-04-01")
        .param("RoleArn", ROLE)
        .param("RoleSessionName", "v3-session");
    (assume.id, assume.secret) = ("source", SOURCE_SECRET);
    let (status, body) = send(emu.addr(), &assume).await;
    assert_eq!(status, 200, "{body}");
    let creds = &body["Credentials"];
    let (id, secret, token) = (
        creds["AccessKeyId"].as_str().unwrap().to_owned(),
        creds["AccessKeySecret"].as_str().unwrap().to_owned(),
        creds["SecurityToken"].as_str().unwrap().to_owned(),
    );
    assert_eq!(
        body["AssumedRoleUser"]["Arn"],
        "acs:ram::1234567890123456:assumed-role/migrator/v3-session"
    );
    // The issued keys sign the next call, with their token; the caller is the assumed role.
    let mut who = Signed::new("GetCallerIdentity", "2015-04-01");
    (who.id, who.secret, who.token) = (&id, &secret, Some(token.as_str()));
    let (status, body) = send(emu.addr(), &who).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["IdentityType"], "AssumedRoleUser");
    assert_eq!(
        body["Arn"],
        "acs:ram::1234567890123456:assumed-role/migrator/v3-session"
    );
    // Without the token, refused as the service refuses it.
    let mut tokenless = Signed::new("GetCallerIdentity", "2015-04-01");
    (tokenless.id, tokenless.secret) = (&id, &secret);
    let (status, body) = send(emu.addr(), &tokenless).await;
    assert_eq!(
        (status, body["Code"].as_str()),
        (400, Some("MissingParameter")),
        "{body}"
    );
    // A malformed role is named.
    let mut bad = Signed::new("AssumeRole", "2015-04-01")
        .param("RoleArn", "migrator")
        .param("RoleSessionName", "s");
    (bad.id, bad.secret) = ("source", SOURCE_SECRET);
    let (status, body) = send(emu.addr(), &bad).await;
    assert_eq!(
        (status, body["Code"].as_str()),
        (400, Some("InvalidParameter.RoleArn"))
    );
}
