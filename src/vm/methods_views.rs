//! Methods of the dict views (`dict_keys`, `dict_values`, `dict_items`): the set algebra of
//! keys and items views (`&`, `|`, `-`, `^` with any iterable, the result a `set`), their
//! comparisons with sets and other views, `isdisjoint`, containment, `__reversed__`, `mapping`.
//! As CPython's `dictviews_*` in Objects/dictobject.c.

use super::methods::add_method;
use super::{dictops, exc, new_bool, new_set, ops, rt, setops, type_name, Args, PyResult, Vm};
use crate::ast::{CmpOp, Operator};
use crate::heap::{Kind, ObjRef};
use crate::objects::dict::DictData;
use crate::objects::function::BuiltinFn;
use crate::objects::iter::{IterData, IterState};
use std::cell::RefCell;
use std::sync::OnceLock;

/// Whether `o` is one of the three dict views.
pub fn is_view(o: &ObjRef) -> bool {
    let t = &rt().types;
    o.kind() == Kind::Iter
        && (o.is_type(&t.dict_keys) || o.is_type(&t.dict_values) || o.is_type(&t.dict_items))
}

/// Whether `o` is a keys or items view (the set-like ones).
fn is_setlike_view(o: &ObjRef) -> bool {
    let t = &rt().types;
    o.kind() == Kind::Iter && (o.is_type(&t.dict_keys) || o.is_type(&t.dict_items))
}

/// `item in view`.
pub fn view_contains(vm: &mut Vm, v: &ObjRef, item: &ObjRef) -> PyResult<bool> {
    let Some((d, what)) = super::builtins_dict::view_parts(v) else {
        return Ok(false);
    };
    match what {
        0 => dictops::contains(vm, &d, item),
        1 => {
            for (_, x) in dictops::items(&d) {
                if dictops::keys_equal(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            let Some(t) = item.downcast::<crate::objects::tuple::TupleData>() else {
                return Ok(false);
            };
            if t.items.len() != 2 {
                return Ok(false);
            }
            let (k, val) = (t.items[0].clone(), t.items[1].clone());
            match dictops::getitem_opt(vm, &d, &k)? {
                Some(found) => {
                    let r = ops::compare(vm, &found, &val, CmpOp::Eq)?;
                    ops::truthy(vm, &r)
                }
                None => Ok(false),
            }
        }
    }
}

/// CPython's `dictviews_to_set`: a new set of the items of a view (a keys view through its
/// dict: one resize up front, the stored hashes) or of any iterable.
fn to_set(vm: &mut Vm, o: &ObjRef) -> PyResult<ObjRef> {
    let s = new_set(false);
    let keys_of = if o.is_type(&rt().types.dict_keys) {
        super::builtins_dict::view_parts(o).filter(|(d, _)| d.kind() == Kind::Dict)
    } else {
        None
    };
    let src = match keys_of {
        Some((d, _)) => d,
        None => setops::operand(o),
    };
    setops::update(vm, &s, &src)?;
    Ok(s)
}

fn view_arg(args: &Args, name: &str) -> PyResult<(ObjRef, ObjRef)> {
    if args.args.len() != 2 {
        return exc::type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.args.len().saturating_sub(1)
        ));
    }
    Ok((args.args[0].clone(), args.args[1].clone()))
}

/// `x OP y` where one of them is a keys/items view, as CPython's `dictviews_or`, `_sub`,
/// `_xor` (a set of the left operand updated in place with the right one) and
/// `_PyDictView_Intersect`.
fn setop(vm: &mut Vm, x: &ObjRef, y: &ObjRef, op: Operator) -> PyResult<ObjRef> {
    if op == Operator::BitAnd {
        return intersect(vm, x, y);
    }
    let t = &rt().types;
    if op == Operator::BitXor && x.is_type(&t.dict_items) && y.is_type(&t.dict_items) {
        return items_xor(vm, x, y);
    }
    let r = to_set(vm, x)?;
    let y = setops::operand(y);
    match op {
        Operator::BitOr => setops::update(vm, &r, &y)?,
        Operator::Sub => super::builtins_sets::difference_update(vm, &r, &y)?,
        _ => super::builtins_sets::symmetric_difference_update(vm, &r, &y)?,
    }
    Ok(r)
}

