//! `next()` for the iterator objects of built-in types (list, tuple, str, range, dict, set,
//! enumerate, zip, map, filter, reversed, iter(callable, sentinel), `__getitem__` iteration).

use super::{call, exc, new_int, new_tuple, ops, Args, PyResult, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::dict::DictData;
use crate::objects::iter::{IterData, IterState};
use crate::objects::list::ListData;
use crate::objects::set::SetData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;

pub fn next_builtin(vm: &mut Vm, it: &ObjRef) -> PyResult<Option<ObjRef>> {
    let data = it.payload::<IterData>();
    // States that need no Python code are advanced under one borrow.
    let mut st = data.state.borrow_mut();
    let r = match &mut *st {
        IterState::Exhausted => None,
        IterState::Range { next, stop, step } => {
            let v = *next;
            if (*step > 0 && v < *stop) || (*step < 0 && v > *stop) {
                *next = v + *step;
                Some(new_int(v))
            } else {
                None
            }
        }
        IterState::Seq { seq, index } => {
            let i = *index;
            let v = match seq.kind() {
                Kind::List => seq.payload::<ListData>().items.borrow().get(i).cloned(),
                Kind::Tuple => seq.payload::<TupleData>().items.get(i).cloned(),
                Kind::Str => {
                    // `index` is a byte offset into the UTF-8 text.
                    let s = &seq.payload::<StrData>().s;
                    match s[i..].chars().next() {
                        Some(c) => {
                            *index += c.len_utf8() - 1;
                            Some(super::new_str(c.encode_utf8(&mut [0; 4])))
                        }
                        None => None,
                    }
                }
                Kind::Bytes => seq
                    .payload::<BytesData>()
                    .b
                    .get(i)
                    .map(|b| new_int(*b as i64)),
                Kind::ByteArray => seq
                    .payload::<ByteArrayData>()
                    .b
                    .borrow()
                    .get(i)
                    .map(|b| new_int(*b as i64)),
                _ => None,
            };
            if v.is_some() {
                *index += 1;
            }
            v
        }
        IterState::SeqRev { seq, index } => {
            let i = *index;
            if i < 0 {
                None
            } else {
                *index -= 1;
                let len = match seq.kind() {
                    Kind::List => seq.payload::<ListData>().items.borrow().len() as isize,
                    _ => isize::MAX,
                };
                if i >= len {
                    *index = -1;
                    None
                } else {
                    match seq.kind() {
                        Kind::List => seq
                            .payload::<ListData>()
                            .items
                            .borrow()
                            .get(i as usize)
                            .cloned(),
                        Kind::Tuple => seq.payload::<TupleData>().items.get(i as usize).cloned(),
                        Kind::Str => Some(super::builtins_seq::str_char_at(
                            seq.payload::<StrData>(),
                            i as usize,
                        )),
                        _ => None,
                    }
                }
            }
        }
        IterState::Table {
            obj,
            pos,
            what,
            len,
        } => {
            let (cur_len, entry) = match obj.kind() {
                Kind::Dict => {
                    let t = obj.payload::<DictData>().table.borrow();
                    let e = t
                        .next_from(*pos)
                        .map(|(p, e)| (p, e.key.clone(), Some(e.value.clone())));
                    (t.len(), e)
                }
                _ => {
                    let t = obj.payload::<SetData>().table.borrow();
                    let e = t.next_from(*pos).map(|(p, _, k)| (p, k.clone(), None));
                    (t.len(), e)
                }
            };
            if cur_len != *len {
                *st = IterState::Exhausted;
                let kind = if it.is_type(&super::rt().types.set_iterator) {
                    "Set"
                } else {
                    "dictionary"
                };
                return exc::runtime_error(format!("{kind} changed size during iteration"));
            }
            match entry {
                Some((p, k, v)) => {
                    *pos = p + 1;
                    Some(match (*what, v) {
                        (1, Some(v)) => v,
                        (2, Some(v)) => new_tuple(vec![k, v]),
                        _ => k,
                    })
                }
                None => None,
            }
        }
        _ => {
            drop(st);
            return next_slow(vm, it);
        }
    };
    if r.is_none() {
        *st = IterState::Exhausted;
    }
    Ok(r)
}

/// Iterators whose step runs Python code: no borrow is held across calls.
fn next_slow(vm: &mut Vm, it: &ObjRef) -> PyResult<Option<ObjRef>> {
    let data = it.payload::<IterData>();
    let snapshot = match &*data.state.borrow() {
        IterState::GetItem { obj, index } => (0, vec![obj.clone()], *index),
        IterState::Callable { func, sentinel } => (1, vec![func.clone(), sentinel.clone()], 0),
        IterState::Enumerate { it, count } => (2, vec![it.clone(), count.clone()], 0),
        IterState::Zip { its, strict } => (3, its.clone(), *strict as i64),
        IterState::Map { func, its } => {
            let mut v = vec![func.clone()];
            v.extend(its.iter().cloned());
            (4, v, 0)
        }
        IterState::Filter { func, it } => (5, vec![func.clone(), it.clone()], 0),
        _ => return Ok(None),
    };
    let (tag, objs, n) = snapshot;
    let result = match tag {
        0 => match ops::getitem(vm, &objs[0], &new_int(n)) {
            Ok(v) => {
                if let IterState::GetItem { index, .. } = &mut *data.state.borrow_mut() {
                    *index += 1;
                }
                Some(v)
            }
            Err(e) if exc::matches(&e, "IndexError") || exc::matches(&e, "StopIteration") => None,
            Err(e) => return Err(e),
        },
        1 => {
            let v = call::call(vm, &objs[0], Args::new(&[]))?;
            if super::dictops::keys_equal(vm, &v, &objs[1])? {
                None
            } else {
                Some(v)
            }
        }
        2 => match ops::next(vm, &objs[0])? {
            Some(v) => {
                let c = objs[1].clone();
                let next_c = ops::binary_op(vm, &c, &new_int(1), crate::ast::Operator::Add, false)?;
                if let IterState::Enumerate { count, .. } = &mut *data.state.borrow_mut() {
                    *count = next_c;
                }
                Some(new_tuple(vec![c, v]))
            }
            None => None,
        },
        3 => {
            let mut items = Vec::with_capacity(objs.len());
            for (k, i) in objs.iter().enumerate() {
                match ops::next(vm, i)? {
                    Some(v) => items.push(v),
                    None => {
                        if n == 1 && (k > 0 || objs[1..].iter().any(|_| true)) {
                            let plural = if k == 1 { " " } else { "s 1-" };
                            if k > 0 {
                                return exc::value_error(format!(
                                    "zip() argument {} is shorter than argument{}{}",
                                    k + 1,
                                    plural,
                                    k
                                ));
                            }
                            for (j, other) in objs[1..].iter().enumerate() {
                                if ops::next(vm, other)?.is_some() {
                                    let plural = if j + 1 == 1 { " " } else { "s 1-" };
                                    return exc::value_error(format!(
                                        "zip() argument {} is longer than argument{}{}",
                                        j + 2,
                                        plural,
                                        j + 1
                                    ));
                                }
                            }
                        }
                        *data.state.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            if objs.is_empty() {
                None
            } else {
                Some(new_tuple(items))
            }
        }
        4 => {
            let mut args = Vec::with_capacity(objs.len() - 1);
            for i in &objs[1..] {
                match ops::next(vm, i)? {
                    Some(v) => args.push(v),
                    None => {
                        *data.state.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            Some(call::call(vm, &objs[0], Args::new(&args))?)
        }
        _ => loop {
            match ops::next(vm, &objs[1])? {
                Some(v) => {
                    let keep = if objs[0].is(&super::rt().none) {
                        ops::truthy(vm, &v)?
                    } else {
                        let r = call::call(vm, &objs[0], Args::new(std::slice::from_ref(&v)))?;
                        ops::truthy(vm, &r)?
                    };
                    if keep {
                        break Some(v);
                    }
                }
                None => break None,
            }
        },
    };
    if result.is_none() {
        *data.state.borrow_mut() = IterState::Exhausted;
    }
    Ok(result)
}

/// `it.__length_hint__()` of the sequence and range iterators: how many items are left
/// (`operator.length_hint`, `list(it)`'s pre-sizing in CPython).
fn length_hint(vm: &mut Vm, args: super::Args) -> PyResult<ObjRef> {
    let Some(it) = args.args.first() else {
        return super::exc::type_error("__length_hint__() needs an argument");
    };
    let Some(data) = it.downcast::<IterData>() else {
        return super::exc::type_error("__length_hint__() requires an iterator");
    };
    // What is needed is copied out first: measuring the sequence runs no Python code, but
    // the iterator's state stays unborrowed anyway.
    let (seq, index, backwards, known) = match &*data.state.borrow() {
        IterState::Seq { seq, index } => (Some(seq.clone()), *index as isize, false, 0),
        IterState::SeqRev { seq, index } => (Some(seq.clone()), *index, true, 0),
        IterState::Range { next, stop, step } => {
            let (next, stop, step) = (*next as i128, *stop as i128, *step as i128);
            let n = if step > 0 && next < stop {
                (stop - next + step - 1) / step
            } else if step < 0 && next > stop {
                (next - stop - step - 1) / -step
            } else {
                0
            };
            (None, 0, false, n as usize)
        }
        _ => (None, 0, false, 0),
    };
    let left = match seq {
        None => known,
        Some(seq) => {
            let n = super::len(vm, &seq)? as isize;
            if backwards {
                if index >= 0 && index < n {
                    (index + 1) as usize
                } else {
                    0
                }
            } else {
                (n - index).max(0) as usize
            }
        }
    };
    Ok(super::new_int(left as i64))
}

/// Register `__length_hint__` on the iterator types that know their length (at start-up).
pub fn install() {
    let t = &super::rt().types;
    for (ty, name) in [
        (&t.list_iterator, "list_iterator"),
        (&t.list_reverseiterator, "list_reverseiterator"),
        (&t.tuple_iterator, "tuple_iterator"),
        (&t.str_iterator, "str_ascii_iterator"),
        (&t.bytes_iterator, "bytes_iterator"),
        (&t.range_iterator, "range_iterator"),
    ] {
        super::methods::add_method(ty, name, "__length_hint__", length_hint);
    }
}
