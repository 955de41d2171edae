//! Python's built-in object types, one file per type: each holds the type's payload (the Rust
//! data behind the object header, see `crate::heap`) and its Python-exact text forms.
//! Behaviour that needs the interpreter (calls into Python code) is in `crate::vm`.
//!
//! Where to start reading: `int`, `str`, `list`, `dict` (with `hashtable`), `typeobj`.

pub mod bytes;
pub mod cell;
pub mod code;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod exception;
pub mod file;
pub mod float;
pub mod function;
pub mod generator;
pub mod hashtable;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod lookup_cache;
pub mod mappingproxy;
pub mod module;
pub mod native;
pub mod range;
pub mod set;
pub mod settable;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod typeobj;
pub mod unit;
