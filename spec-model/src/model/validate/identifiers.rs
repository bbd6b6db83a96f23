//! Names: wire names, and the Rust names derived from them or given in the spec.

use super::*;

/// The longest module name, in bytes: file systems allow 255 for a file name.
const MAX_FILE_STEM: usize = 128;

impl Checker<'_> {
    pub(super) fn rust_field_name(&mut self, raw: &RawField, path: &str) -> Option<String> {
        match &raw.rust_name {
            Some(n) if !names::is_identifier(n) || n.chars().any(|c| c.is_ascii_uppercase()) => {
                self.err(
                    format!("{path}.rust_name"),
                    format!("`{n}` is not a snake_case Rust identifier"),
                );
                None
            }
            Some(n) => Some(names::escape(n.clone())),
            None => {
                let wire = raw.name.as_deref().unwrap_or_default();
                self.derived(&format!("{path}.name"), wire, snake(wire), "rust_name")
            }
        }
    }

    /// A name derived from a wire name must be a plain ASCII identifier; when case conversion
    /// leaves nothing usable (`-`, `$`, non-ASCII), the spec must choose one.
    pub(super) fn derived(
        &mut self,
        path: &str,
        wire: &str,
        name: String,
        key: &str,
    ) -> Option<String> {
        if names::is_identifier(name.trim_start_matches("r#")) {
            Some(name)
        } else {
            self.err(
                path,
                format!("`{wire}` gives no usable Rust name (`{name}`); set `{key}`"),
            );
            None
        }
    }

    /// A name that becomes a file or folder name of the generated crate (`<module>.rs`) must
    /// fit every file system's limit (255 bytes), with room for the extension.
    pub(super) fn file_name(&mut self, path: &str, name: &str) {
        let name = name.trim_start_matches("r#");
        if name.len() > MAX_FILE_STEM {
            self.err(
                path,
                format!(
                    "`{}…` gives a module name of {} bytes; modules become file names, limited to {MAX_FILE_STEM} here: set a shorter name",
                    name.chars().take(32).collect::<String>(),
                    name.len()
                ),
            );
        }
    }

    /// Wire names are sent as they are: no whitespace or control characters.
    pub(super) fn wire_name(&mut self, path: &str, wire: &str) -> bool {
        let ok = !wire.is_empty() && !wire.chars().any(|c| c.is_whitespace() || c.is_control());
        if !ok {
            self.err(path, format!("{wire:?} is not a usable wire name (empty, or with whitespace or control characters)"));
        }
        ok
    }

    pub(super) fn type_name(
        &mut self,
        raw: &RawField,
        path: &str,
        hint: &str,
        taken: &mut Taken,
    ) -> Option<String> {
        let name = match &raw.type_name {
            Some(n) if !is_type_name(n) => {
                self.err(
                    format!("{path}.type_name"),
                    format!("`{n}` is not an UpperCamelCase Rust type name"),
                );
                return None;
            }
            Some(n) => n.clone(),
            None => self.derived(path, hint, camel(hint), "type_name")?,
        };
        // Reported, but the type is kept so that later checks do not cascade from it.
        if PRELUDE.contains(&name.as_str()) {
            self.err(path, format!("type name `{name}` would hide the standard `{name}` the generated code uses; set `type_name`"));
        }
        // A clash is reported but the type is kept, so later checks do not cascade from it.
        if let Some(first) = taken.get(&name) {
            let at = if raw.type_name.is_some() {
                format!("{path}.type_name")
            } else {
                path.to_owned()
            };
            self.err(
                at,
                format!(
                "type name `{name}` is already used by {first}; set `type_name` to tell them apart"
            ),
            );
        } else {
            taken.insert(name.clone(), path.to_owned());
        }
        Some(name)
    }
}
