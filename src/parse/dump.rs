//! `mnemo --ast`: prints a [`Module`] exactly as CPython 3.11's `ast.dump(ast.parse(src))` does
//! with its default arguments (`annotate_fields=True`, `include_attributes=False`, no indent).
//!
//! The format, from `ast.dump` in Lib/ast.py: a node prints as `Name(field=value, ...)`, fields in
//! `_fields` order (Parser/Python.asdl order; checked against `ast.X._fields`), every field named.
//! A field is left out when its value is `None` and the ASDL marks it optional (`?`): so
//! `Return()`, `Slice()`, `ExceptHandler(body=[...])`, `keyword(value=...)`, and `type_comment`
//! never appears since the parser never sets it. `None` inside a list is printed (`Dict` keys of
//! `**m` entries, `kw_defaults` of keyword-only arguments without a default). Lists print as
//! `[a, b]`, empty ones as `[]`. Leaves print as their Python `repr`: identifiers and strings via
//! [`crate::objects::str`], numbers via [`crate::objects::float`] and friends, booleans that are
//! ASDL `int`s as `0`/`1` (`simple`, `is_async`). Operators and contexts are field-less nodes:
//! `op=Add()`, `ctx=Load()`. Without indentation the "simple node" rule of `ast.dump` changes
//! nothing, so it is not modelled.
//!
//! Everything is appended to one `String`. The separator rule: a field is preceded by `, ` unless
//! it is the first one written since the node's `(` — which [`Dumper::key`] detects by looking at
//! the last byte of the buffer, since no field value ends in `(`.
//!
//! Where to start reading: [`dump_module`], then [`Dumper::stmt`] and [`Dumper::expr`].

use std::fmt::Write;

use crate::ast::{
    Alias, Arg, Arguments, BoolOp, Comprehension, Constant, ExceptHandler, Expr, ExprContext,
    ExprKind, FunctionDef, Keyword, Module, Stmt, StmtKind, WithItem,
};
use crate::objects::{bytes, complex, float, str as pystr};

/// `ast.dump(ast.parse(src))` for the module parsed from `src`.
pub fn dump_module(m: &Module) -> String {
    let mut d = Dumper {
        out: String::with_capacity(4096),
    };
    d.out.push_str("Module(");
    d.stmts("body", &m.body);
    d.out.push_str(", type_ignores=[])");
    d.out
}

struct Dumper {
    out: String,
}

impl Dumper {
    // ---- layout -------------------------------------------------------------------------------

    /// Starts a node: `Name(`.
    fn open(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push('(');
    }

    /// Ends a node.
    fn close(&mut self) {
        self.out.push(')');
    }

    /// A field-less node, such as `Load()` or `Pass()`.
    fn leaf(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push_str("()");
    }

    /// Starts a field: `name=`, after `, ` unless it is the node's first.
    fn key(&mut self, name: &str) {
        if !self.out.ends_with('(') {
            self.out.push_str(", ");
        }
        self.out.push_str(name);
        self.out.push('=');
    }

