//! `set` and `frozenset` (told apart by their type): a [`SetTable`] of keys in CPython's slot
//! layout, and a frozenset's cached hash. Operations that compare keys (and may run `__eq__`)
//! are in `vm::setops`; the set algebra is in `vm::builtins_sets`.

pub use super::settable::SetTable;
use crate::heap::{ObjRef, PayloadOps};
use std::cell::{Cell, RefCell};

pub struct SetData {
    pub table: RefCell<SetTable>,
    /// A frozenset's hash once computed (-1: not yet), as CPython's `so->hash`.
    pub hash: Cell<i64>,
}

impl SetData {
    pub fn new() -> SetData {
        SetData {
            table: RefCell::new(SetTable::new()),
            hash: Cell::new(-1),
        }
    }
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

impl PayloadOps for SetData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        let Ok(t) = self.table.try_borrow() else {
            return;
        };
        for (_, k) in t.iter() {
            visit(k);
        }
    }
    fn clear(&self) {
        let slots = self.table.try_borrow_mut().map(|mut t| t.take_all());
        drop(slots);
    }
    fn extra_size(&self) -> usize {
        self.table.try_borrow().map_or(0, |t| t.heap_bytes())
    }
}
