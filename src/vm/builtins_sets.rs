//! Set algebra (`|`, `&`, `-`, `^`, their in-place forms and the methods behind them) and set
//! comparisons, each building its result in the order CPython 3.11's `setobject.c` does, so
//! the result's slot layout (and so its iteration order) is CPython's: a union copies the left
//! operand and merges the right; an intersection walks the smaller set; a difference walks the
//! left set or copies it and removes; a symmetric difference copies the right operand and
//! toggles the left one's keys.

use super::setops::{self, data, is_anyset};
use super::{dictops, ops, rt, PyResult, Vm};
use crate::ast::{CmpOp, Operator};
use crate::heap::ObjRef;

/// An empty set of the base type of `so` (CPython's `make_new_set_basetype`).
pub fn new_like(so: &ObjRef) -> ObjRef {
    super::new_set(so.is_type(&rt().types.frozenset))
}

/// `so.copy()` for a set (a frozenset copies too, unlike `frozenset.copy`).
pub fn copy(vm: &mut Vm, so: &ObjRef) -> PyResult<ObjRef> {
    let r = new_like(so);
    setops::merge(vm, &r, so)?;
    Ok(r)
}

/// A new set of `other`'s items, of `so`'s base type.
fn new_like_from(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    let r = new_like(so);
    setops::update(vm, &r, other)?;
    Ok(r)
}

/// CPython's `set_intersection`: walk the smaller set (or the iterable) and keep what the
/// other one contains.
pub fn intersection(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    if so.is(other) {
        return copy(vm, so);
    }
    let result = new_like(so);
    let Some(rd) = data(&result) else {
        return Ok(result);
    };
    if is_anyset(other) {
        let (big, small) = if setops::len(other) > setops::len(so) {
            (other, so)
        } else {
            (so, other)
        };
        let (Some(bd), Some(sd)) = (data(big), data(small)) else {
            return Ok(result);
        };
        for (h, k) in setops::entries(sd) {
            if setops::contains_entry(vm, bd, &k, h)? {
                setops::add_entry(vm, rd, k, h)?;
            }
        }
        return Ok(result);
    }
    let Some(sd) = data(so) else {
        return Ok(result);
    };
    let it = ops::get_iter(vm, other)?;
    while let Some(k) = ops::next(vm, &it)? {
        let h = dictops::hash(vm, &k)?;
        if setops::contains_entry(vm, sd, &k, h)? {
            setops::add_entry(vm, rd, k, h)?;
            if setops::len(&result) >= setops::len(so) {
                break;
            }
        }
    }
    Ok(result)
}

/// CPython's `set_difference_update_internal`: remove `other`'s items from `so`, then drop
/// the dummies if they are more than a quarter of the table.
pub fn difference_update(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if so.is(other) {
        setops::clear(so);
        return Ok(());
    }
    let Some(sd) = data(so) else { return Ok(()) };
    if is_anyset(other) {
        // When `other` is more than 8 times larger, walk the intersection instead.
        let other = if (setops::len(other) >> 3) > setops::len(so) {
            intersection(vm, so, other)?
        } else {
            other.clone()
        };
        if let Some(od) = data(&other) {
            for (h, k) in setops::entries(od) {
                setops::discard_entry(vm, sd, &k, h)?;
            }
        }
    } else {
        let it = ops::get_iter(vm, other)?;
        while let Some(k) = ops::next(vm, &it)? {
            let h = dictops::hash(vm, &k)?;
            setops::discard_entry(vm, sd, &k, h)?;
        }
    }
    setops::shrink_dummies(so);
    Ok(())
}

