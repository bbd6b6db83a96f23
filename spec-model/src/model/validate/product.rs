//! A product file and an operation file: codes, versions, endpoints, RAM, and the parts
//! of an operation put together.

use super::*;

impl Checker<'_> {
    pub(super) fn product(&mut self, rel: &str, raw: &RawProduct) -> Product {
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
        // The name is printed inside sentences of the docs.
        if raw.name.trim().is_empty() || raw.name.contains('\n') {
            self.err(
                "name",
                "the product name is empty or spans lines: write the name the vendor's pages use, on one line",
            );
        }
        let at = if raw.module.is_some() {
            "module"
        } else {
            "code"
        };
        self.file_name(at, &module);
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
            // Endpoint entries, and entries of any other kind that speak for every operation
            // of the product (a parameter the product's pages never document, say).
            audit: self.accepted(&raw.audit, &AuditKind::ALL[1..]),
            source: rel.to_owned(),
            operations: Vec::new(),
        }
    }

    pub(super) fn operation(&mut self, rel: &str, raw: &RawOperation) -> Option<Operation> {
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
        if raw.summary.trim().is_empty() {
            // Every generated doc starts from it; an imported skeleton leaves it empty.
            self.err(
                "summary",
                "the summary is empty: write the reference page's one-line summary",
            );
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
        let at = if raw.rust_name.is_some() {
            "rust_name"
        } else {
            "action"
        };
        self.file_name(at, &snake(&name));
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
        let example = raw
            .response
            .example
            .as_deref()
            .and_then(|text| self.response_example(text, &response));
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
        let waiters = self.waiters(
            &raw.waiters,
            (&raw.parameters, &params),
            &response,
            &mut taken,
        );
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
            example,
            failure: failure.flatten(),
            pagination,
            errors,
            notes: raw.notes.clone(),
            audit: self.accepted(&raw.audit, &AuditKind::ALL[..AuditKind::ALL.len() - 1]),
            waiters,
            source: rel.to_owned(),
        })
    }

    /// The page's JSON sample: a JSON object whose keys are all response fields, so a
    /// sample transcribed for another version of the page is caught.
    fn response_example(&mut self, text: &str, response: &Object) -> Option<serde_json::Value> {
        let value = match serde_json::from_str::<serde_json::Value>(text) {
            Ok(v @ serde_json::Value::Object(_)) => v,
            Ok(_) => {
                self.err("response.example", "the sample must be a JSON object");
                return None;
            }
            Err(e) => {
                self.err("response.example", format!("not JSON: {e}"));
                return None;
            }
        };
        let unknown: Vec<&String> = value
            .as_object()
            .into_iter()
            .flat_map(|m| m.keys())
            .filter(|k| !response.fields.iter().any(|f| &f.wire == *k))
            .collect();
        if !unknown.is_empty() {
            let names: Vec<&str> = unknown.iter().map(|k| k.as_str()).collect();
            self.err(
                "response.example",
                format!(
                    "the sample has keys that are not response fields: {}",
                    names.join(", ")
                ),
            );
            return None;
        }
        Some(value)
    }
}

pub(super) fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

pub(super) fn is_host(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && label
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
}
