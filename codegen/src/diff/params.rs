//! An operation's parameters: added, removed, renamed on the wire or in Rust, and each
//! property of a kept one (signature, placement, style, required flag, default, rules).

use super::shape::{self, At, Dir};
use super::{arrow, yes_no, Found, Semver, Side, Sink, Wire};
use crate::emit::param_signature;
use crate::model::{Literal, Operation, Param, Rules};

pub fn compare(s: &mut Sink<'_>, b: &Operation, h: &Operation) {
    let mut paired = vec![false; h.params.len()];
    for (i, p) in b.params.iter().enumerate() {
        // The same wire name; else the same name in another case, or the same Rust name: a
        // rename of one side of a parameter that kept the other.
        let j = h.params.iter().position(|q| q.wire == p.wire).or_else(|| {
            h.params.iter().enumerate().position(|(j, q)| {
                !paired[j]
                    && !b.params.iter().any(|o| o.wire == q.wire)
                    && (q.wire.eq_ignore_ascii_case(&p.wire) || q.rust == p.rust)
            })
        });
        match j {
            Some(j) => {
                paired[j] = true;
                kept(s, (i, p), (j, &h.params[j]));
            }
            None => s.push(Found {
                subject: format!("parameter `{}`", p.wire),
                detail: format!("removed (setter `{}`)", p.rust),
                semver: Semver::Major,
                wire: Wire::Breaking,
                why: Some("programs that set it send a parameter the service no longer documents"),
                key: &format!("parameters[{i}]"),
                side: Side::Base,
            }),
        }
    }
    for (j, q) in h.params.iter().enumerate().filter(|(j, _)| !paired[*j]) {
        let (wire, why) = if q.required {
            (
                Wire::Breaking,
                "required: programs built before never send it, so the service refuses them",
            )
        } else {
            (
                Wire::Compatible,
                "optional, and the input struct is `#[non_exhaustive]`",
            )
        };
        s.push(Found {
            subject: format!("parameter `{}`", q.wire),
            detail: format!(
                "added, {} (setter `{}`)",
                if q.required { "required" } else { "optional" },
                q.rust
            ),
            semver: Semver::Minor,
            wire,
            why: Some(why),
            key: &format!("parameters[{j}]"),
            side: Side::Head,
        });
    }
}

/// A parameter in both sets.
fn kept(s: &mut Sink<'_>, (i, p): (usize, &Param), (j, q): (usize, &Param)) {
    let subject = format!("parameter `{}`", q.wire);
    let key = format!("parameters[{j}]");
    let push = |s: &mut Sink<'_>, detail: String, semver, wire, why, field: &str| {
        s.push(Found {
            subject: subject.clone(),
            detail,
            semver,
            wire,
            why,
            key: &format!("{key}{field}"),
            side: Side::Head,
        })
    };
    if p.wire != q.wire {
        push(
            s,
            format!("wire name {}", arrow(&p.wire, &q.wire)),
            Semver::Patch,
            Wire::Breaking,
            Some("programs built before send it under the old name"),
            ".name",
        );
    }
    if p.rust != q.rust {
        push(
            s,
            format!("setter and field renamed {}", arrow(&p.rust, &q.rust)),
            Semver::Major,
            Wire::Compatible,
            None,
            ".rust_name",
        );
    }
    // The signature follows from the type's shape and names and the style; render it (which
    // costs a token stream each) only when one of those changed.
    let (old, new) = if p.style == q.style && shape::same_shape(&p.ty, &q.ty) {
        Default::default()
    } else {
        (param_signature(p), param_signature(q))
    };
    if old != new {
        push(
            s,
            format!(
                "Rust signature: field `Option<{}>` → `Option<{}>`, setter `{}` → `{}`",
                old.0, new.0, old.1, new.1
            ),
            Semver::Major,
            shape::wire_of_type(Dir::Request, &p.ty, &q.ty),
            (shape::kind(&p.ty) != shape::kind(&q.ty))
                .then_some("the spec type changed")
                .or(Some("the generated type changed")),
            ".type",
        );
    }
    let at = At {
        subject: subject.clone(),
        base: format!("parameters[{i}]"),
        head: key.clone(),
    };
    shape::types(s, Dir::Request, &at, &p.ty, &q.ty, false);
    if p.location != q.location {
        push(
            s,
            format!("placement {}", arrow(place(p), place(q))),
            Semver::Patch,
            Wire::Breaking,
            Some("programs built before send it in the old place"),
            ".in",
        );
    }
    if p.style != q.style {
        push(
            s,
            format!("style {}", arrow(style(p), style(q))),
            Semver::Patch,
            Wire::Breaking,
            Some("programs built before encode it the old way"),
            ".style",
        );
    }
    if p.required != q.required {
        let (wire, why) = if q.required {
            (
                Wire::Breaking,
                "compiles, but programs that never set it are refused (by the client's check once rebuilt, by the service before)",
            )
        } else {
            (Wire::Compatible, "programs that set it still may")
        };
        push(
            s,
            format!("required {}", arrow(yes_no(p.required), yes_no(q.required))),
            Semver::Patch,
            wire,
            Some(why),
            ".required",
        );
    }
    if p.default != q.default {
        push(
            s,
            format!(
                "default {}",
                arrow(literal(&p.default), literal(&q.default))
            ),
            Semver::Patch,
            Wire::Compatible,
            Some("rebuilt programs that leave it unset send the new default"),
            ".default",
        );
    }
    rules(s, &subject, &key, &p.rules, &q.rules);
    if p.idempotency_token != q.idempotency_token {
        push(
            s,
            format!(
                "idempotency token filled in by the client {}",
                arrow(yes_no(p.idempotency_token), yes_no(q.idempotency_token))
            ),
            Semver::Patch,
            Wire::Compatible,
            None,
            ".idempotency_token",
        );
    }
    if p.sensitive != q.sensitive {
        push(
            s,
            format!(
                "kept out of Debug output {}",
                arrow(yes_no(p.sensitive), yes_no(q.sensitive))
            ),
            Semver::Patch,
            Wire::Compatible,
            None,
            ".sensitive",
        );
    }
    s.docs_if(&p.docs.description, &q.docs.description, &subject, &key);
    s.docs_if(&p.docs.example, &q.docs.example, &subject, &key);
    s.docs_if(&p.docs.notes, &q.docs.notes, &subject, &key);
}

