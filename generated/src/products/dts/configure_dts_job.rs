// @generated from specs/dts/ConfigureDtsJob.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `ConfigureDtsJob`: Configures a data migration, data synchronization or change tracking
//! task.
//!
//! POST Data Transmission Service (`Dts`), API version `2020-01-01`. Not idempotent: only
//! throttling is retried.
//!
//! Notes on the documentation:
//!
//! - DTS reports some failures inside HTTP 200 with Success false and ErrCode/ErrMessage; those
//!   become errors.
//! - The SDK types Success and HttpStatusCode as strings; the client reads them as a boolean
//!   and an integer (text forms are accepted).
//! - The passwords (endpoint, CA certificate and client certificate) are kept out of Debug
//!   output.
//! - DbList, Reserve and DataCheckConfigure hold JSON documents and travel as JSON text under
//!   their own names, as the SDK sends them.
//! - The reference text of SourceEndpointInstanceID and DestinationEndpointInstanceID lists
//!   ECS, DG and EXPRESS, which are instance types, not IDs (IDs look like
//!   `rm-bp1i99e8l7913****`); those lists are not enums here, so any ID is sent.
//! - The instance-type and engine lists are open: values beyond them are sent, since DTS
//!   supports more sources than the metadata lists.
//! - Configuring creates a job when DtsJobId is not given, so the call is not retried after a
//!   network failure.
//! - Value lists taken from the reference text (not the metadata) are open: values beyond them
//!   are sent, since the text may lag the service.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-dts20200101 5.11.7 request/response
//!   models; summary from the SDK's reference text (the page is not among the stored pages).
//!   The captured reference text lists no operation-specific error codes, so none are
//!   transcribed: errors arrive as the unknown-code variant with code and message intact.
use crate::runtime as rt;
pub use super::shared::{SynchronizationDirection, DtsBisLabel};
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "ConfigureDtsJob",
    method: "POST",
    idempotent: false,
    retryable_codes: &[],
    params: &[
        rt::Param::query("DtsJobName").required(),
        rt::Param::query("SourceEndpointInstanceType").required(),
        rt::Param::query("SourceEndpointInstanceID"),
        rt::Param::query("SourceEndpointEngineName"),
        rt::Param::query("SourceEndpointRegion"),
        rt::Param::query("SourceEndpointIP"),
        rt::Param::query("SourceEndpointPort"),
        rt::Param::query("SourceEndpointOracleSID"),
        rt::Param::query("SourceEndpointDatabaseName"),
        rt::Param::query("SourceEndpointUserName"),
        rt::Param::query("SourceEndpointPassword"),
        rt::Param::query("SourceEndpointOwnerID"),
        rt::Param::query("SourceEndpointRole"),
        rt::Param::query("DestinationEndpointInstanceType").required(),
        rt::Param::query("DestinationEndpointInstanceID"),
        rt::Param::query("DestinationEndpointEngineName"),
        rt::Param::query("DestinationEndpointRegion"),
        rt::Param::query("DestinationEndpointIP"),
        rt::Param::query("DestinationEndpointPort"),
        rt::Param::query("DestinationEndpointDataBaseName"),
        rt::Param::query("DestinationEndpointUserName"),
        rt::Param::query("DestinationEndpointPassword"),
        rt::Param::query("DestinationEndpointOwnerID"),
        rt::Param::query("DestinationEndpointRole"),
        rt::Param::query("StructureInitialization").required(),
        rt::Param::query("DataInitialization").required(),
        rt::Param::query("DataSynchronization").required(),
        rt::Param::body("DbList"),
        rt::Param::body("Reserve"),
        rt::Param::query("Checkpoint"),
        rt::Param::query("DestinationEndpointOracleSID"),
        rt::Param::query("JobType").required(),
        rt::Param::query("DtsJobId"),
        rt::Param::query("DtsInstanceId"),
        rt::Param::query("DelayPhone"),
        rt::Param::query("DelayRuleTime"),
        rt::Param::query("DelayNotice"),
        rt::Param::query("ErrorPhone"),
        rt::Param::query("ErrorNotice"),
        rt::Param::query("SynchronizationDirection"),
        rt::Param::query("RegionId"),
        rt::Param::query("DedicatedClusterId"),
        rt::Param::query("FileOssUrl"),
        rt::Param::query("DataCheckConfigure"),
        rt::Param::query("DisasterRecoveryJob"),
        rt::Param::query("SourceEndpointVSwitchID"),
        rt::Param::query("DtsBisLabel"),
        rt::Param::query("SrcCaCertificateOssUrl"),
        rt::Param::query("SrcCaCertificatePassword"),
        rt::Param::query("DestCaCertificateOssUrl"),
        rt::Param::query("DestCaCertificatePassword"),
        rt::Param::query("MinDu"),
        rt::Param::query("MaxDu"),
        rt::Param::query("SrcClientCertOssUrl"),
        rt::Param::query("SrcClientKeyOssUrl"),
        rt::Param::query("SrcClientPassword"),
        rt::Param::query("DestClientCertOssUrl"),
        rt::Param::query("DestClientKeyOssUrl"),
        rt::Param::query("DestClientPassword"),
        rt::Param::query("SrcPrimaryVswId"),
        rt::Param::query("SrcSecondaryVswId"),
        rt::Param::query("DestPrimaryVswId"),
        rt::Param::query("DestSecondaryVswId"),
        rt::Param::query("ResourceGroupId"),
    ],
};
/// `ConfigureDtsJob`: Configures a data migration, data synchronization or change tracking
/// task.
///
/// Made by [`Client::configure_dts_job`](super::Client::configure_dts_job); set parameters,
/// then [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`configure_dts_job`](self), e.g. `configure_dts_job::SourceEndpointInstanceType`.
pub type ConfigureDtsJob = crate::Call<ConfigureDtsJobInput>;
impl<M> crate::Call<ConfigureDtsJobInput, M> {
    /// Sets `DtsJobName` (required): see [`ConfigureDtsJobInput::dts_job_name`].
    #[inline]
    pub fn dts_job_name(mut self, value: impl Into<String>) -> Self {
        self.input.dts_job_name = Some(value.into());
        self
    }
    /// Sets `SourceEndpointInstanceType` (required): see [`ConfigureDtsJobInput::source_endpoint_instance_type`].
    #[inline]
    pub fn source_endpoint_instance_type(
        mut self,
        value: impl Into<SourceEndpointInstanceType>,
    ) -> Self {
        self.input.source_endpoint_instance_type = Some(value.into());
        self
    }
    /// Sets `SourceEndpointInstanceID` (optional): see [`ConfigureDtsJobInput::source_endpoint_instance_id`].
    #[inline]
    pub fn source_endpoint_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.source_endpoint_instance_id = Some(value.into());
        self
    }
    /// Sets `SourceEndpointEngineName` (optional): see [`ConfigureDtsJobInput::source_endpoint_engine_name`].
    #[inline]
    pub fn source_endpoint_engine_name(
        mut self,
        value: impl Into<SourceEndpointEngineName>,
    ) -> Self {
        self.input.source_endpoint_engine_name = Some(value.into());
        self
    }
    /// Sets `SourceEndpointRegion` (optional): see [`ConfigureDtsJobInput::source_endpoint_region`].
    #[inline]
    pub fn source_endpoint_region(mut self, value: impl Into<String>) -> Self {
        self.input.source_endpoint_region = Some(value.into());
        self
    }
    /// Sets `SourceEndpointIP` (optional): see [`ConfigureDtsJobInput::source_endpoint_ip`].
    #[inline]
    pub fn source_endpoint_ip(mut self, value: impl Into<String>) -> Self {
        self.input.source_endpoint_ip = Some(value.into());
        self
    }
    /// Sets `SourceEndpointPort` (optional): see [`ConfigureDtsJobInput::source_endpoint_port`].
    #[inline]
    pub fn source_endpoint_port(mut self, value: impl Into<String>) -> Self {
        self.input.source_endpoint_port = Some(value.into());
        self
    }
    /// Sets `SourceEndpointOracleSID` (optional): see [`ConfigureDtsJobInput::source_endpoint_oracle_sid`].
    #[inline]
    pub fn source_endpoint_oracle_sid(mut self, value: impl Into<String>) -> Self {
        self.input.source_endpoint_oracle_sid = Some(value.into());
        self
    }
    /// Sets `SourceEndpointDatabaseName` (optional): see [`ConfigureDtsJobInput::source_endpoint_database_name`].
    #[inline]
    pub fn source_endpoint_database_name(mut self, value: impl Into<String>) -> Self {
        self.input.source_endpoint_database_name = Some(value.into());
        self
    }
    /// Sets `SourceEndpointUserName` (optional): see [`ConfigureDtsJobInput::source_endpoint_user_name`].
    #[inline]
    pub fn source_endpoint_user_name(mut self, value: impl Into<String>) -> Self {
        self.input.source_endpoint_user_name = Some(value.into());
        self
    }
    /// Sets `SourceEndpointPassword` (optional): see [`ConfigureDtsJobInput::source_endpoint_password`].
    #[inline]
    pub fn source_endpoint_password(mut self, value: impl Into<String>) -> Self {
        self.input.source_endpoint_password = Some(value.into());
        self
    }
    /// Sets `SourceEndpointOwnerID` (optional): see [`ConfigureDtsJobInput::source_endpoint_owner_id`].
    #[inline]
    pub fn source_endpoint_owner_id(mut self, value: impl Into<String>) -> Self {
        self.input.source_endpoint_owner_id = Some(value.into());
        self
    }
    /// Sets `SourceEndpointRole` (optional): see [`ConfigureDtsJobInput::source_endpoint_role`].
    #[inline]
    pub fn source_endpoint_role(mut self, value: impl Into<String>) -> Self {
        self.input.source_endpoint_role = Some(value.into());
        self
    }
    /// Sets `DestinationEndpointInstanceType` (required): see [`ConfigureDtsJobInput::destination_endpoint_instance_type`].
    #[inline]
    pub fn destination_endpoint_instance_type(
        mut self,
        value: impl Into<DestinationEndpointInstanceType>,
    ) -> Self {
        self.input.destination_endpoint_instance_type = Some(value.into());
        self
    }
    /// Sets `DestinationEndpointInstanceID` (optional): see [`ConfigureDtsJobInput::destination_endpoint_instance_id`].
    #[inline]
    pub fn destination_endpoint_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.destination_endpoint_instance_id = Some(value.into());
        self
    }
    /// Sets `DestinationEndpointEngineName` (optional): see [`ConfigureDtsJobInput::destination_endpoint_engine_name`].
    #[inline]
    pub fn destination_endpoint_engine_name(
        mut self,
        value: impl Into<DestinationEndpointEngineName>,
    ) -> Self {
        self.input.destination_endpoint_engine_name = Some(value.into());
        self
    }
    /// Sets `DestinationEndpointRegion` (optional): see [`ConfigureDtsJobInput::destination_endpoint_region`].
    #[inline]
    pub fn destination_endpoint_region(mut self, value: impl Into<String>) -> Self {
        self.input.destination_endpoint_region = Some(value.into());
        self
    }
    /// Sets `DestinationEndpointIP` (optional): see [`ConfigureDtsJobInput::destination_endpoint_ip`].
    #[inline]
    pub fn destination_endpoint_ip(mut self, value: impl Into<String>) -> Self {
        self.input.destination_endpoint_ip = Some(value.into());
        self
    }
    /// Sets `DestinationEndpointPort` (optional): see [`ConfigureDtsJobInput::destination_endpoint_port`].
    #[inline]
    pub fn destination_endpoint_port(mut self, value: impl Into<String>) -> Self {
        self.input.destination_endpoint_port = Some(value.into());
        self
    }
    /// Sets `DestinationEndpointDataBaseName` (optional): see [`ConfigureDtsJobInput::destination_endpoint_data_base_name`].
    #[inline]
    pub fn destination_endpoint_data_base_name(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.input.destination_endpoint_data_base_name = Some(value.into());
        self
    }
    /// Sets `DestinationEndpointUserName` (optional): see [`ConfigureDtsJobInput::destination_endpoint_user_name`].
    #[inline]
    pub fn destination_endpoint_user_name(mut self, value: impl Into<String>) -> Self {
        self.input.destination_endpoint_user_name = Some(value.into());
        self
    }
    /// Sets `DestinationEndpointPassword` (optional): see [`ConfigureDtsJobInput::destination_endpoint_password`].
    #[inline]
    pub fn destination_endpoint_password(mut self, value: impl Into<String>) -> Self {
        self.input.destination_endpoint_password = Some(value.into());
        self
    }
    /// Sets `DestinationEndpointOwnerID` (optional): see [`ConfigureDtsJobInput::destination_endpoint_owner_id`].
    #[inline]
    pub fn destination_endpoint_owner_id(mut self, value: impl Into<String>) -> Self {
        self.input.destination_endpoint_owner_id = Some(value.into());
        self
    }
    /// Sets `DestinationEndpointRole` (optional): see [`ConfigureDtsJobInput::destination_endpoint_role`].
    #[inline]
    pub fn destination_endpoint_role(mut self, value: impl Into<String>) -> Self {
        self.input.destination_endpoint_role = Some(value.into());
        self
    }
    /// Sets `StructureInitialization` (required): see [`ConfigureDtsJobInput::structure_initialization`].
    #[inline]
    pub fn structure_initialization(mut self, value: bool) -> Self {
        self.input.structure_initialization = Some(value);
        self
    }
    /// Sets `DataInitialization` (required): see [`ConfigureDtsJobInput::data_initialization`].
    #[inline]
    pub fn data_initialization(mut self, value: bool) -> Self {
        self.input.data_initialization = Some(value);
        self
    }
    /// Sets `DataSynchronization` (required): see [`ConfigureDtsJobInput::data_synchronization`].
    #[inline]
    pub fn data_synchronization(mut self, value: bool) -> Self {
        self.input.data_synchronization = Some(value);
        self
    }
    /// Sets `DbList` (optional): see [`ConfigureDtsJobInput::db_list`].
    #[inline]
    pub fn db_list(mut self, value: impl Into<rt::JsonParam>) -> Self {
        self.input.db_list = Some(value.into());
        self
    }
    /// Sets `Reserve` (optional): see [`ConfigureDtsJobInput::reserve`].
    #[inline]
    pub fn reserve(mut self, value: impl Into<rt::JsonParam>) -> Self {
        self.input.reserve = Some(value.into());
        self
    }
    /// Sets `Checkpoint` (optional): see [`ConfigureDtsJobInput::checkpoint`].
    #[inline]
    pub fn checkpoint(mut self, value: impl Into<String>) -> Self {
        self.input.checkpoint = Some(value.into());
        self
    }
    /// Sets `DestinationEndpointOracleSID` (optional): see [`ConfigureDtsJobInput::destination_endpoint_oracle_sid`].
    #[inline]
    pub fn destination_endpoint_oracle_sid(mut self, value: impl Into<String>) -> Self {
        self.input.destination_endpoint_oracle_sid = Some(value.into());
        self
    }
    /// Sets `JobType` (required): see [`ConfigureDtsJobInput::job_type`].
    #[inline]
    pub fn job_type(mut self, value: impl Into<JobType>) -> Self {
        self.input.job_type = Some(value.into());
        self
    }
    /// Sets `DtsJobId` (optional): see [`ConfigureDtsJobInput::dts_job_id`].
    #[inline]
    pub fn dts_job_id(mut self, value: impl Into<String>) -> Self {
        self.input.dts_job_id = Some(value.into());
        self
    }
    /// Sets `DtsInstanceId` (optional): see [`ConfigureDtsJobInput::dts_instance_id`].
    #[inline]
    pub fn dts_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.dts_instance_id = Some(value.into());
        self
    }
    /// Sets `DelayPhone` (optional): see [`ConfigureDtsJobInput::delay_phone`].
    #[inline]
    pub fn delay_phone(mut self, value: impl Into<String>) -> Self {
        self.input.delay_phone = Some(value.into());
        self
    }
    /// Sets `DelayRuleTime` (optional): see [`ConfigureDtsJobInput::delay_rule_time`].
    #[inline]
    pub fn delay_rule_time(mut self, value: i64) -> Self {
        self.input.delay_rule_time = Some(value);
        self
    }
    /// Sets `DelayNotice` (optional): see [`ConfigureDtsJobInput::delay_notice`].
    #[inline]
    pub fn delay_notice(mut self, value: bool) -> Self {
        self.input.delay_notice = Some(value);
        self
    }
    /// Sets `ErrorPhone` (optional): see [`ConfigureDtsJobInput::error_phone`].
    #[inline]
    pub fn error_phone(mut self, value: impl Into<String>) -> Self {
        self.input.error_phone = Some(value.into());
        self
    }
    /// Sets `ErrorNotice` (optional): see [`ConfigureDtsJobInput::error_notice`].
    #[inline]
    pub fn error_notice(mut self, value: bool) -> Self {
        self.input.error_notice = Some(value);
        self
    }
    /// Sets `SynchronizationDirection` (optional): see [`ConfigureDtsJobInput::synchronization_direction`].
    #[inline]
    pub fn synchronization_direction(
        mut self,
        value: impl Into<SynchronizationDirection>,
    ) -> Self {
        self.input.synchronization_direction = Some(value.into());
        self
    }
    /// Sets `RegionId` (optional): see [`ConfigureDtsJobInput::region_id`].
    #[inline]
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.input.region_id = Some(value.into());
        self
    }
    /// Sets `DedicatedClusterId` (optional): see [`ConfigureDtsJobInput::dedicated_cluster_id`].
    #[inline]
    pub fn dedicated_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.input.dedicated_cluster_id = Some(value.into());
        self
    }
    /// Sets `FileOssUrl` (optional): see [`ConfigureDtsJobInput::file_oss_url`].
    #[inline]
    pub fn file_oss_url(mut self, value: impl Into<String>) -> Self {
        self.input.file_oss_url = Some(value.into());
        self
    }
    /// Sets `DataCheckConfigure` (optional): see [`ConfigureDtsJobInput::data_check_configure`].
    #[inline]
    pub fn data_check_configure(mut self, value: impl Into<rt::JsonParam>) -> Self {
        self.input.data_check_configure = Some(value.into());
        self
    }
    /// Sets `DisasterRecoveryJob` (optional): see [`ConfigureDtsJobInput::disaster_recovery_job`].
    #[inline]
    pub fn disaster_recovery_job(mut self, value: bool) -> Self {
        self.input.disaster_recovery_job = Some(value);
        self
    }
    /// Sets `SourceEndpointVSwitchID` (optional): see [`ConfigureDtsJobInput::source_endpoint_v_switch_id`].
    #[inline]
    pub fn source_endpoint_v_switch_id(mut self, value: impl Into<String>) -> Self {
        self.input.source_endpoint_v_switch_id = Some(value.into());
        self
    }
    /// Sets `DtsBisLabel` (optional): see [`ConfigureDtsJobInput::dts_bis_label`].
    #[inline]
    pub fn dts_bis_label(mut self, value: impl Into<DtsBisLabel>) -> Self {
        self.input.dts_bis_label = Some(value.into());
        self
    }
    /// Sets `SrcCaCertificateOssUrl` (optional): see [`ConfigureDtsJobInput::src_ca_certificate_oss_url`].
    #[inline]
    pub fn src_ca_certificate_oss_url(mut self, value: impl Into<String>) -> Self {
        self.input.src_ca_certificate_oss_url = Some(value.into());
        self
    }
    /// Sets `SrcCaCertificatePassword` (optional): see [`ConfigureDtsJobInput::src_ca_certificate_password`].
    #[inline]
    pub fn src_ca_certificate_password(mut self, value: impl Into<String>) -> Self {
        self.input.src_ca_certificate_password = Some(value.into());
        self
    }
    /// Sets `DestCaCertificateOssUrl` (optional): see [`ConfigureDtsJobInput::dest_ca_certificate_oss_url`].
    #[inline]
    pub fn dest_ca_certificate_oss_url(mut self, value: impl Into<String>) -> Self {
        self.input.dest_ca_certificate_oss_url = Some(value.into());
        self
    }
    /// Sets `DestCaCertificatePassword` (optional): see [`ConfigureDtsJobInput::dest_ca_certificate_password`].
    #[inline]
    pub fn dest_ca_certificate_password(mut self, value: impl Into<String>) -> Self {
        self.input.dest_ca_certificate_password = Some(value.into());
        self
    }
    /// Sets `MinDu` (optional): see [`ConfigureDtsJobInput::min_du`].
    #[inline]
    pub fn min_du(mut self, value: f64) -> Self {
        self.input.min_du = Some(value);
        self
    }
    /// Sets `MaxDu` (optional): see [`ConfigureDtsJobInput::max_du`].
    #[inline]
    pub fn max_du(mut self, value: f64) -> Self {
        self.input.max_du = Some(value);
        self
    }
    /// Sets `SrcClientCertOssUrl` (optional): see [`ConfigureDtsJobInput::src_client_cert_oss_url`].
    #[inline]
    pub fn src_client_cert_oss_url(mut self, value: impl Into<String>) -> Self {
        self.input.src_client_cert_oss_url = Some(value.into());
        self
    }
    /// Sets `SrcClientKeyOssUrl` (optional): see [`ConfigureDtsJobInput::src_client_key_oss_url`].
    #[inline]
    pub fn src_client_key_oss_url(mut self, value: impl Into<String>) -> Self {
        self.input.src_client_key_oss_url = Some(value.into());
        self
    }
    /// Sets `SrcClientPassword` (optional): see [`ConfigureDtsJobInput::src_client_password`].
    #[inline]
    pub fn src_client_password(mut self, value: impl Into<String>) -> Self {
        self.input.src_client_password = Some(value.into());
        self
    }
    /// Sets `DestClientCertOssUrl` (optional): see [`ConfigureDtsJobInput::dest_client_cert_oss_url`].
    #[inline]
    pub fn dest_client_cert_oss_url(mut self, value: impl Into<String>) -> Self {
        self.input.dest_client_cert_oss_url = Some(value.into());
        self
    }
    /// Sets `DestClientKeyOssUrl` (optional): see [`ConfigureDtsJobInput::dest_client_key_oss_url`].
    #[inline]
    pub fn dest_client_key_oss_url(mut self, value: impl Into<String>) -> Self {
        self.input.dest_client_key_oss_url = Some(value.into());
        self
    }
    /// Sets `DestClientPassword` (optional): see [`ConfigureDtsJobInput::dest_client_password`].
    #[inline]
    pub fn dest_client_password(mut self, value: impl Into<String>) -> Self {
        self.input.dest_client_password = Some(value.into());
        self
    }
    /// Sets `SrcPrimaryVswId` (optional): see [`ConfigureDtsJobInput::src_primary_vsw_id`].
    #[inline]
    pub fn src_primary_vsw_id(mut self, value: impl Into<String>) -> Self {
        self.input.src_primary_vsw_id = Some(value.into());
        self
    }
    /// Sets `SrcSecondaryVswId` (optional): see [`ConfigureDtsJobInput::src_secondary_vsw_id`].
    #[inline]
    pub fn src_secondary_vsw_id(mut self, value: impl Into<String>) -> Self {
        self.input.src_secondary_vsw_id = Some(value.into());
        self
    }
    /// Sets `DestPrimaryVswId` (optional): see [`ConfigureDtsJobInput::dest_primary_vsw_id`].
    #[inline]
    pub fn dest_primary_vsw_id(mut self, value: impl Into<String>) -> Self {
        self.input.dest_primary_vsw_id = Some(value.into());
        self
    }
    /// Sets `DestSecondaryVswId` (optional): see [`ConfigureDtsJobInput::dest_secondary_vsw_id`].
    #[inline]
    pub fn dest_secondary_vsw_id(mut self, value: impl Into<String>) -> Self {
        self.input.dest_secondary_vsw_id = Some(value.into());
        self
    }
    /// Sets `ResourceGroupId` (optional): see [`ConfigureDtsJobInput::resource_group_id`].
    #[inline]
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.input.resource_group_id = Some(value.into());
        self
    }
}
/// The parameters of [`ConfigureDtsJob`](super::ConfigureDtsJob).
#[derive(Clone)]
#[non_exhaustive]
pub struct ConfigureDtsJobInput {
    /// The name of the DTS instance.
    ///
    /// Required. Sent as `DtsJobName` in the query string.
    ///
    /// Example: `rds_to_rds`
    pub dts_job_name: Option<String>,
    /// The type of the source instance. Alibaba Cloud databases Self-managed databases If the
    /// source instance is a PolarDB for PostgreSQL (Compatible with Oracle) cluster, set this
    /// parameter to OTHER or EXPRESS to connect the cluster as a self-managed database over a
    /// public IP address or Express Connect. For information about supported source and destination
    /// database combinations, see Supported databases. If the source instance is a self-managed
    /// database, you must complete the required preparations. For more information, see
    /// Preparations overview.
    ///
    /// Required. Sent as `SourceEndpointInstanceType` in the query string.
    ///
    /// Example: `RDS`
    pub source_endpoint_instance_type: Option<SourceEndpointInstanceType>,
    /// The ID of the source instance. If the source instance is an Alibaba Cloud database (such as
    /// ApsaraDB RDS for MySQL), specify the ID of the Alibaba Cloud database instance (such as the
    /// ApsaraDB RDS for MySQL instance ID). If the source instance is a self-managed database, the
    /// value of this parameter varies based on the value of SourceEndpointInstanceType. Example: If
    /// the value is CEN, you must also specify the CEN instance ID in the Reserve parameter. For
    /// the metric description, see Reserve parameter description.
    ///
    /// Optional. Sent as `SourceEndpointInstanceID` in the query string.
    ///
    /// Example: `rm-bp1i99e8l7913****`
    pub source_endpoint_instance_id: Option<String>,
    /// The database type of the source instance. Default value: MYSQL. If the database type of the
    /// source instance is set to MONGODB, you must also specify additional information in the
    /// Reserve parameter. For the metric description, see Reserve parameter description.
    ///
    /// Optional. Sent as `SourceEndpointEngineName` in the query string.
    ///
    /// Example: `MYSQL`
    pub source_endpoint_engine_name: Option<SourceEndpointEngineName>,
    /// The region of the source instance. For details, see Supported regions. If the source
    /// instance is an Alibaba Cloud database, this parameter is required.
    ///
    /// Optional. Sent as `SourceEndpointRegion` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub source_endpoint_region: Option<String>,
    /// The IP address of the source instance. This parameter is available and required only when
    /// SourceEndpointInstanceType is set to OTHER, EXPRESS, DG, or CEN.
    ///
    /// Optional. Sent as `SourceEndpointIP` in the query string.
    pub source_endpoint_ip: Option<String>,
    /// The database service port of the source instance. This parameter is available and required
    /// only when the source instance is a self-managed database.
    ///
    /// Optional. Sent as `SourceEndpointPort` in the query string.
    pub source_endpoint_port: Option<String>,
    /// The SID of the Oracle database. This parameter is available and required only when
    /// SourceEndpointEngineName is set to Oracle and the Oracle database is a non-RAC instance.
    ///
    /// Optional. Sent as `SourceEndpointOracleSID` in the query string.
    pub source_endpoint_oracle_sid: Option<String>,
    /// The name of the database to which the objects to be migrated belong in the source instance.
    /// This parameter is available and required only when the source instance or its database type
    /// is PolarDB for PostgreSQL (Compatible with Oracle), PostgreSQL, or MongoDB.
    ///
    /// Optional. Sent as `SourceEndpointDatabaseName` in the query string.
    pub source_endpoint_database_name: Option<String>,
    /// The database account of the source database. In most cases, you must specify the database
    /// account of the source database. The required permissions vary depending on the database
    /// being migrated or synchronized. For more information, see Prepare database accounts for data
    /// migration and Prepare database accounts for data synchronization.
    ///
    /// Optional. Sent as `SourceEndpointUserName` in the query string.
    ///
    /// Example: `dtstest`
    pub source_endpoint_user_name: Option<String>,
    /// The password of the source database account.
    ///
    /// Optional. Sent as `SourceEndpointPassword` in the query string.
    ///
    /// A secret: shown as `<redacted>` in `Debug` output.
    pub source_endpoint_password: Option<String>,
    /// The Alibaba Cloud account ID to which the source instance belongs. Specifying this parameter
    /// indicates you execute a cross-account data migration or synchronization. You must also
    /// specify the SourceEndpointRole parameter.
    ///
    /// Optional. Sent as `SourceEndpointOwnerID` in the query string.
    pub source_endpoint_owner_id: Option<String>,
    /// The name of the RAM role configured for the Alibaba Cloud account to which the source
    /// instance belongs. for cross-account data migration or synchronization. For information about
    /// the permissions and authorization method required for this role, see Configure RAM
    /// authorization for cross-account data migration or synchronization.
    ///
    /// Optional. Sent as `SourceEndpointRole` in the query string.
    pub source_endpoint_role: Option<String>,
    /// The target instance type. Alibaba Cloud databases Self-managed databases If the destination
    /// instance is a PolarDB for PostgreSQL (Compatible with Oracle) cluster, set this parameter to
    /// OTHER or EXPRESS to connect the cluster as a self-managed database over a public IP address
    /// or Express Connect. If the destination instance is MSMQ for Apache Kafka, set this parameter
    /// to ECS or EXPRESS to connect the instance as a self-managed database over ECS or Express
    /// Connect. For information about supported source and destination database combinations, see
    /// `<props="china">Supported` `databases<props="intl">Supported` source and destination
    /// databases. If the destination instance is a self-managed database, you must also execute the
    /// required preparations. For more information, see Preparations overview.
    ///
    /// Required. Sent as `DestinationEndpointInstanceType` in the query string.
    ///
    /// Example: `RDS`
    pub destination_endpoint_instance_type: Option<DestinationEndpointInstanceType>,
    /// The ID of the destination instance. If the destination instance is an Alibaba Cloud database
    /// (such as ApsaraDB RDS for MySQL), specify the ID of the Alibaba Cloud database instance
    /// (such as the ApsaraDB RDS for MySQL instance ID). If the destination instance is a
    /// self-managed database, the value of this parameter varies based on the value of
    /// DestinationEndpointInstanceType. Example: If the value is CEN, you must also specify the CEN
    /// instance ID in the Reserve parameter. For the metric description, see Reserve parameter
    /// description.
    ///
    /// Optional. Sent as `DestinationEndpointInstanceID` in the query string.
    ///
    /// Example: `rm-bp1r46c8e86****`
    pub destination_endpoint_instance_id: Option<String>,
    /// The database type of the destination instance. Default value: MYSQL. If the database type of
    /// the destination instance is set to KAFKA, MONGODB, or PolarDB, you must also specify
    /// additional information in the Reserve parameter. For the metric description, see Reserve
    /// parameter description.
    ///
    /// Optional. Sent as `DestinationEndpointEngineName` in the query string.
    ///
    /// Example: `MYSQL`
    pub destination_endpoint_engine_name: Option<DestinationEndpointEngineName>,
    /// The region of the destination instance. For more information, see Supported regions. If the
    /// destination instance is an Alibaba Cloud database, this parameter is required.
    ///
    /// Optional. Sent as `DestinationEndpointRegion` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub destination_endpoint_region: Option<String>,
    /// The IP address of the destination instance. This parameter is available and required only
    /// when DestinationEndpointInstanceType is set to OTHER, EXPRESS, DG, or CEN.
    ///
    /// Optional. Sent as `DestinationEndpointIP` in the query string.
    pub destination_endpoint_ip: Option<String>,
    /// The database service port of the destination instance. This parameter is available and
    /// required only when the destination instance is a self-managed database.
    ///
    /// Optional. Sent as `DestinationEndpointPort` in the query string.
    pub destination_endpoint_port: Option<String>,
    /// The name of the database to which the objects to be migrated belong in the destination
    /// instance. This parameter is available and required only when the destination instance or
    /// destination database type is PolarDB for PostgreSQL (Compatible with Oracle), AnalyticDB for
    /// PostgreSQL, PostgreSQL, MaxCompute, or MongoDB. If the destination database is MaxCompute,
    /// specify the project of the MaxCompute instance.
    ///
    /// Optional. Sent as `DestinationEndpointDataBaseName` in the query string.
    pub destination_endpoint_data_base_name: Option<String>,
    /// The database account of the destination database. In most cases, you must specify the
    /// database account of the destination database. The required permissions vary depending on the
    /// database being migrated or synchronized. For more information, see Prepare database accounts
    /// for data migration and Prepare database accounts for data synchronization. If the
    /// destination database is MaxCompute, specify the AccessKey ID of the Alibaba Cloud account.
    /// For more information about how to obtain the AccessKey ID, see Create an AccessKey pair.
    ///
    /// Optional. Sent as `DestinationEndpointUserName` in the query string.
    ///
    /// Example: `dtstest`
    pub destination_endpoint_user_name: Option<String>,
    /// The password of the destination database account. If the destination database is MaxCompute,
    /// specify the AccessKey secret of the Alibaba Cloud account. For more information about how to
    /// obtain the AccessKey secret, see Create an AccessKey pair.
    ///
    /// Optional. Sent as `DestinationEndpointPassword` in the query string.
    ///
    /// A secret: shown as `<redacted>` in `Debug` output.
    pub destination_endpoint_password: Option<String>,
    /// The Alibaba Cloud account ID to which the destination ApsaraDB RDS for MySQL instance
    /// belongs. This parameter can be configured only when the destination instance is ApsaraDB RDS
    /// for MySQL. Specifying this parameter indicates you execute a cross-account data migration or
    /// synchronization. You must also specify the DestinationEndpointRole parameter.
    ///
    /// Optional. Sent as `DestinationEndpointOwnerID` in the query string.
    pub destination_endpoint_owner_id: Option<String>,
    /// The name of the RAM role configured for the Alibaba Cloud account to which the destination
    /// instance belongs. for cross-account data migration or synchronization. For information about
    /// the permissions and authorization method required for this role, see Configure RAM
    /// authorization for cross-account data migration or synchronization.
    ///
    /// Optional. Sent as `DestinationEndpointRole` in the query string.
    pub destination_endpoint_role: Option<String>,
    /// Specifies whether to perform schema migration or initial schema synchronization. Valid
    /// values: true: Yes. This is the default value. false: No. If JobType is set to CHECK, this
    /// parameter can only be set to false.
    ///
    /// Required. Sent as `StructureInitialization` in the query string.
    ///
    /// Example: `true`
    pub structure_initialization: Option<bool>,
    /// Specifies whether to perform full data migration or initial full data synchronization. Valid
    /// values: true: Yes. This is the default value. false: No. If JobType is set to CHECK, this
    /// parameter can only be set to false.
    ///
    /// Required. Sent as `DataInitialization` in the query string.
    ///
    /// Example: `true`
    pub data_initialization: Option<bool>,
    /// Specifies whether to perform incremental data migration or synchronization. Valid values:
    /// false: No. This is the default value. true: Yes. If JobType is set to CHECK, this parameter
    /// can only be set to false.
    ///
    /// Required. Sent as `DataSynchronization` in the query string.
    ///
    /// Example: `false`
    pub data_synchronization: Option<bool>,
    /// The objects to be migrated or synchronized, in JSON format. For more information, see
    /// Objects of migration, synchronization, or change tracking tasks. The maximum size of the
    /// DbList value is 1 MB. If DbList contains filter conditions, the total length of DbList
    /// (including filter conditions) cannot exceed 1 MB. For distributed tasks (such as migration
    /// or synchronization tasks with PolarDB-X 1.0 as the source), DbList is split based on
    /// physical shards and multiple subtasks are generated. The maximum size of DbList for each
    /// subtask is 1 MB.
    ///
    /// Optional. Sent as `DbList` in the form-encoded body, as JSON text: give the text (checked to
    /// be JSON, then sent as it is) or a `serde_json::Value` (serialised).
    ///
    /// Example: `{"dtstestdata":{"name":"dtstestdata","all":true}}`
    pub db_list: Option<rt::JsonParam>,
    /// The reserved parameter of DTS, in JSON character string format. You can specify this
    /// parameter to add information about the source and destination databases (such as the data
    /// storage format of the destination Kafka database, the CEN instance ID, and ETL feature
    /// configurations). For more information, see Reserve parameter description.
    ///
    /// Optional. Sent as `Reserve` in the form-encoded body, as JSON text: give the text (checked
    /// to be JSON, then sent as it is) or a `serde_json::Value` (serialised).
    pub reserve: Option<rt::JsonParam>,
    /// The start position for incremental data migration or the synchronization checkpoint, in the
    /// format of a UNIX timestamp. Unit: seconds. If you specify the Checkpoint parameter, make
    /// sure that no other running DTS instance has the same source database as the destination DTS
    /// instance.
    ///
    /// Optional. Sent as `Checkpoint` in the query string.
    pub checkpoint: Option<String>,
    /// The SID of the Oracle database. This parameter is available and required only when
    /// DestinationEndpointEngineName is set to Oracle and the Oracle database is a non-RAC
    /// instance.
    ///
    /// Optional. Sent as `DestinationEndpointOracleSID` in the query string.
    pub destination_endpoint_oracle_sid: Option<String>,
    /// The type of the node. If the value is MIGRATION or SYNC, you can also configure a data
    /// validation node within the migration or synchronization instance. To configure a data
    /// validation node, you must also specify the DataCheckConfigure parameter.
    ///
    /// Required. Sent as `JobType` in the query string.
    ///
    /// Example: `MIGRATION`
    pub job_type: Option<JobType>,
    /// The ID of the migration or synchronization task. You can call DescribeDtsJobs to query the
    /// task ID.
    ///
    /// Optional. Sent as `DtsJobId` in the query string.
    ///
    /// Example: `l3m1213ye7l****`
    pub dts_job_id: Option<String>,
    /// The ID of the migration or synchronization instance. You can call DescribeDtsJobs to query
    /// the instance ID.
    ///
    /// Optional. Sent as `DtsInstanceId` in the query string.
    pub dts_instance_id: Option<String>,
    /// The mobile phone numbers for latency alerting of the contact. Separate multiple phone
    /// numbers with commas (,). This parameter is supported only on the China site. Only the
    /// Chinese mainland phone numbers are supported, and a maximum of 10 phone numbers can be
    /// specified. The international site does not support phone alerting. You can only configure
    /// alert rules for DTS tasks through the CloudMonitor platform to set alert rules.
    ///
    /// Optional. Sent as `DelayPhone` in the query string.
    pub delay_phone: Option<String>,
    /// The threshold for triggering latency alerts. Unit: seconds. The value must be an integer.
    /// Set the threshold based on your business requirements. To avoid alert fluctuations caused by
    /// network conditions or database loads, set the threshold to 10 seconds or more. when
    /// DelayNotice is set to true.
    ///
    /// Optional. Sent as `DelayRuleTime` in the query string.
    pub delay_rule_time: Option<i64>,
    /// Specifies whether to monitor the latency status. Valid values: true: Yes. false: No.
    ///
    /// Optional. Sent as `DelayNotice` in the query string.
    pub delay_notice: Option<bool>,
    /// The mobile phone numbers for error alerting of the contact. Separate multiple phone numbers
    /// with commas (,). This parameter is supported only on the China site. Only the Chinese
    /// mainland phone numbers are supported, and a maximum of 10 phone numbers can be specified.
    /// The international site does not support phone alerting. You can only configure alert rules
    /// for DTS tasks through the CloudMonitor platform to set alert rules.
    ///
    /// Optional. Sent as `ErrorPhone` in the query string.
    pub error_phone: Option<String>,
    /// Specifies whether to monitor the error status. Valid values: true: Yes. false: No.
    ///
    /// Optional. Sent as `ErrorNotice` in the query string.
    pub error_notice: Option<bool>,
    /// The synchronization direction. Default value: Forward. The value Reverse takes effect only
    /// when the synchronization topology of the synchronization task is two-way synchronization.
    ///
    /// Optional. Sent as `SynchronizationDirection` in the query string.
    pub synchronization_direction: Option<SynchronizationDirection>,
    /// The region ID of the DTS instance. For more information, see Supported regions.
    ///
    /// Optional. Sent as `RegionId` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub region_id: Option<String>,
    /// The ID of the DTS dedicated cluster. If you specify the ID of a dedicated cluster, the task
    /// is scheduled to the corresponding cluster.
    ///
    /// Optional. Sent as `DedicatedClusterId` in the query string.
    pub dedicated_cluster_id: Option<String>,
    /// The OSS URL of the task file.
    ///
    /// Optional. Sent as `FileOssUrl` in the query string.
    pub file_oss_url: Option<String>,
    /// The parameters of the data validation node, in JSON character string format, such as
    /// parameter limits and alert configuration. For more information, see DataCheckConfigure
    /// parameter description.
    ///
    /// Optional. Sent as `DataCheckConfigure` in the query string, as JSON text: give the text
    /// (checked to be JSON, then sent as it is) or a `serde_json::Value` (serialised).
    pub data_check_configure: Option<rt::JsonParam>,
    /// Specifies whether this is a disaster recovery instance. Valid values: true: Yes. false: No.
    ///
    /// Optional. Sent as `DisasterRecoveryJob` in the query string.
    pub disaster_recovery_job: Option<bool>,
    /// The vSwitch instance ID for the data delivery link.
    ///
    /// Optional. Sent as `SourceEndpointVSwitchID` in the query string.
    pub source_endpoint_v_switch_id: Option<String>,
    /// The environment label of the DTS instance.
    ///
    /// Optional. Sent as `DtsBisLabel` in the query string.
    pub dts_bis_label: Option<DtsBisLabel>,
    /// The path of the CA certificate for SSL connection to the source database. This feature is
    /// not supported. Do not specify this parameter.
    ///
    /// Optional. Sent as `SrcCaCertificateOssUrl` in the query string.
    pub src_ca_certificate_oss_url: Option<String>,
    /// The password of the CA certificate for SSL connection to the source database. This feature
    /// is not supported. Do not specify this parameter.
    ///
    /// Optional. Sent as `SrcCaCertificatePassword` in the query string.
    ///
    /// A secret: shown as `<redacted>` in `Debug` output.
    pub src_ca_certificate_password: Option<String>,
    /// The path of the CA certificate for SSL connection to the destination database. This feature
    /// is not supported. Do not specify this parameter.
    ///
    /// Optional. Sent as `DestCaCertificateOssUrl` in the query string.
    pub dest_ca_certificate_oss_url: Option<String>,
    /// The password of the CA certificate for SSL connection to the destination database. This
    /// feature is not supported. Do not specify this parameter.
    ///
    /// Optional. Sent as `DestCaCertificatePassword` in the query string.
    ///
    /// A secret: shown as `<redacted>` in `Debug` output.
    pub dest_ca_certificate_password: Option<String>,
    /// The minimum number of DTS Units (DUs). This parameter is supported only for serverless
    /// instances.
    ///
    /// Optional. Sent as `MinDu` in the query string.
    pub min_du: Option<f64>,
    /// The maximum number of DTS Units (DUs). This parameter is supported only for serverless
    /// instances.
    ///
    /// Optional. Sent as `MaxDu` in the query string.
    pub max_du: Option<f64>,
    /// The path of the client certificate for SSL connection to the source database. This feature
    /// is not supported. Do not specify this parameter.
    ///
    /// Optional. Sent as `SrcClientCertOssUrl` in the query string.
    pub src_client_cert_oss_url: Option<String>,
    /// The path of the client certificate private key for SSL connection to the source database.
    /// This feature is not supported. Do not specify this parameter.
    ///
    /// Optional. Sent as `SrcClientKeyOssUrl` in the query string.
    pub src_client_key_oss_url: Option<String>,
    /// The password of the client certificate private key for SSL connection to the source
    /// database. This feature is not supported. Do not specify this parameter.
    ///
    /// Optional. Sent as `SrcClientPassword` in the query string.
    ///
    /// A secret: shown as `<redacted>` in `Debug` output.
    pub src_client_password: Option<String>,
    /// The path of the client certificate for SSL connection to the destination database. This
    /// feature is not supported. Do not specify this parameter.
    ///
    /// Optional. Sent as `DestClientCertOssUrl` in the query string.
    pub dest_client_cert_oss_url: Option<String>,
    /// The path of the client certificate private key for SSL connection to the destination
    /// database. This feature is not supported. Do not specify this parameter.
    ///
    /// Optional. Sent as `DestClientKeyOssUrl` in the query string.
    pub dest_client_key_oss_url: Option<String>,
    /// The password of the client certificate private key for SSL connection to the destination
    /// database. This feature is not supported. Do not specify this parameter.
    ///
    /// Optional. Sent as `DestClientPassword` in the query string.
    ///
    /// A secret: shown as `<redacted>` in `Debug` output.
    pub dest_client_password: Option<String>,
    /// The primary vSwitch of the VPC NAT gateway on the source side.
    ///
    /// Optional. Sent as `SrcPrimaryVswId` in the query string.
    pub src_primary_vsw_id: Option<String>,
    /// The secondary vSwitch of the VPC NAT gateway on the source side.
    ///
    /// Optional. Sent as `SrcSecondaryVswId` in the query string.
    pub src_secondary_vsw_id: Option<String>,
    /// The primary vSwitch of the VPC NAT gateway on the destination side.
    ///
    /// Optional. Sent as `DestPrimaryVswId` in the query string.
    pub dest_primary_vsw_id: Option<String>,
    /// The secondary vSwitch of the VPC NAT gateway on the destination side.
    ///
    /// Optional. Sent as `DestSecondaryVswId` in the query string.
    pub dest_secondary_vsw_id: Option<String>,
    /// The resource group ID.
    ///
    /// Optional. Sent as `ResourceGroupId` in the query string.
    pub resource_group_id: Option<String>,
}
impl std::fmt::Debug for ConfigureDtsJobInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConfigureDtsJobInput")
            .field("dts_job_name", &self.dts_job_name)
            .field("source_endpoint_instance_type", &self.source_endpoint_instance_type)
            .field("source_endpoint_instance_id", &self.source_endpoint_instance_id)
            .field("source_endpoint_engine_name", &self.source_endpoint_engine_name)
            .field("source_endpoint_region", &self.source_endpoint_region)
            .field("source_endpoint_ip", &self.source_endpoint_ip)
            .field("source_endpoint_port", &self.source_endpoint_port)
            .field("source_endpoint_oracle_sid", &self.source_endpoint_oracle_sid)
            .field("source_endpoint_database_name", &self.source_endpoint_database_name)
            .field("source_endpoint_user_name", &self.source_endpoint_user_name)
            .field(
                "source_endpoint_password",
                &self.source_endpoint_password.as_ref().map(|_| "<redacted>"),
            )
            .field("source_endpoint_owner_id", &self.source_endpoint_owner_id)
            .field("source_endpoint_role", &self.source_endpoint_role)
            .field(
                "destination_endpoint_instance_type",
                &self.destination_endpoint_instance_type,
            )
            .field(
                "destination_endpoint_instance_id",
                &self.destination_endpoint_instance_id,
            )
            .field(
                "destination_endpoint_engine_name",
                &self.destination_endpoint_engine_name,
            )
            .field("destination_endpoint_region", &self.destination_endpoint_region)
            .field("destination_endpoint_ip", &self.destination_endpoint_ip)
            .field("destination_endpoint_port", &self.destination_endpoint_port)
            .field(
                "destination_endpoint_data_base_name",
                &self.destination_endpoint_data_base_name,
            )
            .field(
                "destination_endpoint_user_name",
                &self.destination_endpoint_user_name,
            )
            .field(
                "destination_endpoint_password",
                &self.destination_endpoint_password.as_ref().map(|_| "<redacted>"),
            )
            .field("destination_endpoint_owner_id", &self.destination_endpoint_owner_id)
            .field("destination_endpoint_role", &self.destination_endpoint_role)
            .field("structure_initialization", &self.structure_initialization)
            .field("data_initialization", &self.data_initialization)
            .field("data_synchronization", &self.data_synchronization)
            .field("db_list", &self.db_list)
            .field("reserve", &self.reserve)
            .field("checkpoint", &self.checkpoint)
            .field(
                "destination_endpoint_oracle_sid",
                &self.destination_endpoint_oracle_sid,
            )
            .field("job_type", &self.job_type)
            .field("dts_job_id", &self.dts_job_id)
            .field("dts_instance_id", &self.dts_instance_id)
            .field("delay_phone", &self.delay_phone)
            .field("delay_rule_time", &self.delay_rule_time)
            .field("delay_notice", &self.delay_notice)
            .field("error_phone", &self.error_phone)
            .field("error_notice", &self.error_notice)
            .field("synchronization_direction", &self.synchronization_direction)
            .field("region_id", &self.region_id)
            .field("dedicated_cluster_id", &self.dedicated_cluster_id)
            .field("file_oss_url", &self.file_oss_url)
            .field("data_check_configure", &self.data_check_configure)
            .field("disaster_recovery_job", &self.disaster_recovery_job)
            .field("source_endpoint_v_switch_id", &self.source_endpoint_v_switch_id)
            .field("dts_bis_label", &self.dts_bis_label)
            .field("src_ca_certificate_oss_url", &self.src_ca_certificate_oss_url)
            .field(
                "src_ca_certificate_password",
                &self.src_ca_certificate_password.as_ref().map(|_| "<redacted>"),
            )
            .field("dest_ca_certificate_oss_url", &self.dest_ca_certificate_oss_url)
            .field(
                "dest_ca_certificate_password",
                &self.dest_ca_certificate_password.as_ref().map(|_| "<redacted>"),
            )
            .field("min_du", &self.min_du)
            .field("max_du", &self.max_du)
            .field("src_client_cert_oss_url", &self.src_client_cert_oss_url)
            .field("src_client_key_oss_url", &self.src_client_key_oss_url)
            .field(
                "src_client_password",
                &self.src_client_password.as_ref().map(|_| "<redacted>"),
            )
            .field("dest_client_cert_oss_url", &self.dest_client_cert_oss_url)
            .field("dest_client_key_oss_url", &self.dest_client_key_oss_url)
            .field(
                "dest_client_password",
                &self.dest_client_password.as_ref().map(|_| "<redacted>"),
            )
            .field("src_primary_vsw_id", &self.src_primary_vsw_id)
            .field("src_secondary_vsw_id", &self.src_secondary_vsw_id)
            .field("dest_primary_vsw_id", &self.dest_primary_vsw_id)
            .field("dest_secondary_vsw_id", &self.dest_secondary_vsw_id)
            .field("resource_group_id", &self.resource_group_id)
            .finish()
    }
}
impl Default for ConfigureDtsJobInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            dts_job_name: None,
            source_endpoint_instance_type: None,
            source_endpoint_instance_id: None,
            source_endpoint_engine_name: None,
            source_endpoint_region: None,
            source_endpoint_ip: None,
            source_endpoint_port: None,
            source_endpoint_oracle_sid: None,
            source_endpoint_database_name: None,
            source_endpoint_user_name: None,
            source_endpoint_password: None,
            source_endpoint_owner_id: None,
            source_endpoint_role: None,
            destination_endpoint_instance_type: None,
            destination_endpoint_instance_id: None,
            destination_endpoint_engine_name: None,
            destination_endpoint_region: None,
            destination_endpoint_ip: None,
            destination_endpoint_port: None,
            destination_endpoint_data_base_name: None,
            destination_endpoint_user_name: None,
            destination_endpoint_password: None,
            destination_endpoint_owner_id: None,
            destination_endpoint_role: None,
            structure_initialization: None,
            data_initialization: None,
            data_synchronization: None,
            db_list: None,
            reserve: None,
            checkpoint: None,
            destination_endpoint_oracle_sid: None,
            job_type: None,
            dts_job_id: None,
            dts_instance_id: None,
            delay_phone: None,
            delay_rule_time: None,
            delay_notice: None,
            error_phone: None,
            error_notice: None,
            synchronization_direction: None,
            region_id: None,
            dedicated_cluster_id: None,
            file_oss_url: None,
            data_check_configure: None,
            disaster_recovery_job: None,
            source_endpoint_v_switch_id: None,
            dts_bis_label: None,
            src_ca_certificate_oss_url: None,
            src_ca_certificate_password: None,
            dest_ca_certificate_oss_url: None,
            dest_ca_certificate_password: None,
            min_du: None,
            max_du: None,
            src_client_cert_oss_url: None,
            src_client_key_oss_url: None,
            src_client_password: None,
            dest_client_cert_oss_url: None,
            dest_client_key_oss_url: None,
            dest_client_password: None,
            src_primary_vsw_id: None,
            src_secondary_vsw_id: None,
            dest_primary_vsw_id: None,
            dest_secondary_vsw_id: None,
            resource_group_id: None,
        }
    }
}
impl rt::OperationInput for ConfigureDtsJobInput {
    type Output = ConfigureDtsJobOutput;
    type Error = ConfigureDtsJobError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::text(&self.dts_job_name),
            rt::text(&self.source_endpoint_instance_type),
            rt::text(&self.source_endpoint_instance_id),
            rt::text(&self.source_endpoint_engine_name),
            rt::text(&self.source_endpoint_region),
            rt::text(&self.source_endpoint_ip),
            rt::text(&self.source_endpoint_port),
            rt::text(&self.source_endpoint_oracle_sid),
            rt::text(&self.source_endpoint_database_name),
            rt::text(&self.source_endpoint_user_name),
            rt::text(&self.source_endpoint_password),
            rt::text(&self.source_endpoint_owner_id),
            rt::text(&self.source_endpoint_role),
            rt::text(&self.destination_endpoint_instance_type),
            rt::text(&self.destination_endpoint_instance_id),
            rt::text(&self.destination_endpoint_engine_name),
            rt::text(&self.destination_endpoint_region),
            rt::text(&self.destination_endpoint_ip),
            rt::text(&self.destination_endpoint_port),
            rt::text(&self.destination_endpoint_data_base_name),
            rt::text(&self.destination_endpoint_user_name),
            rt::text(&self.destination_endpoint_password),
            rt::text(&self.destination_endpoint_owner_id),
            rt::text(&self.destination_endpoint_role),
            rt::boolean(&self.structure_initialization),
            rt::boolean(&self.data_initialization),
            rt::boolean(&self.data_synchronization),
            rt::json(&self.db_list),
            rt::json(&self.reserve),
            rt::text(&self.checkpoint),
            rt::text(&self.destination_endpoint_oracle_sid),
            rt::text(&self.job_type),
            rt::text(&self.dts_job_id),
            rt::text(&self.dts_instance_id),
            rt::text(&self.delay_phone),
            rt::int(&self.delay_rule_time),
            rt::boolean(&self.delay_notice),
            rt::text(&self.error_phone),
            rt::boolean(&self.error_notice),
            rt::text(&self.synchronization_direction),
            rt::text(&self.region_id),
            rt::text(&self.dedicated_cluster_id),
            rt::text(&self.file_oss_url),
            rt::json(&self.data_check_configure),
            rt::boolean(&self.disaster_recovery_job),
            rt::text(&self.source_endpoint_v_switch_id),
            rt::text(&self.dts_bis_label),
            rt::text(&self.src_ca_certificate_oss_url),
            rt::text(&self.src_ca_certificate_password),
            rt::text(&self.dest_ca_certificate_oss_url),
            rt::text(&self.dest_ca_certificate_password),
            rt::float(&self.min_du),
            rt::float(&self.max_du),
            rt::text(&self.src_client_cert_oss_url),
            rt::text(&self.src_client_key_oss_url),
            rt::text(&self.src_client_password),
            rt::text(&self.dest_client_cert_oss_url),
            rt::text(&self.dest_client_key_oss_url),
            rt::text(&self.dest_client_password),
            rt::text(&self.src_primary_vsw_id),
            rt::text(&self.src_secondary_vsw_id),
            rt::text(&self.dest_primary_vsw_id),
            rt::text(&self.dest_secondary_vsw_id),
            rt::text(&self.resource_group_id),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `ConfigureDtsJob` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConfigureDtsJobOutput {
    /// The instance ID of the migration or synchronization task.
    ///
    /// Wire name: `DtsInstanceId`.
    pub dts_instance_id: Option<String>,
    /// The ID of the migration or synchronization task.
    ///
    /// Wire name: `DtsJobId`.
    pub dts_job_id: Option<String>,
    /// The error code returned if the call fails.
    ///
    /// Wire name: `ErrCode`.
    pub err_code: Option<String>,
    /// The error message returned if the call fails.
    ///
    /// Wire name: `ErrMessage`.
    pub err_message: Option<String>,
    /// The HTTP status code.
    ///
    /// Wire name: `HttpStatusCode`.
    pub http_status_code: Option<i64>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// Indicates whether the request is successful.
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
}
impl rt::FromJson for ConfigureDtsJobOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            dts_instance_id: o.get("DtsInstanceId"),
            dts_job_id: o.get("DtsJobId"),
            err_code: o.get("ErrCode"),
            err_message: o.get("ErrMessage"),
            http_status_code: o.get("HttpStatusCode"),
            request_id: o.get("RequestId"),
            success: o.get("Success"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for ConfigureDtsJobOutput {
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
/// A failure reported by the service for [`ConfigureDtsJob`](super::ConfigureDtsJob).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum ConfigureDtsJobError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl ConfigureDtsJobError {
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
impl From<crate::ErrorMeta> for ConfigureDtsJobError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for ConfigureDtsJobError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for ConfigureDtsJobError {}
/// The type of the source instance. Alibaba Cloud databases Self-managed databases If the
/// source instance is a PolarDB for PostgreSQL (Compatible with Oracle) cluster, set this
/// parameter to OTHER or EXPRESS to connect the cluster as a self-managed database over a
/// public IP address or Express Connect. For information about supported source and destination
/// database combinations, see Supported databases. If the source instance is a self-managed
/// database, you must complete the required preparations. For more information, see
/// Preparations overview.
///
/// - `RDS`: ApsaraDB RDS for MySQL, ApsaraDB RDS for SQL Server, ApsaraDB RDS for PostgreSQL,
///   or ApsaraDB RDS for MariaDB
/// - `PolarDB`: PolarDB for MySQL
/// - `ADS`: AnalyticDB for MySQL
/// - `REDIS`: Tair (Redis® OSS-Compatible)
/// - `DISTRIBUTED_POLARDBX10`: PolarDB-X 1.0 (formerly DRDS)
/// - `POLARDBX20`: PolarDB-X 2.0
/// - `MONGODB`: ApsaraDB for MongoDB
/// - `DISTRIBUTED_DMSLOGICDB`: Data Management (DMS) logical database
/// - `LINDORM`: Lindorm
/// - `OTHER`: self-managed database with a public IP address
/// - `ECS`: self-managed database hosted on ECS
/// - `EXPRESS`: self-managed database connected over Express Connect
/// - `CEN`: self-managed database connected over Cloud Enterprise Network (CEN)
/// - `DG`: self-managed database connected over Database Gateway
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type SourceEndpointInstanceType = crate::Enum<
    enum_values::SourceEndpointInstanceType,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::SourceEndpointInstanceType> {
    /// `RDS`
    ///
    /// ApsaraDB RDS for MySQL, ApsaraDB RDS for SQL Server, ApsaraDB RDS for PostgreSQL, or
    /// ApsaraDB RDS for MariaDB
    pub const Rds: Self = Self::known("RDS");
    /// `PolarDB`
    ///
    /// PolarDB for MySQL
    pub const PolarDb: Self = Self::known("PolarDB");
    /// `ADS`
    ///
    /// AnalyticDB for MySQL
    pub const Ads: Self = Self::known("ADS");
    /// `REDIS`
    ///
    /// Tair (Redis® OSS-Compatible)
    pub const Redis: Self = Self::known("REDIS");
    /// `DISTRIBUTED_POLARDBX10`
    ///
    /// PolarDB-X 1.0 (formerly DRDS)
    pub const DistributedPolardbx10: Self = Self::known("DISTRIBUTED_POLARDBX10");
    /// `POLARDBX20`
    ///
    /// PolarDB-X 2.0
    pub const Polardbx20: Self = Self::known("POLARDBX20");
    /// `MONGODB`
    ///
    /// ApsaraDB for MongoDB
    pub const Mongodb: Self = Self::known("MONGODB");
    /// `DISTRIBUTED_DMSLOGICDB`
    ///
    /// Data Management (DMS) logical database
    pub const DistributedDmslogicdb: Self = Self::known("DISTRIBUTED_DMSLOGICDB");
    /// `LINDORM`
    ///
    /// Lindorm
    pub const Lindorm: Self = Self::known("LINDORM");
    /// `OTHER`
    ///
    /// self-managed database with a public IP address
    pub const Other: Self = Self::known("OTHER");
    /// `ECS`
    ///
    /// self-managed database hosted on ECS
    pub const Ecs: Self = Self::known("ECS");
    /// `EXPRESS`
    ///
    /// self-managed database connected over Express Connect
    pub const Express: Self = Self::known("EXPRESS");
    /// `CEN`
    ///
    /// self-managed database connected over Cloud Enterprise Network (CEN)
    pub const Cen: Self = Self::known("CEN");
    /// `DG`
    ///
    /// self-managed database connected over Database Gateway
    pub const Dg: Self = Self::known("DG");
}
/// The database type of the source instance. Default value: MYSQL. If the database type of the
/// source instance is set to MONGODB, you must also specify additional information in the
/// Reserve parameter. For the metric description, see Reserve parameter description.
///
/// - `MYSQL`: MySQL database (including ApsaraDB RDS for MySQL and self-managed MySQL)
/// - `MARIADB`: ApsaraDB RDS for MariaDB
/// - `PolarDB`: PolarDB for MySQL
/// - `POLARDB_O`: PolarDB for PostgreSQL (Compatible with Oracle)
/// - `POLARDBX10`: PolarDB-X 1.0 (formerly DRDS)
/// - `POLARDBX20`: cloud-native distributed database PolarDB-X 2.0
/// - `ADB30`: AnalyticDB for MySQL 3.0
/// - `ORACLE`: self-managed Oracle
/// - `POSTGRESQL`: PostgreSQL database (including ApsaraDB RDS for PostgreSQL and self-managed
///   PostgreSQL)
/// - `MSSQL`: SQL Server database (including ApsaraDB RDS for SQL Server and self-managed SQL
///   Server)
/// - `MONGODB`: MongoDB database (including self-managed MongoDB and ApsaraDB for MongoDB)
/// - `DB2`: self-managed Db2 for LUW
/// - `AS400`: self-managed Db2 for i
/// - `DMSPOLARDB`: Data Management (DMS) logical database
/// - `HBASE`: self-managed HBase database
/// - `TERADATA`: Teradata database
/// - `TiDB`: TiDB database
/// - `REDIS`: Redis database, including self-managed Redis and Tair (Redis® OSS-Compatible)
/// - `LINDORM`: Lindorm
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type SourceEndpointEngineName = crate::Enum<enum_values::SourceEndpointEngineName>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::SourceEndpointEngineName> {
    /// `MYSQL`
    ///
    /// MySQL database (including ApsaraDB RDS for MySQL and self-managed MySQL)
    pub const Mysql: Self = Self::known("MYSQL");
    /// `MARIADB`
    ///
    /// ApsaraDB RDS for MariaDB
    pub const Mariadb: Self = Self::known("MARIADB");
    /// `PolarDB`
    ///
    /// PolarDB for MySQL
    pub const PolarDb: Self = Self::known("PolarDB");
    /// `POLARDB_O`
    ///
    /// PolarDB for PostgreSQL (Compatible with Oracle)
    pub const PolardbO: Self = Self::known("POLARDB_O");
    /// `POLARDBX10`
    ///
    /// PolarDB-X 1.0 (formerly DRDS)
    pub const Polardbx10: Self = Self::known("POLARDBX10");
    /// `POLARDBX20`
    ///
    /// cloud-native distributed database PolarDB-X 2.0
    pub const Polardbx20: Self = Self::known("POLARDBX20");
    /// `ADB30`
    ///
    /// AnalyticDB for MySQL 3.0
    pub const Adb30: Self = Self::known("ADB30");
    /// `ORACLE`
    ///
    /// self-managed Oracle
    pub const Oracle: Self = Self::known("ORACLE");
    /// `POSTGRESQL`
    ///
    /// PostgreSQL database (including ApsaraDB RDS for PostgreSQL and self-managed PostgreSQL)
    pub const Postgresql: Self = Self::known("POSTGRESQL");
    /// `MSSQL`
    ///
    /// SQL Server database (including ApsaraDB RDS for SQL Server and self-managed SQL Server)
    pub const Mssql: Self = Self::known("MSSQL");
    /// `MONGODB`
    ///
    /// MongoDB database (including self-managed MongoDB and ApsaraDB for MongoDB)
    pub const Mongodb: Self = Self::known("MONGODB");
    /// `DB2`
    ///
    /// self-managed Db2 for LUW
    pub const Db2: Self = Self::known("DB2");
    /// `AS400`
    ///
    /// self-managed Db2 for i
    pub const As400: Self = Self::known("AS400");
    /// `DMSPOLARDB`
    ///
    /// Data Management (DMS) logical database
    pub const Dmspolardb: Self = Self::known("DMSPOLARDB");
    /// `HBASE`
    ///
    /// self-managed HBase database
    pub const Hbase: Self = Self::known("HBASE");
    /// `TERADATA`
    ///
    /// Teradata database
    pub const Teradata: Self = Self::known("TERADATA");
    /// `TiDB`
    ///
    /// TiDB database
    pub const TiDb: Self = Self::known("TiDB");
    /// `REDIS`
    ///
    /// Redis database, including self-managed Redis and Tair (Redis® OSS-Compatible)
    pub const Redis: Self = Self::known("REDIS");
    /// `LINDORM`
    ///
    /// Lindorm
    pub const Lindorm: Self = Self::known("LINDORM");
}
/// The target instance type. Alibaba Cloud databases Self-managed databases If the destination
/// instance is a PolarDB for PostgreSQL (Compatible with Oracle) cluster, set this parameter to
/// OTHER or EXPRESS to connect the cluster as a self-managed database over a public IP address
/// or Express Connect. If the destination instance is MSMQ for Apache Kafka, set this parameter
/// to ECS or EXPRESS to connect the instance as a self-managed database over ECS or Express
/// Connect. For information about supported source and destination database combinations, see
/// `<props="china">Supported` `databases<props="intl">Supported` source and destination
/// databases. If the destination instance is a self-managed database, you must also execute the
/// required preparations. For more information, see Preparations overview.
///
/// - `RDS`: ApsaraDB RDS for MySQL, ApsaraDB RDS for SQL Server, ApsaraDB RDS for PostgreSQL,
///   or ApsaraDB RDS for MariaDB
/// - `PolarDB`: PolarDB for MySQL
/// - `DISTRIBUTED_POLARDBX10`: PolarDB-X 1.0 (formerly DRDS)
/// - `POLARDBX20`: PolarDB-X 2.0
/// - `REDIS`: Tair (Redis® OSS-Compatible)
/// - `ADS`: AnalyticDB for MySQL 2.0 or 3.0
/// - `MONGODB`: ApsaraDB for MongoDB
/// - `ROCKETMQ`: ApsaraMQ for RocketMQ
/// - `GREENPLUM`: AnalyticDB for PostgreSQL
/// - `DATAHUB`: Alibaba Cloud DataHub platform
/// - `ELK`: Alibaba Cloud Elasticsearch
/// - `Tablestore`: Tablestore
/// - `ODPS`: MaxCompute
/// - `LINDORM`: cloud-native multi-model database Lindorm
/// - `OTHER`: self-managed database with a public IP address
/// - `ECS`: self-managed database hosted on ECS
/// - `EXPRESS`: self-managed database connected over Express Connect
/// - `CEN`: self-managed database connected over Cloud Enterprise Network (CEN)
/// - `DG`: self-managed database connected over Database Gateway
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DestinationEndpointInstanceType = crate::Enum<
    enum_values::DestinationEndpointInstanceType,
>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DestinationEndpointInstanceType> {
    /// `RDS`
    ///
    /// ApsaraDB RDS for MySQL, ApsaraDB RDS for SQL Server, ApsaraDB RDS for PostgreSQL, or
    /// ApsaraDB RDS for MariaDB
    pub const Rds: Self = Self::known("RDS");
    /// `PolarDB`
    ///
    /// PolarDB for MySQL
    pub const PolarDb: Self = Self::known("PolarDB");
    /// `DISTRIBUTED_POLARDBX10`
    ///
    /// PolarDB-X 1.0 (formerly DRDS)
    pub const DistributedPolardbx10: Self = Self::known("DISTRIBUTED_POLARDBX10");
    /// `POLARDBX20`
    ///
    /// PolarDB-X 2.0
    pub const Polardbx20: Self = Self::known("POLARDBX20");
    /// `REDIS`
    ///
    /// Tair (Redis® OSS-Compatible)
    pub const Redis: Self = Self::known("REDIS");
    /// `ADS`
    ///
    /// AnalyticDB for MySQL 2.0 or 3.0
    pub const Ads: Self = Self::known("ADS");
    /// `MONGODB`
    ///
    /// ApsaraDB for MongoDB
    pub const Mongodb: Self = Self::known("MONGODB");
    /// `ROCKETMQ`
    ///
    /// ApsaraMQ for RocketMQ
    pub const Rocketmq: Self = Self::known("ROCKETMQ");
    /// `GREENPLUM`
    ///
    /// AnalyticDB for PostgreSQL
    pub const Greenplum: Self = Self::known("GREENPLUM");
    /// `DATAHUB`
    ///
    /// Alibaba Cloud DataHub platform
    pub const Datahub: Self = Self::known("DATAHUB");
    /// `ELK`
    ///
    /// Alibaba Cloud Elasticsearch
    pub const Elk: Self = Self::known("ELK");
    /// `Tablestore`
    ///
    /// Tablestore
    pub const Tablestore: Self = Self::known("Tablestore");
    /// `ODPS`
    ///
    /// MaxCompute
    pub const Odps: Self = Self::known("ODPS");
    /// `LINDORM`
    ///
    /// cloud-native multi-model database Lindorm
    pub const Lindorm: Self = Self::known("LINDORM");
    /// `OTHER`
    ///
    /// self-managed database with a public IP address
    pub const Other: Self = Self::known("OTHER");
    /// `ECS`
    ///
    /// self-managed database hosted on ECS
    pub const Ecs: Self = Self::known("ECS");
    /// `EXPRESS`
    ///
    /// self-managed database connected over Express Connect
    pub const Express: Self = Self::known("EXPRESS");
    /// `CEN`
    ///
    /// self-managed database connected over Cloud Enterprise Network (CEN)
    pub const Cen: Self = Self::known("CEN");
    /// `DG`
    ///
    /// self-managed database connected over Database Gateway
    pub const Dg: Self = Self::known("DG");
}
/// The database type of the destination instance. Default value: MYSQL. If the database type of
/// the destination instance is set to KAFKA, MONGODB, or PolarDB, you must also specify
/// additional information in the Reserve parameter. For the metric description, see Reserve
/// parameter description.
///
/// - `MYSQL`: MySQL database (including ApsaraDB RDS for MySQL and self-managed MySQL)
/// - `MARIADB`: ApsaraDB RDS for MariaDB
/// - `PolarDB`: PolarDB for MySQL
/// - `POLARDB_O`: PolarDB for PostgreSQL (Compatible with Oracle)
/// - `POLARDBX10`: PolarDB-X 1.0 (formerly DRDS)
/// - `POLARDBX20`: cloud-native distributed database PolarDB-X 2.0
/// - `ORACLE`: self-managed Oracle
/// - `PostgreSQL`: PostgreSQL database (including ApsaraDB RDS for PostgreSQL and self-managed
///   PostgreSQL)
/// - `MSSQL`: SQL Server database (including ApsaraDB RDS for SQL Server and self-managed SQL
///   Server)
/// - `ADS`: AnalyticDB for MySQL 2.0
/// - `ADB30`: AnalyticDB for MySQL 3.0
/// - `MONGODB`: MongoDB database (including self-managed MongoDB and ApsaraDB for MongoDB)
/// - `ROCKETMQ`: ApsaraMQ for RocketMQ
/// - `GREENPLUM`: AnalyticDB for PostgreSQL
/// - `KAFKA`: Kafka database (including MSMQ for Apache Kafka and self-managed Kafka)
/// - `DATAHUB`: Alibaba Cloud DataHub
/// - `DB2`: self-managed Db2 for LUW
/// - `AS400`: Db2 for i
/// - `ODPS`: MaxCompute
/// - `Tablestore`: Tablestore
/// - `ELK`: Alibaba Cloud Elasticsearch
/// - `REDIS`: Redis database, including self-managed Redis and Tair (Redis® OSS-Compatible)
/// - `LINDORM`: cloud-native multi-model database Lindorm
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
    /// `MYSQL`
    ///
    /// MySQL database (including ApsaraDB RDS for MySQL and self-managed MySQL)
    pub const Mysql: Self = Self::known("MYSQL");
    /// `MARIADB`
    ///
    /// ApsaraDB RDS for MariaDB
    pub const Mariadb: Self = Self::known("MARIADB");
    /// `PolarDB`
    ///
    /// PolarDB for MySQL
    pub const PolarDb: Self = Self::known("PolarDB");
    /// `POLARDB_O`
    ///
    /// PolarDB for PostgreSQL (Compatible with Oracle)
    pub const PolardbO: Self = Self::known("POLARDB_O");
    /// `POLARDBX10`
    ///
    /// PolarDB-X 1.0 (formerly DRDS)
    pub const Polardbx10: Self = Self::known("POLARDBX10");
    /// `POLARDBX20`
    ///
    /// cloud-native distributed database PolarDB-X 2.0
    pub const Polardbx20: Self = Self::known("POLARDBX20");
    /// `ORACLE`
    ///
    /// self-managed Oracle
    pub const Oracle: Self = Self::known("ORACLE");
    /// `PostgreSQL`
    ///
    /// PostgreSQL database (including ApsaraDB RDS for PostgreSQL and self-managed PostgreSQL)
    pub const PostgreSql: Self = Self::known("PostgreSQL");
    /// `MSSQL`
    ///
    /// SQL Server database (including ApsaraDB RDS for SQL Server and self-managed SQL Server)
    pub const Mssql: Self = Self::known("MSSQL");
    /// `ADS`
    ///
    /// AnalyticDB for MySQL 2.0
    pub const Ads: Self = Self::known("ADS");
    /// `ADB30`
    ///
    /// AnalyticDB for MySQL 3.0
    pub const Adb30: Self = Self::known("ADB30");
    /// `MONGODB`
    ///
    /// MongoDB database (including self-managed MongoDB and ApsaraDB for MongoDB)
    pub const Mongodb: Self = Self::known("MONGODB");
    /// `ROCKETMQ`
    ///
    /// ApsaraMQ for RocketMQ
    pub const Rocketmq: Self = Self::known("ROCKETMQ");
    /// `GREENPLUM`
    ///
    /// AnalyticDB for PostgreSQL
    pub const Greenplum: Self = Self::known("GREENPLUM");
    /// `KAFKA`
    ///
    /// Kafka database (including MSMQ for Apache Kafka and self-managed Kafka)
    pub const Kafka: Self = Self::known("KAFKA");
    /// `DATAHUB`
    ///
    /// Alibaba Cloud DataHub
    pub const Datahub: Self = Self::known("DATAHUB");
    /// `DB2`
    ///
    /// self-managed Db2 for LUW
    pub const Db2: Self = Self::known("DB2");
    /// `AS400`
    ///
    /// Db2 for i
    pub const As400: Self = Self::known("AS400");
    /// `ODPS`
    ///
    /// MaxCompute
    pub const Odps: Self = Self::known("ODPS");
    /// `Tablestore`
    ///
    /// Tablestore
    pub const Tablestore: Self = Self::known("Tablestore");
    /// `ELK`
    ///
    /// Alibaba Cloud Elasticsearch
    pub const Elk: Self = Self::known("ELK");
    /// `REDIS`
    ///
    /// Redis database, including self-managed Redis and Tair (Redis® OSS-Compatible)
    pub const Redis: Self = Self::known("REDIS");
    /// `LINDORM`
    ///
    /// cloud-native multi-model database Lindorm
    pub const Lindorm: Self = Self::known("LINDORM");
}
/// The type of the node. If the value is MIGRATION or SYNC, you can also configure a data
/// validation node within the migration or synchronization instance. To configure a data
/// validation node, you must also specify the DataCheckConfigure parameter.
///
/// - `MIGRATION`: data migration
/// - `SYNC`: data synchronization
/// - `CHECK`: data validation (purchased separately)
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type JobType = crate::Enum<enum_values::JobType>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::JobType> {
    /// `MIGRATION`
    ///
    /// data migration
    pub const Migration: Self = Self::known("MIGRATION");
    /// `SYNC`
    ///
    /// data synchronization
    pub const Sync: Self = Self::known("SYNC");
    /// `CHECK`
    ///
    /// data validation (purchased separately)
    pub const Check: Self = Self::known("CHECK");
}
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum SourceEndpointInstanceType {}
    impl crate::EnumValues for SourceEndpointInstanceType {
        const NAME: &'static str = "SourceEndpointInstanceType";
        const VALUES: &'static [&'static str] = &[
            "RDS",
            "PolarDB",
            "ADS",
            "REDIS",
            "DISTRIBUTED_POLARDBX10",
            "POLARDBX20",
            "MONGODB",
            "DISTRIBUTED_DMSLOGICDB",
            "LINDORM",
            "OTHER",
            "ECS",
            "EXPRESS",
            "CEN",
            "DG",
        ];
    }
    #[derive(PartialEq)]
    pub enum SourceEndpointEngineName {}
    impl crate::EnumValues for SourceEndpointEngineName {
        const NAME: &'static str = "SourceEndpointEngineName";
        const VALUES: &'static [&'static str] = &[
            "MYSQL",
            "MARIADB",
            "PolarDB",
            "POLARDB_O",
            "POLARDBX10",
            "POLARDBX20",
            "ADB30",
            "ORACLE",
            "POSTGRESQL",
            "MSSQL",
            "MONGODB",
            "DB2",
            "AS400",
            "DMSPOLARDB",
            "HBASE",
            "TERADATA",
            "TiDB",
            "REDIS",
            "LINDORM",
        ];
    }
    #[derive(PartialEq)]
    pub enum DestinationEndpointInstanceType {}
    impl crate::EnumValues for DestinationEndpointInstanceType {
        const NAME: &'static str = "DestinationEndpointInstanceType";
        const VALUES: &'static [&'static str] = &[
            "RDS",
            "PolarDB",
            "DISTRIBUTED_POLARDBX10",
            "POLARDBX20",
            "REDIS",
            "ADS",
            "MONGODB",
            "ROCKETMQ",
            "GREENPLUM",
            "DATAHUB",
            "ELK",
            "Tablestore",
            "ODPS",
            "LINDORM",
            "OTHER",
            "ECS",
            "EXPRESS",
            "CEN",
            "DG",
        ];
    }
    #[derive(PartialEq)]
    pub enum DestinationEndpointEngineName {}
    impl crate::EnumValues for DestinationEndpointEngineName {
        const NAME: &'static str = "DestinationEndpointEngineName";
        const VALUES: &'static [&'static str] = &[
            "MYSQL",
            "MARIADB",
            "PolarDB",
            "POLARDB_O",
            "POLARDBX10",
            "POLARDBX20",
            "ORACLE",
            "PostgreSQL",
            "MSSQL",
            "ADS",
            "ADB30",
            "MONGODB",
            "ROCKETMQ",
            "GREENPLUM",
            "KAFKA",
            "DATAHUB",
            "DB2",
            "AS400",
            "ODPS",
            "Tablestore",
            "ELK",
            "REDIS",
            "LINDORM",
        ];
    }
    #[derive(PartialEq)]
    pub enum JobType {}
    impl crate::EnumValues for JobType {
        const NAME: &'static str = "JobType";
        const VALUES: &'static [&'static str] = &["MIGRATION", "SYNC", "CHECK"];
    }
}
