// @generated from specs/rds/DescibeImportsFromDatabase.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `DescibeImportsFromDatabase`: Queries a single or all migration tasks of an ApsaraDB for RDS
//! instance.
//!
//! This operation is available only to ApsaraDB for RDS instances that are running MySQL or SQL
//! Server. For more information about how to execute a migration task, see
//! ImportDatabaseBetweenInstances.
//!
//! POST ApsaraDB RDS (`Rds`), API version `2014-08-15`. Idempotent: network failures and server
//! errors are retried.
//!
//! Notes on the documentation:
//!
//! - The page's JSON sample is cut off inside `ImportResultFromDB`, so it is not kept as
//!   `response.example`; the field examples stand in for it.
//! - The Action really is spelled "DescibeImportsFromDatabase" (no "r"); the wire name keeps it
//!   and only the Rust name is corrected.
//! - The page lists the fields of each migration task at the same level as Items; the JSON
//!   sample shows them inside `Items.ImportResultFromDB[]` (the XML-style wrapper), which is
//!   what the server sends. The sample itself is cut off after "ImportResultFromDB": `[`.
//! - The page gives no HTTP method ("RPC" only); POST is what the vendor's SDKs send for RPC
//!   calls.
//! - IncrementalImportingTime is described as yyyy-MM-ddTHH:mm:ssZ but its example is
//!   minute-precision; the client treats it as text and does not parse it.
//! - "Action" is listed as a request parameter by this page generation; under signature V3 it
//!   travels in the x-acs-action header, so it is not an operation parameter.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "DescibeImportsFromDatabase",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("DBInstanceId").required(),
        rt::Param::query("EndTime").required().time(rt::TimeFormat::UtcMinute),
        rt::Param::query("Engine").required().one_of(Engine::VALUES),
        rt::Param::query("StartTime").required().time(rt::TimeFormat::UtcMinute),
        rt::Param::query("ClientToken").length(None, Some(64)).ascii(),
        rt::Param::query("ImportId"),
        rt::Param::query("PageSize").one_of_int(&[30, 50, 100]),
        rt::Param::query("PageNumber").range(Some(1), None),
        rt::Param::query("ResourceGroupId"),
    ],
};
/// `DescibeImportsFromDatabase`: Queries a single or all migration tasks of an ApsaraDB for RDS
/// instance.
///
/// Made by
/// [`Client::describe_imports_from_database`](super::Client::describe_imports_from_database);
/// set parameters, then [`send`](crate::Call::send) or [`paginate`](crate::Call::paginate).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`describe_imports_from_database`](self), e.g. `describe_imports_from_database::Engine`.
pub type DescribeImportsFromDatabase = crate::Call<DescribeImportsFromDatabaseInput>;
impl<M> crate::Call<DescribeImportsFromDatabaseInput, M> {
    /// Sets `DBInstanceId` (required): see [`DescribeImportsFromDatabaseInput::db_instance_id`].
    #[inline]
    pub fn db_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.db_instance_id = Some(value.into());
        self
    }
    /// Sets `EndTime` (required): see [`DescribeImportsFromDatabaseInput::end_time`].
    #[inline]
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.input.end_time = Some(value.into());
        self
    }
    /// Sets `Engine` (required): see [`DescribeImportsFromDatabaseInput::engine`].
    #[inline]
    pub fn engine(mut self, value: impl Into<Engine>) -> Self {
        self.input.engine = Some(value.into());
        self
    }
    /// Sets `StartTime` (required): see [`DescribeImportsFromDatabaseInput::start_time`].
    #[inline]
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.input.start_time = Some(value.into());
        self
    }
    /// Sets `ClientToken` (optional): see [`DescribeImportsFromDatabaseInput::client_token`].
    #[inline]
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.input.client_token = Some(value.into());
        self
    }
    /// Sets `ImportId` (optional): see [`DescribeImportsFromDatabaseInput::import_id`].
    #[inline]
    pub fn import_id(mut self, value: i32) -> Self {
        self.input.import_id = Some(value);
        self
    }
    /// Sets `PageSize` (optional): see [`DescribeImportsFromDatabaseInput::page_size`].
    #[inline]
    pub fn page_size(mut self, value: impl Into<PageSize>) -> Self {
        self.input.page_size = Some(value.into());
        self
    }
    /// Sets `PageNumber` (optional): see [`DescribeImportsFromDatabaseInput::page_number`].
    #[inline]
    pub fn page_number(mut self, value: i32) -> Self {
        self.input.page_number = Some(value);
        self
    }
    /// Sets `ResourceGroupId` (optional): see [`DescribeImportsFromDatabaseInput::resource_group_id`].
    #[inline]
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.input.resource_group_id = Some(value.into());
        self
    }
}
/// Pages of [`DescibeImportsFromDatabase`](super::DescribeImportsFromDatabase): see [`Call::paginate`](crate::Call::paginate).
pub type DescribeImportsFromDatabasePaginator = rt::Paginator<
    DescribeImportsFromDatabaseInput,
