//! The lists of weak references, and what happens to them when their referent goes.
//!
//! Every object that has weak references carries the header flag `WEAKREFD`, and [`TABLE`]
//! maps its address to the first weak reference object of its list; the list continues through
//! the `prev`/`next` addresses inside each `WeakRefData` (CPython keeps the list head inside the
//! object, at `tp_weaklistoffset`; a side table keeps every payload free of it, and costs a
//! lookup only for objects that have weak references). The order is CPython's: the basic
//! `ref(obj)` without callback first, then the basic proxy, then the others, newest first.
//!
//! Two ways a referent goes:
//! - its count reaches zero: after its `__del__`, [`on_death`] clears every weak reference
//!   (each now returns None) and calls the callbacks, in list order (CPython's
//!   `PyObject_ClearWeakRefs`);
//! - the collector finds it in unreachable cyclic garbage: `collect::handle_weakrefs` clears
//!   the weak references with [`take_all_refs`] before any finalizer runs, and calls only the
//!   callbacks of weak references that are not garbage themselves.
//!
//! Invariant `[WEAKLIST]`: an object is in [`TABLE`] iff its `WEAKREFD` flag is set and its list
//! is not empty; every address on a list is that of a live weak reference object whose
//! `object` is the referent's address; a weak reference object leaves its list (in
//! [`unlink_data`]) before its memory is freed, and a referent's list is emptied (in
//! [`on_death`]) before the referent's memory is freed. `[GIL]` as in `crate::gc`.

use crate::heap::{self, flags, ObjHeader, ObjRef};
use crate::objects::weakref::WeakRefData;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

/// A hasher for addresses (multiplicative; addresses are unique and aligned).
#[derive(Default)]
pub struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64 >> 4).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type Map = HashMap<usize, NonNull<ObjHeader>, BuildHasherDefault<AddrHasher>>;

struct Table(RefCell<Option<Map>>);

// SAFETY: `[GIL]` — the table is only touched by the thread holding the interpreter lock.
unsafe impl Sync for Table {}

/// Referent address → its first weak reference object.
static TABLE: Table = Table(RefCell::new(None));

fn head_of(referent: usize) -> Option<NonNull<ObjHeader>> {
    TABLE.0.borrow().as_ref()?.get(&referent).copied()
}

fn set_head(referent: usize, head: Option<NonNull<ObjHeader>>) {
    let mut t = TABLE.0.borrow_mut();
    let map = t.get_or_insert_with(Map::default);
    match head {
        Some(h) => {
            map.insert(referent, h);
        }
        None => {
            map.remove(&referent);
        }
    }
}

/// The payload of the weak reference object at `p`, reached without counting.
///
/// # Safety
/// `[WEAKLIST]`: `p` is on a list, so it is a live (or dying, not yet freed) weak reference.
unsafe fn data<'a>(p: NonNull<ObjHeader>) -> &'a WeakRefData {
    // SAFETY: by the caller; the handle is never dropped, so no count changes.
    let r = ManuallyDrop::new(unsafe { ObjRef::from_raw(p) });
    let d: &WeakRefData = r.payload::<WeakRefData>();
    // SAFETY: the payload lives as long as the object's memory, which outlives this use.
    unsafe { &*(d as *const WeakRefData) }
}

/// The referent's flag, by address.
fn set_weakrefd(referent: *const ObjHeader, on: bool) {
    if let Some(p) = NonNull::new(referent.cast_mut()) {
        // SAFETY: `[WEAKLIST]` a referent on the table is alive (or dying, not yet freed).
        heap::set_header_flag(unsafe { p.as_ref() }, flags::WEAKREFD, on);
    }
}

/// Take `d` (a weak reference's payload) off its referent's list and empty its `object`.
/// The callback stays. Nothing happens if it is not on a list.
pub fn unlink_data(d: &WeakRefData) {
    let referent = d.object.get();
    if referent.is_null() {
        return;
    }
    let prev = NonNull::new(d.prev.get().cast_mut());
    let next = NonNull::new(d.next.get().cast_mut());
    // SAFETY: `[WEAKLIST]` the neighbours are live weak references.
    unsafe {
        match prev {
            Some(p) => data(p).next.set(d.next.get()),
            None => {
                set_head(referent.addr(), next);
                if next.is_none() {
                    set_weakrefd(referent, false);
                }
            }
        }
        if let Some(n) = next {
            data(n).prev.set(d.prev.get());
        }
    }
    d.object.set(std::ptr::null());
    d.prev.set(std::ptr::null());
    d.next.set(std::ptr::null());
}

/// Link the new weak reference `wr` (not yet on a list) to `referent`: at the head of its
/// list, or right after `after` (a weak reference on the same list).
pub fn link(wr: &ObjRef, referent: &ObjRef, after: Option<&ObjRef>) {
    let d = wr.payload::<WeakRefData>();
    let me = wr.as_ptr().as_ptr().cast_const();
    let rp = referent.as_ptr().as_ptr().cast_const();
    d.object.set(rp);
    match after {
        Some(a) => {
            let ad = a.payload::<WeakRefData>();
            let n = ad.next.get();
            d.prev.set(a.as_ptr().as_ptr().cast_const());
            d.next.set(n);
            if let Some(n) = NonNull::new(n.cast_mut()) {
                // SAFETY: `[WEAKLIST]` `n` is on the list.
                unsafe { data(n).prev.set(me) };
            }
            ad.next.set(me);
        }
        None => {
            let old = head_of(rp.addr());
            d.prev.set(std::ptr::null());
            d.next
                .set(old.map_or(std::ptr::null(), |p| p.as_ptr().cast_const()));
            if let Some(o) = old {
                // SAFETY: `[WEAKLIST]` the old head is on the list.
                unsafe { data(o).prev.set(me) };
            }
            set_head(rp.addr(), Some(wr.as_ptr()));
            referent.set_flag(flags::WEAKREFD, true);
        }
    }
}

