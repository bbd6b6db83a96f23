// @generated from specs/rds/CancelImport.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! `CancelImport`: Cancels the migration task of RDS instances.
//!
//! This operation is applicable to the dedicated CPU instances and dedicated hosts of MySQL and
//! SQL Server. For more information about the migration task, see
//! ImportDatabaseBetweenInstances. This operation is not applicable to SQL Server 2017 Cluster
//! Edition instances.
//!
//! POST ApsaraDB RDS (`Rds`), API version `2014-08-15`. Idempotent: network failures and server
//! errors are retried.
//!
//! Notes on the documentation:
//!
//! - The page lists AccessKeyId as a parameter: it is a common parameter of the legacy
//!   signature scheme, carried by the signer (in the Authorization header under V3), not an
//!   operation parameter. Action likewise travels in the x-acs-action header.
//! - The page documents no operation-specific error codes ("see the API Error Center"); errors
//!   arrive as the unknown-code variant with their code and message intact.
//! - The JSON sample shows the RequestId with a leading space (" 17F57FEE-..."), a slip of the
//!   page; the value is kept as sent.
//! - The official RDS SDK dropped CancelImport in 2024; the documented API is still supported
//!   here. Cancelling a task twice leaves it cancelled, so retrying is safe.
//! - That SDK's CancelImportRequest also has OwnerAccount, OwnerId, ResourceOwnerAccount and
//!   ResourceOwnerId, the account parameters the official SDKs carry on most RDS operations. No
//!   page documents them and neither metadata snapshot lists them for any operation, so no spec
//!   has them.
use crate::runtime as rt;
pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
    product: &super::PRODUCT,
    action: "CancelImport",
    method: "POST",
    idempotent: true,
    retryable_codes: &[],
    params: &[
        rt::Param::query("DBInstanceId").required(),
        rt::Param::query("ImportId").required(),
        rt::Param::query("ResourceGroupId"),
    ],
};
/// `CancelImport`: Cancels the migration task of RDS instances.
///
/// Made by [`Client::cancel_import`](super::Client::cancel_import); set parameters, then
/// [`send`](crate::Call::send).
pub type CancelImport = crate::Call<CancelImportInput>;
impl<M> crate::Call<CancelImportInput, M> {
    /// Sets `DBInstanceId` (required): see [`CancelImportInput::db_instance_id`].
    #[inline]
    pub fn db_instance_id(mut self, value: impl Into<String>) -> Self {
        self.input.db_instance_id = Some(value.into());
        self
    }
    /// Sets `ImportId` (required): see [`CancelImportInput::import_id`].
    #[inline]
    pub fn import_id(mut self, value: i32) -> Self {
        self.input.import_id = Some(value);
        self
    }
    /// Sets `ResourceGroupId` (optional): see [`CancelImportInput::resource_group_id`].
    #[inline]
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.input.resource_group_id = Some(value.into());
        self
    }
}
/// The parameters of [`CancelImport`](super::CancelImport).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CancelImportInput {
    /// The ID of the instance.
    ///
    /// Required. Sent as `DBInstanceId` in the query string.
    ///
    /// Example: `rm-uf6wjk5xxxxxxx`
    pub db_instance_id: Option<String>,
    /// The ID of the migration task. This parameter is returned when the migration task is
    /// initiated. For more information, see ImportDatabaseBetweenInstances.
    ///
    /// Required. Sent as `ImportId` in the query string.
    ///
    /// Example: `8562584`
    pub import_id: Option<i32>,
    /// The ID of the resource group.
    ///
    /// Optional. Sent as `ResourceGroupId` in the query string.
    ///
    /// Example: `rg-acfmy****`
    ///
    /// Not in the reference page's table. The last official RDS SDK that has the operation
    /// (alibabacloud-rds20140815 6.0.1) carries it in CancelImportRequest as an optional query
    /// parameter, sent when set; DescibeImportsFromDatabase's request model has it too.
    pub resource_group_id: Option<String>,
}
impl Default for CancelImportInput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn default() -> Self {
        Self {
            db_instance_id: None,
            import_id: None,
            resource_group_id: None,
        }
    }
}
impl rt::OperationInput for CancelImportInput {
    type Output = CancelImportOutput;
    type Error = CancelImportError;
    const META: &'static rt::OperationMeta = &OPERATION;
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn values(&self) -> Vec<rt::Value<'_>> {
        vec![
            rt::text(&self.db_instance_id),
            rt::int(&self.import_id),
            rt::text(&self.resource_group_id),
        ]
    }
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn finish(done: rt::Exchanged) -> Result<Self::Output, crate::Error<Self::Error>> {
        rt::finish(done)
    }
}
/// What `CancelImport` returns.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelImportOutput {
    /// The ID of the request.
    ///
    /// Example: `17F57FEE-EA4F-4337-8D2E-9C23CAA63D74`
    ///
    /// Wire name: `RequestId`.
    pub request_id: Option<String>,
}
impl rt::FromJson for CancelImportOutput {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        let mut o = rt::json::Fields::new(v);
        let value = Self {
            request_id: o.get("RequestId"),
        };
        match o.done() {
            Ok(()) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
impl rt::Response for CancelImportOutput {}
/// A failure reported by the service for [`CancelImport`](super::CancelImport).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum CancelImportError {
    /// A code this operation's documentation does not list; the code is in the metadata.
    Unknown(crate::ErrorMeta),
}
impl CancelImportError {
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
impl From<crate::ErrorMeta> for CancelImportError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn from(meta: crate::ErrorMeta) -> Self {
        Self::Unknown(meta)
    }
}
impl std::fmt::Display for CancelImportError {
    #[cfg_attr(not(feature = "precompiled-operations"), inline)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.meta(), f)
    }
}
impl std::error::Error for CancelImportError {}