    fn list<T>(&mut self, name: &str, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.key(name);
        self.out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            item(self, x);
        }
        self.out.push(']');
    }

    // ---- fields -------------------------------------------------------------------------------

    fn stmts(&mut self, name: &str, body: &[Stmt]) {
        self.list(name, body, Self::stmt);
    }

    fn exprs(&mut self, name: &str, items: &[Expr]) {
        self.list(name, items, Self::expr);
    }

    /// A list of optional expressions (`Dict.keys`, `arguments.kw_defaults`): `None` is printed.
    fn opt_exprs(&mut self, name: &str, items: &[Option<Expr>]) {
        self.list(name, items, |d, x| match x {
            Some(e) => d.expr(e),
            None => d.out.push_str("None"),
        });
    }

    fn field_expr(&mut self, name: &str, e: &Expr) {
        self.key(name);
        self.expr(e);
    }

    /// An optional (`expr?`) field: omitted when absent.
    fn opt_expr(&mut self, name: &str, e: Option<&Expr>) {
        if let Some(e) = e {
            self.field_expr(name, e);
        }
    }

    fn ident(&mut self, name: &str, s: &str) {
        self.key(name);
        pystr::push_str_repr(&mut self.out, s);
    }

    fn opt_ident(&mut self, name: &str, s: Option<&str>) {
        if let Some(s) = s {
            self.ident(name, s);
        }
    }

    fn idents(&mut self, name: &str, items: &[String]) {
        self.list(name, items, |d, s| pystr::push_str_repr(&mut d.out, s));
    }

    /// An ASDL `int` field holding a flag: `0` or `1`.
    fn flag(&mut self, name: &str, b: bool) {
        self.key(name);
        self.out.push(if b { '1' } else { '0' });
    }

    fn int(&mut self, name: &str, n: i64) {
        self.key(name);
        write!(self.out, "{n}").expect("writing to a String cannot fail");
    }

    /// `name=Op()` for an operator, comparison or context node.
    fn node_leaf(&mut self, name: &str, node: &str) {
        self.key(name);
        self.leaf(node);
    }

    fn ctx(&mut self, ctx: ExprContext) {
        self.node_leaf("ctx", ctx.name());
    }

    // ---- statements ---------------------------------------------------------------------------

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def("FunctionDef", f),
            StmtKind::AsyncFunctionDef(f) => self.function_def("AsyncFunctionDef", f),
            StmtKind::ClassDef(c) => {
                self.open("ClassDef");
                self.ident("name", &c.name);
                self.exprs("bases", &c.bases);
                self.list("keywords", &c.keywords, Self::keyword);
                self.stmts("body", &c.body);
                self.exprs("decorator_list", &c.decorator_list);
                self.close();
            }
            StmtKind::Return { value } => {
                self.open("Return");
                self.opt_expr("value", value.as_ref());
                self.close();
            }
            StmtKind::Delete { targets } => {
                self.open("Delete");
                self.exprs("targets", targets);
                self.close();
            }
            StmtKind::Assign { targets, value } => {
                self.open("Assign");
                self.exprs("targets", targets);
                self.field_expr("value", value);
                self.close();
            }
            StmtKind::AugAssign { target, op, value } => {
                self.open("AugAssign");
                self.field_expr("target", target);
                self.node_leaf("op", op.name());
                self.field_expr("value", value);
                self.close();
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.open("AnnAssign");
                self.field_expr("target", target);
                self.field_expr("annotation", annotation);
                self.opt_expr("value", value.as_ref());
                self.flag("simple", *simple);
                self.close();
            }
            StmtKind::For(f) => self.for_("For", f),
            StmtKind::AsyncFor(f) => self.for_("AsyncFor", f),
            StmtKind::While { test, body, orelse } => {
                self.open("While");
                self.field_expr("test", test);
                self.stmts("body", body);
                self.stmts("orelse", orelse);
                self.close();
            }
            StmtKind::If { test, body, orelse } => {
                self.open("If");
                self.field_expr("test", test);
                self.stmts("body", body);
                self.stmts("orelse", orelse);
                self.close();
            }
            StmtKind::With { items, body } => self.with("With", items, body),
            StmtKind::AsyncWith { items, body } => self.with("AsyncWith", items, body),
            StmtKind::Raise { exc, cause } => {
                self.open("Raise");
                self.opt_expr("exc", exc.as_ref());
                self.opt_expr("cause", cause.as_ref());
                self.close();
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                let name = if matches!(s.kind, StmtKind::Try(_)) {
                    "Try"
                } else {
                    "TryStar"
                };
                self.open(name);
                self.stmts("body", &t.body);
                self.list("handlers", &t.handlers, Self::except_handler);
                self.stmts("orelse", &t.orelse);
                self.stmts("finalbody", &t.finalbody);
                self.close();
            }
            StmtKind::Assert { test, msg } => {
                self.open("Assert");
                self.field_expr("test", test);
                self.opt_expr("msg", msg.as_ref());
                self.close();
            }
            StmtKind::Import { names } => {
                self.open("Import");
                self.list("names", names, Self::alias);
                self.close();
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.open("ImportFrom");
                self.opt_ident("module", module.as_deref());
                self.list("names", names, Self::alias);
                self.int("level", i64::from(*level));
                self.close();
            }
            StmtKind::Global { names } => {
                self.open("Global");
                self.idents("names", names);
                self.close();
            }
            StmtKind::Nonlocal { names } => {
                self.open("Nonlocal");
                self.idents("names", names);
                self.close();
            }
            StmtKind::Expr { value } => {
                self.open("Expr");
                self.field_expr("value", value);
                self.close();
            }
            StmtKind::Pass => self.leaf("Pass"),
            StmtKind::Break => self.leaf("Break"),
            StmtKind::Continue => self.leaf("Continue"),
        }
    }

    fn function_def(&mut self, node: &str, f: &FunctionDef) {
        self.open(node);
        self.ident("name", &f.name);
        self.key("args");
        self.arguments(&f.args);
        self.stmts("body", &f.body);
        self.exprs("decorator_list", &f.decorator_list);
        self.opt_expr("returns", f.returns.as_ref());
        self.close();
    }

    fn for_(&mut self, node: &str, f: &crate::ast::For) {
        self.open(node);
        self.field_expr("target", &f.target);
        self.field_expr("iter", &f.iter);
        self.stmts("body", &f.body);
        self.stmts("orelse", &f.orelse);
        self.close();
    }

    fn with(&mut self, node: &str, items: &[WithItem], body: &[Stmt]) {
        self.open(node);
        self.list("items", items, |d, item| {
            d.open("withitem");
            d.field_expr("context_expr", &item.context_expr);
            d.opt_expr("optional_vars", item.optional_vars.as_ref());
            d.close();
        });
        self.stmts("body", body);
        self.close();
    }

    fn except_handler(&mut self, h: &ExceptHandler) {
        self.open("ExceptHandler");
        self.opt_expr("type", h.type_.as_ref());
        self.opt_ident("name", h.name.as_deref());
        self.stmts("body", &h.body);
        self.close();
    }

    fn alias(&mut self, a: &Alias) {
        self.open("alias");
        self.ident("name", &a.name);
        self.opt_ident("asname", a.asname.as_deref());
        self.close();
    }

    fn arguments(&mut self, a: &Arguments) {
        self.open("arguments");
        self.list("posonlyargs", &a.posonlyargs, Self::arg);
        self.list("args", &a.args, Self::arg);
        if let Some(v) = &a.vararg {
            self.key("vararg");
            self.arg(v);
        }
        self.list("kwonlyargs", &a.kwonlyargs, Self::arg);
        self.opt_exprs("kw_defaults", &a.kw_defaults);
        if let Some(k) = &a.kwarg {
            self.key("kwarg");
            self.arg(k);
        }
        self.exprs("defaults", &a.defaults);
        self.close();
    }

    fn arg(&mut self, a: &Arg) {
        self.open("arg");
        self.ident("arg", &a.arg);
        self.opt_expr("annotation", a.annotation.as_ref());
        self.close();
    }

    fn keyword(&mut self, k: &Keyword) {
        self.open("keyword");
        self.opt_ident("arg", k.arg.as_deref());
        self.field_expr("value", &k.value);
        self.close();
    }

    fn comprehension(&mut self, c: &Comprehension) {
        self.open("comprehension");
        self.field_expr("target", &c.target);
        self.field_expr("iter", &c.iter);
        self.exprs("ifs", &c.ifs);
        self.flag("is_async", c.is_async);
        self.close();
    }

    // ---- expressions --------------------------------------------------------------------------

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.open("BoolOp");
                let op = match op {
                    BoolOp::And => "And",
                    BoolOp::Or => "Or",
                };
                self.node_leaf("op", op);
                self.exprs("values", values);
            }
            ExprKind::NamedExpr { target, value } => {
                self.open("NamedExpr");
                self.field_expr("target", target);
                self.field_expr("value", value);
            }
            ExprKind::BinOp { left, op, right } => {
                self.open("BinOp");
                self.field_expr("left", left);
                self.node_leaf("op", op.name());
                self.field_expr("right", right);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.open("UnaryOp");
                self.node_leaf("op", op.name());
                self.field_expr("operand", operand);
            }
            ExprKind::Lambda { args, body } => {
                self.open("Lambda");
                self.key("args");
                self.arguments(args);
                self.field_expr("body", body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open("IfExp");
                self.field_expr("test", test);
                self.field_expr("body", body);
                self.field_expr("orelse", orelse);
            }
            ExprKind::Dict { keys, values } => {
                self.open("Dict");
                self.opt_exprs("keys", keys);
                self.exprs("values", values);
            }
            ExprKind::Set { elts } => {
                self.open("Set");
                self.exprs("elts", elts);
            }
            ExprKind::ListComp { elt, generators } => {
                self.open("ListComp");
                self.field_expr("elt", elt);
                self.list("generators", generators, Self::comprehension);
            }
            ExprKind::SetComp { elt, generators } => {
                self.open("SetComp");
                self.field_expr("elt", elt);
                self.list("generators", generators, Self::comprehension);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.open("DictComp");
                self.field_expr("key", key);
                self.field_expr("value", value);
                self.list("generators", generators, Self::comprehension);
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.open("GeneratorExp");
                self.field_expr("elt", elt);
                self.list("generators", generators, Self::comprehension);
            }
            ExprKind::Await { value } => {
                self.open("Await");
                self.field_expr("value", value);
            }
            ExprKind::Yield { value } => {
                self.open("Yield");
                self.opt_expr("value", value.as_deref());
            }
            ExprKind::YieldFrom { value } => {
                self.open("YieldFrom");
                self.field_expr("value", value);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open("Compare");
                self.field_expr("left", left);
                self.list("ops", ops, |d, op| d.leaf(op.name()));
                self.exprs("comparators", comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.open("Call");
                self.field_expr("func", func);
                self.exprs("args", args);
                self.list("keywords", keywords, Self::keyword);
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.open("FormattedValue");
                self.field_expr("value", value);
                self.int("conversion", i64::from(*conversion));
                self.opt_expr("format_spec", format_spec.as_deref());
            }
            ExprKind::JoinedStr { values } => {
                self.open("JoinedStr");
                self.exprs("values", values);
            }
            ExprKind::Constant { value, kind } => {
                self.open("Constant");
                self.key("value");
                self.constant(value);
                self.opt_ident("kind", kind.as_deref());
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.open("Attribute");
                self.field_expr("value", value);
                self.ident("attr", attr);
                self.ctx(*ctx);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.open("Subscript");
                self.field_expr("value", value);
                self.field_expr("slice", slice);
                self.ctx(*ctx);
            }
            ExprKind::Starred { value, ctx } => {
                self.open("Starred");
                self.field_expr("value", value);
                self.ctx(*ctx);
            }
            ExprKind::Name { id, ctx } => {
                self.open("Name");
                self.ident("id", id);
                self.ctx(*ctx);
            }
            ExprKind::List { elts, ctx } => {
                self.open("List");
                self.exprs("elts", elts);
                self.ctx(*ctx);
            }
            ExprKind::Tuple { elts, ctx } => {
                self.open("Tuple");
                self.exprs("elts", elts);
                self.ctx(*ctx);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.open("Slice");
                self.opt_expr("lower", lower.as_deref());
                self.opt_expr("upper", upper.as_deref());
                self.opt_expr("step", step.as_deref());
            }
        }
        self.close();
    }

    /// The Python `repr` of a constant's value.
    fn constant(&mut self, c: &Constant) {
        let out = &mut self.out;
        match c {
            Constant::None => out.push_str("None"),
            Constant::Bool(true) => out.push_str("True"),
            Constant::Bool(false) => out.push_str("False"),
            Constant::Ellipsis => out.push_str("Ellipsis"),
            Constant::Int(n) => match i64::try_from(n) {
                Ok(small) => write!(out, "{small}"),
                Err(_) => write!(out, "{n}"),
            }
            .expect("writing to a String cannot fail"),
            Constant::Float(x) => float::format_repr(out, *x, true, false),
            Constant::Complex(im) => complex::push_complex_repr(out, 0.0, *im),
            Constant::Str(s) => pystr::push_str_repr(out, s),
            Constant::Bytes(b) => bytes::push_bytes_repr(out, b),
        }
    }
}

