//! Waiters: the parameters they require exist, the state path reaches a string field, and
//! every state they name is one the page documents (a value of that field's enum).

use super::*;
use crate::model::names::is_identifier;

impl Checker<'_> {
    pub(super) fn waiters(
        &mut self,
        raws: &[RawWaiter],
        (raw_params, params): (&[RawField], &[Param]),
        response: &Object,
        taken: &mut Taken,
    ) -> Vec<Waiter> {
        let mut names = BTreeSet::new();
        raws.iter()
            .enumerate()
            .filter_map(|(i, raw)| {
                let w = self.waiter(
                    raw,
                    &format!("waiters[{i}]"),
                    (raw_params, params),
                    response,
                    taken,
                )?;
                if !names.insert(w.name.clone()) {
                    self.err(
                        format!("waiters[{i}].name"),
                        format!("waiter `{}` is defined twice", w.name),
                    );
                    return None;
                }
                Some(w)
            })
            .collect()
    }

    fn waiter(
        &mut self,
        raw: &RawWaiter,
        path: &str,
        (raw_params, params): (&[RawField], &[Param]),
        response: &Object,
        taken: &mut Taken,
    ) -> Option<Waiter> {
        let mut ok = true;
        if !is_identifier(&raw.name) || snake(&raw.name) != raw.name {
            self.err(
                format!("{path}.name"),
                format!(
                    "`{}` is not a snake_case name (the method is `wait_until_<name>`)",
                    raw.name
                ),
            );
            ok = false;
        }
        let type_name = format!("{}Waiter", camel(&raw.name));
        if let Some(owner) = taken.insert(type_name.clone(), path.to_owned()) {
            self.err(
                format!("{path}.name"),
                format!("the waiter's type `{type_name}` is already used by {owner}"),
            );
            ok = false;
        }
        let mut input = Vec::new();
        for (j, wire) in raw.input.iter().enumerate() {
            match params.iter().find(|p| &p.wire == wire) {
                Some(p) => input.push((p.wire.clone(), p.rust.clone())),
                // Defined but rejected by its own checks, which name the problem.
                None if raw_params.iter().any(|r| r.name.as_deref() == Some(wire)) => ok = false,
                None => {
                    self.err(
                        format!("{path}.input[{j}]"),
                        format!("the operation has no parameter `{wire}`"),
                    );
                    ok = false;
                }
            }
        }
        let (state, values, state_is_enum) =
            self.state_path(response, &raw.state, &format!("{path}.state"))?;
        let mut seen = BTreeSet::new();
        for (key, list) in [
            ("success", &raw.success),
            ("failure", &raw.failure),
            ("pending", &raw.pending),
        ] {
            for (j, s) in list.iter().enumerate() {
                let at = format!("{path}.{key}[{j}]");
                if let Some(values) = &values {
                    if !values.contains(s) {
                        self.err(
                            &at,
                            format!(
                                "`{s}` is not a documented value of `{}` ({})",
                                raw.state,
                                values.join(", ")
                            ),
                        );
                        ok = false;
                    }
                }
                if !seen.insert(s.as_str()) {
                    self.err(&at, format!("state `{s}` is listed twice"));
                    ok = false;
                }
            }
        }
        if values.is_none() {
            self.err(
                format!("{path}.state"),
                format!(
                    "`{}` has no documented values (no `enum`): a waiter's states must come from the page",
                    raw.state
                ),
            );
            ok = false;
        }
        if raw.success.is_empty() {
            self.err(
                format!("{path}.success"),
                "list the states that end the wait successfully",
            );
            ok = false;
        }
        if raw.delay.min == 0 || raw.delay.max < raw.delay.min {
            self.err(
                format!("{path}.delay"),
                format!(
                    "delays must satisfy 1 <= min <= max (seconds); got min {} and max {}",
                    raw.delay.min, raw.delay.max
                ),
            );
            ok = false;
        }
        if raw.timeout < raw.delay.min {
            self.err(
                format!("{path}.timeout"),
                format!(
                    "the time limit ({} s) is shorter than the first delay ({} s)",
                    raw.timeout, raw.delay.min
                ),
            );
            ok = false;
        }
        ok.then(|| Waiter {
            name: raw.name.clone(),
            type_name,
            description: raw.description.clone(),
            input,
            state,
            state_is_enum,
            success: raw.success.clone(),
            failure: raw.failure.clone(),
            pending: raw.pending.clone(),
            min_delay: raw.delay.min,
            max_delay: raw.delay.max,
            timeout: raw.timeout,
        })
    }

    /// The steps to a string field, through objects and arrays (an array step reads its first
    /// item), with the field's documented values when it is an enum.
    fn state_path(
        &mut self,
        root: &Object,
        dotted: &str,
        path: &str,
    ) -> Option<(Vec<StateStep>, Option<Vec<String>>, bool)> {
        let mut steps = Vec::new();
        let mut obj = root;
        let segments: Vec<&str> = dotted.split('.').collect();
        for (i, seg) in segments.iter().enumerate() {
            let Some(field) = obj.fields.iter().find(|f| f.wire == *seg) else {
                self.err(
                    path,
                    format!("response has no field `{dotted}` (no `{seg}`)"),
                );
                return None;
            };
            let (ty, array) = match &field.ty {
                Type::Array(inner) => (inner.as_ref(), true),
                other => (other, false),
            };
            steps.push(StateStep {
                rust: field.rust.clone(),
                wire: field.wire.clone(),
                array,
            });
            if i + 1 == segments.len() {
                return match ty {
                    Type::String => Some((steps, None, false)),
                    Type::Enum(e) if e.repr == EnumRepr::Str => {
                        let values = e
                            .values
                            .iter()
                            .map(|v| match &v.wire {
                                Literal::Str(s) => s.clone(),
                                other => other.to_string(),
                            })
                            .collect();
                        Some((steps, Some(values), true))
                    }
                    _ => {
                        self.err(path, format!("`{dotted}` is not a string field"));
                        None
                    }
                };
            }
            let Type::Object(o) = ty else {
                self.err(
                    path,
                    format!("`{seg}` in `{dotted}` is not an object or an array of objects"),
                );
                return None;
            };
            obj = o;
        }
        None
    }
}
