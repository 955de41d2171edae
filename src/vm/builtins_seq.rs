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
    if seq.kind() == Kind::Range
        && (seq.payload::<RangeData>().small.is_none() || key.kind() == Kind::Slice)
    {
        return range_getitem(vm, seq, key);
    }
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
        if let Some(sl) = key.downcast::<SliceData>() {
            return bytearray_setslice(vm, seq, sl, &value);
        }
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

/// `bytearray[a:b:c] = value` (bytes-like, or an iterable of ints in range(256)).
fn bytearray_setslice(vm: &mut Vm, seq: &ObjRef, sl: &SliceData, value: &ObjRef) -> PyResult<()> {
    let data: Vec<u8> = match super::ops::bytes_of(value) {
        Some(b) => b,
        None => {
            if value.kind() == Kind::Str {
                return exc::type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                );
            }
            let mut out = Vec::new();
            for v in super::ops::collect(vm, value)? {
                match index_of(vm, &v)? {
                    Some(n) if (0..256).contains(&n) => out.push(n as u8),
                    Some(_) => return exc::value_error("byte must be in range(0, 256)"),
                    None => {
                        return exc::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            type_name(&v)
                        ))
                    }
                }
            }
            out
        }
    };
    let b = seq.payload::<ByteArrayData>();
    let len = b.b.borrow().len() as i64;
    let (start, stop, step, count) = slice_indices(vm, sl, len)?;
    let mut buf = b.b.borrow_mut();
    if step == 1 {
        let stop = stop.max(start);
        buf.splice(start as usize..stop as usize, data);
        return Ok(());
    }
    if data.len() != count {
        return exc::value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            data.len(),
            count
        ));
    }
    for (k, v) in data.into_iter().enumerate() {
        buf[(start + k as i64 * step) as usize] = v;
    }
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
    let (s, e, st) = (start as i128, stop as i128, step as i128);
    let len = if st > 0 {
        if e > s {
            (e - s - 1) / st + 1
        } else {
            0
        }
    } else if s > e {
        (s - e - 1) / (-st) + 1
    } else {
        0
    };
    crate::heap::alloc(
        &super::rt().types.range,
        RangeData {
            start: new_int(start),
            stop: new_int(stop),
            step: new_int(step),
            small: i64::try_from(len).ok().map(|len| (start, stop, step, len)),
        },
    )
}

/// A new range object from arbitrary ints (`step` is not zero); the machine-word copy is kept
/// when the bounds and the length all fit an i64.
pub fn new_range_big(start: BigInt, stop: BigInt, step: BigInt) -> ObjRef {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        return new_range(a, b, c);
    }
    crate::heap::alloc(
        &super::rt().types.range,
        RangeData {
            start: super::new_bigint(start),
            stop: super::new_bigint(stop),
            step: super::new_bigint(step),
            small: None,
        },
    )
}

fn big_of(o: &ObjRef) -> BigInt {
    o.downcast::<IntData>()
        .map(|i| i.to_big())
        .unwrap_or_default()
}

/// A range's start, stop, step and length as big ints.
pub fn range_parts(r: &ObjRef) -> (BigInt, BigInt, BigInt, BigInt) {
    let d = r.payload::<RangeData>();
    let (start, stop, step) = (big_of(&d.start), big_of(&d.stop), big_of(&d.step));
    let len = match d.small {
        Some((.., n)) => BigInt::from(n),
        None => {
            let zero = BigInt::from(0);
            let one = BigInt::from(1);
            if step > zero {
                if stop > start {
                    (&stop - &start - &one) / &step + &one
                } else {
                    zero
                }
            } else if start > stop {
                (&start - &stop - &one) / (-&step) + &one
            } else {
                zero
            }
        }
    };
    (start, stop, step, len)
}

/// `len(range)`, with CPython's overflow error past `sys.maxsize`.
pub fn range_len(r: &ObjRef) -> PyResult<usize> {
    if let Some((.., n)) = r.payload::<RangeData>().small {
        return Ok(n as usize);
    }
    match range_parts(r).3.to_usize() {
        Some(n) if n <= i64::MAX as usize => Ok(n),
        _ => exc::overflow_error("Python int too large to convert to C ssize_t"),
    }
}

/// Whether a range is non-empty (any size).
pub fn range_truthy(r: &ObjRef) -> bool {
    match r.payload::<RangeData>().small {
        Some((.., n)) => n != 0,
        None => range_parts(r).3 != BigInt::from(0),
    }
}

