//! The `gc` module: the interface to the cyclic collector of `crate::gc`, as CPython 3.11's
//! `Modules/gcmodule.c` (same functions, arguments, error messages and constants).
//!
//! `gc.garbage` and `gc.callbacks` are two lists made on the first import and registered with
//! the collector, which appends to the first (under `DEBUG_SAVEALL`) and calls the second
//! around every collection; rebinding the module attributes does not change which lists the
//! collector uses, as in CPython.

use crate::builtins::ArgSpec;
use crate::heap::{Kind, ObjRef};
use crate::objects::int::IntData;
use crate::vm::{convert, dictops, exc, intern, new_bool, new_int, new_list, new_str};
use crate::vm::{new_tuple, none, rt, str_of, type_name, Args, PyResult, Vm};

const DOC: &str = "This module provides access to the garbage collector for reference cycles.

enable() -- Enable automatic garbage collection.
disable() -- Disable automatic garbage collection.
isenabled() -- Returns true if automatic collection is enabled.
collect() -- Do a full collection right now.
get_count() -- Return the current collection counts.
get_stats() -- Return list of dictionaries containing per-generation stats.
set_debug() -- Set debugging flags.
get_debug() -- Get debugging flags.
set_threshold() -- Set the collection thresholds.
get_threshold() -- Return the current the collection thresholds.
get_objects() -- Return a list of all objects tracked by the collector.
is_tracked() -- Returns true if a given object is tracked.
is_finalized() -- Returns true if a given object has been already finalized.
get_referrers() -- Return the list of objects that refer to an object.
get_referents() -- Return the list of objects that an object refers to.
freeze() -- Freeze all tracked objects and ignore them for future collections.
unfreeze() -- Unfreeze all objects in the permanent generation.
get_freeze_count() -- Return the number of objects in the permanent generation.
";

/// Fill the `gc` module's namespace.
pub fn init(_vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    let set = |name: &str, v: ObjRef| dictops::setitem_str(ns, intern(name), v);
    set("__doc__", new_str(DOC));
    let fns: &[(&'static str, crate::objects::function::BuiltinFn)] = &[
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("set_debug", gc_set_debug),
        ("get_debug", gc_get_debug),
        ("get_count", gc_get_count),
        ("set_threshold", gc_set_threshold),
        ("get_threshold", gc_get_threshold),
        ("collect", gc_collect),
        ("get_objects", gc_get_objects),
        ("get_stats", gc_get_stats),
        ("is_tracked", gc_is_tracked),
        ("is_finalized", gc_is_finalized),
        ("get_referrers", gc_get_referrers),
        ("get_referents", gc_get_referents),
        ("freeze", gc_freeze),
        ("unfreeze", gc_unfreeze),
        ("get_freeze_count", gc_get_freeze_count),
    ];
    for (name, f) in fns {
        set(name, crate::builtins::builtin(name, *f));
    }
    let (garbage, callbacks) = crate::gc::module_lists(|| (new_list(vec![]), new_list(vec![])));
    set("garbage", garbage);
    set("callbacks", callbacks);
    for (name, v) in [
        ("DEBUG_STATS", crate::gc::DEBUG_STATS),
        ("DEBUG_COLLECTABLE", crate::gc::DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", crate::gc::DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", crate::gc::DEBUG_SAVEALL),
        ("DEBUG_LEAK", crate::gc::DEBUG_LEAK),
    ] {
        set(name, new_int(v));
    }
    Ok(())
}

/// A function of no arguments (`gc.enable()` ...).
fn no_args(args: &Args, name: &str) -> PyResult<()> {
    ArgSpec {
        name,
        min: 0,
        max: 0,
        kw: &[],
    }
    .parse(args)
    .map(|_| ())
}

/// A function of exactly one positional argument (METH_O).
fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    let (pos, _) = ArgSpec {
        name,
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(args)?;
    Ok(&pos[0])
}

/// An argument converted as CPython's `i` format (a C int).
fn c_int(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    if o.kind() == Kind::Float || o.type_of().is(&rt().types.float) {
        return exc::type_error("'float' object cannot be interpreted as an integer");
    }
    let i = convert::index(vm, o)?;
    let v = match i.payload::<IntData>() {
        IntData::Small(v) => *v,
        IntData::Big(b) => {
            return exc::overflow_error(if b.sign() == num_bigint::Sign::Minus {
                "signed integer is less than minimum"
            } else {
                "signed integer is greater than maximum"
            })
        }
    };
    if v > i64::from(i32::MAX) {
        return exc::overflow_error("signed integer is greater than maximum");
    }
    if v < i64::from(i32::MIN) {
        return exc::overflow_error("signed integer is less than minimum");
    }
    Ok(v)
}

fn gc_enable(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "gc.enable")?;
    crate::gc::set_enabled(true);
    Ok(none())
}

