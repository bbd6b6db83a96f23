//! The spec files exactly as written: plain structs read through serde (see
//! [`record!`](macro@crate::record)), every key optional where the format allows it, unknown
//! keys rejected. Meaning is checked later, in `model::validate`.

use crate::record;
use serde_yaml::Value;
use std::collections::BTreeMap;

record! {
    /// `specs/<product>/product.yaml`.
    #[derive(Debug)]
    pub struct RawProduct {
        pub code: String = required "code",
        pub module: Option<String> = optional "module",
        pub name: String = required "name",
        pub version: String = required "version",
        pub style: String = required "style",
        pub signing: String = required "signing",
        pub endpoint: RawEndpoint = required "endpoint",
        pub notes: Vec<String> = optional "notes",
        pub audit: Vec<RawAudit> = optional "audit",
    }
}

record! {
    /// A difference from the vendor's metadata that is right on purpose, and why
    /// (`codegen audit` accepts it only with a reason).
    #[derive(Debug)]
    pub struct RawAudit {
        pub kind: String = required "kind",
        /// The parameter, region or action the difference concerns.
        pub subject: String = required "subject",
        pub why: String = required "why",
    }
}

record! {
    #[derive(Debug)]
    pub struct RawEndpoint {
        pub prefix: String = required "prefix",
        pub regions: BTreeMap<String, String> = optional "regions",
    }
}

record! {
    /// `specs/<product>/<Action>.yaml`.
    #[derive(Debug)]
    pub struct RawOperation {
        pub product: String = required "product",
        pub action: String = required "action",
        pub rust_name: Option<String> = optional "rust_name",
        pub summary: String = required "summary",
        pub description: Option<String> = optional "description",
        pub method: Option<String> = optional "method",
        pub idempotent: Option<bool> = optional "idempotent",
        pub deprecated: bool = optional "deprecated",
        pub ram: Option<RawRam> = optional "ram",
        pub parameters: Vec<RawField> = optional "parameters",
        pub response: RawResponse = required "response",
        pub pagination: Option<RawPagination> = optional "pagination",
        pub errors: Vec<RawError> = optional "errors",
        pub notes: Vec<String> = optional "notes",
        pub audit: Vec<RawAudit> = optional "audit",
        pub waiters: Vec<RawWaiter> = optional "waiters",
    }
}

record! {
    /// Polling this operation until the resource reaches a documented state.
    #[derive(Debug)]
    pub struct RawWaiter {
        /// snake_case: the client method is `wait_until_<name>`.
        pub name: String = required "name",
        pub description: Option<String> = optional "description",
        /// The parameters (wire names) that identify the resource: the waiter requires them.
        pub input: Vec<String> = optional "input",
        /// Dotted response path to the state (a string field; an array step takes its first item).
        pub state: String = required "state",
        pub success: Vec<String> = required "success",
        pub failure: Vec<String> = optional "failure",
        /// States that keep the wait going, listed for the reader (unlisted states do too).
        pub pending: Vec<String> = optional "pending",
        pub delay: RawDelay = required "delay",
        /// The default limit on the whole wait, in seconds.
        pub timeout: u64 = required "timeout",
    }
}

record! {
    /// Seconds between polls: the first delay, doubling up to `max`.
    #[derive(Debug)]
    pub struct RawDelay {
        pub min: u64 = required "min",
        pub max: u64 = required "max",
    }
}

record! {
    #[derive(Debug)]
    pub struct RawRam {
        pub action: String = required "action",
        pub access_level: String = required "access_level",
        pub resource: Option<String> = optional "resource",
    }
}

record! {
    /// A parameter, a response field, an array item or a map value: one shape, so nesting is
    /// uniform. Keys that only make sense on top-level parameters are rejected elsewhere by the
    /// validator, with their location.
    #[derive(Debug)]
    pub struct RawField {
        pub name: Option<String> = optional "name",
        pub rust_name: Option<String> = optional "rust_name",
        pub ty: Option<String> = optional "type",
        pub location: Option<String> = optional "in",
        pub required: Option<bool> = optional "required",
        pub default: Option<Value> = optional "default",
        pub description: Option<String> = optional "description",
        pub example: Option<Value> = optional "example",
        pub values: Option<Vec<RawEnumValue>> = optional "enum",
        pub open: Option<bool> = optional "open",
        pub min_length: Option<u64> = optional "min_length",
        pub max_length: Option<u64> = optional "max_length",
        pub ascii: Option<bool> = optional "ascii",
        pub format: Option<String> = optional "format",
        pub minimum: Option<i64> = optional "minimum",
        pub maximum: Option<i64> = optional "maximum",
        pub idempotency_token: Option<bool> = optional "idempotency_token",
        pub sensitive: Option<bool> = optional "sensitive",
        pub style: Option<String> = optional "style",
        pub type_name: Option<String> = optional "type_name",
        pub additional: Option<bool> = optional "additional",
        pub items: Option<Box<RawField>> = optional "items",
        pub map_values: Option<Box<RawField>> = optional "values",
        pub fields: Option<Vec<RawField>> = optional "fields",
        pub notes: Vec<String> = optional "notes",
    }
}

record! {
    #[derive(Debug)]
    pub struct RawEnumValue {
        pub value: Value = required "value",
        pub rust_name: Option<String> = optional "rust_name",
        pub description: Option<String> = optional "description",
    }
}

record! {
    #[derive(Debug)]
    pub struct RawResponse {
        pub fields: Vec<RawField> = optional "fields",
        pub failure: Option<RawFailure> = optional "failure",
        /// The page's JSON sample of a success answer, as text.
        pub example: Option<String> = optional "example",
    }
}

record! {
    /// How a failure is reported inside an HTTP 200 body.
    #[derive(Debug)]
    pub struct RawFailure {
        /// A boolean field that is `false` on failure.
        pub success: Option<String> = optional "success",
        /// A string field whose value outside `ok` means failure.
        pub status: Option<RawStatusCheck> = optional "status",
        pub code: Option<String> = optional "code",
        pub message: Option<String> = optional "message",
    }
}

record! {
    #[derive(Debug)]
    pub struct RawStatusCheck {
        pub field: String = required "field",
        pub ok: Vec<String> = required "ok",
    }
}

record! {
    #[derive(Debug)]
    pub struct RawPagination {
        /// Pages by number: the integer parameter naming the page.
        pub page_number: Option<String> = optional "page_number",
        /// Pages by token: the string parameter that takes the token of the page to read...
        pub token: Option<String> = optional "token",
        /// ...and the response field that holds the next page's (absent or empty on the last).
        pub next_token: Option<String> = optional "next_token",
        pub page_size: String = required "page_size",
        pub items: String = required "items",
        /// The integer total of items; required with page numbers, optional with tokens.
        pub total: Option<String> = optional "total",
    }
}

record! {
    #[derive(Debug)]
    pub struct RawError {
        pub status: u16 = required "status",
        pub code: String = required "code",
        pub rust_name: Option<String> = optional "rust_name",
        pub message: Option<String> = optional "message",
        pub description: Option<String> = optional "description",
        pub retryable: bool = optional "retryable",
    }
}
