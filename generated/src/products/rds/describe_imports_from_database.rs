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
//! - The Action really is spelled "DescibeImportsFromDatabase" (no "r"); the wire name keeps it
//!   and only the Rust name is corrected.
//! - The page lists the fields of each migration task at the same level as Items; the JSON
//!   sample shows them inside Items.ImportResultFromDB\[\] (the XML-style wrapper), which is
//!   what the server sends. The sample itself is cut off after "ImportResultFromDB": \[.
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
};
/// `DescibeImportsFromDatabase`: Queries a single or all migration tasks of an ApsaraDB for RDS
/// instance.
///
/// Made by
/// [`Client::describe_imports_from_database`](super::Client::describe_imports_from_database);
/// set parameters, then [`send`](Self::send).
#[derive(Clone, Debug)]
pub struct DescribeImportsFromDatabase {
    client: super::Client,
    input: DescribeImportsFromDatabaseInput,
}
impl DescribeImportsFromDatabase {
    pub(super) fn new(client: super::Client) -> Self {
        Self {
            client,
            input: Default::default(),
        }
    }
    /// Sets `DBInstanceId` (required): see [`DescribeImportsFromDatabaseInput::db_instance_id`].
    pub fn db_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.db_instance_id = Some(value.into());
        self
    }
    /// Sets `EndTime` (required): see [`DescribeImportsFromDatabaseInput::end_time`].
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.input.end_time = Some(value.into());
        self
    }
    /// Sets `Engine` (required): see [`DescribeImportsFromDatabaseInput::engine`].
    pub fn engine(mut self, value: impl Into<Engine>) -> Self {
        self.input.engine = Some(value.into());
        self
    }
    /// Sets `StartTime` (required): see [`DescribeImportsFromDatabaseInput::start_time`].
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.input.start_time = Some(value.into());
        self
    }
    /// Sets `ClientToken` (optional): see [`DescribeImportsFromDatabaseInput::client_token`].
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.input.client_token = Some(value.into());
        self
    }
    /// Sets `ImportId` (optional): see [`DescribeImportsFromDatabaseInput::import_id`].
    pub fn import_id(mut self, value: i32) -> Self {
        self.input.import_id = Some(value);
        self
    }
    /// Sets `PageSize` (optional): see [`DescribeImportsFromDatabaseInput::page_size`].
    pub fn page_size(mut self, value: impl Into<PageSize>) -> Self {
        self.input.page_size = Some(value.into());
        self
    }
    /// Sets `PageNumber` (optional): see [`DescribeImportsFromDatabaseInput::page_number`].
    pub fn page_number(mut self, value: i32) -> Self {
        self.input.page_number = Some(value);
        self
    }
    /// The parameters set so far.
    pub fn input(&self) -> &DescribeImportsFromDatabaseInput {
        &self.input
    }
    /// Checks the parameters and returns them, without sending anything.
    pub fn build(
        self,
    ) -> Result<DescribeImportsFromDatabaseInput, crate::ValidationError> {
        self.input.validate()?;
        Ok(self.input)
    }
    /// Checks the parameters, then sends the request (with retries) and parses the
    /// response. Nothing reaches the network when a check fails.
    pub async fn send(
        self,
    ) -> Result<
        DescribeImportsFromDatabaseOutput,
        crate::Error<DescribeImportsFromDatabaseError>,
    > {
        let Self { client, mut input } = self;
        if input.client_token.is_none() {
            input.client_token = Some(rt::client_token());
        }
        input.validate()?;
        let response = client
            .inner
            .call(input.to_request())
            .await
            .map_err(|e| e.into_service::<DescribeImportsFromDatabaseError>())?;
        rt::parse(&response)
    }
}
impl DescribeImportsFromDatabase {
    /// Sends one request per page, from the page number set (default 1), until the
    /// service's total is reached or a page comes back empty. Each page is a call of
    /// its own (with its own retries and client token).
    pub fn paginate(self) -> DescribeImportsFromDatabasePaginator {
        DescribeImportsFromDatabasePaginator {
            next: Some(self),
            seen: 0,
            buffered: std::collections::VecDeque::new(),
        }
    }
}
/// Pages of [`DescibeImportsFromDatabase`](super::DescribeImportsFromDatabase): see [`DescribeImportsFromDatabase::paginate`].
#[derive(Debug)]
pub struct DescribeImportsFromDatabasePaginator {
    next: Option<DescribeImportsFromDatabase>,
    seen: u64,
    buffered: std::collections::VecDeque<ImportResultFromDb>,
}
impl DescribeImportsFromDatabasePaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> Option<
        Result<
            DescribeImportsFromDatabaseOutput,
            crate::Error<DescribeImportsFromDatabaseError>,
        >,
    > {
        let current = self.next.take()?;
        let page = current.input.page_number.unwrap_or(1i32);
        let mut following = current.clone();
        let out = match current.send().await {
            Ok(out) => out,
            Err(e) => return Some(Err(e)),
        };
        let count = out
            .items
            .as_ref()
            .and_then(|v| v.import_result_from_db.as_ref())
            .map_or(0, |items| items.len()) as u64;
        self.seen += count;
        let more = count > 0
            && out
                .total_record_count
                .is_none_or(|total| (self.seen as i64) < i64::from(total));
        if more {
            following.input.page_number = Some(page + 1);
            following.input.client_token = None;
            self.next = Some(following);
        }
        Some(Ok(out))
    }
    /// The next item, fetching pages as needed.
    pub async fn next_item(
        &mut self,
    ) -> Option<
        Result<ImportResultFromDb, crate::Error<DescribeImportsFromDatabaseError>>,
    > {
        loop {
            if let Some(item) = self.buffered.pop_front() {
                return Some(Ok(item));
            }
            match self.next_page().await? {
                Ok(out) => {
                    self.buffered
                        .extend(
                            out
                                .items
                                .and_then(|v| v.import_result_from_db)
                                .unwrap_or_default(),
                        )
                }
                Err(e) => return Some(Err(e)),
            }
        }
    }
    /// Every item of every page.
    pub async fn collect_items(
        mut self,
    ) -> Result<
        Vec<ImportResultFromDb>,
        crate::Error<DescribeImportsFromDatabaseError>,
    > {
        let mut all = Vec::new();
        while let Some(item) = self.next_item().await {
            all.push(item?);
        }
        Ok(all)
    }
}
/// The parameters of [`DescibeImportsFromDatabase`](super::DescribeImportsFromDatabase).
#[derive(Clone, Debug, Default)]
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
}
impl DescribeImportsFromDatabaseInput {
    /// Checks every documented constraint; the first broken one is returned.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        use rt::validate as v;
        v::required("DBInstanceId", self.db_instance_id.is_some())?;
        v::required("EndTime", self.end_time.is_some())?;
        if let Some(x) = &self.end_time {
            v::time("EndTime", x, rt::TimeFormat::UtcMinute)?;
        }
        v::required("Engine", self.engine.is_some())?;
        if let Some(x) = &self.engine {
            v::known("Engine", x.is_known(), x.as_str(), Engine::VALUES)?;
        }
        v::required("StartTime", self.start_time.is_some())?;
        if let Some(x) = &self.start_time {
            v::time("StartTime", x, rt::TimeFormat::UtcMinute)?;
        }
        if let Some(x) = &self.client_token {
            v::length("ClientToken", x, None, Some(64))?;
            v::ascii("ClientToken", x)?;
        }
        if let Some(x) = &self.page_size {
            v::known("PageSize", x.is_known(), &x.value(), PageSize::VALUES)?;
        }
        if let Some(x) = &self.page_number {
            v::range("PageNumber", i64::from(*x), Some(1), None)?;
        }
        Ok(())
    }
    /// The request as it goes on the wire (before signing).
    pub fn to_request(&self) -> rt::Request {
        let mut r = rt::Request::new(&OPERATION);
        r.text(rt::At::Query, "DBInstanceId", self.db_instance_id.as_deref());
        r.text(rt::At::Query, "EndTime", self.end_time.as_deref());
        r.text(rt::At::Query, "Engine", self.engine.as_ref().map(|x| x.as_str()));
        r.text(rt::At::Query, "StartTime", self.start_time.as_deref());
        r.text(rt::At::Query, "ClientToken", self.client_token.as_deref());
        r.int(rt::At::Query, "ImportId", self.import_id.map(i64::from));
        r.int(
            rt::At::Query,
            "PageSize",
            self.page_size.as_ref().map(|x| i64::from(x.value())),
        );
        r.int(rt::At::Query, "PageNumber", self.page_number.map(i64::from));
        r
    }
}
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
    error_code: Option<String>,
    error_message: Option<String>,
}
impl rt::FromJson for DescribeImportsFromDatabaseOutput {
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::object(v)?;
        Ok(Self {
            items: rt::json::field(&mut o, "Items")?,
            page_number: rt::json::field(&mut o, "PageNumber")?,
            page_record_count: rt::json::field(&mut o, "PageRecordCount")?,
            request_id: rt::json::field(&mut o, "RequestId")?,
            total_record_count: rt::json::field(&mut o, "TotalRecordCount")?,
            error_code: rt::json::field(&mut o, "Code")?,
            error_message: rt::json::field(&mut o, "Message")?,
        })
    }
}
impl rt::Response for DescribeImportsFromDatabaseOutput {
    fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
    fn undocumented_error(&self) -> Option<rt::BodyFailure> {
        self.error_code
            .as_ref()
            .map(|code| rt::BodyFailure {
                code: Some(code.clone()),
                message: self.error_message.clone(),
            })
    }
}
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
    pub fn meta(&self) -> &crate::ErrorMeta {
        match self {
            Self::OperationDeniedDbInstanceType(m) | Self::Unknown(m) => m,
        }
    }
    /// The error code exactly as the service sent it.
    pub fn code(&self) -> &str {
        &self.meta().code
    }
    /// Whether the documentation marks the code as temporary (throttling, unavailable),
    /// or it is an undocumented throttling code.
    pub fn is_retryable(&self) -> bool {
        matches!(self, Self::Unknown(m) if m.is_throttling())
    }
}
impl From<crate::ErrorMeta> for DescribeImportsFromDatabaseError {
    fn from(meta: crate::ErrorMeta) -> Self {
        match meta.code.as_str() {
            "OperationDenied.DBInstanceType" => Self::OperationDeniedDbInstanceType(meta),
            _ => Self::Unknown(meta),
        }
    }
}
impl std::fmt::Display for DescribeImportsFromDatabaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for DescribeImportsFromDatabaseError {}
/// The database engine that the RDS instance runs.
///
/// - `MySQL`: MySQL.
/// - `SQLServer`: SQL Server.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Engine {
    /// `MySQL`
    ///
    /// MySQL.
    MySql,
    /// `SQLServer`
    ///
    /// SQL Server.
    SqlServer,
    ///A value this version of the client does not know, kept as sent.
    Unknown(String),
}
impl Engine {
    /// The documented values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = &["MySQL", "SQLServer"];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MySql => "MySQL",
            Self::SqlServer => "SQLServer",
            Self::Unknown(v) => v,
        }
    }
    /// Whether the value is one of the documented ones.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for Engine {
    fn from(v: &str) -> Self {
        match v {
            "MySQL" => Self::MySql,
            "SQLServer" => Self::SqlServer,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for Engine {
    fn from(v: String) -> Self {
        Self::from(v.as_str())
    }
}
impl std::str::FromStr for Engine {
    type Err = std::convert::Infallible;
    fn from_str(v: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(v))
    }
}
impl std::fmt::Display for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// The number of entries to return on each page.
///
/// - `30`: 30 entries per page.
/// - `50`: 50 entries per page.
/// - `100`: 100 entries per page.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PageSize {
    /// `30`
    ///
    /// 30 entries per page.
    V30,
    /// `50`
    ///
    /// 50 entries per page.
    V50,
    /// `100`
    ///
    /// 100 entries per page.
    V100,
    ///A value this version of the client does not know, kept as sent.
    Unknown(i32),
}
impl PageSize {
    /// The documented values.
    pub const VALUES: &'static [i32] = &[30, 50, 100];
    /// The value as sent on the wire.
    pub fn value(&self) -> i32 {
        match self {
            Self::V30 => 30,
            Self::V50 => 50,
            Self::V100 => 100,
            Self::Unknown(v) => *v,
        }
    }
    /// Whether the value is one of the documented ones.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}
impl From<i32> for PageSize {
    fn from(v: i32) -> Self {
        match v {
            30 => Self::V30,
            50 => Self::V50,
            100 => Self::V100,
            other => Self::Unknown(other),
        }
    }
}
impl std::str::FromStr for PageSize {
    type Err = std::num::ParseIntError;
    fn from_str(v: &str) -> Result<Self, Self::Err> {
        v.trim().parse::<i32>().map(Self::from)
    }
}
impl std::fmt::Display for PageSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.value(), f)
    }
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
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::object(v)?;
        Ok(Self {
            import_result_from_db: rt::json::field(&mut o, "ImportResultFromDB")?,
        })
    }
}
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
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::object(v)?;
        Ok(Self {
            import_data_status: rt::json::field(&mut o, "ImportDataStatus")?,
            import_data_status_description: rt::json::field(
                &mut o,
                "ImportDataStatusDescription",
            )?,
            import_data_type: rt::json::field(&mut o, "ImportDataType")?,
            import_id: rt::json::field(&mut o, "ImportId")?,
            incremental_importing_time: rt::json::field(
                &mut o,
                "IncrementalImportingTime",
            )?,
        })
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
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportDataStatus {
    /// `NotStart`
    ///
    /// The migration task has not started.
    NotStart,
    /// `FullExporting`
    ///
    /// The migration task is exporting full data.
    FullExporting,
    /// `FullImporting`
    ///
    /// The migration task is importing full data.
    FullImporting,
    /// `Success`
    ///
    /// The migration task is successful.
    Success,
    /// `Failed`
    ///
    /// The migration task fails.
    Failed,
    /// `Canceled`
    ///
    /// The migration task is canceled.
    Canceled,
    /// `Canceling`
    ///
    /// The migration task is being canceled.
    Canceling,
    /// `IncrementalWaiting`
    ///
    /// The migration task is waiting to synchronize incremental data.
    IncrementalWaiting,
    /// `IncrementalImporting`
    ///
    /// The migration task is synchronizing incremental data.
    IncrementalImporting,
    /// `StopSyncing`
    ///
    /// The migration task has stopped synchronizing data.
    StopSyncing,
    ///A value this version of the client does not know, kept as sent.
    Unknown(String),
}
impl ImportDataStatus {
    /// The documented values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = &[
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
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotStart => "NotStart",
            Self::FullExporting => "FullExporting",
            Self::FullImporting => "FullImporting",
            Self::Success => "Success",
            Self::Failed => "Failed",
            Self::Canceled => "Canceled",
            Self::Canceling => "Canceling",
            Self::IncrementalWaiting => "IncrementalWaiting",
            Self::IncrementalImporting => "IncrementalImporting",
            Self::StopSyncing => "StopSyncing",
            Self::Unknown(v) => v,
        }
    }
    /// Whether the value is one of the documented ones.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for ImportDataStatus {
    fn from(v: &str) -> Self {
        match v {
            "NotStart" => Self::NotStart,
            "FullExporting" => Self::FullExporting,
            "FullImporting" => Self::FullImporting,
            "Success" => Self::Success,
            "Failed" => Self::Failed,
            "Canceled" => Self::Canceled,
            "Canceling" => Self::Canceling,
            "IncrementalWaiting" => Self::IncrementalWaiting,
            "IncrementalImporting" => Self::IncrementalImporting,
            "StopSyncing" => Self::StopSyncing,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ImportDataStatus {
    fn from(v: String) -> Self {
        Self::from(v.as_str())
    }
}
impl std::str::FromStr for ImportDataStatus {
    type Err = std::convert::Infallible;
    fn from_str(v: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(v))
    }
}
impl std::fmt::Display for ImportDataStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl rt::FromJson for ImportDataStatus {
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        rt::json::string_enum(v)
    }
}
/// The type of the migration task.
///
/// - `Full`: The migration task migrates full data.
/// - `Incremental`: The migration task migrates incremental data.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportDataType {
    /// `Full`
    ///
    /// The migration task migrates full data.
    Full,
    /// `Incremental`
    ///
    /// The migration task migrates incremental data.
    Incremental,
    ///A value this version of the client does not know, kept as sent.
    Unknown(String),
}
impl ImportDataType {
    /// The documented values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = &["Full", "Incremental"];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "Full",
            Self::Incremental => "Incremental",
            Self::Unknown(v) => v,
        }
    }
    /// Whether the value is one of the documented ones.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for ImportDataType {
    fn from(v: &str) -> Self {
        match v {
            "Full" => Self::Full,
            "Incremental" => Self::Incremental,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ImportDataType {
    fn from(v: String) -> Self {
        Self::from(v.as_str())
    }
}
impl std::str::FromStr for ImportDataType {
    type Err = std::convert::Infallible;
    fn from_str(v: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(v))
    }
}
impl std::fmt::Display for ImportDataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl rt::FromJson for ImportDataType {
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        rt::json::string_enum(v)
    }
}
