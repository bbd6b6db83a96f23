// @generated from specs/dts/product.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! Data Transmission Service (`Dts`, API version `2020-01-01`), enabled by the cargo feature
//! `dts`.
//!
//! The vendor's endpoint notes say `dts.aliyuncs.com` serves "most regions" without naming
//! them, so no region is mapped to it here; every region resolves by the rule to
//! `dts.<region>.aliyuncs.com`, which exists for every region DTS is sold in.
use crate::runtime as rt;
pub mod modify_dts_job;
pub use modify_dts_job::{
    ModifyDtsJob, ModifyDtsJobInput, ModifyDtsJobOutput, ModifyDtsJobError,
};
pub(crate) static PRODUCT: rt::ProductMeta = rt::ProductMeta {
    code: "Dts",
    version: "2020-01-01",
    endpoint_prefix: "dts",
    regional_endpoints: &[],
};
/// A client for Data Transmission Service. Cheap to clone: clones share connections and credentials.
#[derive(Clone, Debug)]
pub struct Client {
    inner: rt::Client,
}
impl Client {
    /// A client using `config` (region, credentials, endpoint, timeouts, retries).
    pub fn new(config: &crate::Config) -> Self {
        Self {
            inner: rt::Client::new(config, &PRODUCT),
        }
    }
    /// A client configured from the environment: see [`Config::from_env`](crate::Config::from_env).
    pub fn from_env() -> Result<Self, crate::ConfigError> {
        Ok(Self::new(&crate::Config::from_env()?))
    }
    /// The same client with other timeouts, for the calls made through the copy.
    pub fn with_timeouts(&self, timeouts: crate::Timeouts) -> Self {
        Self {
            inner: self.inner.with_timeouts(timeouts),
        }
    }
    /// The same client with another retry policy, for the calls made through the copy.
    pub fn with_retry(&self, retry: crate::RetryPolicy) -> Self {
        Self {
            inner: self.inner.with_retry(retry),
        }
    }
    /// The endpoint requests go to, as resolved from the configuration.
    pub fn endpoint(&self) -> &str {
        self.inner.endpoint()
    }
    /// `ModifyDtsJob`: Modifies a Data Transmission Service (DTS) synchronization task.
    #[inline]
    pub fn modify_dts_job(&self) -> ModifyDtsJob {
        super::call(&self.inner)
    }
}
