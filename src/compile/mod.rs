//! The bytecode compiler: AST to [`code::CodeObject`]s.
//!
//! `code` defines the instruction set and code objects (the contract with the VM). The
//! pipeline is CPython 3.11's: `symtable` decides where every name lives, `fold` folds
//! constants, and the code generator (`codegen` = driver, `codegen_stmt`, `codegen_expr`,
//! `codegen_comp`, `codegen_try`) emits instructions with positions and an exception table. `dis` prints code
//! objects like `python3 -m dis`.
//!
//! Start reading at [`compile_module`].

pub mod code;
mod codegen;
mod codegen_comp;
mod codegen_expr;
mod codegen_stmt;
mod codegen_try;
pub mod dis;
pub mod fold;
pub mod symtable;
#[cfg(test)]
mod tests;

pub use codegen::stack_effect;

use crate::parse::SyntaxError;

/// Compile a module (a script or an imported file).
pub fn compile_module(
    module: &crate::ast::Module,
    source: &str,
    filename: &str,
) -> Result<code::CodeObject, SyntaxError> {
    codegen::compile_unit_module(module, source, filename, false).map(|r| r.0)
}

/// Compile one interactive input: expression statements print their value (PrintExpr).
pub fn compile_interactive(
    module: &crate::ast::Module,
    source: &str,
    filename: &str,
) -> Result<code::CodeObject, SyntaxError> {
    codegen::compile_unit_module(module, source, filename, true).map(|r| r.0)
}

/// Compile an expression for `eval`: the code returns the expression's value.
pub fn compile_expression(
    expr: &crate::ast::Expr,
    source: &str,
    filename: &str,
) -> Result<code::CodeObject, SyntaxError> {
    codegen::compile_unit_expression(expr, source, filename).map(|r| r.0)
}

/// Compile a module and report how many inconsistent stack depths the generator saw (a
/// compiler bug if nonzero; for tests).
#[cfg(test)]
pub(crate) fn compile_checked(
    module: &crate::ast::Module,
    source: &str,
    filename: &str,
) -> Result<(code::CodeObject, u32), SyntaxError> {
    codegen::compile_unit_module(module, source, filename, false)
}
