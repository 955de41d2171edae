//! The methods of `set` and `frozenset`. Each follows its CPython 3.11 counterpart in
//! `setobject.c` (which operand is copied, which is walked, when a table is resized), so that
//! results iterate in CPython's order; the algebra itself is in `builtins_sets`, the key
//! operations in `setops`.

use super::builtins_sets as algebra;
use super::methods::{add_method, base_of};
use super::{exc, new_bool, none, ops, rt, setops, type_name, Args, PyResult, Vm};
use crate::ast::Operator;
use crate::builtins::ArgSpec;
use crate::heap::{Kind, ObjRef};

/// The receiver: a set (or frozenset where `frozen_ok`), or a builtin-subclass instance's.
fn recv(args: &Args, owner: &str, name: &str, frozen_ok: bool) -> PyResult<ObjRef> {
    let Some(s) = args.args.first() else {
        return exc::type_error(format!("unbound method {owner}.{name}() needs an argument"));
    };
    let b = base_of(s);
    if b.kind() != Kind::Set || (!frozen_ok && b.is_type(&rt().types.frozenset)) {
        return exc::type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name(s)
        ));
    }
    Ok(b)
}

/// The arguments after the receiver, refusing keywords.
fn others<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [ObjRef]> {
    if !args.kwnames.is_empty() {
        return exc::type_error(format!("set.{name}() takes no keyword arguments"));
    }
    Ok(args.pos().get(1..).unwrap_or(&[]))
}

/// The single argument after the receiver.
fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    if args.kwnames.is_empty() && args.args.len() == 2 {
        return Ok(&args.args[1]);
    }
    let rest = Args {
        args: args.args.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    };
    let full = format!("set.{name}");
    let (pos, _) = ArgSpec {
        name: &full,
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&rest)?;
    Ok(&pos[0])
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() && args.args.len() == 1 {
        return Ok(());
    }
    let rest = Args {
        args: args.args.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    };
    let full = format!("set.{name}");
    ArgSpec {
        name: &full,
        min: 0,
        max: 0,
        kw: &[],
    }
    .parse(&rest)?;
    Ok(())
}

/// At most one positional argument (named after `type_name` in the error), no keywords.
fn iterable_arg<'a>(
    args: Args<'a>,
    type_name: &str,
    kw_owner: &str,
) -> PyResult<Option<&'a ObjRef>> {
    if !args.kwnames.is_empty() {
        return exc::type_error(format!("{kw_owner}() takes no keyword arguments"));
    }
    match args.pos() {
        [] => Ok(None),
        [x] => Ok(Some(x)),
        more => exc::type_error(format!(
            "{type_name} expected at most 1 argument, got {}",
            more.len()
        )),
    }
}

/// `set.__new__` / `frozenset.__new__` (the first argument is the class): an empty set, which
/// `set.__init__` fills, as CPython's `set_new`; or the whole frozenset, as `frozenset_new`
/// (`frozenset(f)` is `f` itself for an exact frozenset).
pub fn set_new(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let t = &rt().types;
    let Some(cls) = args.args.first() else {
        return exc::type_error("set.__new__(): not enough arguments");
    };
    let rest = args.rest();
    if !super::types::is_subtype(cls, &t.frozenset) {
        if cls.is(&t.set) && !args.kwnames.is_empty() {
            return exc::type_error("set() takes no keyword arguments");
        }
        return Ok(crate::builtin_new::for_class(
            cls,
            &t.set,
            super::new_set(false),
        ));
    }
    let own_init = super::attr::lookup_type_str(cls, "__init__").is_some_and(|f| {
        f.downcast::<crate::objects::function::BuiltinData>()
            .is_none_or(|b| b.owner != Some("object"))
    });
    // Keywords are refused unless a subclass's own `__init__` is to take them.
    let rest = Args {
        args: if own_init { rest.pos() } else { rest.args },
        kwnames: if own_init { &[] } else { rest.kwnames },
    };
    let x = iterable_arg(rest, &super::types::type_name_of(cls), "frozenset")?;
    if let Some(x) = x {
        if cls.is(&t.frozenset) && x.is_type(&t.frozenset) {
            return Ok(x.clone());
        }
    }
    let s = super::new_set(true);
    if let Some(x) = x {
        setops::update(vm, &s, &setops::operand(x))?;
    }
    Ok(crate::builtin_new::for_class(cls, &t.frozenset, s))
}