/// CPython's `set_difference`: walk `so` keeping what `other` lacks, or (when `other` is not a
/// set or dict, or is much smaller) copy `so` and remove `other`'s items.
pub fn difference(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    let other_size = if is_anyset(other) {
        setops::len(other)
    } else if let Some(d) = other.downcast::<crate::objects::dict::DictData>() {
        d.table.borrow().len()
    } else {
        usize::MAX
    };
    if other_size == usize::MAX || (setops::len(so) >> 2) > other_size {
        let r = copy(vm, so)?;
        difference_update(vm, &r, other)?;
        return Ok(r);
    }
    let result = new_like(so);
    let (Some(rd), Some(sd)) = (data(&result), data(so)) else {
        return Ok(result);
    };
    for (h, k) in setops::entries(sd) {
        let present = match data(other) {
            Some(od) => setops::contains_entry(vm, od, &k, h)?,
            None => dictops::contains(vm, other, &k)?,
        };
        if !present {
            setops::add_entry(vm, rd, k, h)?;
        }
    }
    Ok(result)
}

/// CPython's `set_symmetric_difference_update`: for each of `other`'s keys (a dict's, a
/// set's, or those of a set made from the iterable), remove it from `so` or else add it.
pub fn symmetric_difference_update(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if so.is(other) {
        setops::clear(so);
        return Ok(());
    }
    let Some(sd) = data(so) else { return Ok(()) };
    let keys: Vec<(i64, ObjRef)> =
        if let Some(d) = other.downcast::<crate::objects::dict::DictData>() {
            d.table
                .borrow()
                .iter()
                .map(|e| (e.hash, e.key.clone()))
                .collect()
        } else if is_anyset(other) {
            data(other).map(setops::entries).unwrap_or_default()
        } else {
            let o = new_like_from(vm, so, other)?;
            data(&o).map(setops::entries).unwrap_or_default()
        };
    for (h, k) in keys {
        if !setops::discard_entry(vm, sd, &k, h)? {
            setops::add_entry(vm, sd, k, h)?;
        }
    }
    Ok(())
}

/// CPython's `set_symmetric_difference`: a copy of `other` toggled by `so`'s keys.
pub fn symmetric_difference(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    let r = new_like_from(vm, so, other)?;
    symmetric_difference_update(vm, &r, so)?;
    Ok(r)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets or frozensets.
pub fn set_op(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: Operator) -> PyResult<ObjRef> {
    match op {
        Operator::BitOr => {
            let r = copy(vm, a)?;
            if !a.is(b) {
                setops::update(vm, &r, b)?;
            }
            Ok(r)
        }
        Operator::BitAnd => intersection(vm, a, b),
        Operator::Sub => difference(vm, a, b),
        _ => symmetric_difference(vm, a, b),
    }
}

/// `a |= b`, `a &= b`, `a -= b`, `a ^= b` for a set `a` and a set or frozenset `b`.
pub fn set_inplace_op(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: Operator) -> PyResult<ObjRef> {
    match op {
        Operator::BitOr => setops::update(vm, a, b)?,
        Operator::BitAnd => {
            let tmp = intersection(vm, a, b)?;
            setops::swap_bodies(a, &tmp);
        }
        Operator::Sub => difference_update(vm, a, b)?,
        _ => symmetric_difference_update(vm, a, b)?,
    }
    Ok(a.clone())
}

/// Every key of the set `a` is in the set `b` (CPython's `set_issubset` for two sets).
pub fn issubset(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    if setops::len(a) > setops::len(b) {
        return Ok(false);
    }
    let (Some(ad), Some(bd)) = (data(a), data(b)) else {
        return Ok(false);
    };
    for (h, k) in setops::entries(ad) {
        if !setops::contains_entry(vm, bd, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Comparisons of two sets or frozensets (subset / superset ordering).
pub fn set_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult<bool> {
    let (la, lb) = (setops::len(a), setops::len(b));
    Ok(match op {
        CmpOp::Eq | CmpOp::NotEq => {
            let (ha, hb) = (setops::cached_hash(a), setops::cached_hash(b));
            let eq = la == lb && !(ha != -1 && hb != -1 && ha != hb) && issubset(vm, a, b)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::LtE => issubset(vm, a, b)?,
        CmpOp::Lt => la < lb && issubset(vm, a, b)?,
        CmpOp::GtE => issubset(vm, b, a)?,
        CmpOp::Gt => la > lb && issubset(vm, b, a)?,
        _ => false,
    })
}