fn gc_disable(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "gc.disable")?;
    crate::gc::set_enabled(false);
    Ok(none())
}

fn gc_isenabled(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "gc.isenabled")?;
    Ok(new_bool(crate::gc::is_enabled()))
}

fn gc_set_debug(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = one_arg(&args, "gc.set_debug")?;
    let f = c_int(vm, f)?;
    crate::gc::set_debug_flags(f);
    Ok(none())
}

fn gc_get_debug(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "gc.get_debug")?;
    Ok(new_int(crate::gc::debug_flags()))
}

fn gc_get_count(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "gc.get_count")?;
    let c = crate::gc::counts();
    Ok(new_tuple(c.iter().map(|&n| new_int(n as i64)).collect()))
}

fn gc_get_threshold(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "gc.get_threshold")?;
    let t = crate::gc::thresholds();
    Ok(new_tuple(t.iter().map(|&n| new_int(n as i64)).collect()))
}

fn gc_set_threshold(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return exc::type_error("set_threshold() takes no keyword arguments");
    }
    let pos = args.pos();
    match pos.len() {
        0 => return exc::type_error("set_threshold() takes at least 1 argument (0 given)"),
        1..=3 => {}
        n => {
            return exc::type_error(format!(
                "set_threshold() takes at most 3 arguments ({n} given)"
            ))
        }
    }
    let mut t = Vec::new();
    for p in pos {
        t.push(c_int(vm, p)? as isize);
    }
    crate::gc::set_thresholds(t[0], t.get(1).copied(), t.get(2).copied());
    Ok(none())
}

fn gc_collect(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let pos = args.pos();
    if pos.len() + args.kwnames.len() > 1 {
        return exc::type_error(format!(
            "collect() takes at most 1 argument ({} given)",
            pos.len() + args.kwnames.len()
        ));
    }
    let mut gen_arg = pos.first();
    for (k, v) in args.kwargs() {
        if str_of(k) != "generation" {
            return exc::type_error(format!(
                "'{}' is an invalid keyword argument for collect()",
                str_of(k)
            ));
        }
        gen_arg = Some(v);
    }
    let generation = match gen_arg {
        Some(g) => c_int(vm, g)?,
        None => (crate::gc::NUM_GENERATIONS - 1) as i64,
    };
    if !(0..crate::gc::NUM_GENERATIONS as i64).contains(&generation) {
        return exc::value_error("invalid generation");
    }
    Ok(new_int(crate::gc::collect(generation as usize) as i64))
}

fn gc_get_objects(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let pos = args.pos();
    if pos.len() + args.kwnames.len() > 1 {
        return exc::type_error(format!(
            "get_objects() takes at most 1 argument ({} given)",
            pos.len() + args.kwnames.len()
        ));
    }
    let mut gen_arg = pos.first();
    for (k, v) in args.kwargs() {
        if str_of(k) != "generation" {
            return exc::type_error(format!(
                "'{}' is an invalid keyword argument for get_objects()",
                str_of(k)
            ));
        }
        gen_arg = Some(v);
    }
    let generation = match gen_arg {
        None => None,
        Some(g) if g.is(&rt().none) => None,
        Some(g) if g.kind() == Kind::Int || g.type_of().is(&rt().types.int) => {
            let n = convert::index_i64(vm, g)?;
            if n == -1 {
                None
            } else if n >= crate::gc::NUM_GENERATIONS as i64 {
                return exc::value_error(format!(
                    "generation parameter must be less than the number of available generations ({})",
                    crate::gc::NUM_GENERATIONS
                ));
            } else if n < 0 {
                return exc::value_error("generation parameter cannot be negative");
            } else {
                Some(n as usize)
            }
        }
        Some(g) => {
            return exc::type_error(format!(
                "argument should be integer or None, not '{}'",
                type_name(g)
            ))
        }
    };
    // The result list is made first and left out, as CPython leaves it out.
    let result = new_list(vec![]);
    let objs: Vec<ObjRef> = crate::gc::objects(generation)
        .into_iter()
        .filter(|o| !o.is(&result))
        .collect();
    if let Some(l) = result.downcast::<crate::objects::list::ListData>() {
        *l.items.borrow_mut() = objs;
    }
    Ok(result)
}

