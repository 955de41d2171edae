//! The symbol table: CPython's `symtable.c`, in Rust.
//!
//! Two passes, as in CPython. [`SymbolTable::build`] walks the AST once and records, per scope
//! (module, class, function, lambda, comprehension), every name and how it is used (`DEF_*`
//! flags), raising the `global`/`nonlocal`/walrus/duplicate-argument `SyntaxError`s on the way.
//! Then `analyze` decides each name's [`SymScope`] (local, global explicit/implicit, free, cell)
//! the way CPython's `analyze_block`/`analyze_name` do: free variables flow up from children,
//! locals captured by children become cells, a class body's `__class__` reference from a method
//! becomes the implicit `__class__` cell (`needs_class_closure`).
//!
//! Scopes are found by the address of their AST node ([`SymbolTable::scope_of`]), as CPython
//! keys them by node pointer; the AST is borrowed for the whole compilation, so addresses hold.
//! Comprehensions are their own function scope (the first iterable is evaluated outside), with
//! the implicit parameter `.0`. Names are stored mangled (`__x` in class `C` is `_C__x`).
//!
//! Start reading at [`SymbolTable::build`].

use crate::ast::*;
use crate::parse::{ErrorKind, SyntaxError};
use std::collections::{HashMap, HashSet};

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    /// Functions, lambdas and comprehensions (CPython's FunctionBlock).
    Function,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// Where a name lives, as CPython's `LOCAL`, `GLOBAL_EXPLICIT`, ... scopes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Symbol {
    pub flags: u32,
    pub scope: Option<SymScope>,
}

pub type ScopeId = usize;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Symbols in first-use order (mangled names).
    pub symbols: Vec<(String, Symbol)>,
    index: HashMap<String, usize>,
    /// Parameters, in `co_varnames` order.
    pub varnames: Vec<String>,
    pub children: Vec<ScopeId>,
    pub comprehension: Option<CompKind>,
    pub is_lambda: bool,
    pub is_async_def: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub nested: bool,
    pub has_free: bool,
    pub child_free: bool,
    pub needs_class_closure: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    /// Where each `global`/`nonlocal` (or walrus-implied) declaration was made.
    directives: HashMap<String, Span>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            comprehension: None,
            is_lambda: false,
            is_async_def: false,
            generator: false,
            coroutine: false,
            nested: false,
            has_free: false,
            child_free: false,
            needs_class_closure: false,
            varargs: false,
            varkeywords: false,
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i].1)
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// The scope of a (mangled) name; `None` if the name is unknown here (CPython's 0).
    pub fn scope_of_name(&self, name: &str) -> Option<SymScope> {
        self.lookup(name).and_then(|s| s.scope)
    }

    fn symbol_mut(&mut self, name: &str) -> &mut Symbol {
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                self.symbols.push((
                    name.to_string(),
                    Symbol {
                        flags: 0,
                        scope: None,
                    },
                ));
                self.index.insert(name.to_string(), self.symbols.len() - 1);
                self.symbols.len() - 1
            }
        };
        &mut self.symbols[i].1
    }

    /// Names with the given scope (or flag), sorted as CPython's `dictbytype` sorts them.
    pub fn names_sorted(&self, pred: impl Fn(&Symbol) -> bool) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| pred(s))
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

/// CPython's `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

pub(crate) fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

pub(crate) fn error_at(msg: impl Into<String>, span: Span) -> SyntaxError {
    let mut e = SyntaxError::new(ErrorKind::Syntax, msg, span.start as usize);
    e.end = Some(span.end as usize);
    e.from_parser = true;
    e
}

type R = Result<(), SyntaxError>;

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    private: Option<String>,
}

impl SymbolTable {
    /// The scope made for an AST node (a `FunctionDef`, `ClassDef`, lambda or comprehension
    /// `Expr`), or the module scope for the module itself.
    pub fn scope_of<T>(&self, node: &T) -> ScopeId {
        self.by_node[&node_key(node)]
    }

    pub fn build_module(module: &Module) -> Result<SymbolTable, SyntaxError> {
        let mut b = Builder::new(module);
        for s in &module.body {
            b.visit_stmt(s)?;
        }
        b.finish()
    }

    pub fn build_expression(expr: &Expr) -> Result<SymbolTable, SyntaxError> {
        let mut b = Builder::new(expr);
        b.visit_expr(expr)?;
        b.finish()
    }
}

