// @generated from specs/rds/product.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! ApsaraDB RDS (`Rds`, API version `2014-08-15`), enabled by the cargo feature `rds`.
//!
//! Endpoints follow the official SDK's map; regions it does not list resolve by the rule to
//! `rds.<region>.aliyuncs.com`. Where the api-docs snapshot names another host, the `audit`
//! entries say so.
use crate::runtime as rt;
pub mod cancel_import;
pub mod create_import_task;
pub mod describe_import_task;
pub mod describe_import_task_validation;
pub mod describe_imports_from_database;
pub mod list_import_tasks;
pub mod modify_import_task;
pub mod validate_import_task;
pub use cancel_import::{
    CancelImport, CancelImportInput, CancelImportOutput, CancelImportError,
};
pub use create_import_task::{
    CreateImportTask, CreateImportTaskInput, CreateImportTaskOutput,
    CreateImportTaskError,
};
pub use describe_import_task::{
    DescribeImportTask, DescribeImportTaskInput, DescribeImportTaskOutput,
    DescribeImportTaskError,
};
pub use describe_import_task_validation::{
    DescribeImportTaskValidation, DescribeImportTaskValidationInput,
    DescribeImportTaskValidationOutput, DescribeImportTaskValidationError,
};
pub use describe_imports_from_database::{
    DescribeImportsFromDatabase, DescribeImportsFromDatabaseInput,
    DescribeImportsFromDatabaseOutput, DescribeImportsFromDatabaseError,
    ImportFinishedWaiter,
};
pub use list_import_tasks::{
    ListImportTasks, ListImportTasksInput, ListImportTasksOutput, ListImportTasksError,
};
pub use modify_import_task::{
    ModifyImportTask, ModifyImportTaskInput, ModifyImportTaskOutput,
    ModifyImportTaskError,
};
pub use validate_import_task::{
    ValidateImportTask, ValidateImportTaskInput, ValidateImportTaskOutput,
    ValidateImportTaskError,
};
pub(crate) static PRODUCT: rt::ProductMeta = rt::ProductMeta {
    code: "Rds",
    version: "2014-08-15",
    endpoint_prefix: "rds",
    regional_endpoints: &[
        ("ap-northeast-2-pop", "rds.aliyuncs.com"),
        ("ap-southeast-1", "rds.aliyuncs.com"),
        ("cn-beijing", "rds.aliyuncs.com"),
        ("cn-beijing-finance-1", "rds.aliyuncs.com"),
        ("cn-beijing-finance-pop", "rds.aliyuncs.com"),
        ("cn-beijing-gov-1", "rds.aliyuncs.com"),
        ("cn-beijing-nu16-b01", "rds.aliyuncs.com"),
        ("cn-edge-1", "rds.aliyuncs.com"),
        ("cn-fujian", "rds.aliyuncs.com"),
        ("cn-haidian-cm12-c01", "rds.aliyuncs.com"),
        ("cn-hangzhou", "rds.aliyuncs.com"),
        ("cn-hangzhou-bj-b01", "rds.aliyuncs.com"),
        ("cn-hangzhou-finance", "rds-vpc.cn-hangzhou-finance.aliyuncs.com"),
        ("cn-hangzhou-internal-prod-1", "rds.aliyuncs.com"),
        ("cn-hangzhou-internal-test-1", "rds.aliyuncs.com"),
        ("cn-hangzhou-internal-test-2", "rds.aliyuncs.com"),
        ("cn-hangzhou-internal-test-3", "rds.aliyuncs.com"),
        ("cn-hangzhou-test-306", "rds.aliyuncs.com"),
        ("cn-heyuan", "rds.aliyuncs.com"),
        ("cn-hongkong", "rds.aliyuncs.com"),
        ("cn-hongkong-finance-pop", "rds.aliyuncs.com"),
        ("cn-north-2-gov-1", "rds.aliyuncs.com"),
        ("cn-qingdao", "rds.aliyuncs.com"),
        ("cn-qingdao-nebula", "rds.aliyuncs.com"),
        ("cn-shanghai", "rds.aliyuncs.com"),
        ("cn-shanghai-et15-b01", "rds.aliyuncs.com"),
        ("cn-shanghai-et2-b01", "rds.aliyuncs.com"),
        ("cn-shanghai-finance-1", "rds.aliyuncs.com"),
        ("cn-shanghai-inner", "rds.aliyuncs.com"),
        ("cn-shanghai-internal-test-1", "rds.aliyuncs.com"),
        ("cn-shenzhen", "rds.aliyuncs.com"),
        ("cn-shenzhen-finance-1", "rds.aliyuncs.com"),
        ("cn-shenzhen-inner", "rds.aliyuncs.com"),
        ("cn-shenzhen-st4-d01", "rds.aliyuncs.com"),
        ("cn-shenzhen-su18-b01", "rds.aliyuncs.com"),
        ("cn-wuhan", "rds.aliyuncs.com"),
        ("cn-yushanfang", "rds.aliyuncs.com"),
        ("cn-zhangbei", "rds.aliyuncs.com"),
        ("cn-zhangbei-na61-b01", "rds.aliyuncs.com"),
        ("cn-zhangjiakou-na62-a01", "rds.aliyuncs.com"),
        ("cn-zhengzhou-nebula-1", "rds.aliyuncs.com"),
        ("eu-west-1-oxs", "rds.aliyuncs.com"),
        ("rus-west-1-pop", "rds.aliyuncs.com"),
        ("us-east-1", "rds.aliyuncs.com"),
        ("us-west-1", "rds.aliyuncs.com"),
    ],
};
/// A client for ApsaraDB RDS. Cheap to clone: clones share connections and credentials.
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
    /// `CancelImport`: Cancels the migration task of RDS instances.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn cancel_import(&self) -> CancelImport {
        super::call(&self.inner)
    }
    /// `CreateImportTask`: Creates a task that imports a self-managed MySQL database into an RDS
    /// for MySQL instance by streaming its physical backup.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn create_import_task(&self) -> CreateImportTask {
        super::call(&self.inner)
    }
    /// `DescribeImportTask`: Queries the details of an import task.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn describe_import_task(&self) -> DescribeImportTask {
        super::call(&self.inner)
    }
    /// `DescribeImportTaskValidation`: Queries the result of the precheck that ValidateImportTask
    /// started.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn describe_import_task_validation(&self) -> DescribeImportTaskValidation {
        super::call(&self.inner)
    }
    /// `DescibeImportsFromDatabase`: Queries a single or all migration tasks of an ApsaraDB for RDS
    /// instance.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn describe_imports_from_database(&self) -> DescribeImportsFromDatabase {
        super::call(&self.inner)
    }
    /// `ListImportTasks`: Lists the import tasks of an RDS instance.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn list_import_tasks(&self) -> ListImportTasks {
        super::call(&self.inner)
    }
    /// `ModifyImportTask`: Modifies a data import task for an RDS for MySQL instance that uses
    /// native replication.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn modify_import_task(&self) -> ModifyImportTask {
        super::call(&self.inner)
    }
    /// `ValidateImportTask`: Prechecks the settings of an import task before the task is created.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn validate_import_task(&self) -> ValidateImportTask {
        super::call(&self.inner)
    }
    /// Waits until import finished: set the parameters of `DescibeImportsFromDatabase`, then
    /// [`wait`](crate::Call::wait).
    ///
    /// The migration task started by ImportDatabaseBetweenInstances has ended. Set ImportId so the
    /// answer holds that one task: the state is read from the first item.
    ///
    /// Polls `DescibeImportsFromDatabase` and reads `Items.ImportResultFromDB[0].ImportDataStatus`:
    /// done at `Success`; fails at `Failed`, `Canceled`.
    ///
    /// Keeps waiting at `NotStart`, `FullExporting`, `FullImporting`, `Canceling`,
    /// `IncrementalWaiting`, `IncrementalImporting`, `StopSyncing` (and at any state not listed).
    ///
    /// Requires `DBInstanceId`, `ImportId`.
    ///
    /// Delays start at 5 s and double (with jitter) up to 60 s; the wait gives up after 7200 s
    /// unless [`max_wait`](crate::Call::max_wait) says otherwise.
    #[inline]
    pub fn wait_until_import_finished(
        &self,
    ) -> crate::Call<
        describe_imports_from_database::DescribeImportsFromDatabaseInput,
        describe_imports_from_database::ImportFinishedWaiter,
    > {
        super::call(&self.inner)
    }
}
