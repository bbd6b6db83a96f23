//! What generated code tells the runtime about each product, operation and parameter: plain
//! data in statics, read by shared code (one checker and one encoder for every operation,
//! instead of a copy per operation to compile).

/// A product: its code, API version and endpoint rules (from `product.yaml`).
#[derive(Debug)]
pub struct ProductMeta {
    pub code: &'static str,
    pub version: &'static str,
    /// Host prefix of the rule `<prefix>.<region>.aliyuncs.com`.
    pub endpoint_prefix: &'static str,
    /// Regions whose host differs from the rule.
    pub regional_endpoints: &'static [(&'static str, &'static str)],
}

/// An operation: what the runtime needs to send it and to decide on retries.
#[derive(Debug)]
pub struct OperationMeta {
    pub product: &'static ProductMeta,
    /// Wire name, sent as `x-acs-action`.
    pub action: &'static str,
    pub method: &'static str,
    /// Network failures and 5xx may be retried.
    pub idempotent: bool,
    /// Error codes the spec marks retryable.
    pub retryable_codes: &'static [&'static str],
    /// The parameters, in the order the input's `values()` lists them.
    pub params: &'static [Param],
}

/// One request parameter: where it travels and the documented rules it must meet.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    /// The wire name, e.g. `ClientToken`.
    pub wire: &'static str,
    pub at: At,
    /// Composite values are flattened (`Name.1.Key`) rather than sent as JSON text.
    pub flat: bool,
    pub required: bool,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub ascii: bool,
    pub time: Option<TimeFormat>,
    pub minimum: Option<i64>,
    pub maximum: Option<i64>,
    pub one_of: OneOf,
}

/// The documented values of an enum parameter, when the list is closed.
#[derive(Clone, Copy, Debug)]
pub enum OneOf {
    Any,
    Str(&'static [&'static str]),
    Int(&'static [i64]),
}

// Builders usable in statics, so each generated parameter is one short line.
impl Param {
    pub const fn query(wire: &'static str) -> Param {
        Param {
            wire,
            at: At::Query,
            flat: false,
            required: false,
            min_length: None,
            max_length: None,
            ascii: false,
            time: None,
            minimum: None,
            maximum: None,
            one_of: OneOf::Any,
        }
    }

    pub const fn body(wire: &'static str) -> Param {
        Param {
            at: At::Body,
            ..Param::query(wire)
        }
    }

    pub const fn required(self) -> Param {
        Param {
            required: true,
            ..self
        }
    }

    pub const fn flat(self) -> Param {
        Param { flat: true, ..self }
    }

    pub const fn length(self, min_length: Option<u64>, max_length: Option<u64>) -> Param {
        Param {
            min_length,
            max_length,
            ..self
        }
    }

    pub const fn ascii(self) -> Param {
        Param {
            ascii: true,
            ..self
        }
    }

    pub const fn time(self, format: TimeFormat) -> Param {
        Param {
            time: Some(format),
            ..self
        }
    }

    pub const fn range(self, minimum: Option<i64>, maximum: Option<i64>) -> Param {
        Param {
            minimum,
            maximum,
            ..self
        }
    }

    pub const fn one_of(self, values: &'static [&'static str]) -> Param {
        Param {
            one_of: OneOf::Str(values),
            ..self
        }
    }

    pub const fn one_of_int(self, values: &'static [i64]) -> Param {
        Param {
            one_of: OneOf::Int(values),
            ..self
        }
    }
}

/// Where a parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Query,
    /// The `application/x-www-form-urlencoded` body.
    Body,
}

/// The time formats the specs use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeFormat {
    /// `yyyy-MM-ddTHH:mmZ`
    UtcMinute,
    /// `yyyy-MM-ddTHH:mm:ssZ`
    UtcSecond,
}

impl TimeFormat {
    pub fn pattern(self) -> &'static str {
        match self {
            TimeFormat::UtcMinute => "yyyy-MM-ddTHH:mmZ",
            TimeFormat::UtcSecond => "yyyy-MM-ddTHH:mm:ssZ",
        }
    }
}
