//! Weak handles: references that do not keep their object alive, and find out when it is gone.
//!
//! An object that can be weakly referenced carries a [`WeakAnchor`] inside its own payload. Once
//! the object is allocated, [`arm`] points the anchor at it; [`downgrade`] hands out [`WeakRef`]s
//! that share the anchor's cell. When the payload is dropped (the object is being freed), the
//! anchor's `Drop` empties the cell, so every `WeakRef` sees the object as gone before its
//! memory is returned. [`WeakRef::upgrade`] also refuses an object whose count is zero (one that
//! is being freed, or waits in the trashcan queue), so it never revives a dying object.
//!
//! Used where CPython keeps weak references internally: a class's `__subclasses__()` list, and
//! the owner class of the `__dict__`/`__weakref__`/slot descriptors in its own namespace (a strong
//! reference there would make every class a reference cycle).
//!
//! Invariant `[ANCHOR]`: an armed anchor's cell holds the address of the object whose payload
//! contains that anchor, and is emptied when the anchor is dropped (with the payload, before the
//! memory is freed). `[GIL]` makes the cell's relaxed atomics race-free in practice; atomics are
//! used only so that the handles are `Send` without further assertions.

use super::{ObjHeader, ObjRef, Payload};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Arc;

/// The cell inside an object's payload that its weak handles share.
#[derive(Default)]
pub struct WeakAnchor(Arc<AtomicPtr<ObjHeader>>);

impl WeakAnchor {
    /// Mark the object as gone early (it is garbage being cleared by the collector).
    pub fn detach(&self) {
        self.0.store(std::ptr::null_mut(), Ordering::Relaxed);
    }
}

impl Drop for WeakAnchor {
    fn drop(&mut self) {
        self.detach();
    }
}

/// A payload type that carries a [`WeakAnchor`].
///
/// # Safety
/// `weak_anchor` must return an anchor stored in `self` (a field of the payload, not behind a
/// cell that could move it out), so that it is dropped exactly when the payload is: `[ANCHOR]`.
pub unsafe trait HasWeakAnchor: Payload {
    fn weak_anchor(&self) -> &WeakAnchor;
}

// SAFETY: `[ANCHOR]` the anchor is a plain field of the type's payload (`TypeData::extra`).
unsafe impl HasWeakAnchor for crate::objects::typeobj::TypeData {
    fn weak_anchor(&self) -> &WeakAnchor {
        &self.extra.anchor
    }
}

/// Point `obj`'s anchor at `obj` (once it is allocated), so it can be weakly referenced.
pub fn arm<T: HasWeakAnchor>(obj: &ObjRef) {
    if let Some(p) = obj.downcast::<T>() {
        p.weak_anchor()
            .0
            .store(obj.as_ptr().as_ptr(), Ordering::Relaxed);
    }
}

/// A weak handle to `obj`, if its payload is a `T` with an armed anchor.
pub fn downgrade<T: HasWeakAnchor>(obj: &ObjRef) -> Option<WeakRef> {
    let a = &obj.downcast::<T>()?.weak_anchor().0;
    (a.load(Ordering::Relaxed) == obj.as_ptr().as_ptr()).then(|| WeakRef(a.clone()))
}

/// A reference that does not keep its object alive.
#[derive(Clone)]
pub struct WeakRef(Arc<AtomicPtr<ObjHeader>>);

impl WeakRef {
    /// A strong handle to the object, or `None` once it is gone (or being freed).
    pub fn upgrade(&self) -> Option<ObjRef> {
        let p = NonNull::new(self.0.load(Ordering::Relaxed))?;
        // SAFETY: `[ANCHOR]` the cell is non-empty, so the payload holding the anchor has not
        // been dropped and the object's memory is still valid to read.
        let h = unsafe { p.as_ref() };
        if h.refcnt.get() == 0 {
            return None;
        }
        // SAFETY: the memory is valid (above) and the count is positive, so the object is live
        // through other handles (`[LIVE]`); taking one more is sound.
        Some(unsafe { ObjRef::clone_from_raw(p) })
    }

    /// Whether the object is still alive.
    pub fn is_alive(&self) -> bool {
        self.upgrade().is_some()
    }

    /// Whether this handle refers to `obj` (compares addresses only).
    pub fn refers_to(&self, obj: &ObjRef) -> bool {
        self.0.load(Ordering::Relaxed) == obj.as_ptr().as_ptr()
    }
}
