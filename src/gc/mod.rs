//! The cyclic collector's generation lists.
//!
//! Every container (an object whose kind `is_gc()`) is linked, from allocation to
//! deallocation, onto an intrusive doubly-linked list through the [`GcHead`] placed before its
//! header. For now there is one list (generation 0) and the count of containers allocated;
//! the collection algorithm (`update_refs`, `subtract_refs`, `move_unreachable`, ...) and the
//! older generations come with the collector itself.
//!
//! Invariants: `[GIL]` the lists are only touched by the thread holding the interpreter lock;
//! `[LINKED]` a container is on exactly one list iff its TRACKED flag is set, and the list's
//! links are valid pointers to live containers' heads (or the sentinel).

#![allow(unsafe_code)] // The heap and the collector are where unsafe code lives.

use crate::heap::{self, flags, GcHead, ObjHeader, ObjRef};
use std::cell::Cell;
use std::ptr::NonNull;

/// The sentinel of a generation list, and its statistics.
struct Generation {
    head: GcHead,
    count: Cell<usize>,
}

/// The generation lists, shared by every thread under the GIL.
struct Lists {
    gen0: Generation,
}

// SAFETY: `[GIL]` — the lists are only read or written by the thread holding the interpreter
// lock, so their cells are never accessed concurrently.
unsafe impl Sync for Lists {}

static LISTS: Lists = Lists {
    gen0: Generation {
        head: GcHead {
            next: Cell::new(std::ptr::null_mut()),
            prev: Cell::new(std::ptr::null_mut()),
        },
        count: Cell::new(0),
    },
};

fn sentinel() -> *mut GcHead {
    std::ptr::addr_of!(LISTS.gen0.head) as *mut GcHead
}

/// Link a new container onto generation 0.
pub fn track(obj: &ObjRef) {
    let s = sentinel();
    // SAFETY: `[KIND]` only containers are tracked, so `gc_head` is valid; `[LINKED]` the
    // sentinel's links are null (empty list, first use) or valid heads.
    unsafe {
        let g = heap::gc_head(obj.as_ptr()).as_ptr();
        let sh = &*s;
        if sh.next.get().is_null() {
            sh.next.set(s);
            sh.prev.set(s);
        }
        let last = sh.prev.get();
        (*g).prev.set(last);
        (*g).next.set(s);
        (*last).next.set(g);
        sh.prev.set(g);
    }
    obj.set_flag(flags::TRACKED, true);
    LISTS.gen0.count.set(LISTS.gen0.count.get() + 1);
}

/// Unlink a container that is being freed.
pub fn untrack_raw(p: NonNull<ObjHeader>) {
    // SAFETY: `[LINKED]` the object is tracked, so its head and its neighbours are valid.
    unsafe {
        let g = heap::gc_head(p).as_ptr();
        let prev = (*g).prev.get();
        let next = (*g).next.get();
        (*prev).next.set(next);
        (*next).prev.set(prev);
        (*g).prev.set(std::ptr::null_mut());
        (*g).next.set(std::ptr::null_mut());
        let h = p.as_ref();
        let _ = h;
    }
    let c = LISTS.gen0.count.get();
    LISTS.gen0.count.set(c.saturating_sub(1));
}

/// Containers currently tracked (for `gc.get_count()` and the leak check).
pub fn tracked_count() -> usize {
    LISTS.gen0.count.get()
}

/// Every tracked container, as new handles (`gc.get_objects()`).
pub fn all_tracked() -> Vec<ObjRef> {
    let s = sentinel();
    let mut out = Vec::new();
    // SAFETY: `[LINKED]` walking valid links from the sentinel back to it; each head belongs to
    // a live container, so a new handle to it is sound (`[LIVE]` through its holders).
    unsafe {
        let mut g = (*s).next.get();
        while !g.is_null() && g != s {
            let h = heap::from_gc_head(NonNull::new_unchecked(g));
            out.push(ObjRef::clone_from_raw(h));
            g = (*g).next.get();
        }
    }
    out
}
