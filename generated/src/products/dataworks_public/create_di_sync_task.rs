// @generated from specs/dataworks-public/CreateDISyncTask.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `CreateDISyncTask`: Creates a data synchronization task.
//!
//! POST DataWorks (`dataworks-public`), API version `2020-05-18`. Not idempotent: only
//! throttling is retried.
//!
//! Notes on the documentation:
//!
//! - Success false, or a Data.Status other than success, is a failure even with HTTP 200;
//!   Data.Message says why.
//! - TaskContent and TaskParam hold JSON documents and travel as JSON text under their own
//!   names.
//! - Retrying could create a second task unless ClientToken is set; the client fills
//!   ClientToken in and reuses it across retries, so the call is retried safely.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-dataworks-public20200518 10.1.1
//!   request/response models; summary from the reference page
//!   (alibabacloud.com/help/en/dataworks/developer-reference/api-dataworks-public-2020-05-18-createdisynctask).
//!   The captured reference text lists no operation-specific error codes, so none are
//!   transcribed: errors arrive as the unknown-code variant with code and message intact.
use crate::runtime as rt;
pub use super::shared::DataStatus;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "CreateDISyncTask",
    method: "POST",
    idempotent: false,
    retryable_codes: &[],
    params: &[
        rt::Param::query("ProjectId").required(),
        rt::Param::query("TaskType").required(),
        rt::Param::body("TaskContent").required(),
        rt::Param::query("TaskParam"),
        rt::Param::query("TaskName"),
        rt::Param::query("ClientToken").length(None, Some(64)).ascii(),
    ],
};
/// `CreateDISyncTask`: Creates a data synchronization task.
///
/// Made by [`Client::create_di_sync_task`](super::Client::create_di_sync_task); set parameters,
/// then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`create_di_sync_task`](self), e.g. `create_di_sync_task::Data`.
pub type CreateDiSyncTask = crate::Call<CreateDiSyncTaskInput>;
impl<M> crate::Call<CreateDiSyncTaskInput, M> {
    /// Sets `ProjectId` (required): see [`CreateDiSyncTaskInput::project_id`].
    #[inline]
    pub fn project_id(mut self, value: i64) -> Self {
        self.input.project_id = Some(value);
        self
    }
    /// Sets `TaskType` (required): see [`CreateDiSyncTaskInput::task_type`].
    #[inline]
    pub fn task_type(mut self, value: impl Into<String>) -> Self {
        self.input.task_type = Some(value.into());
        self
    }
    /// Sets `TaskContent` (required): see [`CreateDiSyncTaskInput::task_content`].
    #[inline]
    pub fn task_content(mut self, value: impl Into<rt::JsonParam>) -> Self {
        self.input.task_content = Some(value.into());
        self
    }
    /// Sets `TaskParam` (optional): see [`CreateDiSyncTaskInput::task_param`].
    #[inline]
    pub fn task_param(mut self, value: impl Into<rt::JsonParam>) -> Self {
        self.input.task_param = Some(value.into());
        self
    }
    /// Sets `TaskName` (optional): see [`CreateDiSyncTaskInput::task_name`].
    #[inline]
    pub fn task_name(mut self, value: impl Into<String>) -> Self {
        self.input.task_name = Some(value.into());
        self
    }
    /// Sets `ClientToken` (optional): see [`CreateDiSyncTaskInput::client_token`].
    #[inline]
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.input.client_token = Some(value.into());
        self
    }
}
/// The parameters of [`CreateDISyncTask`](super::CreateDiSyncTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CreateDiSyncTaskInput {
    /// The DataWorks workspace ID. You can log on to the DataWorks console and go to the Workspace
    /// page to query the ID.
    ///
    /// Required. Sent as `ProjectId` in the query string.
    ///
    /// Example: `10000`
    pub project_id: Option<i64>,
    /// The type of the data synchronization task. Valid values: DI_OFFLINE, DI_REALTIME, and
    /// DI_SOLUTION.
    ///
    /// Required. Sent as `TaskType` in the query string.
    ///
    /// Example: `DI_OFFLINE`
    pub task_type: Option<String>,
    /// The script content of the data synchronization task.
    ///
    /// Required. Sent as `TaskContent` in the form-encoded body, as JSON text: give the text
    /// (checked to be JSON, then sent as it is) or a `serde_json::Value` (serialised).
    pub task_content: Option<rt::JsonParam>,
    /// The configuration parameters of the data synchronization task. The following parameters are
    /// supported: FileFolderPath: the storage path of the data synchronization task. ResourceGroup:
    /// the identifier of the resource group for Data Integration that is used by the data
    /// synchronization task. You can call the ListResourceGroups operation to query the identifier
    /// of the resource group. Cu: the specifications occupied by the data synchronization task in
    /// the serverless resource group. The value of this parameter must be a multiple of 0.5.
    ///
    /// Optional. Sent as `TaskParam` in the query string, as JSON text: give the text (checked to
    /// be JSON, then sent as it is) or a `serde_json::Value` (serialised).
    pub task_param: Option<rt::JsonParam>,
    /// The name of the data synchronization task.
    ///
    /// Optional. Sent as `TaskName` in the query string.
    ///
    /// Example: `new_di_task`
    pub task_name: Option<String>,
    /// The client token that is used to ensure the idempotence of the request. This parameter can
    /// be left empty.
    ///
    /// Optional. Sent as `ClientToken` in the query string.
    ///
    /// Checked before sending: at most 64 characters; ASCII only.
    ///
    /// Left unset, the client generates one per call and sends the same value on every retry of
    /// that call.
    pub client_token: Option<String>,
}
impl Default for CreateDiSyncTaskInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            project_id: None,
            task_type: None,
            task_content: None,
            task_param: None,
            task_name: None,
            client_token: None,
        }
    }
}
impl rt::OperationInput for CreateDiSyncTaskInput {
    type Output = CreateDiSyncTaskOutput;
    type Error = CreateDiSyncTaskError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::int(&self.project_id),
            rt::text(&self.task_type),
            rt::json(&self.task_content),
            rt::json(&self.task_param),
            rt::text(&self.task_name),
            rt::text(&self.client_token),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn client_token(&mut self) -> Option<&mut Option<String>> {
        Some(&mut self.client_token)
    }
}
/// What `CreateDISyncTask` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateDiSyncTaskOutput {
    /// The information that indicates whether the data synchronization task is created.
    ///
    /// Wire name: `Data`.
    pub data: Option<Data>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// Indicates whether the request was successful.
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
}
impl rt::FromJson for CreateDiSyncTaskOutput {
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
impl rt::Response for CreateDiSyncTaskOutput {
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
/// A failure reported by the service for [`CreateDISyncTask`](super::CreateDiSyncTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum CreateDiSyncTaskError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl CreateDiSyncTaskError {
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
impl From<crate::ErrorMeta> for CreateDiSyncTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for CreateDiSyncTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for CreateDiSyncTaskError {}
/// The information that indicates whether the data synchronization task is created.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Data {
    /// The ID of the data synchronization task that is created.
    ///
    /// Wire name: `FileId`.
    pub file_id: Option<i64>,
    /// The error message that is returned if the data synchronization task fails to be created. If
    /// the data synchronization task is successfully created, this parameter is not returned. If
    /// the data synchronization task fails to be created, an error message in the "Invalid path:
    /// Workflow/xxxx/Data Integration" format is returned.
    ///
    /// Wire name: `Message`.
    pub message: Option<String>,
    /// The creation status of the data synchronization task.
    ///
    /// Wire name: `Status`.
    pub status: Option<DataStatus>,
}
impl rt::FromJson for Data {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            file_id: o.get("FileId"),
            message: o.get("Message"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
