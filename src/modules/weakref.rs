//! `_weakref`: the weak reference types (`weakref.ReferenceType`, `weakref.ProxyType`,
//! `weakref.CallableProxyType`) and functions (`getweakrefcount`, `getweakrefs`, `proxy`,
//! `_remove_dead_weakref`), as CPython 3.11's `Objects/weakrefobject.c` and
//! `Modules/_weakref.c`. The Python-level classes built on them (`WeakValueDictionary`,
//! `WeakKeyDictionary`, `WeakSet`, `finalize`, `WeakMethod`) are in `py/weakref.py` and
//! `py/_weakrefset.py`.
//!
//! A weak reference object is a `WeakRefData` (`crate::objects::weakref`); its referent's list
//! and the clearing when the referent dies are `crate::gc::weakref`'s. Which objects may be
//! weakly referenced follows CPython's `tp_weaklistoffset`: instances of classes that have a
//! `__weakref__` slot, classes, functions, built-in functions, bound methods, sets, frozensets,
//! generators, modules, code objects and files.

use crate::builtins::ArgSpec;
use crate::heap::{Kind, ObjRef};
use crate::objects::instance::Attrs;
use crate::objects::typeobj::TypeData;
use crate::objects::weakref::WeakRefData;
use crate::vm::{attr, call, convert, dictops, exc, intern, new_bool, new_int, new_list, new_str};
use crate::vm::{none, ops, rt, str_of, type_name, Args, PyResult, Vm};
use std::sync::OnceLock;

/// The three weak reference types, made on first use.
pub struct Types {
    pub reference: ObjRef,
    pub proxy: ObjRef,
    pub callable_proxy: ObjRef,
}

static TYPES: OnceLock<Types> = OnceLock::new();

/// The weak reference types (made once per process).
pub fn types() -> &'static Types {
    TYPES.get_or_init(make_types)
}

fn new_type(name: &'static str, subclassable: bool) -> ObjRef {
    let t = &rt().types;
    let ty = crate::vm::runtime::new_builtin_type(
        &t.type_,
        name,
        Some(&t.object),
        Kind::WeakRef,
        subclassable,
    );
    let td = ty.payload::<TypeData>();
    td.dict.set_type(t.dict.clone());
    dictops::setitem_str(&td.dict, intern("__module__"), new_str("weakref"));
    ty
}

fn make_types() -> Types {
    let reference = new_type("ReferenceType", true);
    let add = crate::vm::methods::add_method;
    for (name, f) in [
        ("__new__", ref_new as crate::objects::function::BuiltinFn),
        ("__init__", ref_init),
        ("__call__", ref_call),
        ("__eq__", ref_eq),
        ("__ne__", ref_ne),
        ("__hash__", ref_hash),
        ("__repr__", ref_repr),
    ] {
        add(&reference, "ReferenceType", name, f);
    }
    add_getter(&reference, "__callback__", ref_callback);
    let proxy = new_type("ProxyType", false);
    let callable_proxy = new_type("CallableProxyType", false);
    for ty in [&proxy, &callable_proxy] {
        let owner: &'static str = if ty.is(&proxy) {
            "ProxyType"
        } else {
            "CallableProxyType"
        };
        for (name, f) in PROXY_METHODS {
            add(ty, owner, name, *f);
        }
        dictops::setitem_str(&ty.payload::<TypeData>().dict, intern("__hash__"), none());
    }
    add(&callable_proxy, "CallableProxyType", "__call__", proxy_call);
    Types {
        reference,
        proxy,
        callable_proxy,
    }
}

/// A read-only attribute computed by `f` (a `property` whose getter is built in).
fn add_getter(ty: &ObjRef, name: &'static str, f: crate::objects::function::BuiltinFn) {
    let getter = crate::builtins::builtin(name, f);
    let p = crate::heap::alloc(
        &rt().types.property,
        crate::objects::descr::PropertyData {
            name: std::cell::RefCell::new(None),
            fget: std::cell::RefCell::new(Some(getter)),
            fset: std::cell::RefCell::new(None),
            fdel: std::cell::RefCell::new(None),
            doc: std::cell::RefCell::new(None),
        },
    );
    dictops::setitem_str(&ty.payload::<TypeData>().dict, intern(name), p);
}

