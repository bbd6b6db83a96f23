//! STS (product `Sts`, version `2015-04-01`), on the same port as the other products:
//! `AssumeRole` (signed, V3 or the legacy HMAC-SHA1, with the source keys checked as for any
//! call), `AssumeRoleWithOIDC` (unsigned, as the service takes it) and `GetCallerIdentity`.
//! The temporary keys issued carry a security token and an expiration on the emulated clock;
//! they authenticate calls to the other products until then, and are refused after
//! (`InvalidSecurityToken.Expired`).

use crate::auth::AccessKey;
use crate::problem::Problem;
use crate::state::timestamp;
use serde_json::{json, Value};
use std::fmt;
use std::sync::Mutex;

pub const VERSION: &str = "2015-04-01";
pub const ACTIONS: &[&str] = &["AssumeRole", "AssumeRoleWithOIDC", "GetCallerIdentity"];
/// The account every emulated identity belongs to.
pub const ACCOUNT: &str = "1234567890123456";

/// One STS request answered, for tests to inspect (which role, which source key, which OIDC
/// token).
#[derive(Clone, PartialEq, Eq)]
pub struct StsCall {
    pub action: String,
    pub role_arn: Option<String>,
    pub session_name: Option<String>,
    /// The AccessKey ID that signed it (none for `AssumeRoleWithOIDC`).
    pub signed_by: Option<String>,
    /// The OIDC token sent (`AssumeRoleWithOIDC`).
    pub oidc_token: Option<String>,
    /// The temporary AccessKey ID issued.
    pub issued: Option<String>,
}

// The OIDC token is a credential: never shown.
impl fmt::Debug for StsCall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StsCall")
            .field("action", &self.action)
            .field("role_arn", &self.role_arn)
            .field("session_name", &self.session_name)
            .field("signed_by", &self.signed_by)
            .field(
                "oidc_token",
                &self.oidc_token.as_ref().map(|_| "<redacted>"),
            )
            .field("issued", &self.issued)
            .finish()
    }
}

/// The calls answered so far.
#[derive(Debug, Default)]
pub struct Log(Mutex<Vec<StsCall>>);

impl Log {
    pub fn push(&self, call: StsCall) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(call);
    }

    pub fn all(&self) -> Vec<StsCall> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// Received parameters by name.
fn get<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

fn require<'a>(params: &'a [(String, String)], name: &str) -> Result<&'a str, Problem> {
    get(params, name).ok_or_else(|| Problem::missing(name))
}

/// A fresh temporary key: `STS.` and random characters, as the service's look.
pub fn temporary_key() -> AccessKey {
    let random = || alicloud_migration_runtime::client_token().replace('-', "");
    AccessKey {
        id: format!("STS.{}", &random()[..24]),
        secret: random(),
        token: Some(format!("CAIS{}{}", random(), random())),
    }
}

/// The `Credentials` object STS and the metadata service answer with.
pub fn credentials_json(key: &AccessKey, expires_ms: u64) -> Value {
    json!({
        "AccessKeyId": key.id,
        "AccessKeySecret": key.secret,
        "SecurityToken": key.token,
        "Expiration": timestamp(expires_ms),
    })
}

/// The role session's duration: `DurationSeconds`, 900 to 43,200, default 3,600.
fn duration(params: &[(String, String)]) -> Result<u64, Problem> {
    let Some(d) = get(params, "DurationSeconds") else {
        return Ok(3600);
    };
    match d.parse::<u64>() {
        Ok(n) if (900..=43_200).contains(&n) => Ok(n),
        _ => Err(Problem::new(
            400,
            "InvalidParameter.DurationSeconds",
            format!("The parameter DurationSeconds {d:?} is wrong: it must be 900 to 43200."),
        )),
    }
}

/// A role ARN of the form `acs:ram::<account>:role/<name>`.
fn role(params: &[(String, String)]) -> Result<(&str, &str), Problem> {
    let arn = require(params, "RoleArn")?;
    let name = arn
        .strip_prefix("acs:ram::")
        .and_then(|r| r.split_once(":role/"))
        .map(|(_, n)| n)
        .filter(|n| !n.is_empty())
        .ok_or_else(|| {
            Problem::new(
                400,
                "InvalidParameter.RoleArn",
                format!("The parameter RoleArn {arn:?} is wrong: it must be acs:ram::<account>:role/<name>."),
            )
        })?;
    Ok((arn, name))
}

/// What an answered STS call produced: its answer, and the key to issue (with its duration in
/// seconds), if any.
pub struct Outcome {
    pub answer: Value,
    pub issue: Option<(AccessKey, u64)>,
    pub call: StsCall,
}

/// Answers `action` with `params`; `signed_by` is the key that signed it (`None` for the
/// unsigned `AssumeRoleWithOIDC`); `caller_arn` is that key's identity.
pub fn answer(
    action: &str,
    params: &[(String, String)],
    signed_by: Option<&str>,
    caller_arn: &str,
) -> Result<Outcome, Problem> {
    let mut call = StsCall {
        action: action.to_owned(),
        role_arn: None,
        session_name: None,
        signed_by: signed_by.map(str::to_owned),
        oidc_token: None,
        issued: None,
    };
    match action {
        "AssumeRole" | "AssumeRoleWithOIDC" => {
            let (arn, role_name) = role(params)?;
            let session = require(params, "RoleSessionName")?;
            let seconds = duration(params)?;
            if let Some(policy) = get(params, "Policy") {
                if serde_json::from_str::<Value>(policy).is_err() {
                    return Err(Problem::new(
                        400,
                        "InvalidParameter.PolicyGrammar",
                        "The parameter Policy is not valid JSON.",
                    ));
                }
            }
            if action == "AssumeRoleWithOIDC" {
                require(params, "OIDCProviderArn")?;
                call.oidc_token = Some(require(params, "OIDCToken")?.to_owned());
            }
            let key = temporary_key();
            call.role_arn = Some(arn.to_owned());
            call.session_name = Some(session.to_owned());
            call.issued = Some(key.id.clone());
            let answer = json!({
                "AssumedRoleUser": {
                    "Arn": format!("acs:ram::{ACCOUNT}:assumed-role/{role_name}/{session}"),
                    "AssumedRoleId": format!("3{}:{session}", &key.id[4..20]),
                },
                // The credentials object is filled in with the expiration when issued.
                "Credentials": Value::Null,
            });
            Ok(Outcome {
                answer,
                issue: Some((key, seconds)),
                call,
            })
        }
        "GetCallerIdentity" => Ok(Outcome {
            answer: json!({
                "AccountId": ACCOUNT,
                "Arn": caller_arn,
                "IdentityType": if caller_arn.contains(":assumed-role/") { "AssumedRoleUser" } else { "RAMUser" },
                "UserId": signed_by.unwrap_or_default(),
                "PrincipalId": signed_by.unwrap_or_default(),
            }),
            issue: None,
            call,
        }),
        other => Err(Problem::new(
            404,
            "InvalidAction.NotFound",
            format!("Specified api {other:?} is not found, please check your url and method."),
        )),
    }
}
