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
        let param = |c: &mut Self, key: &str, wire: &str| -> Option<String> {
            let Some(p) = params.iter().find(|p| p.wire == wire) else {
                c.err(
                    format!("pagination.{key}"),
                    format!("no parameter `{wire}`"),
                );
                return None;
            };
            let ok = if key == "page_number" {
                matches!(p.ty, Type::Int(_))
            } else {
                is_integer(&p.ty)
            };
            if !ok {
                c.err(
                    format!("pagination.{key}"),
                    format!("parameter `{wire}` is not a plain integer"),
                );
                return None;
            }
            Some(p.rust.clone())
        };
        let page_number = param(self, "page_number", &raw.page_number);
        let page_size = param(self, "page_size", &raw.page_size);
        let items = self.resolve(response, &raw.items, "pagination.items");
        let total = self.resolve(response, &raw.total, "pagination.total");
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
        if let Some((_, ty)) = &total {
            if !matches!(ty, Type::Int(_)) {
                self.err(
                    "pagination.total",
                    format!("`{}` is not an integer field", raw.total),
                );
                return None;
            }
        }
        let (total, ty) = total?;
        Some(Pagination {
            page_number: page_number?,
            page_size: page_size?,
            items: items?.0,
            item_type: item_type?,
            total,
            total_width: match ty {
                Type::Int(w) => w,
                _ => IntWidth::I64,
            },
        })
    }
}