/// Fill the `_weakref` module's namespace.
pub fn init(_vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    let t = types();
    let set = |name: &str, v: ObjRef| dictops::setitem_str(ns, intern(name), v);
    set("ref", t.reference.clone());
    set("ReferenceType", t.reference.clone());
    set("ProxyType", t.proxy.clone());
    set("CallableProxyType", t.callable_proxy.clone());
    let fns: &[(&'static str, crate::objects::function::BuiltinFn)] = &[
        ("getweakrefcount", getweakrefcount),
        ("getweakrefs", getweakrefs),
        ("proxy", proxy),
        ("_remove_dead_weakref", remove_dead_weakref),
        ("_register_exit_func", register_exit_func),
    ];
    for (name, f) in fns {
        set(name, crate::builtins::builtin(name, *f));
    }
    Ok(())
}

/// CPython's `tp_name` of `o`'s type (`weakref.ReferenceType` for the built-in types that live
/// in a module; a class's `__name__` otherwise), for messages and reprs.
pub fn tp_name(o: &ObjRef) -> String {
    let ty = o.type_of();
    let td = ty.payload::<TypeData>();
    let name = td.name.borrow().clone();
    if td.heap {
        return name;
    }
    match dictops::getitem_str(&td.dict, "__module__") {
        Some(m) if m.kind() == Kind::Str && str_of(&m) != "builtins" => {
            format!("{}.{}", str_of(&m), name)
        }
        _ => name,
    }
}

/// Whether `o` may be weakly referenced (its type has CPython's `tp_weaklistoffset`).
pub fn supports_weakrefs(o: &ObjRef) -> bool {
    let ty = o.type_of();
    let td = ty.payload::<TypeData>();
    if td.heap {
        return td.extra.has_weakref;
    }
    match o.kind() {
        Kind::Type
        | Kind::Function
        | Kind::Method
        | Kind::Set
        | Kind::Generator
        | Kind::Module
        | Kind::Code
        | Kind::File => true,
        Kind::Builtin => !ty.is(&rt().types.method_descriptor),
        _ => false,
    }
}

fn cannot_weakref<T>(o: &ObjRef) -> PyResult<T> {
    exc::type_error(format!(
        "cannot create weak reference to '{}' object",
        tp_name(o)
    ))
}

/// Whether `o` is a weak reference object of any kind (`PyWeakref_Check`).
pub fn is_weakref(o: &ObjRef) -> bool {
    o.kind() == Kind::WeakRef
}

/// Whether `o` is a proxy (`weakref.ProxyType` or `CallableProxyType`).
pub fn is_proxy(o: &ObjRef) -> bool {
    if o.kind() != Kind::WeakRef {
        return false;
    }
    let t = types();
    o.is_type(&t.proxy) || o.is_type(&t.callable_proxy)
}

/// The basic reference and basic proxy of `obj` (no callback, exact type), as CPython's
/// `get_basic_refs`: they are kept at the head of the list.
fn basic_refs(obj: &ObjRef) -> (Option<ObjRef>, Option<ObjRef>) {
    let list = crate::gc::weakref::refs_of(obj);
    let mut it = list.into_iter().peekable();
    let t = types();
    let mut r = None;
    let mut p = None;
    if let Some(h) = it.peek() {
        if h.is_type(&t.reference) && !crate::gc::weakref::has_callback(h) {
            r = it.next();
        }
    }
    if let Some(h) = it.peek() {
        if is_proxy(h) && !crate::gc::weakref::has_callback(h) {
            p = it.next();
        }
    }
    (r, p)
}

/// A new weak reference object of type `ty` (not linked yet).
fn alloc_weakref(ty: &ObjRef, callback: Option<ObjRef>) -> ObjRef {
    let td = ty.payload::<TypeData>();
    let attrs = if td.heap && td.has_dict {
        Attrs::Inline(Vec::new())
    } else {
        Attrs::None
    };
    crate::heap::alloc(ty, WeakRefData::new(callback, attrs, td.extra.nslots))
}

/// `weakref.ref(ob[, callback])` (and `ReferenceType.__new__` for subclasses).
fn ref_new(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return exc::type_error("ReferenceType.__new__(): not enough arguments");
    };
    let rest = args.rest();
    if rest.has_kwargs() {
        return exc::type_error("ref() takes no keyword arguments");
    }
    let (p, _) = ArgSpec {
        name: "__new__",
        min: 1,
        max: 2,
        kw: &[],
    }
    .parse(&rest)?;
    let ob = &p[0];
    let callback = p.get(1).filter(|c| !c.is(&rt().none)).cloned();
    if !supports_weakrefs(ob) {
        return cannot_weakref(ob);
    }
    let t = types();
    let exact = cls.is(&t.reference);
    let (r, proxy) = basic_refs(ob);
    if callback.is_none() && exact {
        if let Some(r) = r {
            return Ok(r);
        }
    }
    let wr = alloc_weakref(cls, callback.clone());
    if callback.is_none() && exact {
        crate::gc::weakref::link(&wr, ob, None);
    } else {
        // The allocation may have run the collector: look the basic ones up again.
        let (r, proxy2) = basic_refs(ob);
        drop(proxy);
        let prev = proxy2.or(r);
        crate::gc::weakref::link(&wr, ob, prev.as_ref());
    }
    Ok(wr)
}