#[cfg(test)]
mod tests {
    //! Hand-built trees; each expected string is CPython 3.11.7's `ast.dump(ast.parse(src))` for
    //! the source quoted above it.

    use super::dump_module;
    use crate::ast::*;
    use num_bigint::BigInt;

    fn sp() -> Span {
        Span::default()
    }
    fn e(kind: ExprKind) -> Expr {
        Expr::new(sp(), kind)
    }
    fn s(kind: StmtKind) -> Stmt {
        Stmt::new(sp(), kind)
    }
    fn name(id: &str, ctx: ExprContext) -> Expr {
        e(ExprKind::Name { id: id.into(), ctx })
    }
    fn load(id: &str) -> Expr {
        name(id, ExprContext::Load)
    }
    fn store(id: &str) -> Expr {
        name(id, ExprContext::Store)
    }
    fn cst(value: Constant) -> Expr {
        e(ExprKind::Constant { value, kind: None })
    }
    fn int(n: i64) -> Expr {
        cst(Constant::Int(BigInt::from(n)))
    }
    fn arg(a: &str) -> Arg {
        Arg {
            span: sp(),
            arg: a.into(),
            annotation: None,
        }
    }
    fn module(body: Vec<Stmt>) -> String {
        dump_module(&Module { body })
    }
    fn expr_stmt(value: Expr) -> Stmt {
        s(StmtKind::Expr { value })
    }

