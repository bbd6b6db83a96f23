//! The spec files exactly as written: plain serde structs, every key optional where the format
//! allows it, unknown keys rejected. Meaning is checked later, in `model::validate`.

use serde::Deserialize;
use serde_yaml::Value;
use std::collections::BTreeMap;

/// `specs/<product>/product.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProduct {
    pub code: String,
    pub module: Option<String>,
    pub name: String,
    pub version: String,
    pub style: String,
    pub signing: String,
    pub endpoint: RawEndpoint,
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub audit: Vec<RawAudit>,
}

/// A difference from the vendor's metadata that is right on purpose, and why
/// (`codegen audit` accepts it only with a reason).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAudit {
    pub kind: String,
    /// The parameter, region or action the difference concerns.
    pub subject: String,
    pub why: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEndpoint {
    pub prefix: String,
    #[serde(default)]
    pub regions: BTreeMap<String, String>,
}

/// `specs/<product>/<Action>.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOperation {
    pub product: String,
    pub action: String,
    pub rust_name: Option<String>,
    pub summary: String,
    pub description: Option<String>,
    pub method: Option<String>,
    pub idempotent: Option<bool>,
    #[serde(default)]
    pub deprecated: bool,
    pub ram: Option<RawRam>,
    #[serde(default)]
    pub parameters: Vec<RawField>,
    pub response: RawResponse,
    pub pagination: Option<RawPagination>,
    #[serde(default)]
    pub errors: Vec<RawError>,
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub audit: Vec<RawAudit>,
    #[serde(default)]
    pub waiters: Vec<RawWaiter>,
}

/// Polling this operation until the resource reaches a documented state.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWaiter {
    /// snake_case: the client method is `wait_until_<name>`.
    pub name: String,
    pub description: Option<String>,
    /// The parameters (wire names) that identify the resource: the waiter requires them.
    #[serde(default)]
    pub input: Vec<String>,
    /// Dotted response path to the state (a string field; an array step takes its first item).
    pub state: String,
    pub success: Vec<String>,
    #[serde(default)]
    pub failure: Vec<String>,
    /// States that keep the wait going, listed for the reader (unlisted states do too).
    #[serde(default)]
    pub pending: Vec<String>,
    pub delay: RawDelay,
    /// The default limit on the whole wait, in seconds.
    pub timeout: u64,
}

/// Seconds between polls: the first delay, doubling up to `max`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDelay {
    pub min: u64,
    pub max: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRam {
    pub action: String,
    pub access_level: String,
    pub resource: Option<String>,
}

/// A parameter, a response field, an array item or a map value: one shape, so nesting is
/// uniform. Keys that only make sense on top-level parameters are rejected elsewhere by the
/// validator, with their location.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawField {
    pub name: Option<String>,
    pub rust_name: Option<String>,
    #[serde(rename = "type")]
    pub ty: Option<String>,
    #[serde(rename = "in")]
    pub location: Option<String>,
    pub required: Option<bool>,
    pub default: Option<Value>,
    pub description: Option<String>,
    pub example: Option<Value>,
    #[serde(rename = "enum")]
    pub values: Option<Vec<RawEnumValue>>,
    pub open: Option<bool>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub ascii: Option<bool>,
    pub format: Option<String>,
    pub minimum: Option<i64>,
    pub maximum: Option<i64>,
    pub idempotency_token: Option<bool>,
    pub sensitive: Option<bool>,
    pub style: Option<String>,
    pub type_name: Option<String>,
    pub additional: Option<bool>,
    pub items: Option<Box<RawField>>,
    #[serde(rename = "values")]
    pub map_values: Option<Box<RawField>>,
    pub fields: Option<Vec<RawField>>,
    #[serde(default)]
    pub notes: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEnumValue {
    pub value: Value,
    pub rust_name: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawResponse {
    #[serde(default)]
    pub fields: Vec<RawField>,
    pub failure: Option<RawFailure>,
    /// The page's JSON sample of a success answer, as text.
    pub example: Option<String>,
}

/// How a failure is reported inside an HTTP 200 body.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFailure {
    /// A boolean field that is `false` on failure.
    pub success: Option<String>,
    /// A string field whose value outside `ok` means failure.
    pub status: Option<RawStatusCheck>,
    pub code: Option<String>,
    pub message: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatusCheck {
    pub field: String,
    pub ok: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPagination {
    /// Pages by number: the integer parameter naming the page.
    pub page_number: Option<String>,
    /// Pages by token: the string parameter that takes the token of the page to read...
    pub token: Option<String>,
    /// ...and the response field that holds the next page's (absent or empty on the last).
    pub next_token: Option<String>,
    pub page_size: String,
    pub items: String,
    /// The integer total of items; required with page numbers, optional with tokens.
    pub total: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawError {
    pub status: u16,
    pub code: String,
    pub rust_name: Option<String>,
    pub message: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub retryable: bool,
}