/// `ReferenceType.__init__`: the arguments were taken by `__new__`.
fn ref_init(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    if args.args.len() < 2 {
        return exc::type_error(format!(
            "__init__ expected at least 1 argument, got {}",
            args.args.len().saturating_sub(1)
        ));
    }
    Ok(none())
}

fn this<'a>(args: &Args<'a>, what: &str) -> PyResult<&'a ObjRef> {
    match args.args.first() {
        Some(o) if o.kind() == Kind::WeakRef => Ok(o),
        Some(o) => exc::type_error(format!(
            "descriptor '{what}' requires a 'weakref.ReferenceType' object but received a '{}'",
            type_name(o)
        )),
        None => exc::type_error(format!("descriptor '{what}' needs an argument")),
    }
}

/// `r()`: the referent, or None.
fn ref_call(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let r = this(&args, "__call__")?;
    let rest = args.rest();
    ArgSpec {
        name: "weakref",
        min: 0,
        max: 0,
        kw: &[],
    }
    .parse(&rest)
    .map_err(|_| {
        exc::err(
            "TypeError",
            format!("weakref() takes no arguments ({} given)", rest.args.len()),
        )
    })?;
    Ok(crate::gc::weakref::referent(r).unwrap_or_else(none))
}

fn ref_compare(vm: &mut Vm, args: Args, eq: bool) -> PyResult<ObjRef> {
    let a = this(&args, if eq { "__eq__" } else { "__ne__" })?;
    let Some(b) = args.args.get(1) else {
        return exc::type_error("expected 1 argument, got 0");
    };
    if !is_weakref(b) {
        return Ok(rt().not_implemented.clone());
    }
    let (x, y) = (
        crate::gc::weakref::referent(a),
        crate::gc::weakref::referent(b),
    );
    match (x, y) {
        (Some(x), Some(y)) => {
            let op = if eq {
                crate::ast::CmpOp::Eq
            } else {
                crate::ast::CmpOp::NotEq
            };
            ops::compare(vm, &x, &y, op)
        }
        _ => Ok(new_bool(a.is(b) == eq)),
    }
}

fn ref_eq(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    ref_compare(vm, args, true)
}

fn ref_ne(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    ref_compare(vm, args, false)
}

/// `hash(r)`: the referent's hash, remembered once computed.
pub fn hash(vm: &mut Vm, r: &ObjRef) -> PyResult<i64> {
    if is_proxy(r) {
        return exc::type_error(format!("unhashable type: '{}'", tp_name(r)));
    }
    let d = r.payload::<WeakRefData>();
    if let Some(h) = d.hash.get() {
        return Ok(h);
    }
    let Some(obj) = crate::gc::weakref::referent(r) else {
        return exc::type_error("weak object has gone away");
    };
    let h = dictops::hash(vm, &obj)?;
    d.hash.set(Some(h));
    Ok(h)
}

