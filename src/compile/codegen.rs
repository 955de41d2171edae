//! The code generator's driver: compilation units (one per code object being built), labels
//! and jumps, static stack-depth tracking, the exception table, the frame-block stack that
//! `break`/`continue`/`return` unwind, and assembly into a [`CodeObject`].
//!
//! The generator walks the AST once, CPython 3.11's `compile.c` style; statements are in
//! `codegen_stmt.rs`, expressions in `codegen_expr.rs`, comprehensions and generators in
//! `codegen_comp.rs`. Instructions are appended to the current [`Unit`]; a jump names a
//! [`Label`] and is resolved to an instruction index at assembly.
//!
//! Stack depth is tracked as instructions are emitted (each has a static effect, see
//! [`stack_effect`]). After an unconditional transfer (jump, return, raise) the code is
//! unreachable: nothing is emitted until a label that some emitted jump (or an exception
//! handler covering emitted code) targets is bound, which also restores the depth recorded for
//! that label. So dead code is dropped, as CPython's optimizer drops it, and every label's
//! depth is known when it is bound. Exception handlers form a compile-time stack
//! (`push_handler`/`pop_handler`, CPython's SETUP_*/POP_BLOCK); each emitted instruction
//! records the innermost one, and assembly turns runs of equal handlers into
//! [`ExceptionEntry`]s. A handler's `depth` is the stack depth when it was pushed.
//!
//! Start reading at [`compile_unit_module`], then [`Compiler::emit`] and [`Compiler::bind`].

use super::code::*;
use super::symtable::{mangle, ScopeId, ScopeKind, SymScope, SymbolTable, DEF_FREE_CLASS};
use crate::ast::{Span, Stmt};
use crate::parse::{LineIndex, SyntaxError};
use std::collections::HashMap;

pub(crate) type CResult = Result<(), SyntaxError>;

/// CPython's limit on nested blocks (`CO_MAXBLOCKS`).
const MAX_BLOCKS: usize = 20;
/// CPython's `STACK_USE_GUARD`: displays and calls bigger than this are built incrementally.
pub(crate) const STACK_USE_GUARD: usize = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(pub u32);

#[derive(Clone, Copy, Default)]
struct LabelInfo {
    pos: Option<u32>,
    depth: Option<i32>,
}

#[derive(Clone, Copy)]
struct Handler {
    label: Label,
    depth: i32,
    lasti: bool,
}

/// What `break`/`continue`/`return` must undo when leaving a block (CPython's fblocks).
#[derive(Clone, Debug)]
pub(crate) enum FBlockKind<'a> {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With(Span),
    AsyncWith(Span),
    /// Inside an except handler's body; the name bound by `as`, if any.
    HandlerCleanup(Option<String>),
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

#[derive(Clone, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// `continue` target of loops.
    pub start: Label,
    /// `break` target of loops.
    pub exit: Label,
    /// The handler-stack length to truncate to when unwinding this block (POP_BLOCK).
    pub handlers_len: usize,
}

/// One code object under construction.
pub(crate) struct Unit<'a> {
    pub kind: UnitKind,
    pub scope: ScopeId,
    pub name: String,
    pub qualname: String,
    pub private: Option<String>,
    instrs: Vec<Instr>,
    positions: Vec<Position>,
    instr_handler: Vec<Option<u32>>,
    labels: Vec<LabelInfo>,
    handlers: Vec<Handler>,
    handler_stack: Vec<u32>,
    pub consts: Vec<Constant>,
    names: Vec<String>,
    names_idx: HashMap<String, u32>,
    pub varnames: Vec<String>,
    varnames_idx: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub fblocks: Vec<FBlock<'a>>,
    depth: i32,
    max_depth: i32,
    reachable: bool,
    pub span: Span,
    pos: Position,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub docstring: Option<String>,
    /// Inconsistent stack depths seen at a label (a compiler bug; checked by the tests).
    pub depth_errors: u32,
}

pub(crate) struct Compiler<'a> {
    pub st: SymbolTable,
    pub source: &'a str,
    pub filename: String,
    lines: LineIndex,
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
    pub future_annotations: bool,
    /// End offset of the last `from __future__ import` at the top of the module.
    pub future_end: u32,
    /// Sum of `depth_errors` of finished units.
    pub depth_errors: u32,
}

/// Target of a jump instruction, if `i` is one.
pub(crate) fn jump_target(i: &mut Instr) -> Option<&mut u32> {
    match i {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::PopJumpIfNone(t)
        | Instr::PopJumpIfNotNone(t)
        | Instr::ForIter(t)
        | Instr::Send(t) => Some(t),
        _ => None,
    }
}

