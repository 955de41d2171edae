//! Weak reference objects: `weakref.ref` (`weakref.ReferenceType`) and its subclasses,
//! `weakref.ProxyType` and `weakref.CallableProxyType` (told apart by their type).
//!
//! A weak reference does not count as a reference to its referent: `object` is the referent's
//! address, uncounted, or null once the referent is gone. Every weak reference to an object is
//! on that object's list (the `prev`/`next` addresses of the other weak reference objects,
//! uncounted), kept by `crate::gc::weakref`, which alone follows these addresses; it empties
//! `object` when the referent dies (or is found to be cyclic garbage) and calls the callbacks.
//!
//! Instances of Python subclasses of `ref` (`WeakMethod`, `KeyedRef`) carry their attributes
//! and `__slots__` values here too, as exceptions do.

use super::instance::{slots_clear, slots_traverse, Attrs};
use crate::heap::{ObjHeader, ObjRef, PayloadOps};
use std::cell::{Cell, RefCell};

pub struct WeakRefData {
    /// The referent (not counted), null once it is gone.
    pub(crate) object: Cell<*const ObjHeader>,
    /// The neighbours on the referent's list of weak references (not counted).
    pub(crate) prev: Cell<*const ObjHeader>,
    pub(crate) next: Cell<*const ObjHeader>,
    /// Called with this weak reference when the referent dies.
    pub callback: RefCell<Option<ObjRef>>,
    /// The referent's hash, once asked for (kept after the referent dies).
    pub hash: Cell<Option<i64>>,
    /// Attributes of instances of subclasses.
    pub attrs: RefCell<Attrs>,
    /// `__slots__` values of instances of subclasses.
    pub slots: Box<[Cell<Option<ObjRef>>]>,
}

impl WeakRefData {
    /// A weak reference to nothing yet (`crate::gc::weakref` links it to its referent).
    pub fn new(callback: Option<ObjRef>, attrs: Attrs, nslots: usize) -> WeakRefData {
        WeakRefData {
            object: Cell::new(std::ptr::null()),
            prev: Cell::new(std::ptr::null()),
            next: Cell::new(std::ptr::null()),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
            attrs: RefCell::new(attrs),
            slots: super::instance::new_slots(nslots),
        }
    }

    /// Whether the referent is gone (or was cleared by the collector).
    pub fn is_dead(&self) -> bool {
        self.object.get().is_null()
    }
}

impl PayloadOps for WeakRefData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        if let Ok(cb) = self.callback.try_borrow() {
            if let Some(c) = &*cb {
                visit(c);
            }
        }
        if let Ok(a) = self.attrs.try_borrow() {
            a.traverse(visit);
        }
        slots_traverse(&self.slots, visit);
    }
    fn clear(&self) {
        // As CPython's weakref `tp_clear`: the referent link goes, and the callback.
        crate::gc::weakref::unlink_data(self);
        let cb = self
            .callback
            .try_borrow_mut()
            .ok()
            .and_then(|mut c| c.take());
        drop(cb);
        let old = self
            .attrs
            .try_borrow_mut()
            .ok()
            .map(|mut a| std::mem::replace(&mut *a, Attrs::Inline(Vec::new())));
        drop(old);
        slots_clear(&self.slots);
    }
    fn extra_size(&self) -> usize {
        self.slots.len() * std::mem::size_of::<Cell<Option<ObjRef>>>()
    }
}

impl Drop for WeakRefData {
    fn drop(&mut self) {
        // Leave the referent's list before the memory goes.
        crate::gc::weakref::unlink_data(self);
    }
}
