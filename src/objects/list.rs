//! `list`: a mutable sequence.

use crate::heap::{ObjRef, PayloadOps};
use std::cell::RefCell;

pub struct ListData {
    pub items: RefCell<Vec<ObjRef>>,
}

/// Release the items last to first, as CPython's `list_dealloc` and `_list_clear` do (the order
/// in which `__del__` methods run shows it).
pub fn release_reversed(mut items: Vec<ObjRef>) {
    while let Some(item) = items.pop() {
        drop(item);
    }
}

impl Drop for ListData {
    fn drop(&mut self) {
        release_reversed(std::mem::take(self.items.get_mut()));
    }
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
        if let Ok(items) = items {
            release_reversed(items);
        }
    }
    fn extra_size(&self) -> usize {
        self.items.borrow().capacity() * 8
    }
}
