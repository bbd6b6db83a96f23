//! The two open-enum types every generated enum is an alias of. A generated enum is
//! `pub type Engine = Enum<enum_values::Engine>`: a marker type holding the documented values,
//! and one inherent impl holding a constant per value. Everything else (equality, hashing,
//! `Debug`, `Display`, conversions, JSON) is implemented once here, generically, instead of
//! once per enum: with thousands of enums, those per-enum impls were most of the crate's
//! compile time (BENCHMARKS.md, round two).

use crate::runtime as rt;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

/// The documented values of a string enum, for [`Enum`]. Implemented by the generated
/// marker types; not meant to be implemented elsewhere.
pub trait EnumValues {
    /// The enum's name, for `Debug`.
    const NAME: &'static str;
    /// The documented values, as sent on the wire.
    const VALUES: &'static [&'static str];
}

/// The documented values of an integer enum, for [`IntEnum`]. Implemented by the generated
/// marker types; not meant to be implemented elsewhere.
pub trait IntEnumValues<I: 'static> {
    /// The enum's name, for `Debug`.
    const NAME: &'static str;
    /// The documented values.
    const VALUES: &'static [I];
}

/// An open string enum: one of the documented values (the constants of each generated enum,
/// which are also `match` patterns) or any other text the service sends, kept as sent.
///
/// Equal values are equal and hash alike, whether made from a constant or from text.
///
/// ```
/// # #[cfg(feature = "rds")] {
/// use alicloud_migration::rds::describe_imports_from_database::Engine;
///
/// let engine = Engine::from("SQLServer");
/// assert_eq!(engine, Engine::SqlServer);
/// let oracle = Engine::from("Oracle"); // not documented: kept as sent
/// assert!(!oracle.is_known());
/// assert_eq!(oracle.as_str(), "Oracle");
/// let name = match engine {
///     Engine::MySql => "MySQL",
///     Engine::SqlServer => "SQL Server",
///     _ => "another engine",
/// };
/// assert_eq!(name, "SQL Server");
/// # }
/// ```
// Derived equality (bounded on the marker, which derives it too) is what lets the constants be
// `match` patterns; the other impls are written out to need nothing more of the marker.
#[derive(PartialEq)]
pub struct Enum<V>(rt::EnumText, PhantomData<V>);

impl<V: PartialEq> Eq for Enum<V> {}

impl<V> Enum<V> {
    /// A documented value: the generated constants.
    #[allow(dead_code, reason = "a spec set may have no string enum to call it")]
    pub(crate) const fn known(text: &'static str) -> Self {
        Enum(rt::EnumText::known(text), PhantomData)
    }

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

impl<V: EnumValues> Enum<V> {
    /// The documented values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = V::VALUES;
}

impl<V> Clone for Enum<V> {
    #[inline]
    fn clone(&self) -> Self {
        Enum(self.0.clone(), PhantomData)
    }
}

impl<V> Hash for Enum<V> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state)
    }
}

/// `Engine("MySQL")`, as a derived `Debug` of a newtype would print it.
impl<V: EnumValues> fmt::Debug for Enum<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple(V::NAME).field(&self.as_str()).finish()
    }
}

impl<V> fmt::Display for Enum<V> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A documented value when the text is one, else the text as it is.
impl<V: EnumValues> From<&str> for Enum<V> {
    #[inline]
    fn from(v: &str) -> Self {
        Enum(rt::EnumText::new(v, V::VALUES), PhantomData)
    }
}

impl<V: EnumValues> From<String> for Enum<V> {
    #[inline]
    fn from(v: String) -> Self {
        Self::from(v.as_str())
    }
}

impl<V: EnumValues> rt::FromJson for Enum<V> {
    #[inline]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        rt::json::string_enum(v)
    }
}

impl<V> AsRef<str> for Enum<V> {
    #[inline]
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

/// From a string, as `From<&str>` makes it: for programs that keep these values in their own
/// serde types (configuration, state files).
impl<'de, V: EnumValues> serde::Deserialize<'de> for Enum<V> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Self::from)
    }
}

impl<V> serde::Serialize for Enum<V> {
    #[inline]
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// An open integer enum (`I` is `i32` or `i64`): one of the documented values (the
/// constants of each generated enum, which are also `match` patterns) or any other number.
#[derive(PartialEq)]
pub struct IntEnum<I, V>(I, PhantomData<V>);

impl<I: Eq, V: PartialEq> Eq for IntEnum<I, V> {}

impl<I: Copy, V> IntEnum<I, V> {
    /// A documented value: the generated constants.
    #[allow(dead_code, reason = "a spec set may have no integer enum to call it")]
    pub(crate) const fn known(value: I) -> Self {
        IntEnum(value, PhantomData)
    }

    /// The value as sent on the wire.
    #[inline]
    pub fn value(&self) -> I {
        self.0
    }
}

impl<I: Copy + PartialEq + 'static, V: IntEnumValues<I>> IntEnum<I, V> {
    /// The documented values.
    pub const VALUES: &'static [I] = V::VALUES;

    /// Whether the value is one of the documented ones.
    #[inline]
    pub fn is_known(&self) -> bool {
        V::VALUES.contains(&self.0)
    }
}

impl<I: Copy, V> Clone for IntEnum<I, V> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: Copy, V> Copy for IntEnum<I, V> {}

impl<I: Hash, V> Hash for IntEnum<I, V> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state)
    }
}

/// `Mode(1)`, as a derived `Debug` of a newtype would print it.
impl<I: fmt::Debug + 'static, V: IntEnumValues<I>> fmt::Debug for IntEnum<I, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple(V::NAME).field(&self.0).finish()
    }
}

/// The value as a wider integer (`i64::from(PageSize::V30)`), as the encoder takes it.
impl<I: Into<i64>, V> From<IntEnum<I, V>> for i64 {
    #[inline]
    fn from(v: IntEnum<I, V>) -> i64 {
        v.0.into()
    }
}

impl<I: fmt::Display, V> fmt::Display for IntEnum<I, V> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// Any number: the list is open.
impl<I, V> From<I> for IntEnum<I, V> {
    #[inline]
    fn from(v: I) -> Self {
        IntEnum(v, PhantomData)
    }
}

/// The number in decimal, surrounding whitespace ignored.
impl<I: std::str::FromStr, V> std::str::FromStr for IntEnum<I, V> {
    type Err = I::Err;
    #[inline]
    fn from_str(v: &str) -> Result<Self, Self::Err> {
        v.trim().parse::<I>().map(Self::from)
    }
}

/// Read as the integer is: a number or a numeric string, and `""` for no value.
impl<I: rt::FromJson, V> rt::FromJson for IntEnum<I, V> {
    #[inline]
    fn from_json(v: serde_json::Value) -> Result<Self, rt::JsonError> {
        I::from_json(v).map(Self::from)
    }

    fn empty_is_none() -> bool {
        I::empty_is_none()
    }
}

/// From a number, any number: the list is open.
impl<'de, I: serde::Deserialize<'de>, V> serde::Deserialize<'de> for IntEnum<I, V> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        I::deserialize(d).map(Self::from)
    }
}

impl<I: serde::Serialize, V> serde::Serialize for IntEnum<I, V> {
    #[inline]
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}
