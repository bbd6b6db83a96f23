//! What an operation answers and how a program reads it: the response fields (at any depth),
//! the in-body failure rule, the error codes, the paginator and the waiters.

use super::shape::{self, At, Dir};
use super::{arrow, yes_no, Found, Semver, Side, Sink, Wire};
use crate::model::{Failure, FieldPath, Operation, PageBy, Pagination, Waiter};

pub fn compare(s: &mut Sink<'_>, b: &Operation, h: &Operation) {
    let root = At {
        subject: "response".into(),
        base: "response".into(),
        head: "response".into(),
    };
    shape::objects(s, Dir::Response, &root, &b.response, &h.response);
    failure(s, &b.failure, &h.failure);
    errors(s, b, h);
    pagination(s, &b.pagination, &h.pagination);
    waiters(s, &b.waiters, &h.waiters);
}

fn failure(s: &mut Sink<'_>, a: &Option<Failure>, b: &Option<Failure>) {
    let text = |f: &Option<Failure>| {
        f.as_ref().map(|f| {
            let path = |p: &Option<FieldPath>| p.as_ref().map(FieldPath::dotted);
            format!(
                "success {:?}, status {:?}, code {:?}, message {:?}",
                path(&f.success),
                f.status.as_ref().map(|(p, ok)| (p.dotted(), ok.clone())),
                path(&f.code),
                path(&f.message)
            )
        })
    };
    let (old, new) = (text(a), text(b));
    if old == new {
        return;
    }
    let (detail, wire, why) = match (&old, &new) {
        (None, Some(_)) => (
            "a failure reported inside a 200 answer: rule added",
            Wire::Breaking,
            "programs built before take such a failure for a success",
        ),
        (Some(_), None) => (
            "a failure reported inside a 200 answer: rule removed",
            Wire::Compatible,
            "the old rule finds nothing to flag in answers without it",
        ),
        _ => (
            "a failure reported inside a 200 answer: rule changed",
            Wire::Breaking,
            "programs built before read failures by the old rule",
        ),
    };
    s.push(Found {
        subject: "in-body failure".into(),
        detail: format!(
            "{detail} ({})",
            arrow(
                old.as_deref().unwrap_or("none"),
                new.as_deref().unwrap_or("none")
            )
        ),
        semver: Semver::Patch,
        wire,
        why: Some(why),
        key: "response.failure",
        side: Side::Head,
    });
}

fn errors(s: &mut Sink<'_>, b: &Operation, h: &Operation) {
    for (i, e) in b.errors.iter().enumerate() {
        let subject = format!("error `{}`", e.code);
        let Some(j) = h.errors.iter().position(|f| f.code == e.code) else {
            s.push(Found {
                subject,
                detail: format!("removed (variant `{}`)", e.variant),
                semver: Semver::Major,
                wire: Wire::Compatible,
                why: Some("code matching the variant no longer compiles; the service may still send the code, read as an unknown error"),
                key: &format!("errors[{i}]"),
                side: Side::Base,
            });
            continue;
        };
        let f = &h.errors[j];
        let key = format!("errors[{j}]");
        let mut push = |detail: String, semver, key: &str| {
            s.push(Found {
                subject: subject.clone(),
                detail,
                semver,
                wire: Wire::Compatible,
                why: None,
                key,
                side: Side::Head,
            })
        };
        if e.variant != f.variant {
            push(
                format!("variant renamed {}", arrow(&e.variant, &f.variant)),
                Semver::Major,
                &format!("{key}.rust_name"),
            );
        }
        if e.status != f.status {
            push(
                format!("HTTP status {}", arrow(e.status, f.status)),
                Semver::Patch,
                &format!("{key}.status"),
            );
        }
        if e.retryable != f.retryable {
            push(
                format!(
                    "retried by the client {}",
                    arrow(yes_no(e.retryable), yes_no(f.retryable))
                ),
                Semver::Patch,
                &format!("{key}.retryable"),
            );
        }
        s.docs_if(&e.message, &f.message, &subject, &key);
        s.docs_if(&e.description, &f.description, &subject, &key);
    }
    for (j, f) in h.errors.iter().enumerate() {
        if !b.errors.iter().any(|e| e.code == f.code) {
            s.push(Found {
                subject: format!("error `{}`", f.code),
                detail: format!("added (variant `{}`)", f.variant),
                semver: Semver::Minor,
                wire: Wire::Compatible,
                why: Some("the error enum is `#[non_exhaustive]`; programs built before read it as an unknown error"),
                key: &format!("errors[{j}]"),
                side: Side::Head,
            });
        }
    }
}

