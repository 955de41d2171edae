//! Statements: CPython 3.11's `compiler_visit_stmt` and friends — assignments, control flow,
//! `try`/`with` (with their exception-table layouts), imports, function and class definitions.
//!
//! The stack layouts of exception handlers (what the VM finds when it jumps to a handler) are
//! described at [`Compiler::visit_try_except`], [`Compiler::visit_try_finally`] and
//! [`Compiler::visit_with`]; `break`/`continue`/`return` run the cleanup of every block they
//! leave via [`Compiler::unwind_fblock_stack`].
//!
//! Start reading at [`Compiler::visit_stmt`].

use super::code::{Constant, Instr, MakeFunctionFlags};
use super::codegen::{CResult, Compiler, FBlock, FBlockKind, UnitKind};
use super::symtable::mangle;
use crate::ast::*;

/// Whether a body has annotated assignments that need `__annotations__` (CPython's find_ann).
pub(crate) fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For(f) | StmtKind::AsyncFor(f) => find_ann(&f.body) || find_ann(&f.orelse),
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            find_ann(body) || find_ann(orelse)
        }
        StmtKind::With { body, .. } | StmtKind::AsyncWith { body, .. } => find_ann(body),
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| find_ann(&h.body))
        }
        _ => false,
    })
}

/// The docstring of a body, if its first statement is a string constant.
pub(crate) fn docstring_of(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr { value }) => match &value.kind {
            ExprKind::Constant {
                value: crate::ast::Constant::Str(s),
                ..
            } => Some(s),
            _ => None,
        },
        _ => None,
    }
}

const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