fn is_jump(i: &Instr) -> bool {
    jump_target(&mut i.clone()).is_some()
}

/// Control never falls through to the next instruction.
fn is_terminator(i: &Instr) -> bool {
    matches!(
        i,
        Instr::Jump(_) | Instr::ReturnValue | Instr::RaiseVarargs(_) | Instr::Reraise
    )
}

/// The static stack effect of an instruction; `jump` selects the effect when the jump is taken.
pub fn stack_effect(i: &Instr, jump: bool) -> i32 {
    use Instr::*;
    match i {
        Nop | Swap(_) | DeleteFast(_) | DeleteName(_) | DeleteGlobal(_) | DeleteDeref(_) => 0,
        PopTop => -1,
        Copy1 | Copy(_) => 1,
        LoadConst(_) | LoadFast(_) | LoadName(_) | LoadGlobal(_) | LoadDeref(_)
        | LoadClosure(_) | LoadClassDeref(_) => 1,
        StoreFast(_) | StoreName(_) | StoreGlobal(_) | StoreDeref(_) => -1,
        LoadAttr(_) => 0,
        StoreAttr(_) => -2,
        DeleteAttr(_) => -1,
        LoadMethod(_) => 1,
        BinarySubscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        BuildSlice(n) => 1 - *n as i32,
        BinaryOp(_) => -1,
        UnaryNegative | UnaryPositive | UnaryInvert | UnaryNot => 0,
        CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - *n as i32,
        BuildMap(n) => 1 - 2 * *n as i32,
        BuildConstKeyMap(n) => -(*n as i32),
        FormatValue { has_spec, .. } => -(*has_spec as i32),
        ListAppend(_) | SetAdd(_) => -1,
        MapAdd(_) => -2,
        ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => -1,
        ListToTuple => 0,
        UnpackSequence(n) => *n as i32 - 1,
        UnpackEx { before, after } => (*before + *after) as i32,
        Jump(_) => 0,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        GetIter => 0,
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        Call(n) => -(*n as i32),
        CallKw { argc, .. } => -(*argc as i32),
        CallMethod(n) => -(*n as i32) - 1,
        CallFunctionEx { has_kwargs } => -1 - *has_kwargs as i32,
        MakeFunction(f) => {
            -(f.defaults as i32 + f.kwdefaults as i32 + f.annotations as i32 + f.closure as i32)
        }
        ReturnValue => -1,
        YieldValue => 0,
        GetYieldFromIter => 0,
        Send(_) => {
            if jump {
                -1
            } else {
                0
            }
        }
        GenStart => -1,
        LoadBuildClass => 1,
        ImportName(_) => -1,
        ImportFrom(_) => 1,
        ImportStar => -1,
        SetupAnnotations => 0,
        RaiseVarargs(n) => -(*n as i32),
        Reraise => -1,
        PushExcInfo => 1,
        PopExcept => -1,
        CheckExcMatch | CheckEgMatch => 0,
        LoadAssertionError => 1,
        BeforeWith | BeforeAsyncWith => 1,
        WithExceptStart => 1,
        PrintExpr => -1,
        GetAwaitable(_) | GetAiter | AsyncGenWrap => 0,
        GetAnext => 1,
        EndAsyncFor => -2,
        PrepReraiseStar => -1,
    }
}

/// Constants are shared within a code object when equal *and* of the same type, with floats
/// compared by bits (so `0.0` and `-0.0` stay distinct), as CPython's `_PyCode_ConstantKey`.
fn const_key_eq(a: &Constant, b: &Constant) -> bool {
    use Constant as C;
    match (a, b) {
        (C::Float(x), C::Float(y)) => x.to_bits() == y.to_bits(),
        (C::Complex { re: a, im: b }, C::Complex { re: c, im: d }) => {
            a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
        }
        (C::Tuple(x), C::Tuple(y)) | (C::FrozenSet(x), C::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| const_key_eq(p, q))
        }
        (C::Code(_), C::Code(_)) => false,
        _ => std::mem::discriminant(a) == std::mem::discriminant(b) && a == b,
    }
}

