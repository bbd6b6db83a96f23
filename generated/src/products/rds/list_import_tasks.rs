// @generated from specs/rds/ListImportTasks.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `ListImportTasks`: Lists the import tasks of an RDS instance.
//!
//! POST ApsaraDB RDS (`Rds`), API version `2014-08-15`. Idempotent: network failures and server
//! errors are retried.
//!
//! Notes on the documentation:
//!
//! - The operation pages with NextToken/MaxResults: each answer's NextToken names the next page
//!   (empty on the last), and the paginator sends it back. The answer reports no total.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-rds20140815 16.0.2 request/response
//!   models; summary from the SDK's reference text (the page is not among the stored pages).
//!   The captured reference text lists no operation-specific error codes, so none are
//!   transcribed: errors arrive as the unknown-code variant with code and message intact.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "ListImportTasks",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("DBInstanceId").required(),
        rt::Param::query("MaxResults"),
        rt::Param::query("NextToken"),
        rt::Param::query("RegionId").required(),
    ],
};
/// `ListImportTasks`: Lists the import tasks of an RDS instance.
///
/// Made by [`Client::list_import_tasks`](super::Client::list_import_tasks); set parameters,
/// then [`send`](crate::Call::send) or [`paginate`](crate::Call::paginate).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`list_import_tasks`](self), e.g. `list_import_tasks::Items`.
pub type ListImportTasks = crate::Call<ListImportTasksInput>;
impl<M> crate::Call<ListImportTasksInput, M> {
    /// Sets `DBInstanceId` (required): see [`ListImportTasksInput::db_instance_id`].
    #[inline]
    pub fn db_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.db_instance_id = Some(value.into());
        self
    }
    /// Sets `MaxResults` (optional): see [`ListImportTasksInput::max_results`].
    #[inline]
    pub fn max_results(mut self, value: i64) -> Self {
        self.input.max_results = Some(value);
        self
    }
    /// Sets `NextToken` (optional): see [`ListImportTasksInput::next_token`].
    #[inline]
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.input.next_token = Some(value.into());
        self
    }
    /// Sets `RegionId` (required): see [`ListImportTasksInput::region_id`].
    #[inline]
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.input.region_id = Some(value.into());
        self
    }
}
/// Pages of [`ListImportTasks`](super::ListImportTasks): see [`Call::paginate`](crate::Call::paginate).
pub type ListImportTasksPaginator = rt::Paginator<ListImportTasksInput>;
impl rt::Paginated for ListImportTasksInput {
    type Item = Items;
    const BY_TOKEN: bool = true;
    #[inline]
    fn set_token(&mut self, token: String) {
        self.next_token = Some(token);
    }
    #[inline]
    fn next_token(out: &ListImportTasksOutput) -> Option<&str> {
        out.next_token.as_deref()
    }
    #[inline]
    fn count(out: &ListImportTasksOutput) -> usize {
        out.items.as_ref().map_or(0, Vec::len)
    }
    #[inline]
    fn into_items(out: ListImportTasksOutput) -> Vec<Items> {
        out.items.unwrap_or_default()
    }
}
/// The parameters of [`ListImportTasks`](super::ListImportTasks).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ListImportTasksInput {
    /// The instance ID. You can call the DescribeDBInstances operation to obtain the instance ID.
    ///
    /// Required. Sent as `DBInstanceId` in the query string.
    ///
    /// Example: `rm-uf6wjk5xxxxxxx`
    pub db_instance_id: Option<String>,
    /// The number of entries per page. Valid values: 1 to 100. Default value: 30. If you specify
    /// this parameter, the PageSize and PageNumber parameters are unavailable.
    ///
    /// Optional. Sent as `MaxResults` in the query string.
    ///
    /// Example: `30`
    pub max_results: Option<i64>,
    /// The pagination token.
    ///
    /// Optional. Sent as `NextToken` in the query string.
    pub next_token: Option<String>,
    /// The region ID.
    ///
    /// Required. Sent as `RegionId` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub region_id: Option<String>,
}
impl Default for ListImportTasksInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            db_instance_id: None,
            max_results: None,
            next_token: None,
            region_id: None,
        }
    }
}
impl rt::OperationInput for ListImportTasksInput {
    type Output = ListImportTasksOutput;
    type Error = ListImportTasksError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::text(&self.db_instance_id),
            rt::int(&self.max_results),
            rt::text(&self.next_token),
            rt::text(&self.region_id),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `ListImportTasks` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListImportTasksOutput {
    /// None.
    ///
    /// Wire name: `Items`.
    pub items: Option<Vec<Items>>,
    /// The number of entries per page. Valid values: 1 to 100. Default value: 30. If you specify
    /// this parameter, the PageSize and PageNumber parameters are unavailable.
    ///
    /// Wire name: `MaxResults`.
    pub max_results: Option<i64>,
    /// The pagination token.
    ///
    /// Wire name: `NextToken`.
    pub next_token: Option<String>,
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
}
impl rt::FromJson for ListImportTasksOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            items: o.get("Items"),
            max_results: o.get("MaxResults"),
            next_token: o.get("NextToken"),
            request_id: o.get("RequestId"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for ListImportTasksOutput {}
/// A failure reported by the service for [`ListImportTasks`](super::ListImportTasks).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum ListImportTasksError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl ListImportTasksError {
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
impl From<crate::ErrorMeta> for ListImportTasksError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for ListImportTasksError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for ListImportTasksError {}
/// One item of `Items`. None.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Items {
    /// The creation time. The time is displayed in UTC in the YYYY-MM-DDTHH:mm:ssZ format.
    ///
    /// Wire name: `CreatedTime`.
    pub created_time: Option<String>,
    /// The kernel version number.
    ///
    /// Wire name: `DbVersion`.
    pub db_version: Option<String>,
    /// The task status.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
    /// The ID of the target instance.
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
    /// The task type.
    ///
    /// Wire name: `TaskType`.
    pub task_type: Option<String>,
}
impl rt::FromJson for Items {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            created_time: o.get("CreatedTime"),
            db_version: o.get("DbVersion"),
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
