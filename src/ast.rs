//! The abstract syntax tree, shaped after CPython 3.11's `ast` module (Parser/Python.asdl).
//!
//! Node kinds and field names follow CPython's so that `mnemo --ast` can print exactly what
//! `ast.dump(ast.parse(src))` prints (see `parse::dump`), and so that the compiler reads like
//! CPython's. Every statement and expression carries a [`Span`]: absolute byte offsets into the
//! source; [`crate::parse::LineIndex`] turns them into CPython's (line, UTF-8 column) pairs.
//!
//! Where to start reading: [`Module`], then [`Stmt`] and [`Expr`].

use num_bigint::BigInt;

/// Byte offsets `[start, end)` into the source text of the whole module.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The span that covers both `self` and `other`.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

pub type Ident = String;

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    AsyncFunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return {
        value: Option<Expr>,
    },
    Delete {
        targets: Vec<Expr>,
    },
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: Operator,
        value: Expr,
    },
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    For(Box<For>),
    AsyncFor(Box<For>),
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    AsyncWith {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try(Box<Try>),
    TryStar(Box<Try>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import {
        names: Vec<Alias>,
    },
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    Global {
        names: Vec<Ident>,
    },
    Nonlocal {
        names: Vec<Ident>,
    },
    Expr {
        value: Expr,
    },
    Pass,
    Break,
    Continue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct For {
    pub target: Expr,
    pub iter: Expr,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub span: Span,
    pub type_: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub span: Span,
    pub name: Ident,
    pub asname: Option<Ident>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Dict {
        /// `None` marks a `**mapping` entry, as in CPython.
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set {
        elts: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await {
        value: Box<Expr>,
    },
    Yield {
        value: Option<Box<Expr>>,
    },
    YieldFrom {
        value: Box<Expr>,
    },
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    FormattedValue {
        value: Box<Expr>,
        /// -1 for none, else the character code of `s`, `r` or `a`.
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    JoinedStr {
        values: Vec<Expr>,
    },
    Constant {
        value: Constant,
        /// `Some("u")` for a `u"..."` literal, as CPython records it.
        kind: Option<String>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Ident,
        ctx: ExprContext,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: Ident,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    /// An imaginary literal: the value of its imaginary part.
    Complex(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per keyword-only argument; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// Defaults of the last positional (and positional-only) arguments.
    pub defaults: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub span: Span,
    pub arg: Ident,
    pub annotation: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub span: Span,
    /// `None` for `**mapping`.
    pub arg: Option<Ident>,
    pub value: Expr,
}

impl Operator {
    pub fn name(self) -> &'static str {
        match self {
            Operator::Add => "Add",
            Operator::Sub => "Sub",
            Operator::Mult => "Mult",
            Operator::MatMult => "MatMult",
            Operator::Div => "Div",
            Operator::Mod => "Mod",
            Operator::Pow => "Pow",
            Operator::LShift => "LShift",
            Operator::RShift => "RShift",
            Operator::BitOr => "BitOr",
            Operator::BitXor => "BitXor",
            Operator::BitAnd => "BitAnd",
            Operator::FloorDiv => "FloorDiv",
        }
    }
}

impl CmpOp {
    pub fn name(self) -> &'static str {
        match self {
            CmpOp::Eq => "Eq",
            CmpOp::NotEq => "NotEq",
            CmpOp::Lt => "Lt",
            CmpOp::LtE => "LtE",
            CmpOp::Gt => "Gt",
            CmpOp::GtE => "GtE",
            CmpOp::Is => "Is",
            CmpOp::IsNot => "IsNot",
            CmpOp::In => "In",
            CmpOp::NotIn => "NotIn",
        }
    }
}

impl UnaryOp {
    pub fn name(self) -> &'static str {
        match self {
            UnaryOp::Invert => "Invert",
            UnaryOp::Not => "Not",
            UnaryOp::UAdd => "UAdd",
            UnaryOp::USub => "USub",
        }
    }
}

impl ExprContext {
    pub fn name(self) -> &'static str {
        match self {
            ExprContext::Load => "Load",
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
        }
    }
}

impl Expr {
    pub fn new(span: Span, kind: ExprKind) -> Expr {
        Expr { span, kind }
    }
}

impl Stmt {
    pub fn new(span: Span, kind: StmtKind) -> Stmt {
        Stmt { span, kind }
    }
}

impl Expr {
    /// Call `f` on each direct child expression, in source order.
    pub fn for_each_child<'a>(&'a self, f: &mut impl FnMut(&'a Expr)) {
        match &self.kind {
            ExprKind::BoolOp { values, .. } => values.iter().for_each(&mut *f),
            ExprKind::NamedExpr { target, value } => {
                f(target);
                f(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                f(left);
                f(right);
            }
            ExprKind::UnaryOp { operand, .. } => f(operand),
            ExprKind::Lambda { args, body } => {
                args.for_each_expr(f);
                f(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                f(body);
                f(test);
                f(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        f(k);
                    }
                    f(v);
                }
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                elts.iter().for_each(&mut *f)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                f(elt);
                generators.iter().for_each(|g| g.for_each_expr(f));
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                f(key);
                f(value);
                generators.iter().for_each(|g| g.for_each_expr(f));
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => f(value),
            ExprKind::Yield { value } => {
                if let Some(v) = value {
                    f(v)
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                f(left);
                comparators.iter().for_each(&mut *f);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                f(func);
                args.iter().for_each(&mut *f);
                keywords.iter().for_each(|k| f(&k.value));
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                f(value);
                if let Some(s) = format_spec {
                    f(s);
                }
            }
            ExprKind::JoinedStr { values } => values.iter().for_each(&mut *f),
            ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => f(value),
            ExprKind::Subscript { value, slice, .. } => {
                f(value);
                f(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                for e in [lower, upper, step].into_iter().flatten() {
                    f(e);
                }
            }
        }
    }

    fn is_leaf(&self) -> bool {
        matches!(self.kind, ExprKind::Constant { .. } | ExprKind::Name { .. })
    }
}

impl Arguments {
    /// Call `f` on the defaults and annotations, in CPython's evaluation order.
    pub fn for_each_expr<'a>(&'a self, f: &mut impl FnMut(&'a Expr)) {
        self.defaults.iter().for_each(&mut *f);
        self.kw_defaults.iter().flatten().for_each(&mut *f);
        let all = self
            .posonlyargs
            .iter()
            .chain(&self.args)
            .chain(&self.vararg)
            .chain(&self.kwonlyargs)
            .chain(&self.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                f(ann);
            }
        }
    }
}

impl Comprehension {
    pub fn for_each_expr<'a>(&'a self, f: &mut impl FnMut(&'a Expr)) {
        f(&self.target);
        f(&self.iter);
        self.ifs.iter().for_each(&mut *f);
    }
}

/// How deep expression drops may nest before further ones are deferred (CPython's trashcan
/// unwinds at 50; a Rust frame here is small, so more is fine).
const DROP_NESTING_LIMIT: u32 = 400;

thread_local! {
    static DROP_NESTING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static DROP_DEFERRED: std::cell::RefCell<Vec<ExprKind>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Dropping an expression tree takes bounded Rust stack however deep the tree (the AST's
/// "trashcan", as CPython's `Py_TRASHCAN_BEGIN`): drops nest normally up to a limit; deeper
/// ones are queued and run by the outermost drop.
impl Drop for Expr {
    fn drop(&mut self) {
        if self.is_leaf() {
            return;
        }
        let kind = std::mem::replace(
            &mut self.kind,
            ExprKind::Constant {
                value: Constant::None,
                kind: None,
            },
        );
        let depth = DROP_NESTING.with(|d| d.get());
        if depth >= DROP_NESTING_LIMIT {
            DROP_DEFERRED.with(|q| q.borrow_mut().push(kind));
            return;
        }
        DROP_NESTING.with(|d| d.set(depth + 1));
        drop(kind);
        if depth == 0 {
            while let Some(next) = DROP_DEFERRED.with(|q| q.borrow_mut().pop()) {
                drop(next);
            }
        }
        DROP_NESTING.with(|d| d.set(depth));
    }
}

impl Stmt {
    /// Call `fe` on each expression and `fs` on each statement directly inside this one.
    pub fn for_each_child<'a>(
        &'a self,
        fe: &mut impl FnMut(&'a Expr),
        fs: &mut impl FnMut(&'a Stmt),
    ) {
        let body = |b: &'a [Stmt], fs: &mut dyn FnMut(&'a Stmt)| b.iter().for_each(fs);
        match &self.kind {
            StmtKind::FunctionDef(d) | StmtKind::AsyncFunctionDef(d) => {
                d.decorator_list.iter().for_each(&mut *fe);
                d.args.for_each_expr(fe);
                if let Some(r) = &d.returns {
                    fe(r);
                }
                body(&d.body, fs);
            }
            StmtKind::ClassDef(c) => {
                c.decorator_list.iter().for_each(&mut *fe);
                c.bases.iter().for_each(&mut *fe);
                c.keywords.iter().for_each(|k| fe(&k.value));
                body(&c.body, fs);
            }
            StmtKind::Return { value } => value.iter().for_each(&mut *fe),
            StmtKind::Delete { targets } => targets.iter().for_each(&mut *fe),
            StmtKind::Assign { targets, value } => {
                fe(value);
                targets.iter().for_each(&mut *fe);
            }
            StmtKind::AugAssign { target, value, .. } => {
                fe(target);
                fe(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                fe(annotation);
                value.iter().for_each(&mut *fe);
                fe(target);
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                fe(&f.iter);
                fe(&f.target);
                body(&f.body, fs);
                body(&f.orelse, fs);
            }
            StmtKind::While {
                test,
                body: b,
                orelse,
            }
            | StmtKind::If {
                test,
                body: b,
                orelse,
            } => {
                fe(test);
                body(b, fs);
                body(orelse, fs);
            }
            StmtKind::With { items, body: b } | StmtKind::AsyncWith { items, body: b } => {
                for i in items {
                    fe(&i.context_expr);
                    i.optional_vars.iter().for_each(&mut *fe);
                }
                body(b, fs);
            }
            StmtKind::Raise { exc, cause } => {
                exc.iter().for_each(&mut *fe);
                cause.iter().for_each(&mut *fe);
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                body(&t.body, fs);
                for h in &t.handlers {
                    h.type_.iter().for_each(&mut *fe);
                    body(&h.body, fs);
                }
                body(&t.orelse, fs);
                body(&t.finalbody, fs);
            }
            StmtKind::Assert { test, msg } => {
                fe(test);
                msg.iter().for_each(&mut *fe);
            }
            StmtKind::Expr { value } => fe(value),
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }
}

/// The nesting depth of a module as CPython's compiler counts it (the module, each statement,
/// each expression), computed without recursion so that any depth is safe to measure.
pub fn max_depth(module: &Module) -> usize {
    enum Node<'a> {
        S(&'a Stmt),
        E(&'a Expr),
    }
    let mut stack: Vec<(Node, usize)> = module.body.iter().map(|s| (Node::S(s), 2)).collect();
    let mut deepest = 1;
    while let Some((node, d)) = stack.pop() {
        deepest = deepest.max(d);
        match node {
            Node::S(s) => {
                let mut stmts = Vec::new();
                s.for_each_child(&mut |e| stack.push((Node::E(e), d + 1)), &mut |c| {
                    stmts.push(c)
                });
                stack.extend(stmts.into_iter().map(|c| (Node::S(c), d + 1)));
            }
            Node::E(e) => e.for_each_child(&mut |c| stack.push((Node::E(c), d + 1))),
        }
    }
    deepest
}
