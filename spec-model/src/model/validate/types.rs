//! Types: scalars, enums, objects, arrays and maps, on the request or response side.

use super::*;

impl Checker<'_> {
    /// The type of a parameter, field, array item or map value. `top` is true for top-level
    /// parameters, the only place where request-only keys are allowed.
    pub(super) fn ty(
        &mut self,
        raw: &RawField,
        path: &str,
        hint: &str,
        side: Side,
        top: bool,
        taken: &mut Taken,
    ) -> Option<Type> {
        let Some(name) = raw.ty.as_deref() else {
            self.err(path, format!("missing `type` (one of: {TYPES})"));
            return None;
        };
        let is_str = name == "string";
        let is_int = matches!(name, "int32" | "int64");
        self.misplaced(raw, path, side, top);
        let ty = match name {
            "string" | "int32" | "int64" if raw.values.is_some() => {
                let repr = match name {
                    "string" => EnumRepr::Str,
                    "int32" => EnumRepr::Int(IntWidth::I32),
                    _ => EnumRepr::Int(IntWidth::I64),
                };
                let def = self.enum_def(raw, path, hint, repr, taken)?;
                Type::Enum(Box::new(def))
            }
            "string" => Type::String,
            "int32" => Type::Int(IntWidth::I32),
            "int64" => Type::Int(IntWidth::I64),
            "boolean" => Type::Bool,
            "float" => Type::Float,
            "json" => Type::Json,
            "object" => {
                let fields = raw.fields.as_deref().unwrap_or_default();
                let additional = raw.additional.unwrap_or(false);
                if raw.fields.is_none() && !additional {
                    self.err(path, "object has no `fields`; list them, or set `additional: true` for a free-form object");
                }
                let type_name = self.type_name(raw, path, hint, taken)?;
                let fields = self.object_fields(fields, &format!("{path}.fields"), side, taken);
                // Undescribed objects are described by their field's name (array items and
                // map values by their container, in `item_description`).
                let description = raw
                    .description
                    .clone()
                    .or_else(|| raw.name.as_ref().map(|n| format!("The value of `{n}`.")));
                Type::Object(Box::new(Object {
                    name: type_name,
                    fields,
                    additional,
                    description,
                }))
            }
            "array" => {
                let Some(items) = &raw.items else {
                    self.err(path, "array has no `items` type");
                    return None;
                };
                let mut item =
                    self.ty(items, &format!("{path}.items"), hint, side, false, taken)?;
                item_description(&mut item, "One item of", raw);
                Type::Array(Box::new(item))
            }
            "map" => {
                let Some(values) = &raw.map_values else {
                    self.err(path, "map has no `values` type");
                    return None;
                };
                let hint = format!("{hint}Entry");
                let mut value =
                    self.ty(values, &format!("{path}.values"), &hint, side, false, taken)?;
                item_description(&mut value, "One value of", raw);
                Type::Map(Box::new(value))
            }
            other => {
                self.err(
                    format!("{path}.type"),
                    format!("unknown type `{other}`; expected one of: {TYPES}"),
                );
                return None;
            }
        };
        if raw.format.is_some() && !is_str {
            self.err(format!("{path}.format"), "`format` applies only to strings");
        }
        if (raw.min_length.is_some() || raw.max_length.is_some() || raw.ascii.is_some()) && !is_str
        {
            self.err(
                path,
                "`min_length`, `max_length` and `ascii` apply only to strings",
            );
        }
        if (raw.minimum.is_some() || raw.maximum.is_some()) && !is_int {
            self.err(
                path,
                "`minimum` and `maximum` apply only to int32 and int64",
            );
        }
        if raw.values.is_some() && !(is_str || is_int) {
            self.err(
                format!("{path}.enum"),
                "`enum` applies only to string, int32 and int64",
            );
        }
        if raw.open.is_some() && raw.values.is_none() {
            self.err(
                format!("{path}.open"),
                "`open` applies only to a parameter or field with `enum`",
            );
        }
        if raw.items.is_some() && name != "array" {
            self.err(format!("{path}.items"), "`items` applies only to arrays");
        }
        if raw.map_values.is_some() && name != "map" {
            self.err(format!("{path}.values"), "`values` applies only to maps");
        }
        if (raw.fields.is_some() || raw.additional.is_some()) && name != "object" {
            self.err(path, "`fields` and `additional` apply only to objects");
        }
        if raw.type_name.is_some() && !(name == "object" || raw.values.is_some()) {
            self.err(
                format!("{path}.type_name"),
                "`type_name` applies only to objects and enums",
            );
        }
        Some(ty)
    }

    /// Keys that only top-level request parameters may carry: nested values are neither
    /// placed nor checked on their own.
    pub(super) fn misplaced(&mut self, raw: &RawField, path: &str, side: Side, top: bool) {
        if top {
            return;
        }
        let keys = [
            (raw.location.is_some(), "in"),
            (raw.required.is_some(), "required"),
            (raw.default.is_some(), "default"),
            (raw.idempotency_token.is_some(), "idempotency_token"),
            (raw.sensitive.is_some(), "sensitive"),
            (raw.style.is_some(), "style"),
            (raw.min_length.is_some(), "min_length"),
            (raw.max_length.is_some(), "max_length"),
            (raw.ascii.is_some(), "ascii"),
            (raw.minimum.is_some(), "minimum"),
            (raw.maximum.is_some(), "maximum"),
        ];
        let where_ = match side {
            Side::Response => "response fields",
            Side::Request => "fields nested inside a parameter",
        };
        for (_, key) in keys.iter().filter(|(set, _)| *set) {
            self.err(
                path,
                format!("`{key}` is only for top-level request parameters, not {where_}"),
            );
        }
    }

    pub(super) fn enum_def(
        &mut self,
        raw: &RawField,
        path: &str,
        hint: &str,
        repr: EnumRepr,
        taken: &mut Taken,
    ) -> Option<EnumDef> {
        let raws = raw.values.as_deref().unwrap_or_default();
        if raws.is_empty() {
            self.err(
                format!("{path}.enum"),
                "enum has no values; list at least one or remove `enum`",
            );
            return None;
        }
        let name = self.type_name(raw, path, hint, taken)?;
        let mut values = Vec::new();
        let mut variants: HashMap<String, String> = HashMap::new();
        let mut seen: Vec<Literal> = Vec::new();
        for (i, v) in raws.iter().enumerate() {
            let vpath = format!("{path}.enum[{i}]");
            let wire = match (repr, &v.value) {
                (EnumRepr::Str, Value::String(s)) => Literal::Str(s.clone()),
                (EnumRepr::Int(w), Value::Number(n)) if n.as_i64().is_some_and(|n| fits(n, w)) => {
                    Literal::Int(n.as_i64().unwrap_or_default())
                }
                (EnumRepr::Str, other) => {
                    self.err(
                        &vpath,
                        format!(
                            "enum value {} is a {}, but the type is string (quote it)",
                            show(other),
                            kind(other)
                        ),
                    );
                    continue;
                }
                (EnumRepr::Int(w), other) => {
                    self.err(
                        &vpath,
                        format!("enum value {} is not an {}", show(other), width_name(w)),
                    );
                    continue;
                }
            };
            if seen.contains(&wire) {
                self.err(&vpath, format!("duplicate enum value {}", show(&v.value)));
                continue;
            }
            seen.push(wire.clone());
            let variant = match (&v.rust_name, &wire) {
                (Some(n), _) if !is_type_name(n) => {
                    self.err(
                        format!("{vpath}.rust_name"),
                        format!("`{n}` is not an UpperCamelCase variant name"),
                    );
                    continue;
                }
                (Some(n), _) => n.clone(),
                (None, Literal::Str(s)) => match self.derived(&vpath, s, camel(s), "rust_name") {
                    Some(v) => v,
                    None => continue,
                },
                (None, Literal::Int(n)) => camel(&n.to_string()),
                (None, Literal::Bool(_)) => continue,
            };
            if variant.is_empty() {
                self.err(
                    &vpath,
                    "enum value gives an empty Rust name; set `rust_name`",
                );
                continue;
            }
            let shown = show(&v.value);
            if let Some(other) = variants.insert(variant.clone(), shown.clone()) {
                self.err(&vpath, format!(
                    "enum values {other} and {shown} both become variant `{variant}`; set `rust_name` on one"
                ));
                continue;
            }
            values.push(EnumValue {
                wire,
                variant,
                description: v.description.clone(),
            });
        }
        Some(EnumDef {
            name,
            repr,
            values,
            open: raw.open.unwrap_or(false),
            description: raw.description.clone(),
        })
    }

    pub(super) fn object_fields(
        &mut self,
        raws: &[RawField],
        path: &str,
        side: Side,
        taken: &mut Taken,
    ) -> Vec<Field> {
        let mut out = Vec::new();
        let mut wires: HashMap<&str, usize> = HashMap::new();
        let mut rusts: HashMap<String, String> = HashMap::new();
        for (i, raw) in raws.iter().enumerate() {
            let fpath = format!("{path}[{i}]");
            let Some(wire) = raw.name.as_deref() else {
                self.err(&fpath, "field has no `name`");
                continue;
            };
            if !self.wire_name(&format!("{fpath}.name"), wire) {
                continue;
            }
            if let Some(first) = wires.insert(wire, i) {
                self.err(
                    format!("{fpath}.name"),
                    format!("duplicate field `{wire}` (first at {path}[{first}])"),
                );
                continue;
            }
            let Some(rust) = self.rust_field_name(raw, &fpath) else {
                continue;
            };
            if let Some(other) = rusts.insert(rust.clone(), wire.to_owned()) {
                self.err(format!("{fpath}.name"), format!(
                    "fields `{other}` and `{wire}` both become Rust name `{rust}`; set `rust_name` on one"
                ));
                continue;
            }
            if rust == "extra" {
                self.err(format!("{fpath}.name"), "field name `extra` is reserved for the keys of `additional: true` objects; set `rust_name`");
                continue;
            }
            let format = self.format(raw, &fpath);
            let Some(ty) = self.ty(raw, &fpath, wire, side, false, taken) else {
                continue;
            };
            out.push(Field {
                wire: wire.to_owned(),
                rust,
                ty,
                docs: docs(raw),
                format,
            });
        }
        out
    }
}

/// An object that is an array item or map value and has no description of its own is
/// described by its container, so every generated type has documentation.
pub(super) fn item_description(item: &mut Type, what: &str, container: &RawField) {
    if let Type::Object(o) = item {
        if o.description.is_none() {
            let name = container.name.as_deref().unwrap_or("the list");
            o.description = Some(match &container.description {
                Some(d) => format!("{what} `{name}`. {d}"),
                None => format!("{what} `{name}`."),
            });
        }
    }
}
