// @generated from specs/dataworks-public/DeleteDISyncTask.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `DeleteDISyncTask`: Deletes a real-time synchronization task.
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
    action: "DeleteDISyncTask",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("ProjectId").required(),
        rt::Param::query("TaskType").required(),
        rt::Param::query("FileId").required(),
    ],
};
/// `DeleteDISyncTask`: Deletes a real-time synchronization task.
///
/// Made by [`Client::delete_di_sync_task`](super::Client::delete_di_sync_task); set parameters,
/// then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`delete_di_sync_task`](self), e.g. `delete_di_sync_task::Data`.
pub type DeleteDiSyncTask = crate::Call<DeleteDiSyncTaskInput>;
impl<M> crate::Call<DeleteDiSyncTaskInput, M> {
    /// Sets `ProjectId` (required): see [`DeleteDiSyncTaskInput::project_id`].
    #[inline]
    pub fn project_id(mut self, value: i64) -> Self {
        self.input.project_id = Some(value);
        self
    }
    /// Sets `TaskType` (required): see [`DeleteDiSyncTaskInput::task_type`].
    #[inline]
    pub fn task_type(mut self, value: impl Into<String>) -> Self {
        self.input.task_type = Some(value.into());
        self
    }
    /// Sets `FileId` (required): see [`DeleteDiSyncTaskInput::file_id`].
    #[inline]
    pub fn file_id(mut self, value: i64) -> Self {
        self.input.file_id = Some(value);
        self
    }
}
/// The parameters of [`DeleteDISyncTask`](super::DeleteDiSyncTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct DeleteDiSyncTaskInput {
    /// The ID of the DataWorks workspace. You can log on to the DataWorks console and go to the
    /// Workspace page to obtain the workspace ID. You must configure this parameter to specify the
    /// DataWorks workspace to which the operation is applied.
    ///
    /// Required. Sent as `ProjectId` in the query string.
    ///
    /// Example: `10000`
    pub project_id: Option<i64>,
    /// The type of the task. Set the value to DI_REALTIME, which indicates a real-time
    /// synchronization task.
    ///
    /// Required. Sent as `TaskType` in the query string.
    ///
    /// Example: `DI_REALTIME`
    pub task_type: Option<String>,
    /// The ID of the real-time synchronization task. You can call the ListFiles operation to query
    /// the ID.
    ///
    /// Required. Sent as `FileId` in the query string.
    ///
    /// Example: `100`
    pub file_id: Option<i64>,
}
impl Default for DeleteDiSyncTaskInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            project_id: None,
            task_type: None,
            file_id: None,
        }
    }
}
impl rt::OperationInput for DeleteDiSyncTaskInput {
    type Output = DeleteDiSyncTaskOutput;
    type Error = DeleteDiSyncTaskError;
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
/// What `DeleteDISyncTask` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteDiSyncTaskOutput {
    /// The deletion result.
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
impl rt::FromJson for DeleteDiSyncTaskOutput {
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
impl rt::Response for DeleteDiSyncTaskOutput {
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
/// A failure reported by the service for [`DeleteDISyncTask`](super::DeleteDiSyncTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum DeleteDiSyncTaskError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl DeleteDiSyncTaskError {
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
impl From<crate::ErrorMeta> for DeleteDiSyncTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for DeleteDiSyncTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for DeleteDiSyncTaskError {}
/// The deletion result.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Data {
    /// The reason why the synchronization task fails to be deleted. If the synchronization task is
    /// deleted, the value null is returned for this parameter.
    ///
    /// Wire name: `Message`.
    pub message: Option<String>,
    /// Indicates whether the synchronization task is deleted. Valid values: success: The
    /// synchronization task is deleted. fail: The synchronization task fails to be deleted. You can
    /// troubleshoot the issue based on the failure reason.
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
/// Indicates whether the synchronization task is deleted. Valid values: success: The
/// synchronization task is deleted. fail: The synchronization task fails to be deleted. You can
/// troubleshoot the issue based on the failure reason.
///
/// - `success`: The operation succeeded.
/// - `fail`: The operation failed; Message says why.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DataStatus` of this product's other operations, and the same type.
pub type DataStatus = crate::Enum<super::shared::enum_values::DataStatus>;
