//! Functions: Python functions (code + globals + defaults + closure), built-in functions
//! (Rust code), and bound methods.

use crate::heap::{ObjRef, PayloadOps};
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

pub struct FunctionData {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<ObjRef>,
    pub qualname: RefCell<ObjRef>,
    /// A tuple, or None.
    pub defaults: RefCell<Option<ObjRef>>,
    /// A dict, or None.
    pub kwdefaults: RefCell<Option<ObjRef>>,
    /// A tuple of cells.
    pub closure: Option<ObjRef>,
    pub doc: RefCell<ObjRef>,
    pub module: RefCell<ObjRef>,
    /// `__annotations__` (a dict), created on demand.
    pub annotations: RefCell<Option<ObjRef>>,
    /// `__dict__` (a dict), created on demand.
    pub dict: RefCell<Option<ObjRef>>,
}

impl PayloadOps for FunctionData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        visit(&self.code);
        visit(&self.globals);
        visit(&self.builtins);
        super::visit_cell(&self.name, visit);
        super::visit_cell(&self.qualname, visit);
        for o in [
            &self.defaults,
            &self.kwdefaults,
            &self.annotations,
            &self.dict,
        ] {
            super::visit_opt(o, visit);
        }
        if let Some(c) = &self.closure {
            visit(c);
        }
        super::visit_cell(&self.doc, visit);
        super::visit_cell(&self.module, visit);
    }
    fn clear(&self) {
        let a = super::take_opt(&self.defaults);
        let b = super::take_opt(&self.kwdefaults);
        let c = super::take_opt(&self.annotations);
        let d = super::take_opt(&self.dict);
        drop((a, b, c, d));
    }
}

/// The Rust signature of a built-in function or method.
pub type BuiltinFn = fn(&mut Vm, Args) -> PyResult<ObjRef>;

pub struct BuiltinData {
    pub name: &'static str,
    pub func: BuiltinFn,
    /// The object a built-in method is bound to (passed as the first argument), if any.
    pub bound: Option<ObjRef>,
    /// For methods of a type: the type's name (for `qualname` and error messages).
    pub owner: Option<&'static str>,
    pub doc: Option<&'static str>,
}

impl PayloadOps for BuiltinData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        if let Some(b) = &self.bound {
            visit(b);
        }
    }
}

/// A bound method: a function and the object it was looked up on.
pub struct MethodData {
    pub func: ObjRef,
    pub this: ObjRef,
}

impl PayloadOps for MethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        visit(&self.func);
        visit(&self.this);
    }
}
