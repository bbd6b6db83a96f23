//! The validated model: what the emitter works from. Every name in it is already a legal,
//! collision-free Rust name and every constraint is consistent, so emission cannot fail on
//! account of the spec.

mod load;
pub mod names;
mod validate;

pub use load::{load, load_dir};
pub use validate::{check_rules, matches_time, validate, Problem, ProductInput};

use std::collections::BTreeMap;

/// The module of a product that holds the enums its operations share (emitted by
/// `emit::sharing`); validation keeps every operation module from taking this name.
pub const SHARED_MODULE: &str = "shared";

#[derive(Clone, Debug)]
pub struct Model {
    /// Sorted by module name, so output order never depends on the file system.
    pub products: Vec<Product>,
}

impl Model {
    pub fn operation_count(&self) -> usize {
        self.products.iter().map(|p| p.operations.len()).sum()
    }
}

#[derive(Clone, Debug)]
pub struct Product {
    /// Product code on the wire, e.g. `Rds`, `dataworks-public`.
    pub code: String,
    /// Rust module name, e.g. `dataworks_public`.
    pub module: String,
    /// Cargo feature that enables the module, e.g. `dataworks-public`.
    pub feature: String,
    pub name: String,
    /// API version, `yyyy-mm-dd`.
    pub version: String,
    pub endpoint: Endpoint,
    pub notes: Vec<String>,
    /// Differences from the vendor's metadata accepted on purpose (endpoints).
    pub audit: Vec<Accepted>,
    /// The spec file, relative to the spec root: `rds/product.yaml`.
    pub source: String,
    /// Sorted by module name.
    pub operations: Vec<Operation>,
}

#[derive(Clone, Debug)]
pub struct Endpoint {
    /// Host prefix for the rule `<prefix>.<region>.aliyuncs.com`.
    pub prefix: String,
    /// Region → host, overriding the rule.
    pub regions: BTreeMap<String, String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Operation {
    /// Wire name (the `x-acs-action` header), spelled as the vendor spells it.
    pub action: String,
    /// UpperCamelCase Rust name, e.g. `DescribeImportsFromDatabase`.
    pub name: String,
    /// snake_case module and method name.
    pub module: String,
    pub summary: String,
    pub description: Option<String>,
    pub method: Method,
    /// Whether repeating the call is harmless, so network failures and 5xx may be retried.
    pub idempotent: bool,
    pub deprecated: bool,
    pub ram: Option<Ram>,
    pub params: Vec<Param>,
    pub response: Object,
    /// The page's JSON sample of a success answer (an object whose keys are response
    /// fields); the emulator answers with it.
    pub example: Option<serde_json::Value>,
    pub failure: Option<Failure>,
    pub pagination: Option<Pagination>,
    pub errors: Vec<ErrorCode>,
    pub notes: Vec<String>,
    /// Differences from the vendor's metadata accepted on purpose.
    pub audit: Vec<Accepted>,
    /// Polling this operation until a documented state.
    pub waiters: Vec<Waiter>,
    /// Spec file relative to the spec root: `rds/ModifyImportTask.yaml`.
    pub source: String,
}

/// What kind of difference from the vendor's metadata `codegen audit` reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AuditKind {
    /// The metadata has no entry for the operation.
    Operation,
    /// A parameter the metadata documents is not in the spec.
    Missing,
    /// A spec parameter the metadata does not know.
    Unknown,
    /// The same parameter name in another letter case.
    Case,
    /// Query string against form body.
    Placement,
    /// string, int32/int64, boolean, float, JSON text, flattened list.
    Type,
    Required,
    /// The documented values of an enum.
    Enum,
    /// A region's host.
    Endpoint,
}

impl AuditKind {
    pub const ALL: [AuditKind; 9] = [
        AuditKind::Operation,
        AuditKind::Missing,
        AuditKind::Unknown,
        AuditKind::Case,
        AuditKind::Placement,
        AuditKind::Type,
        AuditKind::Required,
        AuditKind::Enum,
        AuditKind::Endpoint,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AuditKind::Operation => "operation",
            AuditKind::Missing => "missing",
            AuditKind::Unknown => "unknown",
            AuditKind::Case => "case",
            AuditKind::Placement => "placement",
            AuditKind::Type => "type",
            AuditKind::Required => "required",
            AuditKind::Enum => "enum",
            AuditKind::Endpoint => "endpoint",
        }
    }
}

/// A difference from the vendor's metadata that the spec says is right, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accepted {
    pub kind: AuditKind,
    pub subject: String,
    pub why: String,
}

impl Operation {
    pub fn idempotency_token(&self) -> Option<&Param> {
        self.params.iter().find(|p| p.idempotency_token)
    }
}

#[derive(Clone, Debug)]
pub struct Ram {
    pub action: String,
    pub access_level: String,
    pub resource: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    Query,
    Body,
}

/// How a composite value travels: flattened into `Name.1.Key` pairs, or as one JSON text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Flat,
    Json,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub wire: String,
    /// snake_case field and setter name (keywords escaped).
    pub rust: String,
    pub ty: Type,
    pub location: Location,
    pub style: Style,
    pub required: bool,
    pub default: Option<Literal>,
    pub rules: Rules,
    pub idempotency_token: bool,
    /// A secret (a password): kept out of `Debug` output.
    pub sensitive: bool,
    pub docs: Docs,
}

