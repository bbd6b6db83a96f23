// @generated from specs/rds/DescribeImportTaskValidation.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `DescribeImportTaskValidation`: Queries the result of the precheck that ValidateImportTask
//! started.
//!
//! POST ApsaraDB RDS (`Rds`), API version `2014-08-15`. Idempotent: network failures and server
//! errors are retried.
//!
//! Notes on the documentation:
//!
//! - Success reports the precheck result, not the call: a false value is returned as data, not
//!   as an error, and Detail says what failed.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-rds20140815 16.0.2 request/response
//!   models; summary from the SDK's reference text (the page is not among the stored pages).
//!   The captured reference text lists no operation-specific error codes, so none are
//!   transcribed: errors arrive as the unknown-code variant with code and message intact.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "DescribeImportTaskValidation",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("DbInstanceId").required(),
        rt::Param::query("TaskId").required(),
    ],
};
/// `DescribeImportTaskValidation`: Queries the result of the precheck that ValidateImportTask
/// started.
///
/// Made by
/// [`Client::describe_import_task_validation`](super::Client::describe_import_task_validation);
/// set parameters, then [`send`](crate::Call::send).
pub type DescribeImportTaskValidation = crate::Call<DescribeImportTaskValidationInput>;
impl<M> crate::Call<DescribeImportTaskValidationInput, M> {
    /// Sets `DbInstanceId` (required): see [`DescribeImportTaskValidationInput::db_instance_id`].
    #[inline]
    pub fn db_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.db_instance_id = Some(value.into());
        self
    }
    /// Sets `TaskId` (required): see [`DescribeImportTaskValidationInput::task_id`].
    #[inline]
    pub fn task_id(mut self, value: i64) -> Self {
        self.input.task_id = Some(value);
        self
    }
}
/// The parameters of [`DescribeImportTaskValidation`](super::DescribeImportTaskValidation).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct DescribeImportTaskValidationInput {
    /// The instance ID. You can call the DescribeDBInstances operation to obtain this ID.
    ///
    /// Required. Sent as `DbInstanceId` in the query string.
    ///
    /// Example: `rm-uf6wjk5xxxxxxx`
    pub db_instance_id: Option<String>,
    /// The task ID. This ID is returned when you call the ValidateImportTask operation to create a
    /// precheck for the import task.
    ///
    /// Required. Sent as `TaskId` in the query string.
    ///
    /// Example: `123456`
    pub task_id: Option<i64>,
}
impl Default for DescribeImportTaskValidationInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            db_instance_id: None,
            task_id: None,
        }
    }
}
impl rt::OperationInput for DescribeImportTaskValidationInput {
    type Output = DescribeImportTaskValidationOutput;
    type Error = DescribeImportTaskValidationError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![rt::text(&self.db_instance_id), rt::int(&self.task_id)]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `DescribeImportTaskValidation` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeImportTaskValidationOutput {
    /// The task details.
    ///
    /// Wire name: `Detail`.
    pub detail: Option<String>,
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// The task status. This parameter is invalid.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
    /// Indicates whether the request is successful. Valid values: true: The request is successful.
    /// false: The request failed.
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
}
impl rt::FromJson for DescribeImportTaskValidationOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            detail: o.get("Detail"),
            request_id: o.get("RequestId"),
            status: o.get("Status"),
            success: o.get("Success"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for DescribeImportTaskValidationOutput {}
/// A failure reported by the service for [`DescribeImportTaskValidation`](super::DescribeImportTaskValidation).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum DescribeImportTaskValidationError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl DescribeImportTaskValidationError {
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
impl From<crate::ErrorMeta> for DescribeImportTaskValidationError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for DescribeImportTaskValidationError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for DescribeImportTaskValidationError {}
