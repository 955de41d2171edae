//! `list`: a mutable sequence.

use crate::heap::{ObjRef, PayloadOps};
use std::cell::RefCell;

pub struct ListData {
    pub items: RefCell<Vec<ObjRef>>,
}

impl PayloadOps for ListData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        if let Ok(items) = self.items.try_borrow() {
            // Last to first, as CPython's `list_traverse` (`gc.get_referents` shows the order).
            items.iter().rev().for_each(visit);
        }
    }
    fn clear(&self) {
        let items = self
            .items
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        drop(items);
    }
    fn extra_size(&self) -> usize {
        self.items.borrow().capacity() * 8
    }
}
