// @generated from specs/dts/StartDtsJob.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `StartDtsJob`: Starts a data migration, data synchronization or change tracking task.
//!
//! POST Data Transmission Service (`Dts`), API version `2020-01-01`. Idempotent: network
//! failures and server errors are retried.
//!
//! Notes on the documentation:
//!
//! - DTS reports some failures inside HTTP 200 with Success false and ErrCode/ErrMessage; those
//!   become errors.
//! - Starting a task that already runs leaves it running, so retrying is safe.
//! - Value lists taken from the reference text (not the metadata) are open: values beyond them
//!   are sent, since the text may lag the service.
//! - Sources: parameters from the vendor metadata (`codegen import`), their reference text and
//!   the response tree from the official SDK alibabacloud-dts20200101 5.11.7 request/response
//!   models; summary from the SDK's reference text (the page is not among the stored pages).
//!   The captured reference text lists no operation-specific error codes, so none are
//!   transcribed: errors arrive as the unknown-code variant with code and message intact.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "StartDtsJob",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("DtsJobId"),
        rt::Param::query("DtsInstanceId"),
        rt::Param::query("SynchronizationDirection"),
        rt::Param::query("RegionId"),
        rt::Param::query("ZeroEtlJob"),
        rt::Param::query("ResourceGroupId"),
    ],
};
/// `StartDtsJob`: Starts a data migration, data synchronization or change tracking task.
///
/// Made by [`Client::start_dts_job`](super::Client::start_dts_job); set parameters, then
/// [`send`](crate::Call::send).
///
/// The enums and nested types of its parameters and answer are in the module
/// [`start_dts_job`](self), e.g. `start_dts_job::SynchronizationDirection`.
pub type StartDtsJob = crate::Call<StartDtsJobInput>;
impl<M> crate::Call<StartDtsJobInput, M> {
    /// Sets `DtsJobId` (optional): see [`StartDtsJobInput::dts_job_id`].
    #[inline]
    pub fn dts_job_id(mut self, value: impl Into<String>) -> Self {
        self.input.dts_job_id = Some(value.into());
        self
    }
    /// Sets `DtsInstanceId` (optional): see [`StartDtsJobInput::dts_instance_id`].
    #[inline]
    pub fn dts_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.dts_instance_id = Some(value.into());
        self
    }
    /// Sets `SynchronizationDirection` (optional): see [`StartDtsJobInput::synchronization_direction`].
    #[inline]
    pub fn synchronization_direction(
        mut self,
        value: impl Into<SynchronizationDirection>,
    ) -> Self {
        self.input.synchronization_direction = Some(value.into());
        self
    }
    /// Sets `RegionId` (optional): see [`StartDtsJobInput::region_id`].
    #[inline]
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.input.region_id = Some(value.into());
        self
    }
    /// Sets `ZeroEtlJob` (optional): see [`StartDtsJobInput::zero_etl_job`].
    #[inline]
    pub fn zero_etl_job(mut self, value: bool) -> Self {
        self.input.zero_etl_job = Some(value);
        self
    }
    /// Sets `ResourceGroupId` (optional): see [`StartDtsJobInput::resource_group_id`].
    #[inline]
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.input.resource_group_id = Some(value.into());
        self
    }
}
/// The parameters of [`StartDtsJob`](super::StartDtsJob).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct StartDtsJobInput {
    /// The ID of the data migration, data synchronization, or change tracking task.
    ///
    /// Optional. Sent as `DtsJobId` in the query string.
    ///
    /// Example: `l3m1213ye7l****`
    pub dts_job_id: Option<String>,
    /// The ID of the data migration, data synchronization, or change tracking instance. You can
    /// query the instance ID by invoking Query the list of data migration instances and details of
    /// each instance, Query the list of change tracking instances and details of each instance, or
    /// Query the list of data synchronization instances and details of each instance.
    ///
    /// Optional. Sent as `DtsInstanceId` in the query string.
    ///
    /// Example: `dtsl3m1213ye7l****`
    pub dts_instance_id: Option<String>,
    /// The synchronization direction. You can set this parameter to Reverse to start the reverse
    /// synchronization link only when the topology of the data synchronization instance is two-way
    /// synchronization.
    ///
    /// Optional. Sent as `SynchronizationDirection` in the query string.
    pub synchronization_direction: Option<SynchronizationDirection>,
    /// The region in which the DTS instance resides. For more information, see List of supported
    /// regions.
    ///
    /// Optional. Sent as `RegionId` in the query string.
    ///
    /// Example: `cn-hangzhou`
    pub region_id: Option<String>,
    /// Specifies whether the node is a zero-ETL node. Valid values: false: no. true: yes.
    ///
    /// Optional. Sent as `ZeroEtlJob` in the query string.
    pub zero_etl_job: Option<bool>,
    /// The resource group ID.
    ///
    /// Optional. Sent as `ResourceGroupId` in the query string.
    pub resource_group_id: Option<String>,
}
impl Default for StartDtsJobInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            dts_job_id: None,
            dts_instance_id: None,
            synchronization_direction: None,
            region_id: None,
            zero_etl_job: None,
            resource_group_id: None,
        }
    }
}
impl rt::OperationInput for StartDtsJobInput {
    type Output = StartDtsJobOutput;
    type Error = StartDtsJobError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::text(&self.dts_job_id),
            rt::text(&self.dts_instance_id),
            rt::text(&self.synchronization_direction),
            rt::text(&self.region_id),
            rt::boolean(&self.zero_etl_job),
            rt::text(&self.resource_group_id),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `StartDtsJob` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StartDtsJobOutput {
    /// The dynamic error code. This parameter will be deprecated.
    ///
    /// Wire name: `DynamicCode`.
    pub dynamic_code: Option<String>,
    /// The dynamic error message used to replace the %s variable in the ErrMessage parameter. If
    /// ErrMessage returns The Value of Input Parameter %s is not valid and DynamicMessage returns
    /// DtsJobId, the request parameter DtsJobId is invalid.
    ///
    /// Wire name: `DynamicMessage`.
    pub dynamic_message: Option<String>,
    /// The error code returned if the call failed.
    ///
    /// Wire name: `ErrCode`.
    pub err_code: Option<String>,
    /// The error message returned if the call failed.
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
    /// Indicates whether the request was successful.
    ///
    /// Wire name: `Success`.
    pub success: Option<bool>,
}
impl rt::FromJson for StartDtsJobOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            dynamic_code: o.get("DynamicCode"),
            dynamic_message: o.get("DynamicMessage"),
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
impl rt::Response for StartDtsJobOutput {
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
/// A failure reported by the service for [`StartDtsJob`](super::StartDtsJob).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum StartDtsJobError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl StartDtsJobError {
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
impl From<crate::ErrorMeta> for StartDtsJobError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for StartDtsJobError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for StartDtsJobError {}
/// The synchronization direction. You can set this parameter to Reverse to start the reverse
/// synchronization link only when the topology of the data synchronization instance is two-way
/// synchronization.
///
/// - `Forward`: forward. This is the default value
/// - `Reverse`: reverse
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as the `DtsJobDirection` of this product's other operations, and the same
/// type: constants and `Debug` output are `DtsJobDirection`'s.
pub type SynchronizationDirection = crate::Enum<
    super::shared::enum_values::DtsJobDirection,
>;
