//! `code` objects: a compiled unit with its constants as heap objects (`co_consts`) and its
//! names interned. Made once from the compiler's [`CodeObject`] when code is loaded.

use crate::compile::code::CodeObject;
use crate::heap::{ObjRef, PayloadOps};

pub struct CodeData {
    pub code: Box<CodeObject>,
    /// `co_consts`: one heap object per constant (nested code objects included).
    pub consts: Box<[ObjRef]>,
    /// `co_names`, interned.
    pub names: Box<[ObjRef]>,
    /// `co_varnames`, interned.
    pub varnames: Box<[ObjRef]>,
    /// cellvars then freevars, interned.
    pub cellnames: Box<[ObjRef]>,
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub filename: ObjRef,
}

impl PayloadOps for CodeData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        self.consts.iter().for_each(visit);
    }
}
