// @generated from specs/rds/DescribeImportTask.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `DescribeImportTask`: Queries the details of an import task.
//!
//! POST ApsaraDB RDS (`Rds`), API version `2014-08-15`. Idempotent: network failures and server
//! errors are retried.
//!
//! Notes on the documentation:
//!
//! - Neither the SDK reference text nor the metadata lists the values of Status, so it stays a
//!   string and no waiter polls this operation: a waiter would have to invent its states. The
//!   RDS waiter polls DescibeImportsFromDatabase, whose states are documented.
//! - TaskId is a string in the request and an integer in the response, as the SDK and the
//!   metadata both say.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-rds20140815 16.0.2 request/response
//!   models; summary from the SDK's reference text (the page is not among the stored pages).
//!   The captured reference text lists no operation-specific error codes, so none are
//!   transcribed: errors arrive as the unknown-code variant with code and message intact.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "DescribeImportTask",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("DBInstanceId").required(),
        rt::Param::query("RegionId").required(),
        rt::Param::query("TaskId").required(),
    ],
};
/// `DescribeImportTask`: Queries the details of an import task.
///
/// Made by [`Client::describe_import_task`](super::Client::describe_import_task); set
/// parameters, then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`describe_import_task`](self), e.g. `describe_import_task::SourceCategory`.
pub type DescribeImportTask = crate::Call<DescribeImportTaskInput>;
impl<M> crate::Call<DescribeImportTaskInput, M> {
    /// Sets `DBInstanceId` (required): see [`DescribeImportTaskInput::db_instance_id`].
    #[inline]
    pub fn db_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.db_instance_id = Some(value.into());
        self
    }
    /// Sets `RegionId` (required): see [`DescribeImportTaskInput::region_id`].
    #[inline]
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.input.region_id = Some(value.into());
        self
    }
    /// Sets `TaskId` (required): see [`DescribeImportTaskInput::task_id`].
    #[inline]
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.input.task_id = Some(value.into());
        self
    }
}
/// The parameters of [`DescribeImportTask`](super::DescribeImportTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct DescribeImportTaskInput {
    /// The instance ID. You can call the DescribeDBInstances operation to query the instance ID.
    ///
    /// Required. Sent as `DBInstanceId` in the query string.
    ///
    /// Example: `rm-uf6wjk5xxxxxxx`
    pub db_instance_id: Option<String>,
    /// The region ID. You can call the DescribeRegions operation to query the region ID.
    ///
    /// Required. Sent as `RegionId` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub region_id: Option<String>,
    /// The task ID.
    ///
    /// Required. Sent as `TaskId` in the query string.
    ///
    /// Example: `123456`
    pub task_id: Option<String>,
}
impl Default for DescribeImportTaskInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            db_instance_id: None,
            region_id: None,
            task_id: None,
        }
    }
}
impl rt::OperationInput for DescribeImportTaskInput {
    type Output = DescribeImportTaskOutput;
    type Error = DescribeImportTaskError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::text(&self.db_instance_id),
            rt::text(&self.region_id),
            rt::text(&self.task_id),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `DescribeImportTask` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeImportTaskOutput {
    /// The account name.
    ///
    /// Wire name: `Account`.
    pub account: Option<String>,
    /// The kernel version number.
    ///
    /// Wire name: `DbVersion`.
    pub db_version: Option<String>,
    /// The task details.
    ///
    /// Wire name: `Detail`.
    pub detail: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// The category of the source instance.
    ///
    /// Wire name: `SourceCategory`.
    pub source_category: Option<SourceCategory>,
    /// The source IP address.
    ///
    /// Wire name: `SourceIp`.
    pub source_ip: Option<String>,
    /// The source MySQL port.
    ///
    /// Wire name: `SourcePort`.
    pub source_port: Option<String>,
    /// The task status.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
    /// The name of the destination disaster recovery instance for the switchover.
    ///
    /// Wire name: `TargetInstanceName`.
    pub target_instance_name: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `TaskId`.
    pub task_id: Option<i64>,
    /// The task name.
    ///
    /// Wire name: `TaskName`.
    pub task_name: Option<String>,
    /// The task type, which is used to query tasks of specific types. Separate multiple values with
    /// commas (,). A maximum of 30 values are supported. By default, this parameter is left empty,
    /// which indicates that no limit is applied.
    ///
    /// Wire name: `TaskType`.
    pub task_type: Option<String>,
}
impl rt::FromJson for DescribeImportTaskOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            account: o.get("Account"),
            db_version: o.get("DbVersion"),
            detail: o.get("Detail"),
            request_id: o.get("RequestId"),
            source_category: o.get("SourceCategory"),
            source_ip: o.get("SourceIp"),
            source_port: o.get("SourcePort"),
            status: o.get("Status"),
            target_instance_name: o.get("TargetInstanceName"),
            task_id: o.get("TaskId"),
            task_name: o.get("TaskName"),
            task_type: o.get("TaskType"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for DescribeImportTaskOutput {}
/// A failure reported by the service for [`DescribeImportTask`](super::DescribeImportTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum DescribeImportTaskError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl DescribeImportTaskError {
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
impl From<crate::ErrorMeta> for DescribeImportTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for DescribeImportTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for DescribeImportTaskError {}
/// The category of the source instance.
///
/// - `ECS`: Alibaba Cloud ECS
/// - `other`: Other
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type SourceCategory = crate::Enum<enum_values::SourceCategory>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::SourceCategory> {
    /// `ECS`
    ///
    /// Alibaba Cloud ECS
    pub const Ecs: Self = Self::known("ECS");
    /// `other`
    ///
    /// Other
    pub const Other: Self = Self::known("other");
}
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum SourceCategory {}
    impl crate::EnumValues for SourceCategory {
        const NAME: &'static str = "SourceCategory";
        const VALUES: &'static [&'static str] = &["ECS", "other"];
    }
}
