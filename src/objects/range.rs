//! `range`: start, stop and step as int objects, with a machine-word copy when they fit.

use crate::heap::{ObjRef, PayloadOps};

pub struct RangeData {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
    /// (start, stop, step, len) when all fit an i64.
    pub small: Option<(i64, i64, i64, i64)>,
}

impl PayloadOps for RangeData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}
