//! Raw specs → model. Every check runs on every file; each problem is recorded with the file
//! and key path it concerns, and positions are filled in afterwards by `spec::locate`.

use super::names::{camel, is_type_name, snake};
use super::*;
use crate::spec::raw::*;
use serde_yaml::Value;
use std::collections::{BTreeSet, HashMap};

/// One problem: which file (index into the caller's list), where in it, what.
#[derive(Debug)]
pub struct Problem {
    pub file: usize,
    pub path: String,
    pub message: String,
}

/// A parsed product folder: the product file and its operation files, as indices into the
/// caller's file list.
pub struct ProductInput<'a> {
    pub folder: &'a str,
    pub product: Option<(usize, &'a str, &'a RawProduct)>,
    pub operations: Vec<(usize, &'a str, &'a RawOperation)>,
}

const TYPES: &str = "string, int32, int64, boolean, float, json, object, array, map";

/// Parameters that belong to the signing scheme, not to any operation.
const COMMON_PARAMS: &[&str] = &[
    "Action",
    "Version",
    "AccessKeyId",
    "Signature",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "SignatureType",
    "Timestamp",
    "Format",
    "SecurityToken",
];

/// Names the runtime's `Call` (every operation's builder) uses for its own methods.
const BUILDER_METHODS: &[&str] = &["send", "build", "input", "input_mut", "paginate", "clone"];

/// Standard names the generated code uses unqualified, which a generated type must not hide.
const PRELUDE: &[&str] = &[
    "Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Into", "From", "Default",
];

/// Names the generated product client uses for its own methods.
const CLIENT_METHODS: &[&str] = &[
    "new",
    "from_env",
    "endpoint",
    "with_timeouts",
    "with_retry",
    "clone",
];

pub fn validate(folders: &[ProductInput<'_>]) -> (Model, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut products = Vec::new();
    let mut modules: HashMap<String, (usize, String)> = HashMap::new();
    let codes: HashMap<&str, &str> = folders
        .iter()
        .filter_map(|f| f.product.map(|(_, _, p)| (p.code.as_str(), f.folder)))
        .collect();

    for folder in folders {
        let product = match folder.product {
            Some((file, rel, raw)) => {
                let mut c = Checker {
                    file,
                    problems: &mut problems,
                };
                let p = c.product(rel, raw);
                if let Some((_, code)) = modules.get(&p.module) {
                    c.err("code", format!(
                        "product module `{}` is already used by product `{code}`; set `module` to a different name",
                        p.module
                    ));
                } else {
                    modules.insert(p.module.clone(), (file, p.code.clone()));
                }
                Some(p)
            }
            None => {
                for &(file, _, _) in &folder.operations {
                    Checker {
                        file,
                        problems: &mut problems,
                    }
                    .err(
                        "",
                        format!(
                            "folder `{}` has no product.yaml describing its product",
                            folder.folder
                        ),
                    );
                }
                None
            }
        };
        let Some(mut product) = product else { continue };

        // Operations naming a product no folder defines. When none of the folder's operations
        // names its code, `code` in product.yaml most likely changed, so that file is named
        // too (once), beside each operation's own problem.
        let mut orphans = Vec::new();
        let mut matched = false;
        let mut actions: HashMap<String, String> = HashMap::new();
        let mut op_modules: HashMap<String, String> = HashMap::new();
        let mut exports: HashMap<String, String> = HashMap::new();
        for &(file, rel, raw) in &folder.operations {
            let mut c = Checker {
                file,
                problems: &mut problems,
            };
            matched |= raw.product == product.code;
            if raw.product != product.code {
                match codes.get(raw.product.as_str()) {
                    Some(other) => c.err("product", format!(
                        "operation is in folder `{}` (product `{}`) but names product `{}` of folder `{other}`",
                        folder.folder, product.code, raw.product
                    )),
                    None => {
                        c.err("product", format!(
                            "unknown product `{}`; known products: {}",
                            raw.product,
                            codes.keys().copied().collect::<BTreeSet<_>>().into_iter().collect::<Vec<_>>().join(", ")
                        ));
                        orphans.push((rel, raw.product.as_str()));
                    }
                }
            }
            let Some(op) = c.operation(rel, raw) else {
                continue;
            };
            if CLIENT_METHODS.contains(&op.module.as_str()) {
                c.err("action", format!(
                    "action `{}` becomes client method `{}`, which the client uses for itself; set `rust_name`",
                    op.action, op.module
                ));
                continue;
            }
            if op.module == crate::emit::SHARED_MODULE {
                c.err("action", format!(
                    "action `{}` becomes module `{}`, which holds the product's shared enums; set `rust_name`",
                    op.action, op.module
                ));
                continue;
            }
            for suffix in ["", "Input", "Output", "Error", "Paginator"] {
                let name = format!("{}{suffix}", op.name);
                if let Some(other) = exports.insert(name.clone(), op.action.clone()) {
                    c.err("action", format!(
                        "operation `{}` exports `{name}`, as does operation `{other}`; set `rust_name`",
                        op.action
                    ));
                }
            }
            if let Some(first) = actions.insert(op.action.clone(), rel.to_owned()) {
                c.err(
                    "action",
                    format!("action `{}` is already defined in {first}", op.action),
                );
            }
            if let Some(first) = op_modules.insert(op.module.clone(), op.action.clone()) {
                if first != op.action {
                    c.err(
                        "action",
                        format!(
                        "action `{}` becomes Rust module `{}`, as does `{first}`; set `rust_name`",
                        op.action, op.module
                    ),
                    );
                }
            }
            product.operations.push(op);
        }
        if let (Some((file, _, _)), false, false) = (folder.product, orphans.is_empty(), matched) {
            let named: BTreeSet<&str> = orphans.iter().map(|(_, code)| *code).collect();
            let files: Vec<&str> = orphans.iter().map(|(rel, _)| *rel).collect();
            Checker {
                file,
                problems: &mut problems,
            }
            .err(
                "code",
                format!(
                    "product code `{}` does not match the product its operations name ({}) in {}; change `code` back or update the operations",
                    product.code,
                    named.into_iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", "),
                    files.join(", ")
                ),
            );
        }
        product.operations.sort_by(|a, b| a.module.cmp(&b.module));
        products.push(product);
    }
    products.sort_by(|a, b| a.module.cmp(&b.module));
    (Model { products }, problems)
}

