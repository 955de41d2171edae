//! `dict`: an insertion-ordered mapping (see `hashtable`); operations that compare keys live in
//! `vm::dictops`, since they may call `__eq__`.

use super::hashtable::Table;
use crate::heap::{ObjRef, PayloadOps};
use std::cell::RefCell;

pub struct DictData {
    pub table: RefCell<Table<ObjRef>>,
}

impl DictData {
    pub fn new() -> DictData {
        DictData {
            table: RefCell::new(Table::default()),
        }
    }
}

impl Default for DictData {
    fn default() -> Self {
        DictData::new()
    }
}

impl PayloadOps for DictData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        if let Ok(t) = self.table.try_borrow() {
            for e in t.iter() {
                visit(&e.key);
                visit(&e.value);
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
