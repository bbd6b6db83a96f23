//! Rust names from wire names: case conversion with heck, keyword escaping, and the checks
//! that a name the user chose is a usable identifier.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Keywords (strict and reserved, all editions) that need `r#` in identifier position.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers: they get a trailing underscore instead.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// A field, function or module name: `DBInstanceId` → `db_instance_id`.
pub fn snake(wire: &str) -> String {
    escape(fix_leading_digit(wire.to_snake_case(), "n"))
}

/// A type or variant name: `InvalideStatus.Format` → `InvalideStatusFormat`, `30` → `V30`.
pub fn camel(wire: &str) -> String {
    escape(fix_leading_digit(wire.to_upper_camel_case(), "V"))
}

fn fix_leading_digit(name: String, prefix: &str) -> String {
    match name.chars().next() {
        Some(c) if c.is_ascii_digit() => format!("{prefix}{name}"),
        _ => name,
    }
}

/// `type` → `r#type`, `self` → `self_`.
pub fn escape(name: String) -> String {
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// Whether `name` is a plain identifier (ASCII letters, digits, `_`, not starting with a digit).
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether a user-chosen type name is UpperCamelCase and not a keyword.
pub fn is_type_name(name: &str) -> bool {
    is_identifier(name)
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && !name.contains('_')
        && !NOT_RAW.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_vendor_names() {
        assert_eq!(snake("DBInstanceId"), "db_instance_id");
        assert_eq!(snake("ImportResultFromDB"), "import_result_from_db");
        assert_eq!(snake("UpdateDISyncTask"), "update_di_sync_task");
        assert_eq!(snake("Type"), "r#type");
        assert_eq!(snake("Self"), "self_");
        assert_eq!(camel("InvalideStatus.Format"), "InvalideStatusFormat");
        assert_eq!(camel("RETRY_IMPORT"), "RetryImport");
        assert_eq!(camel("30"), "V30");
        assert_eq!(camel("self"), "Self_");
        assert!(is_type_name("DbListEntry"));
        assert!(!is_type_name("db_list"));
        assert!(!is_type_name("9Lives"));
    }
}
