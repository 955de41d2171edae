//! Container protocols: `in`, subscripts (get, set, delete), iteration (`iter`, `next`, collecting
//! and unpacking) and the `with` statement's entry, for built-in types natively and through the
//! dunders (`__contains__`, `__getitem__`, `__iter__`, `__enter__`/`__exit__`) otherwise.

use super::attr::lookup_type_str;
use super::ops::*;
use super::{call, dictops, exc, new_list};
use super::{rt, type_name, Args, PyResult, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::dict::DictData;
use crate::objects::iter::{IterData, IterState};
use crate::objects::list::ListData;
use crate::objects::range::RangeData;
use crate::objects::set::SetData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &ObjRef, item: &ObjRef) -> PyResult<bool> {
    match container.kind() {
        Kind::Dict if !is_user(container) => dictops::contains(vm, container, item),
        Kind::Set => dictops::set_contains(vm, container, item),
        Kind::Str => match item.downcast::<StrData>() {
            Some(s) => Ok(container.payload::<StrData>().s.contains(&*s.s)),
            None => exc::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(item)
            )),
        },
        Kind::List | Kind::Tuple => {
            let items = seq_items(container);
            for x in items {
                if dictops::keys_equal(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Kind::Range => super::builtins_seq::range_contains(vm, container, item),
        Kind::Bytes | Kind::ByteArray if !is_user(container) => {
            let hay = bytes_of(container).unwrap_or_default();
            if let Some(needle) = bytes_of(item) {
                return Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle));
            }
            match super::builtins_seq::index_of(vm, item)? {
                Some(v) if (0..256).contains(&v) => Ok(hay.contains(&(v as u8))),
                Some(_) => exc::value_error("byte must be in range(0, 256)"),
                None => exc::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(item)
                )),
            }
        }
        Kind::Iter if super::methods_views::is_view(container) => {
            super::methods_views::view_contains(vm, container, item)
        }
        _ => {
            let ty = container.type_of();
            if let Some(f) = lookup_type_str(&ty, "__contains__") {
                let r = call::call(vm, &f, Args::new(&[container.clone(), item.clone()]))?;
                return truthy(vm, &r);
            }
            let it = get_iter(vm, container).map_err(|_| {
                exc::err(
                    "TypeError",
                    format!(
                        "argument of type '{}' is not iterable",
                        type_name(container)
                    ),
                )
            })?;
            while let Some(x) = next(vm, &it)? {
                if dictops::keys_equal(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// The items of a list or tuple (a snapshot).
pub fn seq_items(o: &ObjRef) -> Vec<ObjRef> {
    match o.kind() {
        Kind::List => o.payload::<ListData>().items.borrow().clone(),
        Kind::Tuple => o.payload::<TupleData>().items.to_vec(),
        _ => Vec::new(),
    }
}

/// `container[key]`.
pub fn getitem(vm: &mut Vm, container: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
    if !is_user(container) {
        match container.kind() {
            Kind::Dict if container.is_type(&rt().types.dict) => {
                return match dictops::getitem_opt(vm, container, key)? {
                    Some(v) => Ok(v),
                    None => Err(exc::key_error(key)),
                }
            }
            Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::Range | Kind::ByteArray => {
                return super::builtins_seq::seq_getitem(vm, container, key)
            }
            Kind::Type => {
                if let Some(f) = lookup_type_str(container, "__class_getitem__") {
                    let f = match f.downcast::<crate::objects::descr::ClassMethodData>() {
                        Some(c) => c.func.borrow().clone().unwrap_or_else(super::none),
                        None => f,
                    };
                    return call::call(vm, &f, Args::new(&[container.clone(), key.clone()]));
                }
                // `list[int]` and friends: a `types.GenericAlias`.
                if let Some(r) = super::generic_alias::class_getitem(vm, container, key) {
                    return r;
                }
            }
            _ => {}
        }
    }
    let ty = container.type_of();
    if let Some(f) = lookup_type_str(&ty, "__getitem__") {
        let r = call::call(vm, &f, Args::new(&[container.clone(), key.clone()]));
        if let Err(e) = &r {
            if container.kind() == Kind::Dict && exc::matches(e, "KeyError") {
                if let Some(m) = lookup_type_str(&ty, "__missing__") {
                    return call::call(vm, &m, Args::new(&[container.clone(), key.clone()]));
                }
            }
        }
        return r;
    }
    if container.kind() == Kind::Type {
        return exc::type_error(format!(
            "type '{}' is not subscriptable",
            super::types::type_name_of(container)
        ));
    }
    exc::type_error(format!(
        "'{}' object is not subscriptable",
        type_name(container)
    ))
}

/// `container[key] = value`.
pub fn setitem(vm: &mut Vm, container: &ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
    if !is_user(container) {
        match container.kind() {
            Kind::Dict => return dictops::setitem(vm, container, key, value),
            Kind::List | Kind::ByteArray => {
                return super::builtins_seq::seq_setitem(vm, container, &key, value)
            }
            _ => {}
        }
    }
    match lookup_type_str(&container.type_of(), "__setitem__") {
        Some(f) => {
            call::call(vm, &f, Args::new(&[container.clone(), key, value]))?;
            Ok(())
        }
        None => exc::type_error(format!(
            "'{}' object does not support item assignment",
            type_name(container)
        )),
    }
}

/// `del container[key]`.
pub fn delitem(vm: &mut Vm, container: &ObjRef, key: &ObjRef) -> PyResult<()> {
    if !is_user(container) {
        match container.kind() {
            Kind::Dict => {
                return match dictops::delitem_opt(vm, container, key)? {
                    Some(_) => Ok(()),
                    None => Err(exc::key_error(key)),
                }
            }
            Kind::List => return super::builtins_seq::list_delitem(vm, container, key),
            Kind::ByteArray => return super::builtins_seq::bytearray_delitem(vm, container, key),
            _ => {}
        }
    }
    match lookup_type_str(&container.type_of(), "__delitem__") {
        Some(f) => {
            call::call(vm, &f, Args::new(&[container.clone(), key.clone()]))?;
            Ok(())
        }
        None => exc::type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name(container)
        )),
    }
}

pub(super) fn new_iter(ty: &ObjRef, state: IterState) -> ObjRef {
    crate::heap::alloc(
        ty,
        IterData {
            state: std::cell::RefCell::new(state),
        },
    )
}

/// `iter(obj)`.
pub fn get_iter(vm: &mut Vm, obj: &ObjRef) -> PyResult<ObjRef> {
    let t = &rt().types;
    if !is_user(obj) {
        match obj.kind() {
            Kind::List => {
                return Ok(new_iter(
                    &t.list_iterator,
                    IterState::Seq {
                        seq: obj.clone(),
                        index: 0,
                    },
                ))
            }
            Kind::Tuple => {
                return Ok(new_iter(
                    &t.tuple_iterator,
                    IterState::Seq {
                        seq: obj.clone(),
                        index: 0,
                    },
                ))
            }
            Kind::Str => {
                return Ok(new_iter(
                    &t.str_iterator,
                    IterState::Seq {
                        seq: obj.clone(),
                        index: 0,
                    },
                ))
            }
            Kind::Bytes | Kind::ByteArray => {
                return Ok(new_iter(
                    &t.bytes_iterator,
                    IterState::Seq {
                        seq: obj.clone(),
                        index: 0,
                    },
                ))
            }
            Kind::Range => {
                let r = obj.payload::<RangeData>();
                if let Some((start, stop, step, _)) = r.small {
                    return Ok(new_iter(
                        &t.range_iterator,
                        IterState::Range {
                            next: start,
                            stop,
                            step,
                        },
                    ));
                }
                // A range beyond machine words: indexed lazily, like CPython's
                // `longrange_iterator`.
                return Ok(new_iter(
                    &t.range_iterator,
                    IterState::GetItem {
                        obj: obj.clone(),
                        index: 0,
                    },
                ));
            }
            Kind::Dict => {
                let len = obj.payload::<DictData>().table.borrow().len();
                return Ok(new_iter(
                    &t.dict_keyiterator,
                    IterState::Table {
                        obj: obj.clone(),
                        pos: 0,
                        what: 0,
                        len,
                    },
                ));
            }
            Kind::Set => {
                let len = obj.payload::<SetData>().table.borrow().len();
                return Ok(new_iter(
                    &t.set_iterator,
                    IterState::Table {
                        obj: obj.clone(),
                        pos: 0,
                        what: 0,
                        len,
                    },
                ));
            }
            Kind::Iter => {
                if obj.is_type(&t.dict_keys)
                    || obj.is_type(&t.dict_values)
                    || obj.is_type(&t.dict_items)
                {
                    return super::builtins_dict::view_iter(obj);
                }
                return Ok(obj.clone());
            }
            Kind::Generator | Kind::File => return Ok(obj.clone()),
            _ => {}
        }
    }
    let ty = obj.type_of();
    if let Some(f) = lookup_type_str(&ty, "__iter__") {
        let it = call::call(vm, &f, Args::new(std::slice::from_ref(obj)))?;
        if lookup_type_str(&it.type_of(), "__next__").is_none()
            && !matches!(it.kind(), Kind::Iter | Kind::Generator | Kind::File)
        {
            return exc::type_error(format!(
                "iter() returned non-iterator of type '{}'",
                type_name(&it)
            ));
        }
        return Ok(it);
    }
    if lookup_type_str(&ty, "__getitem__").is_some() {
        return Ok(new_iter(
            &t.seq_iterator,
            IterState::GetItem {
                obj: obj.clone(),
                index: 0,
            },
        ));
    }
    exc::type_error(format!("'{}' object is not iterable", type_name(obj)))
}

/// `next(it)`: `None` at exhaustion (StopIteration is not materialized for built-ins).
pub fn next(vm: &mut Vm, it: &ObjRef) -> PyResult<Option<ObjRef>> {
    match it.kind() {
        Kind::Iter if !is_user(it) => super::iters::next_builtin(vm, it),
        Kind::Generator => super::generator::next(vm, it),
        Kind::File => super::io::next_line(vm, it),
        _ => {
            let ty = it.type_of();
            match lookup_type_str(&ty, "__next__") {
                Some(f) => match call::call(vm, &f, Args::new(std::slice::from_ref(it))) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if exc::matches(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                },
                None => exc::type_error(format!("'{}' object is not an iterator", type_name(it))),
            }
        }
    }
}

/// All items of an iterable.
pub fn collect(vm: &mut Vm, obj: &ObjRef) -> PyResult<Vec<ObjRef>> {
    if !is_user(obj) {
        match obj.kind() {
            Kind::List => return Ok(obj.payload::<ListData>().items.borrow().clone()),
            Kind::Tuple => return Ok(obj.payload::<TupleData>().items.to_vec()),
            _ => {}
        }
    }
    let it = get_iter(vm, obj)?;
    let mut out = Vec::new();
    while let Some(v) = next(vm, &it)? {
        out.push(v);
    }
    Ok(out)
}

/// Unpack `seq` into exactly `before` items, or with a starred target `before` + list + `after`.
pub fn unpack(
    vm: &mut Vm,
    seq: &ObjRef,
    before: usize,
    after: Option<usize>,
) -> PyResult<Vec<ObjRef>> {
    let items = match seq.kind() {
        Kind::List | Kind::Tuple if !is_user(seq) => seq_items(seq),
        _ => {
            let it = get_iter(vm, seq).map_err(|_| {
                exc::err(
                    "TypeError",
                    format!("cannot unpack non-iterable {} object", type_name(seq)),
                )
            })?;
            let mut out = Vec::new();
            while let Some(v) = next(vm, &it)? {
                out.push(v);
                if after.is_none() && out.len() > before {
                    return exc::value_error(format!(
                        "too many values to unpack (expected {before})"
                    ));
                }
            }
            out
        }
    };
    match after {
        None => {
            if items.len() < before {
                return exc::value_error(format!(
                    "not enough values to unpack (expected {before}, got {})",
                    items.len()
                ));
            }
            if items.len() > before {
                return exc::value_error(format!("too many values to unpack (expected {before})"));
            }
            Ok(items)
        }
        Some(after) => {
            if items.len() < before + after {
                return exc::value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                ));
            }
            let mut out = items[..before].to_vec();
            out.push(new_list(items[before..items.len() - after].to_vec()));
            out.extend(items[items.len() - after..].iter().cloned());
            Ok(out)
        }
    }
}

/// `with mgr:` — returns (bound `__exit__`, result of `__enter__`).
pub fn before_with(vm: &mut Vm, mgr: &ObjRef) -> PyResult<(ObjRef, ObjRef)> {
    let ty = mgr.type_of();
    let enter = lookup_type_str(&ty, "__enter__");
    let exit = lookup_type_str(&ty, "__exit__");
    let (Some(enter), Some(exit)) = (enter, exit) else {
        // 3.11 names the missing __exit__ only when __enter__ exists.
        let missed = if lookup_type_str(&ty, "__enter__").is_some() {
            " (missed __exit__ method)"
        } else {
            ""
        };
        return exc::type_error(format!(
            "'{}' object does not support the context manager protocol{missed}",
            type_name(mgr)
        ));
    };
    let exit_bound = super::attr::descriptor_get(vm, &exit, Some(mgr), &ty)?;
    let entered = call::call(vm, &enter, Args::new(std::slice::from_ref(mgr)))?;
    Ok((exit_bound, entered))
}
