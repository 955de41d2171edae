//! Indexing and slicing of the built-in sequences (list, tuple, str, bytes, bytearray, range),
//! with CPython's messages, and slice-index arithmetic (`PySlice_AdjustIndices`).

use super::{
    exc, new_bytes, new_int, new_list, new_string, new_tuple, none, type_name, PyResult, Vm,
};
use crate::heap::{Kind, ObjRef};
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::int::IntData;
use crate::objects::list::ListData;
use crate::objects::range::RangeData;
use crate::objects::slice::SliceData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// An index as i64, through `__index__` for ints and bools.
pub fn index_of(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<i64>> {
    match o.downcast::<IntData>() {
        Some(IntData::Small(i)) => Ok(Some(*i)),
        Some(IntData::Big(b)) => Ok(Some(if **b > BigInt::from(0) {
            i64::MAX
        } else {
            i64::MIN
        })),
        None => {
            if let Some(f) = super::attr::lookup_type_str(&o.type_of(), "__index__") {
                let r = super::call::call(vm, &f, super::Args::new(std::slice::from_ref(o)))?;
                return Ok(r.downcast::<IntData>().and_then(|i| i.as_i64()));
            }
            Ok(None)
        }
    }
}

/// Resolve a slice against a length: (start, stop, step, count).
pub fn slice_indices(vm: &mut Vm, s: &SliceData, len: i64) -> PyResult<(i64, i64, i64, usize)> {
    let get = |vm: &mut Vm, o: &ObjRef| -> PyResult<Option<i64>> {
        if o.is(&super::rt().none) {
            return Ok(None);
        }
        match index_of(vm, o)? {
            Some(i) => Ok(Some(i)),
            None => exc::type_error(
                "slice indices must be integers or None or have an __index__ method",
            ),
        }
    };
    let step = get(vm, &s.step)?.unwrap_or(1);
    if step == 0 {
        return exc::value_error("slice step cannot be zero");
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adj = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut v) => {
                if v < 0 {
                    v += len;
                    if v < lower {
                        v = lower;
                    }
                } else if v > upper {
                    v = upper;
                }
                v
            }
        }
    };
    let start = adj(get(vm, &s.start)?, if step < 0 { upper } else { lower });
    let stop = adj(get(vm, &s.stop)?, if step < 0 { lower } else { upper });
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

fn seq_len(o: &ObjRef) -> usize {
    match o.kind() {
        Kind::List => o.payload::<ListData>().items.borrow().len(),
        Kind::Tuple => o.payload::<TupleData>().items.len(),
        Kind::Str => o.payload::<StrData>().chars,
        Kind::Bytes => o.payload::<BytesData>().b.len(),
        Kind::ByteArray => o.payload::<ByteArrayData>().b.borrow().len(),
        Kind::Range => o.payload::<RangeData>().small.map_or(0, |s| s.3 as usize),
        _ => 0,
    }
}

fn what(o: &ObjRef) -> &'static str {
    match o.kind() {
        Kind::List => "list",
        Kind::Tuple => "tuple",
        Kind::Str => "string",
        Kind::Range => "range object",
        Kind::ByteArray => "bytearray",
        _ => "index",
    }
}

/// The character at char index `i` of a str.
pub fn str_char_at(s: &StrData, i: usize) -> ObjRef {
    if s.is_ascii() {
        let b = s.s.as_bytes()[i];
        return super::rt().latin1[b as usize].clone();
    }
    let c = s.s.chars().nth(i).unwrap_or('\0');
    super::new_str(c.encode_utf8(&mut [0; 4]))
}

