//! The float free list (CPython keeps one too): the memory of a freed float is kept, up to
//! [`MAX_FREE`] blocks per thread, and reused for the next float, skipping the allocator on
//! both ends. Arithmetic on floats makes and drops one object per operation, so this is the
//! hottest allocation in numeric code.

use super::{ObjBox, ObjHeader};
use crate::objects::float::FloatData;
use std::cell::RefCell;
use std::ptr::NonNull;

/// Blocks kept per thread (CPython's `PyFloat_MAXFREELIST`).
const MAX_FREE: usize = 100;

/// Freed float blocks: allocations of `ObjBox<FloatData>` whose contents were dropped.
struct FreeFloats(Vec<NonNull<ObjBox<FloatData>>>);

impl Drop for FreeFloats {
    fn drop(&mut self) {
        for p in self.0.drain(..) {
            // SAFETY: each block was allocated as a `Box<ObjBox<FloatData>>` and holds no live
            // object (its fields have no destructors); freeing it returns the memory.
            drop(unsafe { Box::from_raw(p.as_ptr()) });
        }
    }
}

thread_local! {
    static FREE_FLOATS: RefCell<FreeFloats> = const { RefCell::new(FreeFloats(Vec::new())) };
}

/// A block for a new float, if one is kept.
#[inline]
pub(super) fn take_float() -> Option<NonNull<ObjBox<FloatData>>> {
    FREE_FLOATS.with(|f| f.borrow_mut().0.pop())
}

/// Keep the block of a float being freed (its payload and type reference already released);
/// false when the list is full and the caller must free it.
///
/// # Safety
/// `p` is the header of a float object allocated by `alloc_with` as a `Box<ObjBox<FloatData>>`
/// whose count is zero and to which nothing refers any more.
#[inline]
pub(super) unsafe fn keep_float(p: NonNull<ObjHeader>) -> bool {
    FREE_FLOATS.with(|f| {
        let mut f = f.borrow_mut();
        if f.0.len() >= MAX_FREE {
            return false;
        }
        f.0.push(p.cast::<ObjBox<FloatData>>());
        true
    })
}