fn gc_get_stats(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "gc.get_stats")?;
    let stats = crate::gc::stats();
    let mut out = Vec::new();
    for s in stats {
        let d = crate::vm::new_dict();
        for (k, v) in [
            ("collections", s.collections),
            ("collected", s.collected),
            ("uncollectable", s.uncollectable),
        ] {
            dictops::setitem_str(&d, intern(k), new_int(v as i64));
        }
        out.push(d);
    }
    Ok(new_list(out))
}

fn gc_is_tracked(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let o = one_arg(&args, "gc.is_tracked")?;
    Ok(new_bool(crate::gc::is_tracked(o)))
}

fn gc_is_finalized(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let o = one_arg(&args, "gc.is_finalized")?;
    Ok(new_bool(
        o.kind().is_gc() && o.flags() & crate::heap::flags::FINALIZED != 0,
    ))
}

fn gc_get_referrers(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return exc::type_error("get_referrers() takes no keyword arguments");
    }
    let targets = args.pos();
    let result = new_list(vec![]);
    let mut found = Vec::new();
    for o in crate::gc::objects(None) {
        if o.is(&result) {
            continue;
        }
        let mut hit = false;
        crate::gc::traverse(&o, &mut |c| {
            if !hit && targets.iter().any(|t| t.is(c)) {
                hit = true;
            }
        });
        if hit {
            found.push(o);
        }
    }
    if let Some(l) = result.downcast::<crate::objects::list::ListData>() {
        *l.items.borrow_mut() = found;
    }
    Ok(result)
}

fn gc_get_referents(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return exc::type_error("get_referents() takes no keyword arguments");
    }
    let mut out = Vec::new();
    for o in args.pos() {
        if !o.kind().is_gc() {
            continue;
        }
        referents(o, &mut out);
    }
    Ok(new_list(out))
}

/// What `o`'s `tp_traverse` visits in CPython, in its order: an instance's attribute values
/// (not their names), then its class; a dict's keys only when one is not a str.
fn referents(o: &ObjRef, out: &mut Vec<ObjRef>) {
    match o.kind() {
        Kind::Instance => {
            let d = o.payload::<crate::objects::instance::InstanceData>();
            crate::objects::instance::slots_traverse(&d.slots, &mut |c| out.push(c.clone()));
            if let Ok(a) = d.attrs.try_borrow() {
                match &*a {
                    crate::objects::instance::Attrs::Inline(v) => {
                        out.extend(v.iter().map(|(_, val)| val.clone()))
                    }
                    crate::objects::instance::Attrs::Dict(d) => out.push(d.clone()),
                    crate::objects::instance::Attrs::None => {}
                }
            }
            crate::objects::visit_opt(&d.base, &mut |c| out.push(c.clone()));
            out.push(o.type_of());
        }
        Kind::Dict => {
            let d = o.payload::<crate::objects::dict::DictData>();
            if let Ok(t) = d.table.try_borrow() {
                let all_str = t.iter().all(|e| e.key.kind() == Kind::Str);
                for e in t.iter() {
                    if !all_str {
                        out.push(e.key.clone());
                    }
                    out.push(e.value.clone());
                }
            }
        }
        _ => {
            o.traverse(&mut |c| out.push(c.clone()));
            let t = o.type_of();
            if t.payload::<crate::objects::typeobj::TypeData>().heap {
                out.push(t);
            }
        }
    }
}

fn gc_freeze(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "gc.freeze")?;
    crate::gc::freeze();
    Ok(none())
}

fn gc_unfreeze(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "gc.unfreeze")?;
    crate::gc::unfreeze();
    Ok(none())
}

fn gc_get_freeze_count(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "gc.get_freeze_count")?;
    Ok(new_int(crate::gc::freeze_count() as i64))
}
