//! Descriptor objects: `property`, `staticmethod`, `classmethod`, and `super`.

use crate::heap::{ObjRef, PayloadOps};
use std::cell::RefCell;

pub struct PropertyData {
    pub fget: RefCell<Option<ObjRef>>,
    pub fset: RefCell<Option<ObjRef>>,
    pub fdel: RefCell<Option<ObjRef>>,
    pub doc: RefCell<Option<ObjRef>>,
}

impl PayloadOps for PropertyData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        for o in [&self.fget, &self.fset, &self.fdel, &self.doc] {
            if let Some(v) = &*o.borrow() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let v: Vec<_> = [&self.fget, &self.fset, &self.fdel, &self.doc]
            .iter()
            .map(|o| o.borrow_mut().take())
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
        if let Some(v) = &*self.func.borrow() {
            visit(v);
        }
    }
    fn clear(&self) {
        let v = self.func.borrow_mut().take();
        drop(v);
    }
}

impl PayloadOps for ClassMethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        if let Some(v) = &*self.func.borrow() {
            visit(v);
        }
    }
    fn clear(&self) {
        let v = self.func.borrow_mut().take();
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
