//! The hand-written runtime of `alicloud-migration`: what every generated operation shares,
//! written once. Users depend on `alicloud-migration`, which re-exports what they need; the
//! emulator uses the same validation and signing from here.
//!
//! Layered bottom to top, each module importing only from those above it in this list:
//!
//! 1. Plain data: [`meta`] (product, operation and parameter tables, locations, time formats),
//!    [`value`] (the values an input hands over), [`json`](mod@json) (reading response JSON),
//!    [`enums`] (the value inside generated string enums).
//! 2. Pure protocol functions: [`sign`] (canonical request, signing, percent- and
//!    form-encoding), [`verify`] (checking a received signature), [`random`] (nonces,
//!    client tokens).
//! 3. Rules and requests: [`validate`] (the documented checks), [`request`] (encoding a
//!    request from its table), [`error`] (what a call returns).
//! 4. [`transport`]: one HTTP exchange within given limits (the connection pool, TLS,
//!    proxies), knowing nothing of the settings.
//! 5. Settings: [`credentials`], [`config`] (plain settings; it keeps the slot of the pool
//!    its clients share, but builds no HTTP client).
//! 6. [`response`]: reading an answer.
//! 7. The call path: [`client`] (endpoint, signing, retries), [`operation`]
//!    (`OperationInput`, `send`, the paginator).
//! 8. [`wait`](mod@wait): polling an operation until a documented state (the waiters).
#![warn(missing_debug_implementations)]

pub mod enums;
pub mod json;
pub mod meta;
pub mod value;

pub mod random;
pub mod sign;
pub mod verify;

pub mod error;
pub mod request;
pub mod validate;

pub mod config;
pub mod credentials;

pub mod response;
pub mod transport;

pub mod client;
pub mod operation;
pub mod wait;

pub use client::Client;
pub use config::{
    Config, ConfigBuilder, ConfigError, RetryPolicy, Timeouts, DEFAULT_MAX_CONNECTIONS_PER_HOST,
};
pub use credentials::{
    CliProfileCredentials, Clock, Credentials, CredentialsFuture, DefaultCredentialsChain,
    EcsRamRoleCredentials, Endpoints, EnvironmentCredentials, IniFileCredentials,
    OidcRoleCredentials, ProvideCredentials, RamRoleCredentials, UriCredentials,
};
pub use enums::EnumText;
pub use error::{
    CredentialsError, CredentialsErrorKind, Error, ErrorMeta, ResponseError, TransportError,
    TransportErrorKind,
};
pub use json::{FromJson, JsonError};
pub use meta::{At, OneOf, OperationMeta, Param, ProductMeta, TimeFormat};
pub use operation::{
    build, finish, send, Exchanged, OperationInput, Paginated, Paginator, Sending,
};
pub use random::client_token;
pub use request::Request;
pub use response::{parse, Answer, BodyFailure, Probes, Response};
pub use transport::HttpResponse;
pub use validate::{Rule, ValidationError};
pub use value::{boolean, data, float, int, json, text, JsonData, JsonParam, Value};
pub use wait::{wait, WaitError, WaitOptions, Waiter, WaiterMeta};