impl<'a> Unit<'a> {
    fn new(kind: UnitKind, scope: ScopeId, name: &str) -> Unit<'a> {
        Unit {
            kind,
            scope,
            name: name.to_string(),
            qualname: name.to_string(),
            private: None,
            instrs: Vec::new(),
            positions: Vec::new(),
            instr_handler: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            names_idx: HashMap::new(),
            varnames: Vec::new(),
            varnames_idx: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            fblocks: Vec::new(),
            depth: 0,
            max_depth: 0,
            reachable: true,
            span: Span::default(),
            pos: Position::default(),
            first_line: 1,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            docstring: None,
            depth_errors: 0,
        }
    }

    fn note_edge(&mut self, l: Label, depth: i32) {
        let info = &mut self.labels[l.0 as usize];
        match info.depth {
            None => info.depth = Some(depth),
            Some(d) if d != depth => self.depth_errors += 1,
            _ => {}
        }
    }
}

impl<'a> Compiler<'a> {
    pub fn new(st: SymbolTable, source: &'a str, filename: &str) -> Compiler<'a> {
        Compiler {
            st,
            source,
            filename: filename.to_string(),
            lines: LineIndex::new(source),
            units: Vec::new(),
            interactive: false,
            future_annotations: false,
            future_end: 0,
            depth_errors: 0,
        }
    }

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    pub fn unit(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    pub fn scope_kind(&self) -> ScopeKind {
        self.st.scopes[self.unit().scope].kind
    }

    // ---- positions

    pub fn line_of(&self, offset: u32) -> u32 {
        self.lines.line_of(offset as usize).0 as u32
    }

    fn position(&self, span: Span) -> Position {
        let (line, ls) = self.lines.line_of(span.start as usize);
        let (end_line, els) = self.lines.line_of(span.end as usize);
        Position {
            line: line as u32,
            end_line: end_line as u32,
            col: span.start - ls as u32,
            end_col: span.end - els as u32,
        }
    }

    /// Set the location of the instructions emitted next; returns the previous one.
    pub fn set_loc(&mut self, span: Span) -> (Span, Position) {
        let pos = self.position(span);
        let u = self.u();
        let old = (u.span, u.pos);
        u.span = span;
        u.pos = pos;
        old
    }

    pub fn save_loc(&self) -> (Span, Position) {
        (self.unit().span, self.unit().pos)
    }

    pub fn restore_loc(&mut self, old: (Span, Position)) {
        let u = self.u();
        u.span = old.0;
        u.pos = old.1;
    }

    /// Following instructions are artificial (no source position).
    pub fn unset_loc(&mut self) {
        self.u().pos = Position::default();
    }

    /// A `SyntaxError` at the current location (CPython's `compiler_error`).
    pub fn error(&self, msg: impl Into<String>) -> SyntaxError {
        super::symtable::error_at(msg, self.unit().span)
    }

    // ---- emission

    pub fn emit(&mut self, instr: Instr) {
        let u = self.units.last_mut().unwrap();
        if !u.reachable {
            return;
        }
        let handler = u.handler_stack.last().copied();
        if let Some(h) = handler {
            let h = u.handlers[h as usize];
            u.note_edge(h.label, h.depth + 1 + h.lasti as i32);
        }
        if is_jump(&instr) {
            let mut i = instr.clone();
            let target = *jump_target(&mut i).unwrap();
            let d = u.depth + stack_effect(&instr, true);
            u.note_edge(Label(target), d);
        }
        u.depth += stack_effect(&instr, false);
        if u.depth < 0 {
            u.depth_errors += 1;
            u.depth = 0;
        }
        u.max_depth = u.max_depth.max(u.depth);
        if is_terminator(&instr) {
            u.reachable = false;
        }
        u.instrs.push(instr);
        u.positions.push(u.pos);
        u.instr_handler.push(handler);
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(LabelInfo::default());
        Label(u.labels.len() as u32 - 1)
    }

    /// Place `l` at the next instruction.
    pub fn bind(&mut self, l: Label) {
        let u = self.u();
        let at = u.instrs.len() as u32;
        u.labels[l.0 as usize].pos = Some(at);
        if u.reachable {
            let d = u.depth;
            u.note_edge(l, d);
        }
        match u.labels[l.0 as usize].depth {
            Some(d) => {
                u.depth = d;
                u.reachable = true;
                u.max_depth = u.max_depth.max(d);
            }
            None => u.reachable = false,
        }
    }

    /// Exceptions raised by the following instructions go to `target`, with the stack cut back
    /// to its current depth minus `below` (CPython's SETUP_FINALLY / SETUP_CLEANUP /
    /// SETUP_WITH).
    pub fn push_handler(&mut self, target: Label, lasti: bool, below: i32) {
        let u = self.u();
        let depth = u.depth - below;
        u.handlers.push(Handler {
            label: target,
            depth,
            lasti,
        });
        let id = u.handlers.len() as u32 - 1;
        u.handler_stack.push(id);
    }

    /// POP_BLOCK.
    pub fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    pub fn handlers_len(&self) -> usize {
        self.unit().handler_stack.len()
    }

    pub fn save_handlers(&self) -> Vec<u32> {
        self.unit().handler_stack.clone()
    }

    pub fn restore_handlers(&mut self, h: Vec<u32>) {
        self.u().handler_stack = h;
    }

    pub fn truncate_handlers(&mut self, len: usize) {
        self.u().handler_stack.truncate(len);
    }

    // ---- tables

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.u();
        if let Some(i) = u.consts.iter().position(|k| const_key_eq(k, &c)) {
            return i as u32;
        }
        u.consts.push(c);
        u.consts.len() as u32 - 1
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    /// Index of `name` in `co_names`, unmangled.
    pub fn name_index_raw(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.names_idx.get(name) {
            return i;
        }
        u.names.push(name.to_string());
        let i = u.names.len() as u32 - 1;
        u.names_idx.insert(name.to_string(), i);
        i
    }

    /// Index of `name` in `co_names`, mangled in class scopes (CPython's ADDOP_NAME).
    pub fn name_index(&mut self, name: &str) -> u32 {
        let m = mangle(self.unit().private.as_deref(), name);
        self.name_index_raw(&m)
    }

    pub fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.varnames_idx.get(name) {
            return i;
        }
        u.varnames.push(name.to_string());
        let i = u.varnames.len() as u32 - 1;
        u.varnames_idx.insert(name.to_string(), i);
        i
    }

    /// Index of a cell or free variable (cellvars, then freevars).
    pub fn deref_index(&self, name: &str, prefer_cell: bool) -> u32 {
        let u = self.unit();
        if prefer_cell {
            if let Some(i) = u.cellvars.iter().position(|n| n == name) {
                return i as u32;
            }
        }
        if let Some(i) = u.freevars.iter().position(|n| n == name) {
            return (u.cellvars.len() + i) as u32;
        }
        u.cellvars.iter().position(|n| n == name).unwrap_or(0) as u32
    }

    // ---- frame blocks

    pub fn push_fblock(
        &mut self,
        kind: FBlockKind<'a>,
        start: Label,
        exit: Label,
        handlers_len: usize,
    ) -> CResult {
        if self.unit().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock {
            kind,
            start,
            exit,
            handlers_len,
        });
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    // ---- scopes

    /// Start a new code object for `scope` (CPython's `compiler_enter_scope`).
    pub fn enter_scope(&mut self, name: &str, kind: UnitKind, scope: ScopeId, first_line: u32) {
        let ste = &self.st.scopes[scope];
        let mut u = Unit::new(kind, scope, name);
        u.first_line = first_line;
        for v in &ste.varnames {
            let i = u.varnames.len() as u32;
            u.varnames.push(v.clone());
            u.varnames_idx.insert(v.clone(), i);
        }
        u.cellvars = ste.names_sorted(|s| s.scope == Some(SymScope::Cell));
        if ste.needs_class_closure {
            u.cellvars = vec!["__class__".to_string()];
        }
        u.freevars =
            ste.names_sorted(|s| s.scope == Some(SymScope::Free) || s.flags & DEF_FREE_CLASS != 0);
        let gen = ste.generator || ste.coroutine;
        // qualname, as compiler_set_qualname
        if let Some(parent) = self.units.last() {
            u.private = parent.private.clone();
            let mut force_global = false;
            if matches!(
                kind,
                UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class
            ) {
                let mangled = mangle(parent.private.as_deref(), name);
                let pscope = &self.st.scopes[parent.scope];
                if pscope.scope_of_name(&mangled) == Some(SymScope::GlobalExplicit) {
                    force_global = true;
                }
            }
            if !force_global && parent.kind != UnitKind::Module {
                let base = if matches!(
                    parent.kind,
                    UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda
                ) {
                    format!("{}.<locals>", parent.qualname)
                } else {
                    parent.qualname.clone()
                };
                u.qualname = format!("{base}.{name}");
            }
        }
        if kind == UnitKind::Class {
            u.private = Some(name.to_string());
        }
        self.units.push(u);
        if gen {
            // The frame of a generator starts with the first sent value on its stack.
            let u = self.u();
            u.depth = 1;
            u.max_depth = 1;
            self.emit(Instr::GenStart);
        }
    }

    /// Finish the current unit and return its code object (CPython's `assemble` +
    /// `compiler_exit_scope`).
    pub fn exit_scope(&mut self) -> CodeObject {
        if self.unit().reachable {
            self.unset_loc();
            self.load_const(Constant::None);
            self.emit(Instr::ReturnValue);
        }
        let u = self.units.pop().unwrap();
        self.depth_errors += u.depth_errors;
        let ste = &self.st.scopes[u.scope];
        let mut instrs = u.instrs;
        for i in instrs.iter_mut() {
            if let Some(t) = jump_target(i) {
                *t = u.labels[*t as usize].pos.unwrap_or(0);
            }
        }
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut i = 0;
        while i < u.instr_handler.len() {
            let Some(h) = u.instr_handler[i] else {
                i += 1;
                continue;
            };
            let start = i;
            while i < u.instr_handler.len() && u.instr_handler[i] == Some(h) {
                i += 1;
            }
            let h = u.handlers[h as usize];
            let target = u.labels[h.label.0 as usize].pos.unwrap_or(0);
            // Merge with the previous entry when contiguous and identical (CPython's table
            // does the same for equal handlers).
            if let Some(last) = table.last_mut() {
                if last.end == start as u32
                    && last.target == target
                    && last.depth == h.depth as u32
                    && last.push_lasti == h.lasti
                {
                    last.end = i as u32;
                    continue;
                }
            }
            table.push(ExceptionEntry {
                start: start as u32,
                end: i as u32,
                target,
                depth: h.depth.max(0) as u32,
                push_lasti: h.lasti,
            });
        }
        let is_function = ste.kind == ScopeKind::Function;
        let flags = CodeFlags {
            optimized: is_function,
            newlocals: is_function,
            varargs: is_function && ste.varargs,
            varkeywords: is_function && ste.varkeywords,
            nested: is_function && ste.nested,
            generator: is_function && ste.generator && !ste.coroutine,
            coroutine: is_function && !ste.generator && ste.coroutine,
            async_generator: is_function && ste.generator && ste.coroutine,
        };
        let nparams =
            (u.argcount + u.kwonlyargcount + flags.varargs as u32 + flags.varkeywords as u32)
                as usize;
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| {
                u.varnames[..nparams.min(u.varnames.len())]
                    .iter()
                    .position(|v| v == c)
                    .map(|p| p as u32)
            })
            .collect();
        CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags,
            instructions: instrs,
            positions: u.positions,
            exception_table: table,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            max_stack: u.max_depth.max(0) as u32,
            docstring: u.docstring,
        }
    }

    /// Push a function built from `code` (CPython's `compiler_make_closure`); the optional
    /// items named by `flags` are already on the stack.
    pub fn make_closure(&mut self, code: CodeObject, mut flags: MakeFunctionFlags) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let is_cell = (self.unit().kind == UnitKind::Class && name == "__class__")
                    || self.st.scopes[self.unit().scope].scope_of_name(name)
                        == Some(SymScope::Cell);
                let i = self.deref_index(name, is_cell);
                self.emit(Instr::LoadClosure(i));
            }
            flags.closure = true;
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
        }
        self.load_const(Constant::Code(Box::new(code)));
        self.emit(Instr::MakeFunction(flags));
    }
}

