//! Exception handling statements: `try`/`except`/`else`/`finally`, `try`/`except*`, `with` and
//! `async with`, in CPython 3.11's exception-table layout.
//!
//! Each construct pushes handlers (`push_handler`, CPython's SETUP_FINALLY/SETUP_CLEANUP/
//! SETUP_WITH) around the code they protect and pops them (POP_BLOCK) where the protected
//! region ends; the doc comment of each function gives the stack the VM finds at each handler.
//! Frame blocks (`push_fblock`) tell `break`/`continue`/`return` what to undo on the way out.
//!
//! Start reading at [`Compiler::visit_try_finally`].

use super::code::{Constant, Instr};
use super::codegen::{CResult, Compiler, FBlockKind, Label};
use crate::ast::*;

impl<'a> Compiler<'a> {
    /// `try: … except …:` (CPython 3.11 layout).
    ///
    /// Body handler: depth d (no lasti) → `… exc`. There a cleanup handler (depth d+1, lasti)
    /// is pushed and PushExcInfo makes it `… prev exc`; each clause tests with CheckExcMatch.
    /// A named clause stores the exception and runs its body under another cleanup handler
    /// (depth d+1, lasti) that clears the name and re-raises. No match: Reraise. The cleanup
    /// target sees `… prev lasti exc2` and runs `Copy(3); PopExcept; Reraise`.
    pub(crate) fn visit_try_except(&mut self, t: &'a Try) -> CResult {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let hl0 = self.handlers_len();
        self.push_handler(except, false, 0);
        let body_l = self.new_label();
        self.push_fblock(FBlockKind::TryExcept, body_l, body_l, hl0)?;
        self.visit_body(&t.body)?;
        self.pop_fblock();
        self.pop_handler();
        self.unset_loc();
        self.visit_body(&t.orelse)?;
        self.unset_loc();
        self.emit(Instr::Jump(end.0));
        self.bind(except);
        let hl1 = self.handlers_len();
        self.push_handler(cleanup, true, 0);
        self.emit(Instr::PushExcInfo);
        let l = self.new_label();
        self.push_fblock(FBlockKind::ExceptionHandler, l, l, hl1)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_loc(h.span);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            let clause_handlers = self.save_handlers();
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.set_loc(h.span);
                self.emit(Instr::CheckExcMatch);
                self.emit(Instr::PopJumpIfFalse(next.0));
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_label();
                self.nameop(name, ExprContext::Store)?;
                self.push_handler(cleanup_end, true, 0);
                self.push_fblock(FBlockKind::HandlerCleanup(Some(name.clone())), l, l, hl1)?;
                self.visit_body(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.truncate_handlers(hl1);
                self.emit(Instr::PopExcept);
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.emit(Instr::Jump(end.0));
                self.restore_handlers(clause_handlers);
                self.bind(cleanup_end);
                self.unset_loc();
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.emit(Instr::Reraise);
            } else {
                self.emit(Instr::PopTop);
                self.push_fblock(FBlockKind::HandlerCleanup(None), l, l, hl1)?;
                self.visit_body(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.truncate_handlers(hl1);
                self.emit(Instr::PopExcept);
                self.emit(Instr::Jump(end.0));
                self.restore_handlers(clause_handlers);
            }
            self.bind(next);
        }
        self.unset_loc();
        self.pop_fblock();
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    pub(crate) fn pop_except_and_reraise(&mut self) {
        self.emit(Instr::Copy(3));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
    }

    /// `try: … finally: …`. Body handler: depth d (no lasti) → `… exc`; the finally copy run
    /// on that path is under a cleanup handler (depth d+1, lasti): PushExcInfo, finally body,
    /// Reraise; cleanup: `… prev lasti exc2` → `Copy(3); PopExcept; Reraise`. On normal exit
    /// the finally body is inlined.
    pub(crate) fn visit_try_finally(&mut self, t: &'a Try, star: bool) -> CResult {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let hl0 = self.handlers_len();
        self.push_handler(end, false, 0);
        let body_l = self.new_label();
        self.push_fblock(FBlockKind::FinallyTry(&t.finalbody), body_l, body_l, hl0)?;
        if !t.handlers.is_empty() {
            if star {
                self.visit_try_star_except(t)?;
            } else {
                self.visit_try_except(t)?;
            }
        } else {
            self.visit_body(&t.body)?;
        }
        self.unset_loc();
        self.pop_handler();
        self.pop_fblock();
        self.visit_body(&t.finalbody)?;
        self.unset_loc();
        self.emit(Instr::Jump(exit.0));
        self.bind(end);
        self.unset_loc();
        let hl1 = self.handlers_len();
        self.push_handler(cleanup, true, 0);
        self.emit(Instr::PushExcInfo);
        let l = self.new_label();
        self.push_fblock(FBlockKind::FinallyEnd, l, l, hl1)?;
        self.visit_body(&t.finalbody)?;
        self.pop_fblock();
        self.unset_loc();
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    /// `with a as b, c:` — per item: `mgr` → BeforeWith → `… exit enter_result`; a handler
    /// (lasti, depth counting `exit` but not the enter result) covers the body. Normal exit:
    /// `exit(None, None, None)` via `LoadConst None ×3; Call(3); PopTop`. Handler target:
    /// `… exit lasti exc` → (cleanup handler, depth with `exc`, lasti) PushExcInfo →
    /// `… exit lasti prev exc` → WithExceptStart → `… exit lasti prev exc res` →
    /// PopJumpIfTrue(suppress) → Reraise; cleanup: `Copy(3); PopExcept; Reraise`; suppress:
    /// `PopTop; PopExcept; PopTop; PopTop` back to `…`.
    pub(crate) fn visit_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult {
        let item = &items[pos];
        let final_l = self.new_label();
        let exit = self.new_label();
        self.visit_expr(&item.context_expr)?;
        self.set_loc(s.span);
        self.emit(Instr::BeforeWith);
        let hl = self.handlers_len();
        self.push_handler(final_l, true, 1);
        let l = self.new_label();
        self.push_fblock(FBlockKind::With(s.span), l, l, hl)?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.emit(Instr::PopTop),
        }
        if pos + 1 == items.len() {
            self.visit_body(body)?;
        } else {
            self.visit_with(s, items, body, pos + 1)?;
        }
        self.unset_loc();
        self.pop_handler();
        self.pop_fblock();
        self.set_loc(s.span);
        self.call_exit_with_nones();
        self.emit(Instr::PopTop);
        self.emit(Instr::Jump(exit.0));
        self.bind(final_l);
        let cleanup = self.new_label();
        self.push_handler(cleanup, true, 0);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        self.with_except_finish(cleanup);
        self.bind(exit);
        Ok(())
    }

    pub(crate) fn with_except_finish(&mut self, cleanup: Label) {
        let exit = self.new_label();
        self.emit(Instr::PopJumpIfTrue(exit.0));
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopTop);
    }

