// @generated from specs/dataworks-public/product.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! DataWorks (`dataworks-public`, API version `2020-05-18`), enabled by the cargo feature
//! `dataworks-public`.
use crate::runtime as rt;
pub mod update_di_sync_task;
pub use update_di_sync_task::{
    UpdateDiSyncTask, UpdateDiSyncTaskInput, UpdateDiSyncTaskOutput,
    UpdateDiSyncTaskError,
};
pub(crate) static PRODUCT: rt::ProductMeta = rt::ProductMeta {
    code: "dataworks-public",
    version: "2020-05-18",
    endpoint_prefix: "dataworks",
    regional_endpoints: &[
        ("cn-huhehaote", "dataworks.aliyuncs.com"),
        ("cn-qingdao", "dataworks.aliyuncs.com"),
        ("cn-zhangjiakou", "dataworks.aliyuncs.com"),
    ],
};
/// A client for DataWorks. Cheap to clone: clones share connections and credentials.
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
    /// `UpdateDISyncTask`: Updates a data synchronization task.
    #[inline]
    pub fn update_di_sync_task(&self) -> UpdateDiSyncTask {
        super::call(&self.inner)
    }
}