    #[test]
    fn empty_module() {
        assert_eq!(module(vec![]), "Module(body=[], type_ignores=[])");
    }

    #[test]
    fn assign_and_constants() {
        // a = b = 1
        // (None, True, False, ..., 2.5, 1e16, 1j, 1e+16j, 'it\'s', b'x\x00', u'x', 10**30)
        let big: BigInt = "1000000000000000000000000000000".parse().unwrap();
        let body = vec![
            s(StmtKind::Assign {
                targets: vec![store("a"), store("b")],
                value: int(1),
            }),
            expr_stmt(e(ExprKind::Tuple {
                elts: vec![
                    cst(Constant::None),
                    cst(Constant::Bool(true)),
                    cst(Constant::Bool(false)),
                    cst(Constant::Ellipsis),
                    cst(Constant::Float(2.5)),
                    cst(Constant::Float(1e16)),
                    cst(Constant::Complex(1.0)),
                    cst(Constant::Complex(1e16)),
                    cst(Constant::Str("it's".into())),
                    cst(Constant::Bytes(b"x\x00".to_vec())),
                    e(ExprKind::Constant {
                        value: Constant::Str("x".into()),
                        kind: Some("u".into()),
                    }),
                    cst(Constant::Int(big)),
                ],
                ctx: ExprContext::Load,
            })),
        ];
        assert_eq!(
            module(body),
            "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], \
             value=Constant(value=1)), Expr(value=Tuple(elts=[Constant(value=None), \
             Constant(value=True), Constant(value=False), Constant(value=Ellipsis), \
             Constant(value=2.5), Constant(value=1e+16), Constant(value=1j), \
             Constant(value=1e+16j), Constant(value=\"it's\"), Constant(value=b'x\\x00'), \
             Constant(value='x', kind='u'), Constant(value=1000000000000000000000000000000)], \
             ctx=Load()))], type_ignores=[])"
        );
    }

