//! Cross-references into the response: the failure fields and pagination paths an
//! operation names must exist and have the right types.

use super::*;

impl Checker<'_> {
    pub(super) fn resolve(
        &mut self,
        root: &Object,
        dotted: &str,
        path: &str,
    ) -> Option<(FieldPath, Type)> {
        let mut fp = FieldPath {
            wire: Vec::new(),
            rust: Vec::new(),
        };
        let mut obj = root;
        let mut segments = dotted.split('.').peekable();
        while let Some(seg) = segments.next() {
            let Some(field) = obj.fields.iter().find(|f| f.wire == seg) else {
                self.err(
                    path,
                    format!("response has no field `{dotted}` (no `{seg}`)"),
                );
                return None;
            };
            fp.wire.push(field.wire.clone());
            fp.rust.push(field.rust.clone());
            if segments.peek().is_none() {
                return Some((fp, field.ty.clone()));
            }
            let Type::Object(o) = &field.ty else {
                self.err(path, format!("`{seg}` in `{dotted}` is not an object"));
                return None;
            };
            obj = o;
        }
        None
    }

    pub(super) fn failure(&mut self, raw: &RawFailure, response: &Object) -> Option<Failure> {
        let base = "response.failure";
        let string_field =
            |c: &mut Self, key: &str, dotted: &Option<String>| -> Option<FieldPath> {
                let dotted = dotted.as_deref()?;
                let (fp, ty) = c.resolve(response, dotted, &format!("{base}.{key}"))?;
                if !matches!(&ty, Type::String)
                    && !matches!(&ty, Type::Enum(e) if e.repr == EnumRepr::Str)
                {
                    c.err(
                        format!("{base}.{key}"),
                        format!("`{dotted}` must be a string field"),
                    );
                    return None;
                }
                Some(fp)
            };
        let code = string_field(self, "code", &raw.code);
        let message = string_field(self, "message", &raw.message);
        let success = raw.success.as_deref().and_then(|dotted| {
            let (fp, ty) = self.resolve(response, dotted, &format!("{base}.success"))?;
            if !matches!(ty, Type::Bool) {
                self.err(
                    format!("{base}.success"),
                    format!("`{dotted}` must be a boolean field"),
                );
                return None;
            }
            Some(fp)
        });
        let status = raw.status.as_ref().and_then(|s| {
            let (fp, ty) = self.resolve(response, &s.field, &format!("{base}.status.field"))?;
            match &ty {
                Type::String => {}
                Type::Enum(e) if e.repr == EnumRepr::Str => {
                    for (i, ok) in s.ok.iter().enumerate() {
                        if !e.values.iter().any(|v| v.wire == Literal::Str(ok.clone())) {
                            self.err(
                                format!("{base}.status.ok[{i}]"),
                                format!("`{ok}` is not a value of `{}`", s.field),
                            );
                        }
                    }
                }
                _ => {
                    self.err(
                        format!("{base}.status.field"),
                        format!("`{}` must be a string field", s.field),
                    );
                    return None;
                }
            }
            if s.ok.is_empty() {
                self.err(
                    format!("{base}.status.ok"),
                    "list the status values that mean success",
                );
                return None;
            }
            Some((fp, s.ok.clone()))
        });
        if raw.success.is_none() && raw.status.is_none() {
            self.err(
                base,
                "`failure` needs `success` or `status` to tell failure from success",
            );
            return None;
        }
        Some(Failure {
            success,
            status,
            code,
            message,
        })
    }

    pub(super) fn pagination(
        &mut self,
        raw: &RawPagination,
        params: &[Param],
        response: &Object,
    ) -> Option<Pagination> {
        // The parameter `wire` (at `pagination.key`), if `fits` its type, by its Rust name.
        let param = |c: &mut Self, key: &str, wire: &str, what: &str, fits: fn(&Type) -> bool| {
            let Some(p) = params.iter().find(|p| p.wire == wire) else {
                c.err(
                    format!("pagination.{key}"),
                    format!("no parameter `{wire}`"),
                );
                return None;
            };
            if !fits(&p.ty) {
                c.err(
                    format!("pagination.{key}"),
                    format!("parameter `{wire}` is not {what}"),
                );
                return None;
            }
            Some((p.rust.clone(), p.ty.clone()))
        };
        let by = match (&raw.page_number, &raw.token, &raw.next_token) {
            (Some(number), None, None) => {
                let (param, ty) = param(self, "page_number", number, "a plain integer", |t| {
                    matches!(t, Type::Int(_))
                })?;
                let Type::Int(width) = ty else { return None };
                if raw.total.is_none() {
                    self.err(
                        "pagination.total",
                        "pages by number need the response's `total` to know when to stop",
                    );
                    return None;
                }
                PageBy::Number { param, width }
            }
            (None, Some(token), Some(next)) => {
                let (param, _) = param(self, "token", token, "a string", |t| {
                    matches!(t, Type::String)
                })?;
                let (next, ty) = self.resolve(response, next, "pagination.next_token")?;
                if !matches!(ty, Type::String) {
                    self.err(
                        "pagination.next_token",
                        format!("`{}` is not a string field", next.dotted()),
                    );
                    return None;
                }
                PageBy::Token { param, next }
            }
            (None, Some(_), None) | (None, None, Some(_)) => {
                self.err(
                    "pagination",
                    "pages by token need both `token` (the parameter) and `next_token` (the response field)",
                );
                return None;
            }
            _ => {
                self.err(
                    "pagination",
                    "give either `page_number` (pages by number) or `token` and `next_token` (pages by token)",
                );
                return None;
            }
        };
        let page_size = param(
            self,
            "page_size",
            &raw.page_size,
            "a plain integer",
            is_integer,
        );
        let items = self.resolve(response, &raw.items, "pagination.items");
        let total = match &raw.total {
            Some(t) => Some(self.resolve(response, t, "pagination.total")?),
            None => None,
        };
        let item_type = match &items {
            Some((_, Type::Array(item))) => match item.as_ref() {
                Type::Object(o) => Some(o.name.clone()),
                _ => {
                    self.err(
                        "pagination.items",
                        format!("`{}` must be an array of objects", raw.items),
                    );
                    None
                }
            },
            Some(_) => {
                self.err(
                    "pagination.items",
                    format!("`{}` is not an array", raw.items),
                );
                None
            }
            None => None,
        };
        let total = match total {
            Some((path, Type::Int(width))) => Some((path, width)),
            Some((path, _)) => {
                self.err(
                    "pagination.total",
                    format!("`{}` is not an integer field", path.dotted()),
                );
                return None;
            }
            None => None,
        };
        Some(Pagination {
            by,
            page_size: page_size?.0,
            items: items?.0,
            item_type: item_type?,
            total,
        })
    }
}