/// `set.__init__(iterable=())`: empty the set, then add the iterable's items.
fn set_init(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "__init__", false)?;
    let name = type_name(&args.args[0]);
    let rest = args.rest();
    let x = iterable_arg(rest, &name, "set")?;
    if setops::data(&s).is_some_and(|d| d.table.borrow().fill() > 0) {
        setops::clear(&s);
    }
    if let Some(x) = x {
        setops::update(vm, &s, &setops::operand(x))?;
    }
    Ok(none())
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "add", false)?;
    let k = one(&args, "add")?;
    setops::add(vm, &s, k.clone())?;
    Ok(none())
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "discard", false)?;
    let k = one(&args, "discard")?;
    setops::discard(vm, &s, k)?;
    Ok(none())
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "remove", false)?;
    let k = one(&args, "remove")?;
    if !setops::discard(vm, &s, k)? {
        return Err(exc::key_error(k));
    }
    Ok(none())
}

fn set_pop(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "pop", false)?;
    no_args(&args, "pop")?;
    match setops::pop(&s) {
        Some(k) => Ok(k),
        None => Err(exc::err("KeyError", "pop from an empty set")),
    }
}

fn set_clear(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "clear", false)?;
    no_args(&args, "clear")?;
    setops::clear(&s);
    Ok(none())
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "update", false)?;
    for o in others(&args, "update")? {
        setops::update(vm, &s, &setops::operand(o))?;
    }
    Ok(none())
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "copy", true)?;
    no_args(&args, "copy")?;
    if args.args[0].is_type(&rt().types.frozenset) {
        return Ok(args.args[0].clone());
    }
    algebra::copy(vm, &s)
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "union", true)?;
    let r = algebra::copy(vm, &s)?;
    for o in others(&args, "union")? {
        let o = setops::operand(o);
        if !o.is(&s) {
            setops::update(vm, &r, &o)?;
        }
    }
    Ok(r)
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "intersection", true)?;
    let os = others(&args, "intersection")?;
    if os.is_empty() {
        return algebra::copy(vm, &s);
    }
    let mut r = s;
    for o in os {
        r = algebra::intersection(vm, &r, &setops::operand(o))?;
    }
    Ok(r)
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "difference", true)?;
    let os = others(&args, "difference")?;
    let Some((first, more)) = os.split_first() else {
        return algebra::copy(vm, &s);
    };
    let r = algebra::difference(vm, &s, &setops::operand(first))?;
    for o in more {
        algebra::difference_update(vm, &r, &setops::operand(o))?;
    }
    Ok(r)
}

fn set_symdiff(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "symmetric_difference", true)?;
    let o = one(&args, "symmetric_difference")?;
    algebra::symmetric_difference(vm, &s, &setops::operand(o))
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "issubset", true)?;
    let o = setops::operand(one(&args, "issubset")?);
    let o = if setops::is_anyset(&o) {
        o
    } else {
        let t = super::new_set(false);
        setops::update(vm, &t, &o)?;
        t
    };
    Ok(new_bool(algebra::issubset(vm, &s, &o)?))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "issuperset", true)?;
    let o = setops::operand(one(&args, "issuperset")?);
    if setops::is_anyset(&o) {
        return Ok(new_bool(algebra::issubset(vm, &o, &s)?));
    }
    let it = ops::get_iter(vm, &o)?;
    while let Some(k) = ops::next(vm, &it)? {
        if !contains_key(vm, &s, &k)? {
            return Ok(new_bool(false));
        }
    }
    Ok(new_bool(true))
}

