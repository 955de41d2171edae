//! Dunder methods of the built-in containers, as CPython's slot wrappers (`list.__getitem__`,
//! `dict.__len__`, ...), and `function.__get__`.
//!
//! Exact built-in objects never reach these: the operators in `ops` handle them natively. They
//! exist for instances of subclasses of built-in types (`class D(dict)`), whose operators find
//! these through the MRO and apply them to the hidden built-in value (`methods::base_of`), and
//! for explicit calls (`list.__len__([1])`, `f.__get__(obj)`).

use super::methods::{add_method, base_of};
use super::{attr, call, dictops, exc, new_bool, new_int, ops, rt, Args, PyResult, Vm};
use crate::ast::CmpOp;
use crate::heap::{Kind, ObjRef};
use crate::objects::function::BuiltinFn;

fn two<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a ObjRef, &'a ObjRef)> {
    match args.pos() {
        [a, b] => Ok((a, b)),
        _ => exc::type_error(format!(
            "expected 1 argument, got {} ({name})",
            args.pos().len().saturating_sub(1)
        )),
    }
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (this, key) = two(&args, "__getitem__")?;
    let base = base_of(this);
    match ops::getitem(vm, &base, key) {
        Err(e) if base.kind() == Kind::Dict && exc::matches(&e, "KeyError") && !this.is(&base) => {
            match attr::lookup_type_str(&this.type_of(), "__missing__") {
                Some(m) => call::call(vm, &m, Args::new(&[this.clone(), key.clone()])),
                None => Err(e),
            }
        }
        r => r,
    }
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let [this, key, value] = args.pos() else {
        return exc::type_error("expected 2 arguments (__setitem__)");
    };
    ops::setitem(vm, &base_of(this), key.clone(), value.clone())?;
    Ok(super::none())
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (this, key) = two(&args, "__delitem__")?;
    ops::delitem(vm, &base_of(this), key)?;
    Ok(super::none())
}

fn len(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let Some(this) = args.pos().first() else {
        return exc::type_error("expected 0 arguments (__len__)");
    };
    Ok(new_int(super::len(vm, &base_of(this))? as i64))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let Some(this) = args.pos().first() else {
        return exc::type_error("expected 0 arguments (__iter__)");
    };
    ops::get_iter(vm, &base_of(this))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (this, item) = two(&args, "__contains__")?;
    Ok(new_bool(ops::contains(vm, &base_of(this), item)?))
}

/// The rich comparisons of the built-in value types (`int.__lt__`, `list.__eq__`, ...): the
/// native comparison of the two built-in values, `NotImplemented` when there is none.
fn richcompare(vm: &mut Vm, args: Args, op: CmpOp, name: &str) -> PyResult<ObjRef> {
    let (this, other) = two(&args, name)?;
    let a = base_of(this);
    let b = base_of(other);
    // int's comparisons know only ints: `(3).__eq__(3.0)` leaves it to float's reflection.
    if a.kind() == Kind::Int && b.kind() != Kind::Int {
        return Ok(rt().not_implemented.clone());
    }
    match ops::native_compare(vm, &a, &b, op)? {
        Some(r) => Ok(new_bool(r)),
        None => Ok(rt().not_implemented.clone()),
    }
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    richcompare(vm, args, CmpOp::Eq, "__eq__")
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    richcompare(vm, args, CmpOp::NotEq, "__ne__")
}

fn lt(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    richcompare(vm, args, CmpOp::Lt, "__lt__")
}

fn le(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    richcompare(vm, args, CmpOp::LtE, "__le__")
}

fn gt(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    richcompare(vm, args, CmpOp::Gt, "__gt__")
}

fn ge(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    richcompare(vm, args, CmpOp::GtE, "__ge__")
}

/// `function.__get__(obj, type=None)`: a bound method, or the function itself for `None`.
fn function_get(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let pos = args.pos();
    let (Some(f), Some(obj)) = (pos.first(), pos.get(1)) else {
        return exc::type_error("expected at least 1 argument, got 0");
    };
    if obj.is(&rt().none) {
        return Ok(f.clone());
    }
    Ok(attr::bind(f, obj))
}

/// `d.__get__(obj, type=None)` of `property`, `staticmethod` and `classmethod`.
fn descr_get_wrapper(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let pos = args.pos();
    let (Some(d), Some(obj)) = (pos.first(), pos.get(1)) else {
        return exc::type_error(format!(
            "expected at least 1 argument, got {}",
            pos.len().saturating_sub(1)
        ));
    };
    if pos.len() > 3 {
        return exc::type_error(format!(
            "expected at most 2 arguments, got {}",
            pos.len() - 1
        ));
    }
    let none = &rt().none;
    let owner = pos.get(2).filter(|t| !t.is(none));
    if obj.is(none) && owner.is_none() {
        return exc::type_error("__get__(None, None) is invalid");
    }
    let ty = match owner {
        Some(t) => t.clone(),
        None => obj.type_of(),
    };
    let obj = if obj.is(none) { None } else { Some(obj) };
    attr::descriptor_get(vm, d, obj, &ty)
}

/// `property.__set_name__(self, owner, name)`: the name its errors give.
fn property_set_name(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let [d, _owner, name] = args.pos() else {
        return exc::type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            args.pos().len().saturating_sub(1)
        ));
    };
    if let Some(p) = d.downcast::<crate::objects::descr::PropertyData>() {
        *p.name.borrow_mut() = Some(name.clone());
    }
    Ok(rt().none.clone())
}

