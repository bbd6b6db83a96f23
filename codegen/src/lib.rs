//! The generator: YAML specs → validated model → Rust client modules.
//!
//! Stages, each in its own module: [`spec`] reads and parses files, [`model`] validates them
//! into a model that cannot represent a wrong spec, [`emit`] turns the model into token
//! streams and formats them into files, [`output`] writes them atomically and compares them
//! with what is on disk. [`synth`] writes synthetic specs for scale tests and benchmarks;
//! [`audit`] compares the specs with the vendor's machine-readable metadata; [`diff`] says
//! what a spec change means for the crate's users; [`timings`] says where a run's time went.

pub mod audit;
pub mod diff;
pub mod emit;
pub mod import;
pub mod output;
pub mod synth;

// The specs' reader, validator and model are a crate of their own (the emulator reads the
// specs with it too); they keep their paths here.
pub use spec_model::{diagnostics, model, parallel, spec, timings};

pub use diagnostics::{Diagnostic, Diagnostics};
pub use model::Model;
