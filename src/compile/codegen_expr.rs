//! Expressions: CPython 3.11's `compiler_visit_expr` and helpers — name resolution
//! ([`Compiler::nameop`]), calls (plain, keyword, `*`/`**`, method calls), displays with
//! starred items, dict displays, comparisons (chained, with the cleanup path), boolean
//! operators and conditional jumps ([`Compiler::jump_if`]), f-strings, subscripts, slices,
//! lambda, assignment targets (unpacking).
//!
//! Constant subexpressions are folded first (`fold.rs`), as CPython's AST optimizer does
//! before code generation.
//!
//! Start reading at [`Compiler::visit_expr`].

use super::code::{BinOp, Constant, Instr};
use super::codegen::{CResult, Compiler, Label, UnitKind, STACK_USE_GUARD};
use super::fold;
use super::symtable::{mangle, ScopeKind, SymScope};
use crate::ast::*;

type OpFn = fn(u32) -> Instr;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Collection {
    List,
    Tuple,
    Set,
}

impl<'a> Compiler<'a> {
    /// Load, store or delete a name (CPython's `compiler_nameop`).
    pub(crate) fn nameop(&mut self, name: &str, ctx: ExprContext) -> CResult {
        if name == "__debug__" {
            match ctx {
                ExprContext::Store => return Err(self.error("cannot assign to __debug__")),
                ExprContext::Del => return Err(self.error("cannot delete __debug__")),
                ExprContext::Load => {}
            }
        }
        let mangled = mangle(self.unit().private.as_deref(), name);
        let ste = &self.st.scopes[self.unit().scope];
        let is_function = ste.kind == ScopeKind::Function;
        let is_class = ste.kind == ScopeKind::Class;
        let instr = match ste.scope_of_name(&mangled) {
            Some(SymScope::Free) | Some(SymScope::Cell) => {
                let cell = ste.scope_of_name(&mangled) == Some(SymScope::Cell);
                let i = self.deref_index(&mangled, cell);
                match ctx {
                    ExprContext::Load if is_class => Instr::LoadClassDeref(i),
                    ExprContext::Load => Instr::LoadDeref(i),
                    ExprContext::Store => Instr::StoreDeref(i),
                    ExprContext::Del => Instr::DeleteDeref(i),
                }
            }
            Some(SymScope::Local) if is_function => {
                let i = self.varname_index(&mangled);
                match ctx {
                    ExprContext::Load => Instr::LoadFast(i),
                    ExprContext::Store => Instr::StoreFast(i),
                    ExprContext::Del => Instr::DeleteFast(i),
                }
            }
            Some(SymScope::GlobalExplicit) | Some(SymScope::GlobalImplicit)
                if is_function || ste.scope_of_name(&mangled) == Some(SymScope::GlobalExplicit) =>
            {
                let i = self.name_index_raw(&mangled);
                match ctx {
                    ExprContext::Load => Instr::LoadGlobal(i),
                    ExprContext::Store => Instr::StoreGlobal(i),
                    ExprContext::Del => Instr::DeleteGlobal(i),
                }
            }
            _ => {
                let i = self.name_index_raw(&mangled);
                match ctx {
                    ExprContext::Load => Instr::LoadName(i),
                    ExprContext::Store => Instr::StoreName(i),
                    ExprContext::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    pub(crate) fn visit_expr(&mut self, e: &'a Expr) -> CResult {
        let old = self.set_loc(e.span);
        let r = self.visit_expr1(e);
        self.restore_loc(old);
        r
    }

    fn visit_expr1(&mut self, e: &'a Expr) -> CResult {
        if matches!(
            e.kind,
            ExprKind::Constant { .. }
                | ExprKind::BinOp { .. }
                | ExprKind::UnaryOp { .. }
                | ExprKind::Tuple {
                    ctx: ExprContext::Load,
                    ..
                }
                | ExprKind::Subscript {
                    ctx: ExprContext::Load,
                    ..
                }
                | ExprKind::Name {
                    ctx: ExprContext::Load,
                    ..
                }
        ) {
            if let Some(c) = fold::fold_expr(e) {
                self.load_const(c);
                return Ok(());
            }
        }
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let n = values.len();
                for v in &values[..n - 1] {
                    self.visit_expr(v)?;
                    match op {
                        BoolOp::And => self.emit(Instr::JumpIfFalseOrPop(end.0)),
                        BoolOp::Or => self.emit(Instr::JumpIfTrueOrPop(end.0)),
                    }
                }
                self.visit_expr(&values[n - 1])?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.emit(Instr::Copy(1));
                self.visit_expr(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.emit(Instr::BinaryOp(BinOp {
                    op: *op,
                    inplace: false,
                }));
            }
            ExprKind::UnaryOp { op, operand } => {
                if *op == UnaryOp::Not {
                    if let ExprKind::Compare {
                        left,
                        ops,
                        comparators,
                    } = &operand.kind
                    {
                        let inv = match ops.as_slice() {
                            [CmpOp::Is] => Some(CmpOp::IsNot),
                            [CmpOp::IsNot] => Some(CmpOp::Is),
                            [CmpOp::In] => Some(CmpOp::NotIn),
                            [CmpOp::NotIn] => Some(CmpOp::In),
                            _ => None,
                        };
                        if let Some(inv) = inv {
                            self.visit_expr(left)?;
                            self.visit_cmp_operand(&comparators[0], inv)?;
                            self.set_loc(e.span);
                            self.emit_compare(inv);
                            return Ok(());
                        }
                    }
                }
                self.visit_expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Instr::UnaryInvert,
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::UAdd => Instr::UnaryPositive,
                    UnaryOp::USub => Instr::UnaryNegative,
                });
            }
            ExprKind::Lambda { args, body } => self.visit_lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.visit_expr(body)?;
                self.emit(Instr::Jump(end.0));
                self.bind(next);
                self.visit_expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.visit_dict(keys, values)?,
            ExprKind::Set { elts } => self.starunpack(elts, 0, Collection::Set)?,
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.visit_comprehension(e)?,
            ExprKind::Await { value } => {
                if self.scope_kind() != ScopeKind::Function {
                    return Err(self.error("'await' outside function"));
                }
                if !matches!(
                    self.unit().kind,
                    UnitKind::AsyncFunction | UnitKind::Comprehension
                ) {
                    return Err(self.error("'await' outside async function"));
                }
                self.visit_expr(value)?;
                self.emit(Instr::GetAwaitable(0));
                self.load_const(Constant::None);
                self.yield_from_loop();
            }
            ExprKind::Yield { value } => {
                if self.scope_kind() != ScopeKind::Function {
                    return Err(self.error("'yield' outside function"));
                }
                match value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit_yield();
            }
            ExprKind::YieldFrom { value } => {
                if self.scope_kind() != ScopeKind::Function {
                    return Err(self.error("'yield' outside function"));
                }
                if self.unit().kind == UnitKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.visit_expr(value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Constant::None);
                self.yield_from_loop();
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.visit_compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.visit_call(func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.visit_expr(value)?;
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                }
                let conversion = if *conversion < 0 {
                    None
                } else {
                    char::from_u32(*conversion as u32)
                };
                self.emit(Instr::FormatValue {
                    conversion,
                    has_spec: format_spec.is_some(),
                });
            }
            ExprKind::JoinedStr { values } => {
                if values.len() > STACK_USE_GUARD {
                    self.load_const(Constant::Str(String::new()));
                    let i = self.name_index_raw("join");
                    self.emit(Instr::LoadMethod(i));
                    self.emit(Instr::BuildList(0));
                    for v in values {
                        self.visit_expr(v)?;
                        self.emit(Instr::ListAppend(1));
                    }
                    self.emit(Instr::CallMethod(1));
                } else {
                    for v in values {
                        self.visit_expr(v)?;
                    }
                    if values.len() != 1 {
                        self.emit(Instr::BuildString(values.len() as u32));
                    }
                }
            }
            ExprKind::Constant { value, .. } => self.load_const(fold::ast_const(value)),
            ExprKind::Attribute { value, attr, ctx } => {
                self.visit_expr(value)?;
                let i = self.name_index(attr);
                match ctx {
                    ExprContext::Load => self.emit(Instr::LoadAttr(i)),
                    ExprContext::Store => {
                        if attr == "__debug__" {
                            return Err(self.error("cannot assign to __debug__"));
                        }
                        self.emit(Instr::StoreAttr(i))
                    }
                    ExprContext::Del => self.emit(Instr::DeleteAttr(i)),
                }
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
                self.emit(match ctx {
                    ExprContext::Load => Instr::BinarySubscr,
                    ExprContext::Store => Instr::StoreSubscr,
                    ExprContext::Del => Instr::DeleteSubscr,
                });
            }
            ExprKind::Starred { ctx, .. } => {
                return Err(self.error(if *ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                }))
            }
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx)?,
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(elts)?,
                ExprContext::Del => {
                    for x in elts {
                        self.visit_expr(x)?;
                    }
                }
                ExprContext::Load => {
                    let kind = if matches!(e.kind, ExprKind::List { .. }) {
                        Collection::List
                    } else {
                        Collection::Tuple
                    };
                    self.starunpack(elts, 0, kind)?;
                }
            },
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                match lower {
                    Some(x) => self.visit_expr(x)?,
                    None => self.load_const(Constant::None),
                }
                match upper {
                    Some(x) => self.visit_expr(x)?,
                    None => self.load_const(Constant::None),
                }
                if let Some(x) = step {
                    self.visit_expr(x)?;
                    n = 3;
                }
                self.emit(Instr::BuildSlice(n));
            }
        }
        Ok(())
    }

    /// `yield v` (TOS): wrapped first in an async generator.
    pub(crate) fn emit_yield(&mut self) {
        let ste = &self.st.scopes[self.unit().scope];
        if ste.generator && ste.coroutine {
            self.emit(Instr::AsyncGenWrap);
        }
        self.emit(Instr::YieldValue);
    }

    /// The `yield from`/`await` loop: `… iter value` → `… result`, as
    /// `L: Send(exit); YieldValue; Jump(L); exit:` (CPython's `compiler_add_yield_from`).
    /// While suspended at that YieldValue, the sub-iterator is TOS (the VM delegates `throw`
    /// and `close` to it, and on its StopIteration jumps to the Send's target with the value).
    pub(crate) fn yield_from_loop(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit(Instr::Send(exit.0));
        self.emit(Instr::YieldValue);
        self.emit(Instr::Jump(start.0));
        self.bind(exit);
    }

    fn emit_compare(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Is => Instr::IsOp(false),
            CmpOp::IsNot => Instr::IsOp(true),
            CmpOp::In => Instr::ContainsOp(false),
            CmpOp::NotIn => Instr::ContainsOp(true),
            op => Instr::CompareOp(op),
        });
    }

    /// The right operand of a comparison: a literal list or set after `in`/`not in` becomes a
    /// tuple or frozenset (constant when all its items are).
    fn visit_cmp_operand(&mut self, e: &'a Expr, op: CmpOp) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.visit_iter_expr(e)
        } else {
            self.visit_expr(e)
        }
    }

    /// An iterable in `for x in [...]` / `x in [...]` (CPython's `fold_iter`).
    pub(crate) fn visit_iter_expr(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = fold::fold_iter(e) {
            let old = self.set_loc(e.span);
            self.load_const(c);
            self.restore_loc(old);
            return Ok(());
        }
        if let ExprKind::List { elts, .. } = &e.kind {
            if !elts
                .iter()
                .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
            {
                let old = self.set_loc(e.span);
                let r = self.starunpack(elts, 0, Collection::Tuple);
                self.restore_loc(old);
                return r;
            }
        }
        self.visit_expr(e)
    }

    fn visit_compare(&mut self, left: &'a Expr, ops: &[CmpOp], comps: &'a [Expr]) -> CResult {
        let loc = self.save_loc();
        self.visit_expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.visit_cmp_operand(&comps[0], ops[0])?;
            self.emit_compare(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.visit_expr(&comps[i])?;
            self.restore_loc(loc);
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit_compare(ops[i]);
            self.emit(Instr::JumpIfFalseOrPop(cleanup.0));
        }
        self.visit_cmp_operand(&comps[n], ops[n])?;
        self.emit_compare(ops[n]);
        let end = self.new_label();
        self.emit(Instr::Jump(end.0));
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Jump to `target` if `e` is true (`cond`) or false (`!cond`); fall through otherwise
    /// (CPython's `compiler_jump_if`).
    pub(crate) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        let old = self.set_loc(e.span);
        let r = self.jump_if1(e, target, cond);
        self.restore_loc(old);
        r
    }

    fn jump_if1(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        if let Some(c) = fold::fold_expr(e) {
            if let Some(truth) = fold::const_truth(&c) {
                if truth == cond {
                    self.emit(Instr::Jump(target.0));
                }
                return Ok(());
            }
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    target
                };
                let n = values.len() - 1;
                for v in &values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&values[n], target, cond)?;
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.emit(Instr::Jump(end.0));
                self.bind(next2);
                self.jump_if(orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let n = ops.len() - 1;
                if n == 0 {
                    if let (
                        [op @ (CmpOp::Is | CmpOp::IsNot)],
                        ExprKind::Constant {
                            value: crate::ast::Constant::None,
                            ..
                        },
                    ) = (ops.as_slice(), &comparators[0].kind)
                    {
                        self.visit_expr(left)?;
                        let jump_if_none = (*op == CmpOp::Is) == cond;
                        self.emit(if jump_if_none {
                            Instr::PopJumpIfNone(target.0)
                        } else {
                            Instr::PopJumpIfNotNone(target.0)
                        });
                        return Ok(());
                    }
                } else {
                    let loc = self.save_loc();
                    let cleanup = self.new_label();
                    self.visit_expr(left)?;
                    for i in 0..n {
                        self.visit_expr(&comparators[i])?;
                        self.restore_loc(loc);
                        self.emit(Instr::Swap(2));
                        self.emit(Instr::Copy(2));
                        self.emit_compare(ops[i]);
                        self.emit(Instr::PopJumpIfFalse(cleanup.0));
                    }
                    self.visit_cmp_operand(&comparators[n], ops[n])?;
                    self.emit_compare(ops[n]);
                    self.emit(if cond {
                        Instr::PopJumpIfTrue(target.0)
                    } else {
                        Instr::PopJumpIfFalse(target.0)
                    });
                    let end = self.new_label();
                    self.emit(Instr::Jump(end.0));
                    self.bind(cleanup);
                    self.emit(Instr::PopTop);
                    if !cond {
                        self.emit(Instr::Jump(target.0));
                    }
                    self.bind(end);
                    return Ok(());
                }
            }
            _ => {}
        }
        self.visit_expr(e)?;
        self.emit(if cond {
            Instr::PopJumpIfTrue(target.0)
        } else {
            Instr::PopJumpIfFalse(target.0)
        });
        Ok(())
    }

    /// Build a list, tuple or set from items some of which may be starred (CPython's
    /// `starunpack_helper`); `pushed` items are already on the stack and go first.
    pub(crate) fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        kind: Collection,
    ) -> CResult {
        let n = elts.len();
        let (build, add, extend): (OpFn, OpFn, OpFn) = match kind {
            Collection::Set => (Instr::BuildSet, Instr::SetAdd, Instr::SetUpdate),
            _ => (Instr::BuildList, Instr::ListAppend, Instr::ListExtend),
        };
        let tuple = kind == Collection::Tuple;
        if n > 2 {
            let consts: Option<Vec<Constant>> = elts
                .iter()
                .map(|x| {
                    if matches!(x.kind, ExprKind::Starred { .. }) {
                        None
                    } else {
                        fold::fold_expr(x)
                    }
                })
                .collect();
            if let Some(items) = consts {
                if tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(items));
                } else {
                    let c = if kind == Collection::Set {
                        Constant::FrozenSet(fold::dedup_set(items))
                    } else {
                        Constant::Tuple(items)
                    };
                    self.emit(build(pushed));
                    self.load_const(c);
                    self.emit(extend(1));
                    if tuple {
                        self.emit(Instr::ListToTuple);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUARD;
        let seen_star = elts
            .iter()
            .any(|x| matches!(x.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for x in elts {
                self.visit_expr(x)?;
            }
            self.emit(if tuple {
                Instr::BuildTuple(n as u32 + pushed)
            } else {
                build(n as u32 + pushed)
            });
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &x.kind {
                if !built {
                    self.emit(build(i as u32 + pushed));
                    built = true;
                }
                self.visit_expr(value)?;
                self.emit(extend(1));
            } else {
                self.visit_expr(x)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    /// Unpack TOS into the targets `elts` (CPython's `assignment_helper`).
    fn assignment_helper(&mut self, elts: &'a [Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, x) in elts.iter().enumerate() {
            if matches!(x.kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Instr::UnpackEx {
                    before: i as u32,
                    after: (n - i - 1) as u32,
                });
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Instr::UnpackSequence(n as u32));
        }
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                _ => self.visit_expr(x)?,
            }
        }
        Ok(())
    }

    fn visit_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Instr::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.emit(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUARD {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Instr::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUARD;
        if n > 1 && !big {
            let consts: Option<Vec<Constant>> = keys[begin..end]
                .iter()
                .map(|k| k.as_ref().and_then(fold::fold_expr))
                .collect();
            if let Some(consts) = consts {
                for v in &values[begin..end] {
                    self.visit_expr(v)?;
                }
                self.load_const(Constant::Tuple(consts));
                self.emit(Instr::BuildConstKeyMap(n as u32));
                return Ok(());
            }
        }
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.visit_expr(k)?;
            }
            self.visit_expr(&values[i])?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }

    fn visit_call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        if let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        {
            let simple = keywords.is_empty()
                && args.len() < STACK_USE_GUARD
                && !args
                    .iter()
                    .any(|a| matches!(a.kind, ExprKind::Starred { .. }));
            if simple {
                self.visit_expr(value)?;
                let old = self.set_loc(func.span);
                let i = self.name_index(attr);
                self.emit(Instr::LoadMethod(i));
                self.restore_loc(old);
                for a in args {
                    self.visit_expr(a)?;
                }
                self.emit(Instr::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.visit_expr(func)?;
        self.call_helper(0, args, keywords)
    }

    fn validate_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if name == "__debug__" {
                return Err(self.error("cannot assign to __debug__"));
            }
            for other in &keywords[i + 1..] {
                if other.arg.as_ref() == Some(name) {
                    return Err(super::symtable::error_at(
                        format!("keyword argument repeated: {name}"),
                        other.span,
                    ));
                }
            }
        }
        Ok(())
    }

    /// The arguments and the call, `n` items (callable and leading arguments) being already
    /// pushed (CPython's `compiler_call_helper`).
    pub(crate) fn call_helper(
        &mut self,
        n: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let ex_call = nelts + nkw * 2 > STACK_USE_GUARD
            || args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if !ex_call {
            for a in args {
                self.visit_expr(a)?;
            }
            if nkw > 0 {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                let names = keywords
                    .iter()
                    .map(|k| Constant::Str(k.arg.clone().unwrap_or_default()))
                    .collect();
                let kwnames = self.add_const(Constant::Tuple(names));
                self.emit(Instr::CallKw {
                    argc: n + (nelts + nkw) as u32,
                    kwnames,
                });
            } else {
                self.emit(Instr::Call(n + nelts as u32));
            }
            return Ok(());
        }
        let pushed = n;
        if pushed == 0 && nelts == 1 {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.visit_expr(value)?;
            } else {
                self.starunpack(args, pushed, Collection::Tuple)?;
            }
        } else {
            self.starunpack(args, pushed, Collection::Tuple)?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.visit_expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[nkw - nseen..])?;
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallFunctionEx {
            has_kwargs: nkw > 0,
        });
        Ok(())
    }

    fn subkwargs(&mut self, kws: &'a [Keyword]) -> CResult {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUARD;
        if n > 1 && !big {
            for k in kws {
                self.visit_expr(&k.value)?;
            }
            let keys = kws
                .iter()
                .map(|k| Constant::Str(k.arg.clone().unwrap_or_default()))
                .collect();
            self.load_const(Constant::Tuple(keys));
            self.emit(Instr::BuildConstKeyMap(n as u32));
            return Ok(());
        }
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for k in kws {
            self.load_const(Constant::Str(k.arg.clone().unwrap_or_default()));
            self.visit_expr(&k.value)?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }

    fn visit_lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        self.check_params(args)?;
        let flags = self.default_arguments(args)?;
        let scope = self.st.scope_of(e);
        let line = self.line_of(e.span.start);
        self.enter_scope("<lambda>", UnitKind::Lambda, scope, line);
        self.set_loc(e.span);
        self.add_const(Constant::None);
        let u = self.u();
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        self.visit_expr(body)?;
        if self.st.scopes[scope].generator {
            self.emit(Instr::PopTop);
        } else {
            self.emit(Instr::ReturnValue);
        }
        let code = self.exit_scope();
        self.make_closure(code, flags);
        Ok(())
    }
}
