// @generated from specs/dts/*.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! Enums several operations of this product define identically, defined once.
use crate::runtime as rt;
/// The environment label of the DTS instance.
///
/// - `normal`: normal
/// - `online`: online
///
/// The list is open: other values are sent as they are.
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DtsBisLabel(rt::EnumText);
#[allow(non_upper_case_globals)]
impl DtsBisLabel {
    /// `normal`
    ///
    /// normal
    pub const Normal: Self = Self(rt::EnumText::known("normal"));
    /// `online`
    ///
    /// online
    pub const Online: Self = Self(rt::EnumText::known("online"));
    /// The documented values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = &["normal", "online"];
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
    /// Whether the value is one of the documented ones.
    #[inline]
    pub fn is_known(&self) -> bool {
        self.0.is_known()
    }
}
impl From<&str> for DtsBisLabel {
    #[inline]
    fn from(v: &str) -> Self {
        Self(rt::EnumText::new(v, Self::VALUES))
    }
}
impl From<String> for DtsBisLabel {
    #[inline]
    fn from(v: String) -> Self {
        Self::from(v.as_str())
    }
}
impl std::fmt::Display for DtsBisLabel {
    #[inline]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// The synchronization direction. This parameter is returned only when the topology of the data
/// synchronization instance is two-way synchronization.
///
/// - `Forward`: forward
/// - `Reverse`: reverse
///
/// Values the documentation does not list are kept as sent: compare with the constants, or read
/// [`is_known`](Self::is_known) and the wire value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DtsJobDirection(rt::EnumText);
#[allow(non_upper_case_globals)]
impl DtsJobDirection {
    /// `Forward`
    ///
    /// forward
    pub const Forward: Self = Self(rt::EnumText::known("Forward"));
    /// `Reverse`
    ///
    /// reverse
    pub const Reverse: Self = Self(rt::EnumText::known("Reverse"));
    /// The documented values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = &["Forward", "Reverse"];
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
    /// Whether the value is one of the documented ones.
    #[inline]
    pub fn is_known(&self) -> bool {
        self.0.is_known()
    }
}
impl From<&str> for DtsJobDirection {
    #[inline]
    fn from(v: &str) -> Self {
        Self(rt::EnumText::new(v, Self::VALUES))
    }
}
impl From<String> for DtsJobDirection {
    #[inline]
    fn from(v: String) -> Self {
        Self::from(v.as_str())
    }
}
impl std::fmt::Display for DtsJobDirection {
    #[inline]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl rt::FromJson for DtsJobDirection {
    #[inline]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        rt::json::string_enum(v)
    }
}
