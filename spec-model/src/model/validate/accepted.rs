//! `audit:` entries: differences from the vendor's metadata a spec accepts on purpose. Each
//! needs a known kind, a subject and a reason; `codegen audit` matches them against what it
//! finds.

use super::*;

impl Checker<'_> {
    /// The entries of one file; `allowed` are the kinds that belong in it.
    pub(super) fn accepted(&mut self, raws: &[RawAudit], allowed: &[AuditKind]) -> Vec<Accepted> {
        let mut out: Vec<Accepted> = Vec::new();
        for (i, raw) in raws.iter().enumerate() {
            let path = format!("audit[{i}]");
            let names = || {
                allowed
                    .iter()
                    .map(|k| k.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let Some(kind) = allowed.iter().copied().find(|k| k.as_str() == raw.kind) else {
                self.err(
                    format!("{path}.kind"),
                    format!(
                        "unknown audit kind `{}` here; expected one of: {}",
                        raw.kind,
                        names()
                    ),
                );
                continue;
            };
            if raw.subject.trim().is_empty() {
                self.err(
                    format!("{path}.subject"),
                    "an audit entry names its subject (parameter, region or action)",
                );
                continue;
            }
            // A reason is the point of the entry: a word or two does not explain anything.
            if raw.why.split_whitespace().count() < 3 {
                self.err(
                    format!("{path}.why"),
                    "an audit entry says why the difference is right, in a sentence",
                );
                continue;
            }
            if out
                .iter()
                .any(|a| a.kind == kind && a.subject == raw.subject)
            {
                self.err(
                    path,
                    format!("a second `{}` entry for `{}`", raw.kind, raw.subject),
                );
                continue;
            }
            out.push(Accepted {
                kind,
                subject: raw.subject.clone(),
                why: raw.why.clone(),
            });
        }
        out
    }
}
