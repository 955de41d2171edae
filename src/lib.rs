//! mnemo: a Python-subset interpreter whose memory model is CPython's, made visible.
//!
//! The pipeline (see README.md, "Architecture"): `parse` (lexer → layout → lalrpop parser) gives
//! an [`ast::Module`]; later stages compile it to bytecode and run it on a refcounted heap.
//! `objects` holds the builtin types' Rust-side pieces that every stage shares (reprs so far).

#![deny(unsafe_code)]
#![warn(clippy::undocumented_unsafe_blocks)]

pub mod ast;
pub mod builtin_new;
pub mod builtins;
pub mod builtins_more;
pub mod cli;
pub mod compile;
pub mod gc;
pub mod gil;
pub mod heap;
pub mod modules;
pub mod objects;
pub mod parse;
pub mod repl;
pub mod vm;