fn pagination(s: &mut Sink<'_>, a: &Option<Pagination>, b: &Option<Pagination>) {
    // What a program built for one side asks and reads to walk the pages.
    let walk = |p: &Pagination| {
        let by = match &p.by {
            PageBy::Number { param, .. } => format!("page number `{param}`"),
            PageBy::Token { param, next } => {
                format!("token `{param}`, next token `{}`", next.dotted())
            }
        };
        let total = p.total.as_ref().map_or("no total".to_owned(), |(t, _)| {
            format!("total `{}`", t.dotted())
        });
        format!(
            "{by}, page size `{}`, items `{}`, {total}",
            p.page_size,
            p.items.dotted()
        )
    };
    let (detail, semver, wire, why) = match (a, b) {
        (None, None) => return,
        (None, Some(p)) => (
            format!("added ({})", walk(p)),
            Semver::Minor,
            Wire::Compatible,
            "`paginate()` is available for the operation",
        ),
        (Some(p), None) => (
            format!("removed ({})", walk(p)),
            Semver::Major,
            Wire::Compatible,
            "code calling `paginate()` no longer compiles",
        ),
        (Some(p), Some(q)) => {
            let (old, new) = (walk(p), walk(q));
            if old == new && p.item_type == q.item_type {
                return;
            }
            let semver = if p.item_type != q.item_type {
                Semver::Major
            } else {
                Semver::Patch
            };
            (
                format!("changed: {}", arrow(old, new)),
                semver,
                Wire::Breaking,
                "programs built before walk the pages by the old fields",
            )
        }
    };
    let side = if b.is_some() { Side::Head } else { Side::Base };
    s.push(Found {
        subject: "paginator".into(),
        detail,
        semver,
        wire,
        why: Some(why),
        key: "pagination",
        side,
    });
}

fn waiters(s: &mut Sink<'_>, a: &[Waiter], b: &[Waiter]) {
    for (i, w) in a.iter().enumerate() {
        let subject = format!("waiter `wait_until_{}`", w.name);
        let Some(j) = b.iter().position(|v| v.name == w.name) else {
            s.push(Found {
                subject,
                detail: "removed".into(),
                semver: Semver::Major,
                wire: Wire::Compatible,
                why: Some("code calling it no longer compiles"),
                key: &format!("waiters[{i}]"),
                side: Side::Base,
            });
            continue;
        };
        let v = &b[j];
        let rule = |w: &Waiter| {
            let path: Vec<&str> = w.state.iter().map(|p| p.wire.as_str()).collect();
            format!(
                "state `{}`, success {:?}, failure {:?}, input {:?}, delay {}-{} s, limit {} s",
                path.join("."),
                w.success,
                w.failure,
                w.input.iter().map(|(wire, _)| wire).collect::<Vec<_>>(),
                w.min_delay,
                w.max_delay,
                w.timeout
            )
        };
        let (old, new) = (rule(w), rule(v));
        if old != new {
            s.push(Found {
                subject: subject.clone(),
                detail: format!("changed: {}", arrow(old, new)),
                semver: Semver::Patch,
                wire: Wire::Compatible,
                why: Some("rebuilt programs wait by the new rule; the requests are the same"),
                key: &format!("waiters[{j}]"),
                side: Side::Head,
            });
        }
        s.docs_if(
            &w.description,
            &v.description,
            &subject,
            &format!("waiters[{j}]"),
        );
        s.docs_if(
            &w.pending,
            &v.pending,
            &subject,
            &format!("waiters[{j}].pending"),
        );
    }
    for (j, v) in b.iter().enumerate() {
        if !a.iter().any(|w| w.name == v.name) {
            s.push(Found {
                subject: format!("waiter `wait_until_{}`", v.name),
                detail: "added".into(),
                semver: Semver::Minor,
                wire: Wire::Compatible,
                why: None,
                key: &format!("waiters[{j}]"),
                side: Side::Head,
            });
        }
    }
}
