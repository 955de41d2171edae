//! `module` objects: a namespace dict.

use crate::heap::{ObjRef, PayloadOps};

pub struct ModuleData {
    pub dict: ObjRef,
}

impl PayloadOps for ModuleData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        visit(&self.dict);
    }
}
