//! Set operations that compare keys, as CPython 3.11's `Objects/setobject.c`: lookup
//! (`set_lookkey`), insertion (`set_add_entry`), deletion, merging and updating, over the
//! [`SetTable`] of `objects::settable`.
//!
//! Keys are compared under one borrow of the table when no Python code can run (identity,
//! exact str, int and float); otherwise the table hands back the candidate key, `==` runs with
//! no borrow held (the table's key on the left, as CPython), and the probe resumes if the table
//! is unchanged or starts over if `__eq__` changed it. Start reading at [`add_entry`].

use super::{dictops, exc, ops, rt, PyResult, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::dict::DictData;
use crate::objects::float::FloatData;
use crate::objects::int::IntData;
use crate::objects::list::ListData;
use crate::objects::set::SetData;
use crate::objects::settable::Probe;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;

/// Equality decided without Python code, when the kinds allow (`None`: ask `==`).
#[inline(always)]
fn fast_eq(a: &ObjRef, b: &ObjRef) -> Option<bool> {
    match (a.kind(), b.kind()) {
        (Kind::Str, Kind::Str) => Some(a.payload::<StrData>().s == b.payload::<StrData>().s),
        (Kind::Int, Kind::Int) => Some(ops::int_eq(a.payload::<IntData>(), b.payload::<IntData>())),
        (Kind::Float, Kind::Float) => {
            Some(a.payload::<FloatData>().0 == b.payload::<FloatData>().0)
        }
        (Kind::Str, Kind::Int | Kind::Float) | (Kind::Int | Kind::Float, Kind::Str) => Some(false),
        _ => None,
    }
}

/// `hash(key)`, with the common int and str cases inline.
#[inline]
pub fn hash_of(vm: &mut Vm, key: &ObjRef) -> PyResult<i64> {
    const MODULUS: u64 = (1 << 61) - 1;
    match key.kind() {
        Kind::Int => match key.payload::<IntData>() {
            IntData::Small(v) if v.unsigned_abs() < MODULUS => Ok(if *v == -1 { -2 } else { *v }),
            i => Ok(super::convert::hash_int(i)),
        },
        Kind::Str => Ok(dictops::hash_str(key.payload::<StrData>())),
        _ => dictops::hash(vm, key),
    }
}

/// The set payload of a set or frozenset (or of a builtin-subclass instance's base).
pub fn data(s: &ObjRef) -> Option<&SetData> {
    s.downcast::<SetData>()
}

/// Whether `o` is a set or frozenset (exact: subclass instances carry theirs as a base).
#[inline]
pub fn is_anyset(o: &ObjRef) -> bool {
    o.kind() == Kind::Set
}

/// Slot of `key` (whose hash is `hash`), if present: CPython's `set_lookkey`.
#[inline]
pub fn lookkey(vm: &mut Vm, sd: &SetData, key: &ObjRef, hash: i64) -> PyResult<Option<usize>> {
    if let Some(r) = sd.table.borrow().scan(hash, key, false, fast_eq) {
        return Ok(r.ok());
    }
    'restart: loop {
        let (mut c, mut step, epoch) = {
            let t = sd.table.borrow();
            let mut c = t.cursor(hash);
            let step = t.probe(&mut c, hash, key, false, fast_eq);
            (c, step, t.epoch())
        };
        loop {
            match step {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Absent(_) => return Ok(None),
                Probe::Compare(i) => {
                    let Some(startkey) = sd.table.borrow().key_at(i) else {
                        continue 'restart;
                    };
                    let eq = dictops::keys_equal(vm, &startkey, key)?;
                    let t = sd.table.borrow();
                    if t.epoch() != epoch || !t.holds(i, &startkey) {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Some(i));
                    }
                    step = t.probe(&mut c, hash, key, false, fast_eq);
                }
            }
        }
    }
}