/// Each rule tightened (a value sent before may be refused now: breaking on the wire) or
/// loosened (compatible). Rules are checked at run time, so neither changes the Rust API.
fn rules(s: &mut Sink<'_>, subject: &str, key: &str, a: &Rules, b: &Rules) {
    // (name, key, old, new, whether a larger value is tighter)
    let bounds = [
        (
            "min_length",
            a.min_length.map(i128::from),
            b.min_length.map(i128::from),
            true,
        ),
        (
            "max_length",
            a.max_length.map(i128::from),
            b.max_length.map(i128::from),
            false,
        ),
        (
            "minimum",
            a.minimum.map(i128::from),
            b.minimum.map(i128::from),
            true,
        ),
        (
            "maximum",
            a.maximum.map(i128::from),
            b.maximum.map(i128::from),
            false,
        ),
    ];
    let mut found = Vec::new();
    for (name, old, new, larger_is_tighter) in bounds {
        if old == new {
            continue;
        }
        let tighter = match (old, new) {
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (Some(o), Some(n)) => (n > o) == larger_is_tighter,
            (None, None) => false,
        };
        let show = |v: Option<i128>| v.map_or("none".to_owned(), |v| v.to_string());
        found.push((
            name,
            format!("{name} {}", arrow(show(old), show(new))),
            tighter,
        ));
    }
    if a.ascii != b.ascii {
        found.push((
            "ascii",
            format!("ASCII only {}", arrow(yes_no(a.ascii), yes_no(b.ascii))),
            b.ascii,
        ));
    }
    if a.format != b.format {
        let show = |f: Option<crate::model::TimeFormat>| f.map_or("none", |f| f.pattern());
        found.push((
            "format",
            format!("format {}", arrow(show(a.format), show(b.format))),
            b.format.is_some(),
        ));
    }
    for (name, detail, tighter) in found {
        s.push(Found {
            subject: subject.to_owned(),
            detail: format!(
                "{detail} ({})",
                if tighter { "tightened" } else { "loosened" }
            ),
            semver: Semver::Patch,
            wire: if tighter {
                Wire::Breaking
            } else {
                Wire::Compatible
            },
            why: Some(if tighter {
                "values programs sent before may be refused now"
            } else {
                "every value accepted before still is"
            }),
            key: &format!("{key}.{name}"),
            side: Side::Head,
        });
    }
}

fn place(p: &Param) -> &'static str {
    match p.location {
        crate::model::Location::Query => "query",
        crate::model::Location::Body => "body",
    }
}

fn style(p: &Param) -> &'static str {
    match p.style {
        crate::model::Style::Flat => "flat",
        crate::model::Style::Json => "json",
    }
}

fn literal(l: &Option<Literal>) -> String {
    match l {
        None => "none".into(),
        Some(Literal::Str(s)) => format!("{s:?}"),
        Some(Literal::Int(i)) => i.to_string(),
        Some(Literal::Bool(b)) => b.to_string(),
    }
}
