// @generated from specs/rds/ModifyImportTask.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `ModifyImportTask`: Modifies a data import task for an RDS for MySQL instance that uses
//! native replication.
//!
//! RAM action `rds:ModifyImportTask`, access level `update`, resource `*`.
//!
//! POST ApsaraDB RDS (`Rds`), API version `2014-08-15`. Not idempotent: only throttling is
//! retried.
//!
//! Notes on the documentation:
//!
//! - The page documents the response TaskId as "integer"; it is typed int64 because task IDs
//!   are server-assigned and the response example is masked ("`41698****`"). Integers in
//!   responses are also accepted when the server sends them as JSON strings.
//! - The response Status has no documented value list (example "IMPORTING"), so it stays a
//!   string rather than a closed enum.
//! - The error code InvalideStatus.Format keeps the vendor's spelling: it is what the server
//!   sends. Its page row has a single text, used as both message and description.
//! - Retrying RETRY_IMPORT could start an import twice and the operation has no ClientToken, so
//!   it is marked not idempotent: only throttling is retried.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "ModifyImportTask",
    method: "POST",
    idempotent: false,
    retryable_codes: &[],
    params: &[
        rt::Param::query("RegionId").required(),
        rt::Param::query("DBInstanceId").required(),
        rt::Param::query("TaskId").required(),
        rt::Param::query("Operation").required().one_of(Operation::VALUES),
    ],
};
/// `ModifyImportTask`: Modifies a data import task for an RDS for MySQL instance that uses
/// native replication.
///
/// Made by [`Client::modify_import_task`](super::Client::modify_import_task); set parameters,
/// then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`modify_import_task`](self), e.g. `modify_import_task::Operation`.
pub type ModifyImportTask = crate::Call<ModifyImportTaskInput>;
impl<M> crate::Call<ModifyImportTaskInput, M> {
    /// Sets `RegionId` (required): see [`ModifyImportTaskInput::region_id`].
    #[inline]
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.input.region_id = Some(value.into());
        self
    }
    /// Sets `DBInstanceId` (required): see [`ModifyImportTaskInput::db_instance_id`].
    #[inline]
    pub fn db_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.db_instance_id = Some(value.into());
        self
    }
    /// Sets `TaskId` (required): see [`ModifyImportTaskInput::task_id`].
    #[inline]
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.input.task_id = Some(value.into());
        self
    }
    /// Sets `Operation` (required): see [`ModifyImportTaskInput::operation`].
    #[inline]
    pub fn operation(mut self, value: impl Into<Operation>) -> Self {
        self.input.operation = Some(value.into());
        self
    }
}
/// The parameters of [`ModifyImportTask`](super::ModifyImportTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ModifyImportTaskInput {
    /// The region ID. You can call the DescribeRegions operation to query the latest list of
    /// regions.
    ///
    /// Required. Sent as `RegionId` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub region_id: Option<String>,
    /// The instance ID. You can call the DescribeDBInstances operation to query the instance ID.
    ///
    /// Required. Sent as `DBInstanceId` in the query string.
    ///
    /// Example: `rm-2ze63v2p3o3k****`
    pub db_instance_id: Option<String>,
    /// The task ID.
    ///
    /// Required. Sent as `TaskId` in the query string.
    ///
    /// Example: `1234567`
    pub task_id: Option<String>,
    /// The operation to perform.
    ///
    /// Required. Sent as `Operation` in the query string.
    ///
    /// Checked before sending: one of the values of [`Operation`].
    ///
    /// Example: `CANCEL`
    pub operation: Option<Operation>,
}
impl Default for ModifyImportTaskInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            region_id: None,
            db_instance_id: None,
            task_id: None,
            operation: None,
        }
    }
}
impl rt::OperationInput for ModifyImportTaskInput {
    type Output = ModifyImportTaskOutput;
    type Error = ModifyImportTaskError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::text(&self.region_id),
            rt::text(&self.db_instance_id),
            rt::text(&self.task_id),
            rt::text(&self.operation),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `ModifyImportTask` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ModifyImportTaskOutput {
    /// The request ID.
    ///
    /// Example: `069EB9B1-DE12-54B9-8C20-822****`
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// The task ID.
    ///
    /// Example: `41698****`
    ///
    /// Wire name: `TaskId`.
    pub task_id: Option<i64>,
    /// The task name.
    ///
    /// Example: `task_1234`
    ///
    /// Wire name: `TaskName`.
    pub task_name: Option<String>,
    /// The status of the data import task.
    ///
    /// Example: `IMPORTING`
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
}
impl rt::FromJson for ModifyImportTaskOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            request_id: o.get("RequestId"),
            task_id: o.get("TaskId"),
            task_name: o.get("TaskName"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for ModifyImportTaskOutput {}
/// A failure reported by the service for [`ModifyImportTask`](super::ModifyImportTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum ModifyImportTaskError {
    /// `InvalideStatus.Format` (HTTP 400)
    ///
    /// The instance status does not support this operation.
    InvalideStatusFormat(crate::ErrorMeta),
    /// `InvalidDBInstanceEngineType.Format` (HTTP 400)
    ///
    /// the DB instance engine type does not support this operation.
    ///
    /// This operation is not supported for the database engine of the instance.
    InvalidDbInstanceEngineTypeFormat(crate::ErrorMeta),
    /// `IncorrectDBInstanceType` (HTTP 403)
    ///
    /// Current DB instance type does not support this operation.
    ///
    /// The operation failed. The RDS instance is not in a ready state.
    IncorrectDbInstanceType(crate::ErrorMeta),
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl ModifyImportTaskError {
    /// Status, code, message and request ID, as the service sent them.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn meta(&self) -> &crate::ErrorMeta {
        match self {
            Self::InvalideStatusFormat(m)
            | Self::InvalidDbInstanceEngineTypeFormat(m)
            | Self::IncorrectDbInstanceType(m)
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
impl From<crate::ErrorMeta> for ModifyImportTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        match meta.code.as_str() {
            "InvalideStatus.Format" => Self::InvalideStatusFormat(meta),
            "InvalidDBInstanceEngineType.Format" => {
                Self::InvalidDbInstanceEngineTypeFormat(meta)
            }
            "IncorrectDBInstanceType" => Self::IncorrectDbInstanceType(meta),
            _ => Self::Unknown(meta),
        }
    }
}
impl std::fmt::Display for ModifyImportTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for ModifyImportTaskError {}
/// The operation to perform.
///
/// - `RETRY_IMPORT`: Retries the data import task.
/// - `CANCEL`: Cancels the data import task.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type Operation = crate::Enum<enum_values::Operation>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::Operation> {
    /// `RETRY_IMPORT`
    ///
    /// Retries the data import task.
    pub const RetryImport: Self = Self::known("RETRY_IMPORT");
    /// `CANCEL`
    ///
    /// Cancels the data import task.
    pub const Cancel: Self = Self::known("CANCEL");
}
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum Operation {}
    impl crate::EnumValues for Operation {
        const NAME: &'static str = "Operation";
        const VALUES: &'static [&'static str] = &["RETRY_IMPORT", "CANCEL"];
    }
}
