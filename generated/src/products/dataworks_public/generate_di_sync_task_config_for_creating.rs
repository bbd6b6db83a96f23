// @generated from specs/dataworks-public/GenerateDISyncTaskConfigForCreating.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `GenerateDISyncTaskConfigForCreating`: Starts generating, asynchronously, the configuration
//! for creating a real-time synchronization task or a data synchronization solution.
//!
//! POST DataWorks (`dataworks-public`), API version `2020-05-18`. Idempotent: network failures
//! and server errors are retried.
//!
//! Notes on the documentation:
//!
//! - Success false, or a Data.Status other than success, is a failure even with HTTP 200;
//!   Data.Message says why.
//! - TaskParam holds a JSON document and travels as JSON text.
//! - The client fills ClientToken in and reuses it across retries, so retrying starts one
//!   generation, not two.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-dataworks-public20200518 10.1.1
//!   request/response models; summary from the reference page
//!   (alibabacloud.com/help/en/dataworks/api-generatedisynctaskconfigforcreating). The captured
//!   reference text lists no operation-specific error codes, so none are transcribed: errors
//!   arrive as the unknown-code variant with code and message intact.
use crate::runtime as rt;
pub use super::shared::TaskType;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "GenerateDISyncTaskConfigForCreating",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("ProjectId").required(),
        rt::Param::query("TaskType").required().one_of(TaskType::VALUES),
        rt::Param::query("TaskParam").required(),
        rt::Param::query("ClientToken").length(None, Some(64)).ascii(),
    ],
};
/// `GenerateDISyncTaskConfigForCreating`: Starts generating, asynchronously, the configuration
/// for creating a real-time synchronization task or a data synchronization solution.
///
/// Made by
/// [`Client::generate_di_sync_task_config_for_creating`](super::Client::generate_di_sync_task_config_for_creating);
/// set parameters, then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`generate_di_sync_task_config_for_creating`](self), e.g.
/// `generate_di_sync_task_config_for_creating::TaskType`.
pub type GenerateDiSyncTaskConfigForCreating = crate::Call<
    GenerateDiSyncTaskConfigForCreatingInput,
