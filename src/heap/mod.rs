//! The heap: every Python value is an object here, reached through a refcounted handle.
//!
//! # The contract (see ../shared/DESIGN.md, "The heap")
//!
//! An object is an [`ObjHeader`] followed by its payload, allocated at its exact size through
//! the global allocator (mimalloc). The header is 16 bytes, like CPython's `PyObject`:
//! a reference count, the payload's [`Kind`] (which Rust type follows the header), flags, and
//! a pointer to the object's Python type (itself a heap object). Objects that can hold
//! references to other objects ("containers") carry 16 more bytes *before* the header: the
//! links of their collector generation list ([`GcHead`]), as CPython's `PyGC_Head`.
//!
//! An [`ObjRef`] is one pointer to a header. Cloning it increments the count; dropping it
//! decrements; at zero the object is deallocated at once (its children released, its memory
//! returned). Deallocation does not recurse without bound: past a nesting depth, objects whose
//! count reached zero are queued and freed by the outermost deallocation (CPython's trashcan).
//!
//! Invariants the `unsafe` code here relies on (cited as `[LIVE]`, `[KIND]`, `[GIL]`):
//! - `[LIVE]`: while an `ObjRef` exists, its object's count is > 0 and its memory is valid.
//! - `[KIND]`: the payload behind a header is exactly the Rust type named by its `kind`, and a
//!   `GcHead` precedes the header iff `kind.is_gc()`.
//! - `[GIL]`: the heap is touched only by the thread holding the interpreter lock, so counts
//!   and payload cells are never accessed concurrently (this is why `ObjRef` may be `Send`).
//!
//! Start reading at [`ObjRef`], then [`alloc`] and `dealloc`.

#![allow(unsafe_code)] // The heap and the collector are where unsafe code lives.

mod freelist;
mod kinds;
pub mod tracing;
mod trashcan;
pub mod weak;

pub use kinds::{Kind, Payload, PayloadOps};
pub use trashcan::set_finalizer_hook;

use std::cell::Cell;
use std::ptr::NonNull;

/// The header every object starts with (16 bytes).
#[repr(C)]
pub struct ObjHeader {
    refcnt: Cell<u32>,
    kind: Kind,
    flags: Cell<u8>,
    _reserved: u16,
    /// The object's type: a heap object of kind `Type`, counted as a strong reference.
    ty: Cell<NonNull<ObjHeader>>,
}

/// The links of a container's collector list, placed just before its header. While a
/// collection runs, `prev` may hold a scratch count and `next` a flag bit (see `crate::gc`).
#[repr(C)]
pub struct GcHead {
    pub(crate) next: Cell<*mut GcHead>,
    pub(crate) prev: Cell<*mut GcHead>,
}

impl GcHead {
    /// Links that point nowhere (an untracked container, or a list sentinel before `init`).
    pub const fn unlinked() -> GcHead {
        GcHead {
            next: Cell::new(std::ptr::null_mut()),
            prev: Cell::new(std::ptr::null_mut()),
        }
    }
}

/// An object with its payload (non-containers).
#[repr(C)]
struct ObjBox<T> {
    header: ObjHeader,
    payload: T,
}

/// A container: collector links, then the object.
#[repr(C)]
struct GcBox<T> {
    gc: GcHead,
    obj: ObjBox<T>,
}

/// Header flag bits.
pub mod flags {
    /// `__del__` has run (PEP 442: an object is finalized once).
    pub const FINALIZED: u8 = 1;
    /// The object is on a collector list.
    pub const TRACKED: u8 = 2;
    /// Created at start-up with a huge count and never freed (small ints, `()`, ...).
    pub const STATIC: u8 = 4;
    /// The object has weak references (it is in `crate::gc::weakref`'s table).
    pub const WEAKREFD: u8 = 8;
}

/// The count static objects start with, as CPython 3.11's `_PyObject_IMMORTAL_INIT`.
pub const STATIC_REFCNT: u32 = 999_999_999;

/// A counted reference to a heap object. One pointer wide.
pub struct ObjRef(NonNull<ObjHeader>);

