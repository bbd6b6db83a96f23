// @generated from specs/dataworks-public/UpdateDISyncTask.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `UpdateDISyncTask`: Updates a data synchronization task.
//!
//! RAM action `dataworks:*`, access level `get`, resource `*`.
//!
//! POST DataWorks (`dataworks-public`), API version `2020-05-18`. Idempotent: network failures
//! and server errors are retried.
//!
//! Notes on the documentation:
//!
//! - The page's "Response parameters" table is empty in the capture; the response fields are
//!   transcribed from its JSON sample (Success, RequestId, Data.Status, Data.Message). The
//!   value "fail" of Data.Status is the product's documented failure value, not shown on this
//!   page.
//! - The page's TaskParam description is cut off after "in the JSON format."; the field
//!   ResourceGroup is taken from its example, and other keys are carried through unchanged.
//! - TaskContent and TaskParam are documented as string but hold JSON documents; they travel as
//!   JSON text under their own names. The page asks to leave TaskContent empty when it is not
//!   changed, yet marks it required: the client requires it, as the page's table says.
//! - The RAM table names "`dataworks:*`" with access level "get"; both are transcribed as
//!   shown.
//! - The Rust names are derived from the wire name (UpdateDiSyncTask, update_di_sync_task); the
//!   wire name stays UpdateDISyncTask.
//! - A Data.Status other than "success", or Success false, is a failure even with HTTP 200.
//!   Updating a task with the same content twice has the same effect, so retrying is safe.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "UpdateDISyncTask",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("ProjectId").required(),
        rt::Param::query("TaskType").required().one_of(TaskType::VALUES),
        rt::Param::query("TaskContent").required(),
        rt::Param::query("TaskParam").required(),
        rt::Param::query("FileId").required(),
    ],
};
/// `UpdateDISyncTask`: Updates a data synchronization task.
///
/// Made by [`Client::update_di_sync_task`](super::Client::update_di_sync_task); set parameters,
/// then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`update_di_sync_task`](self), e.g. `update_di_sync_task::TaskType`.
pub type UpdateDiSyncTask = crate::Call<UpdateDiSyncTaskInput>;
impl<M> crate::Call<UpdateDiSyncTaskInput, M> {
    /// Sets `ProjectId` (required): see [`UpdateDiSyncTaskInput::project_id`].
    #[inline]
    pub fn project_id(mut self, value: i64) -> Self {
        self.input.project_id = Some(value);
        self
    }
    /// Sets `TaskType` (required): see [`UpdateDiSyncTaskInput::task_type`].
    #[inline]
    pub fn task_type(mut self, value: impl Into<TaskType>) -> Self {
        self.input.task_type = Some(value.into());
        self
    }
    /// Sets `TaskContent` (required): see [`UpdateDiSyncTaskInput::task_content`].
    #[inline]
    pub fn task_content(mut self, value: impl Into<rt::JsonParam>) -> Self {
        self.input.task_content = Some(value.into());
        self
    }
    /// Sets `TaskParam` (required): see [`UpdateDiSyncTaskInput::task_param`].
    #[inline]
    pub fn task_param(mut self, value: impl Into<rt::JsonParam<TaskParam>>) -> Self {
        self.input.task_param = Some(value.into());
        self
    }
    /// Sets `FileId` (required): see [`UpdateDiSyncTaskInput::file_id`].
    #[inline]
    pub fn file_id(mut self, value: i64) -> Self {
        self.input.file_id = Some(value);
        self
    }
}
/// The parameters of [`UpdateDISyncTask`](super::UpdateDiSyncTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct UpdateDiSyncTaskInput {
    /// The ID of the DataWorks workspace. You can log on to the DataWorks console and go to the
    /// Workspace page to obtain the workspace ID. You must configure this parameter to specify the
    /// DataWorks workspace to which the API operation is applied.
    ///
    /// Required. Sent as `ProjectId` in the query string.
    ///
    /// Example: `10000`
    pub project_id: Option<i64>,
    /// The type of the data synchronization task. Set the value to DI_OFFLINE. You can call the
    /// UpdateDISyncTask operation to update only batch synchronization tasks.
    ///
    /// Required. Sent as `TaskType` in the query string.
    ///
    /// Checked before sending: one of the values of [`TaskType`].
    ///
    /// Example: `DI_OFFLINE`
    pub task_type: Option<TaskType>,
    /// The updated configurations of the data synchronization task. Calling this API operation to
    /// update a data synchronization task is equivalent to updating a data synchronization task by
    /// using the code editor in the DataWorks console. For more information, see Create a
    /// synchronization task by using the code editor. You can call the UpdateDISyncTask operation
    /// to update only batch synchronization tasks. If you do not need to update the configurations
    /// of the data synchronization task, leave this parameter empty.
    ///
    /// Required. Sent as `TaskContent` in the query string, as JSON text: give the text (checked to
    /// be JSON, then sent as it is) or a `serde_json::Value` (serialised).
    ///
    /// Example:
    ///
    /// ```json
    /// {
    ///   "type": "job",
    ///   "version": "2.0",
    ///   "steps": [
    ///     {
    ///       "stepType": "mysql",
    ///       "parameter": {
    ///         "envType": 1,
    ///         "datasource": "mysql_pub",
    ///         "column": ["id", "name", "create_time", "age", "score", "t_01"],
    ///         "connection": [
    ///           {
    ///             "datasource": "mysql_pub",
    ///             "table": ["u_pk"]
    ///           }
    ///         ],
    ///         "where": "",
    ///         "splitPk": "id",
    ///         "encoding": "UTF-8"
    ///       },
    ///       "name": "Reader",
    ///       "category": "reader"
    ///     },
    ///     {
    ///       "stepType": "odps",
    ///       "parameter": {
    ///         "partition": "pt=${bizdate}",
    ///         "truncate": true,
    ///         "datasource": "odps_first",
    ///         "envType": 1,
    ///         "column": ["id", "name", "create_time", "age", "score", "t_01"],
    ///         "emptyAsNull": false,
    ///         "tableComment": "null",
    ///         "table": "u_pk"
    ///       },
    ///       "name": "Writer",
    ///       "category": "writer"
    ///     }
    ///   ],
    ///   "setting": {
    ///     "executeMode": null,
    ///     "errorLimit": {"record": ""},
    ///     "speed": {"concurrent": 2, "throttle": false}
    ///   },
    ///   "order": {
    ///     "hops": [
    ///       {"from": "Reader", "to": "Writer"}
    ///     ]
    ///   }
    /// }
    /// ```
    pub task_content: Option<rt::JsonParam>,
    /// The configuration parameters of the data synchronization task. You must configure this
    /// parameter in the JSON format.
    ///
    /// Required. Sent as `TaskParam` in the query string, as JSON text: give the text (checked to
    /// be JSON, then sent as it is) or a typed value (serialised).
    ///
    /// Example: `{"ResourceGroup":"S_res_group_XXX_XXXX"}`
    pub task_param: Option<rt::JsonParam<TaskParam>>,
    /// The ID of the data synchronization task. You can call the ListFiles operation to query the
    /// ID.
    ///
    /// Required. Sent as `FileId` in the query string.
    ///
    /// Example: `1000000`
    pub file_id: Option<i64>,
}
impl Default for UpdateDiSyncTaskInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            project_id: None,
            task_type: None,
            task_content: None,
            task_param: None,
            file_id: None,
        }
    }
}
impl rt::OperationInput for UpdateDiSyncTaskInput {
    type Output = UpdateDiSyncTaskOutput;
    type Error = UpdateDiSyncTaskError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::int(&self.project_id),
            rt::text(&self.task_type),
            rt::json(&self.task_content),
            rt::json(&self.task_param),
            rt::int(&self.file_id),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `UpdateDISyncTask` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateDiSyncTaskOutput {
    /// Indicates whether the request was successful.
    ///
    /// Example: `true`
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
    /// The request ID.
    ///
    /// Example: `0bc1411515937635973****`
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// The result of the update.
    ///
    /// Wire name: `Data`.
    pub data: Option<Data>,
}
impl rt::FromJson for UpdateDiSyncTaskOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            success: o.get("Success"),
            request_id: o.get("RequestId"),
            data: o.get("Data"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for UpdateDiSyncTaskOutput {
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
/// A failure reported by the service for [`UpdateDISyncTask`](super::UpdateDiSyncTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum UpdateDiSyncTaskError {
    /// `Invalid.DI.Parameter` (HTTP 400)
    ///
    /// The parameter is invalid.
    InvalidDiParameter(crate::ErrorMeta),
    /// `Forbidden.DI.NoPrivilege` (HTTP 403)
    ///
    /// No access.
    ForbiddenDiNoPrivilege(crate::ErrorMeta),
    /// `InternalError.DI.Parameter` (HTTP 500)
    ///
    /// A DI internal error occurred.
    InternalErrorDiParameter(crate::ErrorMeta),
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl UpdateDiSyncTaskError {
    /// Status, code, message and request ID, as the service sent them.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn meta(&self) -> &crate::ErrorMeta {
        match self {
            Self::InvalidDiParameter(m)
            | Self::ForbiddenDiNoPrivilege(m)
            | Self::InternalErrorDiParameter(m)
            | Self::Unknown(m) => m,
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
impl From<crate::ErrorMeta> for UpdateDiSyncTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        match meta.code.as_str() {
            "Invalid.DI.Parameter" => Self::InvalidDiParameter(meta),
            "Forbidden.DI.NoPrivilege" => Self::ForbiddenDiNoPrivilege(meta),
            "InternalError.DI.Parameter" => Self::InternalErrorDiParameter(meta),
            _ => Self::Unknown(meta),
        }
    }
}
impl std::fmt::Display for UpdateDiSyncTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for UpdateDiSyncTaskError {}
/// The type of the data synchronization task. Set the value to DI_OFFLINE. You can call the
/// UpdateDISyncTask operation to update only batch synchronization tasks.
///
/// - `DI_OFFLINE`: A batch synchronization task.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type TaskType = crate::Enum<enum_values::TaskType>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::TaskType> {
    /// `DI_OFFLINE`
    ///
    /// A batch synchronization task.
    pub const DiOffline: Self = Self::known("DI_OFFLINE");
}
/// The configuration parameters of the data synchronization task. You must configure this
/// parameter in the JSON format.
#[derive(Clone, Debug, Default)]
pub struct TaskParam {
    /// The identifier of the exclusive resource group for Data Integration.
    ///
    /// Example: `S_res_group_XXX_XXXX`
    ///
    /// Wire name: `ResourceGroup`.
    pub resource_group: Option<String>,
    /// Keys beyond the documented fields, kept as they are.
    pub extra: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for TaskParam {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        if let Some(v) = &self.resource_group {
            m.serialize_entry("ResourceGroup", v)?;
        }
        for (k, v) in &self.extra {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}
impl rt::JsonData for TaskParam {}
/// The result of the update.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Data {
    /// Whether the task was updated.
    ///
    /// Example: `success`
    ///
    /// Wire name: `Status`.
    pub status: Option<Status>,
    /// The reason for a failed update.
    ///
    /// Example: `ResourceGroup:[S_res_group_XXX] is invalid.`
    ///
    /// Wire name: `Message`.
    pub message: Option<String>,
}
impl rt::FromJson for Data {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            status: o.get("Status"),
            message: o.get("Message"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Whether the task was updated.
///
/// - `success`: The task was updated.
/// - `fail`: The task failed to be updated; Message says why.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DataStatus` of this product's other operations, and the same type:
/// constants and `Debug` output are `DataStatus`'s.
pub type Status = crate::Enum<super::shared::enum_values::DataStatus>;
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum TaskType {}
    impl crate::EnumValues for TaskType {
        const NAME: &'static str = "TaskType";
        const VALUES: &'static [&'static str] = &["DI_OFFLINE"];
    }
}
