//! `mappingproxy`: the read-only view of a mapping that `C.__dict__` and `vars(C)` return for a
//! class (so a class namespace can only change through `setattr`, which keeps attribute caches
//! right). Its methods are in `vm::mappingproxy`.

use crate::heap::{ObjRef, PayloadOps};

pub struct MappingProxyData {
    /// The mapping read through (a class's namespace dict, or any mapping).
    pub mapping: ObjRef,
}

impl PayloadOps for MappingProxyData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        visit(&self.mapping);
    }
}