/// Add `key` unless an equal key is present: CPython's `set_add_entry`.
#[inline]
pub fn add_entry(vm: &mut Vm, sd: &SetData, key: ObjRef, hash: i64) -> PyResult<()> {
    {
        let mut t = sd.table.borrow_mut();
        match t.scan(hash, &key, true, fast_eq) {
            Some(Ok(_)) => return Ok(()),
            Some(Err(i)) => {
                t.insert_at(i, hash, key);
                return Ok(());
            }
            None => {}
        }
    }
    'restart: loop {
        let (mut c, mut step, epoch) = {
            let t = sd.table.borrow();
            let mut c = t.cursor(hash);
            let step = t.probe(&mut c, hash, &key, true, fast_eq);
            (c, step, t.epoch())
        };
        loop {
            match step {
                Probe::Found(_) => return Ok(()),
                Probe::Absent(i) => {
                    sd.table.borrow_mut().insert_at(i, hash, key);
                    return Ok(());
                }
                Probe::Compare(i) => {
                    let Some(startkey) = sd.table.borrow().key_at(i) else {
                        continue 'restart;
                    };
                    if dictops::keys_equal(vm, &startkey, &key)? {
                        return Ok(());
                    }
                    let t = sd.table.borrow();
                    if t.epoch() != epoch || !t.holds(i, &startkey) {
                        continue 'restart;
                    }
                    step = t.probe(&mut c, hash, &key, true, fast_eq);
                }
            }
        }
    }
}

/// `key in s` for a key of known hash.
#[inline]
pub fn contains_entry(vm: &mut Vm, sd: &SetData, key: &ObjRef, hash: i64) -> PyResult<bool> {
    Ok(lookkey(vm, sd, key, hash)?.is_some())
}