    #[test]
    fn function_def_with_all_argument_kinds() {
        // @d
        // def f(a, /, b=1, *c, d, e=2, **g) -> int:
        //     return
        let args = Arguments {
            posonlyargs: vec![arg("a")],
            args: vec![arg("b")],
            vararg: Some(arg("c")),
            kwonlyargs: vec![arg("d"), arg("e")],
            kw_defaults: vec![None, Some(int(2))],
            kwarg: Some(arg("g")),
            defaults: vec![int(1)],
        };
        let f = FunctionDef {
            name: "f".into(),
            args,
            body: vec![s(StmtKind::Return { value: None })],
            decorator_list: vec![load("d")],
            returns: Some(load("int")),
        };
        assert_eq!(
            module(vec![s(StmtKind::FunctionDef(Box::new(f)))]),
            "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], \
             args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], \
             kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='g'), \
             defaults=[Constant(value=1)]), body=[Return()], \
             decorator_list=[Name(id='d', ctx=Load())], returns=Name(id='int', ctx=Load()))], \
             type_ignores=[])"
        );
    }

    #[test]
    fn imports_and_simple_statements() {
        // from . import x
        // from .a import b as c
        // import a.b
        // global a, b
        // raise
        // x: int
        // (x): int = 3
        // pass; break; continue
        let alias = |n: &str, a: Option<&str>| Alias {
            span: sp(),
            name: n.into(),
            asname: a.map(Into::into),
        };
        let body = vec![
            s(StmtKind::ImportFrom {
                module: None,
                names: vec![alias("x", None)],
                level: 1,
            }),
            s(StmtKind::ImportFrom {
                module: Some("a".into()),
                names: vec![alias("b", Some("c"))],
                level: 1,
            }),
            s(StmtKind::Import {
                names: vec![alias("a.b", None)],
            }),
            s(StmtKind::Global {
                names: vec!["a".into(), "b".into()],
            }),
            s(StmtKind::Raise {
                exc: None,
                cause: None,
            }),
            s(StmtKind::AnnAssign {
                target: store("x"),
                annotation: load("int"),
                value: None,
                simple: true,
            }),
            s(StmtKind::AnnAssign {
                target: store("x"),
                annotation: load("int"),
                value: Some(int(3)),
                simple: false,
            }),
            s(StmtKind::Pass),
            s(StmtKind::Break),
            s(StmtKind::Continue),
        ];
        assert_eq!(
            module(body),
            "Module(body=[ImportFrom(names=[alias(name='x')], level=1), \
             ImportFrom(module='a', names=[alias(name='b', asname='c')], level=1), \
             Import(names=[alias(name='a.b')]), Global(names=['a', 'b']), Raise(), \
             AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), \
             simple=1), AnnAssign(target=Name(id='x', ctx=Store()), \
             annotation=Name(id='int', ctx=Load()), value=Constant(value=3), simple=0), \
             Pass(), Break(), Continue()], type_ignores=[])"
        );
    }