struct Checker<'p> {
    file: usize,
    problems: &'p mut Vec<Problem>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Request,
    Response,
}

/// Type names already taken in one operation's module, with where they were defined.
type Taken = HashMap<String, String>;

impl Checker<'_> {
    fn err(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file,
            path: path.into(),
            message: message.into(),
        });
    }

    fn product(&mut self, rel: &str, raw: &RawProduct) -> Product {
        if raw.code.trim().is_empty() {
            self.err("code", "product code is empty");
        }
        let module = match &raw.module {
            Some(m) if !names::is_identifier(m) || m.chars().any(|c| c.is_ascii_uppercase()) => {
                self.err(
                    "module",
                    format!("module `{m}` is not a snake_case Rust identifier"),
                );
                m.clone()
            }
            Some(m) => names::escape(m.clone()),
            None => self
                .derived("code", &raw.code, snake(&raw.code), "module")
                .unwrap_or_else(|| "invalid".to_owned()),
        };
        if !is_date(&raw.version) {
            self.err(
                "version",
                format!(
                    "API version `{}` is not of the form yyyy-mm-dd",
                    raw.version
                ),
            );
        }
        if raw.style != "rpc" {
            self.err(
                "style",
                format!("style `{}` is not supported; expected `rpc`", raw.style),
            );
        }
        if raw.signing != "ACS3-HMAC-SHA256" {
            self.err(
                "signing",
                format!(
                    "signing algorithm `{}` is not supported; expected `ACS3-HMAC-SHA256`",
                    raw.signing
                ),
            );
        }
        if !is_host(&raw.endpoint.prefix) {
            self.err(
                "endpoint.prefix",
                format!(
                "endpoint prefix `{}` is not a host name label (lower-case letters, digits, `-`)",
                raw.endpoint.prefix
            ),
            );
        }
        for (region, host) in &raw.endpoint.regions {
            if !is_host(region) {
                self.err(
                    format!("endpoint.regions.{region}"),
                    format!("region `{region}` is not a region ID"),
                );
            }
            if !is_host(host) {
                self.err(
                    format!("endpoint.regions.{region}"),
                    format!("endpoint `{host}` is not a host name"),
                );
            }
        }
        Product {
            code: raw.code.clone(),
            feature: module.trim_start_matches("r#").replace('_', "-"),
            module,
            name: raw.name.clone(),
            version: raw.version.clone(),
            endpoint: Endpoint {
                prefix: raw.endpoint.prefix.clone(),
                regions: raw.endpoint.regions.clone(),
            },
            notes: raw.notes.clone(),
            source: rel.to_owned(),
            operations: Vec::new(),
        }
    }

    fn operation(&mut self, rel: &str, raw: &RawOperation) -> Option<Operation> {
        if !names::is_identifier(&raw.action) {
            self.err(
                "action",
                format!(
                    "action `{}` is not a plain name (letters and digits)",
                    raw.action
                ),
            );
            return None;
        }
        let name = match &raw.rust_name {
            Some(n) if !is_type_name(n) => {
                self.err(
                    "rust_name",
                    format!("`{n}` is not an UpperCamelCase Rust type name"),
                );
                return None;
            }
            Some(n) => n.clone(),
            None => camel(&raw.action),
        };
        let method = match raw.method.as_deref() {
            None | Some("POST") => Method::Post,
            Some("GET") => Method::Get,
            Some(m) => {
                self.err(
                    "method",
                    format!("HTTP method `{m}` is not supported; expected POST or GET"),
                );
                Method::Post
            }
        };
        let ram = raw.ram.as_ref().map(|r| {
            const LEVELS: &[&str] = &["create", "list", "get", "update", "delete", "read", "write"];
            if !LEVELS.contains(&r.access_level.as_str()) {
                self.err(
                    "ram.access_level",
                    format!(
                        "access level `{}` is not one of {}",
                        r.access_level,
                        LEVELS.join(", ")
                    ),
                );
            }
            if r.action.is_empty() {
                self.err("ram.action", "RAM action is empty");
            }
            Ram {
                action: r.action.clone(),
                access_level: r.access_level.clone(),
                resource: r.resource.clone(),
            }
        });

        let mut taken = Taken::new();
        for suffix in ["", "Input", "Output", "Error", "Paginator"] {
            taken.insert(format!("{name}{suffix}"), "the operation itself".to_owned());
        }

        let params = self.params(&raw.parameters, &mut taken);
        let response = self.object_fields(
            &raw.response.fields,
            "response.fields",
            Side::Response,
            &mut taken,
        );
        let response = Object {
            name: format!("{name}Output"),
            fields: response,
            additional: false,
            description: Some(format!("What `{}` returns.", raw.action)),
        };
        let failure = raw
            .response
            .failure
            .as_ref()
            .map(|f| self.failure(f, &response));
        let pagination = raw
            .pagination
            .as_ref()
            .and_then(|p| self.pagination(p, &params, &response));
        let errors = self.errors(&raw.errors);
        if params.iter().filter(|p| p.idempotency_token).count() > 1 {
            self.err(
                "parameters",
                "more than one parameter is marked `idempotency_token`",
            );
        }

        Some(Operation {
            action: raw.action.clone(),
            module: snake(&name),
            name,
            summary: raw.summary.clone(),
            description: raw.description.clone(),
            method,
            idempotent: raw.idempotent.unwrap_or(false),
            deprecated: raw.deprecated,
            ram,
            params,
            response,
            failure: failure.flatten(),
            pagination,
            errors,
            notes: raw.notes.clone(),
            source: rel.to_owned(),
        })
    }

    fn params(&mut self, raws: &[RawField], taken: &mut Taken) -> Vec<Param> {
        let mut out = Vec::new();
        let mut wires: HashMap<&str, usize> = HashMap::new();
        let mut rusts: HashMap<String, String> = HashMap::new();
        for (i, raw) in raws.iter().enumerate() {
            let path = format!("parameters[{i}]");
            let Some(wire) = raw.name.as_deref() else {
                self.err(&path, "parameter has no `name`");
                continue;
            };
            if !self.wire_name(&format!("{path}.name"), wire) {
                continue;
            }
            if COMMON_PARAMS.contains(&wire) {
                self.err(format!("{path}.name"), format!(
                    "`{wire}` is a common request parameter of the signing scheme, not an operation parameter; remove it (a `notes` entry can say the page lists it)"
                ));
                continue;
            }
            if let Some(first) = wires.insert(wire, i) {
                self.err(
                    format!("{path}.name"),
                    format!("duplicate parameter `{wire}` (first at parameters[{first}])"),
                );
                continue;
            }
            let Some(rust) = self.rust_field_name(raw, &path) else {
                continue;
            };
            if let Some(other) = rusts.insert(rust.clone(), wire.to_owned()) {
                self.err(format!("{path}.name"), format!(
                    "parameters `{other}` and `{wire}` both become Rust name `{rust}`; set `rust_name` on one"
                ));
                continue;
            }
            if BUILDER_METHODS.contains(&rust.as_str()) {
                self.err(format!("{path}.name"), format!(
                    "parameter `{wire}` becomes `{rust}`, which the builder uses for itself; set `rust_name`"
                ));
                continue;
            }
            if let Some(p) = self.param(raw, wire, rust, &path, taken) {
                out.push(p);
            }
        }
        out
    }

    fn rust_field_name(&mut self, raw: &RawField, path: &str) -> Option<String> {
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
    fn derived(&mut self, path: &str, wire: &str, name: String, key: &str) -> Option<String> {
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

    /// Wire names are sent as they are: no whitespace or control characters.
    fn wire_name(&mut self, path: &str, wire: &str) -> bool {
        let ok = !wire.is_empty() && !wire.chars().any(|c| c.is_whitespace() || c.is_control());
        if !ok {
            self.err(path, format!("{wire:?} is not a usable wire name (empty, or with whitespace or control characters)"));
        }
        ok
    }

    fn param(
        &mut self,
        raw: &RawField,
        wire: &str,
        rust: String,
        path: &str,
        taken: &mut Taken,
    ) -> Option<Param> {
        let ty = self.ty(raw, path, wire, Side::Request, true, taken)?;
        let location = match raw.location.as_deref() {
            None | Some("query") => Location::Query,
            Some("body") => Location::Body,
            Some(other) => {
                self.err(format!("{path}.in"), format!("`in: {other}` is not a place a parameter can travel; expected `query` or `body`"));
                Location::Query
            }
        };
        let composite = matches!(
            ty,
            Type::Json | Type::Object(_) | Type::Array(_) | Type::Map(_)
        );
        let style = match raw.style.as_deref() {
            None | Some("json") if matches!(ty, Type::Json) => Style::Json,
            None | Some("flat") => Style::Flat,
            Some("json") => Style::Json,
            Some(other) => {
                self.err(
                    format!("{path}.style"),
                    format!("unknown style `{other}`; expected `flat` or `json`"),
                );
                Style::Flat
            }
        };
        if matches!(ty, Type::Json) && style == Style::Flat {
            self.err(
                format!("{path}.style"),
                "a `json` parameter can only travel as JSON text (`style: json`)",
            );
        }
        if raw.style.is_some() && !composite {
            self.err(
                format!("{path}.style"),
                "`style` applies only to object, array, map and json parameters",
            );
        }
        let rules = Rules {
            min_length: raw.min_length,
            max_length: raw.max_length,
            ascii: raw.ascii.unwrap_or(false),
            format: self.format(raw, path),
            minimum: raw.minimum,
            maximum: raw.maximum,
        };
        if let (Some(min), Some(max)) = (rules.min_length, rules.max_length) {
            if min > max {
                self.err(
                    format!("{path}.min_length"),
                    format!("min_length {min} is greater than max_length {max}"),
                );
            }
        }
        if let (Some(min), Some(max)) = (rules.minimum, rules.maximum) {
            if min > max {
                self.err(
                    format!("{path}.minimum"),
                    format!("minimum {min} is greater than maximum {max}"),
                );
            }
        }
        let idempotency_token = raw.idempotency_token.unwrap_or(false);
        if idempotency_token && !matches!(ty, Type::String) {
            self.err(
                format!("{path}.idempotency_token"),
                "only a string parameter can be the idempotency token",
            );
        }
        let default = raw
            .default
            .as_ref()
            .and_then(|v| self.default(v, &ty, &rules, &format!("{path}.default")));
        Some(Param {
            wire: wire.to_owned(),
            rust,
            ty,
            location,
            style,
            required: raw.required.unwrap_or(false),
            default,
            rules,
            idempotency_token,
            docs: docs(raw),
        })
    }

    fn format(&mut self, raw: &RawField, path: &str) -> Option<TimeFormat> {
        match raw.format.as_deref()? {
            "utc-minute" => Some(TimeFormat::UtcMinute),
            "utc-second" => Some(TimeFormat::UtcSecond),
            other => {
                self.err(format!("{path}.format"), format!(
                    "unknown format `{other}`; expected `utc-minute` (yyyy-MM-ddTHH:mmZ) or `utc-second` (yyyy-MM-ddTHH:mm:ssZ)"
                ));
                None
            }
        }
    }

    /// The type of a parameter, field, array item or map value. `top` is true for top-level
    /// parameters, the only place where request-only keys are allowed.
    fn ty(
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
    fn misplaced(&mut self, raw: &RawField, path: &str, side: Side, top: bool) {
        if top {
            return;
        }
        let keys = [
            (raw.location.is_some(), "in"),
            (raw.required.is_some(), "required"),
            (raw.default.is_some(), "default"),
            (raw.idempotency_token.is_some(), "idempotency_token"),
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

    fn type_name(
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

    fn enum_def(
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
            if variant == "Unknown" {
                self.err(&vpath, "variant name `Unknown` is reserved for values the spec does not list; set `rust_name`");
                continue;
            }
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

    fn object_fields(
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

    fn default(&mut self, v: &Value, ty: &Type, rules: &Rules, path: &str) -> Option<Literal> {
        let lit = match (ty, v) {
            (Type::String, Value::String(s)) => Literal::Str(s.clone()),
            (Type::Int(w), Value::Number(n)) if n.as_i64().is_some_and(|n| fits(n, *w)) => {
                Literal::Int(n.as_i64().unwrap_or_default())
            }
            (Type::Bool, Value::Bool(b)) => Literal::Bool(*b),
            (Type::Enum(e), _) => {
                let found = e.values.iter().find(|ev| literal_matches(&ev.wire, v));
                match found {
                    Some(ev) => ev.wire.clone(),
                    None => {
                        self.err(
                            path,
                            format!(
                                "default {} is not one of the enum values ({})",
                                show(v),
                                e.values
                                    .iter()
                                    .map(|ev| ev.wire.to_string())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        );
                        return None;
                    }
                }
            }
            (Type::String | Type::Int(_) | Type::Bool, other) => {
                self.err(
                    path,
                    format!(
                        "default {} does not match the parameter's type",
                        show(other)
                    ),
                );
                return None;
            }
            _ => {
                self.err(path, "`default` is only supported on scalar parameters");
                return None;
            }
        };
        if let Err(why) = check_rules(&lit, rules) {
            self.err(
                path,
                format!("default {lit} breaks the parameter's own constraints: {why}"),
            );
            return None;
        }
        Some(lit)
    }

    fn resolve(&mut self, root: &Object, dotted: &str, path: &str) -> Option<(FieldPath, Type)> {
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

    fn failure(&mut self, raw: &RawFailure, response: &Object) -> Option<Failure> {
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

    fn pagination(
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
        Some(Pagination {
            page_number: page_number?,
            page_size: page_size?,
            items: items?.0,
            item_type: item_type?,
            total: total?.0,
        })
    }

    fn errors(&mut self, raws: &[RawError]) -> Vec<ErrorCode> {
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

fn docs(raw: &RawField) -> Docs {
    Docs {
        description: raw.description.clone(),
        example: raw.example.as_ref().and_then(scalar_text),
        notes: raw.notes.clone(),
    }
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        other => serde_json::to_string(other).ok(),
    }
}

fn is_integer(ty: &Type) -> bool {
    matches!(ty, Type::Int(_)) || matches!(ty, Type::Enum(e) if matches!(e.repr, EnumRepr::Int(_)))
}

fn fits(n: i64, w: IntWidth) -> bool {
    w == IntWidth::I64 || i32::try_from(n).is_ok()
}

fn width_name(w: IntWidth) -> &'static str {
    match w {
        IntWidth::I32 => "int32",
        IntWidth::I64 => "int64",
    }
}

fn literal_matches(lit: &Literal, v: &Value) -> bool {
    match (lit, v) {
        (Literal::Str(a), Value::String(b)) => a == b,
        (Literal::Int(a), Value::Number(b)) => b.as_i64() == Some(*a),
        (Literal::Bool(a), Value::Bool(b)) => a == b,
        _ => false,
    }
}

fn show(v: &Value) -> String {
    match v {
        Value::String(s) => format!("{s:?}"),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".to_owned(),
        other => serde_json::to_string(other).unwrap_or_else(|_| "a complex value".to_owned()),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Number(_) => "number",
        Value::Bool(_) => "boolean",
        Value::Null => "null",
        Value::String(_) => "string",
        Value::Sequence(_) => "list",
        Value::Mapping(_) => "mapping",
        Value::Tagged(_) => "tagged value",
    }
}

impl std::fmt::Display for Literal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Literal::Str(s) => write!(f, "{s:?}"),
            Literal::Int(n) => write!(f, "{n}"),
            Literal::Bool(b) => write!(f, "{b}"),
        }
    }
}

/// Checks a literal against the rules, as the generated client checks request values.
pub fn check_rules(lit: &Literal, rules: &Rules) -> Result<(), String> {
    if let Literal::Str(s) = lit {
        let len = s.chars().count() as u64;
        if let Some(min) = rules.min_length {
            if len < min {
                return Err(format!("shorter than {min} characters"));
            }
        }
        if let Some(max) = rules.max_length {
            if len > max {
                return Err(format!("longer than {max} characters"));
            }
        }
        if rules.ascii && !s.is_ascii() {
            return Err("not ASCII".to_owned());
        }
        if let Some(f) = rules.format {
            if !matches_time(s, f) {
                return Err(format!("not a UTC time of the form {}", f.pattern()));
            }
        }
    }
    if let Literal::Int(n) = lit {
        if rules.minimum.is_some_and(|min| *n < min) || rules.maximum.is_some_and(|max| *n > max) {
            return Err(format!(
                "outside {}..={}",
                rules.minimum.map(|m| m.to_string()).unwrap_or_default(),
                rules.maximum.map(|m| m.to_string()).unwrap_or_default()
            ));
        }
    }
    Ok(())
}

/// `yyyy-MM-ddTHH:mmZ` or `yyyy-MM-ddTHH:mm:ssZ`, with field ranges checked.
pub fn matches_time(s: &str, f: TimeFormat) -> bool {
    let b = s.as_bytes();
    let expected_len = match f {
        TimeFormat::UtcMinute => 17,
        TimeFormat::UtcSecond => 20,
    };
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    if b.len() != expected_len
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[b.len() - 1] != b'Z'
    {
        return false;
    }
    let (Some(_), Some(mo), Some(d), Some(h), Some(mi)) =
        (num(0..4), num(5..7), num(8..10), num(11..13), num(14..16))
    else {
        return false;
    };
    let secs_ok = match f {
        TimeFormat::UtcMinute => true,
        TimeFormat::UtcSecond => b[16] == b':' && num(17..19).is_some_and(|s| s < 60),
    };
    (1..=12).contains(&mo) && (1..=31).contains(&d) && h < 24 && mi < 60 && secs_ok
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn is_host(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && label
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
}

/// An object that is an array item or map value and has no description of its own is
/// described by its container, so every generated type has documentation.
fn item_description(item: &mut Type, what: &str, container: &RawField) {
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
