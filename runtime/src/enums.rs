//! The value inside every generated string enum: a documented value, kept as the `'static`
//! text of the enum's table, or another one the service sent, kept as sent. Equality,
//! hashing, `Debug` and serialisation are written once here, for the generated crate's generic
//! `Enum` that every generated string enum is an alias of.

use std::fmt;

/// A string enum's value. Made only by [`EnumText::known`] (for the documented constants)
/// and [`EnumText::new`] (which looks the text up in the documented values first), so the
/// same text is always the same value: derived equality and hashing are by text.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct EnumText(Repr);

// Derived (structural) equality is what lets the generated constants be `match` patterns.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    Known(&'static str),
    Other(Box<str>),
}

impl EnumText {
    /// A documented value (the generated constants).
    pub const fn known(text: &'static str) -> EnumText {
        EnumText(Repr::Known(text))
    }

    /// `text` as one of `values` when it is one of them, else as it is.
    pub fn new(text: &str, values: &'static [&'static str]) -> EnumText {
        match values.iter().find(|v| **v == text) {
            Some(v) => EnumText(Repr::Known(v)),
            None => EnumText(Repr::Other(text.into())),
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Known(s) => s,
            Repr::Other(s) => s,
        }
    }

    /// Whether the value is a documented one.
    pub fn is_known(&self) -> bool {
        matches!(self.0, Repr::Known(_))
    }
}

/// Shown as the text, quoted: `Engine("MySQL")`.
impl fmt::Debug for EnumText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl serde::Serialize for EnumText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::EnumText;
    use std::collections::HashSet;

    const VALUES: &[&str] = &["MySQL", "PostgreSQL"];

    #[test]
    fn the_same_text_is_the_same_value() {
        let parsed = EnumText::new("MySQL", VALUES);
        assert_eq!(parsed, EnumText::known("MySQL"));
        assert!(parsed.is_known());
        let other = EnumText::new("Oracle", VALUES);
        assert!(!other.is_known());
        assert_eq!(other.as_str(), "Oracle");
        assert_ne!(other, parsed);
        assert_eq!(other, EnumText::new("Oracle", VALUES));
        let set: HashSet<_> = [parsed, EnumText::known("MySQL"), other]
            .into_iter()
            .collect();
        assert_eq!(set.len(), 2, "hashing agrees with equality");
        assert_eq!(format!("{:?}", EnumText::known("MySQL")), "\"MySQL\"");
        assert_eq!(
            serde_json::to_string(&EnumText::new("x", VALUES)).unwrap(),
            "\"x\""
        );
    }

    #[test]
    fn constants_are_patterns() {
        const MYSQL: EnumText = EnumText::known("MySQL");
        let matched = |t: &EnumText| matches!(*t, MYSQL);
        assert!(matched(&EnumText::new("MySQL", VALUES)));
        assert!(!matched(&EnumText::new("mysql", VALUES)));
    }
}