    #[test]
    fn try_with_and_handlers() {
        // try: pass
        // except E as e: pass
        // except: pass
        // else: pass
        // finally: pass
        // with a as b, c: pass
        let handler = |t: Option<Expr>, n: Option<&str>| ExceptHandler {
            span: sp(),
            type_: t,
            name: n.map(Into::into),
            body: vec![s(StmtKind::Pass)],
        };
        let body = vec![
            s(StmtKind::Try(Box::new(Try {
                body: vec![s(StmtKind::Pass)],
                handlers: vec![handler(Some(load("E")), Some("e")), handler(None, None)],
                orelse: vec![s(StmtKind::Pass)],
                finalbody: vec![s(StmtKind::Pass)],
            }))),
            s(StmtKind::With {
                items: vec![
                    WithItem {
                        context_expr: load("a"),
                        optional_vars: Some(store("b")),
                    },
                    WithItem {
                        context_expr: load("c"),
                        optional_vars: None,
                    },
                ],
                body: vec![s(StmtKind::Pass)],
            }),
        ];
        assert_eq!(
            module(body),
            "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', \
             ctx=Load()), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], \
             orelse=[Pass()], finalbody=[Pass()]), With(items=[withitem(context_expr=Name(id='a', \
             ctx=Load()), optional_vars=Name(id='b', ctx=Store())), \
             withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"
        );
    }