impl Builder {
    fn new<T>(top: &T) -> Builder {
        let mut b = Builder {
            scopes: vec![Scope::new(ScopeKind::Module, "top")],
            by_node: HashMap::new(),
            stack: vec![0],
            private: None,
        };
        b.by_node.insert(node_key(top), 0);
        b
    }

    fn finish(mut self) -> Result<SymbolTable, SyntaxError> {
        let mut free = HashSet::new();
        let mut global = HashSet::new();
        analyze_block(&mut self.scopes, 0, None, &mut free, &mut global)?;
        Ok(SymbolTable {
            scopes: self.scopes,
            by_node: self.by_node,
        })
    }

    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap();
        &mut self.scopes[i]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize) {
        let parent = *self.stack.last().unwrap();
        let mut s = Scope::new(kind, name);
        s.nested = self.scopes[parent].nested || self.scopes[parent].kind == ScopeKind::Function;
        let id = self.scopes.len();
        self.scopes.push(s);
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> R {
        let i = *self.stack.last().unwrap();
        self.add_def_in(name, flag, i, span)
    }

    fn add_def_in(&mut self, name: &str, flag: u32, scope: ScopeId, span: Span) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let st = &mut self.scopes[scope];
        let comp_iter_target = st.comp_iter_target;
        let sym = st.symbol_mut(&mangled);
        if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
            return Err(error_at(
                format!("duplicate argument '{name}' in function definition"),
                span,
            ));
        }
        let mut val = sym.flags | flag;
        if comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(error_at(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    span,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        sym.flags = val;
        if flag & DEF_PARAM != 0 {
            st.varnames.push(mangled.clone());
        } else if flag & DEF_GLOBAL != 0 {
            // CPython also records the declaration in the module's table (st_global).
            let m = self.scopes[0].symbol_mut(&mangled);
            m.flags |= flag;
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, span: Span) {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur().directives.entry(mangled).or_insert(span);
    }

    fn visit_body(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> R {
        es.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(d) | StmtKind::AsyncFunctionDef(d) => {
                self.add_def(&d.name, DEF_LOCAL, s.span)?;
                self.visit_exprs(&d.args.defaults)?;
                for e in d.args.kw_defaults.iter().flatten() {
                    self.visit_expr(e)?;
                }
                self.visit_annotations(&d.args, d.returns.as_ref())?;
                self.visit_exprs(&d.decorator_list)?;
                self.enter(ScopeKind::Function, &d.name, node_key(&**d));
                if matches!(s.kind, StmtKind::AsyncFunctionDef(_)) {
                    self.cur().coroutine = true;
                    self.cur().is_async_def = true;
                }
                self.visit_params(&d.args)?;
                self.visit_body(&d.body)?;
                self.exit();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.span)?;
                self.visit_exprs(&c.bases)?;
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                self.visit_exprs(&c.decorator_list)?;
                self.enter(ScopeKind::Class, &c.name, node_key(&**c));
                let saved = self.private.replace(c.name.clone());
                self.visit_body(&c.body)?;
                self.private = saved;
                self.exit();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Delete { targets } => self.visit_exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let m = mangle(self.private.as_deref(), id);
                    let cur = self.cur().flags(&m);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0
                        && *self.stack.last().unwrap() != 0
                        && *simple
                    {
                        let msg = if cur & DEF_GLOBAL != 0 {
                            format!("annotated name '{id}' can't be global")
                        } else {
                            format!("annotated name '{id}' can't be nonlocal")
                        };
                        return Err(error_at(msg, s.span));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.span)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.span)?;
                    }
                } else {
                    self.visit_expr(target)?;
                }
                self.visit_expr(annotation)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
                for i in items {
                    self.visit_expr(&i.context_expr)?;
                    if let Some(v) = &i.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = cause {
                    self.visit_expr(c)?;
                }
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.span)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.visit_alias(a)?;
                }
            }
            StmtKind::Global { names } => {
                for name in names {
                    let m = mangle(self.private.as_deref(), name);
                    let cur = self.cur().flags(&m);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(error_at(msg, s.span));
                    }
                    self.add_def(name, DEF_GLOBAL, s.span)?;
                    self.record_directive(name, s.span);
                }
            }
            StmtKind::Nonlocal { names } => {
                for name in names {
                    let m = mangle(self.private.as_deref(), name);
                    let cur = self.cur().flags(&m);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(error_at(msg, s.span));
                    }
                    self.add_def(name, DEF_NONLOCAL, s.span)?;
                    self.record_directive(name, s.span);
                }
            }
            StmtKind::Expr { value } => self.visit_expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &Alias) -> R {
        let store = a
            .asname
            .clone()
            .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
        if store == "*" {
            if self.cur().kind != ScopeKind::Module {
                return Err(error_at("import * only allowed at module level", a.span));
            }
            return Ok(());
        }
        self.add_def(&store, DEF_IMPORT, a.span)
    }

    fn visit_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> R {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    fn visit_params(&mut self, args: &Arguments) -> R {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.arg, DEF_PARAM, a.span)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.arg, DEF_PARAM, a.span)?;
            self.cur().varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.arg, DEF_PARAM, a.span)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                if self.cur().comp_iter_expr > 0 {
                    return Err(error_at(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.span,
                    ));
                }
                if self.cur().comprehension.is_some() {
                    self.extend_namedexpr_scope(target)?;
                }
                self.visit_expr(value)?;
                self.visit_expr(target)?;
            }
            ExprKind::Lambda { args, body } => {
                self.visit_exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                self.enter(ScopeKind::Function, "lambda", node_key(e));
                self.cur().is_lambda = true;
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.exit();
            }
            ExprKind::ListComp { elt, generators } => {
                self.handle_comprehension(e, "listcomp", CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.handle_comprehension(e, "setcomp", CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.handle_comprehension(e, "genexpr", CompKind::Generator, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.handle_comprehension(
                e,
                "dictcomp",
                CompKind::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::Yield { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.mark_yield(e)?;
            }
            ExprKind::YieldFrom { value } => {
                self.visit_expr(value)?;
                self.mark_yield(e)?;
            }
            ExprKind::Await { value } => {
                self.visit_expr(value)?;
                self.cur().coroutine = true;
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(id, flag, e.span)?;
                if *ctx == ExprContext::Load
                    && self.cur().kind == ScopeKind::Function
                    && id == "super"
                {
                    self.add_def("__class__", USE, e.span)?;
                }
            }
            _ => {
                let mut result = Ok(());
                e.for_each_child(&mut |c| {
                    if result.is_ok() {
                        result = self.visit_expr(c);
                    }
                });
                result?;
            }
        }
        Ok(())
    }

    fn mark_yield(&mut self, e: &Expr) -> R {
        let cur = self.cur();
        cur.generator = true;
        if let Some(kind) = cur.comprehension {
            let what = match kind {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Generator => "generator expression",
            };
            let kw = if matches!(e.kind, ExprKind::YieldFrom { .. }) {
                "yield from"
            } else {
                "yield"
            };
            return Err(error_at(format!("'{kw}' inside {what}"), e.span));
        }
        Ok(())
    }

    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        let mangled = mangle(self.private.as_deref(), id);
        for i in (0..self.stack.len()).rev() {
            let sid = self.stack[i];
            let scope = &self.scopes[sid];
            if scope.comprehension.is_some() {
                if scope.flags(&mangled) & DEF_COMP_ITER != 0 {
                    return Err(error_at(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{id}'"
                        ),
                        target.span,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let flag = if scope.flags(&mangled) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(id, flag, target.span)?;
                    self.record_directive(id, target.span);
                    return self.add_def_in(id, DEF_LOCAL, sid, target.span);
                }
                ScopeKind::Module => {
                    self.add_def(id, DEF_GLOBAL, target.span)?;
                    self.record_directive(id, target.span);
                    return self.add_def_in(id, DEF_GLOBAL, sid, target.span);
                }
                ScopeKind::Class => {
                    return Err(error_at(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.span,
                    ));
                }
            }
        }
        Ok(())
    }

    fn handle_comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let outermost = &generators[0];
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur().comp_iter_expr -= 1;
        self.enter(ScopeKind::Function, name, node_key(e));
        self.cur().comprehension = Some(kind);
        if outermost.is_async {
            self.cur().coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.span)?;
        self.cur().comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.cur().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            self.visit_expr(&g.target)?;
            self.cur().comp_iter_target = false;
            self.cur().comp_iter_expr += 1;
            self.visit_expr(&g.iter)?;
            self.cur().comp_iter_expr -= 1;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.cur().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == CompKind::Generator;
        self.cur().generator = is_generator;
        let is_async = self.cur().coroutine && !is_generator;
        self.exit();
        if is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }
}

fn error_at_directive(scope: &Scope, name: &str, msg: String) -> SyntaxError {
    error_at(msg, scope.directives.get(name).copied().unwrap_or_default())
}

/// CPython's `analyze_name`.
fn analyze_name(
    scope: &mut Scope,
    name: &str,
    flags: u32,
    bound: Option<&HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<SymScope, SyntaxError> {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(error_at_directive(
                scope,
                name,
                format!("name '{name}' is nonlocal and global"),
            ));
        }
        global.insert(name.to_string());
        return Ok(SymScope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(bound) = bound else {
            return Err(error_at_directive(
                scope,
                name,
                "nonlocal declaration not allowed at module level".to_string(),
            ));
        };
        if !bound.contains(name) {
            return Err(error_at_directive(
                scope,
                name,
                format!("no binding for nonlocal '{name}' found"),
            ));
        }
        scope.has_free = true;
        free.insert(name.to_string());
        return Ok(SymScope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(SymScope::Local);
    }
    if let Some(b) = bound {
        if b.contains(name) {
            scope.has_free = true;
            free.insert(name.to_string());
            return Ok(SymScope::Free);
        }
    }
    if global.contains(name) {
        return Ok(SymScope::GlobalImplicit);
    }
    if scope.nested {
        scope.has_free = true;
    }
    Ok(SymScope::GlobalImplicit)
}

/// CPython's `analyze_block`: decide every name's scope in `id` and its children; `free`
/// receives the free variables of this block that must come from outside.
fn analyze_block(
    scopes: &mut Vec<Scope>,
    id: ScopeId,
    bound: Option<&HashSet<String>>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> R {
    let mut local = HashSet::new();
    let mut newglobal = HashSet::new();
    let mut newfree = HashSet::new();
    let mut newbound = HashSet::new();
    let kind = scopes[id].kind;
    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let names: Vec<(String, u32)> = scopes[id]
        .symbols
        .iter()
        .map(|(n, s)| (n.clone(), s.flags))
        .collect();
    let mut decided = Vec::with_capacity(names.len());
    for (name, flags) in &names {
        let sc = analyze_name(
            &mut scopes[id],
            name,
            *flags,
            bound,
            &mut local,
            free,
            global,
        )?;
        decided.push(sc);
    }
    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }
    // Names declared global here are not bound for children (CPython discards them from
    // `bound` when it analyzes the name; `bound` is this block's own copy).
    for ((name, _), sc) in names.iter().zip(&decided) {
        if *sc == SymScope::GlobalExplicit && kind != ScopeKind::Class {
            newbound.remove(name);
        }
    }
    let mut allfree = HashSet::new();
    let children = scopes[id].children.clone();
    for c in children {
        let mut temp_bound = newbound.clone();
        let mut temp_free = newfree.clone();
        let mut temp_global = newglobal.clone();
        analyze_child(scopes, c, &mut temp_bound, &mut temp_free, &mut temp_global)?;
        allfree.extend(temp_free);
        if scopes[c].has_free || scopes[c].child_free {
            scopes[id].child_free = true;
        }
    }
    newfree.extend(allfree);
    // Local variables captured by children become cells (functions); a class's `__class__`
    // becomes its implicit cell.
    for (i, (name, _)) in names.iter().enumerate() {
        if kind == ScopeKind::Function && decided[i] == SymScope::Local && newfree.contains(name) {
            decided[i] = SymScope::Cell;
            newfree.remove(name);
        }
    }
    if kind == ScopeKind::Class && newfree.remove("__class__") {
        scopes[id].needs_class_closure = true;
    }
    // update_symbols
    let scope = &mut scopes[id];
    for (i, (_, sym)) in scope.symbols.iter_mut().enumerate() {
        sym.scope = Some(decided[i]);
    }
    let mut extra: Vec<&String> = newfree.iter().collect();
    extra.sort();
    for name in extra {
        if let Some(&i) = scope.index.get(name.as_str()) {
            let sym = &mut scope.symbols[i].1;
            if kind == ScopeKind::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = bound {
            if !b.contains(name.as_str()) {
                continue;
            }
        } else {
            continue;
        }
        scope.symbols.push((
            name.clone(),
            Symbol {
                flags: 0,
                scope: Some(SymScope::Free),
            },
        ));
        scope.index.insert(name.clone(), scope.symbols.len() - 1);
    }
    free.extend(newfree);
    Ok(())
}

fn analyze_child(
    scopes: &mut Vec<Scope>,
    id: ScopeId,
    bound: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> R {
    let b = bound.clone();
    analyze_block(scopes, id, Some(&b), free, global)
}
