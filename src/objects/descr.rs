//! Descriptor objects: `property`, `staticmethod`, `classmethod`, `super`, and the member
//! descriptors classes get for their instances' layout (`getset_descriptor` for `__dict__` and
//! `__weakref__`, `member_descriptor` for each `__slots__` entry).

use crate::heap::{ObjRef, PayloadOps};
use std::cell::RefCell;

pub struct PropertyData {
    pub fget: RefCell<Option<ObjRef>>,
    pub fset: RefCell<Option<ObjRef>>,
    pub fdel: RefCell<Option<ObjRef>>,
    pub doc: RefCell<Option<ObjRef>>,
    /// The attribute name `__set_name__` gave it (its errors name it), if any.
    pub name: RefCell<Option<ObjRef>>,
}

impl PayloadOps for PropertyData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        for o in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            super::visit_opt(o, visit);
        }
    }
    fn clear(&self) {
        let v: Vec<_> = [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name]
            .iter()
            .map(|o| super::take_opt(o))
            .collect();
        drop(v);
    }
}

/// `staticmethod(f)` and `classmethod(f)` wrap one callable.
pub struct StaticMethodData {
    pub func: RefCell<Option<ObjRef>>,
}

pub struct ClassMethodData {
    pub func: RefCell<Option<ObjRef>>,
}

impl PayloadOps for StaticMethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        super::visit_opt(&self.func, visit);
    }
    fn clear(&self) {
        let v = super::take_opt(&self.func);
        drop(v);
    }
}

impl PayloadOps for ClassMethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        super::visit_opt(&self.func, visit);
    }
    fn clear(&self) {
        let v = super::take_opt(&self.func);
        drop(v);
    }
}

/// `super(type, obj)`: look attributes up in the MRO of `obj_type` after `ty`.
pub struct SuperData {
    pub ty: ObjRef,
    pub obj: Option<ObjRef>,
    pub obj_type: Option<ObjRef>,
}

impl PayloadOps for SuperData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        visit(&self.ty);
        if let Some(o) = &self.obj {
            visit(o);
        }
        if let Some(t) = &self.obj_type {
            visit(t);
        }
    }
}

/// What a member descriptor reaches in an instance.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Member {
    /// The instance's `__dict__` (for the metatype's own entry: a class's namespace proxy).
    Dict,
    /// The instance's `__weakref__`.
    Weakref,
    /// Slot storage cell `n` (a `__slots__` entry).
    Slot(usize),
}

/// A `getset_descriptor` (`__dict__`, `__weakref__`) or `member_descriptor` (a slot).
///
/// The owner class is held strongly, as CPython's `d_type`: the descriptor lives in the
/// owner's own namespace, so a class with such descriptors is a reference cycle through them
/// (as in CPython, where its `__mro__` makes it one anyway).
pub struct MemberDescrData {
    /// The attribute name (a str).
    pub name: ObjRef,
    /// The class whose instances the descriptor serves (`__objclass__`).
    pub owner: ObjRef,
    pub member: Member,
}

impl PayloadOps for MemberDescrData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        visit(&self.owner);
        visit(&self.name);
    }
}
