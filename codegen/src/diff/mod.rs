//! `codegen diff`: what a spec change means for the crate's users. Two spec sets are loaded
//! with the same reader and validator and their models compared; every change carries two
//! verdicts, as `buf breaking` separates them:
//!
//! - [`Semver`]: for Rust code using the crate, read off what the generator emits (a removed
//!   setter or field breaks, a new optional parameter adds, a new enum value adds a constant);
//! - [`Wire`]: whether a program built before the change still sends what the service now
//!   accepts and still reads what it now answers (a parameter becoming required compiles, but
//!   programs that never set it are refused).
//!
//! [`base`] finds the spec set to compare with (a git revision or a folder); `params` and
//! `answers` compare an operation's two sides, `shape` the types in them; [`render`] prints
//! the report.

mod answers;
pub mod base;
mod params;
pub mod render;
mod shape;

use crate::model::{Model, Operation, Product};
use crate::spec::{locate::PathIndex, SpecFile};
use std::collections::BTreeMap;

/// What a change means for code that uses the crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Semver {
    /// Nothing a program's code can notice (documentation, behaviour inside a call).
    Patch,
    /// Something new; existing code compiles as before.
    Minor,
    /// Existing code may no longer compile.
    Major,
}

impl Semver {
    pub fn as_str(self) -> &'static str {
        match self {
            Semver::Patch => "none",
            Semver::Minor => "addition",
            Semver::Major => "breaking",
        }
    }
}

/// What a change means for programs built before it, talking to the service after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Wire {
    Compatible,
    Breaking,
}

impl Wire {
    pub fn as_str(self) -> &'static str {
        match self {
            Wire::Compatible => "compatible",
            Wire::Breaking => "breaking",
        }
    }
}

/// Which spec set a change's location is in: the base for what was removed, the working
/// tree for everything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Base,
    Head,
}

/// One change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The product's code.
    pub product: String,
    /// The operation's action, or `None` for the product itself.
    pub operation: Option<String>,
    /// What changed: "parameter `DbList`", "response field `Items.Status`".
    pub subject: String,
    /// How: "required: no → yes".
    pub detail: String,
    pub semver: Semver,
    pub wire: Wire,
    /// Why the verdicts are what they are, where that is not plain from the detail.
    pub why: Option<String>,
    /// Only documentation changed: counted, listed on request.
    pub docs_only: bool,
    /// The spec file (as read: `specs/rds/X.yaml`, `HEAD:specs/rds/X.yaml`), its key path and
    /// which set it is in.
    pub file: String,
    pub key: String,
    pub side: Side,
    /// 1-based line of `key` in `file`, filled in by [`diff`].
    pub line: Option<usize>,
}

/// Every change between two spec sets, breaking ones first.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub changes: Vec<Change>,
}

impl Report {
    /// The changes other than documentation.
    pub fn listed(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|c| !c.docs_only)
    }

    pub fn docs_only(&self) -> usize {
        self.changes.iter().filter(|c| c.docs_only).count()
    }

    /// The strongest semver verdict: what the next version must be.
    pub fn semver(&self) -> Semver {
        self.changes
            .iter()
            .map(|c| c.semver)
            .max()
            .unwrap_or(Semver::Patch)
    }

    pub fn wire(&self) -> Wire {
        self.changes
            .iter()
            .map(|c| c.wire)
            .max()
            .unwrap_or(Wire::Compatible)
    }

    pub fn count(&self, semver: Semver) -> usize {
        self.listed().filter(|c| c.semver == semver).count()
    }

    pub fn wire_breaking(&self) -> usize {
        self.listed().filter(|c| c.wire == Wire::Breaking).count()
    }
}

/// Where changes are written while two models are walked: the product, operation and file
/// they belong to come from here.
pub(crate) struct Sink<'a> {
    product: &'a str,
    operation: Option<&'a str>,
    /// The operation's (or product's) file in the base and in the working tree.
    files: (&'a str, &'a str),
    changes: Vec<Change>,
}