/// `seq[key]`.
pub fn seq_getitem(vm: &mut Vm, seq: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
    if let Some(sl) = key.downcast::<SliceData>() {
        let len = seq_len(seq) as i64;
        let (start, _stop, step, count) = slice_indices(vm, sl, len)?;
        let idx = (0..count).map(|k| (start + k as i64 * step) as usize);
        return Ok(match seq.kind() {
            Kind::List => {
                let items = seq.payload::<ListData>().items.borrow();
                new_list(idx.map(|i| items[i].clone()).collect())
            }
            Kind::Tuple => {
                let items = &seq.payload::<TupleData>().items;
                if step == 1 && count == items.len() && seq.is_type(&super::rt().types.tuple) {
                    return Ok(seq.clone());
                }
                new_tuple(idx.map(|i| items[i].clone()).collect())
            }
            Kind::Str => {
                let s = seq.payload::<StrData>();
                if s.is_ascii() {
                    let b = s.s.as_bytes();
                    if step == 1 {
                        let st = start.max(0) as usize;
                        return Ok(super::new_str(&s.s[st..st + count]));
                    }
                    new_string(idx.map(|i| b[i] as char).collect())
                } else {
                    let chars: Vec<char> = s.s.chars().collect();
                    new_string(idx.map(|i| chars[i]).collect())
                }
            }
            Kind::Bytes => {
                let b = &seq.payload::<BytesData>().b;
                new_bytes(&idx.map(|i| b[i]).collect::<Vec<u8>>())
            }
            Kind::ByteArray => {
                let b = seq.payload::<ByteArrayData>().b.borrow();
                let v: Vec<u8> = idx.map(|i| b[i]).collect();
                super::builtins_bytes::new_bytearray(v)
            }
            _ => {
                let r = seq.payload::<RangeData>();
                let (rs, _, rstep, _) = r.small.unwrap_or((0, 0, 1, 0));
                let ns = rs + start * rstep;
                let nstep = rstep * step;
                let nstop = ns + count as i64 * nstep;
                super::builtins_seq::new_range(ns, nstop, nstep)
            }
        });
    }
    let i = match index_of(vm, key)? {
        Some(i) => i,
        None => {
            return match seq.kind() {
                Kind::Str => exc::type_error(format!(
                    "string indices must be integers, not '{}'",
                    type_name(key)
                )),
                Kind::Bytes => exc::type_error(format!(
                    "byte indices must be integers or slices, not {}",
                    type_name(key)
                )),
                Kind::Range => exc::type_error(format!(
                    "range indices must be integers or slices, not {}",
                    type_name(key)
                )),
                _ => exc::type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    type_name(seq),
                    type_name(key)
                )),
            }
        }
    };
    let len = seq_len(seq) as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return exc::index_error(format!("{} index out of range", what(seq)));
    }
    let j = j as usize;
    Ok(match seq.kind() {
        Kind::List => seq.payload::<ListData>().items.borrow()[j].clone(),
        Kind::Tuple => seq.payload::<TupleData>().items[j].clone(),
        Kind::Str => str_char_at(seq.payload::<StrData>(), j),
        Kind::Bytes => new_int(seq.payload::<BytesData>().b[j] as i64),
        Kind::ByteArray => new_int(seq.payload::<ByteArrayData>().b.borrow()[j] as i64),
        _ => {
            let (s, _, step, _) = seq.payload::<RangeData>().small.unwrap_or((0, 0, 1, 0));
            new_int(s + j as i64 * step)
        }
    })
}

/// `list[key] = value` (index or slice).
pub fn seq_setitem(vm: &mut Vm, seq: &ObjRef, key: &ObjRef, value: ObjRef) -> PyResult<()> {
    if seq.kind() == Kind::ByteArray {
        let i = index_of(vm, key)?.unwrap_or(0);
        let v = index_of(vm, &value)?.unwrap_or(0);
        let b = seq.payload::<ByteArrayData>();
        let len = b.b.borrow().len() as i64;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return exc::index_error("bytearray index out of range");
        }
        if !(0..256).contains(&v) {
            return exc::value_error("byte must be in range(0, 256)");
        }
        b.b.borrow_mut()[j as usize] = v as u8;
        return Ok(());
    }
    let list = seq.payload::<ListData>();
    if let Some(sl) = key.downcast::<SliceData>() {
        let items = super::ops::collect(vm, &value)?;
        let len = list.items.borrow().len() as i64;
        let (start, stop, step, count) = slice_indices(vm, sl, len)?;
        if step == 1 {
            let stop = stop.max(start);
            let old: Vec<ObjRef> = list
                .items
                .borrow_mut()
                .splice(start as usize..stop as usize, items)
                .collect();
            drop(old);
            return Ok(());
        }
        if items.len() != count {
            return exc::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                count
            ));
        }
        let mut old = Vec::new();
        {
            let mut l = list.items.borrow_mut();
            for (k, v) in items.into_iter().enumerate() {
                let i = (start + k as i64 * step) as usize;
                old.push(std::mem::replace(&mut l[i], v));
            }
        }
        drop(old);
        return Ok(());
    }
    let i = match index_of(vm, key)? {
        Some(i) => i,
        None => {
            return exc::type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(key)
            ))
        }
    };
    let len = list.items.borrow().len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return exc::index_error("list assignment index out of range");
    }
    let old = std::mem::replace(&mut list.items.borrow_mut()[j as usize], value);
    drop(old);
    Ok(())
}