// SAFETY: `[GIL]` — an ObjRef is only dereferenced, cloned or dropped by the thread that holds
// the interpreter lock, so moving or sharing handles between threads never lets two threads
// touch an object's count or payload at once. Every thread that runs Python code acquires the
// GIL first (src/gil.rs); this is the one place where heap handles are declared thread-safe.
unsafe impl Send for ObjRef {}
// SAFETY: as above, `[GIL]`.
unsafe impl Sync for ObjRef {}

impl ObjRef {
    #[inline]
    fn header(&self) -> &ObjHeader {
        // SAFETY: `[LIVE]` the object outlives this handle.
        unsafe { self.0.as_ref() }
    }

    /// The reference count (what `sys.getrefcount` reports, plus nothing).
    #[inline]
    pub fn refcount(&self) -> u32 {
        self.header().refcnt.get()
    }

    #[inline]
    pub fn kind(&self) -> Kind {
        self.header().kind
    }

    /// The object's type object.
    #[inline]
    pub fn type_of(&self) -> ObjRef {
        let ty = self.header().ty.get();
        // SAFETY: `[LIVE]` an object holds a strong reference to its type.
        unsafe { ObjRef::clone_from_raw(ty) }
    }

    /// The type object's address, to compare types without touching counts.
    #[inline]
    pub fn type_ptr(&self) -> *const ObjHeader {
        self.header().ty.get().as_ptr()
    }

    /// Whether this object's type is exactly `ty`.
    #[inline]
    pub fn is_type(&self, ty: &ObjRef) -> bool {
        self.type_ptr() == ty.0.as_ptr()
    }

    /// Replace the object's type (`obj.__class__ = C`); the old type's reference is released.
    pub fn set_type(&self, ty: ObjRef) {
        let new = ty.into_raw();
        let old = self.header().ty.replace(new);
        // SAFETY: `[LIVE]` `old` was the strong reference this object held.
        drop(unsafe { ObjRef::from_raw(old) });
    }

    /// Identity: the object's address (what `id()` returns).
    #[inline]
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    #[inline]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }

    pub fn flags(&self) -> u8 {
        self.header().flags.get()
    }

    pub fn set_flag(&self, bit: u8, on: bool) {
        let f = self.header().flags.get();
        self.header().flags.set(if on { f | bit } else { f & !bit });
    }

    /// Borrow the payload if the object's kind is `T`'s.
    #[inline]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        if self.kind() == T::KIND {
            // SAFETY: `[KIND]` the payload is a `T`; `[LIVE]` it lives as long as `self`.
            Some(unsafe { payload_ptr::<T>(self.0).as_ref() })
        } else {
            None
        }
    }

    /// Borrow the payload, which must be a `T` (a caller that checked `kind()` already).
    #[inline]
    pub fn payload<T: Payload>(&self) -> &T {
        match self.downcast::<T>() {
            Some(p) => p,
            None => panic!("heap: expected {:?}, found {:?}", T::KIND, self.kind()),
        }
    }

    /// Give up the handle without decrementing; see [`ObjRef::from_raw`].
    pub fn into_raw(self) -> NonNull<ObjHeader> {
        let p = self.0;
        std::mem::forget(self);
        p
    }

    /// Take back a handle given up by [`ObjRef::into_raw`].
    ///
    /// # Safety
    /// `p` must come from `into_raw` (one call per handle).
    pub unsafe fn from_raw(p: NonNull<ObjHeader>) -> ObjRef {
        ObjRef(p)
    }

    /// A new handle to an object known to be alive through another reference.
    ///
    /// # Safety
    /// `p` must point to a live object (`[LIVE]` through some other handle).
    pub unsafe fn clone_from_raw(p: NonNull<ObjHeader>) -> ObjRef {
        // SAFETY: guaranteed by the caller.
        let h = unsafe { p.as_ref() };
        incref(h);
        ObjRef(p)
    }

    pub fn as_ptr(&self) -> NonNull<ObjHeader> {
        self.0
    }

    /// Bytes this object occupies: header (plus collector links) and payload, plus what the
    /// payload owns (`sys.getsizeof`).
    pub fn size_of(&self) -> usize {
        kinds::size_of(self)
    }

    /// Visit every reference this object owns (the collector's `tp_traverse`).
    pub fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        kinds::traverse(self, visit)
    }

    /// Drop the references this object owns, to break a cycle (the collector's `tp_clear`).
    pub fn clear_refs(&self) {
        kinds::clear(self)
    }
}