/// One change before it is placed: subject, detail, verdicts, and where in which file.
pub(crate) struct Found<'k> {
    pub subject: String,
    pub detail: String,
    pub semver: Semver,
    pub wire: Wire,
    pub why: Option<&'static str>,
    pub key: &'k str,
    pub side: Side,
}

impl<'a> Sink<'a> {
    fn new(product: &'a str, operation: Option<&'a str>, files: (&'a str, &'a str)) -> Self {
        Sink {
            product,
            operation,
            files,
            changes: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, f: Found<'_>) {
        let file = match f.side {
            Side::Base => self.files.0,
            Side::Head => self.files.1,
        };
        self.changes.push(Change {
            product: self.product.to_owned(),
            operation: self.operation.map(str::to_owned),
            subject: f.subject,
            detail: f.detail,
            semver: f.semver,
            wire: f.wire,
            why: f.why.map(str::to_owned),
            docs_only: false,
            file: file.to_owned(),
            key: f.key.to_owned(),
            side: f.side,
            line: None,
        });
    }

    /// A documentation change at `key` of the working tree's file.
    pub(crate) fn docs(&mut self, subject: String, detail: &str, key: &str) {
        self.push(Found {
            subject,
            detail: detail.to_owned(),
            semver: Semver::Patch,
            wire: Wire::Compatible,
            why: None,
            key,
            side: Side::Head,
        });
        if let Some(c) = self.changes.last_mut() {
            c.docs_only = true;
        }
    }

    /// A documentation change when `a != b`.
    pub(crate) fn docs_if<T: PartialEq>(&mut self, a: &T, b: &T, subject: &str, key: &str) {
        if a != b {
            self.docs(subject.to_owned(), "documentation changed", key);
        }
    }
}

/// "a → b" for a detail line.
pub(crate) fn arrow(a: impl std::fmt::Display, b: impl std::fmt::Display) -> String {
    format!("{a} → {b}")
}

pub(crate) fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// Compares two loaded spec sets; `files` are their texts, to give each change its line
/// (documentation-only changes get theirs only when `docs` asks for them to be listed: a
/// line costs a second parse of its file).
pub fn diff(base: (&Model, &[SpecFile]), head: (&Model, &[SpecFile]), docs: bool) -> Report {
    let mut changes = Vec::new();
    let old: BTreeMap<&str, &Product> = base.0.products.iter().map(|p| (&*p.code, p)).collect();
    let new: BTreeMap<&str, &Product> = head.0.products.iter().map(|p| (&*p.code, p)).collect();
    for (code, b) in &old {
        match new.get(code) {
            Some(h) => changes.extend(product(b, h)),
            None => changes.extend(presence(
                (code, None, &b.source),
                format!("product `{code}`"),
                format!(
                    "removed, with its {} operations (feature `{}`)",
                    b.operations.len(),
                    b.feature
                ),
                Side::Base,
                "its module and feature are gone; its operations no longer exist",
            )),
        }
    }
    for (code, h) in new.iter().filter(|(code, _)| !old.contains_key(*code)) {
        changes.extend(presence(
            (code, None, &h.source),
            format!("product `{code}`"),
            format!(
                "added, with {} operations (feature `{}`)",
                h.operations.len(),
                h.feature
            ),
            Side::Head,
            "",
        ));
    }
    locate(&mut changes, base.1, head.1, docs);
    changes.sort_by(|a, b| {
        (b.semver, b.wire)
            .cmp(&(a.semver, a.wire))
            .then_with(|| a.product.cmp(&b.product))
            .then_with(|| a.operation.cmp(&b.operation))
            .then_with(|| a.file.cmp(&b.file))
            .then_with(|| a.line.cmp(&b.line))
    });
    Report { changes }
}

/// Gives each change its file as the reader named it (`specs/rds/X.yaml`,
/// `HEAD~1:specs/rds/X.yaml`) and its line, indexing each file once and only if a listed
/// change is in it.
fn locate(changes: &mut [Change], base: &[SpecFile], head: &[SpecFile], docs: bool) {
    let by_rel = |files: &'_ [SpecFile]| -> BTreeMap<String, usize> {
        files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.rel.clone(), i))
            .collect()
    };
    let (base_at, head_at) = (by_rel(base), by_rel(head));
    let mut indexes: BTreeMap<(bool, usize), PathIndex> = BTreeMap::new();
    for c in changes.iter_mut() {
        let in_base = c.side == Side::Base;
        let (files, at) = if in_base {
            (base, &base_at)
        } else {
            (head, &head_at)
        };
        let Some(&i) = at.get(&c.file) else {
            continue;
        };
        if docs || !c.docs_only {
            let index = indexes
                .entry((in_base, i))
                .or_insert_with(|| PathIndex::build(&files[i].text));
            c.line = index.find(&c.key).map(|p| p.line);
        }
        c.file = files[i].path.display().to_string();
    }
}

