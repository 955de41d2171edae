//! Generators: a suspended frame, resumed by `next`/`send`/`throw`, finished by `close`.

use crate::heap::{ObjRef, PayloadOps};
use crate::vm::frame::Frame;
use std::cell::{Cell, RefCell};

pub struct GeneratorData {
    /// The suspended frame; `None` once the generator has finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    /// Executing right now (re-entering is "generator already executing").
    pub running: Cell<bool>,
    pub name: RefCell<ObjRef>,
    pub qualname: RefCell<ObjRef>,
    /// The code object (kept after the frame is gone, for `gi_code`).
    pub code: ObjRef,
    /// Started (the first `send` must then be None).
    pub started: Cell<bool>,
    /// The exception the suspended frame is handling (CPython's `gi_exc_state`): it leaves
    /// the thread's exception state at a `yield` and comes back when the generator resumes.
    pub exc_state: RefCell<Option<ObjRef>>,
}

impl PayloadOps for GeneratorData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        visit(&self.code);
        super::visit_cell(&self.name, visit);
        super::visit_cell(&self.qualname, visit);
        if let Ok(e) = self.exc_state.try_borrow() {
            if let Some(e) = &*e {
                visit(e);
            }
        }
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(f) = &*f {
                f.traverse(visit);
            }
        }
    }
    fn clear(&self) {
        let f = self.frame.try_borrow_mut().ok().and_then(|mut f| f.take());
        drop(f);
        let e = self
            .exc_state
            .try_borrow_mut()
            .ok()
            .and_then(|mut e| e.take());
        drop(e);
    }
}