/// The weak references to `obj`, in list order, as new handles (those being freed are left
/// out).
pub fn refs_of(obj: &ObjRef) -> Vec<ObjRef> {
    let mut out = Vec::new();
    if obj.flags() & flags::WEAKREFD == 0 {
        return out;
    }
    let mut cur = head_of(obj.addr());
    while let Some(p) = cur {
        // SAFETY: `[WEAKLIST]` `p` is on the list, alive or dying but not freed.
        unsafe {
            if heap::refcnt_raw(p) > 0 {
                out.push(ObjRef::clone_from_raw(p));
            }
            cur = NonNull::new(data(p).next.get().cast_mut());
        }
    }
    out
}

/// How many weak references `obj` has (`weakref.getweakrefcount`).
pub fn count_of(obj: &ObjRef) -> usize {
    let mut n = 0;
    if obj.flags() & flags::WEAKREFD == 0 {
        return 0;
    }
    let mut cur = head_of(obj.addr());
    while let Some(p) = cur {
        n += 1;
        // SAFETY: `[WEAKLIST]`.
        cur = NonNull::new(unsafe { data(p) }.next.get().cast_mut());
    }
    n
}

/// The referent of `wr`, if it is still alive.
pub fn referent(wr: &ObjRef) -> Option<ObjRef> {
    let d = wr.downcast::<WeakRefData>()?;
    let p = NonNull::new(d.object.get().cast_mut())?;
    // SAFETY: `[WEAKLIST]` a non-null `object` is the address of a referent not yet freed.
    unsafe {
        if heap::refcnt_raw(p) == 0 {
            // Being freed: it must not come back.
            return None;
        }
        Some(ObjRef::clone_from_raw(p))
    }
}

/// The referent's address (for `repr`), if it is alive.
pub fn referent_addr(wr: &ObjRef) -> Option<usize> {
    let d = wr.downcast::<WeakRefData>()?;
    let p = d.object.get();
    (!p.is_null()).then_some(p.addr())
}

/// Clear `wr`: it no longer refers to anything; its callback stays (CPython's
/// `_PyWeakref_ClearRef`, used by the collector).
pub fn clear_ref(wr: &ObjRef) {
    if let Some(d) = wr.downcast::<WeakRefData>() {
        unlink_data(d);
    }
}

/// Whether `wr` has a callback.
pub fn has_callback(wr: &ObjRef) -> bool {
    wr.downcast::<WeakRefData>()
        .is_some_and(|d| d.callback.try_borrow().is_ok_and(|c| c.is_some()))
}

/// `wr`'s callback, if any.
pub fn callback_of(wr: &ObjRef) -> Option<ObjRef> {
    wr.downcast::<WeakRefData>()?
        .callback
        .try_borrow()
        .ok()?
        .clone()
}

/// Clear every weak reference to `obj` (callbacks stay), returning them in list order as new
/// handles (for the collector; weak references being freed are cleared but not returned).
pub fn take_all_refs(obj: &ObjRef) -> Vec<ObjRef> {
    let mut out = Vec::new();
    while let Some(p) = head_of(obj.addr()) {
        // SAFETY: `[WEAKLIST]` the head is a live (or dying) weak reference.
        unsafe {
            let d = data(p);
            unlink_data(d);
            if heap::refcnt_raw(p) > 0 {
                out.push(ObjRef::clone_from_raw(p));
            }
        }
    }
    obj.set_flag(flags::WEAKREFD, false);
    out
}

/// The object at `p` (count zero, its `__del__` done, untracked) is about to be freed: clear
/// its weak references and call their callbacks, in list order (`PyObject_ClearWeakRefs`).
pub fn on_death(p: NonNull<ObjHeader>) {
    let referent = p.as_ptr().addr();
    // The callback-less basic ref and proxy at the head go first, quietly.
    for _ in 0..2 {
        let Some(h) = head_of(referent) else { break };
        // SAFETY: `[WEAKLIST]` the head is a live (or dying) weak reference.
        let d = unsafe { data(h) };
        if !d.callback.try_borrow().is_ok_and(|c| c.is_none()) {
            break;
        }
        unlink_data(d);
    }
    let mut pending: Vec<(ObjRef, ObjRef)> = Vec::new();
    while let Some(h) = head_of(referent) {
        // SAFETY: `[WEAKLIST]`.
        let d = unsafe { data(h) };
        let cb = d.callback.try_borrow_mut().ok().and_then(|mut c| c.take());
        unlink_data(d);
        // SAFETY: as above; a weak reference whose own count is zero is being freed: its
        // callback is not called.
        if let (Some(cb), true) = (cb, unsafe { heap::refcnt_raw(h) } > 0) {
            // SAFETY: the count is positive, so the weak reference is alive.
            pending.push((unsafe { ObjRef::clone_from_raw(h) }, cb));
        }
    }
    // SAFETY: the referent's memory is valid until it is freed after this returns.
    heap::set_header_flag(unsafe { p.as_ref() }, flags::WEAKREFD, false);
    if pending.is_empty() {
        return;
    }
    let Some(h) = super::hooks() else {
        return;
    };
    for (wr, cb) in pending {
        (h.call_callback)(&cb, &wr);
    }
}