/// A product or operation that is in one set only: added (an addition, compatible) or removed
/// (breaking both ways, for `why`).
fn presence(
    (code, operation, source): (&str, Option<&str>, &str),
    subject: String,
    detail: String,
    side: Side,
    why: &'static str,
) -> Vec<Change> {
    let mut s = Sink::new(code, operation, (source, source));
    let (semver, wire) = match side {
        Side::Head => (Semver::Minor, Wire::Compatible),
        Side::Base => (Semver::Major, Wire::Breaking),
    };
    s.push(Found {
        subject,
        detail,
        semver,
        wire,
        why: (!why.is_empty()).then_some(why),
        key: if operation.is_some() {
            "action"
        } else {
            "code"
        },
        side,
    });
    s.changes
}

fn product(b: &Product, h: &Product) -> Vec<Change> {
    let mut s = Sink::new(&h.code, None, (&b.source, &h.source));
    let code = &h.code;
    if b.module != h.module || b.feature != h.feature {
        s.push(Found {
            subject: format!("product `{code}`"),
            detail: format!(
                "module and feature {}",
                arrow(
                    format!("`{}`/`{}`", b.module, b.feature),
                    format!("`{}`/`{}`", h.module, h.feature)
                )
            ),
            semver: Semver::Major,
            wire: Wire::Compatible,
            why: Some("code naming the old module or enabling the old feature no longer builds"),
            key: "module",
            side: Side::Head,
        });
    }
    let wire_fact = |s: &mut Sink<'_>, what: &str, key: &str, a: &str, c: &str| {
        if a != c {
            s.push(Found {
                subject: format!("product `{code}`"),
                detail: format!("{what} {}", arrow(a, c)),
                semver: Semver::Patch,
                wire: Wire::Breaking,
                why: Some("programs built before send every request the old way"),
                key,
                side: Side::Head,
            });
        }
    };
    wire_fact(&mut s, "API version", "version", &b.version, &h.version);
    wire_fact(
        &mut s,
        "endpoint prefix",
        "endpoint.prefix",
        &b.endpoint.prefix,
        &h.endpoint.prefix,
    );
    // A region's host as each side would reach it: its own entry, else the rule.
    let host = |p: &Product, region: &str| {
        p.endpoint
            .regions
            .get(region)
            .cloned()
            .unwrap_or_else(|| format!("{}.{region}.aliyuncs.com", p.endpoint.prefix))
    };
    let regions: std::collections::BTreeSet<&String> = b
        .endpoint
        .regions
        .keys()
        .chain(h.endpoint.regions.keys())
        .collect();
    for r in regions {
        let (old, new) = (host(b, r), host(h, r));
        if old != new {
            s.push(Found {
                subject: format!("endpoint of region `{r}`"),
                detail: arrow(&old, &new),
                semver: Semver::Patch,
                wire: Wire::Breaking,
                why: Some("programs built before still call the old host: breaking unless it still answers"),
                key: &format!("endpoint.regions.{r}"),
                side: Side::Head,
            });
        } else if b.endpoint.regions.get(r) != h.endpoint.regions.get(r) {
            s.docs(
                format!("endpoint of region `{r}`"),
                "listed or unlisted, same host as the rule",
                "endpoint.regions",
            );
        }
    }
    s.docs_if(&b.name, &h.name, "product name", "name");
    s.docs_if(&b.notes, &h.notes, "product notes", "notes");
    s.docs_if(&b.audit, &h.audit, "product audit entries", "audit");
    let mut changes = s.changes;

    let old: BTreeMap<&str, &Operation> = b.operations.iter().map(|o| (&*o.action, o)).collect();
    let new: BTreeMap<&str, &Operation> = h.operations.iter().map(|o| (&*o.action, o)).collect();
    for (action, o) in &old {
        match new.get(action) {
            Some(n) => changes.extend(operation(code, o, n)),
            None => changes.extend(presence(
                (code, Some(action), &o.source),
                format!("operation `{action}`"),
                format!("removed (`Client::{}`)", o.module),
                Side::Base,
                "its method, input and output types are gone",
            )),
        }
    }
    for (action, n) in new.iter().filter(|(a, _)| !old.contains_key(*a)) {
        changes.extend(presence(
            (code, Some(action), &n.source),
            format!("operation `{action}`"),
            format!("added (`Client::{}`)", n.module),
            Side::Head,
            "",
        ));
    }
    changes
}

