// @generated from specs/dataworks-public/DeployDISyncTask.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `DeployDISyncTask`: Deploys a real-time synchronization task or a data synchronization
//! solution.
//!
//! POST DataWorks (`dataworks-public`), API version `2020-05-18`. Idempotent: network failures
//! and server errors are retried.
//!
//! Notes on the documentation:
//!
//! - Success false, or a Data.Status other than success, is a failure even with HTTP 200;
//!   Data.Message says why.
//! - The page describes ProjectId with the text of TaskType, a slip; the spec keeps the
//!   workspace description the other DI pages give.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-dataworks-public20200518 10.1.1
//!   request/response models; summary from the reference page
//!   (alibabacloud.com/help/en/dataworks/developer-reference/api-deploydisynctask). The
//!   captured reference text lists no operation-specific error codes, so none are transcribed:
//!   errors arrive as the unknown-code variant with code and message intact.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "DeployDISyncTask",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("ProjectId").required(),
        rt::Param::query("TaskType").required(),
        rt::Param::query("FileId").required(),
    ],
};
/// `DeployDISyncTask`: Deploys a real-time synchronization task or a data synchronization
/// solution.
///
/// Made by [`Client::deploy_di_sync_task`](super::Client::deploy_di_sync_task); set parameters,
/// then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`deploy_di_sync_task`](self), e.g. `deploy_di_sync_task::Data`.
pub type DeployDiSyncTask = crate::Call<DeployDiSyncTaskInput>;
impl<M> crate::Call<DeployDiSyncTaskInput, M> {
    /// Sets `ProjectId` (required): see [`DeployDiSyncTaskInput::project_id`].
    #[inline]
    pub fn project_id(mut self, value: i64) -> Self {
        self.input.project_id = Some(value);
        self
    }
    /// Sets `TaskType` (required): see [`DeployDiSyncTaskInput::task_type`].
    #[inline]
    pub fn task_type(mut self, value: impl Into<String>) -> Self {
        self.input.task_type = Some(value.into());
        self
    }
    /// Sets `FileId` (required): see [`DeployDiSyncTaskInput::file_id`].
    #[inline]
    pub fn file_id(mut self, value: i64) -> Self {
        self.input.file_id = Some(value);
        self
    }
}
/// The parameters of [`DeployDISyncTask`](super::DeployDiSyncTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct DeployDiSyncTaskInput {
    /// The type of the object that you want to deploy. Valid values: DI_REALTIME: real-time
    /// synchronization node DI_SOLUTION: data synchronization solution
    ///
    /// Required. Sent as `ProjectId` in the query string.
    ///
    /// Example: `10000`
    pub project_id: Option<i64>,
    /// The type of the object that you want to deploy. Valid values: DI_REALTIME: real-time
    /// synchronization task DI_SOLUTION: synchronization task created in Data Integration
    ///
    /// Required. Sent as `TaskType` in the query string.
    ///
    /// Example: `DI_REALTIME`
    pub task_type: Option<String>,
    /// If you set the TaskType parameter to DI_REALTIME, set the FileId parameter to the ID of the
    /// real-time synchronization task that you want to deploy. If you set the TaskType parameter to
    /// DI_SOLUTION, set the FileId parameter to the ID of the synchronization task that you want to
    /// deploy. You can call the ListFiles operation to query the ID of the real-time
    /// synchronization task or the synchronization task created in Data Integration.
    ///
    /// Required. Sent as `FileId` in the query string.
    ///
    /// Example: `100`
    pub file_id: Option<i64>,
}
impl Default for DeployDiSyncTaskInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            project_id: None,
            task_type: None,
            file_id: None,
        }
    }
}
impl rt::OperationInput for DeployDiSyncTaskInput {
    type Output = DeployDiSyncTaskOutput;
    type Error = DeployDiSyncTaskError;
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
/// What `DeployDISyncTask` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeployDiSyncTaskOutput {
    /// Indicates whether the real-time synchronization node or data synchronization solution is
    /// deployed. Valid values: success: The real-time synchronization node or data synchronization
    /// solution is deployed. fail: The real-time synchronization node or data synchronization
    /// solution fails to be deployed.
    ///
    /// Wire name: `Data`.
    pub data: Option<Data>,
    /// The request ID. You can use the ID to query logs and troubleshoot issues.
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// The ID of the request. You can query logs and troubleshoot issues based on the ID.
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
}
impl rt::FromJson for DeployDiSyncTaskOutput {
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
impl rt::Response for DeployDiSyncTaskOutput {
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
/// A failure reported by the service for [`DeployDISyncTask`](super::DeployDiSyncTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum DeployDiSyncTaskError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl DeployDiSyncTaskError {
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
impl From<crate::ErrorMeta> for DeployDiSyncTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for DeployDiSyncTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for DeployDiSyncTaskError {}
/// Indicates whether the real-time synchronization node or data synchronization solution is
/// deployed. Valid values: success: The real-time synchronization node or data synchronization
/// solution is deployed. fail: The real-time synchronization node or data synchronization
/// solution fails to be deployed.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Data {
    /// The reason for the failure to publish a data integration synchronization task. If the data
    /// integration synchronization task is published successfully, the return value of this
    /// parameter is empty.
    ///
    /// Wire name: `Message`.
    pub message: Option<String>,
    /// The cause of the failure to deploy the real-time synchronization node or data
    /// synchronization solution. If the real-time synchronization node or data synchronization
    /// solution is deployed, the value null is returned.
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
/// The cause of the failure to deploy the real-time synchronization node or data
/// synchronization solution. If the real-time synchronization node or data synchronization
/// solution is deployed, the value null is returned.
///
/// - `success`: The operation succeeded.
/// - `fail`: The operation failed; Message says why.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DataStatus` of this product's other operations, and the same type.
pub type DataStatus = crate::Enum<super::shared::enum_values::DataStatus>;
