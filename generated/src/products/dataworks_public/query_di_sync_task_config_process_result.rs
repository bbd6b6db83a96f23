// @generated from specs/dataworks-public/QueryDISyncTaskConfigProcessResult.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `QueryDISyncTaskConfigProcessResult`: Queries the configuration that
//! GenerateDISyncTaskConfigForCreating generated asynchronously.
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
    action: "QueryDISyncTaskConfigProcessResult",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("ProjectId").required(),
        rt::Param::query("TaskType").required().one_of(TaskType::VALUES),
        rt::Param::query("AsyncProcessId").required(),
    ],
};
/// `QueryDISyncTaskConfigProcessResult`: Queries the configuration that
/// GenerateDISyncTaskConfigForCreating generated asynchronously.
///
/// Made by
/// [`Client::query_di_sync_task_config_process_result`](super::Client::query_di_sync_task_config_process_result);
/// set parameters, then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`query_di_sync_task_config_process_result`](self), e.g.
/// `query_di_sync_task_config_process_result::TaskType`.
pub type QueryDiSyncTaskConfigProcessResult = crate::Call<
    QueryDiSyncTaskConfigProcessResultInput,
>;
impl<M> crate::Call<QueryDiSyncTaskConfigProcessResultInput, M> {
    /// Sets `ProjectId` (required): see [`QueryDiSyncTaskConfigProcessResultInput::project_id`].
    #[inline]
    pub fn project_id(mut self, value: i64) -> Self {
        self.input.project_id = Some(value);
        self
    }
    /// Sets `TaskType` (required): see [`QueryDiSyncTaskConfigProcessResultInput::task_type`].
    #[inline]
    pub fn task_type(mut self, value: impl Into<TaskType>) -> Self {
        self.input.task_type = Some(value.into());
        self
    }
    /// Sets `AsyncProcessId` (required): see [`QueryDiSyncTaskConfigProcessResultInput::async_process_id`].
    #[inline]
    pub fn async_process_id(mut self, value: i64) -> Self {
        self.input.async_process_id = Some(value);
        self
    }
}
/// The parameters of [`QueryDISyncTaskConfigProcessResult`](super::QueryDiSyncTaskConfigProcessResult).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct QueryDiSyncTaskConfigProcessResultInput {
    /// The DataWorks workspace ID. You can log on to the DataWorks console and go to the Workspace
    /// page to obtain the ID. You must configure this parameter to specify the DataWorks workspace
    /// to which the API operation is applied.
    ///
    /// Required. Sent as `ProjectId` in the query string.
    ///
    /// Example: `10000`
    pub project_id: Option<i64>,
    /// The type of the object that you want to create or update in Data Integration in asynchronous
    /// mode. DI_REALTIME: real-time synchronization task DI_SOLUTION: synchronization solution
    /// DataWorks allows you to create or update real-time synchronization tasks and synchronization
    /// solutions in Data Integration only in asynchronous mode.
    ///
    /// Required. Sent as `TaskType` in the query string.
    ///
    /// Checked before sending: one of the values of [`TaskType`].
    ///
    /// Example: `DI_REALTIME`
    pub task_type: Option<TaskType>,
    /// The asynchronous thread ID. You can call the GenerateDISyncTaskConfigForCreating or
    /// GenerateDISyncTaskConfigForUpdating operation to obtain the ID. The
    /// GenerateDISyncTaskConfigForCreating operation is used to generate the ID of the asynchronous
    /// thread that is used to create a real-time synchronization task in Data Integration. The
    /// GenerateDISyncTaskConfigForUpdating operation is used to generate the ID of the asynchronous
    /// thread that is used to update a real-time synchronization task in Data Integration.
    ///
    /// Required. Sent as `AsyncProcessId` in the query string.
    ///
    /// Example: `1000`
    pub async_process_id: Option<i64>,
}
impl Default for QueryDiSyncTaskConfigProcessResultInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            project_id: None,
            task_type: None,
            async_process_id: None,
        }
    }
}
impl rt::OperationInput for QueryDiSyncTaskConfigProcessResultInput {
    type Output = QueryDiSyncTaskConfigProcessResultOutput;
    type Error = QueryDiSyncTaskConfigProcessResultError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::int(&self.project_id),
            rt::text(&self.task_type),
            rt::int(&self.async_process_id),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `QueryDISyncTaskConfigProcessResult` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDiSyncTaskConfigProcessResultOutput {
    /// The information returned for the parameters that are asynchronously generated and used to
    /// create or update a real-time synchronization task in Data Integration.
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
impl rt::FromJson for QueryDiSyncTaskConfigProcessResultOutput {
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
impl rt::Response for QueryDiSyncTaskConfigProcessResultOutput {
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
/// A failure reported by the service for [`QueryDISyncTaskConfigProcessResult`](super::QueryDiSyncTaskConfigProcessResult).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum QueryDiSyncTaskConfigProcessResultError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl QueryDiSyncTaskConfigProcessResultError {
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
impl From<crate::ErrorMeta> for QueryDiSyncTaskConfigProcessResultError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for QueryDiSyncTaskConfigProcessResultError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for QueryDiSyncTaskConfigProcessResultError {}
/// The type of the object that you want to create or update in Data Integration in asynchronous
/// mode. DI_REALTIME: real-time synchronization task DI_SOLUTION: synchronization solution
/// DataWorks allows you to create or update real-time synchronization tasks and synchronization
/// solutions in Data Integration only in asynchronous mode.
///
/// - `DI_OFFLINE`:
/// - `DI_REALTIME`:
/// - `DI_SOLUTION`:
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `TaskType` of this product's other operations, and the same type.
pub type TaskType = crate::Enum<super::shared::enum_values::TaskType>;
/// The information returned for the parameters that are asynchronously generated and used to
/// create or update a real-time synchronization task in Data Integration.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Data {
    /// The reason why the parameters fail to be obtained. If the parameters are obtained, the value
    /// null is returned.
    ///
    /// Wire name: `Message`.
    pub message: Option<String>,
    /// Indicates whether the parameters are obtained. Valid values: success: The parameters are
    /// obtained. fail: The parameters fail to be obtained. You can view the reason for the failure
    /// and troubleshoot the issue based on the reason.
    ///
    /// Wire name: `Status`.
    pub status: Option<DataStatus>,
    /// The parameters that are obtained. The parameters are used as the request parameters of the
    /// CreateDISyncTask or UpdateDISyncTask operation to create or update a real-time
    /// synchronization task in Data Integration.
    ///
    /// Wire name: `TaskContent`.
    pub task_content: Option<String>,
}
impl rt::FromJson for Data {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            message: o.get("Message"),
            status: o.get("Status"),
            task_content: o.get("TaskContent"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether the parameters are obtained. Valid values: success: The parameters are
/// obtained. fail: The parameters fail to be obtained. You can view the reason for the failure
/// and troubleshoot the issue based on the reason.
///
/// - `success`: The operation succeeded.
/// - `fail`: The operation failed; Message says why.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DataStatus` of this product's other operations, and the same type.
pub type DataStatus = crate::Enum<super::shared::enum_values::DataStatus>;
