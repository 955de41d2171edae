//! `list`: a mutable sequence.

use crate::heap::{ObjRef, PayloadOps};
use std::cell::RefCell;

pub struct ListData {
    pub items: RefCell<Vec<ObjRef>>,
}

impl PayloadOps for ListData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        self.items.borrow().iter().for_each(visit);
    }
    fn clear(&self) {
        let items = std::mem::take(&mut *self.items.borrow_mut());
        drop(items);
    }
    fn extra_size(&self) -> usize {
        self.items.borrow().capacity() * 8
    }
}