>;
impl rt::Paginated for DescribeImportsFromDatabaseInput {
    type Item = ImportResultFromDb;
    #[inline]
    fn page_number(&self) -> Option<i64> {
        self.page_number.map(i64::from)
    }
    #[inline]
    fn set_page_number(&mut self, page: i64) {
        self.page_number = Some(i32::try_from(page).unwrap_or(i32::MAX));
    }
    #[inline]
    fn count(out: &DescribeImportsFromDatabaseOutput) -> usize {
        let Some(v) = &out.items else { return 0 };
        v.import_result_from_db.as_ref().map_or(0, Vec::len)
    }
    #[inline]
    fn into_items(out: DescribeImportsFromDatabaseOutput) -> Vec<ImportResultFromDb> {
        let Some(v) = out.items else { return Vec::new() };
        v.import_result_from_db.unwrap_or_default()
    }
    #[inline]
    fn total(out: &DescribeImportsFromDatabaseOutput) -> Option<i64> {
        out.total_record_count.map(i64::from)
    }
}
/// The waiter `import_finished`: made by `Client::wait_until_import_finished`, finished with
/// [`wait`](crate::Call::wait).
///
/// The migration task started by ImportDatabaseBetweenInstances has ended. Set ImportId so the
/// answer holds that one task: the state is read from the first item.
///
/// Polls `DescibeImportsFromDatabase` and reads `Items.ImportResultFromDB[0].ImportDataStatus`:
/// done at `Success`; fails at `Failed`, `Canceled`.
///
/// Keeps waiting at `NotStart`, `FullExporting`, `FullImporting`, `Canceling`,
/// `IncrementalWaiting`, `IncrementalImporting`, `StopSyncing` (and at any state not listed).
///
/// Requires `DBInstanceId`, `ImportId`.
///
/// Delays start at 5 s and double (with jitter) up to 60 s; the wait gives up after 7200 s
/// unless [`max_wait`](crate::Call::max_wait) says otherwise.
#[derive(Clone, Debug, Default)]
pub struct ImportFinishedWaiter(rt::WaitOptions);
impl rt::Waiter for ImportFinishedWaiter {
    type Input = DescribeImportsFromDatabaseInput;
    const META: &'static rt::WaiterMeta = &rt::WaiterMeta {
        name: "import_finished",
        success: &["Success"],
        failure: &["Failed", "Canceled"],
        min_delay: std::time::Duration::from_secs(5u64),
        max_delay: std::time::Duration::from_secs(60u64),
        timeout: std::time::Duration::from_secs(7200u64),
    };
    #[inline]
    fn state(out: &DescribeImportsFromDatabaseOutput) -> Option<&str> {
        out.items
            .as_ref()
            .and_then(|v| v.import_result_from_db.as_ref())
            .and_then(|v| v.first())
            .and_then(|v| v.import_data_status.as_ref())
            .map(|s| s.as_str())
    }
    #[inline]
    fn missing(input: &DescribeImportsFromDatabaseInput) -> Option<&'static str> {
        if input.db_instance_id.is_none() {
            return Some("DBInstanceId");
        }
        if input.import_id.is_none() {
            return Some("ImportId");
        }
        None
    }
    #[inline]
    fn options(&mut self) -> &mut rt::WaitOptions {
        &mut self.0
    }
    #[inline]
    fn into_options(self) -> rt::WaitOptions {
        self.0
    }
}
/// The parameters of [`DescibeImportsFromDatabase`](super::DescribeImportsFromDatabase).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct DescribeImportsFromDatabaseInput {
    /// The ID of the RDS instance.
    ///
    /// Required. Sent as `DBInstanceId` in the query string.
    ///
    /// Example: `rm-bpxxxxx`
    pub db_instance_id: Option<String>,
    /// The end of the time range to query. Specify the time in the ISO 8601 standard in the
    /// yyyy-MM-ddTHH:mmZ format. The time must be in UTC.
    ///
    /// Required. Sent as `EndTime` in the query string.
    ///
    /// Checked before sending: a UTC time of the form `yyyy-MM-ddTHH:mmZ`.
    ///
    /// Example: `2011-06-11T16:00Z`
    pub end_time: Option<String>,
    /// The database engine that the RDS instance runs.
    ///
    /// Required. Sent as `Engine` in the query string.
    ///
    /// Checked before sending: one of the values of [`Engine`].
    ///
    /// Example: `MySQL`
    pub engine: Option<Engine>,
    /// The beginning of the time range to query. Specify the time in the ISO 8601 standard in the
    /// yyyy-MM-ddTHH:mmZ format. The time must be in UTC.
    ///
    /// Required. Sent as `StartTime` in the query string.
    ///
    /// Checked before sending: a UTC time of the form `yyyy-MM-ddTHH:mmZ`.
    ///
    /// Example: `2011-06-11T15:00Z`
    pub start_time: Option<String>,
    /// The client token that is used to ensure the idempotence of the request. You can use the
    /// client to generate the value, but you must ensure that it is unique among different
    /// requests. The token can only contain ASCII characters and cannot exceed 64 characters in
    /// length.
    ///
    /// Optional. Sent as `ClientToken` in the query string.
    ///
    /// Checked before sending: at most 64 characters; ASCII only.
    ///
    /// Left unset, the client generates one per call and sends the same value on every retry of
    /// that call.
    ///
    /// Example: `ETnLKlblzczshOTUbOCzxxxxxxx`
    pub client_token: Option<String>,
    /// The ID of the single migration task you want to query.
    ///
    /// Optional. Sent as `ImportId` in the query string.
    ///
    /// Example: `123`
    pub import_id: Option<i32>,
    /// The number of entries to return on each page.
    ///
    /// Optional. Sent as `PageSize` in the query string.
    ///
    /// Checked before sending: one of the values of [`PageSize`].
    ///
    /// Server default: `30`.
    ///
    /// Example: `30`
    pub page_size: Option<PageSize>,
    /// The number of the page to return. Pages start from page 1.
    ///
    /// Optional. Sent as `PageNumber` in the query string.
    ///
    /// Checked before sending: at least 1.
    ///
    /// Server default: `1`.
    ///
    /// Example: `1`
    pub page_number: Option<i32>,
    /// The ID of the resource group.
    ///
    /// Optional. Sent as `ResourceGroupId` in the query string.
    ///
    /// Example: `rg-acfmy****`
    ///
    /// Not in the reference page's table; the vendor's api-docs and the official SDK's request
    /// model (alibabacloud-rds20140815 16.0.2) carry it as an optional query parameter.
    pub resource_group_id: Option<String>,
}
impl Default for DescribeImportsFromDatabaseInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            db_instance_id: None,
            end_time: None,
            engine: None,
            start_time: None,
            client_token: None,
            import_id: None,
            page_size: None,
            page_number: None,
            resource_group_id: None,
        }
    }
}
impl rt::OperationInput for DescribeImportsFromDatabaseInput {
    type Output = DescribeImportsFromDatabaseOutput;
    type Error = DescribeImportsFromDatabaseError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::text(&self.db_instance_id),
            rt::text(&self.end_time),
            rt::text(&self.engine),
            rt::text(&self.start_time),
            rt::text(&self.client_token),
            rt::int(&self.import_id),
            rt::int(&self.page_size),
            rt::int(&self.page_number),
            rt::text(&self.resource_group_id),
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
/// What `DescibeImportsFromDatabase` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeImportsFromDatabaseOutput {
    /// An array that consists of migration tasks.
    ///
    /// Wire name: `Items`.
    pub items: Option<Items>,
    /// The number of the returned page.
    ///
    /// Example: `1`
    ///
    /// Wire name: `PageNumber`.
    pub page_number: Option<i32>,
    /// The number of entries returned per page.
    ///
    /// Example: `1`
    ///
    /// Wire name: `PageRecordCount`.
    pub page_record_count: Option<i32>,
    /// The ID of the request.
    ///
    /// Example: `B000AA91-393D-46F9-8D9B-098E28931A3A`
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// The total number of entries returned.
    ///
    /// Example: `1`
    ///
    /// Wire name: `TotalRecordCount`.
    pub total_record_count: Option<i32>,
}
impl rt::FromJson for DescribeImportsFromDatabaseOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            items: o.get("Items"),
            page_number: o.get("PageNumber"),
            page_record_count: o.get("PageRecordCount"),
            request_id: o.get("RequestId"),
            total_record_count: o.get("TotalRecordCount"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for DescribeImportsFromDatabaseOutput {}
/// A failure reported by the service for [`DescibeImportsFromDatabase`](super::DescribeImportsFromDatabase).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum DescribeImportsFromDatabaseError {
    /// `OperationDenied.DBInstanceType` (HTTP 403)
    ///
    /// The operation is not permitted due to type of instance.
    ///
    /// The error message returned because the operation is not supported by this type of RDS
    /// instance. Note that read-only instances cannot be cloned.
    OperationDeniedDbInstanceType(crate::ErrorMeta),
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl DescribeImportsFromDatabaseError {
    /// Status, code, message and request ID, as the service sent them.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn meta(&self) -> &crate::ErrorMeta {
        match self {
            Self::OperationDeniedDbInstanceType(m) | Self::Unknown(m) => m,
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
impl From<crate::ErrorMeta> for DescribeImportsFromDatabaseError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        match meta.code.as_str() {
            "OperationDenied.DBInstanceType" => Self::OperationDeniedDbInstanceType(meta),
            _ => Self::Unknown(meta),
        }
    }
}
impl std::fmt::Display for DescribeImportsFromDatabaseError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for DescribeImportsFromDatabaseError {}
/// The database engine that the RDS instance runs.
///
/// - `MySQL`: MySQL.
/// - `SQLServer`: SQL Server.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type Engine = crate::Enum<enum_values::Engine>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::Engine> {
    /// `MySQL`
    ///
    /// MySQL.
    pub const MySql: Self = Self::known("MySQL");
    /// `SQLServer`
    ///
    /// SQL Server.
    pub const SqlServer: Self = Self::known("SQLServer");
}
/// The number of entries to return on each page.
///
/// - `30`: 30 entries per page.
/// - `50`: 50 entries per page.
/// - `100`: 100 entries per page.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type PageSize = crate::IntEnum<i32, enum_values::PageSize>;
#[allow(non_upper_case_globals)]
impl crate::IntEnum<i32, enum_values::PageSize> {
    /// `30`
    ///
    /// 30 entries per page.
    pub const V30: Self = Self::known(30);
    /// `50`
    ///
    /// 50 entries per page.
    pub const V50: Self = Self::known(50);
    /// `100`
    ///
    /// 100 entries per page.
    pub const V100: Self = Self::known(100);
}
/// An array that consists of migration tasks.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Items {
    /// The migration tasks.
    ///
    /// Wire name: `ImportResultFromDB`.
    pub import_result_from_db: Option<Vec<ImportResultFromDb>>,
}
impl rt::FromJson for Items {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            import_result_from_db: o.get("ImportResultFromDB"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// One item of `ImportResultFromDB`. The migration tasks.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ImportResultFromDb {
    /// The status of the migration task.
    ///
    /// Example: `NotStart`
    ///
    /// Wire name: `ImportDataStatus`.
    pub import_data_status: Option<ImportDataStatus>,
    /// The description of the migration task.
    ///
    /// Example: `Description`
    ///
    /// Wire name: `ImportDataStatusDescription`.
    pub import_data_status_description: Option<String>,
    /// The type of the migration task.
    ///
    /// Example: `Full`
    ///
    /// Wire name: `ImportDataType`.
    pub import_data_type: Option<ImportDataType>,
    /// The ID of the migration task.
    ///
    /// Example: `123`
    ///
    /// Wire name: `ImportId`.
    pub import_id: Option<i32>,
    /// The time when the migration task synchronized incremental data. The time follows the ISO
    /// 8601 standard in the yyyy-MM-ddTHH:mm:ssZ format. The time is displayed in UTC.
    ///
    /// A UTC time of the form `yyyy-MM-ddTHH:mm:ssZ`.
    ///
    /// Example: `2011-06-11T15:00Z`
    ///
    /// Wire name: `IncrementalImportingTime`.
    pub incremental_importing_time: Option<String>,
}
impl rt::FromJson for ImportResultFromDb {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            import_data_status: o.get("ImportDataStatus"),
            import_data_status_description: o.get("ImportDataStatusDescription"),
            import_data_type: o.get("ImportDataType"),
            import_id: o.get("ImportId"),
            incremental_importing_time: o.get("IncrementalImportingTime"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the migration task.
///
/// - `NotStart`: The migration task has not started.
/// - `FullExporting`: The migration task is exporting full data.
/// - `FullImporting`: The migration task is importing full data.
/// - `Success`: The migration task is successful.
/// - `Failed`: The migration task fails.
/// - `Canceled`: The migration task is canceled.
/// - `Canceling`: The migration task is being canceled.
/// - `IncrementalWaiting`: The migration task is waiting to synchronize incremental data.
/// - `IncrementalImporting`: The migration task is synchronizing incremental data.
/// - `StopSyncing`: The migration task has stopped synchronizing data.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type ImportDataStatus = crate::Enum<enum_values::ImportDataStatus>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::ImportDataStatus> {
    /// `NotStart`
    ///
    /// The migration task has not started.
    pub const NotStart: Self = Self::known("NotStart");
    /// `FullExporting`
    ///
    /// The migration task is exporting full data.
    pub const FullExporting: Self = Self::known("FullExporting");
    /// `FullImporting`
    ///
    /// The migration task is importing full data.
    pub const FullImporting: Self = Self::known("FullImporting");
    /// `Success`
    ///
    /// The migration task is successful.
    pub const Success: Self = Self::known("Success");
    /// `Failed`
    ///
    /// The migration task fails.
    pub const Failed: Self = Self::known("Failed");
    /// `Canceled`
    ///
    /// The migration task is canceled.
    pub const Canceled: Self = Self::known("Canceled");
    /// `Canceling`
    ///
    /// The migration task is being canceled.
    pub const Canceling: Self = Self::known("Canceling");
    /// `IncrementalWaiting`
    ///
    /// The migration task is waiting to synchronize incremental data.
    pub const IncrementalWaiting: Self = Self::known("IncrementalWaiting");
    /// `IncrementalImporting`
    ///
    /// The migration task is synchronizing incremental data.
    pub const IncrementalImporting: Self = Self::known("IncrementalImporting");
    /// `StopSyncing`
    ///
    /// The migration task has stopped synchronizing data.
    pub const StopSyncing: Self = Self::known("StopSyncing");
}
/// The type of the migration task.
///
/// - `Full`: The migration task migrates full data.
/// - `Incremental`: The migration task migrates incremental data.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type ImportDataType = crate::Enum<enum_values::ImportDataType>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::ImportDataType> {
    /// `Full`
    ///
    /// The migration task migrates full data.
    pub const Full: Self = Self::known("Full");
    /// `Incremental`
    ///
    /// The migration task migrates incremental data.
    pub const Incremental: Self = Self::known("Incremental");
}
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum Engine {}
    impl crate::EnumValues for Engine {
        const NAME: &'static str = "Engine";
        const VALUES: &'static [&'static str] = &["MySQL", "SQLServer"];
    }
    #[derive(PartialEq)]
    pub enum PageSize {}
    impl crate::IntEnumValues<i32> for PageSize {
        const NAME: &'static str = "PageSize";
        const VALUES: &'static [i32] = &[30, 50, 100];
    }
    #[derive(PartialEq)]
    pub enum ImportDataStatus {}
    impl crate::EnumValues for ImportDataStatus {
        const NAME: &'static str = "ImportDataStatus";
        const VALUES: &'static [&'static str] = &[
            "NotStart",
            "FullExporting",
            "FullImporting",
            "Success",
            "Failed",
            "Canceled",
            "Canceling",
            "IncrementalWaiting",
            "IncrementalImporting",
            "StopSyncing",
        ];
    }
    #[derive(PartialEq)]
    pub enum ImportDataType {}
    impl crate::EnumValues for ImportDataType {
        const NAME: &'static str = "ImportDataType";
        const VALUES: &'static [&'static str] = &["Full", "Incremental"];
    }
}
