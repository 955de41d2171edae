//! Grammar actions: building AST nodes and making the checks that CPython 3.11's PEG grammar makes
//! in its `invalid_*` rules and its AST constructors (invalid targets, argument order, parameter
//! order), with CPython's messages. The grammar (`grammar/python.lalrpop`) gives shapes only and
//! calls in here.

use super::error::{ErrorKind, SyntaxError};
use super::fstring;
use super::lexer::Tok;
use super::strings::StrLit;
use crate::ast::*;
use lalrpop_util::ParseError;

pub type PErr = ParseError<usize, Tok, SyntaxError>;

/// What the parser returns for its synthetic start tokens.
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

/// One item of a parameter list, before it is checked and sorted into [`Arguments`].
pub enum Param {
    Plain(Arg, Option<Expr>, usize),
    Slash(usize),
    Star(Option<Arg>, usize),
    StarStar(Arg, usize),
}

/// One item of a call's argument list, before it is checked and sorted.
pub enum CallArg {
    Pos(Expr),
    Genexp(Expr),
    Kw(usize, Expr, Expr, usize),
    Star(Expr),
    StarStar(usize, Expr, usize),
}

fn err(msg: impl Into<String>, at: usize) -> PErr {
    ParseError::User {
        error: SyntaxError::new(ErrorKind::Syntax, msg, at),
    }
}

fn err_range(msg: impl Into<String>, span: Span) -> PErr {
    ParseError::User {
        error: SyntaxError::new(ErrorKind::Syntax, msg, span.start as usize)
            .with_end(span.end as usize),
    }
}

pub fn constant(l: usize, value: Constant, r: usize) -> Expr {
    Expr::new(Span::new(l, r), ExprKind::Constant { value, kind: None })
}

pub fn bin(l: usize, left: Expr, op: Operator, right: Expr, r: usize) -> Expr {
    Expr::new(
        Span::new(l, r),
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
    )
}

/// Binding strength of a binary operator (higher binds tighter), as in Python's grammar.
fn precedence(op: Operator) -> u8 {
    match op {
        Operator::BitOr => 1,
        Operator::BitXor => 2,
        Operator::BitAnd => 3,
        Operator::LShift | Operator::RShift => 4,
        Operator::Add | Operator::Sub => 5,
        Operator::Mult | Operator::MatMult | Operator::Div | Operator::Mod | Operator::FloorDiv => {
            6
        }
        Operator::Pow => 7,
    }
}

/// Nest a flat chain `a op b op c ...` of left-associative binary operators by precedence
/// (precedence climbing), giving the tree Python's layered grammar gives.
pub fn bin_chain(first: Expr, rest: Vec<(Operator, Expr)>) -> Expr {
    let mut it = rest.into_iter().peekable();
    climb(first, 0, &mut it)
}

fn climb(
    mut left: Expr,
    min: u8,
    it: &mut std::iter::Peekable<std::vec::IntoIter<(Operator, Expr)>>,
) -> Expr {
    while let Some(&(op, _)) = it.peek() {
        let p = precedence(op);
        if p < min {
            break;
        }
        let Some((op, mut right)) = it.next() else {
            break;
        };
        while let Some(&(next, _)) = it.peek() {
            if precedence(next) <= p {
                break;
            }
            right = climb(right, precedence(next), it);
        }
        let span = left.span.cover(right.span);
        left = Expr::new(
            span,
            ExprKind::BinOp {
                left: Box::new(left),
                op,
                right: Box::new(right),
            },
        );
    }
    left
}