/// CPython's `_PyDictView_Intersect`: through `set.intersection` when the other operand is a
/// set at least as large, else the items of the smaller operand that the view contains.
fn intersect(vm: &mut Vm, x: &ObjRef, y: &ObjRef) -> PyResult<ObjRef> {
    let (mut view, mut other) = if is_setlike_view(x) {
        (x.clone(), y.clone())
    } else {
        (y.clone(), x.clone())
    };
    let len_view = super::len(vm, &view)?;
    if other.is_type(&rt().types.set) && len_view <= setops::len(&other) {
        return super::builtins_sets::intersection(vm, &other, &view);
    }
    if is_setlike_view(&other) && super::len(vm, &other)? > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let r = new_set(false);
    let it = ops::get_iter(vm, &other)?;
    while let Some(k) = ops::next(vm, &it)? {
        if view_contains(vm, &view, &k)? {
            setops::add(vm, &r, k)?;
        }
    }
    Ok(r)
}

/// CPython's `dictitems_xor`: the pairs of the right dict not equal in the left one, then the
/// left dict's remaining pairs.
fn items_xor(vm: &mut Vm, x: &ObjRef, y: &ObjRef) -> PyResult<ObjRef> {
    let (Some((d1, _)), Some((d2, _))) = (
        super::builtins_dict::view_parts(x),
        super::builtins_dict::view_parts(y),
    ) else {
        return Ok(new_set(false));
    };
    let temp = super::new_dict();
    for (k, v) in dictops::items(&d1) {
        dictops::setitem(vm, &temp, k, v)?;
    }
    let r = new_set(false);
    for (k, v2) in dictops::items(&d2) {
        let delete = match dictops::getitem_opt(vm, &temp, &k)? {
            Some(v1) => {
                let c = ops::compare(vm, &v1, &v2, CmpOp::Eq)?;
                ops::truthy(vm, &c)?
            }
            None => false,
        };
        if delete {
            dictops::delitem_opt(vm, &temp, &k)?;
        } else {
            setops::add(vm, &r, super::new_tuple(vec![k, v2]))?;
        }
    }
    for (k, v) in dictops::items(&temp) {
        setops::add(vm, &r, super::new_tuple(vec![k, v]))?;
    }
    Ok(r)
}

fn binop(vm: &mut Vm, args: Args, name: &str, op: Operator, reflected: bool) -> PyResult<ObjRef> {
    let (s, o) = view_arg(&args, name)?;
    if !is_setlike_view(&s) {
        return Ok(rt().not_implemented.clone());
    }
    let (x, y) = if reflected { (&o, &s) } else { (&s, &o) };
    setop(vm, x, y, op)
}

macro_rules! view_binops {
    ($( $name:ident, $rname:ident, $s:expr, $rs:expr => $op:expr; )*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
                binop(vm, args, $s, $op, false)
            }
            fn $rname(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
                binop(vm, args, $rs, $op, true)
            }
        )*
    };
}

view_binops! {
    and, rand, "__and__", "__rand__" => Operator::BitAnd;
    or, ror, "__or__", "__ror__" => Operator::BitOr;
    sub, rsub, "__sub__", "__rsub__" => Operator::Sub;
    xor, rxor, "__xor__", "__rxor__" => Operator::BitXor;
}

