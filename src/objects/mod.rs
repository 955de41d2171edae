//! Python's built-in object types, one file per type (after RustPython's layout, without its
//! `frame.rs`). For now each file holds only the type's Python-exact `repr`, which the AST dumper
//! (`parse::dump`) uses for constants and the runtime will reuse for `repr()`.
//!
//! Where to start reading: [`float::float_repr`]; [`complex::complex_repr`] builds on it.

pub mod bytes;
pub mod complex;
pub mod float;
pub mod str;