/// A handle to `obj`'s type that does not count (the collector's visit of the type link).
pub fn type_handle(obj: &ObjRef) -> std::mem::ManuallyDrop<ObjRef> {
    // SAFETY: `[LIVE]` an object holds a strong reference to its type, and this handle is never
    // dropped as a counted one (ManuallyDrop), so no count changes. Cloning it counts properly.
    std::mem::ManuallyDrop::new(unsafe { ObjRef::from_raw(obj.header().ty.get()) })
}

/// The count of the object at `p`, read without a handle.
///
/// # Safety
/// The object's memory must be valid (live, or dying but not yet freed).
pub unsafe fn refcnt_raw(p: NonNull<ObjHeader>) -> u32 {
    // SAFETY: guaranteed by the caller.
    unsafe { p.as_ref() }.refcnt.get()
}

/// Set or clear a flag bit in a header reached without a handle.
pub fn set_header_flag(h: &ObjHeader, bit: u8, on: bool) {
    let f = h.flags.get();
    h.flags.set(if on { f | bit } else { f & !bit });
}

/// Whether the object has a finalizer that has not run (for the collector).
pub fn has_finalizer(obj: &ObjRef) -> bool {
    trashcan::has_finalizer(obj)
}

/// Run the object's finalizer (for the collector, which set FINALIZED).
pub fn run_finalizer(obj: &ObjRef) {
    trashcan::run_finalizer(obj)
}

#[cold]
#[inline(never)]
fn overflow_abort() -> ! {
    std::process::abort()
}

#[inline]
fn incref(h: &ObjHeader) {
    let n = h.refcnt.get().wrapping_add(1);
    h.refcnt.set(n);
    // A count that wrapped cannot be tracked: stop rather than risk a premature free. (Checked
    // after the store, as `Rc` does: the increment does not wait for the comparison.)
    if n == 0 {
        overflow_abort();
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        incref(self.header());
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        let h = self.header();
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            trashcan::release(self.0);
        }
    }
}

impl PartialEq for ObjRef {
    /// Identity, not Python equality.
    fn eq(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }
}
impl Eq for ObjRef {}

impl std::hash::Hash for ObjRef {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state)
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{:?} object at {:#x}>", self.kind(), self.addr())
    }
}

/// Where a `T` payload sits behind the header.
///
/// # Safety
/// `[KIND]`: the object's payload must be a `T`.
#[inline]
unsafe fn payload_ptr<T: Payload>(h: NonNull<ObjHeader>) -> NonNull<T> {
    let boxed = h.cast::<ObjBox<T>>();
    // SAFETY: `ObjBox<T>` is `repr(C)` with the header first, so the header pointer is the
    // box pointer; the payload field is inside the same allocation.
    unsafe { NonNull::new_unchecked(std::ptr::addr_of_mut!((*boxed.as_ptr()).payload)) }
}

/// Allocate an object of type `ty` with `payload`, at its exact size. Containers are counted
/// by the collector (which may run a collection first) and linked onto generation 0 (see
/// `crate::gc`).
#[inline]
pub fn alloc<T: Payload>(ty: &ObjRef, payload: T) -> ObjRef {
    alloc_with(ty.clone().into_raw(), payload, 1, 0)
}

/// Allocate a container that the collector counts but does not track yet (a new dict, which
/// is tracked once it holds something that may be; `crate::gc::dict_maintain_tracking`).
#[inline]
pub fn alloc_untracked<T: Payload>(ty: &ObjRef, payload: T) -> ObjRef {
    alloc_with(ty.clone().into_raw(), payload, 1, UNTRACKED)
}

/// `alloc_with` flag: do not link the new container.
const UNTRACKED: u8 = 0x80;

