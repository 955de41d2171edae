//! The bytecode compiler: AST to [`code::CodeObject`]s.
//!
//! `code` defines the instruction set and code objects (the contract with the VM).

pub mod code;
