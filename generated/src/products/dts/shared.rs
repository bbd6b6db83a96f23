// @generated from specs/dts/*.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! Enums that several operations of this product define with the same values.
/// The precheck result.
///
/// - `Success`: The check item is passed
/// - `Failed`: The check item is not passed
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type CheckResult = crate::Enum<enum_values::CheckResult>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::CheckResult> {
    /// `Success`
    ///
    /// The check item is passed
    pub const Success: Self = Self::known("Success");
    /// `Failed`
    ///
    /// The check item is not passed
    pub const Failed: Self = Self::known("Failed");
}
/// The environment label of the DTS instance.
///
/// - `normal`: normal
/// - `online`: online
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DtsBisLabel = crate::Enum<enum_values::DtsBisLabel>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DtsBisLabel> {
    /// `normal`
    ///
    /// normal
    pub const Normal: Self = Self::known("normal");
    /// `online`
    ///
    /// online
    pub const Online: Self = Self::known("online");
}
/// The synchronization direction. This parameter is returned only when the topology of the data
/// synchronization instance is two-way synchronization.
///
/// - `Forward`: forward
/// - `Reverse`: reverse
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DtsJobDirection = crate::Enum<enum_values::DtsJobDirection>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DtsJobDirection> {
    /// `Forward`
    ///
    /// forward
    pub const Forward: Self = Self::known("Forward");
    /// `Reverse`
    ///
    /// reverse
    pub const Reverse: Self = Self::known("Reverse");
}
/// The node type of the DTS instance.
///
/// - `MIGRATION`: data migration
/// - `SYNC`: data synchronization
/// - `SUBSCRIBE`: change tracking
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
    /// `SUBSCRIBE`
    ///
    /// change tracking
    pub const Subscribe: Self = Self::known("SUBSCRIBE");
}
/// The billing method. Correction:
///
/// - `PrePaid`: subscription
/// - `PostPaid`: pay-as-you-go
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type PayType = crate::Enum<enum_values::PayType>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::PayType> {
    /// `PrePaid`
    ///
    /// subscription
    pub const PrePaid: Self = Self::known("PrePaid");
    /// `PostPaid`
    ///
    /// pay-as-you-go
    pub const PostPaid: Self = Self::known("PostPaid");
}
/// The retry target.
///
/// - `srcDB`: source database
/// - `destDB`: destination database
/// - `inner_module`: DTS internal module
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type RetryTarget = crate::Enum<enum_values::RetryTarget>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::RetryTarget> {
    /// `srcDB`
    ///
    /// source database
    pub const SrcDb: Self = Self::known("srcDB");
    /// `destDB`
    ///
    /// destination database
    pub const DestDb: Self = Self::known("destDB");
    /// `inner_module`
    ///
    /// DTS internal module
    pub const InnerModule: Self = Self::known("inner_module");
}
/// Indicates whether an SSL connection is used.
///
/// - `DISABLE`: SSL connection is not used
/// - `ENABLE_WITH_CERTIFICATE`: SSL connection is used, and a CA certificate is uploaded
/// - `ENABLE_ONLY_4_MONGODB_ALTAS`: SSL connection is used to connect to AWS MongoDB Atlas
/// - `ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256`: SCRAM-SHA-256 is used to connect to Kafka
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type SslSolutionEnum = crate::Enum<enum_values::SslSolutionEnum>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::SslSolutionEnum> {
    /// `DISABLE`
    ///
    /// SSL connection is not used
    pub const Disable: Self = Self::known("DISABLE");
    /// `ENABLE_WITH_CERTIFICATE`
    ///
    /// SSL connection is used, and a CA certificate is uploaded
    pub const EnableWithCertificate: Self = Self::known("ENABLE_WITH_CERTIFICATE");
    /// `ENABLE_ONLY_4_MONGODB_ALTAS`
    ///
    /// SSL connection is used to connect to AWS MongoDB Atlas
    pub const EnableOnly4MongodbAltas: Self = Self::known("ENABLE_ONLY_4_MONGODB_ALTAS");
    /// `ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256`
    ///
    /// SCRAM-SHA-256 is used to connect to Kafka
    pub const EnableOnly4KafkaScramSha256: Self = Self::known(
        "ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256",
    );
}
/// The synchronization direction. Default value: Forward. The value Reverse takes effect only
/// when the synchronization topology of the synchronization task is two-way synchronization.
///
/// - `Forward`: forward
/// - `Reverse`: reverse
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
///
/// The same values as [`DtsJobDirection`], and the same type: constants and `Debug` output are
/// `DtsJobDirection`'s.
pub type SynchronizationDirection = crate::Enum<enum_values::DtsJobDirection>;
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum CheckResult {}
    impl crate::EnumValues for CheckResult {
        const NAME: &'static str = "CheckResult";
        const VALUES: &'static [&'static str] = &["Success", "Failed"];
    }
    #[derive(PartialEq)]
    pub enum DtsBisLabel {}
    impl crate::EnumValues for DtsBisLabel {
        const NAME: &'static str = "DtsBisLabel";
        const VALUES: &'static [&'static str] = &["normal", "online"];
    }
    #[derive(PartialEq)]
    pub enum DtsJobDirection {}
    impl crate::EnumValues for DtsJobDirection {
        const NAME: &'static str = "DtsJobDirection";
        const VALUES: &'static [&'static str] = &["Forward", "Reverse"];
    }
    #[derive(PartialEq)]
    pub enum JobType {}
    impl crate::EnumValues for JobType {
        const NAME: &'static str = "JobType";
        const VALUES: &'static [&'static str] = &["MIGRATION", "SYNC", "SUBSCRIBE"];
    }
    #[derive(PartialEq)]
    pub enum PayType {}
    impl crate::EnumValues for PayType {
        const NAME: &'static str = "PayType";
        const VALUES: &'static [&'static str] = &["PrePaid", "PostPaid"];
    }
    #[derive(PartialEq)]
    pub enum RetryTarget {}
    impl crate::EnumValues for RetryTarget {
        const NAME: &'static str = "RetryTarget";
        const VALUES: &'static [&'static str] = &["srcDB", "destDB", "inner_module"];
    }
    #[derive(PartialEq)]
    pub enum SslSolutionEnum {}
    impl crate::EnumValues for SslSolutionEnum {
        const NAME: &'static str = "SslSolutionEnum";
        const VALUES: &'static [&'static str] = &[
            "DISABLE",
            "ENABLE_WITH_CERTIFICATE",
            "ENABLE_ONLY_4_MONGODB_ALTAS",
            "ENABLE_ONLY_4_KAFKA_SCRAM_SHA_256",
        ];
    }
}
