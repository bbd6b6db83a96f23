//! The generator: YAML specs → validated model → Rust client modules.
//!
//! Stages, each in its own module: [`spec`] reads and parses files, [`model`] validates them
//! into a model that cannot represent a wrong spec, `emit` turns the model into token streams,
//! `output` formats, writes and compares files.

pub mod diagnostics;
pub mod model;
pub mod spec;

pub use diagnostics::{Diagnostic, Diagnostics};
pub use model::Model;
pub mod emit;
pub mod output;
pub mod synth;
