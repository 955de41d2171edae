//! `tuple`: an immutable sequence; the empty tuple is a single static object.

use crate::heap::{ObjRef, PayloadOps};

pub struct TupleData {
    pub items: Box<[ObjRef]>,
}

impl PayloadOps for TupleData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        self.items.iter().for_each(visit);
    }
    fn extra_size(&self) -> usize {
        self.items.len() * 8
    }
}