    /// `async with`: as `with`, with BeforeAsyncWith and awaits of `__aenter__` (GetAwaitable
    /// 1) and `__aexit__` (GetAwaitable 2).
    pub(crate) fn visit_async_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult {
        let item = &items[pos];
        let final_l = self.new_label();
        let exit = self.new_label();
        self.visit_expr(&item.context_expr)?;
        self.set_loc(s.span);
        self.emit(Instr::BeforeAsyncWith);
        self.emit(Instr::GetAwaitable(1));
        self.load_const(Constant::None);
        self.yield_from_loop();
        let hl = self.handlers_len();
        self.push_handler(final_l, true, 1);
        let l = self.new_label();
        self.push_fblock(FBlockKind::AsyncWith(s.span), l, l, hl)?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.emit(Instr::PopTop),
        }
        if pos + 1 == items.len() {
            self.visit_body(body)?;
        } else {
            self.visit_async_with(s, items, body, pos + 1)?;
        }
        self.unset_loc();
        self.pop_handler();
        self.pop_fblock();
        self.set_loc(s.span);
        self.call_exit_with_nones();
        self.emit(Instr::GetAwaitable(2));
        self.load_const(Constant::None);
        self.yield_from_loop();
        self.emit(Instr::PopTop);
        self.emit(Instr::Jump(exit.0));
        self.bind(final_l);
        let cleanup = self.new_label();
        self.push_handler(cleanup, true, 0);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        self.emit(Instr::GetAwaitable(2));
        self.load_const(Constant::None);
        self.yield_from_loop();
        self.with_except_finish(cleanup);
        self.bind(exit);
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
