//! Comprehensions and generator expressions (each its own code object, CPython 3.11 style),
//! and `try: … except* …` (exception groups).
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

    /// `try: … except* T: …` (CPython 3.11's `compiler_try_star_except`).
    ///
    /// Body handler: depth d → `… eg`. Under a cleanup handler (depth d+1, lasti) PushExcInfo
    /// gives `… prev eg`; then `Copy(1); BuildList(0); Swap(2)` → `… prev orig list rest`.
    /// Each clause: `<type>; CheckEgMatch` → `… rest match`; `Copy(1); PopJumpIfNone(no_match)`;
    /// the match is stored (or popped) and the clause body runs under a handler (depth of
    /// `… prev orig list rest`, lasti) whose target appends the raised exception to `list`
    /// (`ListAppend(3)`, popping `lasti`). After the clauses, `rest` is appended too,
    /// PrepReraiseStar(orig, list) gives the exception to raise, or None: then PopExcept and
    /// continue after the statement.
    pub(crate) fn visit_try_star_except(&mut self, t: &'a Try) -> CResult {
        let except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        let hl0 = self.handlers_len();
        self.push_handler(except, false, 0);
        let body_l = self.new_label();
        self.push_fblock(FBlockKind::TryExcept, body_l, body_l, hl0)?;
        self.visit_body(&t.body)?;
        self.pop_fblock();
        self.pop_handler();
        self.unset_loc();
        self.emit(Instr::Jump(orelse.0));
        self.bind(except);
        let hl1 = self.handlers_len();
        self.push_handler(cleanup, true, 0);
        self.emit(Instr::PushExcInfo);
        let l = self.new_label();
        self.push_fblock(FBlockKind::ExceptionGroupHandler, l, l, hl1)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_loc(h.span);
            let clause_handlers = self.save_handlers();
            let next = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                self.emit(Instr::Copy(1));
                self.emit(Instr::BuildList(0));
                self.emit(Instr::Swap(2));
            }
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.set_loc(h.span);
                self.emit(Instr::CheckEgMatch);
                self.emit(Instr::Copy(1));
                self.emit(Instr::PopJumpIfNone(no_match.0));
            }
            let cleanup_end = self.new_label();
            match &h.name {
                Some(name) => self.nameop(name, ExprContext::Store)?,
                None => self.emit(Instr::PopTop),
            }
            self.push_handler(cleanup_end, true, 0);
            self.push_fblock(FBlockKind::HandlerCleanup(h.name.clone()), l, l, hl1)?;
            self.visit_body(&h.body)?;
            self.pop_fblock();
            self.pop_handler();
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
            }
            self.emit(Instr::Jump(next.0));
            self.restore_handlers(clause_handlers);
            self.bind(cleanup_end);
            self.unset_loc();
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
            }
            self.emit(Instr::ListAppend(3));
            self.emit(Instr::PopTop);
            self.emit(Instr::Jump(except_with_error.0));
            self.bind(next);
            self.emit(Instr::Nop);
            self.emit(Instr::Jump(except_with_error.0));
            self.bind(no_match);
            self.emit(Instr::PopTop);
            self.bind(except_with_error);
            if i + 1 == n {
                self.emit(Instr::ListAppend(1));
                self.emit(Instr::Jump(reraise_star.0));
            }
        }
        self.unset_loc();
        self.pop_fblock();
        let reraise = self.new_label();
        self.bind(reraise_star);
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.emit(Instr::PopJumpIfNotNone(reraise.0));
        self.emit(Instr::PopTop);
        let saved = self.save_handlers();
        self.truncate_handlers(hl1);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Jump(end.0));
        self.restore_handlers(saved);
        self.bind(reraise);
        self.truncate_handlers(hl1);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(orelse);
        self.visit_body(&t.orelse)?;
        self.bind(end);
        Ok(())
    }
}