>;
impl<M> crate::Call<GenerateDiSyncTaskConfigForCreatingInput, M> {
    /// Sets `ProjectId` (required): see [`GenerateDiSyncTaskConfigForCreatingInput::project_id`].
    #[inline]
    pub fn project_id(mut self, value: i64) -> Self {
        self.input.project_id = Some(value);
        self
    }
    /// Sets `TaskType` (required): see [`GenerateDiSyncTaskConfigForCreatingInput::task_type`].
    #[inline]
    pub fn task_type(mut self, value: impl Into<TaskType>) -> Self {
        self.input.task_type = Some(value.into());
        self
    }
    /// Sets `TaskParam` (required): see [`GenerateDiSyncTaskConfigForCreatingInput::task_param`].
    #[inline]
    pub fn task_param(mut self, value: impl Into<rt::JsonParam>) -> Self {
        self.input.task_param = Some(value.into());
        self
    }
    /// Sets `ClientToken` (optional): see [`GenerateDiSyncTaskConfigForCreatingInput::client_token`].
    #[inline]
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.input.client_token = Some(value.into());
        self
    }
}
/// The parameters of [`GenerateDISyncTaskConfigForCreating`](super::GenerateDiSyncTaskConfigForCreating).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct GenerateDiSyncTaskConfigForCreatingInput {
    /// The DataWorks workspace ID. You can log on to the DataWorks console and go to the Workspace
    /// page to obtain the ID. You must configure this parameter to specify the DataWorks workspace
    /// to which the API operation is applied.
    ///
    /// Required. Sent as `ProjectId` in the query string.
    ///
    /// Example: `10000`
    pub project_id: Option<i64>,
    /// The type of task that you want to create in Data Integration in asynchronous mode.
    /// DI_REALTIME: real-time synchronization task DI_SOLUTION: another type of synchronization
    /// task DataWorks allows you to create real-time synchronization tasks and other types of
    /// synchronization tasks in Data Integration only in asynchronous mode.
    ///
    /// Required. Sent as `TaskType` in the query string.
    ///
    /// Checked before sending: one of the values of [`TaskType`].
    ///
    /// Example: `DI_REALTIME`
    pub task_type: Option<TaskType>,
    /// The script for the synchronization task. DataWorks allows you to create the following types
    /// of synchronization tasks: Synchronization task that is used to synchronize data from MySQL
    /// to MaxCompute Synchronization task that is used to synchronize data from MySQL data to Kafka
    /// Synchronization task that is used to synchronize data from MySQL to Hologres The
    /// SelectedTables parameter is used to specify tables that you want to synchronize from
    /// multiple databases. The Tables parameter is used to specify tables that you want to
    /// synchronize from a single database. If the script contains the SelectedTables parameter, the
    /// system synchronizes data from the tables that you specify in the SelectedTables parameter.
    /// If the script contains the Tables parameter, the system synchronizes data from the tables
    /// that you specify in the Tables parameter. The following sample code provides a script for
    /// data synchronization from MySQL to MaxCompute: { "type": "realtime", "version": "1.0",
    /// "setting": { "resourceGroup": "S_res_group_280749521950784_1623033752022", "taskType":
    /// "oneclick_to_odps" }, "steps": `[` { "stepType": "mysql", "parameter": { "connection": `[` {
    /// "datasourceType": "mysql", "datasource": "mysql_pub1", "selectedTables": `[` { "dbName":
    /// "mysql_db", "schema": `[` { "tableInfos": `[` { "table": "molin_di_test_in_pk_v4" } `]` }
    /// `]` } `]` } `]` }, "name": "Reader", "category": "reader" }, { "stepType": "odps",
    /// "parameter": { "datasource": "odps_source" }, "name": "Writer", "category": "writer" } `]` }
    /// The following sample code provides a script for data synchronization from MySQL to Kafka: {
    /// "type": "realtime", "version": "1.0", "setting": { "resourceGroup":
    /// "S_res_group_280749521950784_1623033752022", "taskType": "oneclick_to_kafka" }, "steps": `[`
    /// { "stepType": "mysql", "parameter": { "connection": `[` { "datasourceType": "mysql",
    /// "datasource": "pkset_test", "selectedTables": `[` { "dbName": "mysql_db", "schema": `[` {
    /// "tableInfos": `[` { "table": "molin_di_test_in_pk_v4" } `]` } `]` } `]` } `]` }, "name":
    /// "Reader", "category": "reader" }, { "stepType": "kafka", "parameter": { "datasource":
    /// "azn_kafka" }, "name": "Writer", "category": "writer" } `]` } The following sample code
    /// provides a script for data synchronization from MySQL to Hologres: { "type": "realtime",
    /// "version": "1.0", "setting": { "resourceGroup": "S_res_group_280749521950784_1623033752022",
    /// "taskType": "oneclick_to_holo" }, "steps": `[` { "stepType": "mysql", "parameter": {
    /// "connection": `[` { "datasourceType": "mysql", "datasource": "mysql_pub", "selectedTables":
    /// `[` { "dbName": "mysql_db", "schema": `[` { "tableInfos": `[` { "table":
    /// "molin_di_test_in2_pk_v3" } `]` } `]` } `]` } `]` }, "name": "Reader", "category": "reader"
    /// }, { "stepType": "holo", "parameter": { "datasource": "holo" }, "name": "Writer",
    /// "category": "writer" } `]` }
    ///
    /// Required. Sent as `TaskParam` in the query string, as JSON text: give the text (checked to
    /// be JSON, then sent as it is) or a `serde_json::Value` (serialised).
    pub task_param: Option<rt::JsonParam>,
    /// The client token that is used to ensure the idempotence of the request. This parameter is
    /// used to prevent repeated operations that are caused by multiple calls.
    ///
    /// Optional. Sent as `ClientToken` in the query string.
    ///
    /// Checked before sending: at most 64 characters; ASCII only.
    ///
    /// Left unset, the client generates one per call and sends the same value on every retry of
    /// that call.
    pub client_token: Option<String>,
}
impl Default for GenerateDiSyncTaskConfigForCreatingInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            project_id: None,
            task_type: None,
            task_param: None,
            client_token: None,
        }
    }
}
impl rt::OperationInput for GenerateDiSyncTaskConfigForCreatingInput {
    type Output = GenerateDiSyncTaskConfigForCreatingOutput;
    type Error = GenerateDiSyncTaskConfigForCreatingError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::int(&self.project_id),
            rt::text(&self.task_type),
            rt::json(&self.task_param),
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
/// What `GenerateDISyncTaskConfigForCreating` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GenerateDiSyncTaskConfigForCreatingOutput {
    /// The information returned for the ID of the asynchronous thread.
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
impl rt::FromJson for GenerateDiSyncTaskConfigForCreatingOutput {
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
impl rt::Response for GenerateDiSyncTaskConfigForCreatingOutput {
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
/// A failure reported by the service for [`GenerateDISyncTaskConfigForCreating`](super::GenerateDiSyncTaskConfigForCreating).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum GenerateDiSyncTaskConfigForCreatingError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl GenerateDiSyncTaskConfigForCreatingError {
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
impl From<crate::ErrorMeta> for GenerateDiSyncTaskConfigForCreatingError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for GenerateDiSyncTaskConfigForCreatingError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for GenerateDiSyncTaskConfigForCreatingError {}
/// The information returned for the ID of the asynchronous thread.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Data {
    /// The reason why the ID of the asynchronous thread fails to be generated. If the ID is
    /// successfully generated, no value is returned for this parameter.
    ///
    /// Wire name: `Message`.
    pub message: Option<String>,
    /// The ID of the asynchronous thread. You can call the QueryDISyncTaskConfigProcessResult
    /// operation to obtain the asynchronously generated parameters based on the ID. The parameters
    /// are used to create a synchronization task in Data Integration.
    ///
    /// Wire name: `ProcessId`.
    pub process_id: Option<i64>,
    /// Indicates whether the ID of the asynchronous thread is generated. Valid values: Valid
    /// values: success: indicates that the ID of the asynchronous thread is generated. fail:
    /// indicates that the ID of the asynchronous thread fails to be generated. You can view the
    /// reason for the failure and troubleshoot the issue based on the reason.
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
            process_id: o.get("ProcessId"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether the ID of the asynchronous thread is generated. Valid values: Valid
/// values: success: indicates that the ID of the asynchronous thread is generated. fail:
/// indicates that the ID of the asynchronous thread fails to be generated. You can view the
/// reason for the failure and troubleshoot the issue based on the reason.
///
/// - `success`: The operation succeeded.
/// - `fail`: The operation failed; Message says why.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DataStatus` of this product's other operations, and the same type.
pub type DataStatus = crate::Enum<super::shared::enum_values::DataStatus>;
