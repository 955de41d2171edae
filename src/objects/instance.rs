//! Instances of classes: `object()` itself, and instances of user classes with their attributes.
//!
//! As CPython 3.11 keeps instance attribute values inline until `__dict__` is asked for, an
//! instance stores its attributes in [`Attrs::Inline`] (no separate dict object; so
//! `gc.collect()` counts one object per instance); reading `obj.__dict__` turns it into
//! [`Attrs::Dict`], a real dict object, for good.
//! Instances of subclasses of built-in types (`class L(list)`) carry their built-in value in
//! `base`, a hidden object of the built-in type that holds the data.
//! Values of `__slots__` live in `slots`, one cell per slot of the class layout (its own and its
//! bases'), reached through the member descriptors in the class namespaces (`vm::members`);
//! instances of a class without `__dict__` have [`Attrs::None`].

use crate::heap::ObjRef;
use crate::heap::PayloadOps;
use std::cell::{Cell, RefCell};

/// `object()`.
pub struct ObjectData;

impl PayloadOps for ObjectData {}

/// Attribute storage of an instance.
pub enum Attrs {
    /// (interned name, value) pairs in insertion order.
    Inline(Vec<(ObjRef, ObjRef)>),
    /// A dict object (after `__dict__` was requested, or assigned).
    Dict(ObjRef),
    /// The class has `__slots__` without `__dict__`.
    None,
}

impl Attrs {
    pub fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        match self {
            Attrs::Inline(v) => v.iter().for_each(|(k, val)| {
                visit(k);
                visit(val);
            }),
            Attrs::Dict(d) => visit(d),
            Attrs::None => {}
        }
    }
}

pub struct InstanceData {
    /// Values of `__slots__` entries, in the class layout's order (see [`slot_get`]). Declared
    /// first: they are released before the attributes, as CPython's `subtype_dealloc` does.
    pub slots: Box<[Cell<Option<ObjRef>>]>,
    pub attrs: RefCell<Attrs>,
    /// The built-in value of an instance of a subclass of a built-in type.
    pub base: RefCell<Option<ObjRef>>,
}

impl PayloadOps for InstanceData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        if let Ok(a) = self.attrs.try_borrow() {
            a.traverse(visit);
        }
        slots_traverse(&self.slots, visit);
        super::visit_opt(&self.base, visit);
    }
    fn clear(&self) {
        let old = self
            .attrs
            .try_borrow_mut()
            .map(|mut a| std::mem::replace(&mut *a, Attrs::Inline(Vec::new())));
        drop(old);
        slots_clear(&self.slots);
        let b = super::take_opt(&self.base);
        drop(b);
    }
    fn extra_size(&self) -> usize {
        // The slot cells, and the inline attribute pairs' buffer (a dict, once made, is an object
        // of its own, as in CPython).
        let inline = match &*self.attrs.borrow() {
            Attrs::Inline(v) => v.capacity() * std::mem::size_of::<(ObjRef, ObjRef)>(),
            _ => 0,
        };
        self.slots.len() * std::mem::size_of::<Cell<Option<ObjRef>>>() + inline
    }
}

/// Fresh (empty) slot storage for `n` slots.
pub fn new_slots(n: usize) -> Box<[Cell<Option<ObjRef>>]> {
    (0..n).map(|_| Cell::new(None)).collect()
}

/// The value in slot `i`, if set (an index past the storage reads as unset).
pub fn slot_get(slots: &[Cell<Option<ObjRef>>], i: usize) -> Option<ObjRef> {
    let c = slots.get(i)?;
    let v = c.take();
    let r = v.clone();
    c.set(v);
    r
}

/// Store (or, with `None`, clear) slot `i`; returns the old value, for the caller to drop
/// (dropping it may run a finalizer). `Err` when the storage has no slot `i`.
pub fn slot_set(
    slots: &[Cell<Option<ObjRef>>],
    i: usize,
    value: Option<ObjRef>,
) -> Result<Option<ObjRef>, Option<ObjRef>> {
    match slots.get(i) {
        Some(c) => Ok(c.replace(value)),
        None => Err(value),
    }
}

/// Visit the values of slot storage.
pub fn slots_traverse(slots: &[Cell<Option<ObjRef>>], visit: &mut dyn FnMut(&ObjRef)) {
    for c in slots {
        let v = c.take();
        if let Some(o) = &v {
            visit(o);
        }
        c.set(v);
    }
}

/// Drop the values of slot storage (each after it is out of its cell).
pub fn slots_clear(slots: &[Cell<Option<ObjRef>>]) {
    for c in slots {
        let v = c.take();
        drop(v);
    }
}