/// Remove `key` if present (leaving a dummy); whether it was.
pub fn discard_entry(vm: &mut Vm, sd: &SetData, key: &ObjRef, hash: i64) -> PyResult<bool> {
    match lookkey(vm, sd, key, hash)? {
        Some(i) => {
            let old = sd.table.borrow_mut().remove_at(i);
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// The hash used to look `key` up: `hash(key)`, or for an unhashable `set` the hash of the
/// equal frozenset (so `{1} in {frozenset({1})}` works, as CPython's `set_contains`).
#[inline]
fn lookup_hash(vm: &mut Vm, key: &ObjRef) -> PyResult<i64> {
    match hash_of(vm, key) {
        Ok(h) => Ok(h),
        Err(e) => {
            let b = super::methods::base_of(key);
            match b.downcast::<SetData>() {
                Some(kd) if !b.is_type(&rt().types.frozenset) && exc::matches(&e, "TypeError") => {
                    Ok(kd.table.borrow().frozenset_hash())
                }
                _ => Err(e),
            }
        }
    }
}

/// `s.add(key)`.
#[inline]
pub fn add(vm: &mut Vm, s: &ObjRef, key: ObjRef) -> PyResult<()> {
    let Some(sd) = data(s) else { return Ok(()) };
    let h = hash_of(vm, &key)?;
    add_entry(vm, sd, key, h)
}

/// `key in s`.
#[inline]
pub fn contains(vm: &mut Vm, s: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    let Some(sd) = data(s) else { return Ok(false) };
    let h = lookup_hash(vm, key)?;
    contains_entry(vm, sd, key, h)
}

/// `s.discard(key)`; whether it was present.
pub fn discard(vm: &mut Vm, s: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    let Some(sd) = data(s) else { return Ok(false) };
    let h = lookup_hash(vm, key)?;
    discard_entry(vm, sd, key, h)
}

/// The keys of a set in iteration (slot) order, a snapshot.
pub fn items(s: &ObjRef) -> Vec<ObjRef> {
    match data(s) {
        Some(sd) => sd.table.borrow().iter().map(|(_, k)| k.clone()).collect(),
        None => Vec::new(),
    }
}

/// The (hash, key) pairs of a set in slot order, a snapshot.
pub fn entries(sd: &SetData) -> Vec<(i64, ObjRef)> {
    sd.table
        .borrow()
        .iter()
        .map(|(h, k)| (h, k.clone()))
        .collect()
}

pub fn len(s: &ObjRef) -> usize {
    data(s).map_or(0, |sd| sd.table.borrow().len())
}

/// Empty the set (`set.clear()`), dropping the keys after the table is already empty.
pub fn clear(s: &ObjRef) {
    if let Some(sd) = data(s) {
        let old = sd.table.borrow_mut().take_all();
        sd.hash.set(-1);
        drop(old);
    }
}

/// `hash(frozenset)`, cached on the object as CPython's.
pub fn frozenset_hash(s: &ObjRef) -> i64 {
    let Some(sd) = data(s) else { return 0 };
    let h = sd.hash.get();
    if h != -1 {
        return h;
    }
    let h = sd.table.borrow().frozenset_hash();
    sd.hash.set(h);
    h
}

/// A frozenset's cached hash, if computed (-1 otherwise); always -1 for a set.
pub fn cached_hash(s: &ObjRef) -> i64 {
    data(s).map_or(-1, |sd| sd.hash.get())
}

/// CPython's `set_merge`: add every key of the set `other` to `so`.
pub fn merge(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    let (Some(sd), Some(od)) = (data(so), data(other)) else {
        return Ok(());
    };
    if so.is(other) {
        return Ok(());
    }
    let n = od.table.borrow().len();
    if n == 0 {
        return Ok(());
    }
    {
        let mut t = sd.table.borrow_mut();
        t.presize(n);
        if t.fill() == 0 {
            t.merge_into_empty(&od.table.borrow());
            return Ok(());
        }
    }
    for (h, k) in entries(od) {
        add_entry(vm, sd, k, h)?;
    }
    Ok(())
}

/// CPython's `set_update_internal`: add the keys of a set, of an exact dict (one resize up
/// front, stored hashes), or of any iterable (lazily, one by one).
pub fn update(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    let Some(sd) = data(so) else { return Ok(()) };
    if is_anyset(other) {
        return merge(vm, so, other);
    }
    if let Some(dd) = other.downcast::<DictData>() {
        let keys: Vec<(i64, ObjRef)> = dd
            .table
            .borrow()
            .iter()
            .map(|e| (e.hash, e.key.clone()))
            .collect();
        sd.table.borrow_mut().presize(keys.len());
        for (h, k) in keys {
            add_entry(vm, sd, k, h)?;
        }
        return Ok(());
    }
    if other.kind() == Kind::Tuple {
        for k in other.payload::<TupleData>().items.iter() {
            let h = hash_of(vm, k)?;
            add_entry(vm, sd, k.clone(), h)?;
        }
        return Ok(());
    }
    if other.kind() == Kind::List {
        let l = other.payload::<ListData>();
        let mut i = 0;
        loop {
            let Some(k) = l.items.borrow().get(i).cloned() else {
                break;
            };
            let h = hash_of(vm, &k)?;
            add_entry(vm, sd, k, h)?;
            i += 1;
        }
        return Ok(());
    }
    let it = ops::get_iter(vm, other)?;
    while let Some(k) = ops::next(vm, &it)? {
        let h = hash_of(vm, &k)?;
        add_entry(vm, sd, k, h)?;
    }
    Ok(())
}

/// Exchange the contents of two sets (CPython's `set_swap_bodies`): frozenset hashes are
/// exchanged between two frozensets, else forgotten.
pub fn swap_bodies(a: &ObjRef, b: &ObjRef) {
    let (Some(ad), Some(bd)) = (data(a), data(b)) else {
        return;
    };
    if a.is(b) {
        return;
    }
    ad.table
        .borrow_mut()
        .swap_bodies(&mut bd.table.borrow_mut());
    let fs = &rt().types.frozenset;
    if a.is_type(fs) && b.is_type(fs) {
        let h = ad.hash.get();
        ad.hash.set(bd.hash.get());
        bd.hash.set(h);
    } else {
        ad.hash.set(-1);
        bd.hash.set(-1);
    }
}

/// `set.pop()`: a key from the finger on, or None when empty.
pub fn pop(s: &ObjRef) -> Option<ObjRef> {
    data(s)?.table.borrow_mut().pop()
}

/// Drop dummies when more than a quarter of the table is dummies (after a bulk removal).
pub fn shrink_dummies(s: &ObjRef) {
    if let Some(sd) = data(s) {
        let mut t = sd.table.borrow_mut();
        if t.fill() - t.len() > t.mask() / 4 {
            t.grow();
        }
    }
}

/// A set operand as CPython sees it (`PyAnySet_Check`): a builtin-subclass instance's set,
/// else the object itself.
pub fn operand(o: &ObjRef) -> ObjRef {
    let b = super::methods::base_of(o);
    if b.kind() == Kind::Set {
        b
    } else {
        o.clone()
    }
}

/// A frozenset constant, laid out as CPython 3.11's compiler leaves it: built from the items
/// in source order, then rebuilt from its own iteration order when the compiler merges
/// constants (`merge_consts_recursive`), which can move colliding keys.
pub fn frozenset_constant(vm: &mut Vm, items: Vec<ObjRef>) -> PyResult<ObjRef> {
    let first = super::new_set(true);
    for k in items {
        add(vm, &first, k)?;
    }
    let s = super::new_set(true);
    for k in self::items(&first) {
        add(vm, &s, k)?;
    }
    Ok(s)
}