/// `key in s` with a plain hash (no set-to-frozenset fallback), as `set_contains_key`.
fn contains_key(vm: &mut Vm, s: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    let h = super::dictops::hash(vm, k)?;
    match setops::data(s) {
        Some(sd) => setops::contains_entry(vm, sd, k, h),
        None => Ok(false),
    }
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "isdisjoint", true)?;
    let o = one(&args, "isdisjoint")?;
    if o.is(&s) || o.is(&args.args[0]) {
        return Ok(new_bool(setops::len(&s) == 0));
    }
    if setops::is_anyset(o) {
        let (big, small) = if setops::len(o) > setops::len(&s) {
            (o, &s)
        } else {
            (&s, o)
        };
        let (Some(bd), Some(sd)) = (setops::data(big), setops::data(small)) else {
            return Ok(new_bool(true));
        };
        for (h, k) in setops::entries(sd) {
            if setops::contains_entry(vm, bd, &k, h)? {
                return Ok(new_bool(false));
            }
        }
        return Ok(new_bool(true));
    }
    let it = ops::get_iter(vm, o)?;
    while let Some(k) = ops::next(vm, &it)? {
        if contains_key(vm, &s, &k)? {
            return Ok(new_bool(false));
        }
    }
    Ok(new_bool(true))
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "intersection_update", false)?;
    let os = others(&args, "intersection_update")?;
    let mut r = if os.is_empty() {
        algebra::copy(vm, &s)?
    } else {
        s.clone()
    };
    for o in os {
        r = algebra::intersection(vm, &r, &setops::operand(o))?;
    }
    setops::swap_bodies(&s, &r);
    Ok(none())
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "difference_update", false)?;
    for o in others(&args, "difference_update")? {
        algebra::difference_update(vm, &s, &setops::operand(o))?;
    }
    Ok(none())
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = recv(&args, "set", "symmetric_difference_update", false)?;
    let o = one(&args, "symmetric_difference_update")?;
    algebra::symmetric_difference_update(vm, &s, &setops::operand(o))?;
    Ok(none())
}

/// `set.__or__` and friends (CPython's `set_or`, ...), for instances of subclasses and explicit
/// calls: NotImplemented unless both operands are sets; the result is a plain set or
/// frozenset.
fn binary(vm: &mut Vm, args: Args, op: Operator, reflected: bool) -> PyResult<ObjRef> {
    let [a, b] = args.pos() else {
        return exc::type_error(format!(
            "expected 1 argument, got {}",
            args.pos().len().saturating_sub(1)
        ));
    };
    let (a, b) = (setops::operand(a), setops::operand(b));
    if !setops::is_anyset(&a) || !setops::is_anyset(&b) {
        return Ok(rt().not_implemented.clone());
    }
    let (x, y) = if reflected { (&b, &a) } else { (&a, &b) };
    algebra::set_op(vm, x, y, op)
}

/// `set.__ior__` and friends: update the set in place and return it.
fn inplace(vm: &mut Vm, args: Args, op: Operator) -> PyResult<ObjRef> {
    let [this, b] = args.pos() else {
        return exc::type_error(format!(
            "expected 1 argument, got {}",
            args.pos().len().saturating_sub(1)
        ));
    };
    let (a, b) = (setops::operand(this), setops::operand(b));
    if !setops::is_anyset(&a) || !setops::is_anyset(&b) {
        return Ok(rt().not_implemented.clone());
    }
    algebra::set_inplace_op(vm, &a, &b, op)?;
    Ok(this.clone())
}

macro_rules! set_dunders {
    ($( $name:ident, $rname:ident, $iname:ident => $op:expr; )*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
                binary(vm, args, $op, false)
            }
            fn $rname(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
                binary(vm, args, $op, true)
            }
            fn $iname(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
                inplace(vm, args, $op)
            }
        )*
    };
}

set_dunders! {
    or, ror, ior => Operator::BitOr;
    and, rand, iand => Operator::BitAnd;
    sub, rsub, isub => Operator::Sub;
    xor, rxor, ixor => Operator::BitXor;
}

/// Register the methods of `set` and `frozenset`.
pub fn install() {
    let t = &rt().types;
    let shared: &[(&'static str, crate::objects::function::BuiltinFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symdiff),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
    ];
    let dunders: &[(&'static str, crate::objects::function::BuiltinFn)] = &[
        ("__or__", or),
        ("__ror__", ror),
        ("__and__", and),
        ("__rand__", rand),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__xor__", xor),
        ("__rxor__", rxor),
    ];
    let inplace_dunders: &[(&'static str, crate::objects::function::BuiltinFn)] = &[
        ("__ior__", ior),
        ("__iand__", iand),
        ("__isub__", isub),
        ("__ixor__", ixor),
    ];
    let only_set: &[(&'static str, crate::objects::function::BuiltinFn)] = &[
        ("__init__", set_init),
        ("add", set_add),
        ("discard", set_discard),
        ("remove", set_remove),
        ("pop", set_pop),
        ("update", set_update),
        ("clear", set_clear),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
    ];
    for (name, f) in only_set
        .iter()
        .chain(shared)
        .chain(dunders)
        .chain(inplace_dunders)
    {
        add_method(&t.set, "set", name, *f);
    }
    for (name, f) in shared.iter().chain(dunders) {
        add_method(&t.frozenset, "frozenset", name, *f);
    }
}
