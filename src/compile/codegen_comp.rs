//! Comprehensions and generator expressions (each its own code object, CPython 3.11 style).
//!
//! A comprehension compiles to a function of one argument, `.0`, the iterator of its first
//! iterable, which the enclosing code evaluates, turns into an iterator (GetIter, or GetAiter
//! for `async for`) and passes: `MakeFunction; <iterable>; GetIter; Call(1)`. List, set and
//! dict comprehensions build their result at the bottom of their stack and return it; a
//! generator expression yields each element. An async comprehension (not a generator) is a
//! coroutine, so its call is awaited.
//!
//! Start reading at [`Compiler::visit_comprehension`].

use super::code::{Constant, Instr, MakeFunctionFlags};
use super::codegen::{CResult, Compiler, FBlockKind, UnitKind};
use super::symtable::CompKind;
use crate::ast::*;

impl<'a> Compiler<'a> {
    pub(crate) fn visit_comprehension(&mut self, e: &'a Expr) -> CResult {
        let (name, kind, generators, elt, val) = match &e.kind {
            ExprKind::ListComp { elt, generators } => {
                ("<listcomp>", CompKind::List, generators, &**elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                ("<setcomp>", CompKind::Set, generators, &**elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                ("<genexpr>", CompKind::Generator, generators, &**elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                "<dictcomp>",
                CompKind::Dict,
                generators,
                &**key,
                Some(&**value),
            ),
            _ => unreachable!(),
        };
        let outer_kind = self.unit().kind;
        let scope = self.st.scope_of(e);
        let line = self.line_of(e.span.start);
        self.enter_scope(name, UnitKind::Comprehension, scope, line);
        self.set_loc(e.span);
        let is_async = self.st.scopes[scope].coroutine;
        if is_async
            && kind != CompKind::Generator
            && !matches!(
                outer_kind,
                UnitKind::AsyncFunction | UnitKind::Comprehension
            )
        {
            return Err(
                self.error("asynchronous comprehension outside of an asynchronous function")
            );
        }
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Generator => {}
        }
        self.u().argcount = 1;
        self.comprehension_generator(generators, 0, 0, elt, val, kind)?;
        if kind != CompKind::Generator {
            self.emit(Instr::ReturnValue);
        }
        let code = self.exit_scope();
        self.make_closure(code, MakeFunctionFlags::default());
        let outermost = &generators[0];
        self.visit_iter_expr(&outermost.iter)?;
        self.set_loc(e.span);
        self.emit(if outermost.is_async {
            Instr::GetAiter
        } else {
            Instr::GetIter
        });
        self.emit(Instr::Call(1));
        if is_async && kind != CompKind::Generator {
            self.emit(Instr::GetAwaitable(0));
            self.load_const(Constant::None);
            self.yield_from_loop();
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        gens: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        if gens[index].is_async {
            self.async_comprehension_generator(gens, index, depth, elt, val, kind)
        } else {
            self.sync_comprehension_generator(gens, index, depth, elt, val, kind)
        }
    }

    /// The innermost body: add the element to the result (at `depth + 1` below it), or yield.
    fn comprehension_element(
        &mut self,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        self.visit_expr(elt)?;
        match kind {
            CompKind::Generator => {
                self.emit_yield();
                self.emit(Instr::PopTop);
            }
            CompKind::List => self.emit(Instr::ListAppend(depth + 1)),
            CompKind::Set => self.emit(Instr::SetAdd(depth + 1)),
            CompKind::Dict => {
                self.visit_expr(val.unwrap())?;
                self.emit(Instr::MapAdd(depth + 1));
            }
        }
        Ok(())
    }

    fn sync_comprehension_generator(
        &mut self,
        gens: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        let gen = &gens[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let mut has_loop = true;
        if index == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            // `for y in [f(x)]` binds y without a loop.
            let single = match &gen.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } if elts.len() == 1 => {
                    (!matches!(elts[0].kind, ExprKind::Starred { .. })).then(|| &elts[0])
                }
                _ => None,
            };
            if let Some(x) = single {
                self.visit_expr(x)?;
                has_loop = false;
            } else {
                self.visit_iter_expr(&gen.iter)?;
                self.emit(Instr::GetIter);
            }
        }
        if has_loop {
            depth += 1;
            self.bind(start);
            self.emit(Instr::ForIter(anchor.0));
        }
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < gens.len() {
            self.comprehension_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(depth, elt, val, kind)?;
        }
        self.bind(if_cleanup);
        if has_loop {
            self.emit(Instr::Jump(start.0));
            self.bind(anchor);
        }
        Ok(())
    }

    fn async_comprehension_generator(
        &mut self,
        gens: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        let gen = &gens[index];
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        if index == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.visit_expr(&gen.iter)?;
            self.emit(Instr::GetAiter);
        }
        self.bind(start);
        let hl = self.handlers_len();
        self.push_fblock(FBlockKind::AsyncComprehensionGenerator, start, start, hl)?;
        self.push_handler(except, false, 0);
        self.emit(Instr::GetAnext);
        self.load_const(Constant::None);
        self.yield_from_loop();
        self.pop_handler();
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        if index + 1 < gens.len() {
            self.comprehension_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(depth, elt, val, kind)?;
        }
        self.bind(if_cleanup);
        self.emit(Instr::Jump(start.0));
        self.pop_fblock();
        self.bind(except);
        self.emit(Instr::EndAsyncFor);
        Ok(())
    }
}