fn ref_hash(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let r = this(&args, "__hash__")?;
    Ok(new_int(hash(vm, r)?))
}

/// `repr(r)` of a weak reference or proxy.
pub fn repr(vm: &mut Vm, r: &ObjRef) -> PyResult<String> {
    let obj = crate::gc::weakref::referent(r);
    if is_proxy(r) {
        let (name, addr) = match &obj {
            Some(o) => (tp_name(o), o.addr()),
            None => ("NoneType".to_string(), rt().none.addr()),
        };
        return Ok(format!(
            "<weakproxy at {:#x} to {} at {:#x}>",
            r.addr(),
            name,
            addr
        ));
    }
    let Some(obj) = obj else {
        return Ok(format!("<weakref at {:#x}; dead>", r.addr()));
    };
    let name = attr::getattr_opt(vm, &obj, "__name__")?;
    Ok(match name {
        Some(n) if n.kind() == Kind::Str => format!(
            "<weakref at {:#x}; to '{}' at {:#x} ({})>",
            r.addr(),
            tp_name(&obj),
            obj.addr(),
            str_of(&n)
        ),
        _ => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            r.addr(),
            tp_name(&obj),
            obj.addr()
        ),
    })
}

fn ref_repr(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let r = this(&args, "__repr__")?;
    Ok(new_str(&repr(vm, r)?))
}

fn ref_callback(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let r = this(&args, "__callback__")?;
    Ok(crate::gc::weakref::callback_of(r).unwrap_or_else(none))
}

