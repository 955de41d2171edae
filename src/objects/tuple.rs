//! `tuple`: an immutable sequence; the empty tuple is a single static object.

use crate::heap::{ObjRef, PayloadOps};

pub struct TupleData {
    pub items: Box<[ObjRef]>,
}

impl Drop for TupleData {
    /// Items are released last to first, as CPython's `tupledealloc` does.
    fn drop(&mut self) {
        super::list::release_reversed(std::mem::take(&mut self.items).into_vec());
    }
}

impl PayloadOps for TupleData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        // Last to first, as CPython's `tupletraverse`.
        self.items.iter().rev().for_each(visit);
    }
    fn extra_size(&self) -> usize {
        self.items.len() * 8
    }
}