/// An index as a big int, through `__index__`.
fn big_index(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<BigInt>> {
    if let Some(i) = o.downcast::<IntData>() {
        return Ok(Some(i.to_big()));
    }
    if let Some(f) = super::attr::lookup_type_str(&o.type_of(), "__index__") {
        let r = super::call::call(vm, &f, super::Args::new(std::slice::from_ref(o)))?;
        return Ok(r.downcast::<IntData>().map(|i| i.to_big()));
    }
    Ok(None)
}

/// `range[key]` for any range (big bounds included), as CPython's `range_subscript`.
fn range_getitem(vm: &mut Vm, r: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
    let (start, _stop, step, len) = range_parts(r);
    let zero = BigInt::from(0);
    if let Some(sl) = key.downcast::<SliceData>() {
        let get = |vm: &mut Vm, o: &ObjRef| -> PyResult<Option<BigInt>> {
            if o.is(&super::rt().none) {
                return Ok(None);
            }
            match big_index(vm, o)? {
                Some(i) => Ok(Some(i)),
                None => exc::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ),
            }
        };
        let sstep = get(vm, &sl.step)?.unwrap_or_else(|| BigInt::from(1));
        if sstep == zero {
            return exc::value_error("slice step cannot be zero");
        }
        let neg = sstep < zero;
        let (lower, upper) = if neg {
            (BigInt::from(-1), &len - BigInt::from(1))
        } else {
            (zero.clone(), len.clone())
        };
        let adj = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(v) if v < zero => {
                    let v = v + &len;
                    if v < lower {
                        lower.clone()
                    } else {
                        v
                    }
                }
                Some(v) => {
                    if v > upper {
                        upper.clone()
                    } else {
                        v
                    }
                }
            }
        };
        let a = get(vm, &sl.start)?;
        let b = get(vm, &sl.stop)?;
        let sa = adj(a, if neg { &upper } else { &lower });
        let sb = adj(b, if neg { &lower } else { &upper });
        return Ok(new_range_big(
            &start + sa * &step,
            &start + sb * &step,
            &step * sstep,
        ));
    }
    let Some(i) = big_index(vm, key)? else {
        return exc::type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name(key)
        ));
    };
    let j = if i < zero { i + &len } else { i };
    if j < zero || j >= len {
        return exc::index_error("range object index out of range");
    }
    Ok(super::new_bigint(start + j * step))
}

/// `range == range`: same length, and then the same first element and step where they matter.
pub fn range_eq(a: &ObjRef, b: &ObjRef) -> bool {
    let (sa, _, ta, la) = range_parts(a);
    let (sb, _, tb, lb) = range_parts(b);
    let zero = BigInt::from(0);
    la == lb && (la == zero || (sa == sb && (la == BigInt::from(1) || ta == tb)))
}

/// `reversed(range)`: the range of the same items, last first.
pub fn range_reversed(r: &ObjRef) -> ObjRef {
    let (start, _, step, len) = range_parts(r);
    let last: BigInt = &start + (len - BigInt::from(1)) * &step;
    new_range_big(last, start - &step, -step)
}

pub fn range_contains(vm: &mut Vm, r: &ObjRef, item: &ObjRef) -> PyResult<bool> {
    let small = r.payload::<RangeData>().small;
    match item.downcast::<IntData>() {
        Some(IntData::Small(v)) if small.is_some() => {
            let (s, e, step, _) = small.unwrap_or((0, 0, 1, 0));
            let v = *v;
            Ok(if step > 0 {
                v >= s && v < e
            } else {
                v <= s && v > e
            } && (v as i128 - s as i128) % step as i128 == 0)
        }
        Some(i) => {
            let v = i.to_big();
            let (s, e, step, _) = range_parts(r);
            let zero = BigInt::from(0);
            let inside = if step > zero {
                v >= s && v < e
            } else {
                v <= s && v > e
            };
            Ok(inside && ((v - s) % step) == zero)
        }
        None => {
            let it = super::ops::get_iter(vm, r)?;
            while let Some(x) = super::ops::next(vm, &it)? {
                if super::dictops::keys_equal(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

pub fn range_to_vec(r: &ObjRef) -> PyResult<Vec<ObjRef>> {
    if let Some((s, _, step, n)) = r.payload::<RangeData>().small {
        return Ok((0..n).map(|k| new_int(s + k * step)).collect());
    }
    let (s, _, step, n) = range_parts(r);
    let Some(n) = n.to_usize() else {
        return exc::overflow_error("Python int too large to convert to C ssize_t");
    };
    Ok((0..n)
        .map(|k| super::new_bigint(&s + BigInt::from(k) * &step))
        .collect())
}

#[allow(dead_code)]
fn _u() -> (ObjRef, Option<i64>) {
    (none(), BigInt::from(0).to_i64())
}
