// @generated from specs/dts/*.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! Enums several operations of this product define identically, defined once.
use crate::runtime as rt;
/// The environment label of the DTS instance.
///
/// - `normal`: normal
/// - `online`: online
///
/// The list is open: other values are sent as they are.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DtsBisLabel {
    /// `normal`
    ///
    /// normal
    Normal,
    /// `online`
    ///
    /// online
    Online,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}
impl DtsBisLabel {
    /// The documented values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = &["normal", "online"];
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "normal",
            Self::Online => "online",
            Self::Unknown(v) => v,
        }
    }
    /// Whether the value is one of the documented ones.
    #[inline]
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for DtsBisLabel {
    #[inline]
    fn from(v: &str) -> Self {
        match v {
            "normal" => Self::Normal,
            "online" => Self::Online,
            other => Self::Unknown(other.to_owned()),
        }
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
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DtsJobDirection {
    /// `Forward`
    ///
    /// forward
    Forward,
    /// `Reverse`
    ///
    /// reverse
    Reverse,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}
impl DtsJobDirection {
    /// The documented values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = &["Forward", "Reverse"];
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Forward => "Forward",
            Self::Reverse => "Reverse",
            Self::Unknown(v) => v,
        }
    }
    /// Whether the value is one of the documented ones.
    #[inline]
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for DtsJobDirection {
    #[inline]
    fn from(v: &str) -> Self {
        match v {
            "Forward" => Self::Forward,
            "Reverse" => Self::Reverse,
            other => Self::Unknown(other.to_owned()),
        }
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
