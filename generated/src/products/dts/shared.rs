// @generated from specs/dts/*.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! Enums several operations of this product define identically, defined once.
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
#[doc(hidden)]
#[allow(missing_debug_implementations)]
pub mod enum_values {
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
}
