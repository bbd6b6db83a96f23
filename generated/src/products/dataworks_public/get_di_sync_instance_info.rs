// @generated from specs/dataworks-public/GetDISyncInstanceInfo.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `GetDISyncInstanceInfo`: Queries the status of a real-time synchronization task or a data
//! synchronization solution.
//!
//! POST DataWorks (`dataworks-public`), API version `2020-05-18`. Idempotent: network failures
//! and server errors are retried.
//!
//! Notes on the documentation:
//!
//! - Data.Status is the state of the task, not the outcome of the call: only Success false is a
//!   failure. Its values are split by TaskType in the reference text (PAUSE, NORUN, RUN,
//!   KILLING, WAIT for DI_REALTIME; success and fail for DI_SOLUTION) and are listed together
//!   here.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-dataworks-public20200518 10.1.1
//!   request/response models; summary from the SDK's reference text (the page is not among the
//!   stored pages). The captured reference text lists no operation-specific error codes, so
//!   none are transcribed: errors arrive as the unknown-code variant with code and message
//!   intact.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "GetDISyncInstanceInfo",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("ProjectId").required(),
        rt::Param::query("TaskType").required(),
        rt::Param::query("FileId").required(),
    ],
};
/// `GetDISyncInstanceInfo`: Queries the status of a real-time synchronization task or a data
/// synchronization solution.
///
/// Made by [`Client::get_di_sync_instance_info`](super::Client::get_di_sync_instance_info); set
/// parameters, then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`get_di_sync_instance_info`](self), e.g. `get_di_sync_instance_info::Data`.
pub type GetDiSyncInstanceInfo = crate::Call<GetDiSyncInstanceInfoInput>;
impl<M> crate::Call<GetDiSyncInstanceInfoInput, M> {
    /// Sets `ProjectId` (required): see [`GetDiSyncInstanceInfoInput::project_id`].
    #[inline]
    pub fn project_id(mut self, value: i64) -> Self {
        self.input.project_id = Some(value);
        self
    }
    /// Sets `TaskType` (required): see [`GetDiSyncInstanceInfoInput::task_type`].
    #[inline]
    pub fn task_type(mut self, value: impl Into<String>) -> Self {
        self.input.task_type = Some(value.into());
        self
    }
    /// Sets `FileId` (required): see [`GetDiSyncInstanceInfoInput::file_id`].
    #[inline]
    pub fn file_id(mut self, value: i64) -> Self {
        self.input.file_id = Some(value);
        self
    }
}
/// The waiter `di_sync_instance_running`: made by
/// `Client::wait_until_di_sync_instance_running`, finished with [`wait`](crate::Call::wait).
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
#[derive(Clone, Debug, Default)]
pub struct DiSyncInstanceRunningWaiter(rt::WaitOptions);
impl rt::Waiter for DiSyncInstanceRunningWaiter {
    type Input = GetDiSyncInstanceInfoInput;
    const META: &'static rt::WaiterMeta = &rt::WaiterMeta {
        name: "di_sync_instance_running",
        success: &["RUN"],
        failure: &["KILLING", "fail"],
        min_delay: std::time::Duration::from_secs(5u64),
        max_delay: std::time::Duration::from_secs(60u64),
        timeout: std::time::Duration::from_secs(1800u64),
    };
    #[inline]
    fn state(out: &GetDiSyncInstanceInfoOutput) -> Option<&str> {
        out.data.as_ref().and_then(|v| v.status.as_ref()).map(|s| s.as_str())
    }
    #[inline]
    fn missing(input: &GetDiSyncInstanceInfoInput) -> Option<&'static str> {
        if input.project_id.is_none() {
            return Some("ProjectId");
        }
        if input.task_type.is_none() {
            return Some("TaskType");
        }
        if input.file_id.is_none() {
            return Some("FileId");
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
/// The waiter `di_sync_instance_finished`: made by
/// `Client::wait_until_di_sync_instance_finished`, finished with [`wait`](crate::Call::wait).
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
#[derive(Clone, Debug, Default)]
pub struct DiSyncInstanceFinishedWaiter(rt::WaitOptions);
impl rt::Waiter for DiSyncInstanceFinishedWaiter {
    type Input = GetDiSyncInstanceInfoInput;
    const META: &'static rt::WaiterMeta = &rt::WaiterMeta {
        name: "di_sync_instance_finished",
        success: &["success"],
        failure: &["fail"],
        min_delay: std::time::Duration::from_secs(10u64),
        max_delay: std::time::Duration::from_secs(120u64),
        timeout: std::time::Duration::from_secs(14400u64),
    };
    #[inline]
    fn state(out: &GetDiSyncInstanceInfoOutput) -> Option<&str> {
        out.data.as_ref().and_then(|v| v.status.as_ref()).map(|s| s.as_str())
    }
    #[inline]
    fn missing(input: &GetDiSyncInstanceInfoInput) -> Option<&'static str> {
        if input.project_id.is_none() {
            return Some("ProjectId");
        }
        if input.task_type.is_none() {
            return Some("TaskType");
        }
        if input.file_id.is_none() {
            return Some("FileId");
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
/// The parameters of [`GetDISyncInstanceInfo`](super::GetDiSyncInstanceInfo).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct GetDiSyncInstanceInfoInput {
    /// The DataWorks workspace ID. You can log on to the DataWorks console and go to the Workspace
    /// page to query the ID. You must configure this parameter to specify the DataWorks workspace
    /// to which the API operation is applied.
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
    /// If you set the TaskType parameter to DI_REALTIME, set the FileId parameter to the ID of the
    /// real-time synchronization task that you want to query. If you set the TaskType parameter to
    /// DI_SOLUTION, set the FileId parameter to the ID of the data synchronization solution that
    /// you want to query. You can call the ListFiles operation to query the ID of the real-time
    /// synchronization task or data synchronization solution.
    ///
    /// Required. Sent as `FileId` in the query string.
    ///
    /// Example: `100`
    pub file_id: Option<i64>,
}
impl Default for GetDiSyncInstanceInfoInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            project_id: None,
            task_type: None,
            file_id: None,
        }
    }
}
impl rt::OperationInput for GetDiSyncInstanceInfoInput {
    type Output = GetDiSyncInstanceInfoOutput;
    type Error = GetDiSyncInstanceInfoError;
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
/// What `GetDISyncInstanceInfo` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDiSyncInstanceInfoOutput {
    /// The status of the real-time synchronization task or data synchronization solution.
    ///
    /// Wire name: `Data`.
    pub data: Option<Data>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// Indicates whether the request was successful. Valid values: true false
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
}
impl rt::FromJson for GetDiSyncInstanceInfoOutput {
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
impl rt::Response for GetDiSyncInstanceInfoOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn failure(&self) -> Option<rt::BodyFailure> {
        let failed = self.success.as_ref() == Some(&false);
        failed.then(rt::BodyFailure::default)
    }
}
/// A failure reported by the service for [`GetDISyncInstanceInfo`](super::GetDiSyncInstanceInfo).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum GetDiSyncInstanceInfoError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl GetDiSyncInstanceInfoError {
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
impl From<crate::ErrorMeta> for GetDiSyncInstanceInfoError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for GetDiSyncInstanceInfoError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for GetDiSyncInstanceInfoError {}
/// The status of the real-time synchronization task or data synchronization solution.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Data {
    /// The cause of the failure to obtain the status of the real-time synchronization task or data
    /// synchronization solution. If the status of the real-time synchronization task or data
    /// synchronization solution is obtained, the value null is returned.
    ///
    /// Wire name: `Message`.
    pub message: Option<String>,
    /// If the TaskType parameter is set to DI_REALTIME, the Name parameter indicates the name of
    /// the real-time synchronization task. If the TaskType parameter is set to DI_SOLUTION, the
    /// value null is returned.
    ///
    /// Wire name: `Name`.
    pub name: Option<String>,
    /// If the TaskType parameter is set to DI_REALTIME, the value null is returned. If the TaskType
    /// parameter is set to DI_SOLUTION, the SolutionInfo parameter indicates the details of the
    /// data synchronization solution.
    ///
    /// Wire name: `SolutionInfo`.
    pub solution_info: Option<SolutionInfo>,
    /// The state of the real-time synchronization task (TaskType DI_REALTIME) or of the data
    /// synchronization solution (DI_SOLUTION).
    ///
    /// Wire name: `Status`.
    pub status: Option<InstanceStatus>,
}
impl rt::FromJson for Data {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            message: o.get("Message"),
            name: o.get("Name"),
            solution_info: o.get("SolutionInfo"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// If the TaskType parameter is set to DI_REALTIME, the value null is returned. If the TaskType
/// parameter is set to DI_SOLUTION, the SolutionInfo parameter indicates the details of the
/// data synchronization solution.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SolutionInfo {
    /// The creator of the data synchronization solution.
    ///
    /// Wire name: `CreatorName`.
    pub creator_name: Option<String>,
    /// The ID of the data synchronization solution.
    ///
    /// Wire name: `Id`.
    pub id: Option<i64>,
    /// The status of the data synchronization solution.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
    /// The step details of the data synchronization solution.
    ///
    /// Wire name: `StepDetail`.
    pub step_detail: Option<Vec<StepDetail>>,
}
impl rt::FromJson for SolutionInfo {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            creator_name: o.get("CreatorName"),
            id: o.get("Id"),
            status: o.get("Status"),
            step_detail: o.get("StepDetail"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// One item of `StepDetail`. The step details of the data synchronization solution.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StepDetail {
    /// The information of the data synchronization solution.
    ///
    /// Wire name: `Info`.
    pub info: Option<String>,
    /// The status of the step in the data synchronization solution.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
    /// The ID of the step in the data synchronization solution.
    ///
    /// Wire name: `StepId`.
    pub step_id: Option<i64>,
    /// The name of the step in the data synchronization solution.
    ///
    /// Wire name: `StepName`.
    pub step_name: Option<String>,
}
impl rt::FromJson for StepDetail {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            info: o.get("Info"),
            status: o.get("Status"),
            step_id: o.get("StepId"),
            step_name: o.get("StepName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The state of the real-time synchronization task (TaskType DI_REALTIME) or of the data
/// synchronization solution (DI_SOLUTION).
///
/// - `PAUSE`: Paused (DI_REALTIME).
/// - `NORUN`: Not running (DI_REALTIME).
/// - `RUN`: Running (DI_REALTIME).
/// - `KILLING`: Being terminated (DI_REALTIME).
/// - `WAIT`: Waiting to run (DI_REALTIME).
/// - `success`: The solution succeeded (DI_SOLUTION).
/// - `fail`: The solution failed (DI_SOLUTION).
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type InstanceStatus = crate::Enum<enum_values::InstanceStatus>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::InstanceStatus> {
    /// `PAUSE`
    ///
    /// Paused (DI_REALTIME).
    pub const Pause: Self = Self::known("PAUSE");
    /// `NORUN`
    ///
    /// Not running (DI_REALTIME).
    pub const Norun: Self = Self::known("NORUN");
    /// `RUN`
    ///
    /// Running (DI_REALTIME).
    pub const Run: Self = Self::known("RUN");
    /// `KILLING`
    ///
    /// Being terminated (DI_REALTIME).
    pub const Killing: Self = Self::known("KILLING");
    /// `WAIT`
    ///
    /// Waiting to run (DI_REALTIME).
    pub const Wait: Self = Self::known("WAIT");
    /// `success`
    ///
    /// The solution succeeded (DI_SOLUTION).
    pub const Success: Self = Self::known("success");
    /// `fail`
    ///
    /// The solution failed (DI_SOLUTION).
    pub const Fail: Self = Self::known("fail");
}
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum InstanceStatus {}
    impl crate::EnumValues for InstanceStatus {
        const NAME: &'static str = "InstanceStatus";
        const VALUES: &'static [&'static str] = &[
            "PAUSE",
            "NORUN",
            "RUN",
            "KILLING",
            "WAIT",
            "success",
            "fail",
        ];
    }
}