fn operation(code: &str, b: &Operation, h: &Operation) -> Vec<Change> {
    let mut s = Sink::new(code, Some(&h.action), (&b.source, &h.source));
    let subject = || format!("operation `{}`", h.action);
    if b.module != h.module || b.name != h.name {
        s.push(Found {
            subject: subject(),
            detail: format!(
                "Rust name {}",
                arrow(
                    format!("`{}`/`{}`", b.module, b.name),
                    format!("`{}`/`{}`", h.module, h.name)
                )
            ),
            semver: Semver::Major,
            wire: Wire::Compatible,
            why: Some("the client method, module and types are renamed"),
            key: "rust_name",
            side: Side::Head,
        });
    }
    if b.method != h.method {
        s.push(Found {
            subject: subject(),
            detail: format!(
                "HTTP method {}",
                arrow(b.method.as_str(), h.method.as_str())
            ),
            semver: Semver::Patch,
            wire: Wire::Breaking,
            why: Some("programs built before send it with the old method"),
            key: "method",
            side: Side::Head,
        });
    }
    if b.idempotent != h.idempotent {
        let (wire, why) = if h.idempotent {
            (
                Wire::Compatible,
                "rebuilt programs also retry network failures and 5xx",
            )
        } else {
            (
                Wire::Breaking,
                "programs built before retry it after network failures and 5xx, which may now repeat its effect",
            )
        };
        s.push(Found {
            subject: subject(),
            detail: format!(
                "idempotent {}",
                arrow(yes_no(b.idempotent), yes_no(h.idempotent))
            ),
            semver: Semver::Patch,
            wire,
            why: Some(why),
            key: "idempotent",
            side: Side::Head,
        });
    }
    s.docs_if(&b.summary, &h.summary, "summary", "summary");
    s.docs_if(&b.description, &h.description, "description", "description");
    s.docs_if(&b.deprecated, &h.deprecated, "deprecation", "deprecated");
    s.docs_if(&b.notes, &h.notes, "notes", "notes");
    s.docs_if(&b.audit, &h.audit, "audit entries", "audit");
    s.docs_if(
        &b.example,
        &h.example,
        "response example",
        "response.example",
    );
    let ram = |o: &Operation| {
        o.ram
            .as_ref()
            .map(|r| (r.action.clone(), r.access_level.clone(), r.resource.clone()))
    };
    s.docs_if(&ram(b), &ram(h), "RAM authorization", "ram");
    params::compare(&mut s, b, h);
    answers::compare(&mut s, b, h);
    s.changes
}
