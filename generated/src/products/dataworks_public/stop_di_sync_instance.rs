// @generated from specs/dataworks-public/StopDISyncInstance.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `StopDISyncInstance`: Stops a real-time synchronization task.
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
    action: "StopDISyncInstance",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("ProjectId").required(),
        rt::Param::query("TaskType").required(),
        rt::Param::query("FileId").required(),
    ],
};
/// `StopDISyncInstance`: Stops a real-time synchronization task.
///
/// Made by [`Client::stop_di_sync_instance`](super::Client::stop_di_sync_instance); set
/// parameters, then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`stop_di_sync_instance`](self), e.g. `stop_di_sync_instance::Data`.
pub type StopDiSyncInstance = crate::Call<StopDiSyncInstanceInput>;
impl<M> crate::Call<StopDiSyncInstanceInput, M> {
    /// Sets `ProjectId` (required): see [`StopDiSyncInstanceInput::project_id`].
    #[inline]
    pub fn project_id(mut self, value: i64) -> Self {
        self.input.project_id = Some(value);
        self
    }
    /// Sets `TaskType` (required): see [`StopDiSyncInstanceInput::task_type`].
    #[inline]
    pub fn task_type(mut self, value: impl Into<String>) -> Self {
        self.input.task_type = Some(value.into());
        self
    }
    /// Sets `FileId` (required): see [`StopDiSyncInstanceInput::file_id`].
    #[inline]
    pub fn file_id(mut self, value: i64) -> Self {
        self.input.file_id = Some(value);
        self
    }
}
/// The parameters of [`StopDISyncInstance`](super::StopDiSyncInstance).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct StopDiSyncInstanceInput {
    /// The ID of the DataWorks workspace. You can log on to the DataWorks console and go to the
    /// Workspace page to obtain the workspace ID. You must configure this parameter to specify the
    /// DataWorks workspace to which the API operation is applied.
    ///
    /// Required. Sent as `ProjectId` in the query string.
    ///
    /// Example: `10000`
    pub project_id: Option<i64>,
    /// The type of the synchronization task that you want to stop. Set the value to DI_REALTIME.
    /// DI_REALTIME indicates a real-time synchronization task.
    ///
    /// Required. Sent as `TaskType` in the query string.
    ///
    /// Example: `DI_REALTIME`
    pub task_type: Option<String>,
    /// The ID of the synchronization task. You can call the ListFiles operation to query the ID.
    ///
    /// Required. Sent as `FileId` in the query string.
    ///
    /// Example: `100`
    pub file_id: Option<i64>,
}
impl Default for StopDiSyncInstanceInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            project_id: None,
            task_type: None,
            file_id: None,
        }
    }
}
impl rt::OperationInput for StopDiSyncInstanceInput {
    type Output = StopDiSyncInstanceOutput;
    type Error = StopDiSyncInstanceError;
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
/// What `StopDISyncInstance` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StopDiSyncInstanceOutput {
    /// The information returned for the synchronization task.
    ///
    /// Wire name: `Data`.
    pub data: Option<Data>,
    /// The request ID. You can locate logs and troubleshoot issues based on the ID.
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// Indicates whether the request was successful. Valid values: true false
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
}
impl rt::FromJson for StopDiSyncInstanceOutput {
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
impl rt::Response for StopDiSyncInstanceOutput {
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
/// A failure reported by the service for [`StopDISyncInstance`](super::StopDiSyncInstance).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum StopDiSyncInstanceError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl StopDiSyncInstanceError {
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
impl From<crate::ErrorMeta> for StopDiSyncInstanceError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for StopDiSyncInstanceError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for StopDiSyncInstanceError {}
/// The information returned for the synchronization task.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Data {
    /// The reason why the synchronization task fails to be stopped. If the synchronization task is
    /// stopped, the value null is returned.
    ///
    /// Wire name: `Message`.
    pub message: Option<String>,
    /// Indicates whether the synchronization task is stopped.
    ///
    /// Wire name: `Status`.
    pub status: Option<DataStatus>,
}
impl rt::FromJson for Data {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            message: o.get("Message"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether the synchronization task is stopped.
///
/// - `success`: The operation succeeded.
/// - `fail`: The operation failed; Message says why.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DataStatus` of this product's other operations, and the same type.
pub type DataStatus = crate::Enum<super::shared::enum_values::DataStatus>;
