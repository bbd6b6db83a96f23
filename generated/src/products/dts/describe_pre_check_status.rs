// @generated from specs/dts/DescribePreCheckStatus.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `DescribePreCheckStatus`: Queries a DTS subtask: precheck, schema migration or
//! synchronization, full data migration or synchronization, or incremental data migration or
//! synchronization.
//!
//! POST Data Transmission Service (`Dts`), API version `2020-01-01`. Idempotent: network
//! failures and server errors are retried.
//!
//! Notes on the documentation:
//!
//! - PageNo and PageSize are strings on the wire (the metadata and the page agree), so no
//!   page-number paginator is generated; the page asks for positive integers.
//! - The response Code is the subtask code (01 to 04), not an error code. Success false is
//!   reported as an error.
//! - Value lists taken from the reference text (not the metadata) are open: values beyond them
//!   are sent, since the text may lag the service.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-dts20200101 5.11.7 request/response
//!   models; summary from the reference page
//!   (alibabacloud.com/help/en/data-transmission-service/latest/describeprecheckstatus). The
//!   captured reference text lists no operation-specific error codes, so none are transcribed:
//!   errors arrive as the unknown-code variant with code and message intact.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "DescribePreCheckStatus",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("DtsJobId").required(),
        rt::Param::query("PageNo"),
        rt::Param::query("PageSize"),
        rt::Param::query("JobCode").required(),
        rt::Param::query("StructType"),
        rt::Param::query("RegionId"),
        rt::Param::query("StructPhase"),
        rt::Param::query("Name"),
        rt::Param::query("ZeroEtlJob"),
        rt::Param::query("ResourceGroupId"),
    ],
};
/// `DescribePreCheckStatus`: Queries a DTS subtask: precheck, schema migration or
/// synchronization, full data migration or synchronization, or incremental data migration or
/// synchronization.
///
/// Made by [`Client::describe_pre_check_status`](super::Client::describe_pre_check_status); set
/// parameters, then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`describe_pre_check_status`](self), e.g. `describe_pre_check_status::JobCode`.
pub type DescribePreCheckStatus = crate::Call<DescribePreCheckStatusInput>;
impl<M> crate::Call<DescribePreCheckStatusInput, M> {
    /// Sets `DtsJobId` (required): see [`DescribePreCheckStatusInput::dts_job_id`].
    #[inline]
    pub fn dts_job_id(mut self, value: impl Into<String>) -> Self {
        self.input.dts_job_id = Some(value.into());
        self
    }
    /// Sets `PageNo` (optional): see [`DescribePreCheckStatusInput::page_no`].
    #[inline]
    pub fn page_no(mut self, value: impl Into<String>) -> Self {
        self.input.page_no = Some(value.into());
        self
    }
    /// Sets `PageSize` (optional): see [`DescribePreCheckStatusInput::page_size`].
    #[inline]
    pub fn page_size(mut self, value: impl Into<String>) -> Self {
        self.input.page_size = Some(value.into());
        self
    }
    /// Sets `JobCode` (required): see [`DescribePreCheckStatusInput::job_code`].
    #[inline]
    pub fn job_code(mut self, value: impl Into<JobCode>) -> Self {
        self.input.job_code = Some(value.into());
        self
    }
    /// Sets `StructType` (optional): see [`DescribePreCheckStatusInput::struct_type`].
    #[inline]
    pub fn struct_type(mut self, value: impl Into<StructType>) -> Self {
        self.input.struct_type = Some(value.into());
        self
    }
    /// Sets `RegionId` (optional): see [`DescribePreCheckStatusInput::region_id`].
    #[inline]
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.input.region_id = Some(value.into());
        self
    }
    /// Sets `StructPhase` (optional): see [`DescribePreCheckStatusInput::struct_phase`].
    #[inline]
    pub fn struct_phase(mut self, value: impl Into<String>) -> Self {
        self.input.struct_phase = Some(value.into());
        self
    }
    /// Sets `Name` (optional): see [`DescribePreCheckStatusInput::name`].
    #[inline]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.input.name = Some(value.into());
        self
    }
    /// Sets `ZeroEtlJob` (optional): see [`DescribePreCheckStatusInput::zero_etl_job`].
    #[inline]
    pub fn zero_etl_job(mut self, value: bool) -> Self {
        self.input.zero_etl_job = Some(value);
        self
    }
    /// Sets `ResourceGroupId` (optional): see [`DescribePreCheckStatusInput::resource_group_id`].
    #[inline]
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.input.resource_group_id = Some(value.into());
        self
    }
}
/// The parameters of [`DescribePreCheckStatus`](super::DescribePreCheckStatus).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct DescribePreCheckStatusInput {
    /// The ID of the data migration, data synchronization, or change tracking task.
    ///
    /// Required. Sent as `DtsJobId` in the query string.
    ///
    /// Example: `i03e3zty16i****`
    pub dts_job_id: Option<String>,
    /// The page number. The value must be a positive integer that does not exceed the maximum value
    /// of the Integer data type. Default value: 1.
    ///
    /// Optional. Sent as `PageNo` in the query string.
    ///
    /// Example: `1`
    pub page_no: Option<String>,
    /// The number of records per page. Default value: 20.
    ///
    /// Optional. Sent as `PageSize` in the query string.
    ///
    /// Example: `30`
    pub page_size: Option<String>,
    /// The task code. Specify this parameter to query a specific subtask type of the DTS task.
    ///
    /// Required. Sent as `JobCode` in the query string.
    ///
    /// Example: `01`
    pub job_code: Option<JobCode>,
    /// The type of schema definition.
    ///
    /// Optional. Sent as `StructType` in the query string.
    ///
    /// Example: `before`
    pub struct_type: Option<StructType>,
    /// The ID of the region where the DTS instance resides. For more information, see List of
    /// supported regions.
    ///
    /// Optional. Sent as `RegionId` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub region_id: Option<String>,
    /// The filter. Filters tables, views, and functions in schema migration.
    ///
    /// Optional. Sent as `StructPhase` in the query string.
    ///
    /// Example: `View`
    pub struct_phase: Option<String>,
    /// The filter. Performs a fuzzy match on table names.
    ///
    /// Optional. Sent as `Name` in the query string.
    ///
    /// Example: `dewuprop`
    pub name: Option<String>,
    /// Specifies whether the node is a seamless integration (Zero-ETL) node. Valid values: false:
    /// No. true: Yes.
    ///
    /// Optional. Sent as `ZeroEtlJob` in the query string.
    pub zero_etl_job: Option<bool>,
    /// The resource group ID.
    ///
    /// Optional. Sent as `ResourceGroupId` in the query string.
    pub resource_group_id: Option<String>,
}
impl Default for DescribePreCheckStatusInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            dts_job_id: None,
            page_no: None,
            page_size: None,
            job_code: None,
            struct_type: None,
            region_id: None,
            struct_phase: None,
            name: None,
            zero_etl_job: None,
            resource_group_id: None,
        }
    }
}
impl rt::OperationInput for DescribePreCheckStatusInput {
    type Output = DescribePreCheckStatusOutput;
    type Error = DescribePreCheckStatusError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::text(&self.dts_job_id),
            rt::text(&self.page_no),
            rt::text(&self.page_size),
            rt::text(&self.job_code),
            rt::text(&self.struct_type),
            rt::text(&self.region_id),
            rt::text(&self.struct_phase),
            rt::text(&self.name),
            rt::boolean(&self.zero_etl_job),
            rt::text(&self.resource_group_id),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `DescribePreCheckStatus` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribePreCheckStatusOutput {
    /// The list of assessment tasks.
    ///
    /// Wire name: `AnalysisJobProgress`.
    pub analysis_job_progress: Option<Vec<AnalysisJobProgress>>,
    /// The task code that represents the queried subtask.
    ///
    /// Wire name: `Code`.
    pub code: Option<Code>,
    /// The number of items that failed the assessment.
    ///
    /// Wire name: `ErrorAnalysisItem`.
    pub error_analysis_item: Option<i64>,
    /// The number of specific items that caused the subtask to fail.
    ///
    /// Wire name: `ErrorItem`.
    pub error_item: Option<i64>,
    /// The full CIDR block check results.
    ///
    /// Wire name: `FullNetCheckJobStatus`.
    pub full_net_check_job_status: Option<Vec<FullNetCheckJobStatus>>,
    /// The HTTP status code.
    ///
    /// Wire name: `HttpStatusCode`.
    pub http_status_code: Option<i64>,
    /// The ID of the data migration or data synchronization task.
    ///
    /// Wire name: `JobId`.
    pub job_id: Option<String>,
    /// The name of the queried subtask.
    ///
    /// Wire name: `JobName`.
    pub job_name: Option<String>,
    /// The list of specific items of the subtask and their execution progress.
    ///
    /// Wire name: `JobProgress`.
    pub job_progress: Option<Vec<JobProgress>>,
    /// The network diagnosis result.
    ///
    /// Wire name: `NetworkDiagnosisResult`.
    pub network_diagnosis_result: Option<NetworkDiagnosisResult>,
    /// The page number. The value must be a positive integer that does not exceed the maximum value
    /// of the Integer data type. Default value: 1.
    ///
    /// Wire name: `PageNumber`.
    pub page_number: Option<i64>,
    /// The maximum number of records that can be displayed on the current page.
    ///
    /// Wire name: `PageRecordCount`.
    pub page_record_count: Option<i64>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// The execution status of the subtask.
    ///
    /// Wire name: `State`.
    pub state: Option<State>,
    /// The details of distributed subtasks.
    ///
    /// Wire name: `SubDistributedJobStatus`.
    pub sub_distributed_job_status: Option<Vec<SubDistributedJobStatus>>,
    /// Indicates whether the request was successful.
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
    /// The total number of subtasks.
    ///
    /// Wire name: `Total`.
    pub total: Option<i64>,
    /// The total number of records.
    ///
    /// Wire name: `TotalRecordCount`.
    pub total_record_count: Option<i64>,
}
impl rt::FromJson for DescribePreCheckStatusOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            analysis_job_progress: o.get("AnalysisJobProgress"),
            code: o.get("Code"),
            error_analysis_item: o.get("ErrorAnalysisItem"),
            error_item: o.get("ErrorItem"),
            full_net_check_job_status: o.get("FullNetCheckJobStatus"),
            http_status_code: o.get("HttpStatusCode"),
            job_id: o.get("JobId"),
            job_name: o.get("JobName"),
            job_progress: o.get("JobProgress"),
            network_diagnosis_result: o.get("NetworkDiagnosisResult"),
            page_number: o.get("PageNumber"),
            page_record_count: o.get("PageRecordCount"),
            request_id: o.get("RequestId"),
            state: o.get("State"),
            sub_distributed_job_status: o.get("SubDistributedJobStatus"),
            success: o.get("Success"),
            total: o.get("Total"),
            total_record_count: o.get("TotalRecordCount"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for DescribePreCheckStatusOutput {
    const PROBE_CODE: bool = false;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn failure(&self) -> Option<rt::BodyFailure> {
        let failed = self.success.as_ref() == Some(&false);
        failed.then(rt::BodyFailure::default)
    }
}
/// A failure reported by the service for [`DescribePreCheckStatus`](super::DescribePreCheckStatus).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum DescribePreCheckStatusError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl DescribePreCheckStatusError {
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
impl From<crate::ErrorMeta> for DescribePreCheckStatusError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for DescribePreCheckStatusError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for DescribePreCheckStatusError {}
/// The task code. Specify this parameter to query a specific subtask type of the DTS task.
///
/// - `01`: precheck
/// - `02`: schema migration or initial schema synchronization
/// - `03`: full data migration or initial full data synchronization
/// - `04`: incremental data migration or incremental data synchronization
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`Code`], and the same type: constants and `Debug` output are `Code`'s.
pub type JobCode = crate::Enum<enum_values::Code>;
/// The type of schema definition.
///
/// - `before`: schema migration or initial schema synchronization
/// - `after`: DDL operations during incremental data migration or incremental data
///   synchronization
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type StructType = crate::Enum<enum_values::StructType>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::StructType> {
    /// `before`
    ///
    /// schema migration or initial schema synchronization
    pub const Before: Self = Self::known("before");
    /// `after`
    ///
    /// DDL operations during incremental data migration or incremental data synchronization
    pub const After: Self = Self::known("after");
}
/// One item of `AnalysisJobProgress`. The list of assessment tasks.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AnalysisJobProgress {
    /// The time when the specific item was started. The time is displayed in the
    /// yyyy-MM-ddTHH:mm:ssZ format in UTC.
    ///
    /// Wire name: `BootTime`.
    pub boot_time: Option<String>,
    /// Indicates whether the sub-item can be skipped.
    ///
    /// Wire name: `CanSkip`.
    pub can_skip: Option<bool>,
    /// The number of subtasks that are currently running.
    ///
    /// Wire name: `Current`.
    pub current: Option<String>,
    /// The DDL operation that was executed.
    ///
    /// Wire name: `DdlSql`.
    pub ddl_sql: Option<String>,
    /// The task latency.
    ///
    /// Wire name: `DelaySeconds`.
    pub delay_seconds: Option<i64>,
    /// The name of the database to which the migration object belongs in the destination instance.
    ///
    /// Wire name: `DestSchema`.
    pub dest_schema: Option<String>,
    /// This parameter will be deprecated.
    ///
    /// Wire name: `DiffRow`.
    pub diff_row: Option<i64>,
    /// The error details when the item encounters an error.
    ///
    /// Wire name: `ErrDetail`.
    pub err_detail: Option<String>,
    /// The specific error message.
    ///
    /// Wire name: `ErrMsg`.
    pub err_msg: Option<String>,
    /// The time when the assessment task was completed. The time is displayed in the
    /// yyyy-MM-ddTHH:mm:ssZ format in UTC.
    ///
    /// Wire name: `FinishTime`.
    pub finish_time: Option<String>,
    /// The ID of the assessment item in the database.
    ///
    /// Wire name: `Id`.
    pub id: Option<String>,
    /// Indicates whether the specific item is directly ignored and the next item is processed.
    ///
    /// Wire name: `IgnoreFlag`.
    pub ignore_flag: Option<IgnoreFlag>,
    /// The name of the assessment item.
    ///
    /// Wire name: `Item`.
    pub item: Option<String>,
    /// The ID of the assessment task.
    ///
    /// Wire name: `JobId`.
    pub job_id: Option<String>,
    /// The sub-assessment items.
    ///
    /// Wire name: `Logs`.
    pub logs: Option<Vec<Logs>>,
    /// The name of the assessment item.
    ///
    /// Wire name: `Names`.
    pub names: Option<String>,
    /// The number of the assessment item.
    ///
    /// Wire name: `OrderNum`.
    pub order_num: Option<i64>,
    /// This parameter will be deprecated.
    ///
    /// Wire name: `ParentObj`.
    pub parent_obj: Option<String>,
    /// The repair method for the assessment item.
    ///
    /// Wire name: `RepairMethod`.
    pub repair_method: Option<String>,
    /// Indicates whether you have set to skip this assessment item after it failed. Valid values:
    /// true: Yes. false: No.
    ///
    /// Wire name: `Skip`.
    pub skip: Option<bool>,
    /// The name of the database to which the migration object belongs in the source instance.
    ///
    /// Wire name: `SourceSchema`.
    pub source_schema: Option<String>,
    /// The result of the assessment item.
    ///
    /// Wire name: `State`.
    pub state: Option<AnalysisJobProgressState>,
    /// The progress of sub-items of the specific item. If `[]` is returned, no sub-items exist.
    ///
    /// Wire name: `Sub`.
    pub sub: Option<String>,
    /// The name of the target object.
    ///
    /// Wire name: `TargetNames`.
    pub target_names: Option<String>,
    /// The total number of specific items in the subtask.
    ///
    /// Wire name: `Total`.
    pub total: Option<i64>,
}
impl rt::FromJson for AnalysisJobProgress {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            boot_time: o.get("BootTime"),
            can_skip: o.get("CanSkip"),
            current: o.get("Current"),
            ddl_sql: o.get("DdlSql"),
            delay_seconds: o.get("DelaySeconds"),
            dest_schema: o.get("DestSchema"),
            diff_row: o.get("DiffRow"),
            err_detail: o.get("ErrDetail"),
            err_msg: o.get("ErrMsg"),
            finish_time: o.get("FinishTime"),
            id: o.get("Id"),
            ignore_flag: o.get("IgnoreFlag"),
            item: o.get("Item"),
            job_id: o.get("JobId"),
            logs: o.get("Logs"),
            names: o.get("Names"),
            order_num: o.get("OrderNum"),
            parent_obj: o.get("ParentObj"),
            repair_method: o.get("RepairMethod"),
            skip: o.get("Skip"),
            source_schema: o.get("SourceSchema"),
            state: o.get("State"),
            sub: o.get("Sub"),
            target_names: o.get("TargetNames"),
            total: o.get("Total"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether the specific item is directly ignored and the next item is processed.
///
/// - `N`: No
/// - `Y`: Yes
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type IgnoreFlag = crate::Enum<enum_values::IgnoreFlag>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::IgnoreFlag> {
    /// `N`
    ///
    /// No
    pub const N: Self = Self::known("N");
    /// `Y`
    ///
    /// Yes
    pub const Y: Self = Self::known("Y");
}
/// One item of `Logs`. The sub-assessment items.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Logs {
    /// The error information.
    ///
    /// Wire name: `ErrData`.
    pub err_data: Option<String>,
    /// The error message returned by DTS when the specific item encounters an error.
    ///
    /// Wire name: `ErrMsg`.
    pub err_msg: Option<String>,
    /// The error type.
    ///
    /// Wire name: `ErrType`.
    pub err_type: Option<String>,
    /// The log level.
    ///
    /// Wire name: `LogLevel`.
    pub log_level: Option<String>,
}
impl rt::FromJson for Logs {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            err_data: o.get("ErrData"),
            err_msg: o.get("ErrMsg"),
            err_type: o.get("ErrType"),
            log_level: o.get("LogLevel"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The result of the assessment item.
///
/// - `Failed`: failed
/// - `Success`: completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type AnalysisJobProgressState = crate::Enum<enum_values::AnalysisJobProgressState>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::AnalysisJobProgressState> {
    /// `Failed`
    ///
    /// failed
    pub const Failed: Self = Self::known("Failed");
    /// `Success`
    ///
    /// completed
    pub const Success: Self = Self::known("Success");
}
/// The task code that represents the queried subtask.
///
/// - `01`: precheck
/// - `02`: schema migration or initial schema synchronization
/// - `03`: full data migration or initial full data synchronization
/// - `04`: incremental data migration or incremental data synchronization
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type Code = crate::Enum<enum_values::Code>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::Code> {
    /// `01`
    ///
    /// precheck
    pub const V01: Self = Self::known("01");
    /// `02`
    ///
    /// schema migration or initial schema synchronization
    pub const V02: Self = Self::known("02");
    /// `03`
    ///
    /// full data migration or initial full data synchronization
    pub const V03: Self = Self::known("03");
    /// `04`
    ///
    /// incremental data migration or incremental data synchronization
    pub const V04: Self = Self::known("04");
}
/// One item of `FullNetCheckJobStatus`. The full CIDR block check results.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FullNetCheckJobStatus {
    /// The task code. 01 indicates precheck.
    ///
    /// Wire name: `Code`.
    pub code: Option<String>,
    /// The region ID of the destination CIDR block.
    ///
    /// Wire name: `DestRegion`.
    pub dest_region: Option<String>,
    /// The destination CIDR block.
    ///
    /// Wire name: `DestRegionCidr`.
    pub dest_region_cidr: Option<String>,
    /// The connection method of the destination instance.
    ///
    /// Wire name: `DestinationEndpointType`.
    pub destination_endpoint_type: Option<DestinationEndpointType>,
    /// The number of items that failed the precheck.
    ///
    /// Wire name: `ErrorItem`.
    pub error_item: Option<i64>,
    /// The region ID of the node where the instance runs.
    ///
    /// Wire name: `HostRegion`.
    pub host_region: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `JobId`.
    pub job_id: Option<String>,
    /// The task name.
    ///
    /// Wire name: `JobName`.
    pub job_name: Option<String>,
    /// The list of specific items of the task and their execution progress.
    ///
    /// Wire name: `JobProgress`.
    pub job_progress: Option<Vec<FullNetCheckJobStatusJobProgress>>,
    /// The connection method of the source instance.
    ///
    /// Wire name: `SourceEndpointType`.
    pub source_endpoint_type: Option<SourceEndpointType>,
    /// The region ID of the source CIDR block.
    ///
    /// Wire name: `SrcRegion`.
    pub src_region: Option<String>,
    /// The source CIDR block.
    ///
    /// Wire name: `SrcRegionCidr`.
    pub src_region_cidr: Option<String>,
    /// The check result.
    ///
    /// Wire name: `State`.
    pub state: Option<FullNetCheckJobStatusState>,
    /// The total number of items.
    ///
    /// Wire name: `Total`.
    pub total: Option<i64>,
}
impl rt::FromJson for FullNetCheckJobStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            code: o.get("Code"),
            dest_region: o.get("DestRegion"),
            dest_region_cidr: o.get("DestRegionCidr"),
            destination_endpoint_type: o.get("DestinationEndpointType"),
            error_item: o.get("ErrorItem"),
            host_region: o.get("HostRegion"),
            job_id: o.get("JobId"),
            job_name: o.get("JobName"),
            job_progress: o.get("JobProgress"),
            source_endpoint_type: o.get("SourceEndpointType"),
            src_region: o.get("SrcRegion"),
            src_region_cidr: o.get("SrcRegionCidr"),
            state: o.get("State"),
            total: o.get("Total"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The connection method of the destination instance.
///
/// - `ALIYUN`: cloud instance
/// - `OTHER`: public IP address
/// - `ECS`: self-managed database on ECS
/// - `EXPRESS`: Express Connect/VPN Gateway/Smart Access Gateway
/// - `CEN`: Cloud Enterprise Network (CEN)
/// - `DG`: Database Gateway (DG)
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`SourceEndpointType`], and the same type: constants and `Debug` output
/// are `SourceEndpointType`'s.
pub type DestinationEndpointType = crate::Enum<enum_values::SourceEndpointType>;
/// One item of `JobProgress`. The list of specific items of the task and their execution
/// progress.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FullNetCheckJobStatusJobProgress {
    /// The time when the specific item was started. The time is displayed in the
    /// yyyy-MM-ddTHH:mm:ssZ format in UTC.
    ///
    /// Wire name: `BootTime`.
    pub boot_time: Option<String>,
    /// Indicates whether DTS supports skipping the item after it fails. Valid values: true: Yes.
    /// false: No.
    ///
    /// Wire name: `CanSkip`.
    pub can_skip: Option<bool>,
    /// The number of tasks that are currently running.
    ///
    /// Wire name: `Current`.
    pub current: Option<String>,
    /// The DDL operation that was executed.
    ///
    /// Wire name: `DdlSql`.
    pub ddl_sql: Option<String>,
    /// The task latency.
    ///
    /// Wire name: `DelaySeconds`.
    pub delay_seconds: Option<i64>,
    /// The name of the database to which the migration object belongs in the destination instance.
    ///
    /// Wire name: `DestSchema`.
    pub dest_schema: Option<String>,
    /// This parameter will be deprecated.
    ///
    /// Wire name: `DiffRow`.
    pub diff_row: Option<i64>,
    /// The error details when the specific item encounters an error.
    ///
    /// Wire name: `ErrDetail`.
    pub err_detail: Option<String>,
    /// The error message when the specific item encounters an error.
    ///
    /// Wire name: `ErrMsg`.
    pub err_msg: Option<String>,
    /// The time when the task was completed. The time is displayed in the yyyy-MM-ddTHH:mm:ssZ
    /// format in UTC.
    ///
    /// Wire name: `FinishTime`.
    pub finish_time: Option<String>,
    /// The ID of the record in the metastore.
    ///
    /// Wire name: `Id`.
    pub id: Option<String>,
    /// Indicates whether the specific item is directly ignored and the next item is processed.
    ///
    /// Wire name: `IgnoreFlag`.
    pub ignore_flag: Option<FullNetCheckJobStatusJobProgressIgnoreFlag>,
    /// The name of the specific item.
    ///
    /// Wire name: `Item`.
    pub item: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `JobId`.
    pub job_id: Option<String>,
    /// The execution logs of the error.
    ///
    /// Wire name: `Logs`.
    pub logs: Option<Vec<FullNetCheckJobStatusJobProgressLogs>>,
    /// The name of the specific item.
    ///
    /// Wire name: `Names`.
    pub names: Option<String>,
    /// The item number.
    ///
    /// Wire name: `OrderNum`.
    pub order_num: Option<i64>,
    /// This parameter will be deprecated.
    ///
    /// Wire name: `ParentObj`.
    pub parent_obj: Option<String>,
    /// The repair method when the precheck does not pass.
    ///
    /// Wire name: `RepairMethod`.
    pub repair_method: Option<String>,
    /// Indicates whether you have set to skip this specific item after it failed. Valid values:
    /// true: Yes. false: No.
    ///
    /// Wire name: `Skip`.
    pub skip: Option<bool>,
    /// The name of the database to which the migration object belongs in the source instance.
    ///
    /// Wire name: `SourceSchema`.
    pub source_schema: Option<String>,
    /// The check result.
    ///
    /// Wire name: `State`.
    pub state: Option<FullNetCheckJobStatusJobProgressState>,
    /// The progress of sub-items of the specific item. If `[]` is returned, no sub-items exist.
    ///
    /// Wire name: `Sub`.
    pub sub: Option<String>,
    /// The name of the target object.
    ///
    /// Wire name: `TargetNames`.
    pub target_names: Option<String>,
    /// The total number of items.
    ///
    /// Wire name: `Total`.
    pub total: Option<i64>,
}
impl rt::FromJson for FullNetCheckJobStatusJobProgress {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            boot_time: o.get("BootTime"),
            can_skip: o.get("CanSkip"),
            current: o.get("Current"),
            ddl_sql: o.get("DdlSql"),
            delay_seconds: o.get("DelaySeconds"),
            dest_schema: o.get("DestSchema"),
            diff_row: o.get("DiffRow"),
            err_detail: o.get("ErrDetail"),
            err_msg: o.get("ErrMsg"),
            finish_time: o.get("FinishTime"),
            id: o.get("Id"),
            ignore_flag: o.get("IgnoreFlag"),
            item: o.get("Item"),
            job_id: o.get("JobId"),
            logs: o.get("Logs"),
            names: o.get("Names"),
            order_num: o.get("OrderNum"),
            parent_obj: o.get("ParentObj"),
            repair_method: o.get("RepairMethod"),
            skip: o.get("Skip"),
            source_schema: o.get("SourceSchema"),
            state: o.get("State"),
            sub: o.get("Sub"),
            target_names: o.get("TargetNames"),
            total: o.get("Total"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether the specific item is directly ignored and the next item is processed.
///
/// - `N`: No
/// - `Y`: Yes
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`IgnoreFlag`], and the same type: constants and `Debug` output are
/// `IgnoreFlag`'s.
pub type FullNetCheckJobStatusJobProgressIgnoreFlag = crate::Enum<
    enum_values::IgnoreFlag,
>;
/// One item of `Logs`. The execution logs of the error.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FullNetCheckJobStatusJobProgressLogs {
    /// The error record.
    ///
    /// Wire name: `ErrData`.
    pub err_data: Option<String>,
    /// The specific error message.
    ///
    /// Wire name: `ErrMsg`.
    pub err_msg: Option<String>,
    /// The error type.
    ///
    /// Wire name: `ErrType`.
    pub err_type: Option<String>,
    /// The log level.
    ///
    /// Wire name: `LogLevel`.
    pub log_level: Option<String>,
}
impl rt::FromJson for FullNetCheckJobStatusJobProgressLogs {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            err_data: o.get("ErrData"),
            err_msg: o.get("ErrMsg"),
            err_type: o.get("ErrType"),
            log_level: o.get("LogLevel"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The check result.
///
/// - `Failed`: failed
/// - `Success`: completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`AnalysisJobProgressState`], and the same type: constants and `Debug`
/// output are `AnalysisJobProgressState`'s.
pub type FullNetCheckJobStatusJobProgressState = crate::Enum<
    enum_values::AnalysisJobProgressState,
>;
/// The connection method of the source instance.
///
/// - `ALIYUN`: cloud instance
/// - `OTHER`: public IP address
/// - `ECS`: self-managed database on ECS
/// - `EXPRESS`: Express Connect/VPN Gateway/Smart Access Gateway
/// - `CEN`: Cloud Enterprise Network (CEN)
/// - `DG`: Database Gateway (DG)
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type SourceEndpointType = crate::Enum<enum_values::SourceEndpointType>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::SourceEndpointType> {
    /// `ALIYUN`
    ///
    /// cloud instance
    pub const Aliyun: Self = Self::known("ALIYUN");
    /// `OTHER`
    ///
    /// public IP address
    pub const Other: Self = Self::known("OTHER");
    /// `ECS`
    ///
    /// self-managed database on ECS
    pub const Ecs: Self = Self::known("ECS");
    /// `EXPRESS`
    ///
    /// Express Connect/VPN Gateway/Smart Access Gateway
    pub const Express: Self = Self::known("EXPRESS");
    /// `CEN`
    ///
    /// Cloud Enterprise Network (CEN)
    pub const Cen: Self = Self::known("CEN");
    /// `DG`
    ///
    /// Database Gateway (DG)
    pub const Dg: Self = Self::known("DG");
}
/// The check result.
///
/// - `Failed`: failed
/// - `Success`: completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`AnalysisJobProgressState`], and the same type: constants and `Debug`
/// output are `AnalysisJobProgressState`'s.
pub type FullNetCheckJobStatusState = crate::Enum<enum_values::AnalysisJobProgressState>;
/// One item of `JobProgress`. The list of specific items of the subtask and their execution
/// progress.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct JobProgress {
    /// The time when the specific item was started. The time is displayed in the
    /// yyyy-MM-ddTHH:mm:ssZ format in UTC.
    ///
    /// Wire name: `BootTime`.
    pub boot_time: Option<String>,
    /// Indicates whether DTS supports skipping the specific item after it fails.
    ///
    /// Wire name: `CanSkip`.
    pub can_skip: Option<bool>,
    /// The number of subtasks that are currently running.
    ///
    /// Wire name: `Current`.
    pub current: Option<String>,
    /// The DDL operation that was executed.
    ///
    /// Wire name: `DdlSql`.
    pub ddl_sql: Option<String>,
    /// The synchronization latency of incremental data migration or incremental data
    /// synchronization.
    ///
    /// Wire name: `DelaySeconds`.
    pub delay_seconds: Option<i64>,
    /// The name of the database to which the migration object belongs in the destination instance.
    ///
    /// Wire name: `DestSchema`.
    pub dest_schema: Option<String>,
    /// This parameter will be deprecated.
    ///
    /// Wire name: `DiffRow`.
    pub diff_row: Option<i64>,
    /// The error details when the specific item encounters an error.
    ///
    /// Wire name: `ErrDetail`.
    pub err_detail: Option<String>,
    /// The error message when the specific item encounters an error.
    ///
    /// Wire name: `ErrMsg`.
    pub err_msg: Option<String>,
    /// The time when the specific item was completed. The time is displayed in the
    /// yyyy-MM-ddTHH:mm:ssZZ format in UTC.
    ///
    /// Wire name: `FinishTime`.
    pub finish_time: Option<String>,
    /// The ID of the record in the metastore.
    ///
    /// Wire name: `Id`.
    pub id: Option<String>,
    /// Indicates whether the specific item is directly ignored and the next item is processed.
    ///
    /// Wire name: `IgnoreFlag`.
    pub ignore_flag: Option<JobProgressIgnoreFlag>,
    /// The short name of the specific item.
    ///
    /// Wire name: `Item`.
    pub item: Option<String>,
    /// The subtask ID.
    ///
    /// Wire name: `JobId`.
    pub job_id: Option<String>,
    /// The execution logs of the specific error.
    ///
    /// Wire name: `Logs`.
    pub logs: Option<Vec<JobProgressLogs>>,
    /// The name of the specific item.
    ///
    /// Wire name: `Names`.
    pub names: Option<String>,
    /// The item number.
    ///
    /// Wire name: `OrderNum`.
    pub order_num: Option<i64>,
    /// This parameter will be deprecated.
    ///
    /// Wire name: `ParentObj`.
    pub parent_obj: Option<String>,
    /// The repair method when the specific item does not pass.
    ///
    /// Wire name: `RepairMethod`.
    pub repair_method: Option<String>,
    /// Indicates whether you have set to skip this specific item after it failed. Valid values:
    /// true: Yes. false: No.
    ///
    /// Wire name: `Skip`.
    pub skip: Option<bool>,
    /// The name of the database to which the migration object belongs in the source instance.
    ///
    /// Wire name: `SourceSchema`.
    pub source_schema: Option<String>,
    /// The execution progress status of the specific item.
    ///
    /// Wire name: `State`.
    pub state: Option<JobProgressState>,
    /// The progress of sub-items of the specific item. If `[]` is returned, no sub-items exist.
    ///
    /// Wire name: `Sub`.
    pub sub: Option<String>,
    /// The name of the object to be migrated or synchronized.
    ///
    /// Wire name: `TargetNames`.
    pub target_names: Option<String>,
    /// The total number of specific items in the subtask.
    ///
    /// Wire name: `Total`.
    pub total: Option<i64>,
}
impl rt::FromJson for JobProgress {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            boot_time: o.get("BootTime"),
            can_skip: o.get("CanSkip"),
            current: o.get("Current"),
            ddl_sql: o.get("DdlSql"),
            delay_seconds: o.get("DelaySeconds"),
            dest_schema: o.get("DestSchema"),
            diff_row: o.get("DiffRow"),
            err_detail: o.get("ErrDetail"),
            err_msg: o.get("ErrMsg"),
            finish_time: o.get("FinishTime"),
            id: o.get("Id"),
            ignore_flag: o.get("IgnoreFlag"),
            item: o.get("Item"),
            job_id: o.get("JobId"),
            logs: o.get("Logs"),
            names: o.get("Names"),
            order_num: o.get("OrderNum"),
            parent_obj: o.get("ParentObj"),
            repair_method: o.get("RepairMethod"),
            skip: o.get("Skip"),
            source_schema: o.get("SourceSchema"),
            state: o.get("State"),
            sub: o.get("Sub"),
            target_names: o.get("TargetNames"),
            total: o.get("Total"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether the specific item is directly ignored and the next item is processed.
///
/// - `N`: No
/// - `Y`: Yes
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`IgnoreFlag`], and the same type: constants and `Debug` output are
/// `IgnoreFlag`'s.
pub type JobProgressIgnoreFlag = crate::Enum<enum_values::IgnoreFlag>;
/// One item of `Logs`. The execution logs of the specific error.
///
/// The same fields as [`Logs`], and the same type: field docs and `Debug` output are `Logs`'s.
pub type JobProgressLogs = Logs;
/// The execution progress status of the specific item.
///
/// - `NotStarted`: not started
/// - `Checking`: being checked
/// - `Migrating`: being migrated
/// - `Failed`: failed
/// - `Warning`: warning
/// - `Success`: completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type JobProgressState = crate::Enum<enum_values::JobProgressState>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::JobProgressState> {
    /// `NotStarted`
    ///
    /// not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Checking`
    ///
    /// being checked
    pub const Checking: Self = Self::known("Checking");
    /// `Migrating`
    ///
    /// being migrated
    pub const Migrating: Self = Self::known("Migrating");
    /// `Failed`
    ///
    /// failed
    pub const Failed: Self = Self::known("Failed");
    /// `Warning`
    ///
    /// warning
    pub const Warning: Self = Self::known("Warning");
    /// `Success`
    ///
    /// completed
    pub const Success: Self = Self::known("Success");
}
/// The network diagnosis result.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct NetworkDiagnosisResult {
    /// The network diagnostic report.
    ///
    /// Wire name: `Diagnosis`.
    pub diagnosis: Option<Vec<Diagnosis>>,
    /// The version of the diagnosis model.
    ///
    /// Wire name: `ModelVersion`.
    pub model_version: Option<String>,
}
impl rt::FromJson for NetworkDiagnosisResult {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            diagnosis: o.get("Diagnosis"),
            model_version: o.get("ModelVersion"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// One item of `Diagnosis`. The network diagnostic report.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Diagnosis {
    /// The documentation URL for the China region.
    ///
    /// Wire name: `CnDocUrl`.
    pub cn_doc_url: Option<String>,
    /// The diagnosis code.
    ///
    /// Wire name: `Code`.
    pub code: Option<String>,
    /// The endpoint type.
    ///
    /// Wire name: `EndpointType`.
    pub endpoint_type: Option<EndpointType>,
    /// The documentation URL for regions outside China.
    ///
    /// Wire name: `InternationalDocUrl`.
    pub international_doc_url: Option<String>,
    /// The reserved field for the diagnosis result. This field is empty by default.
    ///
    /// Wire name: `Result`.
    pub result: Option<String>,
}
impl rt::FromJson for Diagnosis {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            cn_doc_url: o.get("CnDocUrl"),
            code: o.get("Code"),
            endpoint_type: o.get("EndpointType"),
            international_doc_url: o.get("InternationalDocUrl"),
            result: o.get("Result"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The endpoint type.
///
/// - `source`: source endpoint
/// - `destination`: destination endpoint
/// - `unknown`: unknown
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type EndpointType = crate::Enum<enum_values::EndpointType>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::EndpointType> {
    /// `source`
    ///
    /// source endpoint
    pub const Source: Self = Self::known("source");
    /// `destination`
    ///
    /// destination endpoint
    pub const Destination: Self = Self::known("destination");
    /// `unknown`
    ///
    /// unknown
    pub const UnknownValue: Self = Self::known("unknown");
}
/// The execution status of the subtask.
///
/// - `NotStarted`: not started
/// - `Suspending`: suspended
/// - `Checking`: being checked
/// - `Migrating`: being migrated
/// - `Failed`: failed
/// - `Catched`: incremental data migration or synchronization in progress
/// - `Finished`: completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type State = crate::Enum<enum_values::State>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::State> {
    /// `NotStarted`
    ///
    /// not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Suspending`
    ///
    /// suspended
    pub const Suspending: Self = Self::known("Suspending");
    /// `Checking`
    ///
    /// being checked
    pub const Checking: Self = Self::known("Checking");
    /// `Migrating`
    ///
    /// being migrated
    pub const Migrating: Self = Self::known("Migrating");
    /// `Failed`
    ///
    /// failed
    pub const Failed: Self = Self::known("Failed");
    /// `Catched`
    ///
    /// incremental data migration or synchronization in progress
    pub const Catched: Self = Self::known("Catched");
    /// `Finished`
    ///
    /// completed
    pub const Finished: Self = Self::known("Finished");
}
/// One item of `SubDistributedJobStatus`. The details of distributed subtasks.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubDistributedJobStatus {
    /// The task code that represents the queried subtask type.
    ///
    /// Wire name: `Code`.
    pub code: Option<SubDistributedJobStatusCode>,
    /// The number of tasks that are currently failing.
    ///
    /// Wire name: `ErrorItem`.
    pub error_item: Option<i64>,
    /// The task ID.
    ///
    /// Wire name: `JobId`.
    pub job_id: Option<String>,
    /// The name of the distributed subtask associated with the task.
    ///
    /// Wire name: `JobName`.
    pub job_name: Option<String>,
    /// The list of specific items of the subtask and their execution progress.
    ///
    /// Wire name: `JobProgress`.
    pub job_progress: Option<Vec<SubDistributedJobStatusJobProgress>>,
    /// The execution status of the subtask.
    ///
    /// Wire name: `State`.
    pub state: Option<SubDistributedJobStatusState>,
    /// The total number of returned data entries.
    ///
    /// Wire name: `Total`.
    pub total: Option<i64>,
}
impl rt::FromJson for SubDistributedJobStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            code: o.get("Code"),
            error_item: o.get("ErrorItem"),
            job_id: o.get("JobId"),
            job_name: o.get("JobName"),
            job_progress: o.get("JobProgress"),
            state: o.get("State"),
            total: o.get("Total"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The task code that represents the queried subtask type.
///
/// - `01`: precheck
/// - `02`: schema migration or initial schema synchronization
/// - `03`: full data migration or initial full data synchronization
/// - `04`: incremental data migration or incremental data synchronization
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`Code`], and the same type: constants and `Debug` output are `Code`'s.
pub type SubDistributedJobStatusCode = crate::Enum<enum_values::Code>;
/// One item of `JobProgress`. The list of specific items of the subtask and their execution
/// progress.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubDistributedJobStatusJobProgress {
    /// The time when the specific item was started. The time is displayed in the
    /// yyyy-MM-ddTHH:mm:ssZ format in UTC.
    ///
    /// Wire name: `BootTime`.
    pub boot_time: Option<String>,
    /// Indicates whether DTS supports skipping the item after it fails. Valid values: true: Yes.
    /// false: No.
    ///
    /// Wire name: `CanSkip`.
    pub can_skip: Option<bool>,
    /// The number of subtasks that are currently running.
    ///
    /// Wire name: `Current`.
    pub current: Option<String>,
    /// The DDL operation that was executed.
    ///
    /// Wire name: `DdlSql`.
    pub ddl_sql: Option<String>,
    /// The synchronization latency of incremental data migration or incremental data
    /// synchronization.
    ///
    /// Wire name: `DelaySeconds`.
    pub delay_seconds: Option<i64>,
    /// The name of the database to which the migration object belongs in the destination instance.
    ///
    /// Wire name: `DestSchema`.
    pub dest_schema: Option<String>,
    /// This parameter will be deprecated.
    ///
    /// Wire name: `DiffRow`.
    pub diff_row: Option<i64>,
    /// The error details when the specific item encounters an error.
    ///
    /// Wire name: `ErrDetail`.
    pub err_detail: Option<String>,
    /// The error message when the specific item encounters an error.
    ///
    /// Wire name: `ErrMsg`.
    pub err_msg: Option<String>,
    /// The completion time. The time is displayed in the yyyy-MM-ddTHH:mm:ssZ format in UTC.
    ///
    /// Wire name: `FinishTime`.
    pub finish_time: Option<String>,
    /// The ID of the record in the metastore.
    ///
    /// Wire name: `Id`.
    pub id: Option<String>,
    /// Indicates whether the specific item is directly ignored and the next item is processed.
    ///
    /// Wire name: `IgnoreFlag`.
    pub ignore_flag: Option<SubDistributedJobStatusJobProgressIgnoreFlag>,
    /// The name of the specific item.
    ///
    /// Wire name: `Item`.
    pub item: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `JobId`.
    pub job_id: Option<String>,
    /// The execution logs of the error.
    ///
    /// Wire name: `Logs`.
    pub logs: Option<Vec<SubDistributedJobStatusJobProgressLogs>>,
    /// The name of the specific item.
    ///
    /// Wire name: `Names`.
    pub names: Option<String>,
    /// The item number.
    ///
    /// Wire name: `OrderNum`.
    pub order_num: Option<i64>,
    /// This parameter will be deprecated.
    ///
    /// Wire name: `ParentObj`.
    pub parent_obj: Option<String>,
    /// The repair method when the precheck does not pass.
    ///
    /// Wire name: `RepairMethod`.
    pub repair_method: Option<String>,
    /// Indicates whether the item has been skipped. Valid values: true: Yes. false: No.
    ///
    /// Wire name: `Skip`.
    pub skip: Option<bool>,
    /// The name of the database to which the migration object belongs in the source instance.
    ///
    /// Wire name: `SourceSchema`.
    pub source_schema: Option<String>,
    /// The execution status of the subtask.
    ///
    /// Wire name: `State`.
    pub state: Option<SubDistributedJobStatusJobProgressState>,
    /// The progress of sub-items of the specific item. If `[]` is returned, no sub-items exist.
    ///
    /// Wire name: `Sub`.
    pub sub: Option<String>,
    /// The name of the target object.
    ///
    /// Wire name: `TargetNames`.
    pub target_names: Option<String>,
    /// The total number of items.
    ///
    /// Wire name: `Total`.
    pub total: Option<i64>,
}
impl rt::FromJson for SubDistributedJobStatusJobProgress {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            boot_time: o.get("BootTime"),
            can_skip: o.get("CanSkip"),
            current: o.get("Current"),
            ddl_sql: o.get("DdlSql"),
            delay_seconds: o.get("DelaySeconds"),
            dest_schema: o.get("DestSchema"),
            diff_row: o.get("DiffRow"),
            err_detail: o.get("ErrDetail"),
            err_msg: o.get("ErrMsg"),
            finish_time: o.get("FinishTime"),
            id: o.get("Id"),
            ignore_flag: o.get("IgnoreFlag"),
            item: o.get("Item"),
            job_id: o.get("JobId"),
            logs: o.get("Logs"),
            names: o.get("Names"),
            order_num: o.get("OrderNum"),
            parent_obj: o.get("ParentObj"),
            repair_method: o.get("RepairMethod"),
            skip: o.get("Skip"),
            source_schema: o.get("SourceSchema"),
            state: o.get("State"),
            sub: o.get("Sub"),
            target_names: o.get("TargetNames"),
            total: o.get("Total"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether the specific item is directly ignored and the next item is processed.
///
/// - `N`: No
/// - `Y`: Yes
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`IgnoreFlag`], and the same type: constants and `Debug` output are
/// `IgnoreFlag`'s.
pub type SubDistributedJobStatusJobProgressIgnoreFlag = crate::Enum<
    enum_values::IgnoreFlag,
>;
/// One item of `Logs`. The execution logs of the error.
///
/// The same fields as [`FullNetCheckJobStatusJobProgressLogs`], and the same type: field docs
/// and `Debug` output are `FullNetCheckJobStatusJobProgressLogs`'s.
pub type SubDistributedJobStatusJobProgressLogs = FullNetCheckJobStatusJobProgressLogs;
/// The execution status of the subtask.
///
/// - `NotStarted`: not started
/// - `Suspending`: suspended
/// - `Checking`: being checked
/// - `Migrating`: being migrated
/// - `Failed`: failed
/// - `Catched`: incremental data migration or synchronization in progress
/// - `Finished`: completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`State`], and the same type: constants and `Debug` output are `State`'s.
pub type SubDistributedJobStatusJobProgressState = crate::Enum<enum_values::State>;
/// The execution status of the subtask.
///
/// - `NotStarted`: not started
/// - `Suspending`: suspended
/// - `Checking`: being checked
/// - `Migrating`: being migrated
/// - `Failed`: failed
/// - `Catched`: incremental data migration or synchronization in progress
/// - `Finished`: completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`State`], and the same type: constants and `Debug` output are `State`'s.
pub type SubDistributedJobStatusState = crate::Enum<enum_values::State>;
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum StructType {}
    impl crate::EnumValues for StructType {
        const NAME: &'static str = "StructType";
        const VALUES: &'static [&'static str] = &["before", "after"];
    }
    #[derive(PartialEq)]
    pub enum IgnoreFlag {}
    impl crate::EnumValues for IgnoreFlag {
        const NAME: &'static str = "IgnoreFlag";
        const VALUES: &'static [&'static str] = &["N", "Y"];
    }
    #[derive(PartialEq)]
    pub enum AnalysisJobProgressState {}
    impl crate::EnumValues for AnalysisJobProgressState {
        const NAME: &'static str = "AnalysisJobProgressState";
        const VALUES: &'static [&'static str] = &["Failed", "Success"];
    }
    #[derive(PartialEq)]
    pub enum Code {}
    impl crate::EnumValues for Code {
        const NAME: &'static str = "Code";
        const VALUES: &'static [&'static str] = &["01", "02", "03", "04"];
    }
    #[derive(PartialEq)]
    pub enum SourceEndpointType {}
    impl crate::EnumValues for SourceEndpointType {
        const NAME: &'static str = "SourceEndpointType";
        const VALUES: &'static [&'static str] = &[
            "ALIYUN",
            "OTHER",
            "ECS",
            "EXPRESS",
            "CEN",
            "DG",
        ];
    }
    #[derive(PartialEq)]
    pub enum JobProgressState {}
    impl crate::EnumValues for JobProgressState {
        const NAME: &'static str = "JobProgressState";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "Checking",
            "Migrating",
            "Failed",
            "Warning",
            "Success",
        ];
    }
    #[derive(PartialEq)]
    pub enum EndpointType {}
    impl crate::EnumValues for EndpointType {
        const NAME: &'static str = "EndpointType";
        const VALUES: &'static [&'static str] = &["source", "destination", "unknown"];
    }
    #[derive(PartialEq)]
    pub enum State {}
    impl crate::EnumValues for State {
        const NAME: &'static str = "State";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "Suspending",
            "Checking",
            "Migrating",
            "Failed",
            "Catched",
            "Finished",
        ];
    }
}