/// Nest a flat chain of `and`/`or` operands: `and` binds tighter, and each run of one operator
/// is a single BoolOp with all its operands, as in CPython.
pub fn bool_chain(first: Expr, rest: Vec<(BoolOp, Expr)>) -> Expr {
    let mut ors: Vec<Expr> = Vec::new();
    let mut ands: Vec<Expr> = vec![first];
    let close_and = |ands: &mut Vec<Expr>| -> Expr {
        if ands.len() == 1 {
            ands.pop().unwrap_or_else(placeholder)
        } else {
            let values = std::mem::take(ands);
            let span = values[0].span.cover(values[values.len() - 1].span);
            Expr::new(
                span,
                ExprKind::BoolOp {
                    op: BoolOp::And,
                    values,
                },
            )
        }
    };
    for (op, e) in rest {
        if op == BoolOp::Or {
            ors.push(close_and(&mut ands));
        }
        ands.push(e);
    }
    let last = close_and(&mut ands);
    if ors.is_empty() {
        return last;
    }
    ors.push(last);
    let span = ors[0].span.cover(ors[ors.len() - 1].span);
    Expr::new(
        span,
        ExprKind::BoolOp {
            op: BoolOp::Or,
            values: ors,
        },
    )
}

pub fn compare(l: usize, left: Expr, rest: Vec<(CmpOp, Expr)>, r: usize) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    Expr::new(
        Span::new(l, r),
        ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        },
    )
}

pub fn tuple(l: usize, mut v: Vec<Expr>, last: Option<Expr>, r: usize) -> Expr {
    v.extend(last);
    Expr::new(
        Span::new(l, r),
        ExprKind::Tuple {
            elts: v,
            ctx: ExprContext::Load,
        },
    )
}

/// `( e )`: the expression itself. A parenthesized starred expression is an error.
pub fn parenthesized(_l: usize, e: Expr, _r: usize) -> Expr {
    e
}

pub fn dict(l: usize, entries: Vec<Box<(Option<Expr>, Expr)>>, r: usize) -> Expr {
    let (keys, values) = entries.into_iter().map(|e| *e).unzip();
    Expr::new(Span::new(l, r), ExprKind::Dict { keys, values })
}

pub fn named_expr(l: usize, target: Expr, value: Expr, r: usize) -> Result<Expr, PErr> {
    match target.kind {
        ExprKind::Name { .. } => {}
        _ => {
            return Err(err_range(
                format!(
                    "cannot use assignment expressions with {}",
                    expr_name(&target)
                ),
                target.span,
            ))
        }
    }
    let target = with_ctx(target, ExprContext::Store);
    Ok(Expr::new(
        Span::new(l, r),
        ExprKind::NamedExpr {
            target: Box::new(target),
            value: Box::new(value),
        },
    ))
}

/// CPython's `_PyPegen_get_expr_name`: how error messages name an expression.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Give a target expression its context, recursively through tuples, lists and starred.
fn with_ctx(mut e: Expr, new: ExprContext) -> Expr {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { ctx, value } => {
            *ctx = new;
            let inner = std::mem::replace(value.as_mut(), placeholder());
            **value = with_ctx(inner, new);
        }
        ExprKind::Tuple { ctx, elts } | ExprKind::List { ctx, elts } => {
            *ctx = new;
            let old = std::mem::take(elts);
            *elts = old.into_iter().map(|x| with_ctx(x, new)).collect();
        }
        _ => {}
    }
    e
}

fn placeholder() -> Expr {
    Expr::new(
        Span::default(),
        ExprKind::Constant {
            value: Constant::None,
            kind: None,
        },
    )
}

/// The first sub-expression that cannot be a target, if any (CPython's `_PyPegen_get_invalid_target`).
fn invalid_target(e: &Expr, for_del: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } => {
            if for_del {
                Some(e)
            } else {
                invalid_target(value, for_del)
            }
        }
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, for_del))
        }
        ExprKind::Compare { left, .. } if !for_del => {
            // `for x in y` with a comparison target: CPython points at the left side if it is bad.
            invalid_target(left, for_del).or(Some(e))
        }
        _ => Some(e),
    }
}

fn check_store(e: Expr, verb: &str) -> Result<Expr, PErr> {
    if let Some(bad) = invalid_target(&e, false) {
        return Err(err_range(
            format!("cannot {verb} {}", expr_name(bad)),
            bad.span,
        ));
    }
    Ok(with_ctx(e, ExprContext::Store))
}

