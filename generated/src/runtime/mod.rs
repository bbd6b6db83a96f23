//! The hand-written runtime the generated product modules call: request encoding, checks,
//! signing, credentials, endpoints, transport, retries, errors. Not generated.

pub mod client;
pub mod config;
pub mod credentials;
pub mod error;
pub mod json;
pub mod meta;
pub mod operation;
pub mod random;
pub mod request;
pub mod response;
pub mod sign;
pub mod transport;
pub mod validate;

pub use client::Client;
pub use credentials::Credentials;
pub use json::{FromJson, JsonError};
pub use meta::{OneOf, OperationMeta, Param, ProductMeta};
pub use operation::{call, Call, OperationInput, Paginated, Paginator};
pub use random::client_token;
pub use request::{boolean, data, float, int, json, text, At, JsonData, JsonParam, Request, Value};
pub use response::{parse, BodyFailure, Response};
pub use transport::HttpResponse;
pub use validate::TimeFormat;