/// `del list[key]`.
pub fn list_delitem(vm: &mut Vm, seq: &ObjRef, key: &ObjRef) -> PyResult<()> {
    let list = seq.payload::<ListData>();
    let len = list.items.borrow().len() as i64;
    if let Some(sl) = key.downcast::<SliceData>() {
        let (start, _, step, count) = slice_indices(vm, sl, len)?;
        let mut idx: Vec<usize> = (0..count)
            .map(|k| (start + k as i64 * step) as usize)
            .collect();
        idx.sort_unstable();
        let mut removed = Vec::new();
        {
            let mut l = list.items.borrow_mut();
            for i in idx.into_iter().rev() {
                removed.push(l.remove(i));
            }
        }
        drop(removed);
        return Ok(());
    }
    let i = match index_of(vm, key)? {
        Some(i) => i,
        None => {
            return exc::type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(key)
            ))
        }
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return exc::index_error("list assignment index out of range");
    }
    let old = list.items.borrow_mut().remove(j as usize);
    drop(old);
    Ok(())
}

/// `del bytearray[key]`.
pub fn bytearray_delitem(vm: &mut Vm, seq: &ObjRef, key: &ObjRef) -> PyResult<()> {
    let ba = seq.payload::<ByteArrayData>();
    let len = ba.b.borrow().len() as i64;
    if let Some(sl) = key.downcast::<SliceData>() {
        let (start, _, step, count) = slice_indices(vm, sl, len)?;
        let mut idx: Vec<usize> = (0..count)
            .map(|k| (start + k as i64 * step) as usize)
            .collect();
        idx.sort_unstable();
        let mut b = ba.b.borrow_mut();
        for i in idx.into_iter().rev() {
            b.remove(i);
        }
        return Ok(());
    }
    let i = match index_of(vm, key)? {
        Some(i) => i,
        None => {
            return exc::type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                type_name(key)
            ))
        }
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return exc::index_error("bytearray index out of range");
    }
    ba.b.borrow_mut().remove(j as usize);
    Ok(())
}

/// A new range object.
pub fn new_range(start: i64, stop: i64, step: i64) -> ObjRef {
    let len = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    crate::heap::alloc(
        &super::rt().types.range,
        RangeData {
            start: new_int(start),
            stop: new_int(stop),
            step: new_int(step),
            small: Some((start, stop, step, len)),
        },
    )
}

pub fn range_contains(vm: &mut Vm, r: &ObjRef, item: &ObjRef) -> PyResult<bool> {
    let (s, e, step, _) = r.payload::<RangeData>().small.unwrap_or((0, 0, 1, 0));
    match item.downcast::<IntData>() {
        Some(IntData::Small(v)) => {
            let v = *v;
            Ok(if step > 0 {
                v >= s && v < e
            } else {
                v <= s && v > e
            } && (v - s) % step == 0)
        }
        Some(IntData::Big(_)) => Ok(false),
        None => {
            for x in range_to_vec(r)? {
                if super::dictops::keys_equal(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

pub fn range_to_vec(r: &ObjRef) -> PyResult<Vec<ObjRef>> {
    let (s, _, step, n) = r.payload::<RangeData>().small.unwrap_or((0, 0, 1, 0));
    Ok((0..n).map(|k| new_int(s + k * step)).collect())
}

#[allow(dead_code)]
fn _u() -> (ObjRef, Option<i64>) {
    (none(), BigInt::from(0).to_i64())
}