pub fn expr_stmt(l: usize, e: Expr, r: usize) -> Result<Stmt, PErr> {
    Ok(Stmt::new(Span::new(l, r), StmtKind::Expr { value: e }))
}

pub fn assign(l: usize, first: Expr, rest: Vec<(usize, Expr)>, r: usize) -> Result<Stmt, PErr> {
    let mut exprs = Vec::with_capacity(rest.len() + 1);
    exprs.push(first);
    exprs.extend(rest.into_iter().map(|(_, e)| e));
    let value = exprs.pop().unwrap_or_else(placeholder);
    let single = exprs.len() == 1;
    // `x = 1 if c else 2 = 3`: CPython's invalid_named_expression sees `x = 1` followed by
    // something other than `=`, and suggests `==` or `:=`.
    if exprs.len() >= 2 && matches!(exprs[0].kind, ExprKind::Name { .. }) {
        if let Some(operand) = leading_bitwise_or(&exprs[1]) {
            if invalid_target(&exprs[1], false).is_some() && !std::ptr::eq(operand, &exprs[1]) {
                return Err(err_range(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    exprs[0].span.cover(operand.span),
                ));
            }
        }
    }
    let mut targets = Vec::with_capacity(exprs.len());
    for t in exprs {
        if matches!(t.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) {
            return Err(err_range(
                "assignment to yield expression not possible",
                t.span,
            ));
        }
        if let Some(bad) = invalid_target(&t, false) {
            let is_whole = std::ptr::eq(bad, &t);
            let plain = !matches!(
                t.kind,
                ExprKind::List { .. }
                    | ExprKind::Tuple { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Constant {
                        value: Constant::Bool(_) | Constant::None,
                        ..
                    }
            );
            let msg = if single && is_whole && plain && !matches!(t.kind, ExprKind::Compare { .. })
            {
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(bad)
                )
            } else {
                format!("cannot assign to {}", expr_name(bad))
            };
            return Err(err_range(msg, bad.span));
        }
        targets.push(with_ctx(t, ExprContext::Store));
    }
    Ok(Stmt::new(
        Span::new(l, r),
        StmtKind::Assign { targets, value },
    ))
}

/// The first operand at `bitwise_or` level of an expression (what CPython's rule
/// `NAME '=' bitwise_or` would take), if the expression starts with one.
fn leading_bitwise_or(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::IfExp { body, .. } => leading_bitwise_or(body),
        ExprKind::BoolOp { values, .. } => values.first().and_then(leading_bitwise_or),
        ExprKind::Compare { left, .. } => Some(left),
        ExprKind::UnaryOp {
            op: UnaryOp::Not, ..
        }
        | ExprKind::Lambda { .. } => None,
        ExprKind::NamedExpr { .. } | ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => None,
        ExprKind::Starred { .. } => None,
        _ => Some(e),
    }
}

pub fn aug_assign(
    l: usize,
    target: Expr,
    op: Operator,
    value: Expr,
    r: usize,
) -> Result<Stmt, PErr> {
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            return Err(err_range(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&target)
                ),
                target.span,
            ))
        }
    }
    let target = with_ctx(target, ExprContext::Store);
    Ok(Stmt::new(
        Span::new(l, r),
        StmtKind::AugAssign { target, op, value },
    ))
}

pub fn ann_assign(
    l: usize,
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    r: usize,
) -> Result<Stmt, PErr> {
    let simple = matches!(target.kind, ExprKind::Name { .. }) && target.span.start as usize == l;
    match &target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple { .. } => {
            return Err(err_range(
                "only single target (not tuple) can be annotated",
                target.span,
            ))
        }
        ExprKind::List { .. } => {
            return Err(err_range(
                "only single target (not list) can be annotated",
                target.span,
            ))
        }
        _ => return Err(err_range("illegal target for annotation", target.span)),
    }
    let target = with_ctx(target, ExprContext::Store);
    Ok(Stmt::new(
        Span::new(l, r),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        },
    ))
}