/// Allocate a float of type `ty` (exact `float`), reusing a freed float's block when one is kept.
pub fn alloc_float(ty: &ObjRef, payload: crate::objects::float::FloatData) -> ObjRef {
    let Some(block) = freelist::take_float() else {
        return alloc(ty, payload);
    };
    let obj = ObjBox {
        header: ObjHeader {
            refcnt: Cell::new(1),
            kind: Kind::Float,
            flags: Cell::new(0),
            _reserved: 0,
            ty: Cell::new(ty.clone().into_raw()),
        },
        payload,
    };
    // SAFETY: `block` is a kept allocation of exactly an `ObjBox<FloatData>` holding no live
    // object; writing a fresh box into it makes it a live float with count 1, owned by the
    // handle returned (its header is its first field).
    unsafe {
        block.as_ptr().write(obj);
        ObjRef(block.cast::<ObjHeader>())
    }
}

/// Allocate a static object: a huge count, never freed (CPython's statically allocated objects).
pub fn alloc_static<T: Payload>(ty: &ObjRef, payload: T) -> ObjRef {
    alloc_with(ty.clone().into_raw(), payload, STATIC_REFCNT, flags::STATIC)
}

/// Allocate the metatype `type`, whose type is itself.
pub fn alloc_self_typed<T: Payload>(payload: T) -> ObjRef {
    let dangling = NonNull::<ObjHeader>::dangling();
    let obj = alloc_with(dangling, payload, STATIC_REFCNT, flags::STATIC);
    obj.header().ty.set(obj.0);
    obj
}

fn alloc_with<T: Payload>(
    ty: NonNull<ObjHeader>,
    payload: T,
    refcnt: u32,
    flag_bits: u8,
) -> ObjRef {
    let header = ObjHeader {
        refcnt: Cell::new(refcnt),
        kind: T::KIND,
        flags: Cell::new(flag_bits & !UNTRACKED),
        _reserved: 0,
        ty: Cell::new(ty),
    };
    let obj = ObjBox { header, payload };
    if T::KIND.is_gc() {
        let gcbox = Box::new(GcBox {
            gc: GcHead::unlinked(),
            obj,
        });
        let raw = Box::into_raw(gcbox);
        // SAFETY: `raw` is a fresh, valid allocation; the header is its `obj.header` field.
        let h = unsafe { NonNull::new_unchecked(std::ptr::addr_of_mut!((*raw).obj.header)) };
        let r = ObjRef(h);
        if flag_bits & flags::STATIC == 0 {
            // Counted first (a collection may run: the new object is not linked yet, and what
            // its payload holds counts as referenced from outside), then linked.
            crate::gc::on_alloc();
            if flag_bits & UNTRACKED == 0 {
                crate::gc::track(&r);
            }
        }
        r
    } else {
        let raw = Box::into_raw(Box::new(obj));
        // SAFETY: `raw` is a fresh, valid allocation whose first field is the header.
        ObjRef(unsafe { NonNull::new_unchecked(raw.cast::<ObjHeader>()) })
    }
}

/// The collector links of a container.
///
/// # Safety
/// `[KIND]`: the object must be a container.
pub unsafe fn gc_head(h: NonNull<ObjHeader>) -> NonNull<GcHead> {
    let head_size = std::mem::size_of::<GcHead>();
    // SAFETY: `GcBox` is `repr(C)`: the GcHead sits right before the header in one allocation,
    // and `ObjBox` starts at offset `size_of::<GcHead>()` because both have pointer alignment.
    unsafe { NonNull::new_unchecked(h.as_ptr().cast::<u8>().sub(head_size).cast::<GcHead>()) }
}

/// The object whose collector links are `g`.
///
/// # Safety
/// `g` must be the `GcHead` of a live container.
pub unsafe fn from_gc_head(g: NonNull<GcHead>) -> NonNull<ObjHeader> {
    let head_size = std::mem::size_of::<GcHead>();
    // SAFETY: inverse of `gc_head`.
    unsafe { NonNull::new_unchecked(g.as_ptr().cast::<u8>().add(head_size).cast::<ObjHeader>()) }
}

