//! Sorting for `list.sort` and `sorted`: stable, comparing with `<` only (as CPython does),
//! with Python exceptions from comparisons propagated.
//!
//! Like CPython's `list.sort`, keys that are all of one common built-in type (small ints,
//! floats without NaN, strs) are sorted with native comparisons; other keys go through a
//! merge sort over indices whose comparison tries the native built-in cases first (tuples of
//! such values included) and calls the full rich comparison otherwise.

use super::{call, ops, rt, Args, PyResult, Vm};
use crate::ast::CmpOp;
use crate::heap::{Kind, ObjRef};
use crate::objects::float::FloatData;
use crate::objects::int::IntData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use std::cmp::Ordering;

/// Sort `items` in place (stable), by `key`, reversed if asked.
pub fn sort_items(
    vm: &mut Vm,
    items: &mut Vec<ObjRef>,
    key: Option<&ObjRef>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<ObjRef> = match key {
        Some(f) if !f.is(&rt().none) => items
            .iter()
            .map(|x| call::call(vm, f, Args::new(std::slice::from_ref(x))))
            .collect::<PyResult<_>>()?,
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if !native_sort(&keys, &mut idx, reverse) {
        let mut err: Option<ObjRef> = None;
        let mut less = |a: usize, b: usize| -> bool {
            if err.is_some() {
                return false;
            }
            let (x, y) = if reverse {
                (&keys[b], &keys[a])
            } else {
                (&keys[a], &keys[b])
            };
            if let Some(r) = quick_lt(x, y) {
                return r;
            }
            match ops::compare(vm, x, y, CmpOp::Lt).and_then(|r| ops::truthy(vm, &r)) {
                Ok(v) => v,
                Err(e) => {
                    err = Some(e);
                    false
                }
            }
        };
        merge_sort(&mut idx, &mut less);
        if let Some(e) = err {
            return Err(e);
        }
    }
    let sorted: Vec<ObjRef> = idx.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// Sort `idx` by keys that are all small ints, all strs or all NaN-free floats (exact
/// built-in types); `false` (nothing done) for any other keys.
fn native_sort(keys: &[ObjRef], idx: &mut [usize], reverse: bool) -> bool {
    fn by<K>(idx: &mut [usize], keys: &[K], reverse: bool, cmp: impl Fn(&K, &K) -> Ordering) {
        if reverse {
            idx.sort_by(|&a, &b| cmp(&keys[b], &keys[a]));
        } else {
            idx.sort_by(|&a, &b| cmp(&keys[a], &keys[b]));
        }
    }
    let Some(first) = keys.first() else {
        return true;
    };
    let types = &rt().types;
    if first.is_type(&types.int) {
        let ints: Option<Vec<i64>> = keys
            .iter()
            .map(|k| match k.downcast::<IntData>() {
                Some(IntData::Small(i)) if k.is_type(&types.int) => Some(*i),
                _ => None,
            })
            .collect();
        if let Some(ints) = ints {
            by(idx, &ints, reverse, |a, b| a.cmp(b));
            return true;
        }
    } else if first.is_type(&types.str_) {
        let strs: Option<Vec<&str>> = keys
            .iter()
            .map(|k| k.is_type(&types.str_).then(|| &*k.payload::<StrData>().s))
            .collect();
        if let Some(strs) = strs {
            // UTF-8 byte order is code point order, which is Python's str order.
            by(idx, &strs, reverse, |a, b| a.cmp(b));
            return true;
        }
    } else if first.is_type(&types.float) {
        let floats: Option<Vec<f64>> = keys
            .iter()
            .map(|k| {
                k.is_type(&types.float)
                    .then(|| k.payload::<FloatData>().0)
                    .filter(|f| !f.is_nan())
            })
            .collect();
        if let Some(floats) = floats {
            by(idx, &floats, reverse, |a, b| {
                a.partial_cmp(b).unwrap_or(Ordering::Equal)
            });
            return true;
        }
    }
    false
}

/// `x < y` decided natively for exact small ints, floats, strs and tuples of those; `None`
/// when Python's comparison protocol must run.
fn quick_lt(x: &ObjRef, y: &ObjRef) -> Option<bool> {
    match quick_cmp(x, y)? {
        Some(o) => Some(o == Ordering::Less),
        None => Some(false),
    }
}

/// The native ordering of two values (`Some(None)`: unordered, a NaN), or `None` when
/// Python's comparison protocol must run.
fn quick_cmp(x: &ObjRef, y: &ObjRef) -> Option<Option<Ordering>> {
    let types = &rt().types;
    match (x.kind(), y.kind()) {
        (Kind::Int, Kind::Int) if x.is_type(&types.int) && y.is_type(&types.int) => {
            match (x.payload::<IntData>(), y.payload::<IntData>()) {
                (IntData::Small(a), IntData::Small(b)) => Some(Some(a.cmp(b))),
                _ => None,
            }
        }
        (Kind::Float, Kind::Float) if x.is_type(&types.float) && y.is_type(&types.float) => Some(
            x.payload::<FloatData>()
                .0
                .partial_cmp(&y.payload::<FloatData>().0),
        ),
        (Kind::Str, Kind::Str) if x.is_type(&types.str_) && y.is_type(&types.str_) => Some(Some(
            x.payload::<StrData>().s.cmp(&y.payload::<StrData>().s),
        )),
        (Kind::Tuple, Kind::Tuple) if x.is_type(&types.tuple) && y.is_type(&types.tuple) => {
            let (a, b) = (
                &x.payload::<TupleData>().items,
                &y.payload::<TupleData>().items,
            );
            // The first position where the items differ decides, as tuple comparison does.
            for (p, q) in a.iter().zip(b.iter()) {
                if p.is(q) {
                    continue;
                }
                match quick_cmp(p, q)? {
                    Some(Ordering::Equal) => continue,
                    other => return Some(other),
                }
            }
            Some(Some(a.len().cmp(&b.len())))
        }
        _ => None,
    }
}

fn merge_sort(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    if v.len() <= 1 {
        return;
    }
    if v.len() <= 16 {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && less(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = v.len() / 2;
    merge_sort(&mut v[..mid], less);
    merge_sort(&mut v[mid..], less);
    let mut out = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, mid);
    while i < mid && j < v.len() {
        if less(v[j], v[i]) {
            out.push(v[j]);
            j += 1;
        } else {
            out.push(v[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&v[i..mid]);
    out.extend_from_slice(&v[j..]);
    v.copy_from_slice(&out);
}
