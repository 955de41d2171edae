//! `BaseException` and its subclasses (built-in or user-defined: all instances have this payload,
//! with their attributes kept inline), and traceback entries.
//!
//! `OSError` and its subclasses also carry [`OsErrorFields`] (`errno`, `strerror`, `filename`,
//! `filename2`, `characters_written`): set by `OSError.__init__`, which leaves only
//! `(errno, strerror)` in `args` when a filename is given, as CPython's `oserror_init`.

use super::instance::{new_slots, slots_clear, slots_traverse, Attrs};
use super::typeobj::TypeData;
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
    /// `__slots__` values of a user subclass that defines them.
    pub slots: Box<[Cell<Option<ObjRef>>]>,
    /// The fields of an `OSError`, once its `__init__` set them.
    pub os: RefCell<Option<Box<OsErrorFields>>>,
    /// Leaving the frames of the calls it was raised in: its `__context__` was set where it
    /// was raised (as CPython sets it at the raise only), so the frames it passes through on
    /// its way out leave it alone. Cleared when a handler catches it.
    pub propagating: Cell<bool>,
}

/// CPython's `PyOSErrorObject` fields; `None` is C's NULL (read as `None`).
#[derive(Default)]
pub struct OsErrorFields {
    pub errno: Option<ObjRef>,
    pub strerror: Option<ObjRef>,
    pub filename: Option<ObjRef>,
    pub filename2: Option<ObjRef>,
    /// `BlockingIOError`'s characters written (-1: not set).
    pub written: i64,
}

impl OsErrorFields {
    fn refs(&self) -> [&Option<ObjRef>; 4] {
        [&self.errno, &self.strerror, &self.filename, &self.filename2]
    }
}

impl ExceptionData {
    /// The payload of a new exception of type `ty` with these `args` (a tuple).
    pub fn new(ty: &ObjRef, args: ObjRef) -> ExceptionData {
        let nslots = ty.downcast::<TypeData>().map_or(0, |t| t.extra.nslots);
        ExceptionData {
            args: RefCell::new(args),
            traceback: RefCell::new(None),
            context: RefCell::new(None),
            cause: RefCell::new(None),
            suppress_context: Cell::new(false),
            attrs: RefCell::new(Attrs::Inline(Vec::new())),
            slots: new_slots(nslots),
            os: RefCell::new(None),
            propagating: Cell::new(false),
        }
    }
}

impl PayloadOps for ExceptionData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        super::visit_cell(&self.args, visit);
        for o in [&self.traceback, &self.context, &self.cause] {
            super::visit_opt(o, visit);
        }
        if let Ok(a) = self.attrs.try_borrow() {
            a.traverse(visit);
        }
        slots_traverse(&self.slots, visit);
        if let Ok(os) = self.os.try_borrow() {
            if let Some(os) = &*os {
                os.refs().into_iter().flatten().for_each(&mut *visit);
            }
        }
    }
    fn clear(&self) {
        let a = super::take_opt(&self.traceback);
        let b = super::take_opt(&self.context);
        let c = super::take_opt(&self.cause);
        let d = self
            .attrs
            .try_borrow_mut()
            .map(|mut a| std::mem::replace(&mut *a, Attrs::Inline(Vec::new())));
        let e = self.os.try_borrow_mut().ok().and_then(|mut o| o.take());
        drop((a, b, c, d, e));
        slots_clear(&self.slots);
    }
    fn extra_size(&self) -> usize {
        self.slots.len() * std::mem::size_of::<Cell<Option<ObjRef>>>()
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
        super::visit_opt(&self.next, visit);
        visit(&self.code);
        visit(&self.globals);
    }
    fn clear(&self) {
        let n = super::take_opt(&self.next);
        drop(n);
    }
}