/// Compile a whole module (or one interactive input) to its code object.
pub(crate) fn compile_unit_module(
    module: &crate::ast::Module,
    source: &str,
    filename: &str,
    interactive: bool,
) -> Result<(CodeObject, u32), SyntaxError> {
    let st = SymbolTable::build_module(module)?;
    let mut c = Compiler::new(st, source, filename);
    c.interactive = interactive;
    c.check_future(&module.body)?;
    c.enter_scope("<module>", UnitKind::Module, 0, 1);
    if interactive {
        if super::codegen_stmt::find_ann(&module.body) {
            c.emit(Instr::SetupAnnotations);
        }
        for s in &module.body {
            c.visit_stmt(s)?;
        }
    } else {
        c.compile_body(&module.body)?;
    }
    let code = c.exit_scope();
    Ok((code, c.depth_errors))
}

/// Compile an expression for `eval`: the code returns its value.
pub(crate) fn compile_unit_expression(
    expr: &crate::ast::Expr,
    source: &str,
    filename: &str,
) -> Result<(CodeObject, u32), SyntaxError> {
    let st = SymbolTable::build_expression(expr)?;
    let mut c = Compiler::new(st, source, filename);
    c.enter_scope("<module>", UnitKind::Module, 0, 1);
    c.set_loc(expr.span);
    c.visit_expr(expr)?;
    c.emit(Instr::ReturnValue);
    let code = c.exit_scope();
    Ok((code, c.depth_errors))
}
