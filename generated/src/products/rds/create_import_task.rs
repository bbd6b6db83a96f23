// @generated from specs/rds/CreateImportTask.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `CreateImportTask`: Creates a task that imports a self-managed MySQL database into an RDS
//! for MySQL instance by streaming its physical backup.
//!
//! POST ApsaraDB RDS (`Rds`), API version `2014-08-15`. Not idempotent: only throttling is
//! retried.
//!
//! Notes on the documentation:
//!
//! - Password must be Base64-encoded before it is set; the client sends it as given and keeps
//!   it out of Debug output.
//! - Creating a task twice creates two tasks and the operation has no ClientToken, so it is not
//!   retried after a network failure.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-rds20140815 16.0.2 request/response
//!   models; summary from the SDK's reference text (the page is not among the stored pages).
//!   The captured reference text lists no operation-specific error codes, so none are
//!   transcribed: errors arrive as the unknown-code variant with code and message intact.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "CreateImportTask",
    method: "POST",
    idempotent: false,
    retryable_codes: &[],
    params: &[
        rt::Param::query("DbInstanceId").required(),
        rt::Param::query("EstimatedSize"),
        rt::Param::query("Host").required(),
        rt::Param::query("Password").required(),
        rt::Param::query("Port").required(),
        rt::Param::query("RegionId").required(),
        rt::Param::query("SourceInstanceId"),
        rt::Param::query("SourcePlatform"),
        rt::Param::query("StreamPort").required(),
        rt::Param::query("User").required(),
        rt::Param::query("XtrabackupPath"),
    ],
};
/// `CreateImportTask`: Creates a task that imports a self-managed MySQL database into an RDS
/// for MySQL instance by streaming its physical backup.
///
/// Made by [`Client::create_import_task`](super::Client::create_import_task); set parameters,
/// then [`send`](crate::Call::send).
pub type CreateImportTask = crate::Call<CreateImportTaskInput>;
impl<M> crate::Call<CreateImportTaskInput, M> {
    /// Sets `DbInstanceId` (required): see [`CreateImportTaskInput::db_instance_id`].
    #[inline]
    pub fn db_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.db_instance_id = Some(value.into());
        self
    }
    /// Sets `EstimatedSize` (optional): see [`CreateImportTaskInput::estimated_size`].
    #[inline]
    pub fn estimated_size(mut self, value: i64) -> Self {
        self.input.estimated_size = Some(value);
        self
    }
    /// Sets `Host` (required): see [`CreateImportTaskInput::host`].
    #[inline]
    pub fn host(mut self, value: impl Into<String>) -> Self {
        self.input.host = Some(value.into());
        self
    }
    /// Sets `Password` (required): see [`CreateImportTaskInput::password`].
    #[inline]
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.input.password = Some(value.into());
        self
    }
    /// Sets `Port` (required): see [`CreateImportTaskInput::port`].
    #[inline]
    pub fn port(mut self, value: i64) -> Self {
        self.input.port = Some(value);
        self
    }
    /// Sets `RegionId` (required): see [`CreateImportTaskInput::region_id`].
    #[inline]
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.input.region_id = Some(value.into());
        self
    }
    /// Sets `SourceInstanceId` (optional): see [`CreateImportTaskInput::source_instance_id`].
    #[inline]
    pub fn source_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.source_instance_id = Some(value.into());
        self
    }
    /// Sets `SourcePlatform` (optional): see [`CreateImportTaskInput::source_platform`].
    #[inline]
    pub fn source_platform(mut self, value: impl Into<String>) -> Self {
        self.input.source_platform = Some(value.into());
        self
    }
    /// Sets `StreamPort` (required): see [`CreateImportTaskInput::stream_port`].
    #[inline]
    pub fn stream_port(mut self, value: i64) -> Self {
        self.input.stream_port = Some(value);
        self
    }
    /// Sets `User` (required): see [`CreateImportTaskInput::user`].
    #[inline]
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.input.user = Some(value.into());
        self
    }
    /// Sets `XtrabackupPath` (optional): see [`CreateImportTaskInput::xtrabackup_path`].
    #[inline]
    pub fn xtrabackup_path(mut self, value: impl Into<String>) -> Self {
        self.input.xtrabackup_path = Some(value.into());
        self
    }
}
/// The parameters of [`CreateImportTask`](super::CreateImportTask).
#[derive(Clone)]
#[non_exhaustive]
pub struct CreateImportTaskInput {
    /// The instance ID.
    ///
    /// Required. Sent as `DbInstanceId` in the query string.
    ///
    /// Example: `rm-uf6wjk5xxxxxxx`
    pub db_instance_id: Option<String>,
    /// The estimated data size. Unit: GB.
    ///
    /// Optional. Sent as `EstimatedSize` in the query string.
    ///
    /// Example: `100`
    pub estimated_size: Option<i64>,
    /// The IP address of the source MySQL host. ApsaraDB RDS accesses this IP address to retrieve
    /// backups.
    ///
    /// Required. Sent as `Host` in the query string.
    ///
    /// Example: `192.168.0.10`
    pub host: Option<String>,
    /// The password of the source MySQL account. The password must be Base64-encoded.
    ///
    /// Required. Sent as `Password` in the query string.
    ///
    /// A secret: shown as `<redacted>` in `Debug` output.
    pub password: Option<String>,
    /// The port of the source MySQL database.
    ///
    /// Required. Sent as `Port` in the query string.
    ///
    /// Example: `3306`
    pub port: Option<i64>,
    /// The region ID. You can call the DescribeRegions operation to query the region ID.
    ///
    /// Required. Sent as `RegionId` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub region_id: Option<String>,
    /// The instance ID of the source cloud instance.
    ///
    /// Optional. Sent as `SourceInstanceId` in the query string.
    pub source_instance_id: Option<String>,
    /// The type of the source cloud instance.
    ///
    /// Optional. Sent as `SourcePlatform` in the query string.
    pub source_platform: Option<String>,
    /// The streaming port used to transfer backups.
    ///
    /// Required. Sent as `StreamPort` in the query string.
    ///
    /// Example: `9999`
    pub stream_port: Option<i64>,
    /// The source MySQL account. The account must have the permissions to create backups and
    /// configure replication. Refer to the following SQL statements for granting permissions:
    ///
    /// ```sql
    /// -- MySQL 5.7
    /// mysql> CREATE USER "myadmin"@"%" IDENTIFIED BY "s3cret";
    /// mysql> GRANT RELOAD, LOCK TABLES, PROCESS, REPLICATION CLIENT, REPLICATION SLAVE ON *.* TO "myadmin"@"%";
    /// mysql> FLUSH PRIVILEGES;
    /// -- MySQL 8.0
    /// mysql> CREATE USER "myadmin"@"%" IDENTIFIED BY "Test123!";
    /// mysql> GRANT BACKUP_ADMIN, PROCESS, RELOAD, LOCK TABLES, REPLICATION CLIENT, REPLICATION SLAVE ON *.* TO "myadmin"@"%";
    /// mysql> GRANT SELECT ON performance_schema.log_status TO "myadmin"@"%";
    /// mysql> GRANT SELECT ON performance_schema.keyring_component_status TO myadmin@"%";
    /// mysql> GRANT SELECT ON performance_schema.replication_group_members TO myadmin@"%";
    /// mysql> FLUSH PRIVILEGES;
    /// ```
    ///
    /// Required. Sent as `User` in the query string.
    ///
    /// Example: `backup_user`
    pub user: Option<String>,
    /// The installation path of XtraBackup on the source instance.
    ///
    /// Optional. Sent as `XtrabackupPath` in the query string.
    pub xtrabackup_path: Option<String>,
}
impl std::fmt::Debug for CreateImportTaskInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateImportTaskInput")
            .field("db_instance_id", &self.db_instance_id)
            .field("estimated_size", &self.estimated_size)
            .field("host", &self.host)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("port", &self.port)
            .field("region_id", &self.region_id)
            .field("source_instance_id", &self.source_instance_id)
            .field("source_platform", &self.source_platform)
            .field("stream_port", &self.stream_port)
            .field("user", &self.user)
            .field("xtrabackup_path", &self.xtrabackup_path)
            .finish()
    }
}
impl Default for CreateImportTaskInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            db_instance_id: None,
            estimated_size: None,
            host: None,
            password: None,
            port: None,
            region_id: None,
            source_instance_id: None,
            source_platform: None,
            stream_port: None,
            user: None,
            xtrabackup_path: None,
        }
    }
}
impl rt::OperationInput for CreateImportTaskInput {
    type Output = CreateImportTaskOutput;
    type Error = CreateImportTaskError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::text(&self.db_instance_id),
            rt::int(&self.estimated_size),
            rt::text(&self.host),
            rt::text(&self.password),
            rt::int(&self.port),
            rt::text(&self.region_id),
            rt::text(&self.source_instance_id),
            rt::text(&self.source_platform),
            rt::int(&self.stream_port),
            rt::text(&self.user),
            rt::text(&self.xtrabackup_path),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `CreateImportTask` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateImportTaskOutput {
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// The ID of the import task.
    ///
    /// Wire name: `TaskId`.
    pub task_id: Option<String>,
}
impl rt::FromJson for CreateImportTaskOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            request_id: o.get("RequestId"),
            task_id: o.get("TaskId"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for CreateImportTaskOutput {}
/// A failure reported by the service for [`CreateImportTask`](super::CreateImportTask).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum CreateImportTaskError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl CreateImportTaskError {
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
impl From<crate::ErrorMeta> for CreateImportTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for CreateImportTaskError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for CreateImportTaskError {}