impl<'a> Compiler<'a> {
    /// CPython's future.c: the `from __future__ import` statements at the top of a module.
    pub(crate) fn check_future(&mut self, body: &[Stmt]) -> CResult {
        let skip = docstring_of(body).is_some() as usize;
        for s in &body[skip..] {
            let StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } = &s.kind
            else {
                break;
            };
            if m != "__future__" {
                break;
            }
            for a in names {
                if a.name == "annotations" {
                    self.future_annotations = true;
                } else if a.name == "braces" {
                    return Err(super::symtable::error_at("not a chance", s.span));
                } else if !FUTURE_FEATURES.contains(&a.name.as_str()) {
                    return Err(super::symtable::error_at(
                        format!("future feature {} is not defined", a.name),
                        s.span,
                    ));
                }
            }
            self.future_end = s.span.end;
        }
        Ok(())
    }

    /// A module or class body: `__annotations__`, the docstring as `__doc__`, the statements.
    pub(crate) fn compile_body(&mut self, stmts: &'a [Stmt]) -> CResult {
        if self.unit().kind == UnitKind::Module {
            if let Some(first) = stmts.first() {
                self.set_loc(first.span);
            }
        }
        if find_ann(stmts) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut rest = stmts;
        if let Some(doc) = docstring_of(stmts) {
            self.u().docstring = Some(doc.to_string());
            let StmtKind::Expr { value } = &stmts[0].kind else {
                unreachable!()
            };
            self.set_loc(stmts[0].span);
            self.visit_expr(value)?;
            self.nameop("__doc__", ExprContext::Store)?;
            rest = &stmts[1..];
        }
        for s in rest {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn visit_body(&mut self, stmts: &'a [Stmt]) -> CResult {
        stmts.iter().try_for_each(|s| self.visit_stmt(s))
    }

    pub(crate) fn visit_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_loc(s.span);
        match &s.kind {
            StmtKind::FunctionDef(d) => self.visit_function(s, d, false),
            StmtKind::AsyncFunctionDef(d) => self.visit_function(s, d, true),
            StmtKind::ClassDef(c) => self.visit_class(s, c),
            StmtKind::Return { value } => self.visit_return(s, value.as_ref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.visit_augassign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.visit_annassign(target, annotation, value.as_ref(), *simple),
            StmtKind::For(f) => self.visit_for(f),
            StmtKind::AsyncFor(f) => self.visit_async_for(s, f),
            StmtKind::While { test, body, orelse } => self.visit_while(test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, next, false)?;
                self.visit_body(body)?;
                if !orelse.is_empty() {
                    self.emit(Instr::Jump(end.0));
                    self.bind(next);
                    self.visit_body(orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            StmtKind::With { items, body } => self.visit_with(s, items, body, 0),
            StmtKind::AsyncWith { items, body } => {
                if !self.in_async_function() {
                    return Err(self.error("'async with' outside async function"));
                }
                self.visit_async_with(s, items, body, 0)
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::RaiseVarargs(n));
                Ok(())
            }
            StmtKind::Try(t) => {
                if t.finalbody.is_empty() {
                    self.visit_try_except(t)
                } else {
                    self.visit_try_finally(t, false)
                }
            }
            StmtKind::TryStar(t) => {
                if t.finalbody.is_empty() {
                    self.visit_try_star_except(t)
                } else {
                    self.visit_try_finally(t, true)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.bind(end);
                Ok(())
            }
            StmtKind::Import { names } => self.visit_import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.visit_import_from(s, module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => Ok(()),
            StmtKind::Expr { value } => {
                if self.interactive && self.units.len() == 1 {
                    self.visit_expr(value)?;
                    self.emit(Instr::PrintExpr);
                } else if !matches!(value.kind, ExprKind::Constant { .. }) {
                    self.visit_expr(value)?;
                    self.emit(Instr::PopTop);
                }
                Ok(())
            }
            StmtKind::Break => {
                let saved = self.save_handlers();
                let lp = self.unwind_fblock_stack(false, true)?;
                let Some(lp) = lp else {
                    return Err(self.error("'break' outside loop"));
                };
                self.unwind_fblock(&lp, false)?;
                self.emit(Instr::Jump(lp.exit.0));
                self.restore_handlers(saved);
                Ok(())
            }
            StmtKind::Continue => {
                let saved = self.save_handlers();
                let lp = self.unwind_fblock_stack(false, true)?;
                let Some(lp) = lp else {
                    return Err(self.error("'continue' not properly in loop"));
                };
                self.emit(Instr::Jump(lp.start.0));
                self.restore_handlers(saved);
                Ok(())
            }
        }
    }

    pub(crate) fn in_async_function(&self) -> bool {
        self.unit().kind == UnitKind::AsyncFunction
    }

    fn visit_return(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        if self.scope_kind() != super::symtable::ScopeKind::Function {
            return Err(self.error("'return' outside function"));
        }
        let ste = &self.st.scopes[self.unit().scope];
        if value.is_some() && ste.coroutine && ste.generator {
            return Err(self.error("'return' with value in async generator"));
        }
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant { .. }));
        if preserve_tos {
            self.visit_expr(value.unwrap())?;
        }
        self.set_loc(s.span);
        let saved = self.save_handlers();
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value {
            None => self.load_const(Constant::None),
            Some(v) if !preserve_tos => {
                let ExprKind::Constant { value: c, .. } = &v.kind else {
                    unreachable!()
                };
                self.load_const(super::fold::ast_const(c));
            }
            _ => {}
        }
        self.emit(Instr::ReturnValue);
        self.restore_handlers(saved);
        Ok(())
    }

    /// Emit the cleanup of every frame block up to the innermost loop (if `want_loop`) or all
    /// of them; returns that loop. The blocks are restored afterwards (CPython's
    /// `compiler_unwind_fblock_stack`).
    pub(crate) fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        want_loop: bool,
    ) -> Result<Option<FBlock<'a>>, crate::parse::SyntaxError> {
        let Some(top) = self.unit().fblocks.last().cloned() else {
            return Ok(None);
        };
        if matches!(top.kind, FBlockKind::ExceptionGroupHandler) {
            return Err(
                self.error("'break', 'continue' and 'return' cannot appear in an except* block")
            );
        }
        if want_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self
            .unwind_fblock(&top, preserve_tos)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, want_loop));
        self.u().fblocks.push(top);
        r
    }

    /// The cleanup code for leaving one frame block (CPython's `compiler_unwind_fblock`).
    pub(crate) fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match &fb.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlockKind::TryExcept => self.truncate_handlers(fb.handlers_len),
            FBlockKind::FinallyTry(body) => {
                self.truncate_handlers(fb.handlers_len);
                let l = self.new_label();
                if preserve_tos {
                    let hl = self.handlers_len();
                    self.push_fblock(FBlockKind::PopValue, l, l, hl)?;
                }
                let old = self.save_loc();
                self.visit_body(body)?;
                self.restore_loc(old);
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.truncate_handlers(fb.handlers_len);
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With(span) | FBlockKind::AsyncWith(span) => {
                let old = self.set_loc(*span);
                self.truncate_handlers(fb.handlers_len);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones();
                if matches!(fb.kind, FBlockKind::AsyncWith(_)) {
                    self.emit(Instr::GetAwaitable(2));
                    self.load_const(Constant::None);
                    self.yield_from_loop();
                }
                self.emit(Instr::PopTop);
                self.restore_loc(old);
            }
            FBlockKind::HandlerCleanup(name) => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.truncate_handlers(fb.handlers_len);
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.nameop(n, ExprContext::Store)?;
                    self.nameop(n, ExprContext::Del)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    pub(crate) fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Instr::Call(3));
    }

    fn visit_while(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let lp = self.new_label();
        let body_l = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(lp);
        let hl = self.handlers_len();
        self.push_fblock(FBlockKind::WhileLoop, lp, end, hl)?;
        self.jump_if(test, anchor, false)?;
        self.bind(body_l);
        self.visit_body(body)?;
        self.set_loc(test.span);
        self.jump_if(test, body_l, true)?;
        self.pop_fblock();
        self.bind(anchor);
        self.visit_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn visit_for(&mut self, f: &'a For) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.visit_iter_expr(&f.iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        let hl = self.handlers_len();
        self.push_fblock(FBlockKind::ForLoop, start, end, hl)?;
        self.emit(Instr::ForIter(cleanup.0));
        self.visit_expr(&f.target)?;
        self.visit_body(&f.body)?;
        self.unset_loc();
        self.emit(Instr::Jump(start.0));
        self.pop_fblock();
        self.bind(cleanup);
        self.visit_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `async for`: `… aiter`; each step is guarded by a handler (depth: with `aiter`) whose
    /// target runs EndAsyncFor with `… aiter exc`.
    fn visit_async_for(&mut self, s: &'a Stmt, f: &'a For) -> CResult {
        if !self.in_async_function() {
            return Err(self.error("'async for' outside async function"));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.visit_expr(&f.iter)?;
        self.set_loc(s.span);
        self.emit(Instr::GetAiter);
        self.bind(start);
        let hl = self.handlers_len();
        self.push_fblock(FBlockKind::ForLoop, start, end, hl)?;
        self.push_handler(except, false, 0);
        self.emit(Instr::GetAnext);
        self.load_const(Constant::None);
        self.yield_from_loop();
        self.pop_handler();
        self.visit_expr(&f.target)?;
        self.visit_body(&f.body)?;
        self.unset_loc();
        self.emit(Instr::Jump(start.0));
        self.pop_fblock();
        self.bind(except);
        self.set_loc(f.iter.span);
        self.emit(Instr::EndAsyncFor);
        self.visit_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn visit_import(&mut self, names: &'a [Alias]) -> CResult {
        for a in names {
            self.set_loc(a.span);
            self.load_const(Constant::Int(0.into()));
            self.load_const(Constant::None);
            let i = self.name_index(&a.name);
            self.emit(Instr::ImportName(i));
            if let Some(asname) = &a.asname {
                let parts: Vec<&str> = a.name.split('.').collect();
                if parts.len() > 1 {
                    for (k, attr) in parts[1..].iter().enumerate() {
                        let i = self.name_index_raw(attr);
                        self.emit(Instr::ImportFrom(i));
                        if k + 2 < parts.len() {
                            self.emit(Instr::Swap(2));
                            self.emit(Instr::PopTop);
                        }
                    }
                    self.nameop(asname, ExprContext::Store)?;
                    self.emit(Instr::PopTop);
                } else {
                    self.nameop(asname, ExprContext::Store)?;
                }
            } else {
                let first = a.name.split('.').next().unwrap_or("");
                self.nameop(first, ExprContext::Store)?;
            }
        }
        Ok(())
    }

    fn visit_import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        self.load_const(Constant::Int(level.into()));
        let fromlist = names
            .iter()
            .map(|a| Constant::Str(a.name.clone()))
            .collect();
        if module == Some("__future__") && s.span.start >= self.future_end {
            return Err(
                self.error("from __future__ imports must occur at the beginning of the file")
            );
        }
        self.load_const(Constant::Tuple(fromlist));
        let i = self.name_index(module.unwrap_or(""));
        self.emit(Instr::ImportName(i));
        for (k, a) in names.iter().enumerate() {
            if k == 0 && a.name.starts_with('*') {
                self.emit(Instr::ImportStar);
                return Ok(());
            }
            let i = self.name_index(&a.name);
            self.emit(Instr::ImportFrom(i));
            let store = a.asname.as_deref().unwrap_or(&a.name);
            self.nameop(store, ExprContext::Store)?;
        }
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn visit_augassign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> CResult {
        let old = self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.visit_expr(obj)?;
                self.emit(Instr::Copy(1));
                let i = self.name_index(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.visit_expr(obj)?;
                self.visit_expr(slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Load)?,
            _ => return Err(self.error("illegal expression for augmented assignment")),
        }
        self.restore_loc(old);
        self.visit_expr(value)?;
        self.emit(Instr::BinaryOp(super::code::BinOp { op, inplace: true }));
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.emit(Instr::Swap(2));
                let i = self.name_index(attr);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { .. } => {
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store)?,
            _ => {}
        }
        Ok(())
    }

    fn visit_annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.visit_expr(target)?;
        }
        let module_or_class = matches!(self.unit().kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if id == "__debug__" {
                    return Err(self.error("cannot assign to __debug__"));
                }
                if simple && module_or_class {
                    self.visit_annotation(annotation)?;
                    let i = self.name_index_raw("__annotations__");
                    self.emit(Instr::LoadName(i));
                    let m = mangle(self.unit().private.as_deref(), id);
                    self.load_const(Constant::Str(m));
                    self.emit(Instr::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.check_ann_expr(obj)?;
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } if value.is_none() => {
                self.check_ann_expr(obj)?;
                self.check_ann_subscr(slice)?;
            }
            _ => {}
        }
        if !simple && module_or_class && !self.future_annotations {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.visit_expr(e)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => elts.iter().try_for_each(|x| self.check_ann_subscr(x)),
            _ => self.check_ann_expr(e),
        }
    }

    /// An annotation's value: the expression, or under `from __future__ import annotations`
    /// its source text (CPython uses `ast.unparse`; the source text differs only in spacing).
    pub(crate) fn visit_annotation(&mut self, e: &'a Expr) -> CResult {
        if self.future_annotations {
            let text = self
                .source
                .get(e.span.start as usize..e.span.end as usize)
                .unwrap_or("")
                .to_string();
            self.load_const(Constant::Str(text));
            Ok(())
        } else {
            self.visit_expr(e)
        }
    }

    // ---- definitions

    fn first_line(&self, s: &Stmt, decorators: &[Expr]) -> u32 {
        match decorators.first() {
            Some(d) => self.line_of(d.span.start),
            None => self.line_of(s.span.start),
        }
    }

    /// Defaults (a tuple) and keyword-only defaults (a dict), as compiler_default_arguments.
    pub(crate) fn default_arguments(
        &mut self,
        args: &'a Arguments,
    ) -> Result<MakeFunctionFlags, crate::parse::SyntaxError> {
        let mut flags = MakeFunctionFlags::default();
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.visit_expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags.defaults = true;
        }
        let mut keys = Vec::new();
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                keys.push(Constant::Str(mangle(
                    self.unit().private.as_deref(),
                    &a.arg,
                )));
                self.visit_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys));
            self.emit(Instr::BuildConstKeyMap(n));
            flags.kwdefaults = true;
        }
        Ok(flags)
    }

    fn visit_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<bool, crate::parse::SyntaxError> {
        let mut n = 0;
        let mut one = |c: &mut Self,
                       name: &str,
                       ann: &'a Option<Expr>|
         -> crate::compile::codegen::CResult {
            if let Some(a) = ann {
                let m = mangle(c.unit().private.as_deref(), name);
                c.load_const(Constant::Str(m));
                if let (ExprKind::Starred { value, .. }, false) = (&a.kind, c.future_annotations) {
                    c.visit_expr(value)?;
                    c.emit(Instr::UnpackSequence(1));
                } else {
                    c.visit_annotation(a)?;
                }
                n += 2;
            }
            Ok(())
        };
        for a in args.args.iter().chain(&args.posonlyargs) {
            one(self, &a.arg, &a.annotation)?;
        }
        if let Some(a) = &args.vararg {
            one(self, &a.arg, &a.annotation)?;
        }
        for a in &args.kwonlyargs {
            one(self, &a.arg, &a.annotation)?;
        }
        if let Some(a) = &args.kwarg {
            one(self, &a.arg, &a.annotation)?;
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".into()));
            self.visit_annotation(r)?;
            n += 2;
        }
        if n > 0 {
            self.emit(Instr::BuildTuple(n));
        }
        Ok(n > 0)
    }

    pub(crate) fn check_params(&self, args: &Arguments) -> CResult {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if a.arg == "__debug__" {
                return Err(super::symtable::error_at(
                    "cannot assign to __debug__",
                    a.span,
                ));
            }
        }
        Ok(())
    }

    fn visit_function(&mut self, s: &'a Stmt, d: &'a FunctionDef, is_async: bool) -> CResult {
        self.check_params(&d.args)?;
        for dec in &d.decorator_list {
            self.visit_expr(dec)?;
        }
        self.set_loc(s.span);
        let first_line = self.first_line(s, &d.decorator_list);
        let mut flags = self.default_arguments(&d.args)?;
        flags.annotations = self.visit_annotations(&d.args, d.returns.as_ref())?;
        let scope = self.st.scope_of(d);
        let kind = if is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_scope(&d.name, kind, scope, first_line);
        self.set_loc(s.span);
        let doc = docstring_of(&d.body);
        self.add_const(match doc {
            Some(doc) => Constant::Str(doc.to_string()),
            None => Constant::None,
        });
        self.u().docstring = doc.map(str::to_string);
        let u = self.u();
        u.argcount = (d.args.posonlyargs.len() + d.args.args.len()) as u32;
        u.posonlyargcount = d.args.posonlyargs.len() as u32;
        u.kwonlyargcount = d.args.kwonlyargs.len() as u32;
        let body = if doc.is_some() {
            &d.body[1..]
        } else {
            &d.body[..]
        };
        for st in body {
            self.visit_stmt(st)?;
        }
        let code = self.exit_scope();
        self.set_loc(s.span);
        self.make_closure(code, flags);
        for _ in &d.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.nameop(&d.name, ExprContext::Store)
    }

    /// A class: the body is a function of no arguments run by `__build_class__`. It starts by
    /// storing `__module__` (from `__name__`) and `__qualname__`, and returns the `__class__`
    /// cell (also stored as `__classcell__`) when a method uses `super()`/`__class__`, else
    /// None.
    fn visit_class(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult {
        for dec in &c.decorator_list {
            self.visit_expr(dec)?;
        }
        self.set_loc(s.span);
        let first_line = self.first_line(s, &c.decorator_list);
        let scope = self.st.scope_of(c);
        self.enter_scope(&c.name, UnitKind::Class, scope, first_line);
        self.set_loc(s.span);
        self.nameop("__name__", ExprContext::Load)?;
        self.nameop("__module__", ExprContext::Store)?;
        let q = self.unit().qualname.clone();
        self.load_const(Constant::Str(q));
        self.nameop("__qualname__", ExprContext::Store)?;
        self.compile_body(&c.body)?;
        self.unset_loc();
        if self.st.scopes[scope].needs_class_closure {
            self.emit(Instr::LoadClosure(0));
            self.emit(Instr::Copy(1));
            self.nameop("__classcell__", ExprContext::Store)?;
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_scope();
        self.set_loc(s.span);
        self.emit(Instr::LoadBuildClass);
        self.make_closure(code, MakeFunctionFlags::default());
        self.load_const(Constant::Str(c.name.clone()));
        self.call_helper(2, &c.bases, &c.keywords)?;
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.nameop(&c.name, ExprContext::Store)
    }
}
