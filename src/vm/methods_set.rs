//! The methods of `set` and `frozenset`. Each follows its CPython 3.11 counterpart in
//! `setobject.c` (which operand is copied, which is walked, when a table is resized), so that
//! results iterate in CPython's order; the algebra itself is in `builtins_sets`, the key
//! operations in `setops`.

use super::builtins_sets as algebra;
use super::methods::{add_method, base_of};
use super::{exc, new_bool, none, ops, rt, setops, type_name, Args, PyResult, Vm};
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
    let only_set: &[(&'static str, crate::objects::function::BuiltinFn)] = &[
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
    for (name, f) in only_set.iter().chain(shared) {
        add_method(&t.set, "set", name, *f);
    }
    for (name, f) in shared {
        add_method(&t.frozenset, "frozenset", name, *f);
    }
}
