// @generated from specs/dts/DescribeDtsJobDetail.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `DescribeDtsJobDetail`: Queries the details of a data migration, data synchronization or
//! change tracking task.
//!
//! POST Data Transmission Service (`Dts`), API version `2020-01-01`. Idempotent: network
//! failures and server errors are retried.
//!
//! Notes on the documentation:
//!
//! - DTS reports some failures inside HTTP 200 with Success false and ErrCode/ErrMessage; those
//!   become errors.
//! - The SDK reference text writes the state "synchronizing" in lower case; every other DTS
//!   state list (DescribeDtsJobs, its Status parameter) writes Synchronizing, the value the
//!   service sends, and the spec follows them.
//! - The SDK also has DbObjectOutputType, which neither metadata snapshot lists; it is left out
//!   until the reference documents it.
//! - Value lists taken from the reference text (not the metadata) are open: values beyond them
//!   are sent, since the text may lag the service.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-dts20200101 5.11.7 request/response
//!   models; summary from the reference page
//!   (alibabacloud.com/help/en/data-transmission-service/latest/describedtsjobdetail). The
//!   captured reference text lists no operation-specific error codes, so none are transcribed:
//!   errors arrive as the unknown-code variant with code and message intact.
use crate::runtime as rt;
pub use super::shared::{SslSolutionEnum, DtsJobDirection, RetryTarget, CheckResult};
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "DescribeDtsJobDetail",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("DtsJobId"),
        rt::Param::query("DtsInstanceID"),
        rt::Param::query("SynchronizationDirection"),
        rt::Param::query("RegionId"),
        rt::Param::query("SyncSubJobHistory"),
        rt::Param::query("ZeroEtlJob"),
        rt::Param::query("ResourceGroupId"),
    ],
};
/// `DescribeDtsJobDetail`: Queries the details of a data migration, data synchronization or
/// change tracking task.
///
/// Made by [`Client::describe_dts_job_detail`](super::Client::describe_dts_job_detail); set
/// parameters, then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`describe_dts_job_detail`](self), e.g. `describe_dts_job_detail::SynchronizationDirection`.
pub type DescribeDtsJobDetail = crate::Call<DescribeDtsJobDetailInput>;
impl<M> crate::Call<DescribeDtsJobDetailInput, M> {
    /// Sets `DtsJobId` (optional): see [`DescribeDtsJobDetailInput::dts_job_id`].
    #[inline]
    pub fn dts_job_id(mut self, value: impl Into<String>) -> Self {
        self.input.dts_job_id = Some(value.into());
        self
    }
    /// Sets `DtsInstanceID` (optional): see [`DescribeDtsJobDetailInput::dts_instance_id`].
    #[inline]
    pub fn dts_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.dts_instance_id = Some(value.into());
        self
    }
    /// Sets `SynchronizationDirection` (optional): see [`DescribeDtsJobDetailInput::synchronization_direction`].
    #[inline]
    pub fn synchronization_direction(
        mut self,
        value: impl Into<SynchronizationDirection>,
    ) -> Self {
        self.input.synchronization_direction = Some(value.into());
        self
    }
    /// Sets `RegionId` (optional): see [`DescribeDtsJobDetailInput::region_id`].
    #[inline]
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.input.region_id = Some(value.into());
        self
    }
    /// Sets `SyncSubJobHistory` (optional): see [`DescribeDtsJobDetailInput::sync_sub_job_history`].
    #[inline]
    pub fn sync_sub_job_history(mut self, value: bool) -> Self {
        self.input.sync_sub_job_history = Some(value);
        self
    }
    /// Sets `ZeroEtlJob` (optional): see [`DescribeDtsJobDetailInput::zero_etl_job`].
    #[inline]
    pub fn zero_etl_job(mut self, value: bool) -> Self {
        self.input.zero_etl_job = Some(value);
        self
    }
    /// Sets `ResourceGroupId` (optional): see [`DescribeDtsJobDetailInput::resource_group_id`].
    #[inline]
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.input.resource_group_id = Some(value.into());
        self
    }
}
/// The waiter `dts_job_running`: made by `Client::wait_until_dts_job_running`, finished with
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
#[derive(Clone, Debug, Default)]
pub struct DtsJobRunningWaiter(rt::WaitOptions);
impl rt::Waiter for DtsJobRunningWaiter {
    type Input = DescribeDtsJobDetailInput;
    const META: &'static rt::WaiterMeta = &rt::WaiterMeta {
        name: "dts_job_running",
        success: &["Synchronizing", "Migrating", "Finished"],
        failure: &["PrecheckFailed", "InitializeFailed", "Failed", "MigrationFailed"],
        min_delay: std::time::Duration::from_secs(10u64),
        max_delay: std::time::Duration::from_secs(120u64),
        timeout: std::time::Duration::from_secs(7200u64),
    };
    #[inline]
    fn state(out: &DescribeDtsJobDetailOutput) -> Option<&str> {
        out.status.as_ref().map(|s| s.as_str())
    }
    #[inline]
    fn missing(input: &DescribeDtsJobDetailInput) -> Option<&'static str> {
        if input.dts_job_id.is_none() {
            return Some("DtsJobId");
        }
        None
    }
    #[inline]
    fn options(&mut self) -> &mut rt::WaitOptions {
        &mut self.0
    }
    #[inline]
    fn into_options(self) -> rt::WaitOptions {
        self.0
    }
}
/// The waiter `dts_precheck_passed`: made by `Client::wait_until_dts_precheck_passed`, finished
/// with [`wait`](crate::Call::wait).
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
#[derive(Clone, Debug, Default)]
pub struct DtsPrecheckPassedWaiter(rt::WaitOptions);
impl rt::Waiter for DtsPrecheckPassedWaiter {
    type Input = DescribeDtsJobDetailInput;
    const META: &'static rt::WaiterMeta = &rt::WaiterMeta {
        name: "dts_precheck_passed",
        success: &[
            "PreCheckPass",
            "Initializing",
            "Synchronizing",
            "Migrating",
            "Finished",
        ],
        failure: &["PrecheckFailed"],
        min_delay: std::time::Duration::from_secs(5u64),
        max_delay: std::time::Duration::from_secs(30u64),
        timeout: std::time::Duration::from_secs(1800u64),
    };
    #[inline]
    fn state(out: &DescribeDtsJobDetailOutput) -> Option<&str> {
        out.status.as_ref().map(|s| s.as_str())
    }
    #[inline]
    fn missing(input: &DescribeDtsJobDetailInput) -> Option<&'static str> {
        if input.dts_job_id.is_none() {
            return Some("DtsJobId");
        }
        None
    }
    #[inline]
    fn options(&mut self) -> &mut rt::WaitOptions {
        &mut self.0
    }
    #[inline]
    fn into_options(self) -> rt::WaitOptions {
        self.0
    }
}
/// The parameters of [`DescribeDtsJobDetail`](super::DescribeDtsJobDetail).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct DescribeDtsJobDetailInput {
    /// The ID of the data migration, data synchronization, or change tracking task.
    ///
    /// Optional. Sent as `DtsJobId` in the query string.
    ///
    /// Example: `ta7w132u12h****`
    pub dts_job_id: Option<String>,
    /// The instance ID of the data migration, data synchronization, or subscribe instance.
    ///
    /// Optional. Sent as `DtsInstanceID` in the query string.
    ///
    /// Example: `dtsta7w132u12h****`
    pub dts_instance_id: Option<String>,
    /// The synchronization direction. Default value: Forward. The value Reverse takes effect only
    /// when the synchronization topology of the data synchronization instance is two-way
    /// synchronization.
    ///
    /// Optional. Sent as `SynchronizationDirection` in the query string.
    ///
    /// Example: `Forward`
    pub synchronization_direction: Option<SynchronizationDirection>,
    /// The ID of the region in which the task resides. For more information, see Supported regions.
    ///
    /// Optional. Sent as `RegionId` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub region_id: Option<String>,
    /// Specifies whether to return information about all synchronization subtasks. Default value:
    /// false, which returns only the synchronization subtask that is in progress or the most
    /// recently executed synchronization subtask.
    ///
    /// Optional. Sent as `SyncSubJobHistory` in the query string.
    ///
    /// Example: `false`
    pub sync_sub_job_history: Option<bool>,
    /// Specifies whether the task is a zero-ETL task. Valid values: true: The task is a zero-ETL
    /// task. false: The task is not a zero-ETL task.
    ///
    /// Optional. Sent as `ZeroEtlJob` in the query string.
    ///
    /// Example: `false`
    pub zero_etl_job: Option<bool>,
    /// The resource group ID.
    ///
    /// Optional. Sent as `ResourceGroupId` in the query string.
    ///
    /// Example: `rg-acfmzawhxxc****`
    pub resource_group_id: Option<String>,
}
impl Default for DescribeDtsJobDetailInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            dts_job_id: None,
            dts_instance_id: None,
            synchronization_direction: None,
            region_id: None,
            sync_sub_job_history: None,
            zero_etl_job: None,
            resource_group_id: None,
        }
    }
}
impl rt::OperationInput for DescribeDtsJobDetailInput {
    type Output = DescribeDtsJobDetailOutput;
    type Error = DescribeDtsJobDetailError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::text(&self.dts_job_id),
            rt::text(&self.dts_instance_id),
            rt::text(&self.synchronization_direction),
            rt::text(&self.region_id),
            rt::boolean(&self.sync_sub_job_history),
            rt::boolean(&self.zero_etl_job),
            rt::text(&self.resource_group_id),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `DescribeDtsJobDetail` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeDtsJobDetailOutput {
    /// Indicates whether the instance uses the new version of change tracking. The value "new"
    /// indicates the new version.
    ///
    /// Wire name: `AppName`.
    pub app_name: Option<String>,
    /// Wire name: `ApprovalProcessStatus`.
    pub approval_process_status: Option<i64>,
    /// Wire name: `ApprovalProcessUrl`.
    pub approval_process_url: Option<String>,
    /// The start of the timestamp range of data retained in the change tracking instance. The time
    /// is displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `BeginTimestamp`.
    pub begin_timestamp: Option<String>,
    /// The binlog information.
    ///
    /// Wire name: `Binlog`.
    pub binlog: Option<String>,
    /// The current position.
    ///
    /// Wire name: `BinlogSite`.
    pub binlog_site: Option<String>,
    /// The position range.
    ///
    /// Wire name: `BinlogTime`.
    pub binlog_time: Option<String>,
    /// The start time of the specific project, in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `BootTime`.
    pub boot_time: Option<String>,
    /// The start offset or synchronization offset of incremental data migration. The value is a
    /// UNIX timestamp in seconds.
    ///
    /// Wire name: `Checkpoint`.
    pub checkpoint: Option<i64>,
    /// The error code. This parameter will be deprecated.
    ///
    /// Wire name: `Code`.
    pub code: Option<i64>,
    /// The consumption checkpoint of the downstream consumer for the change tracking task. The time
    /// is displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `ConsumptionCheckpoint`.
    pub consumption_checkpoint: Option<String>,
    /// The information about the downstream consumer client, which consists of an IP address and a
    /// random number generated by DTS.
    ///
    /// Wire name: `ConsumptionClient`.
    pub consumption_client: Option<String>,
    /// The time when the task was created. The time is displayed in the format of
    /// yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `CreateTime`.
    pub create_time: Option<String>,
    /// The data delivery channel information.
    ///
    /// Wire name: `DataDeliveryChannelInfo`.
    pub data_delivery_channel_info: Option<DataDeliveryChannelInfo>,
    /// The status of incremental data migration or synchronization.
    ///
    /// Wire name: `DataSynchronizationStatus`.
    pub data_synchronization_status: Option<DataSynchronizationStatus>,
    /// If the source instance is a PolarDB-X 1.0 instance, specify the number of ApsaraDB RDS for
    /// MySQL instances attached to it.
    ///
    /// Wire name: `DatabaseCount`.
    pub database_count: Option<i64>,
    /// The objects for migration, synchronization, or change tracking. For more information, see
    /// Objects of DTS tasks.
    ///
    /// Wire name: `DbObject`.
    pub db_object: Option<String>,
    /// Wire name: `DbObjectOssUrl`.
    pub db_object_oss_url: Option<String>,
    /// Wire name: `DbObjectOssUrlExpireTime`.
    pub db_object_oss_url_expire_time: Option<String>,
    /// Wire name: `DbObjectSize`.
    pub db_object_size: Option<i64>,
    /// The ID of the dedicated cluster.
    ///
    /// Wire name: `DedicatedClusterId`.
    pub dedicated_cluster_id: Option<String>,
    /// The latency of incremental data migration or synchronization, in milliseconds.
    ///
    /// Wire name: `Delay`.
    pub delay: Option<i64>,
    /// Indicates whether the task is a subtask.
    ///
    /// Wire name: `DemoJob`.
    pub demo_job: Option<bool>,
    /// The network type of the consumer client.
    ///
    /// Wire name: `DestNetType`.
    pub dest_net_type: Option<String>,
    /// The connection information of the destination instance.
    ///
    /// Wire name: `DestinationEndpoint`.
    pub destination_endpoint: Option<DestinationEndpoint>,
    /// The environment label of the DTS instance.
    ///
    /// Wire name: `DtsBisLabel`.
    pub dts_bis_label: Option<DtsBisLabel>,
    /// The instance ID of the migration, synchronization, or subscribe instance.
    ///
    /// Wire name: `DtsInstanceID`.
    pub dts_instance_id: Option<String>,
    /// The specification of the DTS task link. For more information about the specifications and
    /// performance test results of each link specification, see Data migration link specifications
    /// and Data synchronization link specifications.
    ///
    /// Wire name: `DtsJobClass`.
    pub dts_job_class: Option<String>,
    /// The synchronization direction. This parameter is returned only when the topology of the data
    /// synchronization instance is two-way synchronization.
    ///
    /// Wire name: `DtsJobDirection`.
    pub dts_job_direction: Option<DtsJobDirection>,
    /// The ID of the data migration, data synchronization, or change tracking task.
    ///
    /// Wire name: `DtsJobId`.
    pub dts_job_id: Option<String>,
    /// The name of the migration, synchronization, or change tracking task.
    ///
    /// Wire name: `DtsJobName`.
    pub dts_job_name: Option<String>,
    /// The dynamic error message that is used to replace the %s variable in the ErrMessage response
    /// parameter. For example, if the ErrMessage parameter returns The Value of Input Parameter %s
    /// is not valid and the DynamicMessage parameter returns DtsJobId, the request parameter
    /// DtsJobId that you specify is invalid.
    ///
    /// Wire name: `DynamicMessage`.
    pub dynamic_message: Option<String>,
    /// The end of the timestamp range of data retained in the change tracking instance. The time is
    /// displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `EndTimestamp`.
    pub end_timestamp: Option<String>,
    /// The error code returned when the call fails.
    ///
    /// Wire name: `ErrCode`.
    pub err_code: Option<String>,
    /// The error message returned when the call fails.
    ///
    /// Wire name: `ErrMessage`.
    pub err_message: Option<String>,
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The operator information of the ETL task.
    ///
    /// Wire name: `EtlCalculator`.
    pub etl_calculator: Option<String>,
    /// The expiration time of the instance. The time follows the format of yyyy-MM-ddTHH:mm:ssZ
    /// (UTC). This parameter is returned only when the value of PayType is PrePaid.
    ///
    /// Wire name: `ExpireTime`.
    pub expire_time: Option<String>,
    /// The time when the task was completed. The time is displayed in the format of
    /// yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `FinishTime`.
    pub finish_time: Option<String>,
    /// The resource group ID.
    ///
    /// Wire name: `GroupId`.
    pub group_id: Option<String>,
    /// The HTTP status code.
    ///
    /// Wire name: `HttpStatusCode`.
    pub http_status_code: Option<i64>,
    /// Wire name: `InitCheckpoint`.
    pub init_checkpoint: Option<String>,
    /// Wire name: `InsightModule`.
    pub insight_module: Option<bool>,
    /// The type of the task. Generally used together with TaskType.
    ///
    /// Wire name: `JobType`.
    pub job_type: Option<JobType>,
    /// The timestamp of the last update.
    ///
    /// Wire name: `LastUpdateTime`.
    pub last_update_time: Option<String>,
    /// The maximum number of DUs.
    ///
    /// Wire name: `MaxDu`.
    pub max_du: Option<f64>,
    /// The migration type or synchronization initialization type.
    ///
    /// Wire name: `MigrationMode`.
    pub migration_mode: Option<MigrationMode>,
    /// The minimum number of DUs.
    ///
    /// Wire name: `MinDu`.
    pub min_du: Option<f64>,
    /// The billing method of the instance.
    ///
    /// Wire name: `PayType`.
    pub pay_type: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// The reserved parameter of DTS. The value is a JSON string. You can specify this parameter to
    /// meet special requirements, such as whether to automatically start the precheck. For more
    /// information, see MigrationReserved metric description.
    ///
    /// Wire name: `Reserved`.
    pub reserved: Option<String>,
    /// The name of the resource group.
    ///
    /// Wire name: `ResourceGroupDisplayName`.
    pub resource_group_display_name: Option<String>,
    /// The resource group ID.
    ///
    /// Wire name: `ResourceGroupId`.
    pub resource_group_id: Option<String>,
    /// DTS is retrying the task due to a task exception.
    ///
    /// Wire name: `RetryState`.
    pub retry_state: Option<RetryState>,
    /// The connection information of the source instance.
    ///
    /// Wire name: `SourceEndpoint`.
    pub source_endpoint: Option<SourceEndpoint>,
    /// The status of the migration or synchronization task.
    ///
    /// Wire name: `Status`.
    pub status: Option<Status>,
    /// The information about the distributed subtask. This parameter is null if the parent task is
    /// not a distributed task. Currently, this parameter is available only when the parent task is
    /// a data synchronization task. Other task types are not supported.
    ///
    /// Wire name: `SubDistributedJob`.
    pub sub_distributed_job: Option<Vec<SubDistributedJob>>,
    /// The information about the synchronization subtask.
    ///
    /// Wire name: `SubSyncJob`.
    pub sub_sync_job: Option<Vec<SubSyncJob>>,
    /// The subscribed topic. This parameter is returned only when the subscription instance is of
    /// the new version and a consumer group has been created by calling the CreateConsumerGroup
    /// operation.
    ///
    /// Wire name: `SubscribeTopic`.
    pub subscribe_topic: Option<String>,
    /// The type of the subscription data.
    ///
    /// Wire name: `SubscriptionDataType`.
    pub subscription_data_type: Option<SubscriptionDataType>,
    /// The endpoint of the change tracking task.
    ///
    /// Wire name: `SubscriptionHost`.
    pub subscription_host: Option<SubscriptionHost>,
    /// Indicates whether the request was successful.
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
    /// The synchronization direction. Default value: Forward. The value Reverse takes effect only
    /// when the synchronization topology of the data synchronization instance is two-way
    /// synchronization.
    ///
    /// Wire name: `SynchronizationDirection`.
    pub synchronization_direction: Option<BodySynchronizationDirection>,
    /// The business type of the task.
    ///
    /// Wire name: `TaskType`.
    pub task_type: Option<String>,
}
impl rt::FromJson for DescribeDtsJobDetailOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            app_name: o.get("AppName"),
            approval_process_status: o.get("ApprovalProcessStatus"),
            approval_process_url: o.get("ApprovalProcessUrl"),
            begin_timestamp: o.get("BeginTimestamp"),
            binlog: o.get("Binlog"),
            binlog_site: o.get("BinlogSite"),
            binlog_time: o.get("BinlogTime"),
            boot_time: o.get("BootTime"),
            checkpoint: o.get("Checkpoint"),
            code: o.get("Code"),
            consumption_checkpoint: o.get("ConsumptionCheckpoint"),
            consumption_client: o.get("ConsumptionClient"),
            create_time: o.get("CreateTime"),
            data_delivery_channel_info: o.get("DataDeliveryChannelInfo"),
            data_synchronization_status: o.get("DataSynchronizationStatus"),
            database_count: o.get("DatabaseCount"),
            db_object: o.get("DbObject"),
            db_object_oss_url: o.get("DbObjectOssUrl"),
            db_object_oss_url_expire_time: o.get("DbObjectOssUrlExpireTime"),
            db_object_size: o.get("DbObjectSize"),
            dedicated_cluster_id: o.get("DedicatedClusterId"),
            delay: o.get("Delay"),
            demo_job: o.get("DemoJob"),
            dest_net_type: o.get("DestNetType"),
            destination_endpoint: o.get("DestinationEndpoint"),
            dts_bis_label: o.get("DtsBisLabel"),
            dts_instance_id: o.get("DtsInstanceID"),
            dts_job_class: o.get("DtsJobClass"),
            dts_job_direction: o.get("DtsJobDirection"),
            dts_job_id: o.get("DtsJobId"),
            dts_job_name: o.get("DtsJobName"),
            dynamic_message: o.get("DynamicMessage"),
            end_timestamp: o.get("EndTimestamp"),
            err_code: o.get("ErrCode"),
            err_message: o.get("ErrMessage"),
            error_message: o.get("ErrorMessage"),
            etl_calculator: o.get("EtlCalculator"),
            expire_time: o.get("ExpireTime"),
            finish_time: o.get("FinishTime"),
            group_id: o.get("GroupId"),
            http_status_code: o.get("HttpStatusCode"),
            init_checkpoint: o.get("InitCheckpoint"),
            insight_module: o.get("InsightModule"),
            job_type: o.get("JobType"),
            last_update_time: o.get("LastUpdateTime"),
            max_du: o.get("MaxDu"),
            migration_mode: o.get("MigrationMode"),
            min_du: o.get("MinDu"),
            pay_type: o.get("PayType"),
            request_id: o.get("RequestId"),
            reserved: o.get("Reserved"),
            resource_group_display_name: o.get("ResourceGroupDisplayName"),
            resource_group_id: o.get("ResourceGroupId"),
            retry_state: o.get("RetryState"),
            source_endpoint: o.get("SourceEndpoint"),
            status: o.get("Status"),
            sub_distributed_job: o.get("SubDistributedJob"),
            sub_sync_job: o.get("SubSyncJob"),
            subscribe_topic: o.get("SubscribeTopic"),
            subscription_data_type: o.get("SubscriptionDataType"),
            subscription_host: o.get("SubscriptionHost"),
            success: o.get("Success"),
            synchronization_direction: o.get("SynchronizationDirection"),
            task_type: o.get("TaskType"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for DescribeDtsJobDetailOutput {
    const PROBE_CODE: bool = false;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn failure(&self) -> Option<rt::BodyFailure> {
        let failed = self.success.as_ref() == Some(&false);
        failed
            .then(|| rt::BodyFailure {
                code: self.err_code.as_ref().map(|s| s.to_string()),
                message: self.err_message.as_ref().map(|s| s.to_string()),
            })
    }
}
/// A failure reported by the service for [`DescribeDtsJobDetail`](super::DescribeDtsJobDetail).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum DescribeDtsJobDetailError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl DescribeDtsJobDetailError {
    /// Status, code, message and request ID, as the service sent them.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn meta(&self) -> &crate::ErrorMeta {
        match self {
            Self::Unknown(m) => m,
        }
    }
    /// The error code exactly as the service sent it.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn code(&self) -> &str {
        &self.meta().code
    }
    /// Whether the documentation marks the code as temporary (throttling, unavailable),
    /// or it is an undocumented throttling code.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn is_retryable(&self) -> bool {
        matches!(self, Self::Unknown(m) if m.is_throttling())
    }
}
impl From<crate::ErrorMeta> for DescribeDtsJobDetailError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for DescribeDtsJobDetailError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for DescribeDtsJobDetailError {}
/// The synchronization direction. Default value: Forward. The value Reverse takes effect only
/// when the synchronization topology of the data synchronization instance is two-way
/// synchronization.
///
/// - `Forward`: forward
/// - `Reverse`: reverse
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsJobDirection` of this product's other operations, and the same
/// type: constants and `Debug` output are `DtsJobDirection`'s.
pub type SynchronizationDirection = crate::Enum<
    super::shared::enum_values::DtsJobDirection,
>;
/// The data delivery channel information.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DataDeliveryChannelInfo {
    /// The number of partitions for the delivery topic.
    ///
    /// Wire name: `PartitionNum`.
    pub partition_num: Option<i64>,
    /// The public endpoint of the delivery channel.
    ///
    /// Wire name: `PublicDproxyUrl`.
    pub public_dproxy_url: Option<String>,
    /// The region where the delivery channel resides.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// The destination topic for delivery.
    ///
    /// Wire name: `Topic`.
    pub topic: Option<String>,
    /// The VPC endpoint of the delivery channel.
    ///
    /// Wire name: `VpcDproxyUrl`.
    pub vpc_dproxy_url: Option<String>,
}
impl rt::FromJson for DataDeliveryChannelInfo {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            partition_num: o.get("PartitionNum"),
            public_dproxy_url: o.get("PublicDproxyUrl"),
            region: o.get("Region"),
            topic: o.get("Topic"),
            vpc_dproxy_url: o.get("VpcDproxyUrl"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of incremental data migration or synchronization.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DataSynchronizationStatus {
    /// The error message returned when incremental data migration or synchronization fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// Indicates whether to display the option to upgrade the instance type.
    ///
    /// Wire name: `NeedUpgrade`.
    pub need_upgrade: Option<bool>,
    /// The progress of incremental data migration or synchronization, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of data rows and data volume migrated or synchronized to the destination table
    /// per second.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of incremental data migration or synchronization.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
}
impl rt::FromJson for DataSynchronizationStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            need_upgrade: o.get("NeedUpgrade"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The connection information of the destination instance.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DestinationEndpoint {
    /// Wire name: `AliyunUid`.
    pub aliyun_uid: Option<String>,
    /// Indicates whether the password can be modified.
    ///
    /// Wire name: `CanModifyPassword`.
    pub can_modify_password: Option<bool>,
    /// The name of the database to which the migration objects belong in the destination instance.
    ///
    /// Wire name: `DatabaseName`.
    pub database_name: Option<String>,
    /// The database engine of the destination instance.
    ///
    /// Wire name: `EngineName`.
    pub engine_name: Option<String>,
    /// The instance ID of the destination instance.
    ///
    /// Wire name: `InstanceID`.
    pub instance_id: Option<String>,
    /// The destination instance type.
    ///
    /// Wire name: `InstanceType`.
    pub instance_type: Option<String>,
    /// The endpoint of the destination instance.
    ///
    /// Wire name: `Ip`.
    pub ip: Option<String>,
    /// The SID of the Oracle database. This parameter is returned only when the EngineName of the
    /// destination instance is set to Oracle and the Oracle database is a non-RAC instance.
    ///
    /// Wire name: `OracleSID`.
    pub oracle_sid: Option<String>,
    /// The database service port of the destination instance.
    ///
    /// Wire name: `Port`.
    pub port: Option<String>,
    /// The region in which the destination instance resides. For more information, see Supported
    /// regions.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// Wire name: `RoleName`.
    pub role_name: Option<String>,
    /// Indicates whether an SSL connection is used.
    ///
    /// Wire name: `SslSolutionEnum`.
    pub ssl_solution_enum: Option<SslSolutionEnum>,
    /// The database account of the destination instance.
    ///
    /// Wire name: `UserName`.
    pub user_name: Option<String>,
}
impl rt::FromJson for DestinationEndpoint {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            aliyun_uid: o.get("AliyunUid"),
            can_modify_password: o.get("CanModifyPassword"),
            database_name: o.get("DatabaseName"),
            engine_name: o.get("EngineName"),
            instance_id: o.get("InstanceID"),
            instance_type: o.get("InstanceType"),
            ip: o.get("Ip"),
            oracle_sid: o.get("OracleSID"),
            port: o.get("Port"),
            region: o.get("Region"),
            role_name: o.get("RoleName"),
            ssl_solution_enum: o.get("SslSolutionEnum"),
            user_name: o.get("UserName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The environment label of the DTS instance.
///
/// - `normal`: normal
/// - `online`: online
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsBisLabel` of this product's other operations, and the same type.
pub type DtsBisLabel = crate::Enum<super::shared::enum_values::DtsBisLabel>;
/// The type of the task. Generally used together with TaskType.
///
/// - `sync`: synchronization task
/// - `subSync`: subtask generated by modifying synchronization objects
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type JobType = crate::Enum<enum_values::JobType>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::JobType> {
    /// `sync`
    ///
    /// synchronization task
    pub const Sync: Self = Self::known("sync");
    /// `subSync`
    ///
    /// subtask generated by modifying synchronization objects
    pub const SubSync: Self = Self::known("subSync");
}
/// The migration type or synchronization initialization type.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MigrationMode {
    /// Indicates whether data transformation is performed.
    ///
    /// Wire name: `DataExtractTransformLoad`.
    pub data_extract_transform_load: Option<bool>,
    /// Indicates whether full data migration or initial full data synchronization is performed.
    ///
    /// Wire name: `DataInitialization`.
    pub data_initialization: Option<bool>,
    /// Indicates whether incremental data migration or synchronization is performed.
    ///
    /// Wire name: `DataSynchronization`.
    pub data_synchronization: Option<bool>,
    /// Indicates whether schema migration or initial schema synchronization is performed.
    ///
    /// Wire name: `StructureInitialization`.
    pub structure_initialization: Option<bool>,
}
impl rt::FromJson for MigrationMode {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            data_extract_transform_load: o.get("DataExtractTransformLoad"),
            data_initialization: o.get("DataInitialization"),
            data_synchronization: o.get("DataSynchronization"),
            structure_initialization: o.get("StructureInitialization"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// DTS is retrying the task due to a task exception.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetryState {
    /// The error message returned when the retry fails.
    ///
    /// Wire name: `ErrMessage`.
    pub err_message: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `JobId`.
    pub job_id: Option<String>,
    /// The maximum retry time. Unit: seconds.
    ///
    /// Wire name: `MaxRetryTime`.
    pub max_retry_time: Option<i64>,
    /// The instance progress.
    ///
    /// Wire name: `Module`.
    pub module: Option<String>,
    /// The number of retries.
    ///
    /// Wire name: `RetryCount`.
    pub retry_count: Option<i64>,
    /// The retry target.
    ///
    /// Wire name: `RetryTarget`.
    pub retry_target: Option<RetryTarget>,
    /// The elapsed retry time. Unit: seconds.
    ///
    /// Wire name: `RetryTime`.
    pub retry_time: Option<i64>,
    /// Indicates whether the task is being retried.
    ///
    /// Wire name: `Retrying`.
    pub retrying: Option<bool>,
}
impl rt::FromJson for RetryState {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            err_message: o.get("ErrMessage"),
            job_id: o.get("JobId"),
            max_retry_time: o.get("MaxRetryTime"),
            module: o.get("Module"),
            retry_count: o.get("RetryCount"),
            retry_target: o.get("RetryTarget"),
            retry_time: o.get("RetryTime"),
            retrying: o.get("Retrying"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The connection information of the source instance.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SourceEndpoint {
    /// The Alibaba Cloud account ID to which the source instance belongs.
    ///
    /// Wire name: `AliyunUid`.
    pub aliyun_uid: Option<String>,
    /// Indicates whether the password can be modified.
    ///
    /// Wire name: `CanModifyPassword`.
    pub can_modify_password: Option<bool>,
    /// The name of the database to which the migration objects belong in the source instance.
    ///
    /// Wire name: `DatabaseName`.
    pub database_name: Option<String>,
    /// The database engine of the source instance.
    ///
    /// Wire name: `EngineName`.
    pub engine_name: Option<String>,
    /// The instance ID of the source instance.
    ///
    /// Wire name: `InstanceID`.
    pub instance_id: Option<String>,
    /// The type of the source instance.
    ///
    /// Wire name: `InstanceType`.
    pub instance_type: Option<String>,
    /// The endpoint of the source instance.
    ///
    /// Wire name: `Ip`.
    pub ip: Option<String>,
    /// The SID of the Oracle database. This parameter is returned only when the EngineName of the
    /// source instance is set to Oracle and the Oracle database is a non-Real Application Cluster
    /// instance.
    ///
    /// Wire name: `OracleSID`.
    pub oracle_sid: Option<String>,
    /// The database service port of the source instance.
    ///
    /// Wire name: `Port`.
    pub port: Option<String>,
    /// The region in which the source instance resides. For more information, see Supported
    /// regions.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// The name of the role configured for the Alibaba Cloud account to which the source instance
    /// belongs.
    ///
    /// Wire name: `RoleName`.
    pub role_name: Option<String>,
    /// Indicates whether an SSL connection is used.
    ///
    /// Wire name: `SslSolutionEnum`.
    pub ssl_solution_enum: Option<SourceEndpointSslSolutionEnum>,
    /// The database account of the source instance.
    ///
    /// Wire name: `UserName`.
    pub user_name: Option<String>,
}
impl rt::FromJson for SourceEndpoint {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            aliyun_uid: o.get("AliyunUid"),
            can_modify_password: o.get("CanModifyPassword"),
            database_name: o.get("DatabaseName"),
            engine_name: o.get("EngineName"),
            instance_id: o.get("InstanceID"),
            instance_type: o.get("InstanceType"),
            ip: o.get("Ip"),
            oracle_sid: o.get("OracleSID"),
            port: o.get("Port"),
            region: o.get("Region"),
            role_name: o.get("RoleName"),
            ssl_solution_enum: o.get("SslSolutionEnum"),
            user_name: o.get("UserName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether an SSL connection is used.
///
/// - `DISABLE`: SSL connection is not used
/// - `ENABLE_WITH_CERTIFICATE`: SSL connection is used, and the CA certificate is uploaded
/// - `ENABLE_ONLY_4_MONGODB_ALTAS`: SSL connection is used to connect to AWS MongoDB Atlas
/// - `ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256`: SCRAM-SHA-256 is used to connect to Kafka
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `SslSolutionEnum` of this product's other operations, and the same
/// type: constants and `Debug` output are `SslSolutionEnum`'s.
pub type SourceEndpointSslSolutionEnum = crate::Enum<
    super::shared::enum_values::SslSolutionEnum,
>;
/// The status of the migration or synchronization task.
///
/// - `NotStarted`: Not started
/// - `NotConfigured`: Not configured
/// - `Prechecking`: Running the precheck
/// - `PrecheckFailed`: Precheck failed
/// - `PreCheckPass`: Precheck passed
/// - `Initializing`: Running initial synchronization
/// - `InitializeFailed`: Initial synchronization failed
/// - `Synchronizing`: Synchronizing
/// - `Migrating`: Migrating
/// - `Failed`: Synchronization failed
/// - `MigrationFailed`: Migration failed
/// - `Suspending`: Suspending
/// - `Modifying`: Modifying synchronization objects
/// - `Retrying`: Retrying
/// - `Upgrade`: Upgrading
/// - `Downgrade`: Downgrading
/// - `Locked`: Locked
/// - `Finished`: Completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type Status = crate::Enum<enum_values::Status>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::Status> {
    /// `NotStarted`
    ///
    /// Not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `NotConfigured`
    ///
    /// Not configured
    pub const NotConfigured: Self = Self::known("NotConfigured");
    /// `Prechecking`
    ///
    /// Running the precheck
    pub const Prechecking: Self = Self::known("Prechecking");
    /// `PrecheckFailed`
    ///
    /// Precheck failed
    pub const PrecheckFailed: Self = Self::known("PrecheckFailed");
    /// `PreCheckPass`
    ///
    /// Precheck passed
    pub const PreCheckPass: Self = Self::known("PreCheckPass");
    /// `Initializing`
    ///
    /// Running initial synchronization
    pub const Initializing: Self = Self::known("Initializing");
    /// `InitializeFailed`
    ///
    /// Initial synchronization failed
    pub const InitializeFailed: Self = Self::known("InitializeFailed");
    /// `Synchronizing`
    ///
    /// Synchronizing
    pub const Synchronizing: Self = Self::known("Synchronizing");
    /// `Migrating`
    ///
    /// Migrating
    pub const Migrating: Self = Self::known("Migrating");
    /// `Failed`
    ///
    /// Synchronization failed
    pub const Failed: Self = Self::known("Failed");
    /// `MigrationFailed`
    ///
    /// Migration failed
    pub const MigrationFailed: Self = Self::known("MigrationFailed");
    /// `Suspending`
    ///
    /// Suspending
    pub const Suspending: Self = Self::known("Suspending");
    /// `Modifying`
    ///
    /// Modifying synchronization objects
    pub const Modifying: Self = Self::known("Modifying");
    /// `Retrying`
    ///
    /// Retrying
    pub const Retrying: Self = Self::known("Retrying");
    /// `Upgrade`
    ///
    /// Upgrading
    pub const Upgrade: Self = Self::known("Upgrade");
    /// `Downgrade`
    ///
    /// Downgrading
    pub const Downgrade: Self = Self::known("Downgrade");
    /// `Locked`
    ///
    /// Locked
    pub const Locked: Self = Self::known("Locked");
    /// `Finished`
    ///
    /// Completed
    pub const Finished: Self = Self::known("Finished");
}
/// One item of `SubDistributedJob`. The information about the distributed subtask. This
/// parameter is null if the parent task is not a distributed task. Currently, this parameter is
/// available only when the parent task is a data synchronization task. Other task types are not
/// supported.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubDistributedJob {
    /// Indicates whether the instance uses the new version of change tracking. The value "new"
    /// indicates the new version.
    ///
    /// Wire name: `AppName`.
    pub app_name: Option<String>,
    /// The start of the timestamp range of data retained in the change tracking instance. The time
    /// is displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `BeginTimestamp`.
    pub begin_timestamp: Option<String>,
    /// The start offset or synchronization offset of incremental data migration. The value is a
    /// UNIX timestamp in seconds.
    ///
    /// Wire name: `Checkpoint`.
    pub checkpoint: Option<String>,
    /// The consumption checkpoint of the downstream consumer for the change tracking task. The time
    /// is displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `ConsumptionCheckpoint`.
    pub consumption_checkpoint: Option<String>,
    /// The information about the downstream consumer client, which consists of an IP address and a
    /// random number generated by DTS.
    ///
    /// Wire name: `ConsumptionClient`.
    pub consumption_client: Option<String>,
    /// The time when the task was created. The time is displayed in the format of
    /// yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `CreateTime`.
    pub create_time: Option<String>,
    /// The status of the ETL task.
    ///
    /// Wire name: `DataEtlStatus`.
    pub data_etl_status: Option<DataEtlStatus>,
    /// The status of full data migration or initial full data synchronization.
    ///
    /// Wire name: `DataInitializationStatus`.
    pub data_initialization_status: Option<DataInitializationStatus>,
    /// The status of incremental data migration or synchronization.
    ///
    /// Wire name: `DataSynchronizationStatus`.
    pub data_synchronization_status: Option<SubDistributedJobDataSynchronizationStatus>,
    /// If the source instance is a PolarDB-X 1.0 instance, specify the number of ApsaraDB RDS for
    /// MySQL instances attached to it.
    ///
    /// Wire name: `DatabaseCount`.
    pub database_count: Option<i64>,
    /// The objects for migration, synchronization, or change tracking. For more information, see
    /// Objects of DTS tasks.
    ///
    /// Wire name: `DbObject`.
    pub db_object: Option<String>,
    /// Wire name: `DbObjectOssUrl`.
    pub db_object_oss_url: Option<String>,
    /// Wire name: `DbObjectOssUrlExpireTime`.
    pub db_object_oss_url_expire_time: Option<String>,
    /// Wire name: `DbObjectSize`.
    pub db_object_size: Option<i64>,
    /// The latency of incremental data migration or synchronization, in milliseconds.
    ///
    /// Wire name: `Delay`.
    pub delay: Option<i64>,
    /// The network type of the consumer client.
    ///
    /// Wire name: `DestNetType`.
    pub dest_net_type: Option<String>,
    /// The connection information of the destination instance.
    ///
    /// Wire name: `DestinationEndpoint`.
    pub destination_endpoint: Option<SubDistributedJobDestinationEndpoint>,
    /// The DTS instance ID.
    ///
    /// Wire name: `DtsInstanceID`.
    pub dts_instance_id: Option<String>,
    /// The specification of the data transmission link.
    ///
    /// Wire name: `DtsJobClass`.
    pub dts_job_class: Option<String>,
    /// The synchronization direction. This parameter is returned only when the topology of the data
    /// synchronization instance is two-way synchronization.
    ///
    /// Wire name: `DtsJobDirection`.
    pub dts_job_direction: Option<SubDistributedJobDtsJobDirection>,
    /// The DTS task ID.
    ///
    /// Wire name: `DtsJobId`.
    pub dts_job_id: Option<String>,
    /// The DTS instance name.
    ///
    /// Wire name: `DtsJobName`.
    pub dts_job_name: Option<String>,
    /// The end of the timestamp range of data retained in the change tracking instance. The time is
    /// displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `EndTimestamp`.
    pub end_timestamp: Option<String>,
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The operator information of the ETL task.
    ///
    /// Wire name: `EtlCalculator`.
    pub etl_calculator: Option<String>,
    /// The expiration time of the instance. The time is displayed in the yyyy-MM-ddTHH:mm:ssZ
    /// format (UTC). This parameter is returned only when the value of the PayType parameter is
    /// PrePaid.
    ///
    /// Wire name: `ExpireTime`.
    pub expire_time: Option<String>,
    /// The time when the task was completed. The time is displayed in the format of
    /// yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `FinishTime`.
    pub finish_time: Option<String>,
    /// The resource group ID.
    ///
    /// Wire name: `GroupId`.
    pub group_id: Option<String>,
    /// Indicates whether the task is a subtask.
    ///
    /// Wire name: `IsDemoJob`.
    pub is_demo_job: Option<bool>,
    /// The task type of the DTS instance.
    ///
    /// Wire name: `JobType`.
    pub job_type: Option<SubDistributedJobJobType>,
    /// The maximum number of DUs.
    ///
    /// Wire name: `MaxDu`.
    pub max_du: Option<f64>,
    /// The migration type or synchronization initialization type.
    ///
    /// Wire name: `MigrationMode`.
    pub migration_mode: Option<SubDistributedJobMigrationMode>,
    /// The minimum number of DUs.
    ///
    /// Wire name: `MinDu`.
    pub min_du: Option<f64>,
    /// The task source:
    ///
    /// Wire name: `OriginType`.
    pub origin_type: Option<String>,
    /// The payment type:
    ///
    /// Wire name: `PayType`.
    pub pay_type: Option<String>,
    /// The performance information of the migration or synchronization task.
    ///
    /// Wire name: `Performance`.
    pub performance: Option<Performance>,
    /// The precheck status.
    ///
    /// Wire name: `PrecheckStatus`.
    pub precheck_status: Option<PrecheckStatus>,
    /// The reserved parameter of DTS. The value is a JSON string. You can specify this parameter to
    /// meet special requirements, such as whether to automatically start the precheck. For more
    /// information, see MigrationReserved metric description.
    ///
    /// Wire name: `Reserved`.
    pub reserved: Option<String>,
    /// DTS is retrying the task due to a task exception.
    ///
    /// Wire name: `RetryState`.
    pub retry_state: Option<SubDistributedJobRetryState>,
    /// The details of the reverse synchronization task.
    ///
    /// Wire name: `ReverseJob`.
    pub reverse_job: Option<ReverseJob>,
    /// The connection information of the source instance.
    ///
    /// Wire name: `SourceEndpoint`.
    pub source_endpoint: Option<SubDistributedJobSourceEndpoint>,
    /// The status of the migration or synchronization task.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
    /// The status of initial schema synchronization.
    ///
    /// Wire name: `StructureInitializationStatus`.
    pub structure_initialization_status: Option<StructureInitializationStatus>,
    /// The information about the synchronization subtask.
    ///
    /// Wire name: `SubSyncJob`.
    pub sub_sync_job: Option<Vec<serde_json::Value>>,
    /// The subscribed topics. This parameter is returned only when the change tracking instance is
    /// of the new version and a consumer group has been created by calling the CreateConsumerGroup
    /// operation.
    ///
    /// Wire name: `SubscribeTopic`.
    pub subscribe_topic: Option<String>,
    /// The type of the subscription data.
    ///
    /// Wire name: `SubscriptionDataType`.
    pub subscription_data_type: Option<SubDistributedJobSubscriptionDataType>,
    /// The endpoint of the change tracking task.
    ///
    /// Wire name: `SubscriptionHost`.
    pub subscription_host: Option<SubDistributedJobSubscriptionHost>,
    /// The synchronization direction. Default value: Forward. The value Reverse takes effect only
    /// when the synchronization topology of the data synchronization instance is two-way
    /// synchronization.
    ///
    /// Wire name: `SynchronizationDirection`.
    pub synchronization_direction: Option<SubDistributedJobSynchronizationDirection>,
    /// The tag collection.
    ///
    /// Wire name: `TagList`.
    pub tag_list: Option<Vec<TagList>>,
    /// The task type.
    ///
    /// Wire name: `TaskType`.
    pub task_type: Option<String>,
}
impl rt::FromJson for SubDistributedJob {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            app_name: o.get("AppName"),
            begin_timestamp: o.get("BeginTimestamp"),
            checkpoint: o.get("Checkpoint"),
            consumption_checkpoint: o.get("ConsumptionCheckpoint"),
            consumption_client: o.get("ConsumptionClient"),
            create_time: o.get("CreateTime"),
            data_etl_status: o.get("DataEtlStatus"),
            data_initialization_status: o.get("DataInitializationStatus"),
            data_synchronization_status: o.get("DataSynchronizationStatus"),
            database_count: o.get("DatabaseCount"),
            db_object: o.get("DbObject"),
            db_object_oss_url: o.get("DbObjectOssUrl"),
            db_object_oss_url_expire_time: o.get("DbObjectOssUrlExpireTime"),
            db_object_size: o.get("DbObjectSize"),
            delay: o.get("Delay"),
            dest_net_type: o.get("DestNetType"),
            destination_endpoint: o.get("DestinationEndpoint"),
            dts_instance_id: o.get("DtsInstanceID"),
            dts_job_class: o.get("DtsJobClass"),
            dts_job_direction: o.get("DtsJobDirection"),
            dts_job_id: o.get("DtsJobId"),
            dts_job_name: o.get("DtsJobName"),
            end_timestamp: o.get("EndTimestamp"),
            error_message: o.get("ErrorMessage"),
            etl_calculator: o.get("EtlCalculator"),
            expire_time: o.get("ExpireTime"),
            finish_time: o.get("FinishTime"),
            group_id: o.get("GroupId"),
            is_demo_job: o.get("IsDemoJob"),
            job_type: o.get("JobType"),
            max_du: o.get("MaxDu"),
            migration_mode: o.get("MigrationMode"),
            min_du: o.get("MinDu"),
            origin_type: o.get("OriginType"),
            pay_type: o.get("PayType"),
            performance: o.get("Performance"),
            precheck_status: o.get("PrecheckStatus"),
            reserved: o.get("Reserved"),
            retry_state: o.get("RetryState"),
            reverse_job: o.get("ReverseJob"),
            source_endpoint: o.get("SourceEndpoint"),
            status: o.get("Status"),
            structure_initialization_status: o.get("StructureInitializationStatus"),
            sub_sync_job: o.get("SubSyncJob"),
            subscribe_topic: o.get("SubscribeTopic"),
            subscription_data_type: o.get("SubscriptionDataType"),
            subscription_host: o.get("SubscriptionHost"),
            synchronization_direction: o.get("SynchronizationDirection"),
            tag_list: o.get("TagList"),
            task_type: o.get("TaskType"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the ETL task.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DataEtlStatus {
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// Indicates whether the upgrade prompt is displayed.
    ///
    /// Wire name: `NeedUpgrade`.
    pub need_upgrade: Option<bool>,
    /// The progress of full data migration or initial full data synchronization, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of records that have completed full data migration or initial full data
    /// synchronization.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of the ETL task.
    ///
    /// Wire name: `Status`.
    pub status: Option<SubDistributedJobDataEtlStatusStatus>,
}
impl rt::FromJson for DataEtlStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            need_upgrade: o.get("NeedUpgrade"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the ETL task.
///
/// - `NotStarted`: Not started
/// - `Migrating`: Running
/// - `Failed`: Failed
/// - `Finished`: Completed
/// - `Catched`: No latency
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`SubSyncJobDataEtlStatusStatus`], and the same type: constants and
/// `Debug` output are `SubSyncJobDataEtlStatusStatus`'s.
pub type SubDistributedJobDataEtlStatusStatus = crate::Enum<
    enum_values::SubSyncJobDataEtlStatusStatus,
>;
/// The status of full data migration or initial full data synchronization.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DataInitializationStatus {
    /// The error message returned when full data migration or initial full data synchronization
    /// failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// Indicates whether the upgrade prompt is displayed.
    ///
    /// Wire name: `NeedUpgrade`.
    pub need_upgrade: Option<bool>,
    /// The progress of full data migration or initial full data synchronization, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of records that have completed full data migration or initial full data
    /// synchronization.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of full data migration or initial full data synchronization.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
}
impl rt::FromJson for DataInitializationStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            need_upgrade: o.get("NeedUpgrade"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of incremental data migration or synchronization.
///
/// The same fields as [`SubSyncJobDataSynchronizationStatus`], and the same type: field docs
/// and `Debug` output are `SubSyncJobDataSynchronizationStatus`'s.
pub type SubDistributedJobDataSynchronizationStatus = SubSyncJobDataSynchronizationStatus;
/// The connection information of the destination instance.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubDistributedJobDestinationEndpoint {
    /// The Alibaba Cloud account ID to which the destination instance belongs.
    ///
    /// Wire name: `AliyunUid`.
    pub aliyun_uid: Option<String>,
    /// The name of the database to which the migration objects belong in the destination instance.
    ///
    /// Wire name: `DatabaseName`.
    pub database_name: Option<String>,
    /// The database engine of the destination instance.
    ///
    /// Wire name: `EngineName`.
    pub engine_name: Option<String>,
    /// The instance ID of the destination instance.
    ///
    /// Wire name: `InstanceID`.
    pub instance_id: Option<String>,
    /// The type of the destination instance.
    ///
    /// Wire name: `InstanceType`.
    pub instance_type: Option<String>,
    /// The endpoint of the destination instance.
    ///
    /// Wire name: `Ip`.
    pub ip: Option<String>,
    /// The SID of the Oracle database. This parameter is returned only when the EngineName of the
    /// destination instance is Oracle and the Oracle database is a non-Real Application Cluster
    /// (RAC) instance.
    ///
    /// Wire name: `OracleSID`.
    pub oracle_sid: Option<String>,
    /// The database service port of the destination instance.
    ///
    /// Wire name: `Port`.
    pub port: Option<String>,
    /// The region in which the destination instance resides. For more information, see Supported
    /// regions.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// The name of the role configured for the Alibaba Cloud account to which the destination
    /// instance belongs.
    ///
    /// Wire name: `RoleName`.
    pub role_name: Option<String>,
    /// Indicates whether an SSL connection is used.
    ///
    /// Wire name: `SslSolutionEnum`.
    pub ssl_solution_enum: Option<SubDistributedJobDestinationEndpointSslSolutionEnum>,
    /// The database account of the destination instance.
    ///
    /// Wire name: `UserName`.
    pub user_name: Option<String>,
}
impl rt::FromJson for SubDistributedJobDestinationEndpoint {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            aliyun_uid: o.get("AliyunUid"),
            database_name: o.get("DatabaseName"),
            engine_name: o.get("EngineName"),
            instance_id: o.get("InstanceID"),
            instance_type: o.get("InstanceType"),
            ip: o.get("Ip"),
            oracle_sid: o.get("OracleSID"),
            port: o.get("Port"),
            region: o.get("Region"),
            role_name: o.get("RoleName"),
            ssl_solution_enum: o.get("SslSolutionEnum"),
            user_name: o.get("UserName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether an SSL connection is used.
///
/// - `DISABLE`: An SSL connection is not used
/// - `ENABLE_WITH_CERTIFICATE`: An SSL connection is used, and a CA certificate is uploaded
/// - `ENABLE_ONLY_4_MONGODB_ALTAS`: An SSL connection is used to connect to AWS MongoDB Atlas
/// - `ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256`: A SCRAM-SHA-256 connection is used to connect to
///   Kafka
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `SslSolutionEnum` of this product's other operations, and the same
/// type: constants and `Debug` output are `SslSolutionEnum`'s.
pub type SubDistributedJobDestinationEndpointSslSolutionEnum = crate::Enum<
    super::shared::enum_values::SslSolutionEnum,
>;
/// The synchronization direction. This parameter is returned only when the topology of the data
/// synchronization instance is two-way synchronization.
///
/// - `Forward`: forward
/// - `Reverse`: reverse
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsJobDirection` of this product's other operations, and the same
/// type: constants and `Debug` output are `DtsJobDirection`'s.
pub type SubDistributedJobDtsJobDirection = crate::Enum<
    super::shared::enum_values::DtsJobDirection,
>;
/// The task type of the DTS instance.
///
/// - `online`: data migration
/// - `SYNC`: data synchronization
/// - `SUBSCRIBE`: change tracking
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`SubSyncJobJobType`], and the same type: constants and `Debug` output
/// are `SubSyncJobJobType`'s.
pub type SubDistributedJobJobType = crate::Enum<enum_values::SubSyncJobJobType>;
/// The migration type or synchronization initialization type.
///
/// The same fields as [`SubSyncJobMigrationMode`], and the same type: field docs and `Debug`
/// output are `SubSyncJobMigrationMode`'s.
pub type SubDistributedJobMigrationMode = SubSyncJobMigrationMode;
/// The performance information of the migration or synchronization task.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Performance {
    /// The volume of data migrated or synchronized per second, in MB/s.
    ///
    /// Wire name: `Flow`.
    pub flow: Option<String>,
    /// The number of SQL statements migrated or synchronized per second, including BEGIN, COMMIT,
    /// DML statements (INSERT, DELETE, UPDATE), and DDL statements.
    ///
    /// Wire name: `Rps`.
    pub rps: Option<String>,
}
impl rt::FromJson for Performance {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            flow: o.get("Flow"),
            rps: o.get("Rps"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The precheck status.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PrecheckStatus {
    /// The execution details of each precheck item.
    ///
    /// Wire name: `Detail`.
    pub detail: Option<Vec<Detail>>,
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The overall precheck progress, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The precheck status.
    ///
    /// Wire name: `Status`.
    pub status: Option<SubDistributedJobPrecheckStatusStatus>,
}
impl rt::FromJson for PrecheckStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            detail: o.get("Detail"),
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// One item of `Detail`. The execution details of each precheck item.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Detail {
    /// The precheck item.
    ///
    /// Wire name: `CheckItem`.
    pub check_item: Option<String>,
    /// The description of the precheck item.
    ///
    /// Wire name: `CheckItemDescription`.
    pub check_item_description: Option<String>,
    /// The precheck result.
    ///
    /// Wire name: `CheckResult`.
    pub check_result: Option<CheckResult>,
    /// The error message returned when the precheck fails. This parameter is returned only when the
    /// value of CheckResult is Failed.
    ///
    /// Wire name: `FailedReason`.
    pub failed_reason: Option<String>,
    /// The method to fix the precheck failure. This parameter is returned only when the value of
    /// CheckResult is Failed.
    ///
    /// Wire name: `RepairMethod`.
    pub repair_method: Option<String>,
}
impl rt::FromJson for Detail {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            check_item: o.get("CheckItem"),
            check_item_description: o.get("CheckItemDescription"),
            check_result: o.get("CheckResult"),
            failed_reason: o.get("FailedReason"),
            repair_method: o.get("RepairMethod"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The precheck status.
///
/// - `NotStarted`: Not started
/// - `Prechecking`: Prechecking
/// - `PrecheckFailed`: Precheck failed
/// - `Finished`: Finished
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type SubDistributedJobPrecheckStatusStatus = crate::Enum<
    enum_values::SubDistributedJobPrecheckStatusStatus,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::SubDistributedJobPrecheckStatusStatus> {
    /// `NotStarted`
    ///
    /// Not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Prechecking`
    ///
    /// Prechecking
    pub const Prechecking: Self = Self::known("Prechecking");
    /// `PrecheckFailed`
    ///
    /// Precheck failed
    pub const PrecheckFailed: Self = Self::known("PrecheckFailed");
    /// `Finished`
    ///
    /// Finished
    pub const Finished: Self = Self::known("Finished");
}
/// DTS is retrying the task due to a task exception.
///
/// The same fields as [`SubSyncJobRetryState`], and the same type: field docs and `Debug`
/// output are `SubSyncJobRetryState`'s.
pub type SubDistributedJobRetryState = SubSyncJobRetryState;
/// The retry target.
///
/// - `srcDB`: source database
/// - `destDB`: destination database
/// - `inner_module`: DTS internal module
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `RetryTarget` of this product's other operations, and the same type:
/// constants and `Debug` output are `RetryTarget`'s.
pub type SubDistributedJobRetryStateRetryTarget = crate::Enum<
    super::shared::enum_values::RetryTarget,
>;
/// The details of the reverse synchronization task.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ReverseJob {
    /// Indicates whether the instance uses the new version of change tracking. The value "new"
    /// indicates the new version.
    ///
    /// Wire name: `AppName`.
    pub app_name: Option<String>,
    /// The start of the timestamp range of data retained in the change tracking instance. The time
    /// is displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `BeginTimestamp`.
    pub begin_timestamp: Option<String>,
    /// The start offset or synchronization offset of incremental data migration. The value is a
    /// UNIX timestamp in seconds.
    ///
    /// Wire name: `Checkpoint`.
    pub checkpoint: Option<String>,
    /// The consumption checkpoint of the downstream consumer for the change tracking task. The time
    /// is displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `ConsumptionCheckpoint`.
    pub consumption_checkpoint: Option<String>,
    /// The information about the downstream consumer client, which consists of an IP address and a
    /// random number generated by DTS.
    ///
    /// Wire name: `ConsumptionClient`.
    pub consumption_client: Option<String>,
    /// The time when the task was created. The time is displayed in the format of
    /// yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `CreateTime`.
    pub create_time: Option<String>,
    /// The status of the ETL task.
    ///
    /// Wire name: `DataEtlStatus`.
    pub data_etl_status: Option<SubDistributedJobReverseJobDataEtlStatus>,
    /// The status of full data migration or initial full data synchronization.
    ///
    /// Wire name: `DataInitializationStatus`.
    pub data_initialization_status: Option<
        SubDistributedJobReverseJobDataInitializationStatus,
    >,
    /// The status of incremental data migration or synchronization.
    ///
    /// Wire name: `DataSynchronizationStatus`.
    pub data_synchronization_status: Option<
        SubDistributedJobReverseJobDataSynchronizationStatus,
    >,
    /// If the source instance is a PolarDB-X 1.0 instance, specify the number of ApsaraDB RDS for
    /// MySQL instances attached to it.
    ///
    /// Wire name: `DatabaseCount`.
    pub database_count: Option<i64>,
    /// The objects for migration, synchronization, or change tracking. For more information, see
    /// Objects of DTS tasks.
    ///
    /// Wire name: `DbObject`.
    pub db_object: Option<String>,
    /// Wire name: `DbObjectOssUrl`.
    pub db_object_oss_url: Option<String>,
    /// Wire name: `DbObjectOssUrlExpireTime`.
    pub db_object_oss_url_expire_time: Option<String>,
    /// Wire name: `DbObjectSize`.
    pub db_object_size: Option<i64>,
    /// The latency of incremental data migration or synchronization, in milliseconds.
    ///
    /// Wire name: `Delay`.
    pub delay: Option<i64>,
    /// The network type of the consumer client.
    ///
    /// Wire name: `DestNetType`.
    pub dest_net_type: Option<String>,
    /// The connection information of the destination instance.
    ///
    /// Wire name: `DestinationEndpoint`.
    pub destination_endpoint: Option<SubDistributedJobReverseJobDestinationEndpoint>,
    /// The DTS instance ID.
    ///
    /// Wire name: `DtsInstanceID`.
    pub dts_instance_id: Option<String>,
    /// The specification of the data transmission link.
    ///
    /// Wire name: `DtsJobClass`.
    pub dts_job_class: Option<String>,
    /// The synchronization direction. This parameter is returned only when the topology of the data
    /// synchronization instance is two-way synchronization.
    ///
    /// Wire name: `DtsJobDirection`.
    pub dts_job_direction: Option<SubDistributedJobReverseJobDtsJobDirection>,
    /// The DTS task ID.
    ///
    /// Wire name: `DtsJobId`.
    pub dts_job_id: Option<String>,
    /// The DTS instance name.
    ///
    /// Wire name: `DtsJobName`.
    pub dts_job_name: Option<String>,
    /// The end of the timestamp range of data retained in the change tracking instance. The time is
    /// displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `EndTimestamp`.
    pub end_timestamp: Option<String>,
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The operator information of the ETL task.
    ///
    /// Wire name: `EtlCalculator`.
    pub etl_calculator: Option<String>,
    /// The expiration time of the instance. The time is displayed in the yyyy-MM-ddTHH:mm:ssZ
    /// format in UTC. This parameter is returned only when the value of the PayType parameter is
    /// PrePaid.
    ///
    /// Wire name: `ExpireTime`.
    pub expire_time: Option<String>,
    /// The time when the task was completed. The time is displayed in the format of
    /// yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `FinishTime`.
    pub finish_time: Option<String>,
    /// The resource group ID.
    ///
    /// Wire name: `GroupId`.
    pub group_id: Option<String>,
    /// Indicates whether the task is a subtask.
    ///
    /// Wire name: `IsDemoJob`.
    pub is_demo_job: Option<bool>,
    /// The task type of the DTS instance.
    ///
    /// Wire name: `JobType`.
    pub job_type: Option<String>,
    /// The maximum number of DUs.
    ///
    /// Wire name: `MaxDu`.
    pub max_du: Option<f64>,
    /// The migration type or synchronization initialization type.
    ///
    /// Wire name: `MigrationMode`.
    pub migration_mode: Option<SubDistributedJobReverseJobMigrationMode>,
    /// The minimum number of DUs.
    ///
    /// Wire name: `MinDu`.
    pub min_du: Option<f64>,
    /// The task source:
    ///
    /// Wire name: `OriginType`.
    pub origin_type: Option<String>,
    /// The payment type:
    ///
    /// Wire name: `PayType`.
    pub pay_type: Option<String>,
    /// The performance information of the migration or synchronization task.
    ///
    /// Wire name: `Performance`.
    pub performance: Option<SubDistributedJobReverseJobPerformance>,
    /// The precheck status.
    ///
    /// Wire name: `PrecheckStatus`.
    pub precheck_status: Option<SubDistributedJobReverseJobPrecheckStatus>,
    /// The reserved parameter of DTS. The value is a JSON string. You can specify this parameter to
    /// meet special requirements, such as whether to automatically start the precheck. For more
    /// information, see MigrationReserved metric description.
    ///
    /// Wire name: `Reserved`.
    pub reserved: Option<String>,
    /// DTS is retrying the task due to a task exception.
    ///
    /// Wire name: `RetryState`.
    pub retry_state: Option<SubDistributedJobReverseJobRetryState>,
    /// The details of the reverse synchronization task.
    ///
    /// Wire name: `ReverseJob`.
    pub reverse_job: Option<serde_json::Value>,
    /// The connection information of the source instance.
    ///
    /// Wire name: `SourceEndpoint`.
    pub source_endpoint: Option<SubDistributedJobReverseJobSourceEndpoint>,
    /// The status of the migration or synchronization task.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
    /// The status of initial schema synchronization.
    ///
    /// Wire name: `StructureInitializationStatus`.
    pub structure_initialization_status: Option<
        SubDistributedJobReverseJobStructureInitializationStatus,
    >,
    /// The subscription topic. This parameter is returned only when the change tracking instance is
    /// of the new version and a consumer group has been created by calling the CreateConsumerGroup
    /// operation.
    ///
    /// Wire name: `SubscribeTopic`.
    pub subscribe_topic: Option<String>,
    /// The type of the subscription data.
    ///
    /// Wire name: `SubscriptionDataType`.
    pub subscription_data_type: Option<SubDistributedJobReverseJobSubscriptionDataType>,
    /// The endpoint of the change tracking task.
    ///
    /// Wire name: `SubscriptionHost`.
    pub subscription_host: Option<SubDistributedJobReverseJobSubscriptionHost>,
    /// The synchronization direction. Default value: Forward. The value Reverse takes effect only
    /// when the synchronization topology of the data synchronization instance is two-way
    /// synchronization.
    ///
    /// Wire name: `SynchronizationDirection`.
    pub synchronization_direction: Option<
        SubDistributedJobReverseJobSynchronizationDirection,
    >,
    /// The tag collection.
    ///
    /// Wire name: `TagList`.
    pub tag_list: Option<Vec<SubDistributedJobReverseJobTagList>>,
    /// The task type.
    ///
    /// Wire name: `TaskType`.
    pub task_type: Option<String>,
}
impl rt::FromJson for ReverseJob {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            app_name: o.get("AppName"),
            begin_timestamp: o.get("BeginTimestamp"),
            checkpoint: o.get("Checkpoint"),
            consumption_checkpoint: o.get("ConsumptionCheckpoint"),
            consumption_client: o.get("ConsumptionClient"),
            create_time: o.get("CreateTime"),
            data_etl_status: o.get("DataEtlStatus"),
            data_initialization_status: o.get("DataInitializationStatus"),
            data_synchronization_status: o.get("DataSynchronizationStatus"),
            database_count: o.get("DatabaseCount"),
            db_object: o.get("DbObject"),
            db_object_oss_url: o.get("DbObjectOssUrl"),
            db_object_oss_url_expire_time: o.get("DbObjectOssUrlExpireTime"),
            db_object_size: o.get("DbObjectSize"),
            delay: o.get("Delay"),
            dest_net_type: o.get("DestNetType"),
            destination_endpoint: o.get("DestinationEndpoint"),
            dts_instance_id: o.get("DtsInstanceID"),
            dts_job_class: o.get("DtsJobClass"),
            dts_job_direction: o.get("DtsJobDirection"),
            dts_job_id: o.get("DtsJobId"),
            dts_job_name: o.get("DtsJobName"),
            end_timestamp: o.get("EndTimestamp"),
            error_message: o.get("ErrorMessage"),
            etl_calculator: o.get("EtlCalculator"),
            expire_time: o.get("ExpireTime"),
            finish_time: o.get("FinishTime"),
            group_id: o.get("GroupId"),
            is_demo_job: o.get("IsDemoJob"),
            job_type: o.get("JobType"),
            max_du: o.get("MaxDu"),
            migration_mode: o.get("MigrationMode"),
            min_du: o.get("MinDu"),
            origin_type: o.get("OriginType"),
            pay_type: o.get("PayType"),
            performance: o.get("Performance"),
            precheck_status: o.get("PrecheckStatus"),
            reserved: o.get("Reserved"),
            retry_state: o.get("RetryState"),
            reverse_job: o.get("ReverseJob"),
            source_endpoint: o.get("SourceEndpoint"),
            status: o.get("Status"),
            structure_initialization_status: o.get("StructureInitializationStatus"),
            subscribe_topic: o.get("SubscribeTopic"),
            subscription_data_type: o.get("SubscriptionDataType"),
            subscription_host: o.get("SubscriptionHost"),
            synchronization_direction: o.get("SynchronizationDirection"),
            tag_list: o.get("TagList"),
            task_type: o.get("TaskType"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the ETL task.
///
/// The same fields as [`DataEtlStatus`], and the same type: field docs and `Debug` output are
/// `DataEtlStatus`'s.
pub type SubDistributedJobReverseJobDataEtlStatus = DataEtlStatus;
/// The status of the ETL task.
///
/// - `NotStarted`: Not started
/// - `Migrating`: Running
/// - `Failed`: Failed
/// - `Finished`: Completed
/// - `Catched`: No latency
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`SubSyncJobDataEtlStatusStatus`], and the same type: constants and
/// `Debug` output are `SubSyncJobDataEtlStatusStatus`'s.
pub type SubDistributedJobReverseJobDataEtlStatusStatus = crate::Enum<
    enum_values::SubSyncJobDataEtlStatusStatus,
>;
/// The status of full data migration or initial full data synchronization.
///
/// The same fields as [`DataInitializationStatus`], and the same type: field docs and `Debug`
/// output are `DataInitializationStatus`'s.
pub type SubDistributedJobReverseJobDataInitializationStatus = DataInitializationStatus;
/// The status of incremental data migration or synchronization.
///
/// The same fields as [`SubSyncJobDataSynchronizationStatus`], and the same type: field docs
/// and `Debug` output are `SubSyncJobDataSynchronizationStatus`'s.
pub type SubDistributedJobReverseJobDataSynchronizationStatus = SubSyncJobDataSynchronizationStatus;
/// The connection information of the destination instance.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubDistributedJobReverseJobDestinationEndpoint {
    /// The Alibaba Cloud account ID to which the destination instance belongs.
    ///
    /// Wire name: `AliyunUid`.
    pub aliyun_uid: Option<String>,
    /// The name of the database to which the migration objects belong in the destination instance.
    ///
    /// Wire name: `DatabaseName`.
    pub database_name: Option<String>,
    /// The database engine of the destination instance.
    ///
    /// Wire name: `EngineName`.
    pub engine_name: Option<String>,
    /// The ID of the destination instance.
    ///
    /// Wire name: `InstanceID`.
    pub instance_id: Option<String>,
    /// The type of the destination instance.
    ///
    /// Wire name: `InstanceType`.
    pub instance_type: Option<String>,
    /// The endpoint of the destination instance.
    ///
    /// Wire name: `Ip`.
    pub ip: Option<String>,
    /// The SID of the Oracle database. This parameter is returned only when the EngineName of the
    /// destination instance is Oracle and the Oracle database is a non-RAC instance.
    ///
    /// Wire name: `OracleSID`.
    pub oracle_sid: Option<String>,
    /// The database service port of the destination instance.
    ///
    /// Wire name: `Port`.
    pub port: Option<String>,
    /// The region in which the destination instance resides. For more information, see Supported
    /// regions.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// The name of the role configured for the Alibaba Cloud account to which the destination
    /// instance belongs.
    ///
    /// Wire name: `RoleName`.
    pub role_name: Option<String>,
    /// Indicates whether SSL is used for the connection.
    ///
    /// Wire name: `SslSolutionEnum`.
    pub ssl_solution_enum: Option<String>,
    /// The database account of the destination instance.
    ///
    /// Wire name: `UserName`.
    pub user_name: Option<String>,
}
impl rt::FromJson for SubDistributedJobReverseJobDestinationEndpoint {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            aliyun_uid: o.get("AliyunUid"),
            database_name: o.get("DatabaseName"),
            engine_name: o.get("EngineName"),
            instance_id: o.get("InstanceID"),
            instance_type: o.get("InstanceType"),
            ip: o.get("Ip"),
            oracle_sid: o.get("OracleSID"),
            port: o.get("Port"),
            region: o.get("Region"),
            role_name: o.get("RoleName"),
            ssl_solution_enum: o.get("SslSolutionEnum"),
            user_name: o.get("UserName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The synchronization direction. This parameter is returned only when the topology of the data
/// synchronization instance is two-way synchronization.
///
/// - `Forward`: forward
/// - `Reverse`: reverse
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsJobDirection` of this product's other operations, and the same
/// type: constants and `Debug` output are `DtsJobDirection`'s.
pub type SubDistributedJobReverseJobDtsJobDirection = crate::Enum<
    super::shared::enum_values::DtsJobDirection,
>;
/// The migration type or synchronization initialization type.
///
/// The same fields as [`SubSyncJobMigrationMode`], and the same type: field docs and `Debug`
/// output are `SubSyncJobMigrationMode`'s.
pub type SubDistributedJobReverseJobMigrationMode = SubSyncJobMigrationMode;
/// The performance information of the migration or synchronization task.
///
/// The same fields as [`Performance`], and the same type: field docs and `Debug` output are
/// `Performance`'s.
pub type SubDistributedJobReverseJobPerformance = Performance;
/// The precheck status.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubDistributedJobReverseJobPrecheckStatus {
    /// The execution details of each precheck item.
    ///
    /// Wire name: `Detail`.
    pub detail: Option<Vec<SubDistributedJobReverseJobPrecheckStatusDetail>>,
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The overall precheck progress, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The precheck status.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
}
impl rt::FromJson for SubDistributedJobReverseJobPrecheckStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            detail: o.get("Detail"),
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// One item of `Detail`. The execution details of each precheck item.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubDistributedJobReverseJobPrecheckStatusDetail {
    /// The precheck item.
    ///
    /// Wire name: `CheckItem`.
    pub check_item: Option<String>,
    /// The description of the precheck item.
    ///
    /// Wire name: `CheckItemDescription`.
    pub check_item_description: Option<String>,
    /// The check result.
    ///
    /// Wire name: `CheckResult`.
    pub check_result: Option<SubDistributedJobReverseJobPrecheckStatusDetailCheckResult>,
    /// The error message returned when the precheck fails. This parameter is returned only when the
    /// value of CheckResult is Failed.
    ///
    /// Wire name: `FailedReason`.
    pub failed_reason: Option<String>,
    /// The repair method for the failed precheck item. This parameter is returned only when the
    /// value of CheckResult is Failed.
    ///
    /// Wire name: `RepairMethod`.
    pub repair_method: Option<String>,
}
impl rt::FromJson for SubDistributedJobReverseJobPrecheckStatusDetail {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            check_item: o.get("CheckItem"),
            check_item_description: o.get("CheckItemDescription"),
            check_result: o.get("CheckResult"),
            failed_reason: o.get("FailedReason"),
            repair_method: o.get("RepairMethod"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The check result.
///
/// - `Success`: The check is passed
/// - `Failed`: The check is not passed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `CheckResult` of this product's other operations, and the same type:
/// constants and `Debug` output are `CheckResult`'s.
pub type SubDistributedJobReverseJobPrecheckStatusDetailCheckResult = crate::Enum<
    super::shared::enum_values::CheckResult,
>;
/// DTS is retrying the task due to a task exception.
///
/// The same fields as [`SubSyncJobRetryState`], and the same type: field docs and `Debug`
/// output are `SubSyncJobRetryState`'s.
pub type SubDistributedJobReverseJobRetryState = SubSyncJobRetryState;
/// The retry target.
///
/// - `srcDB`: source database
/// - `destDB`: destination database
/// - `inner_module`: DTS internal module
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `RetryTarget` of this product's other operations, and the same type:
/// constants and `Debug` output are `RetryTarget`'s.
pub type SubDistributedJobReverseJobRetryStateRetryTarget = crate::Enum<
    super::shared::enum_values::RetryTarget,
>;
/// The connection information of the source instance.
///
/// The same fields as [`SubSyncJobSourceEndpoint`], and the same type: field docs and `Debug`
/// output are `SubSyncJobSourceEndpoint`'s.
pub type SubDistributedJobReverseJobSourceEndpoint = SubSyncJobSourceEndpoint;
/// The status of initial schema synchronization.
///
/// The same fields as [`StructureInitializationStatus`], and the same type: field docs and
/// `Debug` output are `StructureInitializationStatus`'s.
pub type SubDistributedJobReverseJobStructureInitializationStatus = StructureInitializationStatus;
/// The status of initial schema synchronization.
///
/// - `NotStarted`: Not started
/// - `Migrating`: In progress
/// - `Failed`: Failed
/// - `Finished`: Completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`SubDistributedJobStructureInitializationStatusStatus`], and the same
/// type: constants and `Debug` output are
/// `SubDistributedJobStructureInitializationStatusStatus`'s.
pub type SubDistributedJobReverseJobStructureInitializationStatusStatus = crate::Enum<
    enum_values::SubDistributedJobStructureInitializationStatusStatus,
>;
/// The type of the subscription data.
///
/// The same fields as [`SubscriptionDataType`], and the same type: field docs and `Debug`
/// output are `SubscriptionDataType`'s.
pub type SubDistributedJobReverseJobSubscriptionDataType = SubscriptionDataType;
/// The endpoint of the change tracking task.
///
/// The same fields as [`SubDistributedJobSubscriptionHost`], and the same type: field docs and
/// `Debug` output are `SubDistributedJobSubscriptionHost`'s.
pub type SubDistributedJobReverseJobSubscriptionHost = SubDistributedJobSubscriptionHost;
/// The synchronization direction. Default value: Forward. The value Reverse takes effect only
/// when the synchronization topology of the data synchronization instance is two-way
/// synchronization.
///
/// - `Forward`: forward
/// - `Reverse`: reverse
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsJobDirection` of this product's other operations, and the same
/// type: constants and `Debug` output are `DtsJobDirection`'s.
pub type SubDistributedJobReverseJobSynchronizationDirection = crate::Enum<
    super::shared::enum_values::DtsJobDirection,
>;
/// One item of `TagList`. The tag collection.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubDistributedJobReverseJobTagList {
    /// The Alibaba Cloud account ID.
    ///
    /// Wire name: `AliUid`.
    pub ali_uid: Option<i64>,
    /// The tag operator.
    ///
    /// Wire name: `Creator`.
    pub creator: Option<i64>,
    /// The creation time.
    ///
    /// Wire name: `GmtCreate`.
    pub gmt_create: Option<String>,
    /// The modification time.
    ///
    /// Wire name: `GmtModified`.
    pub gmt_modified: Option<String>,
    /// The primary key.
    ///
    /// Wire name: `Id`.
    pub id: Option<i64>,
    /// The ID of the region in which the task resides. For more information, see Supported regions.
    ///
    /// Wire name: `RegionId`.
    pub region_id: Option<String>,
    /// The instance ID of the data migration, synchronization, or change tracking task.
    ///
    /// Wire name: `ResourceId`.
    pub resource_id: Option<String>,
    /// The resource type.
    ///
    /// Wire name: `ResourceType`.
    pub resource_type: Option<String>,
    /// The visibility of the tag.
    ///
    /// Wire name: `Scope`.
    pub scope: Option<String>,
    /// The region where the task resides.
    ///
    /// Wire name: `SrcRegion`.
    pub src_region: Option<String>,
    /// The tag type. If this parameter is empty, tags that can be publicly displayed are returned
    /// by default.
    ///
    /// Wire name: `TagCategory`.
    pub tag_category: Option<SubDistributedJobReverseJobTagListTagCategory>,
    /// The tag key.
    ///
    /// Wire name: `TagKey`.
    pub tag_key: Option<String>,
    /// The tag value.
    ///
    /// Wire name: `TagValue`.
    pub tag_value: Option<String>,
}
impl rt::FromJson for SubDistributedJobReverseJobTagList {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            ali_uid: o.get("AliUid"),
            creator: o.get("Creator"),
            gmt_create: o.get("GmtCreate"),
            gmt_modified: o.get("GmtModified"),
            id: o.get("Id"),
            region_id: o.get("RegionId"),
            resource_id: o.get("ResourceId"),
            resource_type: o.get("ResourceType"),
            scope: o.get("Scope"),
            src_region: o.get("SrcRegion"),
            tag_category: o.get("TagCategory"),
            tag_key: o.get("TagKey"),
            tag_value: o.get("TagValue"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The tag type. If this parameter is empty, tags that can be publicly displayed are returned
/// by default.
///
/// - `System`: A tag created by the system
/// - `Custom`: A tag added by the user
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`TagCategory`], and the same type: constants and `Debug` output are
/// `TagCategory`'s.
pub type SubDistributedJobReverseJobTagListTagCategory = crate::Enum<
    enum_values::TagCategory,
>;
/// The connection information of the source instance.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubDistributedJobSourceEndpoint {
    /// The Alibaba Cloud account ID to which the source instance belongs.
    ///
    /// Wire name: `AliyunUid`.
    pub aliyun_uid: Option<String>,
    /// The name of the database to which the migration objects belong in the source instance.
    ///
    /// Wire name: `DatabaseName`.
    pub database_name: Option<String>,
    /// The database engine of the source instance.
    ///
    /// Wire name: `EngineName`.
    pub engine_name: Option<String>,
    /// The instance ID of the source instance.
    ///
    /// Wire name: `InstanceID`.
    pub instance_id: Option<String>,
    /// The type of the source instance.
    ///
    /// Wire name: `InstanceType`.
    pub instance_type: Option<String>,
    /// The endpoint of the source instance.
    ///
    /// Wire name: `Ip`.
    pub ip: Option<String>,
    /// The SID of the Oracle database. This parameter is returned only when the EngineName of the
    /// destination instance is set to Oracle and the Oracle database is a non-RAC instance.
    ///
    /// Wire name: `OracleSID`.
    pub oracle_sid: Option<String>,
    /// The database service port of the source instance.
    ///
    /// Wire name: `Port`.
    pub port: Option<String>,
    /// The region in which the source instance resides. For more information, see Supported
    /// regions.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// The name of the role configured for the Alibaba Cloud account to which the source instance
    /// belongs.
    ///
    /// Wire name: `RoleName`.
    pub role_name: Option<String>,
    /// Indicates whether an SSL connection is used.
    ///
    /// Wire name: `SslSolutionEnum`.
    pub ssl_solution_enum: Option<SubDistributedJobSourceEndpointSslSolutionEnum>,
    /// The database account of the source instance.
    ///
    /// Wire name: `UserName`.
    pub user_name: Option<String>,
}
impl rt::FromJson for SubDistributedJobSourceEndpoint {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            aliyun_uid: o.get("AliyunUid"),
            database_name: o.get("DatabaseName"),
            engine_name: o.get("EngineName"),
            instance_id: o.get("InstanceID"),
            instance_type: o.get("InstanceType"),
            ip: o.get("Ip"),
            oracle_sid: o.get("OracleSID"),
            port: o.get("Port"),
            region: o.get("Region"),
            role_name: o.get("RoleName"),
            ssl_solution_enum: o.get("SslSolutionEnum"),
            user_name: o.get("UserName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether an SSL connection is used.
///
/// - `DISABLE`: An SSL connection is not used
/// - `ENABLE_WITH_CERTIFICATE`: An SSL connection is used, and the CA certificate is uploaded
/// - `ENABLE_ONLY_4_MONGODB_ALTAS`: An SSL connection is used to connect to AWS MongoDB Atlas
/// - `ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256`: A SCRAM-SHA-256 connection is used to connect to
///   Kafka
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `SslSolutionEnum` of this product's other operations, and the same
/// type: constants and `Debug` output are `SslSolutionEnum`'s.
pub type SubDistributedJobSourceEndpointSslSolutionEnum = crate::Enum<
    super::shared::enum_values::SslSolutionEnum,
>;
/// The status of initial schema synchronization.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StructureInitializationStatus {
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// Indicates whether the upgrade prompt is displayed.
    ///
    /// Wire name: `NeedUpgrade`.
    pub need_upgrade: Option<bool>,
    /// The progress of initial schema synchronization, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of tables that have completed initial schema synchronization.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of initial schema synchronization.
    ///
    /// Wire name: `Status`.
    pub status: Option<SubDistributedJobStructureInitializationStatusStatus>,
}
impl rt::FromJson for StructureInitializationStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            need_upgrade: o.get("NeedUpgrade"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of initial schema synchronization.
///
/// - `NotStarted`: Not started
/// - `Migrating`: In progress
/// - `Failed`: Failed
/// - `Finished`: Completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type SubDistributedJobStructureInitializationStatusStatus = crate::Enum<
    enum_values::SubDistributedJobStructureInitializationStatusStatus,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::SubDistributedJobStructureInitializationStatusStatus> {
    /// `NotStarted`
    ///
    /// Not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Migrating`
    ///
    /// In progress
    pub const Migrating: Self = Self::known("Migrating");
    /// `Failed`
    ///
    /// Failed
    pub const Failed: Self = Self::known("Failed");
    /// `Finished`
    ///
    /// Completed
    pub const Finished: Self = Self::known("Finished");
}
/// The type of the subscription data.
///
/// The same fields as [`SubscriptionDataType`], and the same type: field docs and `Debug`
/// output are `SubscriptionDataType`'s.
pub type SubDistributedJobSubscriptionDataType = SubscriptionDataType;
/// The endpoint of the change tracking task.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubDistributedJobSubscriptionHost {
    /// The private endpoint of the change tracking task, in the format of `address:port`.
    ///
    /// Wire name: `PrivateHost`.
    pub private_host: Option<String>,
    /// The public network connection information of the subscribe node. The format is `Address:Port
    /// number`.
    ///
    /// Wire name: `PublicHost`.
    pub public_host: Option<String>,
    /// The VPC (Virtual Private Cloud) endpoint of the change tracking task, in the format of
    /// `address:port`.
    ///
    /// Wire name: `VpcHost`.
    pub vpc_host: Option<String>,
}
impl rt::FromJson for SubDistributedJobSubscriptionHost {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            private_host: o.get("PrivateHost"),
            public_host: o.get("PublicHost"),
            vpc_host: o.get("VpcHost"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The synchronization direction. Default value: Forward. The value Reverse takes effect only
/// when the synchronization topology of the data synchronization instance is two-way
/// synchronization.
///
/// - `Forward`: Forward
/// - `Reverse`: Reverse
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsJobDirection` of this product's other operations, and the same
/// type: constants and `Debug` output are `DtsJobDirection`'s.
pub type SubDistributedJobSynchronizationDirection = crate::Enum<
    super::shared::enum_values::DtsJobDirection,
>;
/// One item of `TagList`. The tag collection.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TagList {
    /// The Alibaba Cloud account ID.
    ///
    /// Wire name: `AliUid`.
    pub ali_uid: Option<i64>,
    /// The tag operator.
    ///
    /// Wire name: `Creator`.
    pub creator: Option<i64>,
    /// The creation time.
    ///
    /// Wire name: `GmtCreate`.
    pub gmt_create: Option<String>,
    /// The modification time.
    ///
    /// Wire name: `GmtModified`.
    pub gmt_modified: Option<String>,
    /// The primary key.
    ///
    /// Wire name: `Id`.
    pub id: Option<i64>,
    /// The region in which the task resides. For more information, see Supported regions.
    ///
    /// Wire name: `RegionId`.
    pub region_id: Option<String>,
    /// The instance ID of the data migration, synchronization, or change tracking task.
    ///
    /// Wire name: `ResourceId`.
    pub resource_id: Option<String>,
    /// The resource type.
    ///
    /// Wire name: `ResourceType`.
    pub resource_type: Option<String>,
    /// The visibility of the tag.
    ///
    /// Wire name: `Scope`.
    pub scope: Option<String>,
    /// The region where the task resides.
    ///
    /// Wire name: `SrcRegion`.
    pub src_region: Option<String>,
    /// The tag type. If this value is empty, publicly visible tags are returned by default.
    ///
    /// Wire name: `TagCategory`.
    pub tag_category: Option<TagCategory>,
    /// The tag key.
    ///
    /// Wire name: `TagKey`.
    pub tag_key: Option<String>,
    /// The tag value.
    ///
    /// Wire name: `TagValue`.
    pub tag_value: Option<String>,
}
impl rt::FromJson for TagList {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            ali_uid: o.get("AliUid"),
            creator: o.get("Creator"),
            gmt_create: o.get("GmtCreate"),
            gmt_modified: o.get("GmtModified"),
            id: o.get("Id"),
            region_id: o.get("RegionId"),
            resource_id: o.get("ResourceId"),
            resource_type: o.get("ResourceType"),
            scope: o.get("Scope"),
            src_region: o.get("SrcRegion"),
            tag_category: o.get("TagCategory"),
            tag_key: o.get("TagKey"),
            tag_value: o.get("TagValue"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The tag type. If this value is empty, publicly visible tags are returned by default.
///
/// - `System`: A tag created by the system
/// - `Custom`: A tag added by the user
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type TagCategory = crate::Enum<enum_values::TagCategory>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::TagCategory> {
    /// `System`
    ///
    /// A tag created by the system
    pub const System: Self = Self::known("System");
    /// `Custom`
    ///
    /// A tag added by the user
    pub const Custom: Self = Self::known("Custom");
}
/// One item of `SubSyncJob`. The information about the synchronization subtask.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJob {
    /// Indicates whether the instance uses the new version of change tracking. The value "new"
    /// indicates the new version.
    ///
    /// Wire name: `AppName`.
    pub app_name: Option<String>,
    /// The start of the timestamp range of data retained in the change tracking instance. The time
    /// is displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `BeginTimestamp`.
    pub begin_timestamp: Option<String>,
    /// The start offset or synchronization offset of incremental data migration. The value is a
    /// UNIX timestamp in seconds.
    ///
    /// Wire name: `Checkpoint`.
    pub checkpoint: Option<String>,
    /// The consumption checkpoint of the downstream consumer for the change tracking task. The time
    /// is displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `ConsumptionCheckpoint`.
    pub consumption_checkpoint: Option<String>,
    /// The information about the downstream consumer client, which consists of an IP address and a
    /// random number generated by DTS.
    ///
    /// Wire name: `ConsumptionClient`.
    pub consumption_client: Option<String>,
    /// The time when the task was created. The time is displayed in the format of
    /// yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `CreateTime`.
    pub create_time: Option<String>,
    /// The status of the ETL task.
    ///
    /// Wire name: `DataEtlStatus`.
    pub data_etl_status: Option<SubSyncJobDataEtlStatus>,
    /// The status of full data migration or initial full data synchronization.
    ///
    /// Wire name: `DataInitializationStatus`.
    pub data_initialization_status: Option<SubSyncJobDataInitializationStatus>,
    /// The status of incremental data migration or synchronization.
    ///
    /// Wire name: `DataSynchronizationStatus`.
    pub data_synchronization_status: Option<SubSyncJobDataSynchronizationStatus>,
    /// If the source instance is a PolarDB-X 1.0 instance, specify the number of ApsaraDB RDS for
    /// MySQL instances attached to it.
    ///
    /// Wire name: `DatabaseCount`.
    pub database_count: Option<i64>,
    /// The objects for migration, synchronization, or change tracking. For more information, see
    /// Objects of DTS tasks.
    ///
    /// Wire name: `DbObject`.
    pub db_object: Option<String>,
    /// Wire name: `DbObjectOssUrl`.
    pub db_object_oss_url: Option<String>,
    /// Wire name: `DbObjectOssUrlExpireTime`.
    pub db_object_oss_url_expire_time: Option<String>,
    /// Wire name: `DbObjectSize`.
    pub db_object_size: Option<i64>,
    /// The latency of incremental data migration or synchronization, in milliseconds.
    ///
    /// Wire name: `Delay`.
    pub delay: Option<i64>,
    /// The network type of the consumer client.
    ///
    /// Wire name: `DestNetType`.
    pub dest_net_type: Option<String>,
    /// The connection information of the destination instance.
    ///
    /// Wire name: `DestinationEndpoint`.
    pub destination_endpoint: Option<SubSyncJobDestinationEndpoint>,
    /// The DTS instance ID.
    ///
    /// Wire name: `DtsInstanceID`.
    pub dts_instance_id: Option<String>,
    /// The specification of the data transmission link.
    ///
    /// Wire name: `DtsJobClass`.
    pub dts_job_class: Option<String>,
    /// The synchronization direction. This parameter is returned only when the topology of the data
    /// synchronization instance is two-way synchronization.
    ///
    /// Wire name: `DtsJobDirection`.
    pub dts_job_direction: Option<SubSyncJobDtsJobDirection>,
    /// The DTS task ID.
    ///
    /// Wire name: `DtsJobId`.
    pub dts_job_id: Option<String>,
    /// The DTS instance name.
    ///
    /// Wire name: `DtsJobName`.
    pub dts_job_name: Option<String>,
    /// The end of the timestamp range of data retained in the change tracking instance. The time is
    /// displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `EndTimestamp`.
    pub end_timestamp: Option<String>,
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The operator information of the ETL task.
    ///
    /// Wire name: `EtlCalculator`.
    pub etl_calculator: Option<String>,
    /// The expiration time of the instance. The time is displayed in the yyyy-MM-ddTHH:mm:ssZ
    /// format in UTC. This parameter is returned only when the value of the PayType parameter is
    /// PrePaid.
    ///
    /// Wire name: `ExpireTime`.
    pub expire_time: Option<String>,
    /// The time when the task was completed. The time is displayed in the format of
    /// yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `FinishTime`.
    pub finish_time: Option<String>,
    /// The resource group ID.
    ///
    /// Wire name: `GroupId`.
    pub group_id: Option<String>,
    /// Indicates whether the task is a subtask.
    ///
    /// Wire name: `IsDemoJob`.
    pub is_demo_job: Option<bool>,
    /// The task type of the DTS instance.
    ///
    /// Wire name: `JobType`.
    pub job_type: Option<SubSyncJobJobType>,
    /// The maximum number of DUs.
    ///
    /// Wire name: `MaxDu`.
    pub max_du: Option<f64>,
    /// The migration type or initial synchronization type.
    ///
    /// Wire name: `MigrationMode`.
    pub migration_mode: Option<SubSyncJobMigrationMode>,
    /// The minimum number of DUs.
    ///
    /// Wire name: `MinDu`.
    pub min_du: Option<f64>,
    /// The task source:
    ///
    /// Wire name: `OriginType`.
    pub origin_type: Option<String>,
    /// The payment type:
    ///
    /// Wire name: `PayType`.
    pub pay_type: Option<String>,
    /// The performance information of the migration or synchronization task.
    ///
    /// Wire name: `Performance`.
    pub performance: Option<SubSyncJobPerformance>,
    /// The precheck status.
    ///
    /// Wire name: `PrecheckStatus`.
    pub precheck_status: Option<SubSyncJobPrecheckStatus>,
    /// The reserved parameter of DTS. The value is a JSON string. You can specify this parameter to
    /// meet special requirements, such as whether to automatically start the precheck. For more
    /// information, see MigrationReserved parameter description.
    ///
    /// Wire name: `Reserved`.
    pub reserved: Option<String>,
    /// DTS is retrying the task due to a task exception.
    ///
    /// Wire name: `RetryState`.
    pub retry_state: Option<SubSyncJobRetryState>,
    /// The details of the reverse synchronization task.
    ///
    /// Wire name: `ReverseJob`.
    pub reverse_job: Option<SubSyncJobReverseJob>,
    /// The connection information of the source instance.
    ///
    /// Wire name: `SourceEndpoint`.
    pub source_endpoint: Option<SubSyncJobSourceEndpoint>,
    /// The status of the migration or synchronization task.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
    /// The status of initial schema synchronization.
    ///
    /// Wire name: `StructureInitializationStatus`.
    pub structure_initialization_status: Option<SubSyncJobStructureInitializationStatus>,
    /// The information about the synchronization subtask.
    ///
    /// Wire name: `SubSyncJob`.
    pub sub_sync_job: Option<Vec<serde_json::Value>>,
    /// The subscribed topic. This parameter is returned only when the change tracking instance is
    /// of the new version and a consumer group has been created by calling the CreateConsumerGroup
    /// operation.
    ///
    /// Wire name: `SubscribeTopic`.
    pub subscribe_topic: Option<String>,
    /// The type of the subscription data.
    ///
    /// Wire name: `SubscriptionDataType`.
    pub subscription_data_type: Option<SubSyncJobSubscriptionDataType>,
    /// The endpoint of the change tracking task.
    ///
    /// Wire name: `SubscriptionHost`.
    pub subscription_host: Option<SubSyncJobSubscriptionHost>,
    /// The synchronization direction. Default value: Forward. The value Reverse takes effect only
    /// when the synchronization topology of the data synchronization instance is two-way
    /// synchronization.
    ///
    /// Wire name: `SynchronizationDirection`.
    pub synchronization_direction: Option<SubSyncJobSynchronizationDirection>,
    /// The tag collection.
    ///
    /// Wire name: `TagList`.
    pub tag_list: Option<Vec<SubSyncJobTagList>>,
    /// The task type.
    ///
    /// Wire name: `TaskType`.
    pub task_type: Option<String>,
}
impl rt::FromJson for SubSyncJob {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            app_name: o.get("AppName"),
            begin_timestamp: o.get("BeginTimestamp"),
            checkpoint: o.get("Checkpoint"),
            consumption_checkpoint: o.get("ConsumptionCheckpoint"),
            consumption_client: o.get("ConsumptionClient"),
            create_time: o.get("CreateTime"),
            data_etl_status: o.get("DataEtlStatus"),
            data_initialization_status: o.get("DataInitializationStatus"),
            data_synchronization_status: o.get("DataSynchronizationStatus"),
            database_count: o.get("DatabaseCount"),
            db_object: o.get("DbObject"),
            db_object_oss_url: o.get("DbObjectOssUrl"),
            db_object_oss_url_expire_time: o.get("DbObjectOssUrlExpireTime"),
            db_object_size: o.get("DbObjectSize"),
            delay: o.get("Delay"),
            dest_net_type: o.get("DestNetType"),
            destination_endpoint: o.get("DestinationEndpoint"),
            dts_instance_id: o.get("DtsInstanceID"),
            dts_job_class: o.get("DtsJobClass"),
            dts_job_direction: o.get("DtsJobDirection"),
            dts_job_id: o.get("DtsJobId"),
            dts_job_name: o.get("DtsJobName"),
            end_timestamp: o.get("EndTimestamp"),
            error_message: o.get("ErrorMessage"),
            etl_calculator: o.get("EtlCalculator"),
            expire_time: o.get("ExpireTime"),
            finish_time: o.get("FinishTime"),
            group_id: o.get("GroupId"),
            is_demo_job: o.get("IsDemoJob"),
            job_type: o.get("JobType"),
            max_du: o.get("MaxDu"),
            migration_mode: o.get("MigrationMode"),
            min_du: o.get("MinDu"),
            origin_type: o.get("OriginType"),
            pay_type: o.get("PayType"),
            performance: o.get("Performance"),
            precheck_status: o.get("PrecheckStatus"),
            reserved: o.get("Reserved"),
            retry_state: o.get("RetryState"),
            reverse_job: o.get("ReverseJob"),
            source_endpoint: o.get("SourceEndpoint"),
            status: o.get("Status"),
            structure_initialization_status: o.get("StructureInitializationStatus"),
            sub_sync_job: o.get("SubSyncJob"),
            subscribe_topic: o.get("SubscribeTopic"),
            subscription_data_type: o.get("SubscriptionDataType"),
            subscription_host: o.get("SubscriptionHost"),
            synchronization_direction: o.get("SynchronizationDirection"),
            tag_list: o.get("TagList"),
            task_type: o.get("TaskType"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the ETL task.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobDataEtlStatus {
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// Indicates whether the upgrade prompt is displayed.
    ///
    /// Wire name: `NeedUpgrade`.
    pub need_upgrade: Option<bool>,
    /// The progress of full data migration or initial full data synchronization, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of records that have completed full data migration or initial full data
    /// synchronization.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The ETL task status.
    ///
    /// Wire name: `Status`.
    pub status: Option<SubSyncJobDataEtlStatusStatus>,
}
impl rt::FromJson for SubSyncJobDataEtlStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            need_upgrade: o.get("NeedUpgrade"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The ETL task status.
///
/// - `NotStarted`: Not started
/// - `Migrating`: Running
/// - `Failed`: Failed
/// - `Finished`: Completed
/// - `Catched`: No latency
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type SubSyncJobDataEtlStatusStatus = crate::Enum<
    enum_values::SubSyncJobDataEtlStatusStatus,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::SubSyncJobDataEtlStatusStatus> {
    /// `NotStarted`
    ///
    /// Not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Migrating`
    ///
    /// Running
    pub const Migrating: Self = Self::known("Migrating");
    /// `Failed`
    ///
    /// Failed
    pub const Failed: Self = Self::known("Failed");
    /// `Finished`
    ///
    /// Completed
    pub const Finished: Self = Self::known("Finished");
    /// `Catched`
    ///
    /// No latency
    pub const Catched: Self = Self::known("Catched");
}
/// The status of full data migration or initial full data synchronization.
///
/// The same fields as [`DataInitializationStatus`], and the same type: field docs and `Debug`
/// output are `DataInitializationStatus`'s.
pub type SubSyncJobDataInitializationStatus = DataInitializationStatus;
/// The status of incremental data migration or synchronization.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobDataSynchronizationStatus {
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// Indicates whether the upgrade prompt is displayed.
    ///
    /// Wire name: `NeedUpgrade`.
    pub need_upgrade: Option<bool>,
    /// The progress of incremental data migration or synchronization.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of data rows and data volume migrated or synchronized to the destination table
    /// per second.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of incremental data migration or synchronization.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
}
impl rt::FromJson for SubSyncJobDataSynchronizationStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            need_upgrade: o.get("NeedUpgrade"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The connection information of the destination instance.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobDestinationEndpoint {
    /// The Alibaba Cloud account ID to which the destination instance belongs.
    ///
    /// Wire name: `AliyunUid`.
    pub aliyun_uid: Option<String>,
    /// The name of the database to which the migration objects belong in the destination instance.
    ///
    /// Wire name: `DatabaseName`.
    pub database_name: Option<String>,
    /// The database engine of the destination instance.
    ///
    /// Wire name: `EngineName`.
    pub engine_name: Option<String>,
    /// The instance ID of the destination instance.
    ///
    /// Wire name: `InstanceID`.
    pub instance_id: Option<String>,
    /// The type of the destination instance.
    ///
    /// Wire name: `InstanceType`.
    pub instance_type: Option<String>,
    /// The endpoint of the destination instance.
    ///
    /// Wire name: `Ip`.
    pub ip: Option<String>,
    /// The SID of the Oracle database. This parameter is returned only when the EngineName of the
    /// destination instance is Oracle and the Oracle database is a non-RAC instance.
    ///
    /// Wire name: `OracleSID`.
    pub oracle_sid: Option<String>,
    /// The database service port of the destination instance.
    ///
    /// Wire name: `Port`.
    pub port: Option<String>,
    /// The region in which the destination instance resides. For more information, see Supported
    /// regions.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// The name of the role configured for the Alibaba Cloud account to which the destination
    /// instance belongs.
    ///
    /// Wire name: `RoleName`.
    pub role_name: Option<String>,
    /// Indicates whether SSL is used for the connection.
    ///
    /// Wire name: `SslSolutionEnum`.
    pub ssl_solution_enum: Option<String>,
    /// The database account of the destination instance.
    ///
    /// Wire name: `UserName`.
    pub user_name: Option<String>,
}
impl rt::FromJson for SubSyncJobDestinationEndpoint {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            aliyun_uid: o.get("AliyunUid"),
            database_name: o.get("DatabaseName"),
            engine_name: o.get("EngineName"),
            instance_id: o.get("InstanceID"),
            instance_type: o.get("InstanceType"),
            ip: o.get("Ip"),
            oracle_sid: o.get("OracleSID"),
            port: o.get("Port"),
            region: o.get("Region"),
            role_name: o.get("RoleName"),
            ssl_solution_enum: o.get("SslSolutionEnum"),
            user_name: o.get("UserName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The synchronization direction. This parameter is returned only when the topology of the data
/// synchronization instance is two-way synchronization.
///
/// - `Forward`: forward
/// - `Reverse`: reverse
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsJobDirection` of this product's other operations, and the same
/// type: constants and `Debug` output are `DtsJobDirection`'s.
pub type SubSyncJobDtsJobDirection = crate::Enum<
    super::shared::enum_values::DtsJobDirection,
>;
/// The task type of the DTS instance.
///
/// - `online`: data migration
/// - `SYNC`: data synchronization
/// - `SUBSCRIBE`: change tracking
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type SubSyncJobJobType = crate::Enum<enum_values::SubSyncJobJobType>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::SubSyncJobJobType> {
    /// `online`
    ///
    /// data migration
    pub const Online: Self = Self::known("online");
    /// `SYNC`
    ///
    /// data synchronization
    pub const Sync: Self = Self::known("SYNC");
    /// `SUBSCRIBE`
    ///
    /// change tracking
    pub const Subscribe: Self = Self::known("SUBSCRIBE");
}
/// The migration type or initial synchronization type.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobMigrationMode {
    /// Indicates whether data transformation is performed.
    ///
    /// Wire name: `DataExtractTransformLoad`.
    pub data_extract_transform_load: Option<bool>,
    /// Indicates whether full data migration or initial full data synchronization is performed.
    /// Valid values: true: Yes. false: No.
    ///
    /// Wire name: `DataInitialization`.
    pub data_initialization: Option<bool>,
    /// Indicates whether incremental data migration or synchronization is performed.
    ///
    /// Wire name: `DataSynchronization`.
    pub data_synchronization: Option<bool>,
    /// Indicates whether schema migration or initial schema synchronization is performed.
    ///
    /// Wire name: `StructureInitialization`.
    pub structure_initialization: Option<bool>,
}
impl rt::FromJson for SubSyncJobMigrationMode {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            data_extract_transform_load: o.get("DataExtractTransformLoad"),
            data_initialization: o.get("DataInitialization"),
            data_synchronization: o.get("DataSynchronization"),
            structure_initialization: o.get("StructureInitialization"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The performance information of the migration or synchronization task.
///
/// The same fields as [`Performance`], and the same type: field docs and `Debug` output are
/// `Performance`'s.
pub type SubSyncJobPerformance = Performance;
/// The precheck status.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobPrecheckStatus {
    /// The execution details of each precheck item.
    ///
    /// Wire name: `Detail`.
    pub detail: Option<Vec<SubSyncJobPrecheckStatusDetail>>,
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The overall precheck progress, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The precheck status.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
}
impl rt::FromJson for SubSyncJobPrecheckStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            detail: o.get("Detail"),
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// One item of `Detail`. The execution details of each precheck item.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobPrecheckStatusDetail {
    /// The precheck item.
    ///
    /// Wire name: `CheckItem`.
    pub check_item: Option<String>,
    /// The description of the precheck item.
    ///
    /// Wire name: `CheckItemDescription`.
    pub check_item_description: Option<String>,
    /// The check result.
    ///
    /// Wire name: `CheckResult`.
    pub check_result: Option<SubSyncJobPrecheckStatusDetailCheckResult>,
    /// The error message returned when the precheck fails. This parameter is returned only when the
    /// value of CheckResult is Failed.
    ///
    /// Wire name: `FailedReason`.
    pub failed_reason: Option<String>,
    /// The repair method for a failed precheck item. This parameter is returned only when the value
    /// of CheckResult is Failed.
    ///
    /// Wire name: `RepairMethod`.
    pub repair_method: Option<String>,
}
impl rt::FromJson for SubSyncJobPrecheckStatusDetail {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            check_item: o.get("CheckItem"),
            check_item_description: o.get("CheckItemDescription"),
            check_result: o.get("CheckResult"),
            failed_reason: o.get("FailedReason"),
            repair_method: o.get("RepairMethod"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The check result.
///
/// - `Success`: The check is passed
/// - `Failed`: The check is not passed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `CheckResult` of this product's other operations, and the same type:
/// constants and `Debug` output are `CheckResult`'s.
pub type SubSyncJobPrecheckStatusDetailCheckResult = crate::Enum<
    super::shared::enum_values::CheckResult,
>;
/// DTS is retrying the task due to a task exception.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobRetryState {
    /// The error message.
    ///
    /// Wire name: `ErrMsg`.
    pub err_msg: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `JobId`.
    pub job_id: Option<String>,
    /// The maximum retry time. Unit: seconds.
    ///
    /// Wire name: `MaxRetryTime`.
    pub max_retry_time: Option<i64>,
    /// The instance progress.
    ///
    /// Wire name: `Module`.
    pub module: Option<String>,
    /// The number of retries.
    ///
    /// Wire name: `RetryCount`.
    pub retry_count: Option<i64>,
    /// The retry target.
    ///
    /// Wire name: `RetryTarget`.
    pub retry_target: Option<SubSyncJobRetryStateRetryTarget>,
    /// The elapsed retry time. Unit: seconds.
    ///
    /// Wire name: `RetryTime`.
    pub retry_time: Option<i64>,
    /// Indicates whether the task is being retried.
    ///
    /// Wire name: `Retrying`.
    pub retrying: Option<bool>,
}
impl rt::FromJson for SubSyncJobRetryState {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            err_msg: o.get("ErrMsg"),
            job_id: o.get("JobId"),
            max_retry_time: o.get("MaxRetryTime"),
            module: o.get("Module"),
            retry_count: o.get("RetryCount"),
            retry_target: o.get("RetryTarget"),
            retry_time: o.get("RetryTime"),
            retrying: o.get("Retrying"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The retry target.
///
/// - `srcDB`: source database
/// - `destDB`: destination database
/// - `inner_module`: DTS internal module
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `RetryTarget` of this product's other operations, and the same type:
/// constants and `Debug` output are `RetryTarget`'s.
pub type SubSyncJobRetryStateRetryTarget = crate::Enum<
    super::shared::enum_values::RetryTarget,
>;
/// The details of the reverse synchronization task.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobReverseJob {
    /// Indicates whether the instance uses the new version of change tracking. The value "new"
    /// indicates the new version.
    ///
    /// Wire name: `AppName`.
    pub app_name: Option<String>,
    /// The start of the timestamp range of data retained in the change tracking instance. The time
    /// is displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `BeginTimestamp`.
    pub begin_timestamp: Option<String>,
    /// The start offset or synchronization offset of incremental data migration. The value is a
    /// UNIX timestamp in seconds.
    ///
    /// Wire name: `Checkpoint`.
    pub checkpoint: Option<String>,
    /// The consumption checkpoint of the downstream consumer for the change tracking task. The time
    /// is displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `ConsumptionCheckpoint`.
    pub consumption_checkpoint: Option<String>,
    /// The information about the downstream consumer client, which consists of an IP address and a
    /// random number generated by DTS.
    ///
    /// Wire name: `ConsumptionClient`.
    pub consumption_client: Option<String>,
    /// The time when the task was created. The time is displayed in the format of
    /// yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `CreateTime`.
    pub create_time: Option<String>,
    /// The status of the ETL task.
    ///
    /// Wire name: `DataEtlStatus`.
    pub data_etl_status: Option<SubSyncJobReverseJobDataEtlStatus>,
    /// The status of full data migration or initial full data synchronization.
    ///
    /// Wire name: `DataInitializationStatus`.
    pub data_initialization_status: Option<SubSyncJobReverseJobDataInitializationStatus>,
    /// The status of incremental data migration or synchronization.
    ///
    /// Wire name: `DataSynchronizationStatus`.
    pub data_synchronization_status: Option<
        SubSyncJobReverseJobDataSynchronizationStatus,
    >,
    /// If the source instance is a PolarDB-X 1.0 instance, specify the number of ApsaraDB RDS for
    /// MySQL instances attached to it.
    ///
    /// Wire name: `DatabaseCount`.
    pub database_count: Option<i64>,
    /// The objects for migration, synchronization, or change tracking. For more information, see
    /// Objects of DTS tasks.
    ///
    /// Wire name: `DbObject`.
    pub db_object: Option<String>,
    /// Wire name: `DbObjectOssUrl`.
    pub db_object_oss_url: Option<String>,
    /// Wire name: `DbObjectOssUrlExpireTime`.
    pub db_object_oss_url_expire_time: Option<String>,
    /// Wire name: `DbObjectSize`.
    pub db_object_size: Option<i64>,
    /// The latency of incremental data migration or synchronization, in milliseconds.
    ///
    /// Wire name: `Delay`.
    pub delay: Option<i64>,
    /// The network type of the consumer client.
    ///
    /// Wire name: `DestNetType`.
    pub dest_net_type: Option<String>,
    /// The connection information of the destination instance.
    ///
    /// Wire name: `DestinationEndpoint`.
    pub destination_endpoint: Option<SubSyncJobReverseJobDestinationEndpoint>,
    /// The DTS instance ID.
    ///
    /// Wire name: `DtsInstanceID`.
    pub dts_instance_id: Option<String>,
    /// The specification of the data transmission link.
    ///
    /// Wire name: `DtsJobClass`.
    pub dts_job_class: Option<String>,
    /// The synchronization direction. This parameter is returned only when the topology of the data
    /// synchronization instance is two-way synchronization.
    ///
    /// Wire name: `DtsJobDirection`.
    pub dts_job_direction: Option<SubSyncJobReverseJobDtsJobDirection>,
    /// The DTS task ID.
    ///
    /// Wire name: `DtsJobId`.
    pub dts_job_id: Option<String>,
    /// The DTS instance name.
    ///
    /// Wire name: `DtsJobName`.
    pub dts_job_name: Option<String>,
    /// The end of the timestamp range of data retained in the change tracking instance. The time is
    /// displayed in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `EndTimestamp`.
    pub end_timestamp: Option<String>,
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The operator information of the ETL task.
    ///
    /// Wire name: `EtlCalculator`.
    pub etl_calculator: Option<String>,
    /// The expiration time of the instance. The time is displayed in the yyyy-MM-ddTHH:mm:ssZ
    /// format in UTC. This parameter is returned only when the value of PayType is PrePaid.
    ///
    /// Wire name: `ExpireTime`.
    pub expire_time: Option<String>,
    /// The time when the task was completed. The time is displayed in the format of
    /// yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `FinishTime`.
    pub finish_time: Option<String>,
    /// The resource group ID.
    ///
    /// Wire name: `GroupId`.
    pub group_id: Option<String>,
    /// Indicates whether the task is a subtask.
    ///
    /// Wire name: `IsDemoJob`.
    pub is_demo_job: Option<bool>,
    /// The task type of the DTS instance.
    ///
    /// Wire name: `JobType`.
    pub job_type: Option<SubSyncJobReverseJobJobType>,
    /// The migration type or initial synchronization type.
    ///
    /// Wire name: `MigrationMode`.
    pub migration_mode: Option<SubSyncJobReverseJobMigrationMode>,
    /// The task source:
    ///
    /// Wire name: `OriginType`.
    pub origin_type: Option<String>,
    /// The payment type:
    ///
    /// Wire name: `PayType`.
    pub pay_type: Option<String>,
    /// The performance information of the migration or synchronization task.
    ///
    /// Wire name: `Performance`.
    pub performance: Option<SubSyncJobReverseJobPerformance>,
    /// The precheck status.
    ///
    /// Wire name: `PrecheckStatus`.
    pub precheck_status: Option<SubSyncJobReverseJobPrecheckStatus>,
    /// The reserved parameter of DTS. The value is a JSON string. You can specify this parameter to
    /// meet special requirements, such as whether to automatically start the precheck. For more
    /// information, see MigrationReserved parameter description.
    ///
    /// Wire name: `Reserved`.
    pub reserved: Option<String>,
    /// DTS is retrying the task due to a task exception.
    ///
    /// Wire name: `RetryState`.
    pub retry_state: Option<SubSyncJobReverseJobRetryState>,
    /// The details of the reverse synchronization task.
    ///
    /// Wire name: `ReverseJob`.
    pub reverse_job: Option<serde_json::Value>,
    /// The connection information of the source instance.
    ///
    /// Wire name: `SourceEndpoint`.
    pub source_endpoint: Option<SubSyncJobReverseJobSourceEndpoint>,
    /// The status of the migration or synchronization task.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
    /// The status of initial schema synchronization.
    ///
    /// Wire name: `StructureInitializationStatus`.
    pub structure_initialization_status: Option<
        SubSyncJobReverseJobStructureInitializationStatus,
    >,
    /// The subscribed topic. This parameter is returned only when the change tracking instance is
    /// of the new version and a consumer group has been created by calling the CreateConsumerGroup
    /// operation.
    ///
    /// Wire name: `SubscribeTopic`.
    pub subscribe_topic: Option<String>,
    /// The type of the subscription data.
    ///
    /// Wire name: `SubscriptionDataType`.
    pub subscription_data_type: Option<SubSyncJobReverseJobSubscriptionDataType>,
    /// The endpoint of the change tracking task.
    ///
    /// Wire name: `SubscriptionHost`.
    pub subscription_host: Option<SubSyncJobReverseJobSubscriptionHost>,
    /// The synchronization direction. Default value: Forward. The value Reverse takes effect only
    /// when the synchronization topology of the data synchronization instance is two-way
    /// synchronization.
    ///
    /// Wire name: `SynchronizationDirection`.
    pub synchronization_direction: Option<SubSyncJobReverseJobSynchronizationDirection>,
    /// The tag collection.
    ///
    /// Wire name: `TagList`.
    pub tag_list: Option<Vec<SubSyncJobReverseJobTagList>>,
    /// The task type.
    ///
    /// Wire name: `TaskType`.
    pub task_type: Option<String>,
}
impl rt::FromJson for SubSyncJobReverseJob {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            app_name: o.get("AppName"),
            begin_timestamp: o.get("BeginTimestamp"),
            checkpoint: o.get("Checkpoint"),
            consumption_checkpoint: o.get("ConsumptionCheckpoint"),
            consumption_client: o.get("ConsumptionClient"),
            create_time: o.get("CreateTime"),
            data_etl_status: o.get("DataEtlStatus"),
            data_initialization_status: o.get("DataInitializationStatus"),
            data_synchronization_status: o.get("DataSynchronizationStatus"),
            database_count: o.get("DatabaseCount"),
            db_object: o.get("DbObject"),
            db_object_oss_url: o.get("DbObjectOssUrl"),
            db_object_oss_url_expire_time: o.get("DbObjectOssUrlExpireTime"),
            db_object_size: o.get("DbObjectSize"),
            delay: o.get("Delay"),
            dest_net_type: o.get("DestNetType"),
            destination_endpoint: o.get("DestinationEndpoint"),
            dts_instance_id: o.get("DtsInstanceID"),
            dts_job_class: o.get("DtsJobClass"),
            dts_job_direction: o.get("DtsJobDirection"),
            dts_job_id: o.get("DtsJobId"),
            dts_job_name: o.get("DtsJobName"),
            end_timestamp: o.get("EndTimestamp"),
            error_message: o.get("ErrorMessage"),
            etl_calculator: o.get("EtlCalculator"),
            expire_time: o.get("ExpireTime"),
            finish_time: o.get("FinishTime"),
            group_id: o.get("GroupId"),
            is_demo_job: o.get("IsDemoJob"),
            job_type: o.get("JobType"),
            migration_mode: o.get("MigrationMode"),
            origin_type: o.get("OriginType"),
            pay_type: o.get("PayType"),
            performance: o.get("Performance"),
            precheck_status: o.get("PrecheckStatus"),
            reserved: o.get("Reserved"),
            retry_state: o.get("RetryState"),
            reverse_job: o.get("ReverseJob"),
            source_endpoint: o.get("SourceEndpoint"),
            status: o.get("Status"),
            structure_initialization_status: o.get("StructureInitializationStatus"),
            subscribe_topic: o.get("SubscribeTopic"),
            subscription_data_type: o.get("SubscriptionDataType"),
            subscription_host: o.get("SubscriptionHost"),
            synchronization_direction: o.get("SynchronizationDirection"),
            tag_list: o.get("TagList"),
            task_type: o.get("TaskType"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the ETL task.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobReverseJobDataEtlStatus {
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// Indicates whether to display the option to upgrade the instance type.
    ///
    /// Wire name: `NeedUpgrade`.
    pub need_upgrade: Option<bool>,
    /// The progress of full data migration or initial full data synchronization, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of records that have completed full data migration or initial full data
    /// synchronization.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of the ETL task.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
}
impl rt::FromJson for SubSyncJobReverseJobDataEtlStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            need_upgrade: o.get("NeedUpgrade"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of full data migration or initial full data synchronization.
///
/// The same fields as [`DataInitializationStatus`], and the same type: field docs and `Debug`
/// output are `DataInitializationStatus`'s.
pub type SubSyncJobReverseJobDataInitializationStatus = DataInitializationStatus;
/// The status of incremental data migration or synchronization.
///
/// The same fields as [`SubSyncJobDataSynchronizationStatus`], and the same type: field docs
/// and `Debug` output are `SubSyncJobDataSynchronizationStatus`'s.
pub type SubSyncJobReverseJobDataSynchronizationStatus = SubSyncJobDataSynchronizationStatus;
/// The connection information of the destination instance.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobReverseJobDestinationEndpoint {
    /// The Alibaba Cloud account ID to which the destination instance belongs.
    ///
    /// Wire name: `AliyunUid`.
    pub aliyun_uid: Option<String>,
    /// The name of the database to which the migration objects belong in the destination instance.
    ///
    /// Wire name: `DatabaseName`.
    pub database_name: Option<String>,
    /// The database engine of the destination instance.
    ///
    /// Wire name: `EngineName`.
    pub engine_name: Option<String>,
    /// The destination instance ID.
    ///
    /// Wire name: `InstanceID`.
    pub instance_id: Option<String>,
    /// The type of the destination instance.
    ///
    /// Wire name: `InstanceType`.
    pub instance_type: Option<String>,
    /// The endpoint of the destination instance.
    ///
    /// Wire name: `Ip`.
    pub ip: Option<String>,
    /// The SID of the Oracle database. This parameter is returned only when EngineName of the
    /// destination instance is set to Oracle and the Oracle database is a non-RAC instance.
    ///
    /// Wire name: `OracleSID`.
    pub oracle_sid: Option<String>,
    /// The database service port of the destination instance.
    ///
    /// Wire name: `Port`.
    pub port: Option<String>,
    /// The region in which the destination instance resides. For more information, see Supported
    /// regions.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// The name of the role configured for the Alibaba Cloud account to which the destination
    /// instance belongs.
    ///
    /// Wire name: `RoleName`.
    pub role_name: Option<String>,
    /// Indicates whether SSL is used for the connection.
    ///
    /// Wire name: `SslSolutionEnum`.
    pub ssl_solution_enum: Option<String>,
    /// The database account of the destination instance.
    ///
    /// Wire name: `UserName`.
    pub user_name: Option<String>,
}
impl rt::FromJson for SubSyncJobReverseJobDestinationEndpoint {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            aliyun_uid: o.get("AliyunUid"),
            database_name: o.get("DatabaseName"),
            engine_name: o.get("EngineName"),
            instance_id: o.get("InstanceID"),
            instance_type: o.get("InstanceType"),
            ip: o.get("Ip"),
            oracle_sid: o.get("OracleSID"),
            port: o.get("Port"),
            region: o.get("Region"),
            role_name: o.get("RoleName"),
            ssl_solution_enum: o.get("SslSolutionEnum"),
            user_name: o.get("UserName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The synchronization direction. This parameter is returned only when the topology of the data
/// synchronization instance is two-way synchronization.
///
/// - `Forward`: forward
/// - `Reverse`: reverse
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsJobDirection` of this product's other operations, and the same
/// type: constants and `Debug` output are `DtsJobDirection`'s.
pub type SubSyncJobReverseJobDtsJobDirection = crate::Enum<
    super::shared::enum_values::DtsJobDirection,
>;
/// The task type of the DTS instance.
///
/// - `online`: migration
/// - `SYNC`: synchronization
/// - `SUBSCRIBE`: change tracking
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`SubSyncJobJobType`], and the same type: constants and `Debug` output
/// are `SubSyncJobJobType`'s.
pub type SubSyncJobReverseJobJobType = crate::Enum<enum_values::SubSyncJobJobType>;
/// The migration type or initial synchronization type.
///
/// The same fields as [`SubSyncJobMigrationMode`], and the same type: field docs and `Debug`
/// output are `SubSyncJobMigrationMode`'s.
pub type SubSyncJobReverseJobMigrationMode = SubSyncJobMigrationMode;
/// The performance information of the migration or synchronization task.
///
/// The same fields as [`Performance`], and the same type: field docs and `Debug` output are
/// `Performance`'s.
pub type SubSyncJobReverseJobPerformance = Performance;
/// The precheck status.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobReverseJobPrecheckStatus {
    /// The execution details of each precheck item.
    ///
    /// Wire name: `Detail`.
    pub detail: Option<Vec<SubSyncJobReverseJobPrecheckStatusDetail>>,
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The overall precheck progress, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The precheck status.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
}
impl rt::FromJson for SubSyncJobReverseJobPrecheckStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            detail: o.get("Detail"),
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// One item of `Detail`. The execution details of each precheck item.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobReverseJobPrecheckStatusDetail {
    /// The precheck item.
    ///
    /// Wire name: `CheckItem`.
    pub check_item: Option<String>,
    /// The description of the precheck item.
    ///
    /// Wire name: `CheckItemDescription`.
    pub check_item_description: Option<String>,
    /// The check result.
    ///
    /// Wire name: `CheckResult`.
    pub check_result: Option<SubSyncJobReverseJobPrecheckStatusDetailCheckResult>,
    /// The error message returned when the precheck fails. This parameter is returned only when the
    /// value of CheckResult is Failed.
    ///
    /// Wire name: `FailedReason`.
    pub failed_reason: Option<String>,
    /// The method to fix the precheck failure. This parameter is returned only when the value of
    /// CheckResult is Failed.
    ///
    /// Wire name: `RepairMethod`.
    pub repair_method: Option<String>,
}
impl rt::FromJson for SubSyncJobReverseJobPrecheckStatusDetail {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            check_item: o.get("CheckItem"),
            check_item_description: o.get("CheckItemDescription"),
            check_result: o.get("CheckResult"),
            failed_reason: o.get("FailedReason"),
            repair_method: o.get("RepairMethod"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The check result.
///
/// - `Success`: The check is passed
/// - `Failed`: The check is not passed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `CheckResult` of this product's other operations, and the same type:
/// constants and `Debug` output are `CheckResult`'s.
pub type SubSyncJobReverseJobPrecheckStatusDetailCheckResult = crate::Enum<
    super::shared::enum_values::CheckResult,
>;
/// DTS is retrying the task due to a task exception.
///
/// The same fields as [`SubSyncJobRetryState`], and the same type: field docs and `Debug`
/// output are `SubSyncJobRetryState`'s.
pub type SubSyncJobReverseJobRetryState = SubSyncJobRetryState;
/// The retry target.
///
/// - `srcDB`: source database
/// - `destDB`: destination database
/// - `inner_module`: DTS internal module
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `RetryTarget` of this product's other operations, and the same type:
/// constants and `Debug` output are `RetryTarget`'s.
pub type SubSyncJobReverseJobRetryStateRetryTarget = crate::Enum<
    super::shared::enum_values::RetryTarget,
>;
/// The connection information of the source instance.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobReverseJobSourceEndpoint {
    /// The Alibaba Cloud account ID to which the source instance belongs.
    ///
    /// Wire name: `AliyunUid`.
    pub aliyun_uid: Option<String>,
    /// The name of the database to which the migration objects belong in the source instance.
    ///
    /// Wire name: `DatabaseName`.
    pub database_name: Option<String>,
    /// The database engine of the source instance.
    ///
    /// Wire name: `EngineName`.
    pub engine_name: Option<String>,
    /// The instance ID.
    ///
    /// Wire name: `InstanceID`.
    pub instance_id: Option<String>,
    /// The type of the source instance.
    ///
    /// Wire name: `InstanceType`.
    pub instance_type: Option<String>,
    /// The endpoint of the source instance.
    ///
    /// Wire name: `Ip`.
    pub ip: Option<String>,
    /// The SID of the Oracle database. This parameter is returned only when the EngineName of the
    /// destination instance is set to Oracle and the Oracle database is a non-RAC instance.
    ///
    /// Wire name: `OracleSID`.
    pub oracle_sid: Option<String>,
    /// The database service port of the source instance.
    ///
    /// Wire name: `Port`.
    pub port: Option<String>,
    /// The region in which the source instance resides. For more information, see Supported
    /// regions.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// The name of the role configured for the Alibaba Cloud account to which the source instance
    /// belongs.
    ///
    /// Wire name: `RoleName`.
    pub role_name: Option<String>,
    /// Indicates whether SSL is used for the connection.
    ///
    /// Wire name: `SslSolutionEnum`.
    pub ssl_solution_enum: Option<String>,
    /// The database account of the source instance.
    ///
    /// Wire name: `UserName`.
    pub user_name: Option<String>,
}
impl rt::FromJson for SubSyncJobReverseJobSourceEndpoint {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            aliyun_uid: o.get("AliyunUid"),
            database_name: o.get("DatabaseName"),
            engine_name: o.get("EngineName"),
            instance_id: o.get("InstanceID"),
            instance_type: o.get("InstanceType"),
            ip: o.get("Ip"),
            oracle_sid: o.get("OracleSID"),
            port: o.get("Port"),
            region: o.get("Region"),
            role_name: o.get("RoleName"),
            ssl_solution_enum: o.get("SslSolutionEnum"),
            user_name: o.get("UserName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of initial schema synchronization.
///
/// The same fields as [`StructureInitializationStatus`], and the same type: field docs and
/// `Debug` output are `StructureInitializationStatus`'s.
pub type SubSyncJobReverseJobStructureInitializationStatus = StructureInitializationStatus;
/// The status of initial schema synchronization.
///
/// - `NotStarted`: Not started
/// - `Migrating`: In progress
/// - `Failed`: Failed
/// - `Finished`: Completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`SubDistributedJobStructureInitializationStatusStatus`], and the same
/// type: constants and `Debug` output are
/// `SubDistributedJobStructureInitializationStatusStatus`'s.
pub type SubSyncJobReverseJobStructureInitializationStatusStatus = crate::Enum<
    enum_values::SubDistributedJobStructureInitializationStatusStatus,
>;
/// The type of the subscription data.
///
/// The same fields as [`SubscriptionDataType`], and the same type: field docs and `Debug`
/// output are `SubscriptionDataType`'s.
pub type SubSyncJobReverseJobSubscriptionDataType = SubscriptionDataType;
/// The endpoint of the change tracking task.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobReverseJobSubscriptionHost {
    /// The private endpoint of the change tracking task, in the format of `address:port`.
    ///
    /// Wire name: `PrivateHost`.
    pub private_host: Option<String>,
    /// The public network connection information of the change tracking task, in the format of
    /// `address:port`.
    ///
    /// Wire name: `PublicHost`.
    pub public_host: Option<String>,
    /// The VPC (Virtual Private Cloud) endpoint of the change tracking task, in the format of
    /// `address:port`.
    ///
    /// Wire name: `VpcHost`.
    pub vpc_host: Option<String>,
}
impl rt::FromJson for SubSyncJobReverseJobSubscriptionHost {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            private_host: o.get("PrivateHost"),
            public_host: o.get("PublicHost"),
            vpc_host: o.get("VpcHost"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The synchronization direction. Default value: Forward. The value Reverse takes effect only
/// when the synchronization topology of the data synchronization instance is two-way
/// synchronization.
///
/// - `Forward`: forward
/// - `Reverse`: reverse
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsJobDirection` of this product's other operations, and the same
/// type: constants and `Debug` output are `DtsJobDirection`'s.
pub type SubSyncJobReverseJobSynchronizationDirection = crate::Enum<
    super::shared::enum_values::DtsJobDirection,
>;
/// One item of `TagList`. The tag collection.
///
/// The same fields as [`SubSyncJobTagList`], and the same type: field docs and `Debug` output
/// are `SubSyncJobTagList`'s.
pub type SubSyncJobReverseJobTagList = SubSyncJobTagList;
/// The tag type. If this value is empty, publicly visible tags are returned by default.
///
/// - `System`: A tag created by the system
/// - `Custom`: A tag added by the user
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`TagCategory`], and the same type: constants and `Debug` output are
/// `TagCategory`'s.
pub type SubSyncJobReverseJobTagListTagCategory = crate::Enum<enum_values::TagCategory>;
/// The connection information of the source instance.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobSourceEndpoint {
    /// The Alibaba Cloud account ID to which the source instance belongs.
    ///
    /// Wire name: `AliyunUid`.
    pub aliyun_uid: Option<String>,
    /// The name of the database to which the migration objects belong in the source instance.
    ///
    /// Wire name: `DatabaseName`.
    pub database_name: Option<String>,
    /// The database engine of the source instance.
    ///
    /// Wire name: `EngineName`.
    pub engine_name: Option<String>,
    /// The instance ID of the source instance.
    ///
    /// Wire name: `InstanceID`.
    pub instance_id: Option<String>,
    /// The type of the source instance.
    ///
    /// Wire name: `InstanceType`.
    pub instance_type: Option<String>,
    /// The endpoint of the source instance.
    ///
    /// Wire name: `Ip`.
    pub ip: Option<String>,
    /// The SID of the Oracle database. This parameter is returned only when the EngineName of the
    /// destination instance is set to Oracle and the Oracle database is a non-RAC instance.
    ///
    /// Wire name: `OracleSID`.
    pub oracle_sid: Option<String>,
    /// The database service port of the source instance.
    ///
    /// Wire name: `Port`.
    pub port: Option<String>,
    /// The region in which the source instance resides. For more information, see Supported
    /// regions.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// The name of the role configured for the Alibaba Cloud account to which the source instance
    /// belongs.
    ///
    /// Wire name: `RoleName`.
    pub role_name: Option<String>,
    /// Indicates whether SSL is used for the connection.
    ///
    /// Wire name: `SslSolutionEnum`.
    pub ssl_solution_enum: Option<String>,
    /// The database account of the source instance.
    ///
    /// Wire name: `UserName`.
    pub user_name: Option<String>,
}
impl rt::FromJson for SubSyncJobSourceEndpoint {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            aliyun_uid: o.get("AliyunUid"),
            database_name: o.get("DatabaseName"),
            engine_name: o.get("EngineName"),
            instance_id: o.get("InstanceID"),
            instance_type: o.get("InstanceType"),
            ip: o.get("Ip"),
            oracle_sid: o.get("OracleSID"),
            port: o.get("Port"),
            region: o.get("Region"),
            role_name: o.get("RoleName"),
            ssl_solution_enum: o.get("SslSolutionEnum"),
            user_name: o.get("UserName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of initial schema synchronization.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobStructureInitializationStatus {
    /// The error message returned when the task failed.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// Indicates whether the upgrade prompt is displayed.
    ///
    /// Wire name: `NeedUpgrade`.
    pub need_upgrade: Option<bool>,
    /// The progress of initial schema synchronization, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of tables that have completed initial schema synchronization.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of initial schema synchronization.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
}
impl rt::FromJson for SubSyncJobStructureInitializationStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            need_upgrade: o.get("NeedUpgrade"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The type of the subscription data.
///
/// The same fields as [`SubscriptionDataType`], and the same type: field docs and `Debug`
/// output are `SubscriptionDataType`'s.
pub type SubSyncJobSubscriptionDataType = SubscriptionDataType;
/// The endpoint of the change tracking task.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobSubscriptionHost {
    /// The private endpoint of the change tracking task, in the format of `address:port`.
    ///
    /// Wire name: `PrivateHost`.
    pub private_host: Option<String>,
    /// The public network connection information of the change tracking task. The format is
    /// `address:port`.
    ///
    /// Wire name: `PublicHost`.
    pub public_host: Option<String>,
    /// The VPC (Virtual Private Cloud) endpoint of the change tracking task, in the format of
    /// `address:port`.
    ///
    /// Wire name: `VpcHost`.
    pub vpc_host: Option<String>,
}
impl rt::FromJson for SubSyncJobSubscriptionHost {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            private_host: o.get("PrivateHost"),
            public_host: o.get("PublicHost"),
            vpc_host: o.get("VpcHost"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The synchronization direction. Default value: Forward. The value Reverse takes effect only
/// when the synchronization topology of the data synchronization instance is two-way
/// synchronization.
///
/// - `Forward`: forward
/// - `Reverse`: reverse
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsJobDirection` of this product's other operations, and the same
/// type: constants and `Debug` output are `DtsJobDirection`'s.
pub type SubSyncJobSynchronizationDirection = crate::Enum<
    super::shared::enum_values::DtsJobDirection,
>;
/// One item of `TagList`. The tag collection.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubSyncJobTagList {
    /// The Alibaba Cloud account ID.
    ///
    /// Wire name: `AliUid`.
    pub ali_uid: Option<i64>,
    /// The tag operator.
    ///
    /// Wire name: `Creator`.
    pub creator: Option<i64>,
    /// The creation time.
    ///
    /// Wire name: `GmtCreate`.
    pub gmt_create: Option<String>,
    /// The modification time.
    ///
    /// Wire name: `GmtModified`.
    pub gmt_modified: Option<String>,
    /// The primary key.
    ///
    /// Wire name: `Id`.
    pub id: Option<i64>,
    /// The ID of the region in which the task resides. For more information, see Supported regions.
    ///
    /// Wire name: `RegionId`.
    pub region_id: Option<String>,
    /// The instance ID of the data migration, synchronization, or change tracking task.
    ///
    /// Wire name: `ResourceId`.
    pub resource_id: Option<String>,
    /// The resource type.
    ///
    /// Wire name: `ResourceType`.
    pub resource_type: Option<String>,
    /// The visibility of the tag.
    ///
    /// Wire name: `Scope`.
    pub scope: Option<String>,
    /// The region where the task resides.
    ///
    /// Wire name: `SrcRegion`.
    pub src_region: Option<String>,
    /// The tag type. If this value is empty, publicly visible tags are returned by default.
    ///
    /// Wire name: `TagCategory`.
    pub tag_category: Option<SubSyncJobTagListTagCategory>,
    /// The tag key.
    ///
    /// Wire name: `TagKey`.
    pub tag_key: Option<String>,
    /// The tag value.
    ///
    /// Wire name: `TagValue`.
    pub tag_value: Option<String>,
}
impl rt::FromJson for SubSyncJobTagList {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            ali_uid: o.get("AliUid"),
            creator: o.get("Creator"),
            gmt_create: o.get("GmtCreate"),
            gmt_modified: o.get("GmtModified"),
            id: o.get("Id"),
            region_id: o.get("RegionId"),
            resource_id: o.get("ResourceId"),
            resource_type: o.get("ResourceType"),
            scope: o.get("Scope"),
            src_region: o.get("SrcRegion"),
            tag_category: o.get("TagCategory"),
            tag_key: o.get("TagKey"),
            tag_value: o.get("TagValue"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The tag type. If this value is empty, publicly visible tags are returned by default.
///
/// - `System`: A tag created by the system
/// - `Custom`: A tag added by the user
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`TagCategory`], and the same type: constants and `Debug` output are
/// `TagCategory`'s.
pub type SubSyncJobTagListTagCategory = crate::Enum<enum_values::TagCategory>;
/// The type of the subscription data.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubscriptionDataType {
    /// Indicates whether the subscription data includes DDL statements.
    ///
    /// Wire name: `Ddl`.
    pub ddl: Option<bool>,
    /// Indicates whether the subscription data includes DML statements.
    ///
    /// Wire name: `Dml`.
    pub dml: Option<bool>,
}
impl rt::FromJson for SubscriptionDataType {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            ddl: o.get("Ddl"),
            dml: o.get("Dml"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The endpoint of the change tracking task.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubscriptionHost {
    /// The private endpoint of the change tracking task, in the format of `address:port`.
    ///
    /// Wire name: `PrivateHost`.
    pub private_host: Option<String>,
    /// The public network connection information of the subscribe node, in the format of
    /// `address:port`.
    ///
    /// Wire name: `PublicHost`.
    pub public_host: Option<String>,
    /// The VPC (Virtual Private Cloud) endpoint of the change tracking task, in the format of
    /// `address:port`.
    ///
    /// Wire name: `VpcHost`.
    pub vpc_host: Option<String>,
}
impl rt::FromJson for SubscriptionHost {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            private_host: o.get("PrivateHost"),
            public_host: o.get("PublicHost"),
            vpc_host: o.get("VpcHost"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The synchronization direction. Default value: Forward. The value Reverse takes effect only
/// when the synchronization topology of the data synchronization instance is two-way
/// synchronization.
///
/// - `Forward`: forward
/// - `Reverse`: reverse
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsJobDirection` of this product's other operations, and the same
/// type: constants and `Debug` output are `DtsJobDirection`'s.
pub type BodySynchronizationDirection = crate::Enum<
    super::shared::enum_values::DtsJobDirection,
>;
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum JobType {}
    impl crate::EnumValues for JobType {
        const NAME: &'static str = "JobType";
        const VALUES: &'static [&'static str] = &["sync", "subSync"];
    }
    #[derive(PartialEq)]
    pub enum Status {}
    impl crate::EnumValues for Status {
        const NAME: &'static str = "Status";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "NotConfigured",
            "Prechecking",
            "PrecheckFailed",
            "PreCheckPass",
            "Initializing",
            "InitializeFailed",
            "Synchronizing",
            "Migrating",
            "Failed",
            "MigrationFailed",
            "Suspending",
            "Modifying",
            "Retrying",
            "Upgrade",
            "Downgrade",
            "Locked",
            "Finished",
        ];
    }
    #[derive(PartialEq)]
    pub enum SubDistributedJobPrecheckStatusStatus {}
    impl crate::EnumValues for SubDistributedJobPrecheckStatusStatus {
        const NAME: &'static str = "SubDistributedJobPrecheckStatusStatus";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "Prechecking",
            "PrecheckFailed",
            "Finished",
        ];
    }
    #[derive(PartialEq)]
    pub enum SubDistributedJobStructureInitializationStatusStatus {}
    impl crate::EnumValues for SubDistributedJobStructureInitializationStatusStatus {
        const NAME: &'static str = "SubDistributedJobStructureInitializationStatusStatus";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "Migrating",
            "Failed",
            "Finished",
        ];
    }
    #[derive(PartialEq)]
    pub enum TagCategory {}
    impl crate::EnumValues for TagCategory {
        const NAME: &'static str = "TagCategory";
        const VALUES: &'static [&'static str] = &["System", "Custom"];
    }
    #[derive(PartialEq)]
    pub enum SubSyncJobDataEtlStatusStatus {}
    impl crate::EnumValues for SubSyncJobDataEtlStatusStatus {
        const NAME: &'static str = "SubSyncJobDataEtlStatusStatus";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "Migrating",
            "Failed",
            "Finished",
            "Catched",
        ];
    }
    #[derive(PartialEq)]
    pub enum SubSyncJobJobType {}
    impl crate::EnumValues for SubSyncJobJobType {
        const NAME: &'static str = "SubSyncJobJobType";
        const VALUES: &'static [&'static str] = &["online", "SYNC", "SUBSCRIBE"];
    }
}