/// `weakref.getweakrefcount(object)`.
fn getweakrefcount(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (p, _) = ArgSpec {
        name: "getweakrefcount",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    Ok(new_int(crate::gc::weakref::count_of(&p[0]) as i64))
}

/// `weakref.getweakrefs(object)`.
fn getweakrefs(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (p, _) = ArgSpec {
        name: "getweakrefs",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    Ok(new_list(crate::gc::weakref::refs_of(&p[0])))
}

/// `weakref.proxy(object[, callback])`.
fn proxy(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (p, _) = ArgSpec {
        name: "proxy",
        min: 1,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    let ob = &p[0];
    let callback = p.get(1).filter(|c| !c.is(&rt().none)).cloned();
    if !supports_weakrefs(ob) {
        return cannot_weakref(ob);
    }
    let (_, existing) = basic_refs(ob);
    if callback.is_none() {
        if let Some(px) = existing {
            return Ok(px);
        }
    }
    let t = types();
    let ty = if is_callable(ob) {
        &t.callable_proxy
    } else {
        &t.proxy
    };
    let px = alloc_weakref(ty, callback.clone());
    let (r, basic_proxy) = basic_refs(ob);
    let prev = if callback.is_none() {
        if let Some(bp) = basic_proxy {
            return Ok(bp);
        }
        r
    } else {
        basic_proxy.or(r)
    };
    crate::gc::weakref::link(&px, ob, prev.as_ref());
    Ok(px)
}

/// Whether `o` can be called (CPython's `PyCallable_Check`).
pub fn is_callable(o: &ObjRef) -> bool {
    matches!(
        o.kind(),
        Kind::Function | Kind::Builtin | Kind::Method | Kind::Type
    ) || attr::lookup_type_str(&o.type_of(), "__call__").is_some()
}

/// `_weakref._remove_dead_weakref(dict, key)`: delete `dict[key]` if it is a dead weak
/// reference.
fn remove_dead_weakref(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (p, _) = ArgSpec {
        name: "_remove_dead_weakref",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    let (d, key) = (&p[0], &p[1]);
    if d.kind() != Kind::Dict {
        return exc::type_error(format!(
            "_remove_dead_weakref() argument 1 must be dict, not {}",
            type_name(d)
        ));
    }
    if let Some(v) = dictops::getitem_opt(vm, d, key)? {
        if is_weakref(&v) && crate::gc::weakref::referent(&v).is_none() {
            dictops::delitem_opt(vm, d, key)?;
        }
    }
    Ok(none())
}

/// `_weakref._register_exit_func(f)`: call `f()` when the interpreter shuts down (before the
/// modules are torn down; `weakref.finalize` uses it as CPython's uses `atexit`).
fn register_exit_func(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (p, _) = ArgSpec {
        name: "_register_exit_func",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    crate::vm::finalize::register_exit_func(p[0].clone());
    Ok(none())
}

// ---- proxies ----

/// The referent of a proxy, or `ReferenceError`.
pub fn proxy_target(p: &ObjRef) -> PyResult<ObjRef> {
    match crate::gc::weakref::referent(p) {
        Some(o) => Ok(o),
        None => Err(exc::err(
            "ReferenceError",
            "weakly-referenced object no longer exists",
        )),
    }
}

/// The value behind `o`: the referent if `o` is a proxy.
fn unwrap(o: &ObjRef) -> PyResult<ObjRef> {
    if is_proxy(o) {
        proxy_target(o)
    } else {
        Ok(o.clone())
    }
}

/// `getattr(proxy, name)`.
pub fn proxy_getattr(vm: &mut Vm, p: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    let o = proxy_target(p)?;
    attr::getattr(vm, &o, name)
}

/// `setattr(proxy, name, value)` / `delattr(proxy, name)` (value `None`).
pub fn proxy_setattr(
    vm: &mut Vm,
    p: &ObjRef,
    name: &ObjRef,
    value: Option<ObjRef>,
) -> PyResult<()> {
    let o = proxy_target(p)?;
    match value {
        Some(v) => attr::setattr(vm, &o, name, v),
        None => attr::delattr(vm, &o, name),
    }
}

/// `str(proxy)`.
pub fn proxy_str(vm: &mut Vm, p: &ObjRef) -> PyResult<ObjRef> {
    let o = proxy_target(p)?;
    convert::str(vm, &o)
}

/// `bool(proxy)`.
pub fn proxy_bool(vm: &mut Vm, p: &ObjRef) -> PyResult<bool> {
    let o = proxy_target(p)?;
    ops::truthy(vm, &o)
}

fn call_method_on_target(vm: &mut Vm, args: Args, name: &str) -> PyResult<ObjRef> {
    let Some(p) = args.args.first() else {
        return exc::type_error(format!("descriptor '{name}' needs an argument"));
    };
    let o = unwrap(p)?;
    let mut rest = Vec::with_capacity(args.args.len());
    for a in &args.args[1..args.args.len() - args.kwnames.len()] {
        rest.push(unwrap(a)?);
    }
    rest.extend_from_slice(&args.args[args.args.len() - args.kwnames.len()..]);
    let m = attr::getattr(vm, &o, &intern(name))?;
    call::call(
        vm,
        &m,
        Args {
            args: &rest,
            kwnames: args.kwnames,
        },
    )
}

fn proxy_call(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let Some(p) = args.args.first() else {
        return exc::type_error("descriptor '__call__' needs an argument");
    };
    let o = proxy_target(p)?;
    call::call(vm, &o, args.rest())
}

fn proxy_binop(
    vm: &mut Vm,
    args: Args,
    op: crate::ast::Operator,
    reflected: bool,
) -> PyResult<ObjRef> {
    if args.args.len() != 2 {
        return exc::type_error("expected 1 argument");
    }
    let a = unwrap(&args.args[0])?;
    let b = unwrap(&args.args[1])?;
    if reflected {
        ops::binary_op(vm, &b, &a, op, false)
    } else {
        ops::binary_op(vm, &a, &b, op, false)
    }
}

fn proxy_cmp(vm: &mut Vm, args: Args, op: crate::ast::CmpOp) -> PyResult<ObjRef> {
    if args.args.len() != 2 {
        return exc::type_error("expected 1 argument");
    }
    let a = unwrap(&args.args[0])?;
    let b = unwrap(&args.args[1])?;
    ops::compare(vm, &a, &b, op)
}

macro_rules! proxy_forward {
    ($($fname:ident => $name:literal),* $(,)?) => {
        $( fn $fname(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
            call_method_on_target(vm, args, $name)
        } )*
    };
}

proxy_forward! {
    p_len => "__len__", p_iter => "__iter__", p_next => "__next__",
    p_getitem => "__getitem__", p_setitem => "__setitem__", p_delitem => "__delitem__",
    p_contains => "__contains__", p_reversed => "__reversed__", p_bytes => "__bytes__",
    p_index => "__index__", p_int => "__int__", p_float => "__float__",
    p_neg => "__neg__", p_pos => "__pos__", p_abs => "__abs__", p_invert => "__invert__",
}

macro_rules! proxy_binops {
    ($($fname:ident, $rname:ident => $op:ident),* $(,)?) => {
        $( fn $fname(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
            proxy_binop(vm, args, crate::ast::Operator::$op, false)
        }
        fn $rname(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
            proxy_binop(vm, args, crate::ast::Operator::$op, true)
        } )*
    };
}

proxy_binops! {
    p_add, p_radd => Add, p_sub, p_rsub => Sub, p_mul, p_rmul => Mult,
    p_truediv, p_rtruediv => Div, p_floordiv, p_rfloordiv => FloorDiv, p_mod, p_rmod => Mod,
    p_pow, p_rpow => Pow, p_lshift, p_rlshift => LShift, p_rshift, p_rrshift => RShift,
    p_and, p_rand => BitAnd, p_or, p_ror => BitOr, p_xor, p_rxor => BitXor,
    p_matmul, p_rmatmul => MatMult,
}

macro_rules! proxy_cmps {
    ($($fname:ident => $op:ident),* $(,)?) => {
        $( fn $fname(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
            proxy_cmp(vm, args, crate::ast::CmpOp::$op)
        } )*
    };
}

proxy_cmps! {
    p_eq => Eq, p_ne => NotEq, p_lt => Lt, p_le => LtE, p_gt => Gt, p_ge => GtE,
}

fn p_str(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let p = args
        .args
        .first()
        .ok_or_else(|| exc::err("TypeError", "expected an argument"))?;
    proxy_str(vm, p)
}

fn p_repr(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let p = args
        .args
        .first()
        .ok_or_else(|| exc::err("TypeError", "expected an argument"))?;
    Ok(new_str(&repr(vm, p)?))
}

fn p_bool(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let p = args
        .args
        .first()
        .ok_or_else(|| exc::err("TypeError", "expected an argument"))?;
    Ok(new_bool(proxy_bool(vm, p)?))
}

static PROXY_METHODS: &[(&str, crate::objects::function::BuiltinFn)] = &[
    ("__repr__", p_repr),
    ("__str__", p_str),
    ("__bool__", p_bool),
    ("__len__", p_len),
    ("__iter__", p_iter),
    ("__next__", p_next),
    ("__getitem__", p_getitem),
    ("__setitem__", p_setitem),
    ("__delitem__", p_delitem),
    ("__contains__", p_contains),
    ("__reversed__", p_reversed),
    ("__bytes__", p_bytes),
    ("__index__", p_index),
    ("__int__", p_int),
    ("__float__", p_float),
    ("__neg__", p_neg),
    ("__pos__", p_pos),
    ("__abs__", p_abs),
    ("__invert__", p_invert),
    ("__add__", p_add),
    ("__radd__", p_radd),
    ("__sub__", p_sub),
    ("__rsub__", p_rsub),
    ("__mul__", p_mul),
    ("__rmul__", p_rmul),
    ("__truediv__", p_truediv),
    ("__rtruediv__", p_rtruediv),
    ("__floordiv__", p_floordiv),
    ("__rfloordiv__", p_rfloordiv),
    ("__mod__", p_mod),
    ("__rmod__", p_rmod),
    ("__pow__", p_pow),
    ("__rpow__", p_rpow),
    ("__lshift__", p_lshift),
    ("__rlshift__", p_rlshift),
    ("__rshift__", p_rshift),
    ("__rrshift__", p_rrshift),
    ("__and__", p_and),
    ("__rand__", p_rand),
    ("__or__", p_or),
    ("__ror__", p_ror),
    ("__xor__", p_xor),
    ("__rxor__", p_rxor),
    ("__matmul__", p_matmul),
    ("__rmatmul__", p_rmatmul),
    ("__eq__", p_eq),
    ("__ne__", p_ne),
    ("__lt__", p_lt),
    ("__le__", p_le),
    ("__gt__", p_gt),
    ("__ge__", p_ge),
];
