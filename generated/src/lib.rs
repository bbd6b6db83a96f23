//! Alibaba Cloud's data-migration APIs (RDS imports, DTS jobs, DataWorks data integration)
//! from Rust, generated from machine-readable specs.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! // ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_REGION_ID
//! let rds = alicloud_migration::rds::Client::from_env()?;
//! let out = rds
//!     .cancel_import()
//!     .db_instance_id("rm-uf6wjk5xxxxxxx")
//!     .import_id(8562584)
//!     .send()
//!     .await?;
//! println!("{:?}", out.request_id);
//! # Ok(()) }
//! ```
//!
//! Each product is a module behind a cargo feature of the same name (all on by default).
//! With the `precompiled-operations` feature, every operation's code is compiled in this crate
//! rather than in the programs that call it: slower to build the crate, faster to rebuild a
//! program that calls many operations.
//! Every call checks its parameters before any I/O, signs with `ACS3-HMAC-SHA256`, retries
//! what is safe to retry, and returns the operation's output or an [`Error`] whose
//! `Service` variant is the operation's own error enum.
// Lints are warnings here, not errors: a new compiler lint must never break the build of a
// crate that depends on this one. CI denies warnings (`.ci/run`).
#![warn(missing_docs, missing_debug_implementations)]

// This file and `enums.rs` are the crate's only hand-written ones: everything under `products/`
// is generated (`cargo run -p codegen -- generate`), and the runtime is its own crate,
// `runtime/`.

/// The runtime the generated code calls (`alicloud-migration-runtime`). Its public items are
/// re-exported below; the rest is for generated code, tests and benchmarks.
#[doc(hidden)]
pub use alicloud_migration_runtime as runtime;

// Generated code is formatted by the generator (prettyplease); rustfmt must leave it as is,
// or `codegen check` would see every file as stale.
// `Default` of the generated structs is written out although it could be derived: the
// derive calls `Default::default` per field, several times the code (BENCHMARKS.md, section 5).
#[allow(clippy::derivable_impls)]
#[rustfmt::skip]
mod products;
pub use products::*;

mod enums;
pub use enums::{Enum, EnumValues, IntEnum, IntEnumValues};

pub use runtime::{
    CliProfileCredentials, Clock, Config, ConfigBuilder, ConfigError, Credentials,
    CredentialsError, CredentialsErrorKind, CredentialsFuture, DefaultCredentialsChain,
    EcsRamRoleCredentials, Endpoints, EnvironmentCredentials, Error, ErrorMeta, IniFileCredentials,
    JsonData, JsonParam, OidcRoleCredentials, OperationInput, Paginated, Paginator,
    ProvideCredentials, RamRoleCredentials, ResponseError, RetryPolicy, Rule, Sending, Timeouts,
    TransportError, TransportErrorKind, UriCredentials, ValidationError, WaitError, WaitOptions,
    Waiter, DEFAULT_MAX_CONNECTIONS_PER_HOST,
};
