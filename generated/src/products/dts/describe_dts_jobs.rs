// @generated from specs/dts/DescribeDtsJobs.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `DescribeDtsJobs`: Queries DTS tasks and the details of each task.
//!
//! POST Data Transmission Service (`Dts`), API version `2020-01-01`. Idempotent: network
//! failures and server errors are retried.
//!
//! Notes on the documentation:
//!
//! - DTS reports some failures inside HTTP 200 with Success false and ErrCode/ErrMessage; those
//!   become errors.
//! - Tags holds a JSON array and travels as JSON text.
//! - RegionId is deprecated (Region replaces it); its region list is open so a newer region is
//!   still sent.
//! - The page limits calls to 200 per second per region and 20 per second per account;
//!   throttling answers are retried.
//! - Value lists taken from the reference text (not the metadata) are open: values beyond them
//!   are sent, since the text may lag the service.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-dts20200101 5.11.7 request/response
//!   models; summary from the reference page
//!   (alibabacloud.com/help/en/dts/developer-reference/api-describedtsjobs). The captured
//!   reference text lists no operation-specific error codes, so none are transcribed: errors
//!   arrive as the unknown-code variant with code and message intact.
use crate::runtime as rt;
pub use super::shared::{DtsBisLabel, DtsJobDirection};
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "DescribeDtsJobs",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("Type"),
        rt::Param::query("Params"),
        rt::Param::query("Region"),
        rt::Param::query("Status"),
        rt::Param::query("OrderDirection"),
        rt::Param::query("OrderColumn"),
        rt::Param::query("Tags"),
        rt::Param::query("PageSize"),
        rt::Param::query("PageNumber"),
        rt::Param::query("JobType"),
        rt::Param::query("RegionId"),
        rt::Param::query("GroupId"),
        rt::Param::query("DedicatedClusterId"),
        rt::Param::query("DtsJobId"),
        rt::Param::query("DtsInstanceId"),
        rt::Param::query("ResourceGroupId"),
        rt::Param::query("WithoutDbList"),
        rt::Param::query("DtsBisLabel"),
        rt::Param::query("ZeroEtlJob"),
        rt::Param::query("InstanceType"),
        rt::Param::query("InstanceId"),
        rt::Param::query("DestProductType"),
        rt::Param::query("SrcProductType"),
    ],
};
/// `DescribeDtsJobs`: Queries DTS tasks and the details of each task.
///
/// Made by [`Client::describe_dts_jobs`](super::Client::describe_dts_jobs); set parameters,
/// then [`send`](crate::Call::send) or [`paginate`](crate::Call::paginate).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`describe_dts_jobs`](self), e.g. `describe_dts_jobs::Type`.
pub type DescribeDtsJobs = crate::Call<DescribeDtsJobsInput>;
impl<M> crate::Call<DescribeDtsJobsInput, M> {
    /// Sets `Type` (optional): see [`DescribeDtsJobsInput::type`].
    #[inline]
    pub fn r#type(mut self, value: impl Into<Type>) -> Self {
        self.input.r#type = Some(value.into());
        self
    }
    /// Sets `Params` (optional): see [`DescribeDtsJobsInput::params`].
    #[inline]
    pub fn params(mut self, value: impl Into<String>) -> Self {
        self.input.params = Some(value.into());
        self
    }
    /// Sets `Region` (optional): see [`DescribeDtsJobsInput::region`].
    #[inline]
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.input.region = Some(value.into());
        self
    }
    /// Sets `Status` (optional): see [`DescribeDtsJobsInput::status`].
    #[inline]
    pub fn status(mut self, value: impl Into<Status>) -> Self {
        self.input.status = Some(value.into());
        self
    }
    /// Sets `OrderDirection` (optional): see [`DescribeDtsJobsInput::order_direction`].
    #[inline]
    pub fn order_direction(mut self, value: impl Into<OrderDirection>) -> Self {
        self.input.order_direction = Some(value.into());
        self
    }
    /// Sets `OrderColumn` (optional): see [`DescribeDtsJobsInput::order_column`].
    #[inline]
    pub fn order_column(mut self, value: impl Into<OrderColumn>) -> Self {
        self.input.order_column = Some(value.into());
        self
    }
    /// Sets `Tags` (optional): see [`DescribeDtsJobsInput::tags`].
    #[inline]
    pub fn tags(mut self, value: impl Into<rt::JsonParam>) -> Self {
        self.input.tags = Some(value.into());
        self
    }
    /// Sets `PageSize` (optional): see [`DescribeDtsJobsInput::page_size`].
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.input.page_size = Some(value);
        self
    }
    /// Sets `PageNumber` (optional): see [`DescribeDtsJobsInput::page_number`].
    #[inline]
    pub fn page_number(mut self, value: i32) -> Self {
        self.input.page_number = Some(value);
        self
    }
    /// Sets `JobType` (optional): see [`DescribeDtsJobsInput::job_type`].
    #[inline]
    pub fn job_type(mut self, value: impl Into<JobType>) -> Self {
        self.input.job_type = Some(value.into());
        self
    }
    /// Sets `RegionId` (optional): see [`DescribeDtsJobsInput::region_id`].
    #[inline]
    pub fn region_id(mut self, value: impl Into<RegionId>) -> Self {
        self.input.region_id = Some(value.into());
        self
    }
    /// Sets `GroupId` (optional): see [`DescribeDtsJobsInput::group_id`].
    #[inline]
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.input.group_id = Some(value.into());
        self
    }
    /// Sets `DedicatedClusterId` (optional): see [`DescribeDtsJobsInput::dedicated_cluster_id`].
    #[inline]
    pub fn dedicated_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.input.dedicated_cluster_id = Some(value.into());
        self
    }
    /// Sets `DtsJobId` (optional): see [`DescribeDtsJobsInput::dts_job_id`].
    #[inline]
    pub fn dts_job_id(mut self, value: impl Into<String>) -> Self {
        self.input.dts_job_id = Some(value.into());
        self
    }
    /// Sets `DtsInstanceId` (optional): see [`DescribeDtsJobsInput::dts_instance_id`].
    #[inline]
    pub fn dts_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.dts_instance_id = Some(value.into());
        self
    }
    /// Sets `ResourceGroupId` (optional): see [`DescribeDtsJobsInput::resource_group_id`].
    #[inline]
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.input.resource_group_id = Some(value.into());
        self
    }
    /// Sets `WithoutDbList` (optional): see [`DescribeDtsJobsInput::without_db_list`].
    #[inline]
    pub fn without_db_list(mut self, value: bool) -> Self {
        self.input.without_db_list = Some(value);
        self
    }
    /// Sets `DtsBisLabel` (optional): see [`DescribeDtsJobsInput::dts_bis_label`].
    #[inline]
    pub fn dts_bis_label(mut self, value: impl Into<DtsBisLabel>) -> Self {
        self.input.dts_bis_label = Some(value.into());
        self
    }
    /// Sets `ZeroEtlJob` (optional): see [`DescribeDtsJobsInput::zero_etl_job`].
    #[inline]
    pub fn zero_etl_job(mut self, value: bool) -> Self {
        self.input.zero_etl_job = Some(value);
        self
    }
    /// Sets `InstanceType` (optional): see [`DescribeDtsJobsInput::instance_type`].
    #[inline]
    pub fn instance_type(mut self, value: impl Into<String>) -> Self {
        self.input.instance_type = Some(value.into());
        self
    }
    /// Sets `InstanceId` (optional): see [`DescribeDtsJobsInput::instance_id`].
    #[inline]
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.instance_id = Some(value.into());
        self
    }
    /// Sets `DestProductType` (optional): see [`DescribeDtsJobsInput::dest_product_type`].
    #[inline]
    pub fn dest_product_type(mut self, value: impl Into<String>) -> Self {
        self.input.dest_product_type = Some(value.into());
        self
    }
    /// Sets `SrcProductType` (optional): see [`DescribeDtsJobsInput::src_product_type`].
    #[inline]
    pub fn src_product_type(mut self, value: impl Into<String>) -> Self {
        self.input.src_product_type = Some(value.into());
        self
    }
}
/// Pages of [`DescribeDtsJobs`](super::DescribeDtsJobs): see [`Call::paginate`](crate::Call::paginate).
pub type DescribeDtsJobsPaginator = rt::Paginator<DescribeDtsJobsInput>;
impl rt::Paginated for DescribeDtsJobsInput {
    type Item = DtsJobList;
    #[inline]
    fn page_number(&self) -> Option<i64> {
        self.page_number.map(i64::from)
    }
    #[inline]
    fn set_page_number(&mut self, page: i64) {
        self.page_number = Some(i32::try_from(page).unwrap_or(i32::MAX));
    }
    #[inline]
    fn count(out: &DescribeDtsJobsOutput) -> usize {
        out.dts_job_list.as_ref().map_or(0, Vec::len)
    }
    #[inline]
    fn into_items(out: DescribeDtsJobsOutput) -> Vec<DtsJobList> {
        out.dts_job_list.unwrap_or_default()
    }
    #[inline]
    fn total(out: &DescribeDtsJobsOutput) -> Option<i64> {
        out.total_record_count
    }
}
/// The parameters of [`DescribeDtsJobs`](super::DescribeDtsJobs).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct DescribeDtsJobsInput {
    /// The conditional query parameter. Specify the Params parameter to provide the specific
    /// content of the query condition.
    ///
    /// Optional. Sent as `Type` in the query string.
    ///
    /// Example: `instance`
    pub r#type: Option<Type>,
    /// The specific content of the query condition. Specify Type in advance to define the query
    /// condition.
    ///
    /// Optional. Sent as `Params` in the query string.
    ///
    /// Example: `dtspk3f13r731m****`
    pub params: Option<String>,
    /// The region in which the DTS instance resides. For more information, see List of supported
    /// regions.
    ///
    /// Optional. Sent as `Region` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub region: Option<String>,
    /// The instance status of the DTS instance. Data migration task statuses: Data synchronization
    /// task statuses: Change tracking task statuses:
    ///
    /// Optional. Sent as `Status` in the query string.
    ///
    /// Example: `Migrating`
    pub status: Option<Status>,
    /// The sort order of instances.
    ///
    /// Optional. Sent as `OrderDirection` in the query string.
    pub order_direction: Option<OrderDirection>,
    /// The sort criterion when the response contains multiple DTS instances. You can also specify
    /// OrderDirection to set the sort order to ascending or descending.
    ///
    /// Optional. Sent as `OrderColumn` in the query string.
    pub order_column: Option<OrderColumn>,
    /// The tag-based search condition in JSON format. You can call the ListTagResources operation
    /// to query tag keys and values.
    ///
    /// Optional. Sent as `Tags` in the query string, as JSON text: give the text (checked to be
    /// JSON, then sent as it is) or a `serde_json::Value` (serialised).
    ///
    /// Example: `[{"key":"testkey1","value":"testvalue1"}]`
    pub tags: Option<rt::JsonParam>,
    /// The number of records per page. Valid values: 10, 20, and 30. Default value: 20. Maximum
    /// value: 30.
    ///
    /// Optional. Sent as `PageSize` in the query string.
    ///
    /// Example: `20`
    pub page_size: Option<i32>,
    /// The page number. The value must be a positive integer that does not exceed the maximum value
    /// of the Integer data type. Default value: 1.
    ///
    /// Optional. Sent as `PageNumber` in the query string.
    ///
    /// Example: `1`
    pub page_number: Option<i32>,
    /// The task type of the DTS instance.
    ///
    /// Optional. Sent as `JobType` in the query string.
    ///
    /// Example: `MIGRATION`
    pub job_type: Option<JobType>,
    /// Deprecated parameter.
    ///
    /// Optional. Sent as `RegionId` in the query string.
    pub region_id: Option<RegionId>,
    /// The DTS task ID. In most cases, you do not need to set this parameter.
    ///
    /// Optional. Sent as `GroupId` in the query string.
    pub group_id: Option<String>,
    /// The ID of the DTS dedicated cluster.
    ///
    /// Optional. Sent as `DedicatedClusterId` in the query string.
    pub dedicated_cluster_id: Option<String>,
    /// The ID of the data migration, data synchronization, or change tracking task. Separate
    /// multiple task IDs with commas (,). Make sure that the JobType parameter is set as expected.
    ///
    /// Optional. Sent as `DtsJobId` in the query string.
    pub dts_job_id: Option<String>,
    /// The ID of the data migration, data synchronization, or change tracking instance. Separate
    /// multiple instance IDs with commas (,). Make sure that the JobType parameter is set as
    /// expected.
    ///
    /// Optional. Sent as `DtsInstanceId` in the query string.
    pub dts_instance_id: Option<String>,
    /// The resource group ID.
    ///
    /// Optional. Sent as `ResourceGroupId` in the query string.
    pub resource_group_id: Option<String>,
    /// Specifies whether to exclude task objects from the response (not return the DbObject
    /// parameter). Valid values: true: excludes DbObject from the response. false: includes
    /// DbObject in the response, which can improve the response speed.
    ///
    /// Optional. Sent as `WithoutDbList` in the query string.
    pub without_db_list: Option<bool>,
    /// The environment label of the DTS instance.
    ///
    /// Optional. Sent as `DtsBisLabel` in the query string.
    pub dts_bis_label: Option<DtsBisLabel>,
    /// Specifies whether the node is a seamless integration (Zero-ETL) node. Valid values: false:
    /// No. true: Yes.
    ///
    /// Optional. Sent as `ZeroEtlJob` in the query string.
    pub zero_etl_job: Option<bool>,
    /// The type of the source or destination database instance.
    ///
    /// Optional. Sent as `InstanceType` in the query string.
    pub instance_type: Option<String>,
    /// The ID of the source or destination database instance that corresponds to the InstanceType
    /// request parameter.
    ///
    /// Optional. Sent as `InstanceId` in the query string.
    pub instance_id: Option<String>,
    /// The type of the source database instance.
    ///
    /// Optional. Sent as `DestProductType` in the query string.
    pub dest_product_type: Option<String>,
    /// The type of the destination database instance.
    ///
    /// Optional. Sent as `SrcProductType` in the query string.
    pub src_product_type: Option<String>,
}
impl Default for DescribeDtsJobsInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            r#type: None,
            params: None,
            region: None,
            status: None,
            order_direction: None,
            order_column: None,
            tags: None,
            page_size: None,
            page_number: None,
            job_type: None,
            region_id: None,
            group_id: None,
            dedicated_cluster_id: None,
            dts_job_id: None,
            dts_instance_id: None,
            resource_group_id: None,
            without_db_list: None,
            dts_bis_label: None,
            zero_etl_job: None,
            instance_type: None,
            instance_id: None,
            dest_product_type: None,
            src_product_type: None,
        }
    }
}
impl rt::OperationInput for DescribeDtsJobsInput {
    type Output = DescribeDtsJobsOutput;
    type Error = DescribeDtsJobsError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::text(&self.r#type),
            rt::text(&self.params),
            rt::text(&self.region),
            rt::text(&self.status),
            rt::text(&self.order_direction),
            rt::text(&self.order_column),
            rt::json(&self.tags),
            rt::int(&self.page_size),
            rt::int(&self.page_number),
            rt::text(&self.job_type),
            rt::text(&self.region_id),
            rt::text(&self.group_id),
            rt::text(&self.dedicated_cluster_id),
            rt::text(&self.dts_job_id),
            rt::text(&self.dts_instance_id),
            rt::text(&self.resource_group_id),
            rt::boolean(&self.without_db_list),
            rt::text(&self.dts_bis_label),
            rt::boolean(&self.zero_etl_job),
            rt::text(&self.instance_type),
            rt::text(&self.instance_id),
            rt::text(&self.dest_product_type),
            rt::text(&self.src_product_type),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `DescribeDtsJobs` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeDtsJobsOutput {
    /// The task list and execution details of each task.
    ///
    /// Wire name: `DtsJobList`.
    pub dts_job_list: Option<Vec<DtsJobList>>,
    /// The dynamic error code. This parameter will be deprecated.
    ///
    /// Wire name: `DynamicCode`.
    pub dynamic_code: Option<String>,
    /// The dynamic error message used to replace the %s placeholder in the ErrMessage response
    /// parameter. If ErrMessage returns The Value of Input Parameter %s is not valid and
    /// DynamicMessage returns Type, the request parameter Type is invalid.
    ///
    /// Wire name: `DynamicMessage`.
    pub dynamic_message: Option<String>,
    /// The error code returned if the call fails.
    ///
    /// Wire name: `ErrCode`.
    pub err_code: Option<String>,
    /// The error message returned if the call fails.
    ///
    /// Wire name: `ErrMessage`.
    pub err_message: Option<String>,
    /// The task list and execution details of each task.
    ///
    /// Wire name: `EtlDemoList`.
    pub etl_demo_list: Option<Vec<EtlDemoList>>,
    /// The HTTP status code.
    ///
    /// Wire name: `HttpStatusCode`.
    pub http_status_code: Option<i64>,
    /// The page number.
    ///
    /// Wire name: `PageNumber`.
    pub page_number: Option<i64>,
    /// The maximum number of records that can be displayed on the current page.
    ///
    /// Wire name: `PageRecordCount`.
    pub page_record_count: Option<i64>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// Indicates whether the request is successful.
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
    /// The total number of DTS instances that meet the specified conditions.
    ///
    /// Wire name: `TotalRecordCount`.
    pub total_record_count: Option<i64>,
}
impl rt::FromJson for DescribeDtsJobsOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            dts_job_list: o.get("DtsJobList"),
            dynamic_code: o.get("DynamicCode"),
            dynamic_message: o.get("DynamicMessage"),
            err_code: o.get("ErrCode"),
            err_message: o.get("ErrMessage"),
            etl_demo_list: o.get("EtlDemoList"),
            http_status_code: o.get("HttpStatusCode"),
            page_number: o.get("PageNumber"),
            page_record_count: o.get("PageRecordCount"),
            request_id: o.get("RequestId"),
            success: o.get("Success"),
            total_record_count: o.get("TotalRecordCount"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for DescribeDtsJobsOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn failure(&self) -> Option<rt::BodyFailure> {
        let failed = self.success.as_ref() == Some(&false);
        failed
            .then(|| rt::BodyFailure {
                code: self.err_code.as_ref().map(|s| s.to_string()),
                message: self.err_message.as_ref().map(|s| s.to_string()),
            })
    }
}
/// A failure reported by the service for [`DescribeDtsJobs`](super::DescribeDtsJobs).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum DescribeDtsJobsError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl DescribeDtsJobsError {
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
impl From<crate::ErrorMeta> for DescribeDtsJobsError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for DescribeDtsJobsError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for DescribeDtsJobsError {}
/// The conditional query parameter. Specify the Params parameter to provide the specific
/// content of the query condition.
///
/// - `instance`: queries by DTS instance ID
/// - `name`: queries by DTS instance name. Fuzzy match is supported
/// - `srcRds`: queries by the ID of the source instance (ApsaraDB RDS)
/// - `rds`: queries by the ID of the destination instance (ApsaraDB RDS)
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type Type = crate::Enum<enum_values::Type>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::Type> {
    /// `instance`
    ///
    /// queries by DTS instance ID
    pub const Instance: Self = Self::known("instance");
    /// `name`
    ///
    /// queries by DTS instance name. Fuzzy match is supported
    pub const Name: Self = Self::known("name");
    /// `srcRds`
    ///
    /// queries by the ID of the source instance (ApsaraDB RDS)
    pub const SrcRds: Self = Self::known("srcRds");
    /// `rds`
    ///
    /// queries by the ID of the destination instance (ApsaraDB RDS)
    pub const Rds: Self = Self::known("rds");
}
/// The instance status of the DTS instance. Data migration task statuses: Data synchronization
/// task statuses: Change tracking task statuses:
///
/// - `NotStarted`: not started
/// - `Prechecking`: running a precheck
/// - `PrecheckFailed`: precheck failed
/// - `PreCheckPass`: precheck passed
/// - `NotConfigured`: not configured
/// - `Migrating`: migrating
/// - `Suspending`: paused
/// - `MigrationFailed`: migration failed
/// - `Finished`: completed
/// - `Retrying`: retrying
/// - `Upgrade`: upgrading
/// - `Locked`: locked
/// - `Downgrade`: downgrading
/// - `Initializing`: performing initial synchronization
/// - `InitializeFailed`: initial synchronization failed
/// - `Synchronizing`: synchronizing
/// - `Failed`: synchronization failed
/// - `Modifying`: modifying synchronization objects
/// - `Starting`: starting
/// - `Normal`: normal
/// - `Abnormal`: abnormal
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type Status = crate::Enum<enum_values::Status>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::Status> {
    /// `NotStarted`
    ///
    /// not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Prechecking`
    ///
    /// running a precheck
    pub const Prechecking: Self = Self::known("Prechecking");
    /// `PrecheckFailed`
    ///
    /// precheck failed
    pub const PrecheckFailed: Self = Self::known("PrecheckFailed");
    /// `PreCheckPass`
    ///
    /// precheck passed
    pub const PreCheckPass: Self = Self::known("PreCheckPass");
    /// `NotConfigured`
    ///
    /// not configured
    pub const NotConfigured: Self = Self::known("NotConfigured");
    /// `Migrating`
    ///
    /// migrating
    pub const Migrating: Self = Self::known("Migrating");
    /// `Suspending`
    ///
    /// paused
    pub const Suspending: Self = Self::known("Suspending");
    /// `MigrationFailed`
    ///
    /// migration failed
    pub const MigrationFailed: Self = Self::known("MigrationFailed");
    /// `Finished`
    ///
    /// completed
    pub const Finished: Self = Self::known("Finished");
    /// `Retrying`
    ///
    /// retrying
    pub const Retrying: Self = Self::known("Retrying");
    /// `Upgrade`
    ///
    /// upgrading
    pub const Upgrade: Self = Self::known("Upgrade");
    /// `Locked`
    ///
    /// locked
    pub const Locked: Self = Self::known("Locked");
    /// `Downgrade`
    ///
    /// downgrading
    pub const Downgrade: Self = Self::known("Downgrade");
    /// `Initializing`
    ///
    /// performing initial synchronization
    pub const Initializing: Self = Self::known("Initializing");
    /// `InitializeFailed`
    ///
    /// initial synchronization failed
    pub const InitializeFailed: Self = Self::known("InitializeFailed");
    /// `Synchronizing`
    ///
    /// synchronizing
    pub const Synchronizing: Self = Self::known("Synchronizing");
    /// `Failed`
    ///
    /// synchronization failed
    pub const Failed: Self = Self::known("Failed");
    /// `Modifying`
    ///
    /// modifying synchronization objects
    pub const Modifying: Self = Self::known("Modifying");
    /// `Starting`
    ///
    /// starting
    pub const Starting: Self = Self::known("Starting");
    /// `Normal`
    ///
    /// normal
    pub const Normal: Self = Self::known("Normal");
    /// `Abnormal`
    ///
    /// abnormal
    pub const Abnormal: Self = Self::known("Abnormal");
}
/// The sort order of instances.
///
/// - `ASC`: ascending order. This is the default value
/// - `DESC`: descending order
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type OrderDirection = crate::Enum<enum_values::OrderDirection>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::OrderDirection> {
    /// `ASC`
    ///
    /// ascending order. This is the default value
    pub const Asc: Self = Self::known("ASC");
    /// `DESC`
    ///
    /// descending order
    pub const Desc: Self = Self::known("DESC");
}
/// The sort criterion when the response contains multiple DTS instances. You can also specify
/// OrderDirection to set the sort order to ascending or descending.
///
/// - `CreateTime`: sorts by task creation time
/// - `FinishTime`: sorts by task completion time
/// - `duLimit`: (dedicated cluster tasks): sorts by the upper limit of DU usage for DTS tasks.
///   This value is supported only for dedicated clusters
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type OrderColumn = crate::Enum<enum_values::OrderColumn>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::OrderColumn> {
    /// `CreateTime`
    ///
    /// sorts by task creation time
    pub const CreateTime: Self = Self::known("CreateTime");
    /// `FinishTime`
    ///
    /// sorts by task completion time
    pub const FinishTime: Self = Self::known("FinishTime");
    /// `duLimit`
    ///
    /// (dedicated cluster tasks): sorts by the upper limit of DU usage for DTS tasks. This value is
    /// supported only for dedicated clusters
    pub const DuLimit: Self = Self::known("duLimit");
}
/// The task type of the DTS instance.
///
/// - `MIGRATION`: data migration (default)
/// - `SYNC`: data synchronization
/// - `SUBSCRIBE`: change tracking
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `JobType` of this product's other operations, and the same type.
pub type JobType = crate::Enum<super::shared::enum_values::JobType>;
/// Deprecated parameter.
///
/// - `cn-hangzhou`:
/// - `cn-shanghai`:
/// - `cn-beijing`:
/// - `cn-guangzhou`:
/// - `cn-shenzhen`:
/// - `cn-chengdu`:
/// - `cn-heyuan`:
/// - `cn-hongkong`:
/// - `cn-qingdao`:
/// - `cn-zhangbei`:
/// - `cn-zhangjiakou`:
/// - `us-east-1`:
/// - `us-west-1`:
/// - `cn-hangzhou-finance`:
/// - `cn-shanghai-finance`:
/// - `cn-shanghai-finance-1`:
/// - `cn-shenzhen-finance`:
/// - `cn-shenzhen-finance-1`:
/// - `cn-beijing-finance-1`:
/// - `cn-huhehaote`:
/// - `cn-north-2-gov-1`:
/// - `eu-central-1`:
/// - `eu-west-1`:
/// - `me-central-1`:
/// - `me-east-1`:
/// - `ap-northeast-1`:
/// - `ap-northeast-2`:
/// - `ap-southeast-1`:
/// - `ap-southeast-3`:
/// - `ap-southeast-5`:
/// - `ap-southeast-6`:
/// - `ap-southeast-7`:
/// - `cn-wulanchabu`:
/// - `cn-zhengzhou-jva`:
/// - `cn-wuhan-lr`:
/// - `cn-shanghai-cloudspe`:
/// - `na-south-1`:
/// - `us-southeast-1`:
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type RegionId = crate::Enum<enum_values::RegionId>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::RegionId> {
    /// `cn-hangzhou`
    pub const CnHangzhou: Self = Self::known("cn-hangzhou");
    /// `cn-shanghai`
    pub const CnShanghai: Self = Self::known("cn-shanghai");
    /// `cn-beijing`
    pub const CnBeijing: Self = Self::known("cn-beijing");
    /// `cn-guangzhou`
    pub const CnGuangzhou: Self = Self::known("cn-guangzhou");
    /// `cn-shenzhen`
    pub const CnShenzhen: Self = Self::known("cn-shenzhen");
    /// `cn-chengdu`
    pub const CnChengdu: Self = Self::known("cn-chengdu");
    /// `cn-heyuan`
    pub const CnHeyuan: Self = Self::known("cn-heyuan");
    /// `cn-hongkong`
    pub const CnHongkong: Self = Self::known("cn-hongkong");
    /// `cn-qingdao`
    pub const CnQingdao: Self = Self::known("cn-qingdao");
    /// `cn-zhangbei`
    pub const CnZhangbei: Self = Self::known("cn-zhangbei");
    /// `cn-zhangjiakou`
    pub const CnZhangjiakou: Self = Self::known("cn-zhangjiakou");
    /// `us-east-1`
    pub const UsEast1: Self = Self::known("us-east-1");
    /// `us-west-1`
    pub const UsWest1: Self = Self::known("us-west-1");
    /// `cn-hangzhou-finance`
    pub const CnHangzhouFinance: Self = Self::known("cn-hangzhou-finance");
    /// `cn-shanghai-finance`
    pub const CnShanghaiFinance: Self = Self::known("cn-shanghai-finance");
    /// `cn-shanghai-finance-1`
    pub const CnShanghaiFinance1: Self = Self::known("cn-shanghai-finance-1");
    /// `cn-shenzhen-finance`
    pub const CnShenzhenFinance: Self = Self::known("cn-shenzhen-finance");
    /// `cn-shenzhen-finance-1`
    pub const CnShenzhenFinance1: Self = Self::known("cn-shenzhen-finance-1");
    /// `cn-beijing-finance-1`
    pub const CnBeijingFinance1: Self = Self::known("cn-beijing-finance-1");
    /// `cn-huhehaote`
    pub const CnHuhehaote: Self = Self::known("cn-huhehaote");
    /// `cn-north-2-gov-1`
    pub const CnNorth2Gov1: Self = Self::known("cn-north-2-gov-1");
    /// `eu-central-1`
    pub const EuCentral1: Self = Self::known("eu-central-1");
    /// `eu-west-1`
    pub const EuWest1: Self = Self::known("eu-west-1");
    /// `me-central-1`
    pub const MeCentral1: Self = Self::known("me-central-1");
    /// `me-east-1`
    pub const MeEast1: Self = Self::known("me-east-1");
    /// `ap-northeast-1`
    pub const ApNortheast1: Self = Self::known("ap-northeast-1");
    /// `ap-northeast-2`
    pub const ApNortheast2: Self = Self::known("ap-northeast-2");
    /// `ap-southeast-1`
    pub const ApSoutheast1: Self = Self::known("ap-southeast-1");
    /// `ap-southeast-3`
    pub const ApSoutheast3: Self = Self::known("ap-southeast-3");
    /// `ap-southeast-5`
    pub const ApSoutheast5: Self = Self::known("ap-southeast-5");
    /// `ap-southeast-6`
    pub const ApSoutheast6: Self = Self::known("ap-southeast-6");
    /// `ap-southeast-7`
    pub const ApSoutheast7: Self = Self::known("ap-southeast-7");
    /// `cn-wulanchabu`
    pub const CnWulanchabu: Self = Self::known("cn-wulanchabu");
    /// `cn-zhengzhou-jva`
    pub const CnZhengzhouJva: Self = Self::known("cn-zhengzhou-jva");
    /// `cn-wuhan-lr`
    pub const CnWuhanLr: Self = Self::known("cn-wuhan-lr");
    /// `cn-shanghai-cloudspe`
    pub const CnShanghaiCloudspe: Self = Self::known("cn-shanghai-cloudspe");
    /// `na-south-1`
    pub const NaSouth1: Self = Self::known("na-south-1");
    /// `us-southeast-1`
    pub const UsSoutheast1: Self = Self::known("us-southeast-1");
}
/// One item of `DtsJobList`. The task list and execution details of each task.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DtsJobList {
    /// Indicates whether the instance uses the new version of change tracking. The value new
    /// indicates the new version. This parameter is returned only for new-version change tracking
    /// instances.
    ///
    /// Wire name: `AppName`.
    pub app_name: Option<String>,
    /// The beginning of the timestamp range for data stored in the change tracking instance in the
    /// format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `BeginTimestamp`.
    pub begin_timestamp: Option<String>,
    /// The start checkpoint of incremental data migration or the synchronization checkpoint, in the
    /// format of a Unix timestamp. Unit: seconds.
    ///
    /// Wire name: `Checkpoint`.
    pub checkpoint: Option<String>,
    /// The consumption checkpoint of the downstream consumer for the change tracking instance in
    /// the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `ConsumptionCheckpoint`.
    pub consumption_checkpoint: Option<String>,
    /// The downstream consumer client information, which consists of an IP address and a random
    /// number generated by DTS.
    ///
    /// Wire name: `ConsumptionClient`.
    pub consumption_client: Option<String>,
    /// The current CPU utilization of the instance. Unit: %.
    ///
    /// Wire name: `CpuUsage`.
    pub cpu_usage: Option<String>,
    /// The task creation time in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `CreateTime`.
    pub create_time: Option<String>,
    /// The task progress status of physical migration to the cloud.
    ///
    /// Wire name: `DataCloudStatus`.
    pub data_cloud_status: Option<DataCloudStatus>,
    /// The status of the ETL task. This parameter set is returned only after an ETL task is
    /// configured.
    ///
    /// Wire name: `DataEtlStatus`.
    pub data_etl_status: Option<DataEtlStatus>,
    /// The status of full data migration or initial full data synchronization.
    ///
    /// Wire name: `DataInitializationStatus`.
    pub data_initialization_status: Option<DataInitializationStatus>,
    /// The status of incremental data migration or synchronization.
    ///
    /// Wire name: `DataSynchronizationStatus`.
    pub data_synchronization_status: Option<DataSynchronizationStatus>,
    /// The objects for data migration, data synchronization, or change tracking. For more
    /// information, see Objects for data migration, data synchronization, or change tracking.
    ///
    /// Wire name: `DbObject`.
    pub db_object: Option<String>,
    /// The ID of the DTS dedicated cluster.
    ///
    /// Wire name: `DedicatedClusterId`.
    pub dedicated_cluster_id: Option<String>,
    /// The latency of incremental data migration or synchronization. For data migration tasks, the
    /// unit is milliseconds. For data synchronization tasks, the unit is seconds.
    ///
    /// Wire name: `Delay`.
    pub delay: Option<i64>,
    /// The connection information of the destination instance.
    ///
    /// Wire name: `DestinationEndpoint`.
    pub destination_endpoint: Option<DestinationEndpoint>,
    /// The environment label of the DTS instance.
    ///
    /// Wire name: `DtsBisLabel`.
    pub dts_bis_label: Option<DtsJobListDtsBisLabel>,
    /// The ID of the data migration, data synchronization, or change tracking instance.
    ///
    /// Wire name: `DtsInstanceID`.
    pub dts_instance_id: Option<String>,
    /// The specification of the data transmission link. For more information about link
    /// specifications and performance test results, see Specifications of data migration links and
    /// Specifications of data synchronization links.
    ///
    /// Wire name: `DtsJobClass`.
    pub dts_job_class: Option<String>,
    /// The synchronization direction. This parameter is returned only when the topology of the data
    /// synchronization instance is two-way synchronization.
    ///
    /// Wire name: `DtsJobDirection`.
    pub dts_job_direction: Option<DtsJobDirection>,
    /// The ID of the data migration, data synchronization, or change tracking task.
    ///
    /// Wire name: `DtsJobId`.
    pub dts_job_id: Option<String>,
    /// The name of the data migration, data synchronization, or change tracking task.
    ///
    /// Wire name: `DtsJobName`.
    pub dts_job_name: Option<String>,
    /// The DU usage of the dedicated cluster task.
    ///
    /// Wire name: `DuRealUsage`.
    pub du_real_usage: Option<String>,
    /// The DTS dedicated cluster resources that have been used. Unit: DU.
    ///
    /// Wire name: `DuUsage`.
    pub du_usage: Option<i64>,
    /// The end of the timestamp range for data stored in the change tracking instance in the format
    /// of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `EndTimestamp`.
    pub end_timestamp: Option<String>,
    /// The error details.
    ///
    /// Wire name: `ErrorDetails`.
    pub error_details: Option<Vec<ErrorDetails>>,
    /// The error message returned when the task fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The safe checkpoint of the ETL task.
    ///
    /// Wire name: `EtlSafeCheckpoint`.
    pub etl_safe_checkpoint: Option<String>,
    /// The expiration time of the instance in the format of yyyy-MM-ddTHH:mm:ssZ (UTC). This
    /// parameter is returned only when the value of PayType is PrePaid.
    ///
    /// Wire name: `ExpireTime`.
    pub expire_time: Option<String>,
    /// The status information of full data verification.
    ///
    /// Wire name: `FullDataCheckStatus`.
    pub full_data_check_status: Option<FullDataCheckStatus>,
    /// The status information of incremental data verification.
    ///
    /// Wire name: `IncDataCheckStatus`.
    pub inc_data_check_status: Option<IncDataCheckStatus>,
    /// Wire name: `InsightModule`.
    pub insight_module: Option<bool>,
    /// The type of the DTS task.
    ///
    /// Wire name: `JobType`.
    pub job_type: Option<DtsJobListJobType>,
    /// The maximum number of DUs for the serverless instance.
    ///
    /// Wire name: `MaxDu`.
    pub max_du: Option<f64>,
    /// The memory that has been used. Unit: MB.
    ///
    /// Wire name: `MemUsage`.
    pub mem_usage: Option<String>,
    /// The error code.
    ///
    /// Wire name: `MigrationErrCode`.
    pub migration_err_code: Option<String>,
    /// The ID of the help documentation for the error code.
    ///
    /// Wire name: `MigrationErrHelpDocId`.
    pub migration_err_help_doc_id: Option<String>,
    /// The key of the help documentation for the error code.
    ///
    /// Wire name: `MigrationErrHelpDocKey`.
    pub migration_err_help_doc_key: Option<String>,
    /// The error message.
    ///
    /// Wire name: `MigrationErrMsg`.
    pub migration_err_msg: Option<String>,
    /// The type of the error code.
    ///
    /// Wire name: `MigrationErrType`.
    pub migration_err_type: Option<String>,
    /// The workaround for the error.
    ///
    /// Wire name: `MigrationErrWorkaround`.
    pub migration_err_workaround: Option<String>,
    /// The migration type or synchronization initialization type.
    ///
    /// Wire name: `MigrationMode`.
    pub migration_mode: Option<MigrationMode>,
    /// The minimum number of DUs for the serverless instance.
    ///
    /// Wire name: `MinDu`.
    pub min_du: Option<f64>,
    /// The task source:
    ///
    /// Wire name: `OriginType`.
    pub origin_type: Option<OriginType>,
    /// The billing method of the instance.
    ///
    /// Wire name: `PayType`.
    pub pay_type: Option<PayType>,
    /// The performance information of the data migration or synchronization link.
    ///
    /// Wire name: `Performance`.
    pub performance: Option<Performance>,
    /// The precheck status.
    ///
    /// Wire name: `PrecheckStatus`.
    pub precheck_status: Option<PrecheckStatus>,
    /// The reserved parameter of DTS in JSON format. You can specify this parameter to meet special
    /// requirements, such as whether to automatically start a precheck. For more information, see
    /// MigrationReserved parameter description.
    ///
    /// Wire name: `Reserved`.
    pub reserved: Option<String>,
    /// The name of the resource group.
    ///
    /// Wire name: `ResourceGroupDisplayName`.
    pub resource_group_display_name: Option<String>,
    /// The resource group ID.
    ///
    /// Wire name: `ResourceGroupId`.
    pub resource_group_id: Option<String>,
    /// The retry state. DTS is retrying because the task encountered an exception.
    ///
    /// Wire name: `RetryState`.
    pub retry_state: Option<RetryState>,
    /// The execution details of the reverse synchronization task. This parameter set is returned
    /// only when the task is a data synchronization task with a two-way synchronization topology.
    ///
    /// Wire name: `ReverseJob`.
    pub reverse_job: Option<ReverseJob>,
    /// The connection information of the source instance.
    ///
    /// Wire name: `SourceEndpoint`.
    pub source_endpoint: Option<SourceEndpoint>,
    /// The instance status of the DTS instance. Data migration task statuses: Data synchronization
    /// task statuses: Change tracking task statuses:
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListStatus>,
    /// The status information of schema verification.
    ///
    /// Wire name: `StructureDataCheckStatus`.
    pub structure_data_check_status: Option<StructureDataCheckStatus>,
    /// The status of schema migration or initial schema synchronization.
    ///
    /// Wire name: `StructureInitializationStatus`.
    pub structure_initialization_status: Option<StructureInitializationStatus>,
    /// The tag collection.
    ///
    /// Wire name: `TagList`.
    pub tag_list: Option<Vec<TagList>>,
    /// Wire name: `TimeWindowDataCheckStatus`.
    pub time_window_data_check_status: Option<TimeWindowDataCheckStatus>,
}
impl rt::FromJson for DtsJobList {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            app_name: o.get("AppName"),
            begin_timestamp: o.get("BeginTimestamp"),
            checkpoint: o.get("Checkpoint"),
            consumption_checkpoint: o.get("ConsumptionCheckpoint"),
            consumption_client: o.get("ConsumptionClient"),
            cpu_usage: o.get("CpuUsage"),
            create_time: o.get("CreateTime"),
            data_cloud_status: o.get("DataCloudStatus"),
            data_etl_status: o.get("DataEtlStatus"),
            data_initialization_status: o.get("DataInitializationStatus"),
            data_synchronization_status: o.get("DataSynchronizationStatus"),
            db_object: o.get("DbObject"),
            dedicated_cluster_id: o.get("DedicatedClusterId"),
            delay: o.get("Delay"),
            destination_endpoint: o.get("DestinationEndpoint"),
            dts_bis_label: o.get("DtsBisLabel"),
            dts_instance_id: o.get("DtsInstanceID"),
            dts_job_class: o.get("DtsJobClass"),
            dts_job_direction: o.get("DtsJobDirection"),
            dts_job_id: o.get("DtsJobId"),
            dts_job_name: o.get("DtsJobName"),
            du_real_usage: o.get("DuRealUsage"),
            du_usage: o.get("DuUsage"),
            end_timestamp: o.get("EndTimestamp"),
            error_details: o.get("ErrorDetails"),
            error_message: o.get("ErrorMessage"),
            etl_safe_checkpoint: o.get("EtlSafeCheckpoint"),
            expire_time: o.get("ExpireTime"),
            full_data_check_status: o.get("FullDataCheckStatus"),
            inc_data_check_status: o.get("IncDataCheckStatus"),
            insight_module: o.get("InsightModule"),
            job_type: o.get("JobType"),
            max_du: o.get("MaxDu"),
            mem_usage: o.get("MemUsage"),
            migration_err_code: o.get("MigrationErrCode"),
            migration_err_help_doc_id: o.get("MigrationErrHelpDocId"),
            migration_err_help_doc_key: o.get("MigrationErrHelpDocKey"),
            migration_err_msg: o.get("MigrationErrMsg"),
            migration_err_type: o.get("MigrationErrType"),
            migration_err_workaround: o.get("MigrationErrWorkaround"),
            migration_mode: o.get("MigrationMode"),
            min_du: o.get("MinDu"),
            origin_type: o.get("OriginType"),
            pay_type: o.get("PayType"),
            performance: o.get("Performance"),
            precheck_status: o.get("PrecheckStatus"),
            reserved: o.get("Reserved"),
            resource_group_display_name: o.get("ResourceGroupDisplayName"),
            resource_group_id: o.get("ResourceGroupId"),
            retry_state: o.get("RetryState"),
            reverse_job: o.get("ReverseJob"),
            source_endpoint: o.get("SourceEndpoint"),
            status: o.get("Status"),
            structure_data_check_status: o.get("StructureDataCheckStatus"),
            structure_initialization_status: o.get("StructureInitializationStatus"),
            tag_list: o.get("TagList"),
            time_window_data_check_status: o.get("TimeWindowDataCheckStatus"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The task progress status of physical migration to the cloud.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DataCloudStatus {
    /// The error message returned when the task fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// Indicates whether the instance specification needs to be upgraded. Valid values: true: The
    /// specification needs to be upgraded. false: The specification does not need to be upgraded.
    ///
    /// Wire name: `NeedUpgrade`.
    pub need_upgrade: Option<bool>,
    /// The task progress, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of tables that have been migrated.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of the task. For more information, see the description of the Status request
    /// parameter in this operation.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
}
impl rt::FromJson for DataCloudStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            need_upgrade: o.get("NeedUpgrade"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the ETL task. This parameter set is returned only after an ETL task is
/// configured.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DataEtlStatus {
    /// The error message returned when the ETL task fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The progress of the ETL task, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of records that have been processed by the ETL task.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of the ETL task.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListDataEtlStatusStatus>,
}
impl rt::FromJson for DataEtlStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the ETL task.
///
/// - `NotStarted`: not started
/// - `Migrating`: running
/// - `Failed`: execution failed
/// - `Finished`: completed
/// - `Catched`: no latency
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DtsJobListDataEtlStatusStatus = crate::Enum<
    enum_values::DtsJobListDataEtlStatusStatus,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DtsJobListDataEtlStatusStatus> {
    /// `NotStarted`
    ///
    /// not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Migrating`
    ///
    /// running
    pub const Migrating: Self = Self::known("Migrating");
    /// `Failed`
    ///
    /// execution failed
    pub const Failed: Self = Self::known("Failed");
    /// `Finished`
    ///
    /// completed
    pub const Finished: Self = Self::known("Finished");
    /// `Catched`
    ///
    /// no latency
    pub const Catched: Self = Self::known("Catched");
}
/// The status of full data migration or initial full data synchronization.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DataInitializationStatus {
    /// The error message returned when full data migration or initial full data synchronization
    /// fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The progress of full data migration or initial full data synchronization, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of records that have been migrated or initialized during full data migration or
    /// initial full data synchronization.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of full data migration or initial full data synchronization.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListDataInitializationStatusStatus>,
}
impl rt::FromJson for DataInitializationStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of full data migration or initial full data synchronization.
///
/// - `NotStarted`: not started
/// - `Migrating`: migrating or initializing
/// - `Failed`: migration or initialization failed
/// - `Finished`: migration or initialization completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DtsJobListDataInitializationStatusStatus = crate::Enum<
    enum_values::DtsJobListDataInitializationStatusStatus,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DtsJobListDataInitializationStatusStatus> {
    /// `NotStarted`
    ///
    /// not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Migrating`
    ///
    /// migrating or initializing
    pub const Migrating: Self = Self::known("Migrating");
    /// `Failed`
    ///
    /// migration or initialization failed
    pub const Failed: Self = Self::known("Failed");
    /// `Finished`
    ///
    /// migration or initialization completed
    pub const Finished: Self = Self::known("Finished");
}
/// The status of incremental data migration or synchronization.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DataSynchronizationStatus {
    /// The error message returned when incremental data migration or synchronization fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// Indicates whether the instance specification needs to be upgraded. Valid values: true: The
    /// specification needs to be upgraded. false: The specification does not need to be upgraded.
    /// To upgrade the instance specification, call TransferInstanceClass.
    ///
    /// Wire name: `NeedUpgrade`.
    pub need_upgrade: Option<bool>,
    /// The progress of incremental data migration or synchronization, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of records that have been migrated or synchronized during incremental data
    /// migration or synchronization.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of incremental data migration or synchronization.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListDataSynchronizationStatusStatus>,
}
impl rt::FromJson for DataSynchronizationStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            need_upgrade: o.get("NeedUpgrade"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of incremental data migration or synchronization.
///
/// - `NotStarted`: not started
/// - `Migrating`: migrating or synchronizing
/// - `Failed`: migration or synchronization failed
/// - `Finished`: migration or synchronization completed
/// - `Catched`: no latency
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListDataEtlStatusStatus`], and the same type: constants and
/// `Debug` output are `DtsJobListDataEtlStatusStatus`'s.
pub type DtsJobListDataSynchronizationStatusStatus = crate::Enum<
    enum_values::DtsJobListDataEtlStatusStatus,
>;
/// The connection information of the destination instance.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DestinationEndpoint {
    /// The name of the database to which the migration objects belong in the destination instance.
    ///
    /// Wire name: `DatabaseName`.
    pub database_name: Option<String>,
    /// The database engine of the destination instance.
    ///
    /// Wire name: `EngineName`.
    pub engine_name: Option<String>,
    /// The instance ID of the destination instance.
    ///
    /// Wire name: `InstanceID`.
    pub instance_id: Option<String>,
    /// The type of the destination instance.
    ///
    /// Wire name: `InstanceType`.
    pub instance_type: Option<String>,
    /// The endpoint of the destination instance.
    ///
    /// Wire name: `Ip`.
    pub ip: Option<String>,
    /// The SID of the Oracle database. This parameter is returned only when EngineName of the
    /// destination instance is Oracle and the Oracle database is a non-RAC instance.
    ///
    /// Wire name: `OracleSID`.
    pub oracle_sid: Option<String>,
    /// The database service port of the destination instance.
    ///
    /// Wire name: `Port`.
    pub port: Option<String>,
    /// The region in which the destination instance resides. For more information, see List of
    /// supported regions.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// Indicates whether an SSL connection is used.
    ///
    /// Wire name: `SslSolutionEnum`.
    pub ssl_solution_enum: Option<SslSolutionEnum>,
    /// The database account of the destination instance.
    ///
    /// Wire name: `UserName`.
    pub user_name: Option<String>,
}
impl rt::FromJson for DestinationEndpoint {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            database_name: o.get("DatabaseName"),
            engine_name: o.get("EngineName"),
            instance_id: o.get("InstanceID"),
            instance_type: o.get("InstanceType"),
            ip: o.get("Ip"),
            oracle_sid: o.get("OracleSID"),
            port: o.get("Port"),
            region: o.get("Region"),
            ssl_solution_enum: o.get("SslSolutionEnum"),
            user_name: o.get("UserName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether an SSL connection is used.
///
/// - `DISABLE`: SSL is not used
/// - `ENABLE_WITH_CERTIFICATE`: SSL is used with a CA certificate uploaded
/// - `ENABLE_ONLY_4_MONGODB_ALTAS`: SSL is used to connect to AWS MongoDB Atlas
/// - `ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256`: SCRAM-SHA-256 is used to connect to Kafka
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `SslSolutionEnum` of this product's other operations, and the same
/// type.
pub type SslSolutionEnum = crate::Enum<super::shared::enum_values::SslSolutionEnum>;
/// The environment label of the DTS instance.
///
/// - `normal`: normal
/// - `online`: online
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsBisLabel` of this product's other operations, and the same type:
/// constants and `Debug` output are `DtsBisLabel`'s.
pub type DtsJobListDtsBisLabel = crate::Enum<super::shared::enum_values::DtsBisLabel>;
/// One item of `ErrorDetails`. The error details.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ErrorDetails {
    /// The error code.
    ///
    /// Wire name: `ErrorCode`.
    pub error_code: Option<String>,
    /// The URL of the help documentation.
    ///
    /// Wire name: `HelpUrl`.
    pub help_url: Option<String>,
}
impl rt::FromJson for ErrorDetails {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_code: o.get("ErrorCode"),
            help_url: o.get("HelpUrl"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status information of full data verification.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FullDataCheckStatus {
    /// Indicates whether migration switchover can be performed. Valid values: true: Yes. false: No.
    /// This parameter is used by the one-click upgrade feature of PolarDB.
    ///
    /// Wire name: `CanSwitch`.
    pub can_switch: Option<bool>,
    /// The error message returned when the task fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The progress of the full data verification task, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The progress of the full data verification task.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of the full data verification task.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListFullDataCheckStatusStatus>,
}
impl rt::FromJson for FullDataCheckStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            can_switch: o.get("CanSwitch"),
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the full data verification task.
///
/// - `NotStarted`: not started
/// - `Checking`: verifying
/// - `Failed`: verification failed
/// - `Finished`: verification completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DtsJobListFullDataCheckStatusStatus = crate::Enum<
    enum_values::DtsJobListFullDataCheckStatusStatus,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DtsJobListFullDataCheckStatusStatus> {
    /// `NotStarted`
    ///
    /// not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Checking`
    ///
    /// verifying
    pub const Checking: Self = Self::known("Checking");
    /// `Failed`
    ///
    /// verification failed
    pub const Failed: Self = Self::known("Failed");
    /// `Finished`
    ///
    /// verification completed
    pub const Finished: Self = Self::known("Finished");
}
/// The status information of incremental data verification.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IncDataCheckStatus {
    /// The error message returned when the task fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The progress of the incremental data verification task, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The progress of the incremental data verification task.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of the incremental data verification task.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListIncDataCheckStatusStatus>,
}
impl rt::FromJson for IncDataCheckStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the incremental data verification task.
///
/// - `Catched`: no latency
/// - `NotStarted`: not started
/// - `Checking`: verifying
/// - `Failed`: verification failed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DtsJobListIncDataCheckStatusStatus = crate::Enum<
    enum_values::DtsJobListIncDataCheckStatusStatus,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DtsJobListIncDataCheckStatusStatus> {
    /// `Catched`
    ///
    /// no latency
    pub const Catched: Self = Self::known("Catched");
    /// `NotStarted`
    ///
    /// not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Checking`
    ///
    /// verifying
    pub const Checking: Self = Self::known("Checking");
    /// `Failed`
    ///
    /// verification failed
    pub const Failed: Self = Self::known("Failed");
}
/// The type of the DTS task.
///
/// - `online`: data migration
/// - `sync`: data synchronization
/// - `subscribe`: change tracking
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DtsJobListJobType = crate::Enum<enum_values::DtsJobListJobType>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DtsJobListJobType> {
    /// `online`
    ///
    /// data migration
    pub const Online: Self = Self::known("online");
    /// `sync`
    ///
    /// data synchronization
    pub const Sync: Self = Self::known("sync");
    /// `subscribe`
    ///
    /// change tracking
    pub const Subscribe: Self = Self::known("subscribe");
}
/// The migration type or synchronization initialization type.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MigrationMode {
    /// Indicates whether full data migration or initial full data synchronization is performed.
    /// Valid values: true: Yes. false: No.
    ///
    /// Wire name: `DataInitialization`.
    pub data_initialization: Option<bool>,
    /// Indicates whether incremental data migration or synchronization is performed. Valid values:
    /// true: Yes. false: No.
    ///
    /// Wire name: `DataSynchronization`.
    pub data_synchronization: Option<bool>,
    /// Indicates whether full data validation is performed. Valid values: true: Yes. false: No.
    ///
    /// Wire name: `FullDataCheck`.
    pub full_data_check: Option<bool>,
    /// Indicates whether incremental data validation is performed. Valid values: true: Yes. false:
    /// No.
    ///
    /// Wire name: `IncDataCheck`.
    pub inc_data_check: Option<bool>,
    /// Indicates whether schema verification is performed. Valid values: true: Yes. false: No.
    ///
    /// Wire name: `StructureDataCheck`.
    pub structure_data_check: Option<bool>,
    /// Indicates whether schema migration or initial schema synchronization is performed. Valid
    /// values: true: Yes. false: No.
    ///
    /// Wire name: `StructureInitialization`.
    pub structure_initialization: Option<bool>,
    /// Wire name: `TimeWindowCheck`.
    pub time_window_check: Option<bool>,
}
impl rt::FromJson for MigrationMode {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            data_initialization: o.get("DataInitialization"),
            data_synchronization: o.get("DataSynchronization"),
            full_data_check: o.get("FullDataCheck"),
            inc_data_check: o.get("IncDataCheck"),
            structure_data_check: o.get("StructureDataCheck"),
            structure_initialization: o.get("StructureInitialization"),
            time_window_check: o.get("TimeWindowCheck"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The task source:
///
/// - `PTS task`:
/// - `DMS task`:
/// - `DTS task`:
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type OriginType = crate::Enum<enum_values::OriginType>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::OriginType> {
    /// `PTS task`
    pub const PtsTask: Self = Self::known("PTS task");
    /// `DMS task`
    pub const DmsTask: Self = Self::known("DMS task");
    /// `DTS task`
    pub const DtsTask: Self = Self::known("DTS task");
}
/// The billing method of the instance.
///
/// - `PrePaid`: subscription
/// - `PostPaid`: pay-as-you-go
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `PayType` of this product's other operations, and the same type.
pub type PayType = crate::Enum<super::shared::enum_values::PayType>;
/// The performance information of the data migration or synchronization link.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Performance {
    /// The volume of data migrated or synchronized per second. Unit: MB/s.
    ///
    /// Wire name: `Flow`.
    pub flow: Option<String>,
    /// The number of SQL statements migrated or synchronized per second, including BEGIN, COMMIT,
    /// DML statements (INSERT, DELETE, UPDATE), and DDL statements.
    ///
    /// Wire name: `Rps`.
    pub rps: Option<String>,
}
impl rt::FromJson for Performance {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            flow: o.get("Flow"),
            rps: o.get("Rps"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The precheck status.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PrecheckStatus {
    /// The execution details of each precheck item.
    ///
    /// Wire name: `Detail`.
    pub detail: Option<Vec<Detail>>,
    /// The error message returned when the precheck fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The overall progress of the precheck, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The precheck status.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListPrecheckStatusStatus>,
}
impl rt::FromJson for PrecheckStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            detail: o.get("Detail"),
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// One item of `Detail`. The execution details of each precheck item.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Detail {
    /// The precheck item.
    ///
    /// Wire name: `CheckItem`.
    pub check_item: Option<String>,
    /// The description of the precheck item.
    ///
    /// Wire name: `CheckItemDescription`.
    pub check_item_description: Option<String>,
    /// The check result.
    ///
    /// Wire name: `CheckResult`.
    pub check_result: Option<CheckResult>,
    /// The error message returned when the precheck does not pass. This parameter is returned only
    /// when the value of CheckResult is Failed.
    ///
    /// Wire name: `FailedReason`.
    pub failed_reason: Option<String>,
    /// The repair method when the precheck does not pass. This parameter is returned only when the
    /// value of CheckResult is Failed.
    ///
    /// Wire name: `RepairMethod`.
    pub repair_method: Option<String>,
}
impl rt::FromJson for Detail {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            check_item: o.get("CheckItem"),
            check_item_description: o.get("CheckItemDescription"),
            check_result: o.get("CheckResult"),
            failed_reason: o.get("FailedReason"),
            repair_method: o.get("RepairMethod"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The check result.
///
/// - `Success`: The check item passed
/// - `Failed`: The check item did not pass
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `CheckResult` of this product's other operations, and the same type.
pub type CheckResult = crate::Enum<super::shared::enum_values::CheckResult>;
/// The precheck status.
///
/// - `NotStarted`: not started
/// - `Suspending`: paused
/// - `Checking`: running a precheck
/// - `Failed`: precheck failed
/// - `Finished`: precheck completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DtsJobListPrecheckStatusStatus = crate::Enum<
    enum_values::DtsJobListPrecheckStatusStatus,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DtsJobListPrecheckStatusStatus> {
    /// `NotStarted`
    ///
    /// not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Suspending`
    ///
    /// paused
    pub const Suspending: Self = Self::known("Suspending");
    /// `Checking`
    ///
    /// running a precheck
    pub const Checking: Self = Self::known("Checking");
    /// `Failed`
    ///
    /// precheck failed
    pub const Failed: Self = Self::known("Failed");
    /// `Finished`
    ///
    /// precheck completed
    pub const Finished: Self = Self::known("Finished");
}
/// The retry state. DTS is retrying because the task encountered an exception.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetryState {
    /// The error message returned when the retry fails.
    ///
    /// Wire name: `ErrMessage`.
    pub err_message: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `JobId`.
    pub job_id: Option<String>,
    /// The maximum retry duration. Unit: seconds.
    ///
    /// Wire name: `MaxRetryTime`.
    pub max_retry_time: Option<i64>,
    /// The error code.
    ///
    /// Wire name: `MigrationErrCode`.
    pub migration_err_code: Option<String>,
    /// The ID of the help documentation for the error code.
    ///
    /// Wire name: `MigrationErrHelpDocId`.
    pub migration_err_help_doc_id: Option<String>,
    /// The key of the help documentation for the error code.
    ///
    /// Wire name: `MigrationErrHelpDocKey`.
    pub migration_err_help_doc_key: Option<String>,
    /// The error message.
    ///
    /// Wire name: `MigrationErrMsg`.
    pub migration_err_msg: Option<String>,
    /// The type of the error code.
    ///
    /// Wire name: `MigrationErrType`.
    pub migration_err_type: Option<String>,
    /// The workaround for the error.
    ///
    /// Wire name: `MigrationErrWorkaround`.
    pub migration_err_workaround: Option<String>,
    /// The instance progress.
    ///
    /// Wire name: `Module`.
    pub module: Option<String>,
    /// The number of retries that have been performed.
    ///
    /// Wire name: `RetryCount`.
    pub retry_count: Option<i64>,
    /// The retry target.
    ///
    /// Wire name: `RetryTarget`.
    pub retry_target: Option<RetryTarget>,
    /// The time that has been spent on retries. Unit: seconds.
    ///
    /// Wire name: `RetryTime`.
    pub retry_time: Option<i64>,
    /// Indicates whether the task is being retried. Valid values: true: Yes. false: No.
    ///
    /// Wire name: `Retrying`.
    pub retrying: Option<bool>,
}
impl rt::FromJson for RetryState {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            err_message: o.get("ErrMessage"),
            job_id: o.get("JobId"),
            max_retry_time: o.get("MaxRetryTime"),
            migration_err_code: o.get("MigrationErrCode"),
            migration_err_help_doc_id: o.get("MigrationErrHelpDocId"),
            migration_err_help_doc_key: o.get("MigrationErrHelpDocKey"),
            migration_err_msg: o.get("MigrationErrMsg"),
            migration_err_type: o.get("MigrationErrType"),
            migration_err_workaround: o.get("MigrationErrWorkaround"),
            module: o.get("Module"),
            retry_count: o.get("RetryCount"),
            retry_target: o.get("RetryTarget"),
            retry_time: o.get("RetryTime"),
            retrying: o.get("Retrying"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The retry target.
///
/// - `srcDB`: the source database
/// - `destDB`: the destination database
/// - `inner_module`: a DTS internal module
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `RetryTarget` of this product's other operations, and the same type.
pub type RetryTarget = crate::Enum<super::shared::enum_values::RetryTarget>;
/// The execution details of the reverse synchronization task. This parameter set is returned
/// only when the task is a data synchronization task with a two-way synchronization topology.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ReverseJob {
    /// The synchronization checkpoint of incremental data synchronization, in the format of a Unix
    /// timestamp. Unit: seconds.
    ///
    /// Wire name: `Checkpoint`.
    pub checkpoint: Option<String>,
    /// The current CPU utilization of the instance. Unit: %.
    ///
    /// Wire name: `CpuUsage`.
    pub cpu_usage: Option<String>,
    /// The task creation time in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `CreateTime`.
    pub create_time: Option<String>,
    /// The status of initial full data synchronization.
    ///
    /// Wire name: `DataInitializationStatus`.
    pub data_initialization_status: Option<DtsJobListReverseJobDataInitializationStatus>,
    /// The status of incremental data synchronization.
    ///
    /// Wire name: `DataSynchronizationStatus`.
    pub data_synchronization_status: Option<
        DtsJobListReverseJobDataSynchronizationStatus,
    >,
    /// The schema definition of the synchronization objects in JSON format, which supports certain
    /// regular expressions. For more information and examples, see the description of migration,
    /// synchronization, or change tracking object configuration.
    ///
    /// Wire name: `DbObject`.
    pub db_object: Option<String>,
    /// The ID of the DTS dedicated cluster.
    ///
    /// Wire name: `DedicatedClusterId`.
    pub dedicated_cluster_id: Option<String>,
    /// The latency of incremental data synchronization. Unit: seconds.
    ///
    /// Wire name: `Delay`.
    pub delay: Option<i64>,
    /// The connection information of the destination instance.
    ///
    /// Wire name: `DestinationEndpoint`.
    pub destination_endpoint: Option<DtsJobListReverseJobDestinationEndpoint>,
    /// The instance ID of the data synchronization instance.
    ///
    /// Wire name: `DtsInstanceID`.
    pub dts_instance_id: Option<String>,
    /// The specification of the data transmission link. For more information about link
    /// specifications and performance test results, see Specifications of data synchronization
    /// links.
    ///
    /// Wire name: `DtsJobClass`.
    pub dts_job_class: Option<String>,
    /// The synchronization direction. The value is fixed as Reverse.
    ///
    /// Wire name: `DtsJobDirection`.
    pub dts_job_direction: Option<String>,
    /// The ID of the synchronization task.
    ///
    /// Wire name: `DtsJobId`.
    pub dts_job_id: Option<String>,
    /// The name of the synchronization task.
    ///
    /// Wire name: `DtsJobName`.
    pub dts_job_name: Option<String>,
    /// The DTS dedicated cluster resources that have been used. Unit: DU.
    ///
    /// Wire name: `DuUsage`.
    pub du_usage: Option<i64>,
    /// The error details.
    ///
    /// Wire name: `ErrorDetails`.
    pub error_details: Option<Vec<DtsJobListReverseJobErrorDetails>>,
    /// The error message returned when the task fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The safe checkpoint of the ETL task.
    ///
    /// Wire name: `EtlSafeCheckpoint`.
    pub etl_safe_checkpoint: Option<String>,
    /// The expiration time of the instance in the format of yyyy-MM-ddTHH:mm:ssZ (UTC). This
    /// parameter is returned only when the value of PayType is PrePaid.
    ///
    /// Wire name: `ExpireTime`.
    pub expire_time: Option<String>,
    /// The status information of full data verification.
    ///
    /// Wire name: `FullDataCheckStatus`.
    pub full_data_check_status: Option<DtsJobListReverseJobFullDataCheckStatus>,
    /// The status information of incremental data verification.
    ///
    /// Wire name: `IncDataCheckStatus`.
    pub inc_data_check_status: Option<DtsJobListReverseJobIncDataCheckStatus>,
    /// The maximum number of DUs for the serverless instance.
    ///
    /// Wire name: `MaxDu`.
    pub max_du: Option<f64>,
    /// The memory that has been used. Unit: MB.
    ///
    /// Wire name: `MemUsage`.
    pub mem_usage: Option<String>,
    /// The synchronization initialization type.
    ///
    /// Wire name: `MigrationMode`.
    pub migration_mode: Option<DtsJobListReverseJobMigrationMode>,
    /// The minimum number of DUs for the serverless instance.
    ///
    /// Wire name: `MinDu`.
    pub min_du: Option<f64>,
    /// The billing method of the instance.
    ///
    /// Wire name: `PayType`.
    pub pay_type: Option<DtsJobListReverseJobPayType>,
    /// The performance information of the synchronization link.
    ///
    /// Wire name: `Performance`.
    pub performance: Option<DtsJobListReverseJobPerformance>,
    /// The precheck status.
    ///
    /// Wire name: `PrecheckStatus`.
    pub precheck_status: Option<DtsJobListReverseJobPrecheckStatus>,
    /// The reserved parameter of DTS in JSON format. You can specify this parameter to meet special
    /// requirements, such as whether to automatically start a precheck. For more information, see
    /// MigrationReserved parameter description.
    ///
    /// Wire name: `Reserved`.
    pub reserved: Option<String>,
    /// The connection information of the source instance.
    ///
    /// Wire name: `SourceEndpoint`.
    pub source_endpoint: Option<DtsJobListReverseJobSourceEndpoint>,
    /// The status of the reverse synchronization task.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListReverseJobStatus>,
    /// The status information of schema verification.
    ///
    /// Wire name: `StructureDataCheckStatus`.
    pub structure_data_check_status: Option<
        DtsJobListReverseJobStructureDataCheckStatus,
    >,
    /// The status of initial schema synchronization.
    ///
    /// Wire name: `StructureInitializationStatus`.
    pub structure_initialization_status: Option<
        DtsJobListReverseJobStructureInitializationStatus,
    >,
}
impl rt::FromJson for ReverseJob {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            checkpoint: o.get("Checkpoint"),
            cpu_usage: o.get("CpuUsage"),
            create_time: o.get("CreateTime"),
            data_initialization_status: o.get("DataInitializationStatus"),
            data_synchronization_status: o.get("DataSynchronizationStatus"),
            db_object: o.get("DbObject"),
            dedicated_cluster_id: o.get("DedicatedClusterId"),
            delay: o.get("Delay"),
            destination_endpoint: o.get("DestinationEndpoint"),
            dts_instance_id: o.get("DtsInstanceID"),
            dts_job_class: o.get("DtsJobClass"),
            dts_job_direction: o.get("DtsJobDirection"),
            dts_job_id: o.get("DtsJobId"),
            dts_job_name: o.get("DtsJobName"),
            du_usage: o.get("DuUsage"),
            error_details: o.get("ErrorDetails"),
            error_message: o.get("ErrorMessage"),
            etl_safe_checkpoint: o.get("EtlSafeCheckpoint"),
            expire_time: o.get("ExpireTime"),
            full_data_check_status: o.get("FullDataCheckStatus"),
            inc_data_check_status: o.get("IncDataCheckStatus"),
            max_du: o.get("MaxDu"),
            mem_usage: o.get("MemUsage"),
            migration_mode: o.get("MigrationMode"),
            min_du: o.get("MinDu"),
            pay_type: o.get("PayType"),
            performance: o.get("Performance"),
            precheck_status: o.get("PrecheckStatus"),
            reserved: o.get("Reserved"),
            source_endpoint: o.get("SourceEndpoint"),
            status: o.get("Status"),
            structure_data_check_status: o.get("StructureDataCheckStatus"),
            structure_initialization_status: o.get("StructureInitializationStatus"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of initial full data synchronization.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DtsJobListReverseJobDataInitializationStatus {
    /// The error message returned when initial full data synchronization fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The progress of initial full data synchronization, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of records that have been synchronized during initial full data synchronization.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of initial full data synchronization.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListReverseJobDataInitializationStatusStatus>,
}
impl rt::FromJson for DtsJobListReverseJobDataInitializationStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of initial full data synchronization.
///
/// - `NotStarted`: not started
/// - `Migrating`: initializing
/// - `Failed`: initialization failed
/// - `Finished`: initialization completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListDataInitializationStatusStatus`], and the same type:
/// constants and `Debug` output are `DtsJobListDataInitializationStatusStatus`'s.
pub type DtsJobListReverseJobDataInitializationStatusStatus = crate::Enum<
    enum_values::DtsJobListDataInitializationStatusStatus,
>;
/// The status of incremental data synchronization.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DtsJobListReverseJobDataSynchronizationStatus {
    /// The error message returned when incremental data synchronization fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// Indicates whether the instance specification needs to be upgraded. Valid values: true: The
    /// specification needs to be upgraded. false: The specification does not need to be upgraded.
    /// To upgrade the instance specification, call TransferInstanceClass.
    ///
    /// Wire name: `NeedUpgrade`.
    pub need_upgrade: Option<bool>,
    /// The progress of incremental data synchronization, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of records that have been migrated or synchronized during incremental data
    /// migration or synchronization.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of incremental data synchronization.
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
}
impl rt::FromJson for DtsJobListReverseJobDataSynchronizationStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            need_upgrade: o.get("NeedUpgrade"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The connection information of the destination instance.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DtsJobListReverseJobDestinationEndpoint {
    /// The name of the database to which the synchronization objects belong in the destination
    /// instance.
    ///
    /// Wire name: `DatabaseName`.
    pub database_name: Option<String>,
    /// The database engine of the destination instance.
    ///
    /// Wire name: `EngineName`.
    pub engine_name: Option<String>,
    /// The ID of the destination instance.
    ///
    /// Wire name: `InstanceID`.
    pub instance_id: Option<String>,
    /// The type of the destination instance.
    ///
    /// Wire name: `InstanceType`.
    pub instance_type: Option<String>,
    /// The endpoint of the destination instance.
    ///
    /// Wire name: `Ip`.
    pub ip: Option<String>,
    /// The SID of the Oracle database. This parameter is returned only when EngineName of the
    /// destination instance is Oracle and the Oracle database is a non-RAC instance.
    ///
    /// Wire name: `OracleSID`.
    pub oracle_sid: Option<String>,
    /// The database service port of the destination instance.
    ///
    /// Wire name: `Port`.
    pub port: Option<String>,
    /// The region in which the destination instance resides. For more information, see List of
    /// supported regions.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// Indicates whether an SSL connection is used.
    ///
    /// Wire name: `SslSolutionEnum`.
    pub ssl_solution_enum: Option<
        DtsJobListReverseJobDestinationEndpointSslSolutionEnum,
    >,
    /// The database account of the destination instance.
    ///
    /// Wire name: `UserName`.
    pub user_name: Option<String>,
}
impl rt::FromJson for DtsJobListReverseJobDestinationEndpoint {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            database_name: o.get("DatabaseName"),
            engine_name: o.get("EngineName"),
            instance_id: o.get("InstanceID"),
            instance_type: o.get("InstanceType"),
            ip: o.get("Ip"),
            oracle_sid: o.get("OracleSID"),
            port: o.get("Port"),
            region: o.get("Region"),
            ssl_solution_enum: o.get("SslSolutionEnum"),
            user_name: o.get("UserName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether an SSL connection is used.
///
/// - `DISABLE`: SSL is not used
/// - `ENABLE_WITH_CERTIFICATE`: SSL is used with a CA certificate uploaded
/// - `ENABLE_ONLY_4_MONGODB_ALTAS`: SSL is used to connect to AWS MongoDB Atlas
/// - `ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256`: SCRAM-SHA-256 is used to connect to Kafka
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `SslSolutionEnum` of this product's other operations, and the same
/// type: constants and `Debug` output are `SslSolutionEnum`'s.
pub type DtsJobListReverseJobDestinationEndpointSslSolutionEnum = crate::Enum<
    super::shared::enum_values::SslSolutionEnum,
>;
/// One item of `ErrorDetails`. The error details.
///
/// The same fields as [`ErrorDetails`], and the same type: field docs and `Debug` output are
/// `ErrorDetails`'s.
pub type DtsJobListReverseJobErrorDetails = ErrorDetails;
/// The status information of full data verification.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DtsJobListReverseJobFullDataCheckStatus {
    /// Indicates whether migration switchover can be performed. Valid values: true: Yes. false: No.
    /// This parameter is used by the one-click upgrade feature of PolarDB.
    ///
    /// Wire name: `CanSwitch`.
    pub can_switch: Option<bool>,
    /// The error message returned when the task fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The progress of the full data verification task, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The progress of the full data verification task.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of the full data verification task.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListReverseJobFullDataCheckStatusStatus>,
}
impl rt::FromJson for DtsJobListReverseJobFullDataCheckStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            can_switch: o.get("CanSwitch"),
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the full data verification task.
///
/// - `NotStarted`: not started
/// - `Checking`: verifying
/// - `Failed`: verification failed
/// - `Finished`: verification completed
/// - `Inconsistency`: the task completed but inconsistent data exists
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListStructureDataCheckStatusStatus`], and the same type:
/// constants and `Debug` output are `DtsJobListStructureDataCheckStatusStatus`'s.
pub type DtsJobListReverseJobFullDataCheckStatusStatus = crate::Enum<
    enum_values::DtsJobListStructureDataCheckStatusStatus,
>;
/// The status information of incremental data verification.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DtsJobListReverseJobIncDataCheckStatus {
    /// The error message returned when the task fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The progress of the incremental data verification task, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The progress of the incremental data verification task.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of the incremental data verification task.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListReverseJobIncDataCheckStatusStatus>,
}
impl rt::FromJson for DtsJobListReverseJobIncDataCheckStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the incremental data verification task.
///
/// - `Catched`: no latency
/// - `NotStarted`: not started
/// - `Checking`: verifying
/// - `Failed`: verification failed
/// - `Inconsistency`: the task completed but inconsistent data exists
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DtsJobListReverseJobIncDataCheckStatusStatus = crate::Enum<
    enum_values::DtsJobListReverseJobIncDataCheckStatusStatus,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DtsJobListReverseJobIncDataCheckStatusStatus> {
    /// `Catched`
    ///
    /// no latency
    pub const Catched: Self = Self::known("Catched");
    /// `NotStarted`
    ///
    /// not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Checking`
    ///
    /// verifying
    pub const Checking: Self = Self::known("Checking");
    /// `Failed`
    ///
    /// verification failed
    pub const Failed: Self = Self::known("Failed");
    /// `Inconsistency`
    ///
    /// the task completed but inconsistent data exists
    pub const Inconsistency: Self = Self::known("Inconsistency");
}
/// The synchronization initialization type.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DtsJobListReverseJobMigrationMode {
    /// Indicates whether initial full data synchronization is performed. Valid values: true: Yes.
    /// false: No.
    ///
    /// Wire name: `DataInitialization`.
    pub data_initialization: Option<bool>,
    /// Indicates whether incremental data synchronization is performed. Valid values: true: Yes.
    /// false: No.
    ///
    /// Wire name: `DataSynchronization`.
    pub data_synchronization: Option<bool>,
    /// Indicates whether full data verification is performed. Valid values: true: Yes. false: No.
    ///
    /// Wire name: `FullDataCheck`.
    pub full_data_check: Option<bool>,
    /// Indicates whether incremental data verification is performed. Valid values: true: Yes.
    /// false: No.
    ///
    /// Wire name: `IncDataCheck`.
    pub inc_data_check: Option<bool>,
    /// Indicates whether schema verification is performed. Valid values: true: Yes. false: No.
    ///
    /// Wire name: `StructureDataCheck`.
    pub structure_data_check: Option<bool>,
    /// Indicates whether initial schema synchronization is performed. Valid values: true: Yes.
    /// false: No.
    ///
    /// Wire name: `StructureInitialization`.
    pub structure_initialization: Option<bool>,
    /// Wire name: `TimeWindowCheck`.
    pub time_window_check: Option<bool>,
}
impl rt::FromJson for DtsJobListReverseJobMigrationMode {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            data_initialization: o.get("DataInitialization"),
            data_synchronization: o.get("DataSynchronization"),
            full_data_check: o.get("FullDataCheck"),
            inc_data_check: o.get("IncDataCheck"),
            structure_data_check: o.get("StructureDataCheck"),
            structure_initialization: o.get("StructureInitialization"),
            time_window_check: o.get("TimeWindowCheck"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The billing method of the instance.
///
/// - `PrePaid`: subscription
/// - `PostPaid`: pay-as-you-go
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `PayType` of this product's other operations, and the same type:
/// constants and `Debug` output are `PayType`'s.
pub type DtsJobListReverseJobPayType = crate::Enum<super::shared::enum_values::PayType>;
/// The performance information of the synchronization link.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DtsJobListReverseJobPerformance {
    /// The volume of data synchronized per second. Unit: MB/s.
    ///
    /// Wire name: `Flow`.
    pub flow: Option<String>,
    /// The number of SQL statements synchronized per second, including BEGIN, COMMIT, DML
    /// statements (INSERT, DELETE, UPDATE), and DDL statements.
    ///
    /// Wire name: `Rps`.
    pub rps: Option<String>,
}
impl rt::FromJson for DtsJobListReverseJobPerformance {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            flow: o.get("Flow"),
            rps: o.get("Rps"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The precheck status.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DtsJobListReverseJobPrecheckStatus {
    /// The execution details of each precheck item.
    ///
    /// Wire name: `Detail`.
    pub detail: Option<Vec<DtsJobListReverseJobPrecheckStatusDetail>>,
    /// The error message returned when the precheck fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The overall progress of the precheck, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The precheck status.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListReverseJobPrecheckStatusStatus>,
}
impl rt::FromJson for DtsJobListReverseJobPrecheckStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            detail: o.get("Detail"),
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// One item of `Detail`. The execution details of each precheck item.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DtsJobListReverseJobPrecheckStatusDetail {
    /// The precheck item.
    ///
    /// Wire name: `CheckItem`.
    pub check_item: Option<String>,
    /// The description of the precheck item.
    ///
    /// Wire name: `CheckItemDescription`.
    pub check_item_description: Option<String>,
    /// The check result.
    ///
    /// Wire name: `CheckResult`.
    pub check_result: Option<DtsJobListReverseJobPrecheckStatusDetailCheckResult>,
    /// The error message returned when the precheck does not pass.
    ///
    /// Wire name: `FailedReason`.
    pub failed_reason: Option<String>,
    /// The repair method when the precheck does not pass.
    ///
    /// Wire name: `RepairMethod`.
    pub repair_method: Option<String>,
}
impl rt::FromJson for DtsJobListReverseJobPrecheckStatusDetail {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            check_item: o.get("CheckItem"),
            check_item_description: o.get("CheckItemDescription"),
            check_result: o.get("CheckResult"),
            failed_reason: o.get("FailedReason"),
            repair_method: o.get("RepairMethod"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The check result.
///
/// - `Success`: The check item passed
/// - `Failed`: The check item did not pass
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `CheckResult` of this product's other operations, and the same type:
/// constants and `Debug` output are `CheckResult`'s.
pub type DtsJobListReverseJobPrecheckStatusDetailCheckResult = crate::Enum<
    super::shared::enum_values::CheckResult,
>;
/// The precheck status.
///
/// - `NotStarted`: not started
/// - `Suspending`: paused
/// - `Checking`: running a precheck
/// - `Failed`: precheck failed
/// - `Finished`: precheck completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListPrecheckStatusStatus`], and the same type: constants and
/// `Debug` output are `DtsJobListPrecheckStatusStatus`'s.
pub type DtsJobListReverseJobPrecheckStatusStatus = crate::Enum<
    enum_values::DtsJobListPrecheckStatusStatus,
>;
/// The connection information of the source instance.
///
/// The same fields as [`SourceEndpoint`], and the same type: field docs and `Debug` output are
/// `SourceEndpoint`'s.
pub type DtsJobListReverseJobSourceEndpoint = SourceEndpoint;
/// Indicates whether an SSL connection is used.
///
/// - `DISABLE`: SSL is not used
/// - `ENABLE_WITH_CERTIFICATE`: SSL is used with a CA certificate uploaded
/// - `ENABLE_ONLY_4_MONGODB_ALTAS`: SSL is used to connect to AWS MongoDB Atlas
/// - `ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256`: SCRAM-SHA-256 is used to connect to Kafka
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `SslSolutionEnum` of this product's other operations, and the same
/// type: constants and `Debug` output are `SslSolutionEnum`'s.
pub type DtsJobListReverseJobSourceEndpointSslSolutionEnum = crate::Enum<
    super::shared::enum_values::SslSolutionEnum,
>;
/// The status of the reverse synchronization task.
///
/// - `NotStarted`: not started
/// - `Prechecking`: running a precheck
/// - `PrecheckFailed`: precheck failed
/// - `PreCheckPass`: precheck passed
/// - `NotConfigured`: not configured
/// - `Initializing`: performing initial synchronization
/// - `InitializeFailed`: initial synchronization failed
/// - `Synchronizing`: synchronizing
/// - `Failed`: synchronization failed
/// - `Suspending`: paused
/// - `Modifying`: modifying synchronization objects
/// - `ModifyFailed`: failed to modify synchronization objects
/// - `Finished`: completed
/// - `Retrying`: retrying
/// - `Upgrade`: upgrading
/// - `Locked`: locked
/// - `Downgrade`: downgrading
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DtsJobListReverseJobStatus = crate::Enum<
    enum_values::DtsJobListReverseJobStatus,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DtsJobListReverseJobStatus> {
    /// `NotStarted`
    ///
    /// not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Prechecking`
    ///
    /// running a precheck
    pub const Prechecking: Self = Self::known("Prechecking");
    /// `PrecheckFailed`
    ///
    /// precheck failed
    pub const PrecheckFailed: Self = Self::known("PrecheckFailed");
    /// `PreCheckPass`
    ///
    /// precheck passed
    pub const PreCheckPass: Self = Self::known("PreCheckPass");
    /// `NotConfigured`
    ///
    /// not configured
    pub const NotConfigured: Self = Self::known("NotConfigured");
    /// `Initializing`
    ///
    /// performing initial synchronization
    pub const Initializing: Self = Self::known("Initializing");
    /// `InitializeFailed`
    ///
    /// initial synchronization failed
    pub const InitializeFailed: Self = Self::known("InitializeFailed");
    /// `Synchronizing`
    ///
    /// synchronizing
    pub const Synchronizing: Self = Self::known("Synchronizing");
    /// `Failed`
    ///
    /// synchronization failed
    pub const Failed: Self = Self::known("Failed");
    /// `Suspending`
    ///
    /// paused
    pub const Suspending: Self = Self::known("Suspending");
    /// `Modifying`
    ///
    /// modifying synchronization objects
    pub const Modifying: Self = Self::known("Modifying");
    /// `ModifyFailed`
    ///
    /// failed to modify synchronization objects
    pub const ModifyFailed: Self = Self::known("ModifyFailed");
    /// `Finished`
    ///
    /// completed
    pub const Finished: Self = Self::known("Finished");
    /// `Retrying`
    ///
    /// retrying
    pub const Retrying: Self = Self::known("Retrying");
    /// `Upgrade`
    ///
    /// upgrading
    pub const Upgrade: Self = Self::known("Upgrade");
    /// `Locked`
    ///
    /// locked
    pub const Locked: Self = Self::known("Locked");
    /// `Downgrade`
    ///
    /// downgrading
    pub const Downgrade: Self = Self::known("Downgrade");
}
/// The status information of schema verification.
///
/// The same fields as [`StructureDataCheckStatus`], and the same type: field docs and `Debug`
/// output are `StructureDataCheckStatus`'s.
pub type DtsJobListReverseJobStructureDataCheckStatus = StructureDataCheckStatus;
/// The status of the schema verification task.
///
/// - `NotStarted`: not started
/// - `Checking`: verifying
/// - `Failed`: verification failed
/// - `Finished`: verification completed
/// - `Inconsistency`: the task completed but inconsistent data exists
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListStructureDataCheckStatusStatus`], and the same type:
/// constants and `Debug` output are `DtsJobListStructureDataCheckStatusStatus`'s.
pub type DtsJobListReverseJobStructureDataCheckStatusStatus = crate::Enum<
    enum_values::DtsJobListStructureDataCheckStatusStatus,
>;
/// The status of initial schema synchronization.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DtsJobListReverseJobStructureInitializationStatus {
    /// The error message returned when initial schema synchronization fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The progress of initial schema synchronization, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of tables for which initial schema synchronization has been completed.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of initial schema synchronization.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListReverseJobStructureInitializationStatusStatus>,
}
impl rt::FromJson for DtsJobListReverseJobStructureInitializationStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of initial schema synchronization.
///
/// - `NotStarted`: not started
/// - `Migrating`: initializing
/// - `Failed`: initialization failed
/// - `Finished`: initialization completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListDataInitializationStatusStatus`], and the same type:
/// constants and `Debug` output are `DtsJobListDataInitializationStatusStatus`'s.
pub type DtsJobListReverseJobStructureInitializationStatusStatus = crate::Enum<
    enum_values::DtsJobListDataInitializationStatusStatus,
>;
/// The connection information of the source instance.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SourceEndpoint {
    /// The name of the database to which the migration objects belong in the source instance.
    ///
    /// Wire name: `DatabaseName`.
    pub database_name: Option<String>,
    /// The database engine of the source instance. `[_single.resp.200`.
    ///
    /// Wire name: `EngineName`.
    pub engine_name: Option<String>,
    /// The ID of the source instance.
    ///
    /// Wire name: `InstanceID`.
    pub instance_id: Option<String>,
    /// The type of the source instance.
    ///
    /// Wire name: `InstanceType`.
    pub instance_type: Option<String>,
    /// The endpoint of the source instance.
    ///
    /// Wire name: `Ip`.
    pub ip: Option<String>,
    /// The SID of the Oracle database. This parameter is returned only when EngineName of the
    /// source instance is Oracle and the Oracle database is a non-RAC instance.
    ///
    /// Wire name: `OracleSID`.
    pub oracle_sid: Option<String>,
    /// The database service port of the source instance.
    ///
    /// Wire name: `Port`.
    pub port: Option<String>,
    /// The region in which the source instance resides. For more information, see List of supported
    /// regions.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// Indicates whether an SSL connection is used.
    ///
    /// Wire name: `SslSolutionEnum`.
    pub ssl_solution_enum: Option<DtsJobListSourceEndpointSslSolutionEnum>,
    /// The database account of the source instance.
    ///
    /// Wire name: `UserName`.
    pub user_name: Option<String>,
}
impl rt::FromJson for SourceEndpoint {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            database_name: o.get("DatabaseName"),
            engine_name: o.get("EngineName"),
            instance_id: o.get("InstanceID"),
            instance_type: o.get("InstanceType"),
            ip: o.get("Ip"),
            oracle_sid: o.get("OracleSID"),
            port: o.get("Port"),
            region: o.get("Region"),
            ssl_solution_enum: o.get("SslSolutionEnum"),
            user_name: o.get("UserName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether an SSL connection is used.
///
/// - `DISABLE`: SSL is not used
/// - `ENABLE_WITH_CERTIFICATE`: SSL is used with a CA certificate uploaded
/// - `ENABLE_ONLY_4_MONGODB_ALTAS`: SSL is used to connect to AWS MongoDB Atlas
/// - `ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256`: SCRAM-SHA-256 is used to connect to Kafka
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `SslSolutionEnum` of this product's other operations, and the same
/// type: constants and `Debug` output are `SslSolutionEnum`'s.
pub type DtsJobListSourceEndpointSslSolutionEnum = crate::Enum<
    super::shared::enum_values::SslSolutionEnum,
>;
/// The instance status of the DTS instance. Data migration task statuses: Data synchronization
/// task statuses: Change tracking task statuses:
///
/// - `NotStarted`: not started
/// - `Prechecking`: running a precheck
/// - `PrecheckFailed`: precheck failed
/// - `PreCheckPass`: precheck passed
/// - `NotConfigured`: not configured
/// - `Migrating`: migrating
/// - `Suspending`: paused
/// - `MigrationFailed`: migration failed
/// - `Finished`: completed
/// - `Retrying`: retrying
/// - `Upgrade`: upgrading
/// - `Locked`: locked
/// - `Downgrade`: downgrading
/// - `Initializing`: performing initial synchronization
/// - `InitializeFailed`: initial synchronization failed
/// - `Synchronizing`: synchronizing
/// - `Failed`: synchronization failed
/// - `Modifying`: modifying synchronization objects
/// - `ModifyFailed`: failed to modify synchronization objects
/// - `Starting`: starting
/// - `Normal`: normal
/// - `Abnormal`: abnormal
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DtsJobListStatus = crate::Enum<enum_values::DtsJobListStatus>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DtsJobListStatus> {
    /// `NotStarted`
    ///
    /// not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Prechecking`
    ///
    /// running a precheck
    pub const Prechecking: Self = Self::known("Prechecking");
    /// `PrecheckFailed`
    ///
    /// precheck failed
    pub const PrecheckFailed: Self = Self::known("PrecheckFailed");
    /// `PreCheckPass`
    ///
    /// precheck passed
    pub const PreCheckPass: Self = Self::known("PreCheckPass");
    /// `NotConfigured`
    ///
    /// not configured
    pub const NotConfigured: Self = Self::known("NotConfigured");
    /// `Migrating`
    ///
    /// migrating
    pub const Migrating: Self = Self::known("Migrating");
    /// `Suspending`
    ///
    /// paused
    pub const Suspending: Self = Self::known("Suspending");
    /// `MigrationFailed`
    ///
    /// migration failed
    pub const MigrationFailed: Self = Self::known("MigrationFailed");
    /// `Finished`
    ///
    /// completed
    pub const Finished: Self = Self::known("Finished");
    /// `Retrying`
    ///
    /// retrying
    pub const Retrying: Self = Self::known("Retrying");
    /// `Upgrade`
    ///
    /// upgrading
    pub const Upgrade: Self = Self::known("Upgrade");
    /// `Locked`
    ///
    /// locked
    pub const Locked: Self = Self::known("Locked");
    /// `Downgrade`
    ///
    /// downgrading
    pub const Downgrade: Self = Self::known("Downgrade");
    /// `Initializing`
    ///
    /// performing initial synchronization
    pub const Initializing: Self = Self::known("Initializing");
    /// `InitializeFailed`
    ///
    /// initial synchronization failed
    pub const InitializeFailed: Self = Self::known("InitializeFailed");
    /// `Synchronizing`
    ///
    /// synchronizing
    pub const Synchronizing: Self = Self::known("Synchronizing");
    /// `Failed`
    ///
    /// synchronization failed
    pub const Failed: Self = Self::known("Failed");
    /// `Modifying`
    ///
    /// modifying synchronization objects
    pub const Modifying: Self = Self::known("Modifying");
    /// `ModifyFailed`
    ///
    /// failed to modify synchronization objects
    pub const ModifyFailed: Self = Self::known("ModifyFailed");
    /// `Starting`
    ///
    /// starting
    pub const Starting: Self = Self::known("Starting");
    /// `Normal`
    ///
    /// normal
    pub const Normal: Self = Self::known("Normal");
    /// `Abnormal`
    ///
    /// abnormal
    pub const Abnormal: Self = Self::known("Abnormal");
}
/// The status information of schema verification.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StructureDataCheckStatus {
    /// The error message returned when the task fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The progress of the schema verification task, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of objects for which schema verification has been completed.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of the schema verification task.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListStructureDataCheckStatusStatus>,
}
impl rt::FromJson for StructureDataCheckStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the schema verification task.
///
/// - `NotStarted`: not started
/// - `Checking`: verifying
/// - `Failed`: verification failed
/// - `Finished`: verification completed
/// - `Inconsistency`: the task completed but inconsistent data exists
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DtsJobListStructureDataCheckStatusStatus = crate::Enum<
    enum_values::DtsJobListStructureDataCheckStatusStatus,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DtsJobListStructureDataCheckStatusStatus> {
    /// `NotStarted`
    ///
    /// not started
    pub const NotStarted: Self = Self::known("NotStarted");
    /// `Checking`
    ///
    /// verifying
    pub const Checking: Self = Self::known("Checking");
    /// `Failed`
    ///
    /// verification failed
    pub const Failed: Self = Self::known("Failed");
    /// `Finished`
    ///
    /// verification completed
    pub const Finished: Self = Self::known("Finished");
    /// `Inconsistency`
    ///
    /// the task completed but inconsistent data exists
    pub const Inconsistency: Self = Self::known("Inconsistency");
}
/// The status of schema migration or initial schema synchronization.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StructureInitializationStatus {
    /// The error message returned when schema migration or initial schema synchronization fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The progress of schema migration or initial schema synchronization, in percentage.
    ///
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// The number of tables for which schema migration or initial schema synchronization has been
    /// completed.
    ///
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// The status of schema migration or initial schema synchronization.
    ///
    /// Wire name: `Status`.
    pub status: Option<DtsJobListStructureInitializationStatusStatus>,
}
impl rt::FromJson for StructureInitializationStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of schema migration or initial schema synchronization.
///
/// - `NotStarted`: not started
/// - `Migrating`: migrating or initializing
/// - `Failed`: migration or initialization failed
/// - `Finished`: migration or initialization completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListDataInitializationStatusStatus`], and the same type:
/// constants and `Debug` output are `DtsJobListDataInitializationStatusStatus`'s.
pub type DtsJobListStructureInitializationStatusStatus = crate::Enum<
    enum_values::DtsJobListDataInitializationStatusStatus,
>;
/// One item of `TagList`. The tag collection.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TagList {
    /// The tag key.
    ///
    /// Wire name: `TagKey`.
    pub tag_key: Option<String>,
    /// The tag value.
    ///
    /// Wire name: `TagValue`.
    pub tag_value: Option<String>,
}
impl rt::FromJson for TagList {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            tag_key: o.get("TagKey"),
            tag_value: o.get("TagValue"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The value of `TimeWindowDataCheckStatus`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TimeWindowDataCheckStatus {
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// Wire name: `Percent`.
    pub percent: Option<String>,
    /// Wire name: `Progress`.
    pub progress: Option<String>,
    /// Wire name: `Status`.
    pub status: Option<String>,
}
impl rt::FromJson for TimeWindowDataCheckStatus {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            error_message: o.get("ErrorMessage"),
            percent: o.get("Percent"),
            progress: o.get("Progress"),
            status: o.get("Status"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// One item of `EtlDemoList`. The task list and execution details of each task.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EtlDemoList {
    /// Indicates whether the instance uses the new version of change tracking. The value new
    /// indicates the new version. This parameter is returned only for new-version change tracking
    /// instances.
    ///
    /// Wire name: `AppName`.
    pub app_name: Option<String>,
    /// The beginning of the timestamp range for data stored in the change tracking instance in the
    /// format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `BeginTimestamp`.
    pub begin_timestamp: Option<String>,
    /// The start checkpoint of incremental data migration or the synchronization checkpoint, in the
    /// format of a Unix timestamp. Unit: seconds.
    ///
    /// Wire name: `Checkpoint`.
    pub checkpoint: Option<String>,
    /// The consumption checkpoint of the downstream consumer for the change tracking instance in
    /// the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `ConsumptionCheckpoint`.
    pub consumption_checkpoint: Option<String>,
    /// The downstream consumer client information, which consists of an IP address and a random
    /// number generated by DTS.
    ///
    /// Wire name: `ConsumptionClient`.
    pub consumption_client: Option<String>,
    /// The task creation time in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `CreateTime`.
    pub create_time: Option<String>,
    /// The status of the ETL task. This parameter set is returned only after an ETL task is
    /// configured.
    ///
    /// Wire name: `DataEtlStatus`.
    pub data_etl_status: Option<EtlDemoListDataEtlStatus>,
    /// The status of full data migration or initial full data synchronization.
    ///
    /// Wire name: `DataInitializationStatus`.
    pub data_initialization_status: Option<EtlDemoListDataInitializationStatus>,
    /// The status of incremental data migration or synchronization.
    ///
    /// Wire name: `DataSynchronizationStatus`.
    pub data_synchronization_status: Option<EtlDemoListDataSynchronizationStatus>,
    /// The objects for data migration, data synchronization, or change tracking. For more
    /// information, see Objects for data migration, data synchronization, or change tracking.
    ///
    /// Wire name: `DbObject`.
    pub db_object: Option<String>,
    /// The latency of incremental data migration or synchronization. For data migration tasks, the
    /// unit is milliseconds. For data synchronization tasks, the unit is seconds.
    ///
    /// Wire name: `Delay`.
    pub delay: Option<i64>,
    /// The connection information of the destination instance.
    ///
    /// Wire name: `DestinationEndpoint`.
    pub destination_endpoint: Option<EtlDemoListDestinationEndpoint>,
    /// The ID of the data migration, data synchronization, or change tracking instance.
    ///
    /// Wire name: `DtsInstanceID`.
    pub dts_instance_id: Option<String>,
    /// The specification of the data transmission link. For more information about link
    /// specifications and performance test results, see Specifications of data migration links and
    /// Specifications of data synchronization links.
    ///
    /// Wire name: `DtsJobClass`.
    pub dts_job_class: Option<String>,
    /// The synchronization direction. This parameter is returned only when the topology of the data
    /// synchronization instance is two-way synchronization.
    ///
    /// Wire name: `DtsJobDirection`.
    pub dts_job_direction: Option<EtlDemoListDtsJobDirection>,
    /// The ID of the data migration, data synchronization, or change tracking task.
    ///
    /// Wire name: `DtsJobId`.
    pub dts_job_id: Option<String>,
    /// The name of the data migration, data synchronization, or change tracking task.
    ///
    /// Wire name: `DtsJobName`.
    pub dts_job_name: Option<String>,
    /// The end of the timestamp range for data stored in the change tracking instance in the format
    /// of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `EndTimestamp`.
    pub end_timestamp: Option<String>,
    /// The error message returned when the task fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The safe checkpoint of the ETL task.
    ///
    /// Wire name: `EtlSafeCheckpoint`.
    pub etl_safe_checkpoint: Option<String>,
    /// The expiration time of the instance in the format of yyyy-MM-ddTHH:mm:ssZ (UTC). This
    /// parameter is returned only when the value of PayType is PrePaid.
    ///
    /// Wire name: `ExpireTime`.
    pub expire_time: Option<String>,
    /// The type of the DTS task.
    ///
    /// Wire name: `JobType`.
    pub job_type: Option<EtlDemoListJobType>,
    /// The migration type or synchronization initialization type.
    ///
    /// Wire name: `MigrationMode`.
    pub migration_mode: Option<EtlDemoListMigrationMode>,
    /// The task source:
    ///
    /// Wire name: `OriginType`.
    pub origin_type: Option<EtlDemoListOriginType>,
    /// The billing method of the instance.
    ///
    /// Wire name: `PayType`.
    pub pay_type: Option<EtlDemoListPayType>,
    /// The performance information of the data migration or synchronization link.
    ///
    /// Wire name: `Performance`.
    pub performance: Option<EtlDemoListPerformance>,
    /// The precheck status.
    ///
    /// Wire name: `PrecheckStatus`.
    pub precheck_status: Option<EtlDemoListPrecheckStatus>,
    /// The reserved parameter of DTS in JSON format. You can specify this parameter to meet special
    /// requirements, such as whether to automatically start a precheck. For more information, see
    /// MigrationReserved parameter description.
    ///
    /// Wire name: `Reserved`.
    pub reserved: Option<String>,
    /// The name of the resource group.
    ///
    /// Wire name: `ResourceGroupDisplayName`.
    pub resource_group_display_name: Option<String>,
    /// The resource group ID.
    ///
    /// Wire name: `ResourceGroupId`.
    pub resource_group_id: Option<String>,
    /// The retry state. DTS is retrying because the task encountered an exception.
    ///
    /// Wire name: `RetryState`.
    pub retry_state: Option<EtlDemoListRetryState>,
    /// The execution details of the reverse synchronization task. This parameter set is returned
    /// only when the task is a data synchronization task with a two-way synchronization topology.
    ///
    /// Wire name: `ReverseJob`.
    pub reverse_job: Option<EtlDemoListReverseJob>,
    /// The connection information of the source instance.
    ///
    /// Wire name: `SourceEndpoint`.
    pub source_endpoint: Option<EtlDemoListSourceEndpoint>,
    /// The instance status of the DTS instance. Data migration task statuses: Data synchronization
    /// task statuses: Change tracking task statuses:
    ///
    /// Wire name: `Status`.
    pub status: Option<EtlDemoListStatus>,
    /// The status of schema migration or initial schema synchronization.
    ///
    /// Wire name: `StructureInitializationStatus`.
    pub structure_initialization_status: Option<
        EtlDemoListStructureInitializationStatus,
    >,
    /// The tag collection.
    ///
    /// Wire name: `TagList`.
    pub tag_list: Option<Vec<EtlDemoListTagList>>,
}
impl rt::FromJson for EtlDemoList {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            app_name: o.get("AppName"),
            begin_timestamp: o.get("BeginTimestamp"),
            checkpoint: o.get("Checkpoint"),
            consumption_checkpoint: o.get("ConsumptionCheckpoint"),
            consumption_client: o.get("ConsumptionClient"),
            create_time: o.get("CreateTime"),
            data_etl_status: o.get("DataEtlStatus"),
            data_initialization_status: o.get("DataInitializationStatus"),
            data_synchronization_status: o.get("DataSynchronizationStatus"),
            db_object: o.get("DbObject"),
            delay: o.get("Delay"),
            destination_endpoint: o.get("DestinationEndpoint"),
            dts_instance_id: o.get("DtsInstanceID"),
            dts_job_class: o.get("DtsJobClass"),
            dts_job_direction: o.get("DtsJobDirection"),
            dts_job_id: o.get("DtsJobId"),
            dts_job_name: o.get("DtsJobName"),
            end_timestamp: o.get("EndTimestamp"),
            error_message: o.get("ErrorMessage"),
            etl_safe_checkpoint: o.get("EtlSafeCheckpoint"),
            expire_time: o.get("ExpireTime"),
            job_type: o.get("JobType"),
            migration_mode: o.get("MigrationMode"),
            origin_type: o.get("OriginType"),
            pay_type: o.get("PayType"),
            performance: o.get("Performance"),
            precheck_status: o.get("PrecheckStatus"),
            reserved: o.get("Reserved"),
            resource_group_display_name: o.get("ResourceGroupDisplayName"),
            resource_group_id: o.get("ResourceGroupId"),
            retry_state: o.get("RetryState"),
            reverse_job: o.get("ReverseJob"),
            source_endpoint: o.get("SourceEndpoint"),
            status: o.get("Status"),
            structure_initialization_status: o.get("StructureInitializationStatus"),
            tag_list: o.get("TagList"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of the ETL task. This parameter set is returned only after an ETL task is
/// configured.
///
/// The same fields as [`DataEtlStatus`], and the same type: field docs and `Debug` output are
/// `DataEtlStatus`'s.
pub type EtlDemoListDataEtlStatus = DataEtlStatus;
/// The status of the ETL task.
///
/// - `NotStarted`: not started
/// - `Migrating`: running
/// - `Failed`: execution failed
/// - `Finished`: completed
/// - `Catched`: no latency
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListDataEtlStatusStatus`], and the same type: constants and
/// `Debug` output are `DtsJobListDataEtlStatusStatus`'s.
pub type EtlDemoListDataEtlStatusStatus = crate::Enum<
    enum_values::DtsJobListDataEtlStatusStatus,
>;
/// The status of full data migration or initial full data synchronization.
///
/// The same fields as [`DataInitializationStatus`], and the same type: field docs and `Debug`
/// output are `DataInitializationStatus`'s.
pub type EtlDemoListDataInitializationStatus = DataInitializationStatus;
/// The status of full data migration or initial full data synchronization.
///
/// - `NotStarted`: not started
/// - `Migrating`: migrating or initializing
/// - `Failed`: migration or initialization failed
/// - `Finished`: migration or initialization completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListDataInitializationStatusStatus`], and the same type:
/// constants and `Debug` output are `DtsJobListDataInitializationStatusStatus`'s.
pub type EtlDemoListDataInitializationStatusStatus = crate::Enum<
    enum_values::DtsJobListDataInitializationStatusStatus,
>;
/// The status of incremental data migration or synchronization.
///
/// The same fields as [`DataSynchronizationStatus`], and the same type: field docs and `Debug`
/// output are `DataSynchronizationStatus`'s.
pub type EtlDemoListDataSynchronizationStatus = DataSynchronizationStatus;
/// The status of incremental data migration or synchronization.
///
/// - `NotStarted`: not started
/// - `Migrating`: migrating or synchronizing
/// - `Failed`: migration or synchronization failed
/// - `Finished`: migration or synchronization completed
/// - `Catched`: no latency
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListDataEtlStatusStatus`], and the same type: constants and
/// `Debug` output are `DtsJobListDataEtlStatusStatus`'s.
pub type EtlDemoListDataSynchronizationStatusStatus = crate::Enum<
    enum_values::DtsJobListDataEtlStatusStatus,
>;
/// The connection information of the destination instance.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EtlDemoListDestinationEndpoint {
    /// The name of the database to which the migration objects belong in the destination instance.
    ///
    /// Wire name: `DatabaseName`.
    pub database_name: Option<String>,
    /// The database engine of the destination instance.
    ///
    /// Wire name: `EngineName`.
    pub engine_name: Option<String>,
    /// The ID of the destination instance.
    ///
    /// Wire name: `InstanceID`.
    pub instance_id: Option<String>,
    /// The type of the destination instance.
    ///
    /// Wire name: `InstanceType`.
    pub instance_type: Option<String>,
    /// The endpoint of the destination instance.
    ///
    /// Wire name: `Ip`.
    pub ip: Option<String>,
    /// The SID of the Oracle database. This parameter is returned only when EngineName of the
    /// destination instance is Oracle and the Oracle database is a non-RAC instance.
    ///
    /// Wire name: `OracleSID`.
    pub oracle_sid: Option<String>,
    /// The database service port of the destination instance.
    ///
    /// Wire name: `Port`.
    pub port: Option<String>,
    /// The region in which the destination instance resides. For more information, see List of
    /// supported regions.
    ///
    /// Wire name: `Region`.
    pub region: Option<String>,
    /// Indicates whether an SSL connection is used.
    ///
    /// Wire name: `SslSolutionEnum`.
    pub ssl_solution_enum: Option<EtlDemoListDestinationEndpointSslSolutionEnum>,
    /// The database account of the destination instance.
    ///
    /// Wire name: `UserName`.
    pub user_name: Option<String>,
}
impl rt::FromJson for EtlDemoListDestinationEndpoint {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            database_name: o.get("DatabaseName"),
            engine_name: o.get("EngineName"),
            instance_id: o.get("InstanceID"),
            instance_type: o.get("InstanceType"),
            ip: o.get("Ip"),
            oracle_sid: o.get("OracleSID"),
            port: o.get("Port"),
            region: o.get("Region"),
            ssl_solution_enum: o.get("SslSolutionEnum"),
            user_name: o.get("UserName"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// Indicates whether an SSL connection is used.
///
/// - `DISABLE`: SSL is not used
/// - `ENABLE_WITH_CERTIFICATE`: SSL is used with a CA certificate uploaded
/// - `ENABLE_ONLY_4_MONGODB_ALTAS`: SSL is used to connect to AWS MongoDB Atlas
/// - `ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256`: SCRAM-SHA-256 is used to connect to Kafka
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `SslSolutionEnum` of this product's other operations, and the same
/// type: constants and `Debug` output are `SslSolutionEnum`'s.
pub type EtlDemoListDestinationEndpointSslSolutionEnum = crate::Enum<
    super::shared::enum_values::SslSolutionEnum,
>;
/// The synchronization direction. This parameter is returned only when the topology of the data
/// synchronization instance is two-way synchronization.
///
/// - `Forward`: forward
/// - `Reverse`: reverse
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsJobDirection` of this product's other operations, and the same
/// type: constants and `Debug` output are `DtsJobDirection`'s.
pub type EtlDemoListDtsJobDirection = crate::Enum<
    super::shared::enum_values::DtsJobDirection,
>;
/// The type of the DTS task.
///
/// - `online`: data migration
/// - `sync`: data synchronization
/// - `subscribe`: change tracking
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListJobType`], and the same type: constants and `Debug` output
/// are `DtsJobListJobType`'s.
pub type EtlDemoListJobType = crate::Enum<enum_values::DtsJobListJobType>;
/// The migration type or synchronization initialization type.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EtlDemoListMigrationMode {
    /// Indicates whether full data migration or initial full data synchronization is performed.
    /// Valid values: true: Yes. false: No.
    ///
    /// Wire name: `DataInitialization`.
    pub data_initialization: Option<bool>,
    /// Indicates whether incremental data migration or synchronization is performed. Valid values:
    /// true: Yes. false: No.
    ///
    /// Wire name: `DataSynchronization`.
    pub data_synchronization: Option<bool>,
    /// Indicates whether schema migration or initial schema synchronization is performed. Valid
    /// values: true: Yes. false: No.
    ///
    /// Wire name: `StructureInitialization`.
    pub structure_initialization: Option<bool>,
}
impl rt::FromJson for EtlDemoListMigrationMode {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            data_initialization: o.get("DataInitialization"),
            data_synchronization: o.get("DataSynchronization"),
            structure_initialization: o.get("StructureInitialization"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The task source:
///
/// - `PTS task`:
/// - `DMS task`:
/// - `DTS task`:
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`OriginType`], and the same type: constants and `Debug` output are
/// `OriginType`'s.
pub type EtlDemoListOriginType = crate::Enum<enum_values::OriginType>;
/// The billing method of the instance.
///
/// - `PrePaid`: subscription
/// - `PostPaid`: pay-as-you-go
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `PayType` of this product's other operations, and the same type:
/// constants and `Debug` output are `PayType`'s.
pub type EtlDemoListPayType = crate::Enum<super::shared::enum_values::PayType>;
/// The performance information of the data migration or synchronization link.
///
/// The same fields as [`Performance`], and the same type: field docs and `Debug` output are
/// `Performance`'s.
pub type EtlDemoListPerformance = Performance;
/// The precheck status.
///
/// The same fields as [`PrecheckStatus`], and the same type: field docs and `Debug` output are
/// `PrecheckStatus`'s.
pub type EtlDemoListPrecheckStatus = PrecheckStatus;
/// One item of `Detail`. The execution details of each precheck item.
///
/// The same fields as [`Detail`], and the same type: field docs and `Debug` output are
/// `Detail`'s.
pub type EtlDemoListPrecheckStatusDetail = Detail;
/// The check result.
///
/// - `Success`: The check item passed
/// - `Failed`: The check item did not pass
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `CheckResult` of this product's other operations, and the same type:
/// constants and `Debug` output are `CheckResult`'s.
pub type EtlDemoListPrecheckStatusDetailCheckResult = crate::Enum<
    super::shared::enum_values::CheckResult,
>;
/// The precheck status.
///
/// - `NotStarted`: not started
/// - `Suspending`: paused
/// - `Checking`: running a precheck
/// - `Failed`: precheck failed
/// - `Finished`: precheck completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListPrecheckStatusStatus`], and the same type: constants and
/// `Debug` output are `DtsJobListPrecheckStatusStatus`'s.
pub type EtlDemoListPrecheckStatusStatus = crate::Enum<
    enum_values::DtsJobListPrecheckStatusStatus,
>;
/// The retry state. DTS is retrying because the task encountered an exception.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EtlDemoListRetryState {
    /// The error message returned when the retry fails.
    ///
    /// Wire name: `ErrMessage`.
    pub err_message: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `JobId`.
    pub job_id: Option<String>,
    /// The maximum retry duration. Unit: seconds.
    ///
    /// Wire name: `MaxRetryTime`.
    pub max_retry_time: Option<i64>,
    /// The instance progress.
    ///
    /// Wire name: `Module`.
    pub module: Option<String>,
    /// The number of retries that have been performed.
    ///
    /// Wire name: `RetryCount`.
    pub retry_count: Option<i64>,
    /// The retry target.
    ///
    /// Wire name: `RetryTarget`.
    pub retry_target: Option<EtlDemoListRetryStateRetryTarget>,
    /// The time that has been spent on retries. Unit: seconds.
    ///
    /// Wire name: `RetryTime`.
    pub retry_time: Option<i64>,
    /// Indicates whether the task is being retried. Valid values: true: Yes. false: No.
    ///
    /// Wire name: `Retrying`.
    pub retrying: Option<bool>,
}
impl rt::FromJson for EtlDemoListRetryState {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            err_message: o.get("ErrMessage"),
            job_id: o.get("JobId"),
            max_retry_time: o.get("MaxRetryTime"),
            module: o.get("Module"),
            retry_count: o.get("RetryCount"),
            retry_target: o.get("RetryTarget"),
            retry_time: o.get("RetryTime"),
            retrying: o.get("Retrying"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The retry target.
///
/// - `srcDB`: the source database
/// - `destDB`: the destination database
/// - `inner_module`: a DTS internal module
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `RetryTarget` of this product's other operations, and the same type:
/// constants and `Debug` output are `RetryTarget`'s.
pub type EtlDemoListRetryStateRetryTarget = crate::Enum<
    super::shared::enum_values::RetryTarget,
>;
/// The execution details of the reverse synchronization task. This parameter set is returned
/// only when the task is a data synchronization task with a two-way synchronization topology.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EtlDemoListReverseJob {
    /// The synchronization checkpoint of incremental data synchronization, in the format of a Unix
    /// timestamp. Unit: seconds.
    ///
    /// Wire name: `Checkpoint`.
    pub checkpoint: Option<String>,
    /// The task creation time in the format of yyyy-MM-ddTHH:mm:ssZ (UTC).
    ///
    /// Wire name: `CreateTime`.
    pub create_time: Option<String>,
    /// The status of initial full data synchronization.
    ///
    /// Wire name: `DataInitializationStatus`.
    pub data_initialization_status: Option<
        EtlDemoListReverseJobDataInitializationStatus,
    >,
    /// The status of incremental data synchronization.
    ///
    /// Wire name: `DataSynchronizationStatus`.
    pub data_synchronization_status: Option<
        EtlDemoListReverseJobDataSynchronizationStatus,
    >,
    /// The schema definition of the synchronization objects in JSON format, which supports certain
    /// regular expressions. For more information and examples, see Objects for data migration, data
    /// synchronization, or change tracking.
    ///
    /// Wire name: `DbObject`.
    pub db_object: Option<String>,
    /// The latency of incremental data synchronization. Unit: seconds.
    ///
    /// Wire name: `Delay`.
    pub delay: Option<i64>,
    /// The connection information of the destination instance.
    ///
    /// Wire name: `DestinationEndpoint`.
    pub destination_endpoint: Option<EtlDemoListReverseJobDestinationEndpoint>,
    /// The ID of the data synchronization instance.
    ///
    /// Wire name: `DtsInstanceID`.
    pub dts_instance_id: Option<String>,
    /// The specification of the data transmission link. For more information about link
    /// specifications and performance test results, see Specifications of data synchronization
    /// links.
    ///
    /// Wire name: `DtsJobClass`.
    pub dts_job_class: Option<String>,
    /// The synchronization direction. The value is fixed as Reverse.
    ///
    /// Wire name: `DtsJobDirection`.
    pub dts_job_direction: Option<String>,
    /// The ID of the synchronization task.
    ///
    /// Wire name: `DtsJobId`.
    pub dts_job_id: Option<String>,
    /// The name of the synchronization task.
    ///
    /// Wire name: `DtsJobName`.
    pub dts_job_name: Option<String>,
    /// The error message returned when the task fails.
    ///
    /// Wire name: `ErrorMessage`.
    pub error_message: Option<String>,
    /// The safe checkpoint of the ETL task.
    ///
    /// Wire name: `EtlSafeCheckpoint`.
    pub etl_safe_checkpoint: Option<String>,
    /// The expiration time of the instance in the format of yyyy-MM-ddTHH:mm:ssZ (UTC). This
    /// parameter is returned only when the value of PayType is PrePaid.
    ///
    /// Wire name: `ExpireTime`.
    pub expire_time: Option<String>,
    /// The migration type or synchronization initialization type.
    ///
    /// Wire name: `MigrationMode`.
    pub migration_mode: Option<EtlDemoListReverseJobMigrationMode>,
    /// The billing method of the instance.
    ///
    /// Wire name: `PayType`.
    pub pay_type: Option<EtlDemoListReverseJobPayType>,
    /// The performance information of the data migration or synchronization link.
    ///
    /// Wire name: `Performance`.
    pub performance: Option<EtlDemoListReverseJobPerformance>,
    /// The precheck status.
    ///
    /// Wire name: `PrecheckStatus`.
    pub precheck_status: Option<EtlDemoListReverseJobPrecheckStatus>,
    /// The reserved parameter of DTS in JSON format. You can specify this parameter to meet special
    /// requirements, such as whether to automatically start a precheck. For more information, see
    /// MigrationReserved parameter description.
    ///
    /// Wire name: `Reserved`.
    pub reserved: Option<String>,
    /// The connection information of the source instance.
    ///
    /// Wire name: `SourceEndpoint`.
    pub source_endpoint: Option<EtlDemoListReverseJobSourceEndpoint>,
    /// The status of the reverse synchronization task.
    ///
    /// Wire name: `Status`.
    pub status: Option<EtlDemoListReverseJobStatus>,
    /// The status of initial schema synchronization.
    ///
    /// Wire name: `StructureInitializationStatus`.
    pub structure_initialization_status: Option<
        EtlDemoListReverseJobStructureInitializationStatus,
    >,
}
impl rt::FromJson for EtlDemoListReverseJob {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            checkpoint: o.get("Checkpoint"),
            create_time: o.get("CreateTime"),
            data_initialization_status: o.get("DataInitializationStatus"),
            data_synchronization_status: o.get("DataSynchronizationStatus"),
            db_object: o.get("DbObject"),
            delay: o.get("Delay"),
            destination_endpoint: o.get("DestinationEndpoint"),
            dts_instance_id: o.get("DtsInstanceID"),
            dts_job_class: o.get("DtsJobClass"),
            dts_job_direction: o.get("DtsJobDirection"),
            dts_job_id: o.get("DtsJobId"),
            dts_job_name: o.get("DtsJobName"),
            error_message: o.get("ErrorMessage"),
            etl_safe_checkpoint: o.get("EtlSafeCheckpoint"),
            expire_time: o.get("ExpireTime"),
            migration_mode: o.get("MigrationMode"),
            pay_type: o.get("PayType"),
            performance: o.get("Performance"),
            precheck_status: o.get("PrecheckStatus"),
            reserved: o.get("Reserved"),
            source_endpoint: o.get("SourceEndpoint"),
            status: o.get("Status"),
            structure_initialization_status: o.get("StructureInitializationStatus"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
/// The status of initial full data synchronization.
///
/// The same fields as [`DtsJobListReverseJobDataInitializationStatus`], and the same type:
/// field docs and `Debug` output are `DtsJobListReverseJobDataInitializationStatus`'s.
pub type EtlDemoListReverseJobDataInitializationStatus = DtsJobListReverseJobDataInitializationStatus;
/// The status of initial full data synchronization.
///
/// - `NotStarted`: not started
/// - `Migrating`: initializing
/// - `Failed`: initialization failed
/// - `Finished`: initialization completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListDataInitializationStatusStatus`], and the same type:
/// constants and `Debug` output are `DtsJobListDataInitializationStatusStatus`'s.
pub type EtlDemoListReverseJobDataInitializationStatusStatus = crate::Enum<
    enum_values::DtsJobListDataInitializationStatusStatus,
>;
/// The status of incremental data synchronization.
///
/// The same fields as [`DtsJobListReverseJobDataSynchronizationStatus`], and the same type:
/// field docs and `Debug` output are `DtsJobListReverseJobDataSynchronizationStatus`'s.
pub type EtlDemoListReverseJobDataSynchronizationStatus = DtsJobListReverseJobDataSynchronizationStatus;
/// The connection information of the destination instance.
///
/// The same fields as [`DtsJobListReverseJobDestinationEndpoint`], and the same type: field
/// docs and `Debug` output are `DtsJobListReverseJobDestinationEndpoint`'s.
pub type EtlDemoListReverseJobDestinationEndpoint = DtsJobListReverseJobDestinationEndpoint;
/// Indicates whether an SSL connection is used.
///
/// - `DISABLE`: SSL is not used
/// - `ENABLE_WITH_CERTIFICATE`: SSL is used with a CA certificate uploaded
/// - `ENABLE_ONLY_4_MONGODB_ALTAS`: SSL is used to connect to AWS MongoDB Atlas
/// - `ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256`: SCRAM-SHA-256 is used to connect to Kafka
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `SslSolutionEnum` of this product's other operations, and the same
/// type: constants and `Debug` output are `SslSolutionEnum`'s.
pub type EtlDemoListReverseJobDestinationEndpointSslSolutionEnum = crate::Enum<
    super::shared::enum_values::SslSolutionEnum,
>;
/// The migration type or synchronization initialization type.
///
/// The same fields as [`EtlDemoListMigrationMode`], and the same type: field docs and `Debug`
/// output are `EtlDemoListMigrationMode`'s.
pub type EtlDemoListReverseJobMigrationMode = EtlDemoListMigrationMode;
/// The billing method of the instance.
///
/// - `PrePaid`: subscription
/// - `PostPaid`: pay-as-you-go
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `PayType` of this product's other operations, and the same type:
/// constants and `Debug` output are `PayType`'s.
pub type EtlDemoListReverseJobPayType = crate::Enum<super::shared::enum_values::PayType>;
/// The performance information of the data migration or synchronization link.
///
/// The same fields as [`Performance`], and the same type: field docs and `Debug` output are
/// `Performance`'s.
pub type EtlDemoListReverseJobPerformance = Performance;
/// The precheck status.
///
/// The same fields as [`PrecheckStatus`], and the same type: field docs and `Debug` output are
/// `PrecheckStatus`'s.
pub type EtlDemoListReverseJobPrecheckStatus = PrecheckStatus;
/// One item of `Detail`. The execution details of each precheck item.
///
/// The same fields as [`Detail`], and the same type: field docs and `Debug` output are
/// `Detail`'s.
pub type EtlDemoListReverseJobPrecheckStatusDetail = Detail;
/// The check result.
///
/// - `Success`: The check item passed
/// - `Failed`: The check item did not pass
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `CheckResult` of this product's other operations, and the same type:
/// constants and `Debug` output are `CheckResult`'s.
pub type EtlDemoListReverseJobPrecheckStatusDetailCheckResult = crate::Enum<
    super::shared::enum_values::CheckResult,
>;
/// The precheck status.
///
/// - `NotStarted`: not started
/// - `Suspending`: paused
/// - `Checking`: running a precheck
/// - `Failed`: precheck failed
/// - `Finished`: precheck completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListPrecheckStatusStatus`], and the same type: constants and
/// `Debug` output are `DtsJobListPrecheckStatusStatus`'s.
pub type EtlDemoListReverseJobPrecheckStatusStatus = crate::Enum<
    enum_values::DtsJobListPrecheckStatusStatus,
>;
/// The connection information of the source instance.
///
/// The same fields as [`SourceEndpoint`], and the same type: field docs and `Debug` output are
/// `SourceEndpoint`'s.
pub type EtlDemoListReverseJobSourceEndpoint = SourceEndpoint;
/// Indicates whether an SSL connection is used.
///
/// - `DISABLE`: SSL is not used
/// - `ENABLE_WITH_CERTIFICATE`: SSL is used with a CA certificate uploaded
/// - `ENABLE_ONLY_4_MONGODB_ALTAS`: SSL is used to connect to AWS MongoDB Atlas
/// - `ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256`: SCRAM-SHA-256 is used to connect to Kafka
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `SslSolutionEnum` of this product's other operations, and the same
/// type: constants and `Debug` output are `SslSolutionEnum`'s.
pub type EtlDemoListReverseJobSourceEndpointSslSolutionEnum = crate::Enum<
    super::shared::enum_values::SslSolutionEnum,
>;
/// The status of the reverse synchronization task.
///
/// - `NotStarted`: not started
/// - `Prechecking`: running a precheck
/// - `PrecheckFailed`: precheck failed
/// - `PreCheckPass`: precheck passed
/// - `NotConfigured`: not configured
/// - `Initializing`: performing initial synchronization
/// - `InitializeFailed`: initial synchronization failed
/// - `Synchronizing`: synchronizing
/// - `Failed`: synchronization failed
/// - `Suspending`: paused
/// - `Modifying`: modifying synchronization objects
/// - `ModifyFailed`: failed to modify synchronization objects
/// - `Finished`: completed
/// - `Retrying`: retrying
/// - `Upgrade`: upgrading
/// - `Locked`: locked
/// - `Downgrade`: downgrading
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListReverseJobStatus`], and the same type: constants and `Debug`
/// output are `DtsJobListReverseJobStatus`'s.
pub type EtlDemoListReverseJobStatus = crate::Enum<
    enum_values::DtsJobListReverseJobStatus,
>;
/// The status of initial schema synchronization.
///
/// The same fields as [`DtsJobListReverseJobStructureInitializationStatus`], and the same type:
/// field docs and `Debug` output are `DtsJobListReverseJobStructureInitializationStatus`'s.
pub type EtlDemoListReverseJobStructureInitializationStatus = DtsJobListReverseJobStructureInitializationStatus;
/// The status of initial schema synchronization.
///
/// - `NotStarted`: not started
/// - `Migrating`: initializing
/// - `Failed`: initialization failed
/// - `Finished`: initialization completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListDataInitializationStatusStatus`], and the same type:
/// constants and `Debug` output are `DtsJobListDataInitializationStatusStatus`'s.
pub type EtlDemoListReverseJobStructureInitializationStatusStatus = crate::Enum<
    enum_values::DtsJobListDataInitializationStatusStatus,
>;
/// The connection information of the source instance.
///
/// The same fields as [`SourceEndpoint`], and the same type: field docs and `Debug` output are
/// `SourceEndpoint`'s.
pub type EtlDemoListSourceEndpoint = SourceEndpoint;
/// Indicates whether an SSL connection is used.
///
/// - `DISABLE`: SSL is not used
/// - `ENABLE_WITH_CERTIFICATE`: SSL is used with a CA certificate uploaded
/// - `ENABLE_ONLY_4_MONGODB_ALTAS`: SSL is used to connect to AWS MongoDB Atlas
/// - `ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256`: SCRAM-SHA-256 is used to connect to Kafka
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `SslSolutionEnum` of this product's other operations, and the same
/// type: constants and `Debug` output are `SslSolutionEnum`'s.
pub type EtlDemoListSourceEndpointSslSolutionEnum = crate::Enum<
    super::shared::enum_values::SslSolutionEnum,
>;
/// The instance status of the DTS instance. Data migration task statuses: Data synchronization
/// task statuses: Change tracking task statuses:
///
/// - `NotStarted`: not started
/// - `Prechecking`: running a precheck
/// - `PrecheckFailed`: precheck failed
/// - `PreCheckPass`: precheck passed
/// - `NotConfigured`: not configured
/// - `Migrating`: migrating
/// - `Suspending`: paused
/// - `MigrationFailed`: migration failed
/// - `Finished`: completed
/// - `Retrying`: retrying
/// - `Upgrade`: upgrading
/// - `Locked`: locked
/// - `Downgrade`: downgrading
/// - `Initializing`: performing initial synchronization
/// - `InitializeFailed`: initial synchronization failed
/// - `Synchronizing`: synchronizing
/// - `Failed`: synchronization failed
/// - `Modifying`: modifying synchronization objects
/// - `ModifyFailed`: failed to modify synchronization objects
/// - `Starting`: starting
/// - `Normal`: normal
/// - `Abnormal`: abnormal
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListStatus`], and the same type: constants and `Debug` output are
/// `DtsJobListStatus`'s.
pub type EtlDemoListStatus = crate::Enum<enum_values::DtsJobListStatus>;
/// The status of schema migration or initial schema synchronization.
///
/// The same fields as [`StructureInitializationStatus`], and the same type: field docs and
/// `Debug` output are `StructureInitializationStatus`'s.
pub type EtlDemoListStructureInitializationStatus = StructureInitializationStatus;
/// The status of schema migration or initial schema synchronization.
///
/// - `NotStarted`: not started
/// - `Migrating`: migrating or initializing
/// - `Failed`: migration or initialization failed
/// - `Finished`: migration or initialization completed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobListDataInitializationStatusStatus`], and the same type:
/// constants and `Debug` output are `DtsJobListDataInitializationStatusStatus`'s.
pub type EtlDemoListStructureInitializationStatusStatus = crate::Enum<
    enum_values::DtsJobListDataInitializationStatusStatus,
>;
/// One item of `TagList`. The tag collection.
///
/// The same fields as [`TagList`], and the same type: field docs and `Debug` output are
/// `TagList`'s.
pub type EtlDemoListTagList = TagList;
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum Type {}
    impl crate::EnumValues for Type {
        const NAME: &'static str = "Type";
        const VALUES: &'static [&'static str] = &["instance", "name", "srcRds", "rds"];
    }
    #[derive(PartialEq)]
    pub enum Status {}
    impl crate::EnumValues for Status {
        const NAME: &'static str = "Status";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "Prechecking",
            "PrecheckFailed",
            "PreCheckPass",
            "NotConfigured",
            "Migrating",
            "Suspending",
            "MigrationFailed",
            "Finished",
            "Retrying",
            "Upgrade",
            "Locked",
            "Downgrade",
            "Initializing",
            "InitializeFailed",
            "Synchronizing",
            "Failed",
            "Modifying",
            "Starting",
            "Normal",
            "Abnormal",
        ];
    }
    #[derive(PartialEq)]
    pub enum OrderDirection {}
    impl crate::EnumValues for OrderDirection {
        const NAME: &'static str = "OrderDirection";
        const VALUES: &'static [&'static str] = &["ASC", "DESC"];
    }
    #[derive(PartialEq)]
    pub enum OrderColumn {}
    impl crate::EnumValues for OrderColumn {
        const NAME: &'static str = "OrderColumn";
        const VALUES: &'static [&'static str] = &["CreateTime", "FinishTime", "duLimit"];
    }
    #[derive(PartialEq)]
    pub enum RegionId {}
    impl crate::EnumValues for RegionId {
        const NAME: &'static str = "RegionId";
        const VALUES: &'static [&'static str] = &[
            "cn-hangzhou",
            "cn-shanghai",
            "cn-beijing",
            "cn-guangzhou",
            "cn-shenzhen",
            "cn-chengdu",
            "cn-heyuan",
            "cn-hongkong",
            "cn-qingdao",
            "cn-zhangbei",
            "cn-zhangjiakou",
            "us-east-1",
            "us-west-1",
            "cn-hangzhou-finance",
            "cn-shanghai-finance",
            "cn-shanghai-finance-1",
            "cn-shenzhen-finance",
            "cn-shenzhen-finance-1",
            "cn-beijing-finance-1",
            "cn-huhehaote",
            "cn-north-2-gov-1",
            "eu-central-1",
            "eu-west-1",
            "me-central-1",
            "me-east-1",
            "ap-northeast-1",
            "ap-northeast-2",
            "ap-southeast-1",
            "ap-southeast-3",
            "ap-southeast-5",
            "ap-southeast-6",
            "ap-southeast-7",
            "cn-wulanchabu",
            "cn-zhengzhou-jva",
            "cn-wuhan-lr",
            "cn-shanghai-cloudspe",
            "na-south-1",
            "us-southeast-1",
        ];
    }
    #[derive(PartialEq)]
    pub enum DtsJobListDataEtlStatusStatus {}
    impl crate::EnumValues for DtsJobListDataEtlStatusStatus {
        const NAME: &'static str = "DtsJobListDataEtlStatusStatus";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "Migrating",
            "Failed",
            "Finished",
            "Catched",
        ];
    }
    #[derive(PartialEq)]
    pub enum DtsJobListDataInitializationStatusStatus {}
    impl crate::EnumValues for DtsJobListDataInitializationStatusStatus {
        const NAME: &'static str = "DtsJobListDataInitializationStatusStatus";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "Migrating",
            "Failed",
            "Finished",
        ];
    }
    #[derive(PartialEq)]
    pub enum DtsJobListFullDataCheckStatusStatus {}
    impl crate::EnumValues for DtsJobListFullDataCheckStatusStatus {
        const NAME: &'static str = "DtsJobListFullDataCheckStatusStatus";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "Checking",
            "Failed",
            "Finished",
        ];
    }
    #[derive(PartialEq)]
    pub enum DtsJobListIncDataCheckStatusStatus {}
    impl crate::EnumValues for DtsJobListIncDataCheckStatusStatus {
        const NAME: &'static str = "DtsJobListIncDataCheckStatusStatus";
        const VALUES: &'static [&'static str] = &[
            "Catched",
            "NotStarted",
            "Checking",
            "Failed",
        ];
    }
    #[derive(PartialEq)]
    pub enum DtsJobListJobType {}
    impl crate::EnumValues for DtsJobListJobType {
        const NAME: &'static str = "DtsJobListJobType";
        const VALUES: &'static [&'static str] = &["online", "sync", "subscribe"];
    }
    #[derive(PartialEq)]
    pub enum OriginType {}
    impl crate::EnumValues for OriginType {
        const NAME: &'static str = "OriginType";
        const VALUES: &'static [&'static str] = &["PTS task", "DMS task", "DTS task"];
    }
    #[derive(PartialEq)]
    pub enum DtsJobListPrecheckStatusStatus {}
    impl crate::EnumValues for DtsJobListPrecheckStatusStatus {
        const NAME: &'static str = "DtsJobListPrecheckStatusStatus";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "Suspending",
            "Checking",
            "Failed",
            "Finished",
        ];
    }
    #[derive(PartialEq)]
    pub enum DtsJobListReverseJobIncDataCheckStatusStatus {}
    impl crate::EnumValues for DtsJobListReverseJobIncDataCheckStatusStatus {
        const NAME: &'static str = "DtsJobListReverseJobIncDataCheckStatusStatus";
        const VALUES: &'static [&'static str] = &[
            "Catched",
            "NotStarted",
            "Checking",
            "Failed",
            "Inconsistency",
        ];
    }
    #[derive(PartialEq)]
    pub enum DtsJobListReverseJobStatus {}
    impl crate::EnumValues for DtsJobListReverseJobStatus {
        const NAME: &'static str = "DtsJobListReverseJobStatus";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "Prechecking",
            "PrecheckFailed",
            "PreCheckPass",
            "NotConfigured",
            "Initializing",
            "InitializeFailed",
            "Synchronizing",
            "Failed",
            "Suspending",
            "Modifying",
            "ModifyFailed",
            "Finished",
            "Retrying",
            "Upgrade",
            "Locked",
            "Downgrade",
        ];
    }
    #[derive(PartialEq)]
    pub enum DtsJobListStatus {}
    impl crate::EnumValues for DtsJobListStatus {
        const NAME: &'static str = "DtsJobListStatus";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "Prechecking",
            "PrecheckFailed",
            "PreCheckPass",
            "NotConfigured",
            "Migrating",
            "Suspending",
            "MigrationFailed",
            "Finished",
            "Retrying",
            "Upgrade",
            "Locked",
            "Downgrade",
            "Initializing",
            "InitializeFailed",
            "Synchronizing",
            "Failed",
            "Modifying",
            "ModifyFailed",
            "Starting",
            "Normal",
            "Abnormal",
        ];
    }
    #[derive(PartialEq)]
    pub enum DtsJobListStructureDataCheckStatusStatus {}
    impl crate::EnumValues for DtsJobListStructureDataCheckStatusStatus {
        const NAME: &'static str = "DtsJobListStructureDataCheckStatusStatus";
        const VALUES: &'static [&'static str] = &[
            "NotStarted",
            "Checking",
            "Failed",
            "Finished",
            "Inconsistency",
        ];
    }
}
