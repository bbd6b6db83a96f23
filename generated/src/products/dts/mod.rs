// @generated from specs/dts/product.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! Data Transmission Service (`Dts`, API version `2020-01-01`), enabled by the cargo feature
//! `dts`.
//!
//! Endpoints follow the official SDK's map, which sends nearly every region's requests to
//! `dts.aliyuncs.com`; regions it does not list resolve by the rule to
//! `dts.<region>.aliyuncs.com`. Where the api-docs snapshot names a regional host instead, the
//! `audit` entries say so.
use crate::runtime as rt;
mod shared;
pub mod configure_dts_job;
pub mod create_dts_instance;
pub mod delete_dts_job;
pub mod describe_dts_job_detail;
pub mod describe_dts_jobs;
pub mod describe_pre_check_status;
pub mod modify_dts_job;
pub mod reset_dts_job;
pub mod start_dts_job;
pub mod stop_dts_job;
pub mod suspend_dts_job;
pub use configure_dts_job::{
    ConfigureDtsJob, ConfigureDtsJobInput, ConfigureDtsJobOutput, ConfigureDtsJobError,
};
pub use create_dts_instance::{
    CreateDtsInstance, CreateDtsInstanceInput, CreateDtsInstanceOutput,
    CreateDtsInstanceError,
};
pub use delete_dts_job::{
    DeleteDtsJob, DeleteDtsJobInput, DeleteDtsJobOutput, DeleteDtsJobError,
};
pub use describe_dts_job_detail::{
    DescribeDtsJobDetail, DescribeDtsJobDetailInput, DescribeDtsJobDetailOutput,
    DescribeDtsJobDetailError, DtsJobRunningWaiter, DtsPrecheckPassedWaiter,
};
pub use describe_dts_jobs::{
    DescribeDtsJobs, DescribeDtsJobsInput, DescribeDtsJobsOutput, DescribeDtsJobsError,
};
pub use describe_pre_check_status::{
    DescribePreCheckStatus, DescribePreCheckStatusInput, DescribePreCheckStatusOutput,
    DescribePreCheckStatusError,
};
pub use modify_dts_job::{
    ModifyDtsJob, ModifyDtsJobInput, ModifyDtsJobOutput, ModifyDtsJobError,
};
pub use reset_dts_job::{
    ResetDtsJob, ResetDtsJobInput, ResetDtsJobOutput, ResetDtsJobError,
};
pub use start_dts_job::{
    StartDtsJob, StartDtsJobInput, StartDtsJobOutput, StartDtsJobError,
};
pub use stop_dts_job::{StopDtsJob, StopDtsJobInput, StopDtsJobOutput, StopDtsJobError};
pub use suspend_dts_job::{
    SuspendDtsJob, SuspendDtsJobInput, SuspendDtsJobOutput, SuspendDtsJobError,
};
pub(crate) static PRODUCT: rt::ProductMeta = rt::ProductMeta {
    code: "Dts",
    version: "2020-01-01",
    endpoint_prefix: "dts",
    regional_endpoints: &[
        ("ap-northeast-2-pop", "dts.aliyuncs.com"),
        ("ap-south-1", "dts.aliyuncs.com"),
        ("ap-southeast-1", "dts.aliyuncs.com"),
        ("ap-southeast-2", "dts.aliyuncs.com"),
        ("ap-southeast-3", "dts.aliyuncs.com"),
        ("ap-southeast-5", "dts.aliyuncs.com"),
        ("cn-beijing", "dts.aliyuncs.com"),
        ("cn-beijing-finance-1", "dts.aliyuncs.com"),
        ("cn-beijing-finance-pop", "dts.aliyuncs.com"),
        ("cn-beijing-gov-1", "dts.aliyuncs.com"),
        ("cn-beijing-nu16-b01", "dts.aliyuncs.com"),
        ("cn-chengdu", "dts.aliyuncs.com"),
        ("cn-edge-1", "dts.aliyuncs.com"),
        ("cn-fujian", "dts.aliyuncs.com"),
        ("cn-haidian-cm12-c01", "dts.aliyuncs.com"),
        ("cn-hangzhou", "dts.aliyuncs.com"),
        ("cn-hangzhou-bj-b01", "dts.aliyuncs.com"),
        ("cn-hangzhou-finance", "dts.aliyuncs.com"),
        ("cn-hangzhou-internal-prod-1", "dts.aliyuncs.com"),
        ("cn-hangzhou-internal-test-1", "dts.aliyuncs.com"),
        ("cn-hangzhou-internal-test-2", "dts.aliyuncs.com"),
        ("cn-hangzhou-internal-test-3", "dts.aliyuncs.com"),
        ("cn-hangzhou-test-306", "dts.aliyuncs.com"),
        ("cn-hongkong", "dts.aliyuncs.com"),
        ("cn-hongkong-finance-pop", "dts.aliyuncs.com"),
        ("cn-huhehaote", "dts.aliyuncs.com"),
        ("cn-huhehaote-nebula-1", "dts.aliyuncs.com"),
        ("cn-north-2-gov-1", "dts.aliyuncs.com"),
        ("cn-qingdao", "dts.aliyuncs.com"),
        ("cn-qingdao-nebula", "dts.aliyuncs.com"),
        ("cn-shanghai", "dts.aliyuncs.com"),
        ("cn-shanghai-et15-b01", "dts.aliyuncs.com"),
        ("cn-shanghai-et2-b01", "dts.aliyuncs.com"),
        ("cn-shanghai-finance-1", "dts.aliyuncs.com"),
        ("cn-shanghai-inner", "dts.aliyuncs.com"),
        ("cn-shanghai-internal-test-1", "dts.aliyuncs.com"),
        ("cn-shenzhen", "dts.aliyuncs.com"),
        ("cn-shenzhen-finance-1", "dts.aliyuncs.com"),
        ("cn-shenzhen-inner", "dts.aliyuncs.com"),
        ("cn-shenzhen-st4-d01", "dts.aliyuncs.com"),
        ("cn-shenzhen-su18-b01", "dts.aliyuncs.com"),
        ("cn-wuhan", "dts.aliyuncs.com"),
        ("cn-wulanchabu", "dts.aliyuncs.com"),
        ("cn-yushanfang", "dts.aliyuncs.com"),
        ("cn-zhangbei-na61-b01", "dts.aliyuncs.com"),
        ("cn-zhangjiakou", "dts.aliyuncs.com"),
        ("cn-zhangjiakou-na62-a01", "dts.aliyuncs.com"),
        ("cn-zhengzhou-nebula-1", "dts.aliyuncs.com"),
        ("eu-central-1", "dts.aliyuncs.com"),
        ("eu-west-1", "dts.aliyuncs.com"),
        ("eu-west-1-oxs", "dts.aliyuncs.com"),
        ("me-east-1", "dts.aliyuncs.com"),
        ("rus-west-1-pop", "dts.aliyuncs.com"),
        ("us-east-1", "dts.aliyuncs.com"),
        ("us-west-1", "dts.aliyuncs.com"),
    ],
};
/// A client for Data Transmission Service. Cheap to clone: clones share connections and
/// credentials.
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
    /// `ConfigureDtsJob`: Configures a data migration, data synchronization or change tracking
    /// task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn configure_dts_job(&self) -> ConfigureDtsJob {
        super::call(&self.inner)
    }
    /// `CreateDtsInstance`: Purchases a DTS instance.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn create_dts_instance(&self) -> CreateDtsInstance {
        super::call(&self.inner)
    }
    /// `DeleteDtsJob`: Deletes a data migration, data synchronization or change tracking task,
    /// releasing its instance.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn delete_dts_job(&self) -> DeleteDtsJob {
        super::call(&self.inner)
    }
    /// `DescribeDtsJobDetail`: Queries the details of a data migration, data synchronization or
    /// change tracking task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn describe_dts_job_detail(&self) -> DescribeDtsJobDetail {
        super::call(&self.inner)
    }
    /// `DescribeDtsJobs`: Queries DTS tasks and the details of each task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn describe_dts_jobs(&self) -> DescribeDtsJobs {
        super::call(&self.inner)
    }
    /// `DescribePreCheckStatus`: Queries a DTS subtask: precheck, schema migration or
    /// synchronization, full data migration or synchronization, or incremental data migration or
    /// synchronization.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn describe_pre_check_status(&self) -> DescribePreCheckStatus {
        super::call(&self.inner)
    }
    /// `ModifyDtsJob`: Modifies a Data Transmission Service (DTS) synchronization task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn modify_dts_job(&self) -> ModifyDtsJob {
        super::call(&self.inner)
    }
    /// `ResetDtsJob`: Resets a data synchronization or change tracking task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn reset_dts_job(&self) -> ResetDtsJob {
        super::call(&self.inner)
    }
    /// `StartDtsJob`: Starts a data migration, data synchronization or change tracking task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn start_dts_job(&self) -> StartDtsJob {
        super::call(&self.inner)
    }
    /// `StopDtsJob`: Stops a data migration, data synchronization or change tracking task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn stop_dts_job(&self) -> StopDtsJob {
        super::call(&self.inner)
    }
    /// `SuspendDtsJob`: Pauses a data migration or data synchronization task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn suspend_dts_job(&self) -> SuspendDtsJob {
        super::call(&self.inner)
    }
    /// Waits until dts job running: set the parameters of `DescribeDtsJobDetail`, then
    /// [`wait`](crate::Call::wait).
    ///
    /// The task is running: incremental migration or synchronization is under way, or the task has
    /// finished. Precheck, initialisation and retries keep the wait going; a failed precheck,
    /// initialisation, migration or synchronization ends it with an error.
    ///
    /// Polls `DescribeDtsJobDetail` and reads `Status`: done at `Synchronizing`, `Migrating`,
    /// `Finished`; fails at `PrecheckFailed`, `InitializeFailed`, `Failed`, `MigrationFailed`.
    ///
    /// Keeps waiting at `NotStarted`, `NotConfigured`, `Prechecking`, `PreCheckPass`,
    /// `Initializing`, `Suspending`, `Modifying`, `Retrying`, `Upgrade`, `Downgrade`, `Locked` (and
    /// at any state not listed).
    ///
    /// Requires `DtsJobId`.
    ///
    /// Delays start at 10 s and double (with jitter) up to 120 s; the wait gives up after 7200 s
    /// unless [`max_wait`](crate::Call::max_wait) says otherwise.
    #[inline]
    pub fn wait_until_dts_job_running(
        &self,
    ) -> crate::Call<
        describe_dts_job_detail::DescribeDtsJobDetailInput,
        describe_dts_job_detail::DtsJobRunningWaiter,
    > {
        super::call(&self.inner)
    }
    /// Waits until dts precheck passed: set the parameters of `DescribeDtsJobDetail`, then
    /// [`wait`](crate::Call::wait).
    ///
    /// The precheck that follows ConfigureDtsJob has passed (or the task has already moved past
    /// it); a failed precheck ends the wait with an error. DescribePreCheckStatus says which check
    /// failed.
    ///
    /// Polls `DescribeDtsJobDetail` and reads `Status`: done at `PreCheckPass`, `Initializing`,
    /// `Synchronizing`, `Migrating`, `Finished`; fails at `PrecheckFailed`.
    ///
    /// Keeps waiting at `NotStarted`, `NotConfigured`, `Prechecking`, `Retrying` (and at any state
    /// not listed).
    ///
    /// Requires `DtsJobId`.
    ///
    /// Delays start at 5 s and double (with jitter) up to 30 s; the wait gives up after 1800 s
    /// unless [`max_wait`](crate::Call::max_wait) says otherwise.
    #[inline]
    pub fn wait_until_dts_precheck_passed(
        &self,
    ) -> crate::Call<
        describe_dts_job_detail::DescribeDtsJobDetailInput,
        describe_dts_job_detail::DtsPrecheckPassedWaiter,
    > {
        super::call(&self.inner)
    }
}
