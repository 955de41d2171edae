//! Python's built-in object types, one file per type: each holds the type's payload (the Rust
//! data behind the object header, see `crate::heap`) and its Python-exact text forms.
//! Behaviour that needs the interpreter (calls into Python code) is in `crate::vm`.
//!
//! Where to start reading: `int`, `str`, `list`, `dict` (with `hashtable`), `typeobj`.

pub mod bytes;
pub mod cell;
pub mod code;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod exception;
pub mod file;
pub mod float;
pub mod function;
pub mod generator;
pub mod hashtable;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod lookup_cache;
pub mod mappingproxy;
pub mod module;
pub mod native;
pub mod range;
pub mod set;
pub mod settable;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod typeobj;
pub mod unit;
pub mod weakref;

use crate::heap::ObjRef;
use std::cell::RefCell;

/// Visit the handle in `c` (for `traverse`). A cell that is mutably borrowed right now (the
/// collector can run during an allocation made while it is) is skipped: its handles then count
/// as references from outside, which keeps them alive, as it must.
#[inline]
pub fn visit_cell(c: &RefCell<ObjRef>, visit: &mut dyn FnMut(&ObjRef)) {
    if let Ok(v) = c.try_borrow() {
        visit(&v);
    }
}

/// Visit the handle in `c`, if any (see [`visit_cell`]).
#[inline]
pub fn visit_opt(c: &RefCell<Option<ObjRef>>, visit: &mut dyn FnMut(&ObjRef)) {
    if let Ok(v) = c.try_borrow() {
        if let Some(v) = &*v {
            visit(v);
        }
    }
}

/// The handle in `c`, made by `make` first if there is none. The new object is made outside
/// any borrow of `c`: an allocation may run the collector, which traverses `c`'s owner.
pub fn get_or_make(c: &RefCell<Option<ObjRef>>, make: impl FnOnce() -> ObjRef) -> ObjRef {
    if let Some(v) = &*c.borrow() {
        return v.clone();
    }
    let v = make();
    *c.borrow_mut() = Some(v.clone());
    v
}

/// Take the handle out of `c` (for `clear`), unless it is borrowed right now.
#[inline]
pub fn take_opt(c: &RefCell<Option<ObjRef>>) -> Option<ObjRef> {
    c.try_borrow_mut().ok().and_then(|mut v| v.take())
}
