//! Dict and set operations that compare keys: hashing (`hash()`), key equality with fast paths
//! for str and int keys (no Python code runs), and `__eq__` for the rest, called without any
//! borrow of the table held (so `__eq__` may even mutate the dict).

use super::{call, exc, ops, str_of, Args, PyResult, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::dict::DictData;
use crate::objects::int::IntData;
use crate::objects::str::StrData;

/// Python's string hash (any fixed, well-mixed hash will do: CPython's is randomized per run).
pub fn hash_str(s: &StrData) -> i64 {
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    // FNV-1a over the UTF-8 bytes, then avoid -1 (CPython's error marker).
    let mut x: u64 = 0xcbf29ce484222325;
    for b in s.s.bytes() {
        x ^= b as u64;
        x = x.wrapping_mul(0x100000001b3);
    }
    let mut h = x as i64;
    if h == -1 {
        h = -2;
    }
    s.hash.set(h);
    h
}

/// `hash(obj)`.
pub fn hash(vm: &mut Vm, obj: &ObjRef) -> PyResult<i64> {
    match obj.kind() {
        Kind::Str => Ok(hash_str(obj.payload::<StrData>())),
        Kind::Int => Ok(super::convert::hash_int(obj.payload::<IntData>())),
        _ => super::convert::hash_slow(vm, obj),
    }
}

/// Key equality: identity, then the built-in fast paths, then `==`.
pub fn keys_equal(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    match (a.kind(), b.kind()) {
        (Kind::Str, Kind::Str) => Ok(a.payload::<StrData>().s == b.payload::<StrData>().s),
        (Kind::Int, Kind::Int) => Ok(ops::int_eq(a.payload::<IntData>(), b.payload::<IntData>())),
        (Kind::Str, Kind::Int) | (Kind::Int, Kind::Str) => Ok(false),
        _ => {
            let r = ops::compare(vm, a, b, crate::ast::CmpOp::Eq)?;
            ops::truthy(vm, &r)
        }
    }
}

/// Whether keys need no Python code to compare (so lookups can stay inside one borrow).
fn simple_key(k: &ObjRef) -> bool {
    matches!(k.kind(), Kind::Str | Kind::Int)
}

/// Find `key`'s entry position in a dict or set table.
fn find<V>(
    vm: &mut Vm,
    table: &std::cell::RefCell<crate::objects::hashtable::Table<V>>,
    key: &ObjRef,
    h: i64,
) -> PyResult<Option<usize>> {
    // Fast path: identity or built-in equality, all under one borrow.
    let candidates: Vec<(usize, ObjRef)> = {
        let t = table.borrow();
        let mut out = Vec::new();
        for pos in t.find_candidates(h) {
            let Some(e) = &t.entries[pos] else { continue };
            if e.key.is(key) {
                return Ok(Some(pos));
            }
            if simple_key(key) && simple_key(&e.key) {
                if key.kind() == e.key.kind() {
                    let eq = match key.kind() {
                        Kind::Str => key.payload::<StrData>().s == e.key.payload::<StrData>().s,
                        _ => ops::int_eq(key.payload::<IntData>(), e.key.payload::<IntData>()),
                    };
                    if eq {
                        return Ok(Some(pos));
                    }
                }
                continue;
            }
            out.push((pos, e.key.clone()));
        }
        out
    };
    for (pos, k) in candidates {
        if keys_equal(vm, key, &k)? {
            // The table may have changed while `__eq__` ran: check the entry is still there.
            let t = table.borrow();
            if t.entries
                .get(pos)
                .and_then(|e| e.as_ref())
                .is_some_and(|e| e.key.is(&k))
            {
                return Ok(Some(pos));
            }
        }
    }
    Ok(None)
}

fn dict_data(d: &ObjRef) -> PyResult<&DictData> {
    match d.downcast::<DictData>() {
        Some(x) => Ok(x),
        None => exc::type_error(format!("expected dict, got {}", super::type_name(d))),
    }
}

/// `d.get(key)` without raising KeyError.
pub fn getitem_opt(vm: &mut Vm, d: &ObjRef, key: &ObjRef) -> PyResult<Option<ObjRef>> {
    let dd = dict_data(d)?;
    let h = hash(vm, key)?;
    match find(vm, &dd.table, key, h)? {
        Some(pos) => Ok(dd.table.borrow().entries[pos]
            .as_ref()
            .map(|e| e.value.clone())),
        None => Ok(None),
    }
}

/// `d[key] = value`.
pub fn setitem(vm: &mut Vm, d: &ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
    let dd = dict_data(d)?;
    let h = hash(vm, &key)?;
    crate::gc::dict_maintain_tracking(d, &key, &value);
    match find(vm, &dd.table, &key, h)? {
        Some(pos) => {
            let old = {
                let mut t = dd.table.borrow_mut();
                t.entries[pos]
                    .as_mut()
                    .map(|e| std::mem::replace(&mut e.value, value))
            };
            drop(old);
        }
        None => dd.table.borrow_mut().insert_new(h, key, value),
    }
    Ok(())
}

/// `del d[key]`, returning the removed value (None if the key was absent).
pub fn delitem_opt(vm: &mut Vm, d: &ObjRef, key: &ObjRef) -> PyResult<Option<ObjRef>> {
    let dd = dict_data(d)?;
    let h = hash(vm, key)?;
    match find(vm, &dd.table, key, h)? {
        Some(pos) => {
            let e = dd.table.borrow_mut().remove_at(pos);
            Ok(e.map(|e| e.value))
        }
        None => Ok(None),
    }
}

/// Lookup by a str object without running Python code (namespaces: keys are strs).
pub fn getitem_str_obj(d: &ObjRef, key: &ObjRef) -> Option<ObjRef> {
    let dd = d.downcast::<DictData>()?;
    let ks = key.downcast::<StrData>()?;
    let h = hash_str(ks);
    let t = dd.table.borrow();
    for pos in t.find_candidates(h) {
        if let Some(e) = &t.entries[pos] {
            if e.key.is(key) {
                return Some(e.value.clone());
            }
            if let Some(es) = e.key.downcast::<StrData>() {
                if es.s == ks.s {
                    return Some(e.value.clone());
                }
            }
        }
    }
    None
}

/// The entry position of str key `key` in dict `d` (namespaces), with the dict's version.
pub fn str_entry_pos(d: &ObjRef, key: &ObjRef) -> (Option<usize>, u64) {
    let Some(dd) = d.downcast::<DictData>() else {
        return (None, 0);
    };
    let Some(ks) = key.downcast::<StrData>() else {
        return (None, 0);
    };
    let h = hash_str(ks);
    let t = dd.table.borrow();
    for pos in t.find_candidates(h) {
        if let Some(e) = &t.entries[pos] {
            let same = e.key.is(key) || e.key.downcast::<StrData>().is_some_and(|es| es.s == ks.s);
            if same {
                return (Some(pos), t.version);
            }
        }
    }
    (None, t.version)
}

/// The value at entry position `pos` of dict `d` if that entry's key is the object `key`.
#[inline]
pub fn value_at_if_key(d: &ObjRef, pos: usize, key: &ObjRef) -> Option<ObjRef> {
    let dd = d.downcast::<DictData>()?;
    let t = dd.table.borrow();
    match t.entries.get(pos) {
        Some(Some(e)) if e.key.is(key) => Some(e.value.clone()),
        _ => None,
    }
}

/// The version of dict `d`'s table (bumped on every insertion or removal).
#[inline]
pub fn version(d: &ObjRef) -> u64 {
    d.downcast::<DictData>()
        .map_or(0, |dd| dd.table.borrow().version)
}

/// Lookup by a name known to the interpreter (namespaces): the key's interned str comes from
/// the thread's symbol cache, without taking the intern table's lock.
pub fn getitem_str(d: &ObjRef, key: &'static str) -> Option<ObjRef> {
    getitem_str_obj(d, &super::new::sym(key))
}

/// Lookup by a name made at run time.
pub fn getitem_text(d: &ObjRef, key: &str) -> Option<ObjRef> {
    getitem_str_obj(d, &super::intern(key))
}

/// Store into a namespace dict whose keys are strs (no Python code runs).
pub fn setitem_str(d: &ObjRef, key: ObjRef, value: ObjRef) {
    let Some(dd) = d.downcast::<DictData>() else {
        return;
    };
    let Some(ks) = key.downcast::<StrData>() else {
        return;
    };
    let h = hash_str(ks);
    crate::gc::dict_maintain_tracking(d, &key, &value);
    let found = {
        let t = dd.table.borrow();
        let mut found = None;
        for pos in t.find_candidates(h) {
            if let Some(e) = &t.entries[pos] {
                if e.key.is(&key) || e.key.downcast::<StrData>().is_some_and(|es| es.s == ks.s) {
                    found = Some(pos);
                    break;
                }
            }
        }
        found
    };
    match found {
        Some(pos) => {
            let old = dd.table.borrow_mut().entries[pos]
                .as_mut()
                .map(|e| std::mem::replace(&mut e.value, value));
            drop(old);
        }
        None => dd.table.borrow_mut().insert_new(h, key, value),
    }
}

/// Remove a str key from a namespace dict.
pub fn delitem_str(d: &ObjRef, key: &str) -> Option<ObjRef> {
    let dd = d.downcast::<DictData>()?;
    let k = super::intern(key);
    let h = hash_str(k.payload::<StrData>());
    let pos = {
        let t = dd.table.borrow();
        let mut found = None;
        for pos in t.find_candidates(h) {
            if let Some(e) = &t.entries[pos] {
                if e.key.downcast::<StrData>().is_some_and(|es| &*es.s == key) {
                    found = Some(pos);
                    break;
                }
            }
        }
        found
    }?;
    let e = dd.table.borrow_mut().remove_at(pos);
    e.map(|e| e.value)
}

/// `s.add(key)` (see `setops`).
#[inline]
pub fn set_add(vm: &mut Vm, s: &ObjRef, key: ObjRef) -> PyResult<()> {
    super::setops::add(vm, s, key)
}

/// `key in s` (see `setops`).
#[inline]
pub fn set_contains(vm: &mut Vm, s: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    super::setops::contains(vm, s, key)
}

/// `s.discard(key)`; returns whether it was present (see `setops`).
pub fn set_discard(vm: &mut Vm, s: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    super::setops::discard(vm, s, key)
}

/// `key in d`.
pub fn contains(vm: &mut Vm, d: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    Ok(getitem_opt(vm, d, key)?.is_some())
}

/// The (key, value) pairs of a dict, in order (a snapshot).
pub fn items(d: &ObjRef) -> Vec<(ObjRef, ObjRef)> {
    match d.downcast::<DictData>() {
        Some(dd) => dd
            .table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        None => Vec::new(),
    }
}

/// The keys of a set, in iteration order (a snapshot).
pub fn set_items(s: &ObjRef) -> Vec<ObjRef> {
    super::setops::items(s)
}

/// `d.update(m)`: from a dict, a mapping with `keys()`, or an iterable of pairs.
pub fn update(vm: &mut Vm, d: &ObjRef, m: &ObjRef) -> PyResult<()> {
    if m.kind() == Kind::Dict {
        for (k, v) in items(m) {
            setitem(vm, d, k, v)?;
        }
        return Ok(());
    }
    if let Some(keys) = super::attr::getattr_opt(vm, m, "keys")? {
        let ks = call::call(vm, &keys, Args::new(&[]))?;
        for k in ops::collect(vm, &ks)? {
            let v = ops::getitem(vm, m, &k)?;
            setitem(vm, d, k, v)?;
        }
        return Ok(());
    }
    let pairs = ops::collect(vm, m)?;
    for (i, p) in pairs.iter().enumerate() {
        let kv = ops::collect(vm, p).map_err(|_| {
            exc::err(
                "TypeError",
                format!("cannot convert dictionary update sequence element #{i} to a sequence"),
            )
        })?;
        if kv.len() != 2 {
            return exc::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            ));
        }
        let mut it = kv.into_iter();
        if let (Some(k), Some(v)) = (it.next(), it.next()) {
            setitem(vm, d, k, v)?;
        }
    }
    Ok(())
}

/// `f(**a, **b)`: merge `m` into the keyword dict, refusing repeated keys.
pub fn merge_kwargs(vm: &mut Vm, d: &ObjRef, m: &ObjRef, func: &ObjRef) -> PyResult<()> {
    if m.kind() != Kind::Dict && super::attr::getattr_opt(vm, m, "keys")?.is_none() {
        return exc::type_error(format!(
            "{}() argument after ** must be a mapping, not {}",
            call::function_str(func),
            super::type_name(m)
        ));
    }
    let tmp = super::new_dict();
    update(vm, &tmp, m)?;
    for (k, v) in items(&tmp) {
        if k.kind() != Kind::Str {
            return exc::type_error("keywords must be strings");
        }
        if getitem_opt(vm, d, &k)?.is_some() {
            return exc::type_error(format!(
                "{}() got multiple values for keyword argument '{}'",
                call::function_str(func),
                str_of(&k)
            ));
        }
        setitem(vm, d, k, v)?;
    }
    Ok(())
}