/// Documentation carried into doc comments.
#[derive(Clone, Debug, Default)]
pub struct Docs {
    pub description: Option<String>,
    pub example: Option<String>,
    pub notes: Vec<String>,
}

/// Constraints beyond the type. Enum membership lives in the enum type itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rules {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub ascii: bool,
    pub format: Option<TimeFormat>,
    pub minimum: Option<i64>,
    pub maximum: Option<i64>,
}

impl Rules {
    pub fn is_empty(&self) -> bool {
        *self == Rules::default()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeFormat {
    /// `yyyy-MM-ddTHH:mmZ`
    UtcMinute,
    /// `yyyy-MM-ddTHH:mm:ssZ`
    UtcSecond,
}

impl TimeFormat {
    pub fn pattern(self) -> &'static str {
        match self {
            TimeFormat::UtcMinute => "yyyy-MM-ddTHH:mmZ",
            TimeFormat::UtcSecond => "yyyy-MM-ddTHH:mm:ssZ",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Literal {
    Str(String),
    Int(i64),
    Bool(bool),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntWidth {
    I32,
    I64,
}

#[derive(Clone, Debug)]
pub enum Type {
    String,
    Int(IntWidth),
    Bool,
    Float,
    /// Any JSON document, kept as `serde_json::Value`.
    Json,
    Enum(Box<EnumDef>),
    Object(Box<Object>),
    Array(Box<Type>),
    Map(Box<Type>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumDef {
    /// UpperCamelCase type name, unique within its operation.
    pub name: String,
    pub repr: EnumRepr,
    pub values: Vec<EnumValue>,
    /// Values outside the list are passed through instead of rejected by request validation.
    pub open: bool,
    pub description: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EnumRepr {
    Str,
    Int(IntWidth),
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumValue {
    pub wire: Literal,
    pub variant: String,
    pub description: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Object {
    /// UpperCamelCase type name, unique within its operation.
    pub name: String,
    pub fields: Vec<Field>,
    /// Unknown keys are kept (requests: sent) in a JSON map rather than dropped.
    pub additional: bool,
    pub description: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Field {
    pub wire: String,
    pub rust: String,
    pub ty: Type,
    pub docs: Docs,
    pub format: Option<TimeFormat>,
}

/// A path from the response root to a field: wire names and Rust names side by side.
#[derive(Clone, Debug)]
pub struct FieldPath {
    pub wire: Vec<String>,
    pub rust: Vec<String>,
}

impl FieldPath {
    pub fn dotted(&self) -> String {
        self.wire.join(".")
    }
}

/// How failure is signalled inside an HTTP 200 body.
#[derive(Clone, Debug)]
pub struct Failure {
    pub success: Option<FieldPath>,
    pub status: Option<(FieldPath, Vec<String>)>,
    pub code: Option<FieldPath>,
    pub message: Option<FieldPath>,
}

#[derive(Clone, Debug)]
pub struct Pagination {
    /// How a page is named.
    pub by: PageBy,
    /// Rust name of the page size parameter.
    pub page_size: String,
    pub items: FieldPath,
    /// The Rust type name of one item.
    pub item_type: String,
    /// The integer total of items, when the service reports one.
    pub total: Option<(FieldPath, IntWidth)>,
}

/// How the pages of a paginated operation are named.
#[derive(Clone, Debug)]
pub enum PageBy {
    /// A page number: the Rust name of its parameter and the parameter's width.
    Number { param: String, width: IntWidth },
    /// A token: the Rust name of the string parameter that takes it, and the response's
    /// string field holding the next page's token.
    Token { param: String, next: FieldPath },
}

/// A waiter: poll the operation until the state at `state` is a success or failure value.
#[derive(Clone, Debug)]
pub struct Waiter {
    /// snake_case name: the client method is `wait_until_<name>`.
    pub name: String,
    /// The marker type naming the waiter in `Call<Input, Marker>`.
    pub type_name: String,
    pub description: Option<String>,
    /// The parameters the waiter requires: (wire, Rust field) names.
    pub input: Vec<(String, String)>,
    pub state: Vec<StateStep>,
    /// Whether the state field is an enum (read with `as_str`) rather than a string.
    pub state_is_enum: bool,
    pub success: Vec<String>,
    pub failure: Vec<String>,
    pub pending: Vec<String>,
    pub min_delay: u64,
    pub max_delay: u64,
    pub timeout: u64,
}

/// One step of a waiter's state path: a field, and whether it is an array (its first item).
#[derive(Clone, Debug)]
pub struct StateStep {
    pub rust: String,
    pub wire: String,
    pub array: bool,
}

#[derive(Clone, Debug)]
pub struct ErrorCode {
    pub status: u16,
    /// Wire code, exactly as the server sends it.
    pub code: String,
    pub variant: String,
    pub message: Option<String>,
    pub description: Option<String>,
    pub retryable: bool,
}
