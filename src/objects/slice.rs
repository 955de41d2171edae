//! `slice` objects.

use crate::heap::{ObjRef, PayloadOps};

pub struct SliceData {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
}

impl PayloadOps for SliceData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}
