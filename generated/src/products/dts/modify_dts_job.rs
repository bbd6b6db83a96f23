// @generated from specs/dts/ModifyDtsJob.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `ModifyDtsJob`: Modifies a Data Transmission Service (DTS) synchronization task.
//!
//! You can pre-configure the task in the console and then preview OpenAPI request parameters to
//! assist you in filling in the request parameters.
//!
//! POST Data Transmission Service (`Dts`), API version `2020-01-01`. Idempotent: network
//! failures and server errors are retried.
//!
//! Notes on the documentation:
//!
//! - The page's "Valid values:" cells are cut off for SynchronizationDirection,
//!   StructureInitialization, DataInitialization, DataSynchronization and ZeroEtlJob. The
//!   product's values are recorded instead: Forward / Reverse, and true / false for the
//!   booleans.
//! - DbList is documented as Map and Reserved as a "MAP JSON string"; both travel as JSON text
//!   under their own names. EtlOperatorColumnReference is documented as String but holds a JSON
//!   document (see its example), so it is typed as JSON and serialised to text.
//! - DbList, EtlOperatorColumnReference, FilterTableName, ModifyTypeEnum and Reserved travel in
//!   the form-encoded body, as the vendor's SDK sends them; the rest go in the query string.
//! - ModifyTypeEnum's value list is open: the page names only UPDATE_RESERVED (and "not set"),
//!   so other values are passed through, not rejected.
//! - Failure can arrive inside an HTTP 200 body: Success false with ErrCode and ErrMessage. The
//!   page's response row for ErrMessage adds that its type is String.
//! - The operation accepts a ClientToken, so the client fills one in and reuses it across
//!   retries, which makes retrying safe.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "ModifyDtsJob",
    method: "POST",
    idempotent: true,
    retryable_codes: &["Throttling.User", "ServiceUnavailable"],
    params: &[
        rt::Param::query("RegionId"),
        rt::Param::query("DtsInstanceId").required(),
        rt::Param::query("SynchronizationDirection")
            .one_of(SynchronizationDirection::VALUES),
        rt::Param::query("ClientToken").length(None, Some(64)).ascii(),
        rt::Param::body("DbList"),
        rt::Param::body("EtlOperatorColumnReference"),
        rt::Param::body("ModifyTypeEnum"),
        rt::Param::body("Reserved"),
        rt::Param::query("FileOssUrl"),
        rt::Param::body("FilterTableName"),
        rt::Param::query("StructureInitialization"),
        rt::Param::query("DataInitialization"),
        rt::Param::query("DataSynchronization"),
        rt::Param::query("DtsJobId"),
        rt::Param::query("ZeroEtlJob"),
        rt::Param::query("ResourceGroupId"),
    ],
};
/// `ModifyDtsJob`: Modifies a Data Transmission Service (DTS) synchronization task.
///
/// Made by [`Client::modify_dts_job`](super::Client::modify_dts_job); set parameters, then
/// [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`modify_dts_job`](self), e.g. `modify_dts_job::SynchronizationDirection`.
pub type ModifyDtsJob = crate::Call<ModifyDtsJobInput>;
impl<M> crate::Call<ModifyDtsJobInput, M> {
    /// Sets `RegionId` (optional): see [`ModifyDtsJobInput::region_id`].
    #[inline]
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.input.region_id = Some(value.into());
        self
    }
    /// Sets `DtsInstanceId` (required): see [`ModifyDtsJobInput::dts_instance_id`].
    #[inline]
    pub fn dts_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.dts_instance_id = Some(value.into());
        self
    }
    /// Sets `SynchronizationDirection` (optional): see [`ModifyDtsJobInput::synchronization_direction`].
    #[inline]
    pub fn synchronization_direction(
        mut self,
        value: impl Into<SynchronizationDirection>,
    ) -> Self {
        self.input.synchronization_direction = Some(value.into());
        self
    }
    /// Sets `ClientToken` (optional): see [`ModifyDtsJobInput::client_token`].
    #[inline]
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.input.client_token = Some(value.into());
        self
    }
    /// Sets `DbList` (optional): see [`ModifyDtsJobInput::db_list`].
    #[inline]
    pub fn db_list(
        mut self,
        value: impl Into<rt::JsonParam<std::collections::BTreeMap<String, DbListEntry>>>,
    ) -> Self {
        self.input.db_list = Some(value.into());
        self
    }
    /// Sets `EtlOperatorColumnReference` (optional): see [`ModifyDtsJobInput::etl_operator_column_reference`].
    #[inline]
    pub fn etl_operator_column_reference(
        mut self,
        value: impl Into<rt::JsonParam>,
    ) -> Self {
        self.input.etl_operator_column_reference = Some(value.into());
        self
    }
    /// Sets `ModifyTypeEnum` (optional): see [`ModifyDtsJobInput::modify_type_enum`].
    #[inline]
    pub fn modify_type_enum(mut self, value: impl Into<ModifyTypeEnum>) -> Self {
        self.input.modify_type_enum = Some(value.into());
        self
    }
    /// Sets `Reserved` (optional): see [`ModifyDtsJobInput::reserved`].
    #[inline]
    pub fn reserved(
        mut self,
        value: impl Into<
            rt::JsonParam<std::collections::BTreeMap<String, serde_json::Value>>,
        >,
    ) -> Self {
        self.input.reserved = Some(value.into());
        self
    }
    /// Sets `FileOssUrl` (optional): see [`ModifyDtsJobInput::file_oss_url`].
    #[inline]
    pub fn file_oss_url(mut self, value: impl Into<String>) -> Self {
        self.input.file_oss_url = Some(value.into());
        self
    }
    /// Sets `FilterTableName` (optional): see [`ModifyDtsJobInput::filter_table_name`].
    #[inline]
    pub fn filter_table_name(mut self, value: impl Into<String>) -> Self {
        self.input.filter_table_name = Some(value.into());
        self
    }
    /// Sets `StructureInitialization` (optional): see [`ModifyDtsJobInput::structure_initialization`].
    #[inline]
    pub fn structure_initialization(mut self, value: bool) -> Self {
        self.input.structure_initialization = Some(value);
        self
    }
    /// Sets `DataInitialization` (optional): see [`ModifyDtsJobInput::data_initialization`].
    #[inline]
    pub fn data_initialization(mut self, value: bool) -> Self {
        self.input.data_initialization = Some(value);
        self
    }
    /// Sets `DataSynchronization` (optional): see [`ModifyDtsJobInput::data_synchronization`].
    #[inline]
    pub fn data_synchronization(mut self, value: bool) -> Self {
        self.input.data_synchronization = Some(value);
        self
    }
    /// Sets `DtsJobId` (optional): see [`ModifyDtsJobInput::dts_job_id`].
    #[inline]
    pub fn dts_job_id(mut self, value: impl Into<String>) -> Self {
        self.input.dts_job_id = Some(value.into());
        self
    }
    /// Sets `ZeroEtlJob` (optional): see [`ModifyDtsJobInput::zero_etl_job`].
    #[inline]
    pub fn zero_etl_job(mut self, value: bool) -> Self {
        self.input.zero_etl_job = Some(value);
        self
    }
    /// Sets `ResourceGroupId` (optional): see [`ModifyDtsJobInput::resource_group_id`].
    #[inline]
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.input.resource_group_id = Some(value.into());
        self
    }
}
/// The parameters of [`ModifyDtsJob`](super::ModifyDtsJob).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ModifyDtsJobInput {
    /// The region ID of the instance. For more information, see Supported regions.
    ///
    /// Optional. Sent as `RegionId` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub region_id: Option<String>,
    /// The ID of the synchronization instance.
    ///
    /// Required. Sent as `DtsInstanceId` in the query string.
    ///
    /// Example: `dtsbi6e22ay243****`
    pub dts_instance_id: Option<String>,
    /// The synchronization direction.
    ///
    /// Optional. Sent as `SynchronizationDirection` in the query string.
    ///
    /// Checked before sending: one of the values of [`SynchronizationDirection`].
    ///
    /// Example: `Forward`
    pub synchronization_direction: Option<SynchronizationDirection>,
    /// The client token that ensures the idempotency of the request. Generate a unique parameter
    /// value from your client for different requests. ClientToken supports ASCII characters only
    /// and cannot exceed 64 characters in length.
    ///
    /// Optional. Sent as `ClientToken` in the query string.
    ///
    /// Checked before sending: at most 64 characters; ASCII only.
    ///
    /// Left unset, the client generates one per call and sends the same value on every retry of
    /// that call.
    ///
    /// Example: `0c593ea1-3bea-11e9-b96b-88e9fe63****`
    pub client_token: Option<String>,
    /// The modified synchronization objects in JSON string format. For more information, see
    /// Objects for migration, synchronization, and subscription.
    ///
    /// Optional. Sent as `DbList` in the form-encoded body, as JSON text: give the text (checked to
    /// be JSON, then sent as it is) or a typed value (serialised).
    ///
    /// Example: `{"dtstest":{"name":"dtstest","all":true}}`
    pub db_list: Option<rt::JsonParam<std::collections::BTreeMap<String, DbListEntry>>>,
    /// An operator that is related to the extract, transform, and load (ETL) feature and specific
    /// to T+1 business.
    ///
    /// Optional. Sent as `EtlOperatorColumnReference` in the form-encoded body, as JSON text: give
    /// the text (checked to be JSON, then sent as it is) or a `serde_json::Value` (serialised).
    ///
    /// Example:
    ///
    /// ```json
    /// {
    ///   "configKeyMap": [
    ///     {
    ///       "moduleCode": "03",
    ///       "etlOperatorColumnReference": "etlOperatorColumnReference",
    ///       "etlOperatorSetting": "etlOperatorSetting"
    ///     },
    ///     {
    ///       "moduleCode": "07",
    ///       "etlOperatorColumnReference": "etlOperatorColumnReference",
    ///       "etlOperatorSetting": "etlOperatorSetting"
    ///     }
    ///   ],
    ///   "amp.increment.replicator.compare.all.columns.enable": false,
    ///   "srcNetType": "VPC",
    ///   "etlOperatorColumnReference": {
    ///     "MODIFY_TIME": [
    ///       {"datasynchron.test_timing_user_000": "user_create_date"},
    ///       {"datasynchron.test_timing_user_001": "user_create_date"},
    ///       {"datasynchron.test_timing_user_002": "user_create_date"},
    ///       {"datasynchron.test_timing_user_003": "user_create_date"}
    ///     ]
    ///   },
    ///   "destNetType": "VPC",
    ///   "originalSrcDbInst": "sg-sit-db2-primary.mysql.polardb.rds.aliyuncs.com",
    ///   "etlOperatorSetting": "adb_time_travel",
    ///   "sjobUseJobTask": "1",
    ///   "srcVpcNetMappingInst": "172.19.XXX.XXX:4261",
    ///   "destVpcNetMappingInst": "172.19.XXX.XXX:4260",
    ///   "useJobTask": "1"
    /// }
    /// ```
    pub etl_operator_column_reference: Option<rt::JsonParam>,
    /// Indicates the method to modify the synchronization task. If this parameter is not specified,
    /// the synchronization objects are modified by default. If this parameter is set to
    /// UPDATE_RESERVED, the reserved parameters are modified.
    ///
    /// Optional. Sent as `ModifyTypeEnum` in the form-encoded body.
    ///
    /// Example: `UPDATE_RESERVED`
    pub modify_type_enum: Option<ModifyTypeEnum>,
    /// The reserved parameter of DTS. The update method is to add rather than overwrite. The format
    /// is a MAP JSON string. You can pass this parameter to implement special requirements (such as
    /// whether to automatically start the precheck). The usage method is similar to the Reserve
    /// parameter. For more information, see Reserve parameter description.
    ///
    /// Optional. Sent as `Reserved` in the form-encoded body, as JSON text: give the text (checked
    /// to be JSON, then sent as it is) or a typed value (serialised).
    ///
    /// Example:
    ///
    /// ```json
    /// {
    ///   "definer": false,
    ///   "syncArchitecture": "oneway",
    ///   "whitelist.dms.online.ddl.enable": false,
    ///   "destSSL": "0",
    ///   "triggerMode": "manual",
    ///   "sqlparser.dms.original.ddl": true,
    ///   "whitelist.ghost.online.ddl.enable": false,
    ///   "privilegeMigration": false,
    ///   "maxRetryTime": 43200,
    ///   "srcSSL": "0",
    ///   "autoStartModulesAfterConfig": "none"
    /// }
    /// ```
    pub reserved: Option<
        rt::JsonParam<std::collections::BTreeMap<String, serde_json::Value>>,
    >,
    /// The OSS URL of the synchronization file.
    ///
    /// Optional. Sent as `FileOssUrl` in the query string.
    ///
    /// Example:
    /// `http://db-list-os-file.oss-cn-shanghai.aliyuncs.com/8e42_12185******43989_************`
    pub file_oss_url: Option<String>,
    /// The name of the table to be filtered.
    ///
    /// Optional. Sent as `FilterTableName` in the form-encoded body.
    ///
    /// Example: `testtable`
    pub filter_table_name: Option<String>,
    /// Specifies whether to perform schema migration or schema synchronization. Valid values: true
    /// (yes) and false (no).
    ///
    /// Optional. Sent as `StructureInitialization` in the query string.
    ///
    /// Example: `true`
    pub structure_initialization: Option<bool>,
    /// Specifies whether to perform full data migration or full data synchronization. Valid values:
    /// true (yes) and false (no).
    ///
    /// Optional. Sent as `DataInitialization` in the query string.
    ///
    /// Example: `true`
    pub data_initialization: Option<bool>,
    /// Specifies whether to perform incremental data migration or incremental data synchronization.
    /// Valid values: true (yes) and false (no).
    ///
    /// Optional. Sent as `DataSynchronization` in the query string.
    ///
    /// Example: `true`
    pub data_synchronization: Option<bool>,
    /// The ID of the synchronization task. You can get it by calling the DescribeDtsJobs API.
    ///
    /// Optional. Sent as `DtsJobId` in the query string.
    ///
    /// Example: `fpx1149rw7p***`
    pub dts_job_id: Option<String>,
    /// Specifies whether to query only zero-extract, transform, load (ETL) integration tasks. Valid
    /// values: true (yes) and false (no).
    ///
    /// Optional. Sent as `ZeroEtlJob` in the query string.
    ///
    /// Example: `false`
    pub zero_etl_job: Option<bool>,
    /// The ID of the resource group.
    ///
    /// Optional. Sent as `ResourceGroupId` in the query string.
    ///
    /// Example: `rg-acfmzawhxxc****`
    pub resource_group_id: Option<String>,
}
impl Default for ModifyDtsJobInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            region_id: None,
            dts_instance_id: None,
            synchronization_direction: None,
            client_token: None,
            db_list: None,
            etl_operator_column_reference: None,
            modify_type_enum: None,
            reserved: None,
            file_oss_url: None,
            filter_table_name: None,
            structure_initialization: None,
            data_initialization: None,
            data_synchronization: None,
            dts_job_id: None,
            zero_etl_job: None,
            resource_group_id: None,
        }
    }
}
impl rt::OperationInput for ModifyDtsJobInput {
    type Output = ModifyDtsJobOutput;
    type Error = ModifyDtsJobError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::text(&self.region_id),
            rt::text(&self.dts_instance_id),
            rt::text(&self.synchronization_direction),
            rt::text(&self.client_token),
            rt::json(&self.db_list),
            rt::json(&self.etl_operator_column_reference),
            rt::text(&self.modify_type_enum),
            rt::json(&self.reserved),
            rt::text(&self.file_oss_url),
            rt::text(&self.filter_table_name),
            rt::boolean(&self.structure_initialization),
            rt::boolean(&self.data_initialization),
            rt::boolean(&self.data_synchronization),
            rt::text(&self.dts_job_id),
            rt::boolean(&self.zero_etl_job),
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
/// What `ModifyDtsJob` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ModifyDtsJobOutput {
    /// The status code.
    ///
    /// Example: `200`
    ///
    /// Wire name: `Status`.
    pub status: Option<String>,
    /// The request ID.
    ///
    /// Example: `1D6ECADF-C5E9-4C96-8811-77602B31****`
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
    /// The DTS task ID.
    ///
    /// Example: `bi6e22a****`
    ///
    /// Wire name: `DtsJobId`.
    pub dts_job_id: Option<String>,
    /// The error code returned when the request fails.
    ///
    /// Example: `InternalError`
    ///
    /// Wire name: `ErrCode`.
    pub err_code: Option<String>,
    /// Indicates whether the request is successful.
    ///
    /// Example: `true`
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
    /// The error message returned if the request failed.
    ///
    /// Example: `The request processing has failed due to some unknown error.`
    ///
    /// Wire name: `ErrMessage`.
    pub err_message: Option<String>,
}
impl rt::FromJson for ModifyDtsJobOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            status: o.get("Status"),
            request_id: o.get("RequestId"),
            dts_job_id: o.get("DtsJobId"),
            err_code: o.get("ErrCode"),
            success: o.get("Success"),
            err_message: o.get("ErrMessage"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for ModifyDtsJobOutput {
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
/// A failure reported by the service for [`ModifyDtsJob`](super::ModifyDtsJob).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum ModifyDtsJobError {
    /// `OperationDenied.JobStatusModifying` (HTTP 403)
    ///
    /// jobs state is modifying, please wait sync subtask ends
    ///
    /// The task is currently undergoing synchronization object modification (previous modification
    /// operation is not yet complete). Please wait for this state to end.
    OperationDeniedJobStatusModifying(crate::ErrorMeta),
    /// `CheckStatus.InvalidInitStatus` (HTTP 403)
    ///
    /// Task has not been configured, please configure job first
    ///
    /// The task has not been configured. Please configure the task before modifying it.
    CheckStatusInvalidInitStatus(crate::ErrorMeta),
    /// `DTS.Msg.OperationDenied.JobStatusModifying` (HTTP 403)
    ///
    /// jobs state is modifying, please wait sync subtask ends
    ///
    /// The task is currently undergoing synchronization object modification (previous modification
    /// operation is not yet complete). Please wait for this state to end.
    DtsMsgOperationDeniedJobStatusModifying(crate::ErrorMeta),
    /// `DTS.Msg.CheckStatus.InvalidInitStatus` (HTTP 403)
    ///
    /// Task has not been configured, please configure job first
    ///
    /// The task has not been configured. Please configure the task before modifying it.
    DtsMsgCheckStatusInvalidInitStatus(crate::ErrorMeta),
    /// `InvalidSecurityToken.Expired` (HTTP 403)
    ///
    /// Specified SecurityToken is expired.
    ///
    /// The specified SecurityToken has expired. Please update the signature.
    InvalidSecurityTokenExpired(crate::ErrorMeta),
    /// `Throttling.User` (HTTP 400), retried
    ///
    /// Request was denied due to user flow control.
    ///
    /// The request was denied because the request frequency reached the threshold. Please try again
    /// later.
    ThrottlingUser(crate::ErrorMeta),
    /// `ServiceUnavailable` (HTTP 500), retried
    ///
    /// The request has failed due to a temporary failure of the server.
    ///
    /// The request failed due to a temporary server timeout or unavailability. Please retry. If the
    /// failure persists after retrying, contact technical support.
    ServiceUnavailable(crate::ErrorMeta),
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl ModifyDtsJobError {
    /// Status, code, message and request ID, as the service sent them.
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    pub fn meta(&self) -> &crate::ErrorMeta {
        match self {
            Self::OperationDeniedJobStatusModifying(m)
            | Self::CheckStatusInvalidInitStatus(m)
            | Self::DtsMsgOperationDeniedJobStatusModifying(m)
            | Self::DtsMsgCheckStatusInvalidInitStatus(m)
            | Self::InvalidSecurityTokenExpired(m)
            | Self::ThrottlingUser(m)
            | Self::ServiceUnavailable(m)
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
        matches!(self, Self::ThrottlingUser(_) | Self::ServiceUnavailable(_))
            || matches!(self, Self::Unknown(m) if m.is_throttling())
    }
}
impl From<crate::ErrorMeta> for ModifyDtsJobError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        match meta.code.as_str() {
            "OperationDenied.JobStatusModifying" => {
                Self::OperationDeniedJobStatusModifying(meta)
            }
            "CheckStatus.InvalidInitStatus" => Self::CheckStatusInvalidInitStatus(meta),
            "DTS.Msg.OperationDenied.JobStatusModifying" => {
                Self::DtsMsgOperationDeniedJobStatusModifying(meta)
            }
            "DTS.Msg.CheckStatus.InvalidInitStatus" => {
                Self::DtsMsgCheckStatusInvalidInitStatus(meta)
            }
            "InvalidSecurityToken.Expired" => Self::InvalidSecurityTokenExpired(meta),
            "Throttling.User" => Self::ThrottlingUser(meta),
            "ServiceUnavailable" => Self::ServiceUnavailable(meta),
            _ => Self::Unknown(meta),
        }
    }
}
impl std::fmt::Display for ModifyDtsJobError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for ModifyDtsJobError {}
/// The synchronization direction.
///
/// - `Forward`: Forward synchronization, from the source to the destination.
/// - `Reverse`: Reverse synchronization, from the destination back to the source (two-way
///   synchronization tasks only).
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsJobDirection` of this product's other operations, and the same
/// type: constants and `Debug` output are `DtsJobDirection`'s.
pub type SynchronizationDirection = crate::Enum<
    super::shared::enum_values::DtsJobDirection,
>;
/// One database to synchronize, keyed by its source name. Keys other than `name` and `all`
/// (such as `Table`) are carried through unchanged.
#[derive(Clone, Debug, Default)]
pub struct DbListEntry {
    /// The name of the database in the destination.
    ///
    /// Wire name: `name`.
    pub name: Option<String>,
    /// Whether every table of the database is synchronized.
    ///
    /// Wire name: `all`.
    pub all: Option<bool>,
    /// Keys beyond the documented fields, kept as they are.
    pub extra: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for DbListEntry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        if let Some(v) = &self.name {
            m.serialize_entry("name", v)?;
        }
        if let Some(v) = &self.all {
            m.serialize_entry("all", v)?;
        }
        for (k, v) in &self.extra {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}
/// Indicates the method to modify the synchronization task. If this parameter is not specified,
/// the synchronization objects are modified by default. If this parameter is set to
/// UPDATE_RESERVED, the reserved parameters are modified.
///
/// - `UPDATE_RESERVED`: Modify the reserved parameters (Reserved) instead of the
///   synchronization objects.
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type ModifyTypeEnum = crate::Enum<enum_values::ModifyTypeEnum>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::ModifyTypeEnum> {
    /// `UPDATE_RESERVED`
    ///
    /// Modify the reserved parameters (Reserved) instead of the synchronization objects.
    pub const UpdateReserved: Self = Self::known("UPDATE_RESERVED");
}
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum ModifyTypeEnum {}
    impl crate::EnumValues for ModifyTypeEnum {
        const NAME: &'static str = "ModifyTypeEnum";
        const VALUES: &'static [&'static str] = &["UPDATE_RESERVED"];
    }
}