/// `property.__set__(self, obj, value)`.
fn property_set(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let [d, obj, value] = args.pos() else {
        return exc::type_error(format!(
            "expected 2 arguments, got {}",
            args.pos().len().saturating_sub(1)
        ));
    };
    attr::descriptor_set(vm, d, obj, Some(value.clone()))?;
    Ok(rt().none.clone())
}

/// `property.__delete__(self, obj)`.
fn property_delete(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let [d, obj] = args.pos() else {
        return exc::type_error(format!(
            "expected 1 argument, got {}",
            args.pos().len().saturating_sub(1)
        ));
    };
    attr::descriptor_set(vm, d, obj, None)?;
    Ok(rt().none.clone())
}

/// `f.__call__(*args, **kwargs)` of functions, built-ins and methods.
fn call_wrapper(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let Some(f) = args.args.first() else {
        return exc::type_error("descriptor '__call__' needs an argument");
    };
    call::call(vm, f, args.rest())
}

/// Register the wrappers (once, at start-up).
pub fn install() {
    let t = &rt().types;
    let seq: &[(&'static str, BuiltinFn)] = &[
        ("__getitem__", getitem),
        ("__len__", len),
        ("__iter__", iter),
        ("__contains__", contains),
    ];
    let mutable: &[(&'static str, BuiltinFn)] =
        &[("__setitem__", setitem), ("__delitem__", delitem)];
    for (ty, owner) in [(&t.list, "list"), (&t.dict, "dict"), (&t.tuple, "tuple")] {
        for (name, f) in seq {
            add_method(ty, owner, name, *f);
        }
    }
    for (ty, owner) in [(&t.list, "list"), (&t.dict, "dict")] {
        for (name, f) in mutable {
            add_method(ty, owner, name, *f);
        }
    }
    for (ty, owner) in [(&t.set, "set"), (&t.frozenset, "frozenset")] {
        for (name, f) in &seq[1..] {
            add_method(ty, owner, name, *f);
        }
    }
    // The other built-in sequences and views, so that their namespaces show the protocols
    // (`collections.abc` checks `'__iter__' in C.__dict__`).
    for (ty, owner) in [
        (&t.str_, "str"),
        (&t.bytes, "bytes"),
        (&t.bytearray, "bytearray"),
        (&t.range, "range"),
    ] {
        for (name, f) in seq {
            add_method(ty, owner, name, *f);
        }
    }
    for (name, f) in mutable {
        add_method(&t.bytearray, "bytearray", name, *f);
    }
    for (ty, owner) in [
        (&t.dict_keys, "dict_keys"),
        (&t.dict_items, "dict_items"),
        (&t.dict_values, "dict_values"),
    ] {
        add_method(ty, owner, "__iter__", iter);
    }
    // Mutable containers are unhashable: `__hash__` is None in their namespaces.
    for ty in [&t.list, &t.dict, &t.set, &t.bytearray] {
        dictops::setitem_str(
            &ty.payload::<crate::objects::typeobj::TypeData>().dict,
            super::intern("__hash__"),
            super::none(),
        );
    }
    for (ty, owner) in [
        (&t.function, "function"),
        (&t.builtin_function, "builtin_function_or_method"),
        (&t.method, "method"),
    ] {
        add_method(ty, owner, "__call__", call_wrapper);
    }
    let comparisons: &[(&'static str, BuiltinFn)] = &[
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
    ];
    for (ty, owner) in [
        (&t.list, "list"),
        (&t.dict, "dict"),
        (&t.tuple, "tuple"),
        (&t.set, "set"),
        (&t.frozenset, "frozenset"),
        (&t.int, "int"),
        (&t.float, "float"),
        (&t.complex, "complex"),
        (&t.bytes, "bytes"),
        (&t.bytearray, "bytearray"),
        (&t.range, "range"),
    ] {
        for (name, f) in comparisons {
            add_method(ty, owner, name, *f);
        }
    }
    // `int.__repr__` and the like (json's encoder calls `int.__repr__(x)`, `float.__repr__(x)`).
    for (ty, owner) in [
        (&t.list, "list"),
        (&t.dict, "dict"),
        (&t.tuple, "tuple"),
        (&t.set, "set"),
        (&t.frozenset, "frozenset"),
        (&t.int, "int"),
        (&t.float, "float"),
        (&t.complex, "complex"),
        (&t.str_, "str"),
        (&t.bytes, "bytes"),
        (&t.bytearray, "bytearray"),
        (&t.range, "range"),
    ] {
        add_method(ty, owner, "__repr__", repr_wrapper);
    }
    add_method(&t.function, "function", "__get__", function_get);
    // The built-in descriptors' own protocol methods, for code that calls them directly
    // (`prop.__get__(obj, cls)`, `hasattr(d, '__get__')`, functools.partialmethod).
    for (ty, owner) in [
        (&t.property, "property"),
        (&t.staticmethod, "staticmethod"),
        (&t.classmethod, "classmethod"),
    ] {
        add_method(ty, owner, "__get__", descr_get_wrapper);
    }
    add_method(&t.property, "property", "__set__", property_set);
    add_method(&t.property, "property", "__delete__", property_delete);
    add_method(&t.property, "property", "__set_name__", property_set_name);
    let _ = dictops::items;
}

/// `T.__repr__(x)` for a built-in value type: the repr of the built-in value (a set subclass
/// instance's names its class, as CPython's set repr does).
fn repr_wrapper(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let [this] = args.pos() else {
        return exc::type_error(format!(
            "expected 0 arguments, got {}",
            args.pos().len().saturating_sub(1)
        ));
    };
    let base = base_of(this);
    if base.kind() == Kind::Set && !this.is(&base) {
        return super::convert::repr(vm, this);
    }
    Ok(super::new_string(super::convert::repr_string(vm, &base)?))
}
