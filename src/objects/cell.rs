//! `cell`: a variable shared between a function and the closures inside it.

use crate::heap::{ObjRef, PayloadOps};
use std::cell::RefCell;

pub struct CellData {
    pub value: RefCell<Option<ObjRef>>,
}

impl PayloadOps for CellData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        super::visit_opt(&self.value, visit);
    }
    fn clear(&self) {
        let v = super::take_opt(&self.value);
        drop(v);
    }
}