    #[test]
    fn expressions() {
        // {**a, 'b': 1}
        // f(*a, k=1, **kw)
        // f'{x!r:>{w}}'
        // x[::]
        // [x async for x in y if z]
        // 1 < 2 is not None
        // lambda: (yield)
        let b = Box::new;
        let body = vec![
            expr_stmt(e(ExprKind::Dict {
                keys: vec![None, Some(cst(Constant::Str("b".into())))],
                values: vec![load("a"), int(1)],
            })),
            expr_stmt(e(ExprKind::Call {
                func: b(load("f")),
                args: vec![e(ExprKind::Starred {
                    value: b(load("a")),
                    ctx: ExprContext::Load,
                })],
                keywords: vec![
                    Keyword {
                        span: sp(),
                        arg: Some("k".into()),
                        value: int(1),
                    },
                    Keyword {
                        span: sp(),
                        arg: None,
                        value: load("kw"),
                    },
                ],
            })),
            expr_stmt(e(ExprKind::JoinedStr {
                values: vec![e(ExprKind::FormattedValue {
                    value: b(load("x")),
                    conversion: 'r' as i32,
                    format_spec: Some(b(e(ExprKind::JoinedStr {
                        values: vec![
                            cst(Constant::Str(">".into())),
                            e(ExprKind::FormattedValue {
                                value: b(load("w")),
                                conversion: -1,
                                format_spec: None,
                            }),
                        ],
                    }))),
                })],
            })),
            expr_stmt(e(ExprKind::Subscript {
                value: b(load("x")),
                slice: b(e(ExprKind::Slice {
                    lower: None,
                    upper: None,
                    step: None,
                })),
                ctx: ExprContext::Load,
            })),
            expr_stmt(e(ExprKind::ListComp {
                elt: b(load("x")),
                generators: vec![Comprehension {
                    target: store("x"),
                    iter: load("y"),
                    ifs: vec![load("z")],
                    is_async: true,
                }],
            })),
            expr_stmt(e(ExprKind::Compare {
                left: b(int(1)),
                ops: vec![CmpOp::Lt, CmpOp::IsNot],
                comparators: vec![int(2), cst(Constant::None)],
            })),
            expr_stmt(e(ExprKind::Lambda {
                args: Box::new(Arguments::default()),
                body: b(e(ExprKind::Yield { value: None })),
            })),
        ];
        assert_eq!(
            module(body),
            "Module(body=[Expr(value=Dict(keys=[None, Constant(value='b')], \
             values=[Name(id='a', ctx=Load()), Constant(value=1)])), \
             Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', \
             ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=1)), \
             keyword(value=Name(id='kw', ctx=Load()))])), \
             Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), \
             conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), \
             FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))])), \
             Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Slice(), ctx=Load())), \
             Expr(value=ListComp(elt=Name(id='x', ctx=Load()), \
             generators=[comprehension(target=Name(id='x', ctx=Store()), \
             iter=Name(id='y', ctx=Load()), ifs=[Name(id='z', ctx=Load())], is_async=1)])), \
             Expr(value=Compare(left=Constant(value=1), ops=[Lt(), IsNot()], \
             comparators=[Constant(value=2), Constant(value=None)])), \
             Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], \
             kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])"
        );
    }
}
