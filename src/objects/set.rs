//! `set` and `frozenset` (told apart by their type): a hash table of keys.

use super::hashtable::Table;
use crate::heap::{ObjRef, PayloadOps};
use std::cell::RefCell;

pub struct SetData {
    pub table: RefCell<Table<()>>,
}

impl PayloadOps for SetData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        if let Ok(t) = self.table.try_borrow() {
            for e in t.iter() {
                visit(&e.key);
            }
        }
    }
    fn clear(&self) {
        let entries = self.table.try_borrow_mut().map(|mut t| t.take_all());
        drop(entries);
    }
    fn extra_size(&self) -> usize {
        self.table.borrow().heap_bytes()
    }
}