/// Every item of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let it = ops::get_iter(vm, a)?;
    while let Some(x) = ops::next(vm, &it)? {
        if !ops::contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn richcompare(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<ObjRef> {
    let (s, o) = view_arg(&args, name)?;
    if !is_setlike_view(&s) || !(o.kind() == Kind::Set || is_setlike_view(&o)) {
        return Ok(rt().not_implemented.clone());
    }
    let la = super::len(vm, &s)?;
    let lb = super::len(vm, &o)?;
    let r = match op {
        CmpOp::Eq | CmpOp::NotEq => {
            let eq = la == lb && all_contained_in(vm, &s, &o)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Lt => la < lb && all_contained_in(vm, &s, &o)?,
        CmpOp::LtE => la <= lb && all_contained_in(vm, &s, &o)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, &o, &s)?,
        CmpOp::GtE => la >= lb && all_contained_in(vm, &o, &s)?,
        _ => false,
    };
    Ok(new_bool(r))
}

fn eq(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    richcompare(vm, a, "__eq__", CmpOp::Eq)
}
fn ne(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    richcompare(vm, a, "__ne__", CmpOp::NotEq)
}
fn lt(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    richcompare(vm, a, "__lt__", CmpOp::Lt)
}
fn le(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    richcompare(vm, a, "__le__", CmpOp::LtE)
}
fn gt(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    richcompare(vm, a, "__gt__", CmpOp::Gt)
}
fn ge(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    richcompare(vm, a, "__ge__", CmpOp::GtE)
}

fn this(args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(s) if is_view(s) => Ok(s.clone()),
        Some(s) => exc::type_error(format!(
            "descriptor '{name}' requires a view object but received a '{}'",
            type_name(s)
        )),
        None => exc::type_error(format!("descriptor '{name}' needs an argument")),
    }
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (s, o) = view_arg(&args, "isdisjoint")?;
    let s = this(&Args::new(std::slice::from_ref(&s)), "isdisjoint")?;
    let it = ops::get_iter(vm, &o)?;
    while let Some(x) = ops::next(vm, &it)? {
        if view_contains(vm, &s, &x)? {
            return Ok(new_bool(false));
        }
    }
    Ok(new_bool(true))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (s, o) = view_arg(&args, "__contains__")?;
    let s = this(&Args::new(std::slice::from_ref(&s)), "__contains__")?;
    Ok(new_bool(view_contains(vm, &s, &o)?))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = this(&args, "__len__")?;
    Ok(super::new_int(super::len(vm, &s)? as i64))
}

/// `reversed(d)` / `reversed(view)`: the items of `what` (0 keys, 1 values, 2 items) of dict `d`,
/// last first, as a reverse iterator over a snapshot.
pub fn reversed_dict(vm: &mut Vm, d: &ObjRef, what: u8) -> PyResult<ObjRef> {
    let _ = vm;
    let items: Vec<ObjRef> = dictops::items(d)
        .into_iter()
        .rev()
        .map(|(k, v)| match what {
            0 => k,
            1 => v,
            _ => super::new_tuple(vec![k, v]),
        })
        .collect();
    let ty = &rev_types()[what.min(2) as usize];
    let _ = d.payload::<DictData>();
    Ok(crate::heap::alloc(
        ty,
        IterData {
            state: RefCell::new(IterState::Seq {
                seq: super::new_list(items),
                index: 0,
            }),
        },
    ))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = this(&args, "__reversed__")?;
    let Some((d, what)) = super::builtins_dict::view_parts(&s) else {
        return exc::type_error("not a view");
    };
    reversed_dict(vm, &d, what)
}

static REV_TYPES: OnceLock<[ObjRef; 3]> = OnceLock::new();

/// `dict_reversekeyiterator`, `dict_reversevalueiterator`, `dict_reverseitemiterator`.
fn rev_types() -> &'static [ObjRef; 3] {
    REV_TYPES.get_or_init(|| {
        [
            "dict_reversekeyiterator",
            "dict_reversevalueiterator",
            "dict_reverseitemiterator",
        ]
        .map(|name| {
            let ty = new_type(name, Kind::Iter);
            add_method(&ty, name, "__iter__", super::methods::iter_self);
            add_method(&ty, name, "__next__", super::methods::iter_next);
            ty
        })
    })
}

/// A new built-in type made after start-up, deriving from `object`.
pub fn new_type(name: &str, kind: Kind) -> ObjRef {
    let t = &rt().types;
    let ty = super::runtime::new_builtin_type(&t.type_, name, Some(&t.object), kind, false);
    ty.payload::<crate::objects::typeobj::TypeData>()
        .dict
        .set_type(t.dict.clone());
    ty
}

/// Register the views' methods.
pub fn install() {
    let t = &rt().types;
    let common: &[(&'static str, BuiltinFn)] = &[
        ("__len__", len),
        ("__contains__", contains),
        ("__reversed__", reversed),
    ];
    let setlike: &[(&'static str, BuiltinFn)] = &[
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__xor__", xor),
        ("__rxor__", rxor),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("isdisjoint", isdisjoint),
    ];
    for (ty, owner) in [
        (&t.dict_keys, "dict_keys"),
        (&t.dict_values, "dict_values"),
        (&t.dict_items, "dict_items"),
    ] {
        for (name, f) in common {
            add_method(ty, owner, name, *f);
        }
        if owner != "dict_values" {
            for (name, f) in setlike {
                add_method(ty, owner, name, *f);
            }
        }
    }
}
