//! `BaseException` and its subclasses (built-in or user-defined: all instances have this payload,
//! with their attributes kept inline), and traceback entries.

use super::instance::Attrs;
use crate::heap::{ObjRef, PayloadOps};
use std::cell::{Cell, RefCell};

pub struct ExceptionData {
    /// A tuple.
    pub args: RefCell<ObjRef>,
    pub traceback: RefCell<Option<ObjRef>>,
    pub context: RefCell<Option<ObjRef>>,
    pub cause: RefCell<Option<ObjRef>>,
    pub suppress_context: Cell<bool>,
    /// `__notes__` and any other attribute set on the exception.
    pub attrs: RefCell<Attrs>,
}

impl PayloadOps for ExceptionData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        visit(&self.args.borrow());
        for o in [&self.traceback, &self.context, &self.cause] {
            if let Some(v) = &*o.borrow() {
                visit(v);
            }
        }
        self.attrs.borrow().traverse(visit);
    }
    fn clear(&self) {
        let a = self.traceback.borrow_mut().take();
        let b = self.context.borrow_mut().take();
        let c = self.cause.borrow_mut().take();
        let d = std::mem::replace(&mut *self.attrs.borrow_mut(), Attrs::Inline(Vec::new()));
        drop((a, b, c, d));
    }
}

/// One entry of a traceback: where a frame was when the exception passed through it.
pub struct TracebackData {
    pub next: RefCell<Option<ObjRef>>,
    /// The code object of the frame.
    pub code: ObjRef,
    /// Index of the instruction that raised (or called the raiser).
    pub lasti: u32,
    pub lineno: u32,
    /// The frame's globals (for `tb_frame.f_globals`).
    pub globals: ObjRef,
}

impl PayloadOps for TracebackData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        if let Some(n) = &*self.next.borrow() {
            visit(n);
        }
        visit(&self.code);
        visit(&self.globals);
    }
    fn clear(&self) {
        let n = self.next.borrow_mut().take();
        drop(n);
    }
}
