// @generated from specs/dataworks-public/product.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! DataWorks (`dataworks-public`, API version `2020-05-18`), enabled by the cargo feature
//! `dataworks-public`.
//!
//! Endpoints follow the official SDK's map; regions it does not list resolve by the rule to
//! `dataworks.<region>.aliyuncs.com`. Where the api-docs snapshot names another host, the
//! `audit` entries say so.
use crate::runtime as rt;
mod shared;
pub mod create_di_sync_task;
pub mod delete_di_sync_task;
pub mod deploy_di_sync_task;
pub mod generate_di_sync_task_config_for_creating;
pub mod get_di_sync_instance_info;
pub mod get_di_sync_task;
pub mod query_di_sync_task_config_process_result;
pub mod start_di_sync_instance;
pub mod stop_di_sync_instance;
pub mod terminate_di_sync_instance;
pub mod update_di_sync_task;
pub use create_di_sync_task::{
    CreateDiSyncTask, CreateDiSyncTaskInput, CreateDiSyncTaskOutput,
    CreateDiSyncTaskError,
};
pub use delete_di_sync_task::{
    DeleteDiSyncTask, DeleteDiSyncTaskInput, DeleteDiSyncTaskOutput,
    DeleteDiSyncTaskError,
};
pub use deploy_di_sync_task::{
    DeployDiSyncTask, DeployDiSyncTaskInput, DeployDiSyncTaskOutput,
    DeployDiSyncTaskError,
};
pub use generate_di_sync_task_config_for_creating::{
    GenerateDiSyncTaskConfigForCreating, GenerateDiSyncTaskConfigForCreatingInput,
    GenerateDiSyncTaskConfigForCreatingOutput, GenerateDiSyncTaskConfigForCreatingError,
};
pub use get_di_sync_instance_info::{
    GetDiSyncInstanceInfo, GetDiSyncInstanceInfoInput, GetDiSyncInstanceInfoOutput,
    GetDiSyncInstanceInfoError, DiSyncInstanceRunningWaiter, DiSyncInstanceFinishedWaiter,
};
pub use get_di_sync_task::{
    GetDiSyncTask, GetDiSyncTaskInput, GetDiSyncTaskOutput, GetDiSyncTaskError,
};
pub use query_di_sync_task_config_process_result::{
    QueryDiSyncTaskConfigProcessResult, QueryDiSyncTaskConfigProcessResultInput,
    QueryDiSyncTaskConfigProcessResultOutput, QueryDiSyncTaskConfigProcessResultError,
};
pub use start_di_sync_instance::{
    StartDiSyncInstance, StartDiSyncInstanceInput, StartDiSyncInstanceOutput,
    StartDiSyncInstanceError,
};
pub use stop_di_sync_instance::{
    StopDiSyncInstance, StopDiSyncInstanceInput, StopDiSyncInstanceOutput,
    StopDiSyncInstanceError,
};
pub use terminate_di_sync_instance::{
    TerminateDiSyncInstance, TerminateDiSyncInstanceInput, TerminateDiSyncInstanceOutput,
    TerminateDiSyncInstanceError,
};
pub use update_di_sync_task::{
    UpdateDiSyncTask, UpdateDiSyncTaskInput, UpdateDiSyncTaskOutput,
    UpdateDiSyncTaskError,
};
pub(crate) static PRODUCT: rt::ProductMeta = rt::ProductMeta {
    code: "dataworks-public",
    version: "2020-05-18",
    endpoint_prefix: "dataworks",
    regional_endpoints: &[
        ("ap-northeast-2-pop", "dataworks.aliyuncs.com"),
        ("ap-south-1", "dataworks.aliyuncs.com"),
        ("ap-southeast-2", "dataworks.aliyuncs.com"),
        ("cn-beijing-finance-pop", "dataworks.aliyuncs.com"),
        ("cn-beijing-gov-1", "dataworks.aliyuncs.com"),
        ("cn-beijing-nu16-b01", "dataworks.aliyuncs.com"),
        ("cn-edge-1", "dataworks.aliyuncs.com"),
        ("cn-fujian", "dataworks.aliyuncs.com"),
        ("cn-haidian-cm12-c01", "dataworks.aliyuncs.com"),
        ("cn-hangzhou-bj-b01", "dataworks.aliyuncs.com"),
        ("cn-hangzhou-finance", "dataworks.aliyuncs.com"),
        ("cn-hangzhou-internal-prod-1", "dataworks.aliyuncs.com"),
        ("cn-hangzhou-internal-test-1", "dataworks.aliyuncs.com"),
        ("cn-hangzhou-internal-test-2", "dataworks.aliyuncs.com"),
        ("cn-hangzhou-internal-test-3", "dataworks.aliyuncs.com"),
        ("cn-hangzhou-test-306", "dataworks.aliyuncs.com"),
        ("cn-hongkong-finance-pop", "dataworks.aliyuncs.com"),
        ("cn-huhehaote", "dataworks.aliyuncs.com"),
        ("cn-huhehaote-nebula-1", "dataworks.aliyuncs.com"),
        ("cn-qingdao", "dataworks.aliyuncs.com"),
        ("cn-qingdao-nebula", "dataworks.aliyuncs.com"),
        ("cn-shanghai-et15-b01", "dataworks.aliyuncs.com"),
        ("cn-shanghai-et2-b01", "dataworks.aliyuncs.com"),
        ("cn-shanghai-inner", "dataworks.aliyuncs.com"),
        ("cn-shanghai-internal-test-1", "dataworks.aliyuncs.com"),
        ("cn-shenzhen-inner", "dataworks.aliyuncs.com"),
        ("cn-shenzhen-st4-d01", "dataworks.aliyuncs.com"),
        ("cn-shenzhen-su18-b01", "dataworks.aliyuncs.com"),
        ("cn-wuhan", "dataworks.aliyuncs.com"),
        ("cn-yushanfang", "dataworks.aliyuncs.com"),
        ("cn-zhangbei", "dataworks.aliyuncs.com"),
        ("cn-zhangbei-na61-b01", "dataworks.aliyuncs.com"),
        ("cn-zhangjiakou-na62-a01", "dataworks.aliyuncs.com"),
        ("cn-zhengzhou-nebula-1", "dataworks.aliyuncs.com"),
        ("eu-west-1-oxs", "dataworks.aliyuncs.com"),
        ("rus-west-1-pop", "dataworks.aliyuncs.com"),
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
    /// `CreateDISyncTask`: Creates a data synchronization task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn create_di_sync_task(&self) -> CreateDiSyncTask {
        super::call(&self.inner)
    }
    /// `DeleteDISyncTask`: Deletes a real-time synchronization task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn delete_di_sync_task(&self) -> DeleteDiSyncTask {
        super::call(&self.inner)
    }
    /// `DeployDISyncTask`: Deploys a real-time synchronization task or a data synchronization
    /// solution.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn deploy_di_sync_task(&self) -> DeployDiSyncTask {
        super::call(&self.inner)
    }
    /// `GenerateDISyncTaskConfigForCreating`: Starts generating, asynchronously, the configuration
    /// for creating a real-time synchronization task or a data synchronization solution.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn generate_di_sync_task_config_for_creating(
        &self,
    ) -> GenerateDiSyncTaskConfigForCreating {
        super::call(&self.inner)
    }
    /// `GetDISyncInstanceInfo`: Queries the status of a real-time synchronization task or a data
    /// synchronization solution.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn get_di_sync_instance_info(&self) -> GetDiSyncInstanceInfo {
        super::call(&self.inner)
    }
    /// `GetDISyncTask`: Queries the details of a real-time synchronization task or a data
    /// synchronization solution.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn get_di_sync_task(&self) -> GetDiSyncTask {
        super::call(&self.inner)
    }
    /// `QueryDISyncTaskConfigProcessResult`: Queries the configuration that
    /// GenerateDISyncTaskConfigForCreating generated asynchronously.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn query_di_sync_task_config_process_result(
        &self,
    ) -> QueryDiSyncTaskConfigProcessResult {
        super::call(&self.inner)
    }
    /// `StartDISyncInstance`: Starts a real-time synchronization task or a data synchronization
    /// solution.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn start_di_sync_instance(&self) -> StartDiSyncInstance {
        super::call(&self.inner)
    }
    /// `StopDISyncInstance`: Stops a real-time synchronization task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn stop_di_sync_instance(&self) -> StopDiSyncInstance {
        super::call(&self.inner)
    }
    /// `TerminateDISyncInstance`: Terminates (undeploys) a real-time synchronization task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn terminate_di_sync_instance(&self) -> TerminateDiSyncInstance {
        super::call(&self.inner)
    }
    /// `UpdateDISyncTask`: Updates a data synchronization task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn update_di_sync_task(&self) -> UpdateDiSyncTask {
        super::call(&self.inner)
    }
    /// Waits until di sync instance running: set the parameters of `GetDISyncInstanceInfo`, then
    /// [`wait`](crate::Call::wait).
    ///
    /// A real-time synchronization task (TaskType DI_REALTIME) started by StartDISyncInstance is
    /// running. Being terminated (KILLING) ends the wait with an error.
    ///
    /// Polls `GetDISyncInstanceInfo` and reads `Data.Status`: done at `RUN`; fails at `KILLING`,
    /// `fail`.
    ///
    /// Keeps waiting at `WAIT`, `NORUN`, `PAUSE` (and at any state not listed).
    ///
    /// Requires `ProjectId`, `TaskType`, `FileId`.
    ///
    /// Delays start at 5 s and double (with jitter) up to 60 s; the wait gives up after 1800 s
    /// unless [`max_wait`](crate::Call::max_wait) says otherwise.
    #[inline]
    pub fn wait_until_di_sync_instance_running(
        &self,
    ) -> crate::Call<
        get_di_sync_instance_info::GetDiSyncInstanceInfoInput,
        get_di_sync_instance_info::DiSyncInstanceRunningWaiter,
    > {
        super::call(&self.inner)
    }
    /// Waits until di sync instance finished: set the parameters of `GetDISyncInstanceInfo`, then
    /// [`wait`](crate::Call::wait).
    ///
    /// A data synchronization solution (TaskType DI_SOLUTION) started by StartDISyncInstance has
    /// ended.
    ///
    /// Polls `GetDISyncInstanceInfo` and reads `Data.Status`: done at `success`; fails at `fail`.
    ///
    /// Requires `ProjectId`, `TaskType`, `FileId`.
    ///
    /// Delays start at 10 s and double (with jitter) up to 120 s; the wait gives up after 14400 s
    /// unless [`max_wait`](crate::Call::max_wait) says otherwise.
    #[inline]
    pub fn wait_until_di_sync_instance_finished(
        &self,
    ) -> crate::Call<
        get_di_sync_instance_info::GetDiSyncInstanceInfoInput,
        get_di_sync_instance_info::DiSyncInstanceFinishedWaiter,
    > {
        super::call(&self.inner)
    }
}
