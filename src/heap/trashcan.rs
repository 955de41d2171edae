//! Deallocation in bounded Rust stack, and finalizers (CPython's trashcan and `tp_finalize`).
//!
//! When a count reaches zero, [`release`] frees the object at once unless deallocations are
//! already nested [`UNWIND_LEVEL`] deep on this thread: then the object is queued, and the
//! outermost `release` frees the queue. Freeing a 1,000,000-long chain of objects thus uses a
//! constant amount of Rust stack.
//!
//! Before an object is freed, its finalizer runs if its type has one (a `__del__`): the VM
//! registers [`set_finalizer_hook`]. The object is resurrected for the call (count 1); if the
//! finalizer stored a new reference to it, the count stays above zero and the object lives on
//! (PEP 442); it is marked finalized either way, so `__del__` runs at most once.

use super::{flags, free_object, ObjHeader, ObjRef};
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// Nesting depth past which deallocations are queued (CPython: `_PyTrash_UNWIND_LEVEL` = 50).
const UNWIND_LEVEL: u32 = 50;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static QUEUE: RefCell<Vec<NonNull<ObjHeader>>> = const { RefCell::new(Vec::new()) };
}

/// Asks whether an object needs finalizing (its type defines `__del__`) and runs it.
pub type FinalizerHook = fn(&ObjRef);
/// Whether an object's type has a finalizer; consulted only for finalizable kinds.
pub type HasFinalizer = fn(&ObjRef) -> bool;

static HOOKS: std::sync::OnceLock<(HasFinalizer, FinalizerHook)> = std::sync::OnceLock::new();

/// Register the VM's finalizer support (once, at interpreter start-up).
pub fn set_finalizer_hook(has: HasFinalizer, run: FinalizerHook) {
    let _ = HOOKS.set((has, run));
}

/// The count of `p` reached zero: finalize, then free it now or queue it.
pub(super) fn release(p: NonNull<ObjHeader>) {
    // SAFETY: the memory is valid until freed; the count is zero.
    let h = unsafe { p.as_ref() };
    // The temporaries of arithmetic: no flags (untracked, never weakly referenced).
    if h.flags.get() == 0 {
        match h.kind {
            super::Kind::Float => {
                // SAFETY: a float with no flags, count zero, no handle left.
                unsafe { super::free_plain_float(p) };
                return;
            }
            super::Kind::Int => {
                // SAFETY: an int with no flags, count zero, no handle left.
                unsafe { super::free_plain_int(p) };
                return;
            }
            _ => {}
        }
    }
    if h.kind.is_leaf() {
        // SAFETY: the count is zero and no handle remains; a leaf frees no other object
        // (except possibly its type, whose release goes through here again).
        unsafe { free_object(p) };
        return;
    }
    if !finalize(p) {
        return; // resurrected
    }
    // Off the collector's lists before anything else runs (weak reference callbacks, other
    // finalizers): a collection must never see an object whose count is zero.
    // SAFETY: the memory is valid until freed.
    if unsafe { p.as_ref() }.flags.get() & flags::TRACKED != 0 {
        crate::gc::untrack_raw(p);
    }
    let depth = DEPTH.with(|d| d.get());
    if depth >= UNWIND_LEVEL {
        QUEUE.with(|q| q.borrow_mut().push(p));
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: the count is zero and no handle remains (the last one was just dropped).
    unsafe { free_object(p) };
    if depth == 0 {
        while let Some(next) = QUEUE.with(|q| q.borrow_mut().pop()) {
            // SAFETY: queued objects have a zero count and no handles.
            unsafe { free_object(next) };
        }
    }
    DEPTH.with(|d| d.set(depth));
}

/// Run the object's finalizer if it has one and has not run yet. Returns false if the object
/// was resurrected (its count is above zero afterwards).
fn finalize(p: NonNull<ObjHeader>) -> bool {
    let Some((has, run)) = HOOKS.get() else {
        return true;
    };
    // SAFETY: the memory is valid until freed; the count is zero.
    let h = unsafe { p.as_ref() };
    let finalizable = is_finalizable_kind(h.kind);
    if h.flags.get() & flags::FINALIZED != 0 || !finalizable {
        return true;
    }
    // Resurrect for the call: a fresh handle with count 1.
    h.refcnt.set(1);
    // SAFETY: the object is valid and now counted once, by this handle.
    let obj = unsafe { ObjRef::from_raw(p) };
    if !has(&obj) {
        h.refcnt.set(0);
        std::mem::forget(obj);
        return true;
    }
    obj.set_flag(flags::FINALIZED, true);
    run(&obj);
    let n = h.refcnt.get() - 1;
    h.refcnt.set(n);
    std::mem::forget(obj);
    n == 0
}

/// Kinds whose objects may have a finalizer (instances of classes, generators).
fn is_finalizable_kind(k: super::Kind) -> bool {
    matches!(
        k,
        super::Kind::Instance
            | super::Kind::Generator
            | super::Kind::Exception
            | super::Kind::WeakRef
    )
}

/// Whether `obj` has a finalizer that has not run yet.
pub(super) fn has_finalizer(obj: &ObjRef) -> bool {
    if obj.flags() & flags::FINALIZED != 0 || !is_finalizable_kind(obj.kind()) {
        return false;
    }
    HOOKS.get().is_some_and(|(has, _)| has(obj))
}

/// Run `obj`'s finalizer (the caller marked it FINALIZED and holds a handle).
pub(super) fn run_finalizer(obj: &ObjRef) {
    if let Some((_, run)) = HOOKS.get() {
        run(obj);
    }
}