pub fn delete(l: usize, targets: Vec<Expr>, r: usize) -> Result<Stmt, PErr> {
    let mut out = Vec::with_capacity(targets.len());
    for t in targets {
        if let Some(bad) = invalid_target(&t, true) {
            return Err(err_range(
                format!("cannot delete {}", expr_name(bad)),
                bad.span,
            ));
        }
        out.push(with_ctx(t, ExprContext::Del));
    }
    Ok(Stmt::new(
        Span::new(l, r),
        StmtKind::Delete { targets: out },
    ))
}

/// The end offset of a compound statement: the end of its last inner statement.
pub fn end_of(body: &[Stmt], orelse: &[Stmt]) -> usize {
    orelse
        .last()
        .or(body.last())
        .map_or(0, |s| s.span.end as usize)
}

pub fn if_stmt(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<Box<(usize, Expr, Vec<Stmt>)>>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    // Build the elif chain from the innermost outwards.
    let mut tail = orelse.unwrap_or_default();
    for elif in elifs.into_iter().rev() {
        let (el, etest, ebody) = *elif;
        let r = end_of(&ebody, &tail);
        tail = vec![Stmt::new(
            Span::new(el, r),
            StmtKind::If {
                test: etest,
                body: ebody,
                orelse: tail,
            },
        )];
    }
    let r = end_of(&body, &tail);
    Stmt::new(
        Span::new(l, r),
        StmtKind::If {
            test,
            body,
            orelse: tail,
        },
    )
}

pub fn for_stmt(
    l: usize,
    is_async: bool,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
) -> Result<Stmt, PErr> {
    let target = check_store(target, "assign to")?;
    let orelse = orelse.unwrap_or_default();
    let r = end_of(&body, &orelse);
    let f = Box::new(For {
        target,
        iter,
        body,
        orelse,
    });
    let kind = if is_async {
        StmtKind::AsyncFor(f)
    } else {
        StmtKind::For(f)
    };
    Ok(Stmt::new(Span::new(l, r), kind))
}

pub fn try_stmt(
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<Box<(bool, ExceptHandler)>>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
) -> Result<Stmt, PErr> {
    let star = handlers.first().is_some_and(|h| h.0);
    if let Some(h) = handlers.iter().find(|h| h.0 != star).map(|h| &h.1) {
        return Err(err(
            "cannot have both 'except' and 'except*' on the same 'try'",
            h.span.start as usize,
        ));
    }
    for b in &handlers {
        let (s, h) = (b.0, &b.1);
        if s && h.type_.is_none() {
            return Err(err(
                "expected one or more exception types",
                h.span.start as usize,
            ));
        }
    }
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| h.1).collect();
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let r = finalbody
        .last()
        .or(orelse.last())
        .map(|s| s.span.end as usize)
        .or(handlers.last().map(|h| h.span.end as usize))
        .unwrap_or_else(|| end_of(&body, &[]));
    let t = Box::new(Try {
        body,
        handlers,
        orelse,
        finalbody,
    });
    let kind = if star {
        StmtKind::TryStar(t)
    } else {
        StmtKind::Try(t)
    };
    Ok(Stmt::new(Span::new(l, r), kind))
}

pub fn with_stmt(
    l: usize,
    is_async: bool,
    items: Vec<Box<(Expr, Option<Expr>)>>,
    body: Vec<Stmt>,
) -> Result<Stmt, PErr> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let (context_expr, vars) = *item;
        let optional_vars = match vars {
            Some(v) => Some(check_store(v, "assign to")?),
            None => None,
        };
        out.push(WithItem {
            context_expr,
            optional_vars,
        });
    }
    let r = end_of(&body, &[]);
    let kind = if is_async {
        StmtKind::AsyncWith { items: out, body }
    } else {
        StmtKind::With { items: out, body }
    };
    Ok(Stmt::new(Span::new(l, r), kind))
}

