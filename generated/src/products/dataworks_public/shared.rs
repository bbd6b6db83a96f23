// @generated from specs/dataworks_public/*.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! Enums that several operations of this product define with the same values.
/// The creation status of the data synchronization task.
///
/// - `success`: The operation succeeded.
/// - `fail`: The operation failed; Message says why.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type DataStatus = crate::Enum<enum_values::DataStatus>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::DataStatus> {
    /// `success`
    ///
    /// The operation succeeded.
    pub const Success: Self = Self::known("success");
    /// `fail`
    ///
    /// The operation failed; Message says why.
    pub const Fail: Self = Self::known("fail");
}
/// The type of task that you want to create in Data Integration in asynchronous mode.
/// DI_REALTIME: real-time synchronization task DI_SOLUTION: another type of synchronization
/// task DataWorks allows you to create real-time synchronization tasks and other types of
/// synchronization tasks in Data Integration only in asynchronous mode.
///
/// - `DI_OFFLINE`:
/// - `DI_REALTIME`:
/// - `DI_SOLUTION`:
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
pub type TaskType = crate::Enum<enum_values::TaskType>;
#[allow(non_upper_case_globals)]
impl crate::Enum<enum_values::TaskType> {
    /// `DI_OFFLINE`
    pub const DiOffline: Self = Self::known("DI_OFFLINE");
    /// `DI_REALTIME`
    pub const DiRealtime: Self = Self::known("DI_REALTIME");
    /// `DI_SOLUTION`
    pub const DiSolution: Self = Self::known("DI_SOLUTION");
}
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
    #[derive(PartialEq)]
    pub enum DataStatus {}
    impl crate::EnumValues for DataStatus {
        const NAME: &'static str = "DataStatus";
        const VALUES: &'static [&'static str] = &["success", "fail"];
    }
    #[derive(PartialEq)]
    pub enum TaskType {}
    impl crate::EnumValues for TaskType {
        const NAME: &'static str = "TaskType";
        const VALUES: &'static [&'static str] = &[
            "DI_OFFLINE",
            "DI_REALTIME",
            "DI_SOLUTION",
        ];
    }
}
