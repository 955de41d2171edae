//! Instances of classes: `object()` itself, and instances of user classes with their attributes.
//!
//! As CPython 3.11 keeps instance attribute values inline until `__dict__` is asked for, an
//! instance stores its attributes in [`Attrs::Inline`] (no separate dict object; so
//! `gc.collect()` counts one object per instance); reading `obj.__dict__` turns it into
//! [`Attrs::Dict`], a real dict object, for good.
//! Instances of subclasses of built-in types (`class L(list)`) carry their built-in value in
//! `base`, a hidden object of the built-in type that holds the data.

use crate::heap::ObjRef;
use crate::heap::PayloadOps;
use std::cell::RefCell;

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
    pub attrs: RefCell<Attrs>,
    /// Values of `__slots__` entries, in the class's slot order.
    pub slots: Box<[RefCell<Option<ObjRef>>]>,
    /// The built-in value of an instance of a subclass of a built-in type.
    pub base: RefCell<Option<ObjRef>>,
    /// Weak references to this object (see `gc`), if any.
    pub weaklist: RefCell<Option<ObjRef>>,
}

impl PayloadOps for InstanceData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        self.attrs.borrow().traverse(visit);
        for s in self.slots.iter() {
            if let Some(v) = &*s.borrow() {
                visit(v);
            }
        }
        if let Some(b) = &*self.base.borrow() {
            visit(b);
        }
    }
    fn clear(&self) {
        let old = std::mem::replace(&mut *self.attrs.borrow_mut(), Attrs::Inline(Vec::new()));
        drop(old);
        for s in self.slots.iter() {
            let v = s.borrow_mut().take();
            drop(v);
        }
        let b = self.base.borrow_mut().take();
        drop(b);
    }
    fn extra_size(&self) -> usize {
        self.slots.len() * std::mem::size_of::<RefCell<Option<ObjRef>>>()
    }
}
