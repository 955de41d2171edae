//! The float free list (CPython keeps one too): the memory of a freed float is kept, up to
//! [`MAX_FREE`] blocks per thread, and reused for the next float, skipping the allocator on
//! both ends. Arithmetic on floats makes and drops one object per operation, so this is the
//! hottest allocation in numeric code.
//!
//! The list is a fixed array of cells and a count in plain (destructor-free) thread-locals, so
//! taking and keeping a block costs a few instructions; the blocks still kept when a thread
//! ends are freed by a separate guard, registered the first time the thread keeps one.

use super::{ObjBox, ObjHeader};
use crate::objects::float::FloatData;
use std::cell::Cell;
use std::ptr::NonNull;

/// Blocks kept per thread (CPython's `PyFloat_MAXFREELIST`).
const MAX_FREE: usize = 100;

type Block = NonNull<ObjBox<FloatData>>;

thread_local! {
    /// Freed float blocks (allocations of `ObjBox<FloatData>` whose contents were dropped):
    /// the first `COUNT` entries.
    static BLOCKS: [Cell<Option<Block>>; MAX_FREE] = const { [const { Cell::new(None) }; MAX_FREE] };
    static COUNT: Cell<usize> = const { Cell::new(0) };
    /// This thread's [`Guard`] is registered.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    static GUARD: Guard = const { Guard };
}

/// Frees the blocks a thread still keeps when it ends.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        // Floats freed after this (by later thread-local destructors) are not kept.
        GUARDED.with(|g| g.set(false));
        let n = COUNT.with(|c| c.replace(0));
        BLOCKS.with(|b| {
            for slot in &b[..n] {
                if let Some(p) = slot.take() {
                    // SAFETY: each kept block was allocated as a `Box<ObjBox<FloatData>>` and
                    // holds no live object (its fields have no destructors); freeing it returns
                    // the memory.
                    drop(unsafe { Box::from_raw(p.as_ptr()) });
                }
            }
        });
    }
}

/// A block for a new float, if one is kept.
#[inline]
pub(super) fn take_float() -> Option<Block> {
    let n = COUNT.with(Cell::get);
    if n == 0 {
        return None;
    }
    COUNT.with(|c| c.set(n - 1));
    BLOCKS.with(|b| b.get(n - 1).and_then(Cell::take))
}

/// Keep the block of a float being freed (its payload and type reference already released);
/// false when the list is full and the caller must free it.
///
/// # Safety
/// `p` is the header of a float object allocated by `alloc_with` as a `Box<ObjBox<FloatData>>`
/// whose count is zero and to which nothing refers any more.
#[inline]
pub(super) unsafe fn keep_float(p: NonNull<ObjHeader>) -> bool {
    let n = COUNT.with(Cell::get);
    if n >= MAX_FREE {
        return false;
    }
    if n == 0 && !GUARDED.with(Cell::get) {
        // Touching the guard registers its destructor; a thread already being torn down
        // cannot register one, and then the block is not kept.
        if GUARD.try_with(|_| ()).is_err() {
            return false;
        }
        GUARDED.with(|g| g.set(true));
    }
    BLOCKS.with(|b| b[n].set(Some(p.cast::<ObjBox<FloatData>>())));
    COUNT.with(|c| c.set(n + 1));
    true
}
