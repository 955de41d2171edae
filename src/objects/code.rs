//! `code` objects: a compiled unit with its constants as heap objects (`co_consts`) and its
//! names interned. Made once from the compiler's [`CodeObject`] when code is loaded.

use crate::compile::code::CodeObject;
use crate::heap::{ObjRef, PayloadOps};
use std::cell::Cell;

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
    /// Per `co_names` entry: where `LOAD_GLOBAL` last found the name (see
    /// `vm::eval::load_global`). Positions only, no references: a stale entry is detected and
    /// costs one slow lookup.
    pub global_cache: Box<[Cell<GlobalSlot>]>,
}

/// Where a global name was found: its entry position in the globals dict, or (when it was
/// absent there, as of `globals_version` of the dict at `globals_addr`) in the builtins dict.
#[derive(Clone, Copy, Default)]
pub struct GlobalSlot {
    pub globals_pos: u32,
    pub builtins_pos: u32,
    pub globals_addr: usize,
    pub globals_version: u64,
}

/// `GlobalSlot` position meaning "not there".
pub const NO_POS: u32 = u32::MAX;

impl PayloadOps for CodeData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        self.consts.iter().for_each(visit);
    }
}
