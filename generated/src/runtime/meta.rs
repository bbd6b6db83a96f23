//! What generated code tells the runtime about each product and operation.

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
}