/// Sort a parameter list into [`Arguments`], with CPython's checks and messages.
/// (Items come boxed from the grammar: small parser symbols keep LR reductions cheap.)
#[allow(clippy::vec_box)]
fn arguments(params: Vec<Box<Param>>) -> Result<Arguments, PErr> {
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut seen_default = false;
    let mut star_at = 0;
    for p in params {
        match *p {
            Param::Slash(at) => {
                if seen_slash {
                    return Err(err("/ may appear only once", at));
                }
                if seen_star {
                    return Err(err("/ must be ahead of *", at));
                }
                if a.args.is_empty() {
                    return Err(err("at least one argument must precede /", at));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            Param::Plain(arg, default, at) => {
                if a.kwarg.is_some() {
                    return Err(err("arguments cannot follow var-keyword argument", at));
                }
                if seen_star {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(err("non-default argument follows default argument", at));
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            Param::Star(arg, at) => {
                if seen_star {
                    return Err(err("* argument may appear only once", at));
                }
                if a.kwarg.is_some() {
                    return Err(err("arguments cannot follow var-keyword argument", at));
                }
                seen_star = true;
                star_at = at;
                a.vararg = arg;
            }
            Param::StarStar(arg, at) => {
                if a.kwarg.is_some() {
                    return Err(err("arguments cannot follow var-keyword argument", at));
                }
                a.kwarg = Some(arg);
            }
        }
    }
    if seen_star && a.vararg.is_none() && a.kwonlyargs.is_empty() {
        return Err(err("named arguments must follow bare *", star_at));
    }
    Ok(a)
}

pub fn func_def(
    l: usize,
    is_async: bool,
    name: String,
    params: Vec<Box<Param>>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
    decorator_list: Vec<Expr>,
) -> Result<Stmt, PErr> {
    let args = arguments(params)?;
    let r = end_of(&body, &[]);
    let f = Box::new(FunctionDef {
        name,
        args,
        body,
        decorator_list,
        returns,
    });
    let kind = if is_async {
        StmtKind::AsyncFunctionDef(f)
    } else {
        StmtKind::FunctionDef(f)
    };
    Ok(Stmt::new(Span::new(l, r), kind))
}

pub fn lambda(l: usize, params: Vec<Box<Param>>, body: Expr, r: usize) -> Result<Expr, PErr> {
    let args = arguments(params)?;
    Ok(Expr::new(
        Span::new(l, r),
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        },
    ))
}

pub fn class_def(
    l: usize,
    name: String,
    args: Option<(Vec<Box<CallArg>>, usize)>,
    body: Vec<Stmt>,
    decorator_list: Vec<Expr>,
) -> Result<Stmt, PErr> {
    let (bases, keywords) = match args {
        Some((a, close)) => call_args(a, close)?,
        None => (vec![], vec![]),
    };
    let r = end_of(&body, &[]);
    Ok(Stmt::new(
        Span::new(l, r),
        StmtKind::ClassDef(Box::new(ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
        })),
    ))
}

/// One `except` clause: whether it is `except*`, and its handler.
pub fn except_clause(
    l: usize,
    star: bool,
    type_: Option<Expr>,
    name: Option<String>,
    body: Vec<Stmt>,
) -> Box<(bool, ExceptHandler)> {
    let r = end_of(&body, &[]);
    Box::new((
        star,
        ExceptHandler {
            span: Span::new(l, r),
            type_,
            name,
            body,
        },
    ))
}

/// Attach decorators; the statement's span starts at its `def`/`class`, as in CPython 3.8+.
pub fn decorate(decorators: Vec<(usize, Expr)>, mut s: Stmt) -> Stmt {
    let list: Vec<Expr> = decorators.into_iter().map(|d| d.1).collect();
    match &mut s.kind {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => f.decorator_list = list,
        StmtKind::ClassDef(c) => c.decorator_list = list,
        _ => {}
    }
    s
}

/// Sort call arguments into positional and keyword ones. Order errors are reported, as
/// CPython's `_PyPegen_arguments_parsing_error` does, at `close`: the closing parenthesis.
#[allow(clippy::vec_box)]
fn call_args(items: Vec<Box<CallArg>>, close: usize) -> Result<(Vec<Expr>, Vec<Keyword>), PErr> {
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_kwunpack = false;
    for item in items {
        match *item {
            CallArg::Pos(e) => {
                if seen_kwunpack {
                    return Err(err(
                        "positional argument follows keyword argument unpacking",
                        close,
                    ));
                }
                if seen_kw {
                    return Err(err("positional argument follows keyword argument", close));
                }
                args.push(e);
            }
            CallArg::Genexp(e) => {
                if n > 1 {
                    return Err(err_range(
                        "Generator expression must be parenthesized",
                        e.span,
                    ));
                }
                args.push(e);
            }
            CallArg::Star(e) => {
                if seen_kwunpack {
                    return Err(err(
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.span.start as usize,
                    ));
                }
                args.push(e);
            }
            CallArg::Kw(l, k, v, r) => {
                let ExprKind::Name { id, .. } = &k.kind else {
                    return Err(err_range(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        Span::new(l, r),
                    ));
                };
                seen_kw = true;
                keywords.push(Keyword {
                    span: Span::new(l, r),
                    arg: Some(id.clone()),
                    value: v,
                });
            }
            CallArg::StarStar(l, v, r) => {
                seen_kwunpack = true;
                keywords.push(Keyword {
                    span: Span::new(l, r),
                    arg: None,
                    value: v,
                });
            }
        }
    }
    Ok((args, keywords))
}

pub fn call(l: usize, func: Expr, items: Vec<Box<CallArg>>, r: usize) -> Result<Expr, PErr> {
    let (args, keywords) = call_args(items, r.saturating_sub(1))?;
    Ok(Expr::new(
        Span::new(l, r),
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
    ))
}

pub fn comprehension(
    is_async: bool,
    target: Expr,
    iter: Expr,
    ifs: Vec<Expr>,
) -> Result<Box<Comprehension>, PErr> {
    let target = check_store(target, "assign to")?;
    Ok(Box::new(Comprehension {
        target,
        iter,
        ifs,
        is_async,
    }))
}

/// Adjacent string literals: one constant, or a JoinedStr when an f-string is among them.
pub fn strings(l: usize, parts: Vec<(usize, Box<StrLit>, usize)>, r: usize) -> Result<Expr, PErr> {
    let span = Span::new(l, r);
    let has_bytes = parts.iter().any(|p| matches!(*p.1, StrLit::Bytes(_)));
    let all_bytes = parts.iter().all(|p| matches!(*p.1, StrLit::Bytes(_)));
    if has_bytes && !all_bytes {
        return Err(err("cannot mix bytes and nonbytes literals", r));
    }
    if all_bytes {
        let mut v = Vec::new();
        for p in parts {
            if let StrLit::Bytes(b) = *p.1 {
                v.extend(b);
            }
        }
        return Ok(constant(l, Constant::Bytes(v), r));
    }
    let is_u = matches!(*parts[0].1, StrLit::Str { is_u: true, .. });
    if !parts.iter().any(|p| matches!(*p.1, StrLit::FString { .. })) {
        let mut s = String::new();
        for p in parts {
            if let StrLit::Str { value, .. } = *p.1 {
                s.push_str(&value);
            }
        }
        return Ok(Expr::new(
            span,
            ExprKind::Constant {
                value: Constant::Str(s),
                kind: is_u.then(|| "u".to_string()),
            },
        ));
    }
    fstring::joined(span, parts, is_u).map_err(|error| ParseError::User { error })
}
