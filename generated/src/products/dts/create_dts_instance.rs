// @generated from specs/dts/CreateDtsInstance.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `CreateDtsInstance`: Purchases a DTS instance.
//!
//! POST Data Transmission Service (`Dts`), API version `2020-01-01`. Not idempotent: only
//! throttling is retried.
//!
//! Notes on the documentation:
//!
//! - DTS reports some failures inside HTTP 200 with Success false and ErrCode/ErrMessage; those
//!   become errors.
//! - The SDK types Success as a string; the client reads it as a boolean (the text
//!   "true"/"false" is accepted).
//! - The reference text says "Correction: This parameter is required." of PayType while the
//!   metadata marks it optional; the client follows the metadata (the wire), so the service is
//!   the one to reject a missing PayType.
//! - The SDK also has InsightModule, which neither metadata snapshot lists; it is left out
//!   until the reference documents it.
//! - A purchase is billed, so the call is never retried after a network failure.
//! - The engine lists are open: values beyond them are sent, since DTS supports more engines
//!   than the metadata lists.
//! - Value lists taken from the reference text (not the metadata) are open: values beyond them
//!   are sent, since the text may lag the service.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-dts20200101 5.11.7 request/response
//!   models; summary from the SDK's reference text (the page is not among the stored pages).
//!   The captured reference text lists no operation-specific error codes, so none are
//!   transcribed: errors arrive as the unknown-code variant with code and message intact.
use crate::runtime as rt;
pub use super::shared::PayType;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "CreateDtsInstance",
    method: "POST",
    idempotent: false,
    retryable_codes: &[],
    params: &[
        rt::Param::query("JobId"),
        rt::Param::query("InstanceClass"),
        rt::Param::query("PayType"),
        rt::Param::query("Period"),
        rt::Param::query("SyncArchitecture"),
        rt::Param::query("AutoStart"),
        rt::Param::query("UsedTime"),
        rt::Param::query("Quantity"),
        rt::Param::query("AutoPay"),
        rt::Param::query("Type"),
        rt::Param::query("DatabaseCount"),
        rt::Param::query("SourceRegion"),
        rt::Param::query("DestinationRegion"),
        rt::Param::query("SourceEndpointEngineName"),
        rt::Param::query("DestinationEndpointEngineName"),
        rt::Param::query("ComputeUnit"),
        rt::Param::query("RegionId"),
        rt::Param::query("FeeType"),
        rt::Param::query("Du"),
        rt::Param::query("ResourceGroupId"),
        rt::Param::query("MinDu"),
        rt::Param::query("MaxDu"),
        rt::Param::query("DtsRegion"),
    ],
};
/// `CreateDtsInstance`: Purchases a DTS instance.
///
/// Made by [`Client::create_dts_instance`](super::Client::create_dts_instance); set parameters,
/// then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`create_dts_instance`](self), e.g. `create_dts_instance::PayType`.
pub type CreateDtsInstance = crate::Call<CreateDtsInstanceInput>;
impl<M> crate::Call<CreateDtsInstanceInput, M> {
    /// Sets `JobId` (optional): see [`CreateDtsInstanceInput::job_id`].
    #[inline]
    pub fn job_id(mut self, value: impl Into<String>) -> Self {
        self.input.job_id = Some(value.into());
        self
    }
    /// Sets `InstanceClass` (optional): see [`CreateDtsInstanceInput::instance_class`].
    #[inline]
    pub fn instance_class(mut self, value: impl Into<String>) -> Self {
        self.input.instance_class = Some(value.into());
        self
    }
    /// Sets `PayType` (optional): see [`CreateDtsInstanceInput::pay_type`].
    #[inline]
    pub fn pay_type(mut self, value: impl Into<PayType>) -> Self {
        self.input.pay_type = Some(value.into());
        self
    }
    /// Sets `Period` (optional): see [`CreateDtsInstanceInput::period`].
    #[inline]
    pub fn period(mut self, value: impl Into<String>) -> Self {
        self.input.period = Some(value.into());
        self
    }
    /// Sets `SyncArchitecture` (optional): see [`CreateDtsInstanceInput::sync_architecture`].
    #[inline]
    pub fn sync_architecture(mut self, value: impl Into<SyncArchitecture>) -> Self {
        self.input.sync_architecture = Some(value.into());
        self
    }
    /// Sets `AutoStart` (optional): see [`CreateDtsInstanceInput::auto_start`].
    #[inline]
    pub fn auto_start(mut self, value: bool) -> Self {
        self.input.auto_start = Some(value);
        self
    }
    /// Sets `UsedTime` (optional): see [`CreateDtsInstanceInput::used_time`].
    #[inline]
    pub fn used_time(mut self, value: i32) -> Self {
        self.input.used_time = Some(value);
        self
    }
    /// Sets `Quantity` (optional): see [`CreateDtsInstanceInput::quantity`].
    #[inline]
    pub fn quantity(mut self, value: i32) -> Self {
        self.input.quantity = Some(value);
        self
    }
    /// Sets `AutoPay` (optional): see [`CreateDtsInstanceInput::auto_pay`].
    #[inline]
    pub fn auto_pay(mut self, value: bool) -> Self {
        self.input.auto_pay = Some(value);
        self
    }
    /// Sets `Type` (optional): see [`CreateDtsInstanceInput::type`].
    #[inline]
    pub fn r#type(mut self, value: impl Into<Type>) -> Self {
        self.input.r#type = Some(value.into());
        self
    }
    /// Sets `DatabaseCount` (optional): see [`CreateDtsInstanceInput::database_count`].
    #[inline]
    pub fn database_count(mut self, value: i32) -> Self {
        self.input.database_count = Some(value);
        self
    }
    /// Sets `SourceRegion` (optional): see [`CreateDtsInstanceInput::source_region`].
    #[inline]
    pub fn source_region(mut self, value: impl Into<String>) -> Self {
        self.input.source_region = Some(value.into());
        self
    }
    /// Sets `DestinationRegion` (optional): see [`CreateDtsInstanceInput::destination_region`].
    #[inline]
    pub fn destination_region(mut self, value: impl Into<String>) -> Self {
        self.input.destination_region = Some(value.into());
        self
    }
    /// Sets `SourceEndpointEngineName` (optional): see [`CreateDtsInstanceInput::source_endpoint_engine_name`].
    #[inline]
    pub fn source_endpoint_engine_name(
        mut self,
        value: impl Into<SourceEndpointEngineName>,
    ) -> Self {
        self.input.source_endpoint_engine_name = Some(value.into());
        self
    }
    /// Sets `DestinationEndpointEngineName` (optional): see [`CreateDtsInstanceInput::destination_endpoint_engine_name`].
    #[inline]
    pub fn destination_endpoint_engine_name(
        mut self,
        value: impl Into<DestinationEndpointEngineName>,
    ) -> Self {
        self.input.destination_endpoint_engine_name = Some(value.into());
        self
    }
    /// Sets `ComputeUnit` (optional): see [`CreateDtsInstanceInput::compute_unit`].
    #[inline]
    pub fn compute_unit(mut self, value: i32) -> Self {
        self.input.compute_unit = Some(value);
        self
    }
    /// Sets `RegionId` (optional): see [`CreateDtsInstanceInput::region_id`].
    #[inline]
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.input.region_id = Some(value.into());
        self
    }
    /// Sets `FeeType` (optional): see [`CreateDtsInstanceInput::fee_type`].
    #[inline]
    pub fn fee_type(mut self, value: impl Into<String>) -> Self {
        self.input.fee_type = Some(value.into());
        self
    }
    /// Sets `Du` (optional): see [`CreateDtsInstanceInput::du`].
    #[inline]
    pub fn du(mut self, value: i32) -> Self {
        self.input.du = Some(value);
        self
    }
    /// Sets `ResourceGroupId` (optional): see [`CreateDtsInstanceInput::resource_group_id`].
    #[inline]
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.input.resource_group_id = Some(value.into());
        self
    }
    /// Sets `MinDu` (optional): see [`CreateDtsInstanceInput::min_du`].
    #[inline]
    pub fn min_du(mut self, value: f64) -> Self {
        self.input.min_du = Some(value);
        self
    }
    /// Sets `MaxDu` (optional): see [`CreateDtsInstanceInput::max_du`].
    #[inline]
    pub fn max_du(mut self, value: f64) -> Self {
        self.input.max_du = Some(value);
        self
    }
    /// Sets `DtsRegion` (optional): see [`CreateDtsInstanceInput::dts_region`].
    #[inline]
    pub fn dts_region(mut self, value: impl Into<String>) -> Self {
        self.input.dts_region = Some(value.into());
        self
    }
}
/// The parameters of [`CreateDtsInstance`](super::CreateDtsInstance).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CreateDtsInstanceInput {
    /// The task ID (DtsJobId) obtained by calling the ConfigureDtsJob operation. If you specify
    /// this parameter, you do not need to specify SourceRegion, DestinationRegion, Type,
    /// SourceEndpointEngineName, or DestinationEndpointEngineName. Even if you specify these
    /// parameters, the configurations in JobId take precedence.
    ///
    /// Optional. Sent as `JobId` in the query string.
    pub job_id: Option<String>,
    /// The specification of the data migration or data synchronization instance. Specifications
    /// supported by data migration instances: xxlarge, xlarge, large, medium, and small.
    /// Specifications supported by data synchronization instances: large, medium, small, and micro.
    /// For more information about the performance of each specification, see Specifications of data
    /// migration instances and Specifications of data synchronization instances.
    ///
    /// Optional. Sent as `InstanceClass` in the query string.
    ///
    /// Example: `large`
    pub instance_class: Option<String>,
    /// The billing method. Correction:
    ///
    /// Optional. Sent as `PayType` in the query string.
    ///
    /// Example: `PostPaid`
    pub pay_type: Option<PayType>,
    /// The billing method of the subscription instance. Valid values: Year and Month. This
    /// parameter is valid and required only when PayType is set to PrePaid (subscription).
    ///
    /// Optional. Sent as `Period` in the query string.
    pub period: Option<String>,
    /// The synchronization topology.
    ///
    /// Optional. Sent as `SyncArchitecture` in the query string.
    pub sync_architecture: Option<SyncArchitecture>,
    /// Specifies whether to automatically start the task after the purchase is complete. Valid
    /// values: false: no. This is the default value. true: yes. This parameter takes effect only
    /// when JobId is set to a valid task ID and this parameter is set to true.
    ///
    /// Optional. Sent as `AutoStart` in the query string.
    ///
    /// Example: `true`
    pub auto_start: Option<bool>,
    /// The subscription duration of the subscription instance. If Period is set to Month, valid
    /// values are 1, 2, 3, 4, 5, 6, 7, 8, and 9. If Period is set to Year, valid values are 1, 2,
    /// 3, and 5. This parameter is valid and required only when PayType is set to PrePaid
    /// (subscription). You can set the billing method of the subscription instance by using the
    /// Period parameter.
    ///
    /// Optional. Sent as `UsedTime` in the query string.
    pub used_time: Option<i32>,
    /// The number of instances to purchase. A maximum of one instance can be purchased per call.
    ///
    /// Optional. Sent as `Quantity` in the query string.
    pub quantity: Option<i32>,
    /// Specifies whether to enable auto-renewal upon expiration. Valid values: false: no. This is
    /// the default value. true: yes.
    ///
    /// Optional. Sent as `AutoPay` in the query string.
    pub auto_pay: Option<bool>,
    /// The instance type. You must specify this parameter or JobId.
    ///
    /// Optional. Sent as `Type` in the query string.
    ///
    /// Example: `MIGRATION`
    pub r#type: Option<Type>,
    /// The number of private custom ApsaraDB RDS instances under PolarDB-X. Default value: 1. only
    /// when SourceEndpointEngineName is set to drds.
    ///
    /// Optional. Sent as `DatabaseCount` in the query string.
    pub database_count: Option<i32>,
    /// The region of the source instance. For more information, see List of supported regions. You
    /// must specify this parameter or JobId.
    ///
    /// Optional. Sent as `SourceRegion` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub source_region: Option<String>,
    /// The region of the destination instance. For more information, see List of supported regions.
    /// You must specify this parameter or JobId.
    ///
    /// Optional. Sent as `DestinationRegion` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub destination_region: Option<String>,
    /// The database engine type of the source instance. Default value: MySQL. For more information
    /// about the supported source and destination database combinations, see Databases, initial
    /// synchronization types, and synchronization topologies and Supported databases and migration
    /// types. You must specify this parameter or JobId.
    ///
    /// Optional. Sent as `SourceEndpointEngineName` in the query string.
    ///
    /// Example: `MySQL`
    pub source_endpoint_engine_name: Option<SourceEndpointEngineName>,
    /// The database engine type of the destination instance. Default value: MySQL. For more
    /// information about the supported source and destination database combinations, see Databases,
    /// initial synchronization types, and synchronization topologies and Supported databases and
    /// migration types. You must specify this parameter or JobId.
    ///
    /// Optional. Sent as `DestinationEndpointEngineName` in the query string.
    ///
    /// Example: `MySQL`
    pub destination_endpoint_engine_name: Option<DestinationEndpointEngineName>,
    /// The specifications of the ETL instance. Unit: compute unit (CU). 1 CU = 1 vCPU + 4 GB
    /// memory. Valid values: integers that are greater than or equal to 2. `<props="china">` If you
    /// specify this parameter, the ETL feature is enabled for data cleaning and transformation..
    ///
    /// Optional. Sent as `ComputeUnit` in the query string.
    pub compute_unit: Option<i32>,
    /// The region ID of the instance. For more information, see List of supported regions.
    ///
    /// Optional. Sent as `RegionId` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub region_id: Option<String>,
    /// The billing type for change tracking. Valid values: ONLY_CONFIGURATION_FEE, which indicates
    /// that only configuration fees are charged and data traffic fees are waived.
    /// CONFIGURATION_FEE_AND_DATA_FEE, which indicates that data traffic fees are additionally
    /// charged.
    ///
    /// Optional. Sent as `FeeType` in the query string.
    pub fee_type: Option<String>,
    /// The number of DU resources to allocate to the DTS task on a DTS dedicated cluster. Valid
    /// values: 1 to 100. The value must be within the range of available DUs in the DTS dedicated
    /// cluster. For more information about DTS dedicated clusters, see What is a DTS dedicated
    /// cluster.
    ///
    /// Optional. Sent as `Du` in the query string.
    pub du: Option<i32>,
    /// The resource group ID.
    ///
    /// Optional. Sent as `ResourceGroupId` in the query string.
    pub resource_group_id: Option<String>,
    /// The minimum number of DUs. This parameter is supported only for serverless instances.
    ///
    /// Optional. Sent as `MinDu` in the query string.
    pub min_du: Option<f64>,
    /// The maximum number of DUs. This parameter is supported only for serverless instances.
    ///
    /// Optional. Sent as `MaxDu` in the query string.
    pub max_du: Option<f64>,
    /// The region to which the instance belongs. The value must be the same as the value of
    /// RegionId.
    ///
    /// Optional. Sent as `DtsRegion` in the query string.
    pub dts_region: Option<String>,
}
impl Default for CreateDtsInstanceInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            job_id: None,
            instance_class: None,
            pay_type: None,
            period: None,
            sync_architecture: None,
            auto_start: None,
            used_time: None,
            quantity: None,
            auto_pay: None,
            r#type: None,
            database_count: None,
            source_region: None,
            destination_region: None,
            source_endpoint_engine_name: None,
            destination_endpoint_engine_name: None,
            compute_unit: None,
            region_id: None,
            fee_type: None,
            du: None,
            resource_group_id: None,
            min_du: None,
            max_du: None,
            dts_region: None,
        }
    }
}
impl rt::OperationInput for CreateDtsInstanceInput {
    type Output = CreateDtsInstanceOutput;
    type Error = CreateDtsInstanceError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::text(&self.job_id),
            rt::text(&self.instance_class),
            rt::text(&self.pay_type),
            rt::text(&self.period),
            rt::text(&self.sync_architecture),
            rt::boolean(&self.auto_start),
            rt::int(&self.used_time),
            rt::int(&self.quantity),
            rt::boolean(&self.auto_pay),
            rt::text(&self.r#type),
            rt::int(&self.database_count),
            rt::text(&self.source_region),
            rt::text(&self.destination_region),
            rt::text(&self.source_endpoint_engine_name),
            rt::text(&self.destination_endpoint_engine_name),
            rt::int(&self.compute_unit),
            rt::text(&self.region_id),
            rt::text(&self.fee_type),
            rt::int(&self.du),
            rt::text(&self.resource_group_id),
            rt::float(&self.min_du),
            rt::float(&self.max_du),
            rt::text(&self.dts_region),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `CreateDtsInstance` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateDtsInstanceOutput {
    /// The error code returned when the call fails.
    ///
    /// Wire name: `ErrCode`.
    pub err_code: Option<String>,
    /// The error message returned when the call fails.
    ///
    /// Wire name: `ErrMessage`.
    pub err_message: Option<String>,
    /// The instance ID.
    ///
    /// Wire name: `InstanceId`.
    pub instance_id: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `JobId`.
    pub job_id: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// Indicates whether the request was successful.
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
}
impl rt::FromJson for CreateDtsInstanceOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            err_code: o.get("ErrCode"),
            err_message: o.get("ErrMessage"),
            instance_id: o.get("InstanceId"),
            job_id: o.get("JobId"),
            request_id: o.get("RequestId"),
            success: o.get("Success"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for CreateDtsInstanceOutput {
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
/// A failure reported by the service for [`CreateDtsInstance`](super::CreateDtsInstance).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum CreateDtsInstanceError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl CreateDtsInstanceError {
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
impl From<crate::ErrorMeta> for CreateDtsInstanceError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for CreateDtsInstanceError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for CreateDtsInstanceError {}
/// The synchronization topology.
///
/// - `oneway`: one-way synchronization. This is the default value
/// - `bidirectional`: two-way synchronization
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type SyncArchitecture = crate::Enum<enum_values::SyncArchitecture>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::SyncArchitecture> {
    /// `oneway`
    ///
    /// one-way synchronization. This is the default value
    pub const Oneway: Self = Self::known("oneway");
    /// `bidirectional`
    ///
    /// two-way synchronization
    pub const Bidirectional: Self = Self::known("bidirectional");
}
/// The instance type. You must specify this parameter or JobId.
///
/// - `MIGRATION`: data migration
/// - `SYNC`: data synchronization
/// - `SUBSCRIBE`: change tracking
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `JobType` of this product's other operations, and the same type:
/// constants and `Debug` output are `JobType`'s.
pub type Type = crate::Enum<super::shared::enum_values::JobType>;
/// The database engine type of the source instance. Default value: MySQL. For more information
/// about the supported source and destination database combinations, see Databases, initial
/// synchronization types, and synchronization topologies and Supported databases and migration
/// types. You must specify this parameter or JobId.
///
/// - `MySQL`: MySQL database, including ApsaraDB RDS for MySQL and self-managed MySQL
/// - `PolarDB`: PolarDB for MySQL
/// - `polardb_o`: PolarDB for Oracle
/// - `polardb_pg`: PolarDB for PostgreSQL
/// - `Redis`: Redis database, including Tair (Redis® OSS-Compatible) and self-managed Redis
/// - `DRDS`: cloud-native distributed database PolarDB-X 1.0 and 2.0
/// - `PostgreSQL`: self-managed PostgreSQL
/// - `odps`: MaxCompute
/// - `oracle`: self-managed Oracle
/// - `mongodb`: MongoDB database, including ApsaraDB for MongoDB and self-managed MongoDB
/// - `tidb`: TiDB database
/// - `ADS`: AnalyticDB for MySQL 2.0
/// - `ADB30`: AnalyticDB for MySQL 3.0
/// - `Greenplum`: AnalyticDB for PostgreSQL
/// - `MSSQL`: SQL Server database, including ApsaraDB RDS for SQL Server and self-managed SQL
///   Server
/// - `kafka`: Kafka database, including ApsaraMQ for Kafka and self-managed Kafka
/// - `DataHub`: Alibaba Cloud DataHub
/// - `DB2`: self-managed Db2 for LUW
/// - `as400`: AS/400
/// - `Tablestore`: Tablestore
/// - `OceanBase`: OceanBase (MySQL). Only data migration instances are supported
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type SourceEndpointEngineName = crate::Enum<enum_values::SourceEndpointEngineName>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::SourceEndpointEngineName> {
    /// `MySQL`
    ///
    /// MySQL database, including ApsaraDB RDS for MySQL and self-managed MySQL
    pub const MySql: Self = Self::known("MySQL");
    /// `PolarDB`
    ///
    /// PolarDB for MySQL
    pub const PolarDb: Self = Self::known("PolarDB");
    /// `polardb_o`
    ///
    /// PolarDB for Oracle
    pub const PolardbO: Self = Self::known("polardb_o");
    /// `polardb_pg`
    ///
    /// PolarDB for PostgreSQL
    pub const PolardbPg: Self = Self::known("polardb_pg");
    /// `Redis`
    ///
    /// Redis database, including Tair (Redis® OSS-Compatible) and self-managed Redis
    pub const Redis: Self = Self::known("Redis");
    /// `DRDS`
    ///
    /// cloud-native distributed database PolarDB-X 1.0 and 2.0
    pub const Drds: Self = Self::known("DRDS");
    /// `PostgreSQL`
    ///
    /// self-managed PostgreSQL
    pub const PostgreSql: Self = Self::known("PostgreSQL");
    /// `odps`
    ///
    /// MaxCompute
    pub const Odps: Self = Self::known("odps");
    /// `oracle`
    ///
    /// self-managed Oracle
    pub const Oracle: Self = Self::known("oracle");
    /// `mongodb`
    ///
    /// MongoDB database, including ApsaraDB for MongoDB and self-managed MongoDB
    pub const Mongodb: Self = Self::known("mongodb");
    /// `tidb`
    ///
    /// TiDB database
    pub const Tidb: Self = Self::known("tidb");
    /// `ADS`
    ///
    /// AnalyticDB for MySQL 2.0
    pub const Ads: Self = Self::known("ADS");
    /// `ADB30`
    ///
    /// AnalyticDB for MySQL 3.0
    pub const Adb30: Self = Self::known("ADB30");
    /// `Greenplum`
    ///
    /// AnalyticDB for PostgreSQL
    pub const Greenplum: Self = Self::known("Greenplum");
    /// `MSSQL`
    ///
    /// SQL Server database, including ApsaraDB RDS for SQL Server and self-managed SQL Server
    pub const Mssql: Self = Self::known("MSSQL");
    /// `kafka`
    ///
    /// Kafka database, including ApsaraMQ for Kafka and self-managed Kafka
    pub const Kafka: Self = Self::known("kafka");
    /// `DataHub`
    ///
    /// Alibaba Cloud DataHub
    pub const DataHub: Self = Self::known("DataHub");
    /// `DB2`
    ///
    /// self-managed Db2 for LUW
    pub const Db2: Self = Self::known("DB2");
    /// `as400`
    ///
    /// AS/400
    pub const As400: Self = Self::known("as400");
    /// `Tablestore`
    ///
    /// Tablestore
    pub const Tablestore: Self = Self::known("Tablestore");
    /// `OceanBase`
    ///
    /// OceanBase (MySQL). Only data migration instances are supported
    pub const OceanBase: Self = Self::known("OceanBase");
}
/// The database engine type of the destination instance. Default value: MySQL. For more
/// information about the supported source and destination database combinations, see Databases,
/// initial synchronization types, and synchronization topologies and Supported databases and
/// migration types. You must specify this parameter or JobId.
///
/// - `MySQL`: MySQL database, including ApsaraDB RDS for MySQL and self-managed MySQL
/// - `PolarDB`: PolarDB for MySQL
/// - `polardb_o`: PolarDB for Oracle
/// - `polardb_pg`: PolarDB for PostgreSQL
/// - `Redis`: Redis database, including Tair (Redis® OSS-Compatible) and self-managed Redis
/// - `DRDS`: cloud-native distributed database PolarDB-X 1.0 and 2.0
/// - `PostgreSQL`: self-managed PostgreSQL
/// - `odps`: MaxCompute
/// - `oracle`: self-managed Oracle
/// - `mongodb`: MongoDB database, including ApsaraDB for MongoDB and self-managed MongoDB
/// - `tidb`: TiDB database
/// - `ADS`: AnalyticDB for MySQL 2.0
/// - `ADB30`: AnalyticDB for MySQL 3.0
/// - `Greenplum`: AnalyticDB for PostgreSQL
/// - `MSSQL`: SQL Server database, including ApsaraDB RDS for SQL Server and self-managed SQL
///   Server
/// - `kafka`: Kafka database, including ApsaraMQ for Kafka and self-managed Kafka
/// - `DataHub`: Alibaba Cloud DataHub
/// - `DB2`: self-managed Db2 for LUW
/// - `as400`: AS/400
/// - `Tablestore`: Tablestore
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DestinationEndpointEngineName = crate::Enum<
    enum_values::DestinationEndpointEngineName,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DestinationEndpointEngineName> {
    /// `MySQL`
    ///
    /// MySQL database, including ApsaraDB RDS for MySQL and self-managed MySQL
    pub const MySql: Self = Self::known("MySQL");
    /// `PolarDB`
    ///
    /// PolarDB for MySQL
    pub const PolarDb: Self = Self::known("PolarDB");
    /// `polardb_o`
    ///
    /// PolarDB for Oracle
    pub const PolardbO: Self = Self::known("polardb_o");
    /// `polardb_pg`
    ///
    /// PolarDB for PostgreSQL
    pub const PolardbPg: Self = Self::known("polardb_pg");
    /// `Redis`
    ///
    /// Redis database, including Tair (Redis® OSS-Compatible) and self-managed Redis
    pub const Redis: Self = Self::known("Redis");
    /// `DRDS`
    ///
    /// cloud-native distributed database PolarDB-X 1.0 and 2.0
    pub const Drds: Self = Self::known("DRDS");
    /// `PostgreSQL`
    ///
    /// self-managed PostgreSQL
    pub const PostgreSql: Self = Self::known("PostgreSQL");
    /// `odps`
    ///
    /// MaxCompute
    pub const Odps: Self = Self::known("odps");
    /// `oracle`
    ///
    /// self-managed Oracle
    pub const Oracle: Self = Self::known("oracle");
    /// `mongodb`
    ///
    /// MongoDB database, including ApsaraDB for MongoDB and self-managed MongoDB
    pub const Mongodb: Self = Self::known("mongodb");
    /// `tidb`
    ///
    /// TiDB database
    pub const Tidb: Self = Self::known("tidb");
    /// `ADS`
    ///
    /// AnalyticDB for MySQL 2.0
    pub const Ads: Self = Self::known("ADS");
    /// `ADB30`
    ///
    /// AnalyticDB for MySQL 3.0
    pub const Adb30: Self = Self::known("ADB30");
    /// `Greenplum`
    ///
    /// AnalyticDB for PostgreSQL
    pub const Greenplum: Self = Self::known("Greenplum");
    /// `MSSQL`
    ///
    /// SQL Server database, including ApsaraDB RDS for SQL Server and self-managed SQL Server
    pub const Mssql: Self = Self::known("MSSQL");
    /// `kafka`
    ///
    /// Kafka database, including ApsaraMQ for Kafka and self-managed Kafka
    pub const Kafka: Self = Self::known("kafka");
    /// `DataHub`
    ///
    /// Alibaba Cloud DataHub
    pub const DataHub: Self = Self::known("DataHub");
    /// `DB2`
    ///
    /// self-managed Db2 for LUW
    pub const Db2: Self = Self::known("DB2");
    /// `as400`
    ///
    /// AS/400
    pub const As400: Self = Self::known("as400");
    /// `Tablestore`
    ///
    /// Tablestore
    pub const Tablestore: Self = Self::known("Tablestore");
}
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum SyncArchitecture {}
    impl crate::EnumValues for SyncArchitecture {
        const NAME: &'static str = "SyncArchitecture";
        const VALUES: &'static [&'static str] = &["oneway", "bidirectional"];
    }
    #[derive(PartialEq)]
    pub enum SourceEndpointEngineName {}
    impl crate::EnumValues for SourceEndpointEngineName {
        const NAME: &'static str = "SourceEndpointEngineName";
        const VALUES: &'static [&'static str] = &[
            "MySQL",
            "PolarDB",
            "polardb_o",
            "polardb_pg",
            "Redis",
            "DRDS",
            "PostgreSQL",
            "odps",
            "oracle",
            "mongodb",
            "tidb",
            "ADS",
            "ADB30",
            "Greenplum",
            "MSSQL",
            "kafka",
            "DataHub",
            "DB2",
            "as400",
            "Tablestore",
            "OceanBase",
        ];
    }
    #[derive(PartialEq)]
    pub enum DestinationEndpointEngineName {}
    impl crate::EnumValues for DestinationEndpointEngineName {
        const NAME: &'static str = "DestinationEndpointEngineName";
        const VALUES: &'static [&'static str] = &[
            "MySQL",
            "PolarDB",
            "polardb_o",
            "polardb_pg",
            "Redis",
            "DRDS",
            "PostgreSQL",
            "odps",
            "oracle",
            "mongodb",
            "tidb",
            "ADS",
            "ADB30",
            "Greenplum",
            "MSSQL",
            "kafka",
            "DataHub",
            "DB2",
            "as400",
            "Tablestore",
        ];
    }
}
