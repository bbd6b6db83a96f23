//! An operation's documented error codes.

use super::*;

impl Checker<'_> {
    pub(super) fn errors(&mut self, raws: &[RawError]) -> Vec<ErrorCode> {
        let mut out = Vec::new();
        let mut codes: HashMap<&str, usize> = HashMap::new();
        let mut variants: HashMap<String, String> = HashMap::new();
        for (i, raw) in raws.iter().enumerate() {
            let path = format!("errors[{i}]");
            if !(400..=599).contains(&raw.status) {
                self.err(
                    format!("{path}.status"),
                    format!(
                        "HTTP status {} is not an error status (400-599)",
                        raw.status
                    ),
                );
            }
            if raw.code.trim().is_empty() {
                self.err(format!("{path}.code"), "error code is empty");
                continue;
            }
            if let Some(first) = codes.insert(&raw.code, i) {
                self.err(
                    format!("{path}.code"),
                    format!(
                        "duplicate error code `{}` (first at errors[{first}])",
                        raw.code
                    ),
                );
                continue;
            }
            let variant = match &raw.rust_name {
                Some(n) if !is_type_name(n) => {
                    self.err(
                        format!("{path}.rust_name"),
                        format!("`{n}` is not an UpperCamelCase variant name"),
                    );
                    continue;
                }
                Some(n) => n.clone(),
                None => match self.derived(
                    &format!("{path}.code"),
                    &raw.code,
                    camel(&raw.code),
                    "rust_name",
                ) {
                    Some(v) => v,
                    None => continue,
                },
            };
            if variant == "Unknown" {
                self.err(
                    format!("{path}.code"),
                    "variant name `Unknown` is reserved for undocumented codes; set `rust_name`",
                );
                continue;
            }
            if let Some(other) = variants.insert(variant.clone(), raw.code.clone()) {
                self.err(format!("{path}.code"), format!(
                    "error codes `{other}` and `{}` both become variant `{variant}`; set `rust_name` on one",
                    raw.code
                ));
                continue;
            }
            out.push(ErrorCode {
                status: raw.status,
                code: raw.code.clone(),
                variant,
                message: raw.message.clone(),
                description: raw.description.clone(),
                retryable: raw.retryable,
            });
        }
        out
    }
}
