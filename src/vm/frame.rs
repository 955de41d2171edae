//! Frames: the state of one executing code object — its value stack, fast locals, cells,
//! namespaces, and position.

use crate::heap::ObjRef;
use crate::objects::code::CodeData;

pub struct Frame {
    /// The code object being run (kind `Code`).
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The locals dict of module and class bodies (`None` for functions, which use `fast`).
    pub locals: Option<ObjRef>,
    /// Local variables by index (`co_varnames`); `None` = unbound.
    pub fast: Vec<Option<ObjRef>>,
    /// Cells for `co_cellvars` then `co_freevars`.
    pub cells: Vec<ObjRef>,
    /// The value stack.
    pub stack: Vec<ObjRef>,
    /// Index of the next instruction.
    pub pc: usize,
    /// The function being run, if any (for `super()` and generator names).
    pub func: Option<ObjRef>,
}

impl Frame {
    pub fn code(&self) -> &CodeData {
        self.code.payload::<CodeData>()
    }

    /// Visit every reference the frame holds (for a suspended generator's traverse).
    pub fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        visit(&self.code);
        visit(&self.globals);
        visit(&self.builtins);
        if let Some(l) = &self.locals {
            visit(l);
        }
        self.fast.iter().flatten().for_each(&mut *visit);
        self.cells.iter().for_each(&mut *visit);
        self.stack.iter().for_each(&mut *visit);
        if let Some(f) = &self.func {
            visit(f);
        }
    }
}
