//! The specs as data: [`spec`] reads and parses the YAML files (every problem located at its
//! file, line and key path), [`model`] validates them into a model that cannot represent a
//! wrong spec. The generator (`codegen`: emitting, writing, auditing) and the emulator both
//! build on this crate, which depends on no code-generation library. [`timings`] says where a
//! load's time went; [`parallel`] spreads work over the cores.

pub mod diagnostics;
pub mod model;
pub mod parallel;
pub mod record;
pub mod spec;
pub mod timings;

pub use diagnostics::{Diagnostic, Diagnostics};
pub use model::Model;
