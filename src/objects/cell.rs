//! `cell`: a variable shared between a function and the closures inside it.

use crate::heap::{ObjRef, PayloadOps};
use std::cell::RefCell;

pub struct CellData {
    pub value: RefCell<Option<ObjRef>>,
}

impl PayloadOps for CellData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        if let Some(v) = &*self.value.borrow() {
            visit(v);
        }
    }
    fn clear(&self) {
        let v = self.value.borrow_mut().take();
        drop(v);
    }
}
