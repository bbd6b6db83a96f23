// @generated from specs/*/product.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! One module per product, each behind its cargo feature.
#[cfg(feature = "dataworks-public")]
pub mod dataworks_public;
#[cfg(feature = "dts")]
pub mod dts;
#[cfg(feature = "rds")]
pub mod rds;
