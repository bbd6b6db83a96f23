// @generated from specs/dataworks-public/GetDISyncTask.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `GetDISyncTask`: Queries the details of a real-time synchronization task or a data
//! synchronization solution.
//!
//! POST DataWorks (`dataworks-public`), API version `2020-05-18`. Idempotent: network failures
//! and server errors are retried.
//!
//! Notes on the documentation:
//!
//! - Success false, or a Data.Status other than success, is a failure even with HTTP 200;
//!   Data.Message says why.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-dataworks-public20200518 10.1.1
//!   request/response models; summary from the SDK's reference text (the page is not among the
//!   stored pages). The captured reference text lists no operation-specific error codes, so
//!   none are transcribed: errors arrive as the unknown-code variant with code and message
//!   intact.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "GetDISyncTask",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("ProjectId").required(),
        rt::Param::query("TaskType").required(),
        rt::Param::query("FileId").required(),
    ],
};
/// `GetDISyncTask`: Queries the details of a real-time synchronization task or a data
/// synchronization solution.
///
/// Made by [`Client::get_di_sync_task`](super::Client::get_di_sync_task); set parameters, then
/// [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`get_di_sync_task`](self), e.g. `get_di_sync_task::Data`.
pub type GetDiSyncTask = crate::Call<GetDiSyncTaskInput>;
impl<M> crate::Call<GetDiSyncTaskInput, M> {
    /// Sets `ProjectId` (required): see [`GetDiSyncTaskInput::project_id`].
    #[inline]
    pub fn project_id(mut self, value: i64) -> Self {
        self.input.project_id = Some(value);
        self
    }
    /// Sets `TaskType` (required): see [`GetDiSyncTaskInput::task_type`].
    #[inline]
    pub fn task_type(mut self, value: impl Into<String>) -> Self {
        self.input.task_type = Some(value.into());
        self
    }
    /// Sets `FileId` (required): see [`GetDiSyncTaskInput::file_id`].
    #[inline]
    pub fn file_id(mut self, value: i64) -> Self {
        self.input.file_id = Some(value);
        self
    }
}
/// The parameters of [`GetDISyncTask`](super::GetDiSyncTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct GetDiSyncTaskInput {
    /// The ID of the DataWorks workspace. You can log on to the DataWorks console and go to the
    /// Workspace page to obtain the workspace ID. You must configure this parameter to specify the
    /// DataWorks workspace to which the API operation is applied.
    ///
    /// Required. Sent as `ProjectId` in the query string.
    ///
    /// Example: `10000`
    pub project_id: Option<i64>,
    /// The type of the object that you want to query. Valid values: DI_REALTIME: real-time
    /// synchronization task DI_SOLUTION: data synchronization solution
    ///
    /// Required. Sent as `TaskType` in the query string.
    ///
    /// Example: `DI_REALTIME`
    pub task_type: Option<String>,
    /// If you set TaskType to DI_REALTIME, set this parameter to the ID of the real-time
    /// synchronization task that you want to deploy. If you set TaskType to DI_SOLUTION, set this
    /// parameter to the ID of the data synchronization solution that you want to deploy. You can
    /// call the ListFiles operation to query the ID of the real-time synchronization task or data
    /// synchronization solution.
    ///
    /// Required. Sent as `FileId` in the query string.
    ///
    /// Example: `100`
    pub file_id: Option<i64>,
}
impl Default for GetDiSyncTaskInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            project_id: None,
            task_type: None,
            file_id: None,
        }
    }
}
impl rt::OperationInput for GetDiSyncTaskInput {
    type Output = GetDiSyncTaskOutput;
    type Error = GetDiSyncTaskError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::int(&self.project_id),
            rt::text(&self.task_type),
            rt::int(&self.file_id),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `GetDISyncTask` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDiSyncTaskOutput {
    /// The returned results.
    ///
    /// Wire name: `Data`.
    pub data: Option<Data>,
    /// The request ID. You can locate logs and troubleshoot issues based on the ID.
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// Indicates whether the request was successful. Valid values: True False
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
}
impl rt::FromJson for GetDiSyncTaskOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            data: o.get("Data"),
            request_id: o.get("RequestId"),
            success: o.get("Success"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for GetDiSyncTaskOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn failure(&self) -> Option<rt::BodyFailure> {
        let failed = self.success.as_ref() == Some(&false)
            || self
                .data
                .as_ref()
                .and_then(|v| v.status.as_ref())
                .is_some_and(|s| !["success"].contains(&s.as_str()));
        failed
            .then(|| rt::BodyFailure {
                code: self
                    .data
                    .as_ref()
                    .and_then(|v| v.status.as_ref())
                    .map(|s| s.to_string()),
                message: self
                    .data
                    .as_ref()
                    .and_then(|v| v.message.as_ref())
                    .map(|s| s.to_string()),
            })
    }
}
/// A failure reported by the service for [`GetDISyncTask`](super::GetDiSyncTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum GetDiSyncTaskError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl GetDiSyncTaskError {
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
impl From<crate::ErrorMeta> for GetDiSyncTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for GetDiSyncTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for GetDiSyncTaskError {}
/// The returned results.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Data {
    /// The alert rules that are associated with the real-time synchronization task. The value of
    /// this parameter is an array.
    ///
    /// Wire name: `AlarmList`.
    pub alarm_list: Option<Vec<AlarmList>>,
    /// If the TaskType parameter is set to DI_REALTIME, the details of the real-time
    /// synchronization task are returned. If the TaskType parameter is set to DI_SOLUTION, the
    /// value null is returned.
    ///
    /// Wire name: `Code`.
    pub code: Option<String>,
    /// The cause of the failure to obtain the details of the real-time synchronization task or data
    /// synchronization solution. If the details of the real-time synchronization task or data
    /// synchronization solution are obtained, the value null is returned.
    ///
    /// Wire name: `Message`.
    pub message: Option<String>,
    /// If the TaskType parameter is set to DI_REALTIME, the value null is returned. If the TaskType
    /// parameter is set to DI_SOLUTION, the details of the data synchronization solution are
    /// returned.
    ///
    /// Wire name: `SolutionDetail`.
    pub solution_detail: Option<SolutionDetail>,
    /// Indicates whether the details of the real-time synchronization task or data synchronization
    /// solution are obtained. Valid values: success: The details are obtained. fail: The details
    /// fail to be obtained.
    ///
    /// Wire name: `Status`.
    pub status: Option<DataStatus>,
}
impl rt::FromJson for Data {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            alarm_list: o.get("AlarmList"),
            code: o.get("Code"),
            message: o.get("Message"),
            solution_detail: o.get("SolutionDetail"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// One item of `AlarmList`. The alert rules that are associated with the real-time
/// synchronization task. The value of this parameter is an array.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AlarmList {
    /// The alert notification settings. The value of this parameter is an array.
    ///
    /// Wire name: `AlarmRuleList`.
    pub alarm_rule_list: Option<Vec<AlarmRuleList>>,
    /// The description of the alert rule.
    ///
    /// Wire name: `Description`.
    pub description: Option<String>,
    /// Indicates whether the alert rule is enabled.
    ///
    /// Wire name: `Enabled`.
    pub enabled: Option<bool>,
    /// The ID of the alert rule.
    ///
    /// Wire name: `Id`.
    pub id: Option<i64>,
    /// The alert type.
    ///
    /// Wire name: `Metric`.
    pub metric: Option<Metric>,
    /// The settings for alert notification rules. The value of this parameter is an array.
    ///
    /// Wire name: `NotifyRule`.
    pub notify_rule: Option<NotifyRule>,
    /// The name of the alert rule.
    ///
    /// Wire name: `RuleName`.
    pub rule_name: Option<String>,
}
impl rt::FromJson for AlarmList {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            alarm_rule_list: o.get("AlarmRuleList"),
            description: o.get("Description"),
            enabled: o.get("Enabled"),
            id: o.get("Id"),
            metric: o.get("Metric"),
            notify_rule: o.get("NotifyRule"),
            rule_name: o.get("RuleName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// One item of `AlarmRuleList`. The alert notification settings. The value of this parameter is
/// an array.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AlarmRuleList {
    /// The calculation method of a metric.
    ///
    /// Wire name: `Aggregator`.
    pub aggregator: Option<Aggregator>,
    /// The comparison operator, which indicates the method used to compare a metric with the alert
    /// rule. "=" "`<`" "`>`"
    ///
    /// Wire name: `Comparator`.
    pub comparator: Option<String>,
    /// The duration that a condition is met before an alert is triggered. Unit: minutes.
    ///
    /// Wire name: `Duration`.
    pub duration: Option<i64>,
    /// Wire name: `Level`.
    pub level: Option<Level>,
    /// The threshold for the comparison between a metric and the alert rule.
    ///
    /// Wire name: `Threshold`.
    pub threshold: Option<i64>,
}
impl rt::FromJson for AlarmRuleList {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            aggregator: o.get("Aggregator"),
            comparator: o.get("Comparator"),
            duration: o.get("Duration"),
            level: o.get("Level"),
            threshold: o.get("Threshold"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The calculation method of a metric.
///
/// - `avg`:
/// - `max`:
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type Aggregator = crate::Enum<enum_values::Aggregator>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::Aggregator> {
    /// `avg`
    pub const Avg: Self = Self::known("avg");
    /// `max`
    pub const Max: Self = Self::known("max");
}
/// - `WARNING`:
/// - `CRITICAL`:
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type Level = crate::Enum<enum_values::Level>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::Level> {
    /// `WARNING`
    pub const Warning: Self = Self::known("WARNING");
    /// `CRITICAL`
    pub const Critical: Self = Self::known("CRITICAL");
}
/// The alert type.
///
/// - `taskStatus`:
/// - `bizDelay`:
/// - `taskFailoverCount`:
/// - `ddlUnsupport`:
/// - `ddlReport`:
/// - `totalDirtyRecordWriteInLines`:
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type Metric = crate::Enum<enum_values::Metric>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::Metric> {
    /// `taskStatus`
    pub const TaskStatus: Self = Self::known("taskStatus");
    /// `bizDelay`
    pub const BizDelay: Self = Self::known("bizDelay");
    /// `taskFailoverCount`
    pub const TaskFailoverCount: Self = Self::known("taskFailoverCount");
    /// `ddlUnsupport`
    pub const DdlUnsupport: Self = Self::known("ddlUnsupport");
    /// `ddlReport`
    pub const DdlReport: Self = Self::known("ddlReport");
    /// `totalDirtyRecordWriteInLines`
    pub const TotalDirtyRecordWriteInLines: Self = Self::known(
        "totalDirtyRecordWriteInLines",
    );
}
/// The settings for alert notification rules. The value of this parameter is an array.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct NotifyRule {
    /// The settings for Critical-level alert notifications.
    ///
    /// Wire name: `Critical`.
    pub critical: Option<Vec<String>>,
    /// The alert interval. Unit: minutes.
    ///
    /// Wire name: `Interval`.
    pub interval: Option<i64>,
    /// The settings for Warning-level alert notifications.
    ///
    /// Wire name: `Warning`.
    pub warning: Option<Vec<String>>,
}
impl rt::FromJson for NotifyRule {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            critical: o.get("Critical"),
            interval: o.get("Interval"),
            warning: o.get("Warning"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// If the TaskType parameter is set to DI_REALTIME, the value null is returned. If the TaskType
/// parameter is set to DI_SOLUTION, the details of the data synchronization solution are
/// returned.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SolutionDetail {
    /// The creator of the data synchronization solution.
    ///
    /// Wire name: `CreatorName`.
    pub creator_name: Option<String>,
    /// The ID of the data synchronization solution.
    ///
    /// Wire name: `Id`.
    pub id: Option<i64>,
    /// The name of the data synchronization solution.
    ///
    /// Wire name: `Name`.
    pub name: Option<String>,
    /// The configuration details of the data synchronization solution.
    ///
    /// Wire name: `ProcessContent`.
    pub process_content: Option<String>,
    /// The additional parameters of the data synchronization solution.
    ///
    /// Wire name: `ProcessExtra`.
    pub process_extra: Option<String>,
    /// The ID of the project to which the data synchronization solution belongs.
    ///
    /// Wire name: `ProjectId`.
    pub project_id: Option<i64>,
    /// The type of the source of the data synchronization solution.
    ///
    /// Wire name: `SourceType`.
    pub source_type: Option<String>,
    /// The start time of the data synchronization solution.
    ///
    /// Wire name: `StartTime`.
    pub start_time: Option<String>,
    /// The status of the data synchronization solution. Valid values: 0: successful 1: not running
    /// 2: running 3: failed 4: committed 5: pending manual confirmation 6: manually confirmed 7:
    /// others 8: waiting 9: deleted
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
    /// The time when the data synchronization solution was committed.
    ///
    /// Wire name: `SubmitTime`.
    pub submit_time: Option<String>,
    /// The type of the data synchronization solution.
    ///
    /// Wire name: `Type`.
    pub r#type: Option<String>,
}
impl rt::FromJson for SolutionDetail {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            creator_name: o.get("CreatorName"),
            id: o.get("Id"),
            name: o.get("Name"),
            process_content: o.get("ProcessContent"),
            process_extra: o.get("ProcessExtra"),
            project_id: o.get("ProjectId"),
            source_type: o.get("SourceType"),
            start_time: o.get("StartTime"),
            status: o.get("Status"),
            submit_time: o.get("SubmitTime"),
            r#type: o.get("Type"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether the details of the real-time synchronization task or data synchronization
/// solution are obtained. Valid values: success: The details are obtained. fail: The details
/// fail to be obtained.
///
/// - `success`: The operation succeeded.
/// - `fail`: The operation failed; Message says why.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DataStatus` of this product's other operations, and the same type.
pub type DataStatus = crate::Enum<super::shared::enum_values::DataStatus>;
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum Aggregator {}
    impl crate::EnumValues for Aggregator {
        const NAME: &'static str = "Aggregator";
        const VALUES: &'static [&'static str] = &["avg", "max"];
    }
    #[derive(PartialEq)]
    pub enum Level {}
    impl crate::EnumValues for Level {
        const NAME: &'static str = "Level";
        const VALUES: &'static [&'static str] = &["WARNING", "CRITICAL"];
    }
    #[derive(PartialEq)]
    pub enum Metric {}
    impl crate::EnumValues for Metric {
        const NAME: &'static str = "Metric";
        const VALUES: &'static [&'static str] = &[
            "taskStatus",
            "bizDelay",
            "taskFailoverCount",
            "ddlUnsupport",
            "ddlReport",
            "totalDirtyRecordWriteInLines",
        ];
    }
}