/// Free a float whose count is zero and that has no flags (not tracked, never weakly
/// referenced): the common case of [`free_object`], kept short for arithmetic's temporaries.
///
/// # Safety
/// The object is a `Float`, its count is zero and no handle to it remains (`[LIVE]` ended).
#[inline]
unsafe fn free_plain_float(p: NonNull<ObjHeader>) {
    // SAFETY: `[LIVE]` ended but the memory is still valid until freed below.
    let ty = unsafe { p.as_ref() }.ty.get();
    // SAFETY: `[KIND]` a `Float` header heads a `Box<ObjBox<FloatData>>`; the count is zero.
    if !unsafe { freelist::keep_float(p) } {
        // SAFETY: as above; the box is dropped as the type it was allocated as.
        unsafe { drop_box_as::<crate::objects::float::FloatData>(p) };
    }
    // SAFETY: the object held one strong reference to its type (`float`, never the float).
    drop(unsafe { ObjRef::from_raw(ty) });
}

/// Free an int whose count is zero and that has no flags, as [`free_plain_float`].
///
/// # Safety
/// The object is an `Int`, its count is zero and no handle to it remains (`[LIVE]` ended).
#[inline]
unsafe fn free_plain_int(p: NonNull<ObjHeader>) {
    // SAFETY: `[LIVE]` ended but the memory is still valid until freed below.
    let ty = unsafe { p.as_ref() }.ty.get();
    // SAFETY: `[KIND]` an `Int` header heads a `Box<ObjBox<IntData>>`; the count is zero.
    unsafe { drop_box_as::<crate::objects::int::IntData>(p) };
    // SAFETY: the object held one strong reference to its type (`int` or `bool`).
    drop(unsafe { ObjRef::from_raw(ty) });
}

/// Free an object whose count is zero: drop its payload (releasing its children), release its
/// type, return its memory.
///
/// # Safety
/// The count is zero and no handle to the object remains (`[LIVE]` ended).
unsafe fn free_object(p: NonNull<ObjHeader>) {
    // SAFETY: `[LIVE]` ended but the memory is still valid until freed below.
    let h = unsafe { p.as_ref() };
    if h.flags.get() & flags::TRACKED != 0 {
        crate::gc::untrack_raw(p);
    }
    if h.flags.get() & flags::WEAKREFD != 0 {
        // Weak references see it gone, and their callbacks run, before its fields go.
        crate::gc::weakref::on_death(p);
    }
    let ty = h.ty.get();
    let gc = h.kind.is_gc();
    // A float's block goes to the free list (its payload has nothing to drop).
    // SAFETY: `[KIND]` a `Float` header heads a `Box<ObjBox<FloatData>>`; the count is zero.
    let kept = h.kind == Kind::Float && unsafe { freelist::keep_float(p) };
    if !kept {
        // SAFETY: `[KIND]` tells which box type the allocation was made as.
        unsafe { kinds::drop_box(p, h.kind) };
    }
    if gc {
        crate::gc::on_free();
    }
    if ty != p {
        // SAFETY: the object held one strong reference to its type.
        drop(unsafe { ObjRef::from_raw(ty) });
    }
}

/// Drop and free the box of a `T` object.
///
/// # Safety
/// `[KIND]`: the object is a `T` allocated by `alloc_with`, and nothing refers to it any more.
unsafe fn drop_box_as<T: Payload>(p: NonNull<ObjHeader>) {
    if T::KIND.is_gc() {
        // SAFETY: `[KIND]` containers were allocated as `Box<GcBox<T>>`; `gc_head` gives its start.
        let start = unsafe { gc_head(p) }.cast::<GcBox<T>>();
        // SAFETY: `start` is the start of that box, and nothing refers to the object any more.
        drop(unsafe { Box::from_raw(start.as_ptr()) });
    } else {
        // SAFETY: other objects were allocated as `Box<ObjBox<T>>` starting at the header.
        drop(unsafe { Box::from_raw(p.cast::<ObjBox<T>>().as_ptr()) });
    }
}

/// Visit a `T` payload.
///
/// # Safety
/// `[KIND]`: the object is a `T`.
unsafe fn payload_as<T: Payload>(obj: &ObjRef) -> &T {
    // SAFETY: guaranteed by the caller; `[LIVE]` for the borrow's duration.
    unsafe { payload_ptr::<T>(obj.0).as_ref() }
}

/// The size of a `T` object's allocation (header, payload, and collector links).
fn box_size<T: Payload>() -> usize {
    if T::KIND.is_gc() {
        std::mem::size_of::<GcBox<T>>()
    } else {
        std::mem::size_of::<ObjBox<T>>()
    }
}
