//! The cyclic garbage collector: CPython 3.11's generational collector (`Modules/gcmodule.c`),
//! over the heap of `crate::heap`.
//!
//! # Which list each object is on
//!
//! Every container (an object whose kind `is_gc()`) carries a [`GcHead`] — two links — just
//! before its header. A *tracked* container (header flag `TRACKED`) is on exactly one list:
//! - generation 0, 1 or 2 ([`State::gens`]): new containers are linked at the tail of
//!   generation 0; a container that survives a collection of its generation moves one up;
//! - the permanent generation (`gc.freeze()`), never collected;
//! - during a collection, one of the collector's own lists (unreachable, weakref callbacks to
//!   call, finalized, ...), all local to `collect::collect_main`.
//!
//! Untracked containers are on no list: static objects (built-in types, `()`), dicts that hold
//! only atomic values (CPython's lazy dict tracking: a dict is linked once it receives a value
//! that may be tracked), tuples found to hold only atomic values, and objects being freed.
//!
//! # The counts
//!
//! `gens[0].count` is container allocations minus container deallocations since the last
//! collection; `gens[1].count` the collections of generation 0 since the last of generation 1;
//! `gens[2].count` those of generation 1 since the last of generation 2 (what `gc.get_count()`
//! returns). When an allocation takes `gens[0].count` past threshold 0 (700) the collector runs,
//! there and then as in CPython 3.11, on the oldest generation whose count passed its threshold
//! (generation 2 only when the objects waiting for a full collection are at least a quarter of
//! those that survived the last one). See [`on_alloc`] and `collect::collect_generations`.
//!
//! # The collection
//!
//! `collect::collect_main` is the place to start reading: it is CPython's `gc_collect_main`,
//! one small function per step, each saying what the scratch count (`gc_refs`, kept in the
//! `prev` link while a collection runs) holds before and after.
//!
//! Invariants (cited by the `unsafe` blocks of this module and its children):
//! - `[GIL]`: the collector's state and lists are only touched by the thread holding the
//!   interpreter lock, so their cells are never accessed concurrently.
//! - `[LINKED]`: a container is on exactly one list iff its TRACKED flag is set; the links of
//!   every list are valid pointers to the heads of live containers (or to the list's sentinel);
//!   outside a collection, `prev` links carry no flag bits.
//! - `[KIND]`, `[LIVE]`: as stated in `crate::heap`.

#![allow(unsafe_code)] // The heap and the collector are where unsafe code lives.

mod collect;
pub mod leak;
#[cfg(test)]
mod tests;
pub mod weakref;

pub use collect::verify_young;

use crate::heap::{self, flags, GcHead, Kind, ObjHeader, ObjRef};
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// `DEBUG_STATS`: print statistics during collection.
pub const DEBUG_STATS: i64 = 1;
/// `DEBUG_COLLECTABLE`: print collectable objects found.
pub const DEBUG_COLLECTABLE: i64 = 2;
/// `DEBUG_UNCOLLECTABLE`: print unreachable but uncollectable objects found.
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
/// `DEBUG_SAVEALL`: save garbage in `gc.garbage` instead of freeing it.
pub const DEBUG_SAVEALL: i64 = 32;
/// `DEBUG_LEAK`: everything but `DEBUG_STATS`.
pub const DEBUG_LEAK: i64 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/// `MNEMO_GC_STRESS=1`: a collection at every container allocation (while the collector is
/// enabled), of generation 0 or of the oldest generation whose count passed its threshold.
/// Programs that print what the collector did (`gc.collect()`'s result, `gc.get_stats()`,
/// the order of `__del__` in cycles) see other numbers; everything else behaves the same.
const STRESS_COLLECT: u8 = 1;
/// `MNEMO_GC_STRESS=2`: at every container allocation, compute generation 0's scratch counts
/// and check that no traverse reports a reference its object does not hold; nothing is freed
/// or moved, so a program's output is unchanged.
const STRESS_CHECK: u8 = 2;

/// The number of generations (not counting the permanent one).
pub const NUM_GENERATIONS: usize = 3;

/// One generation: its list's sentinel, its count and threshold.
struct Generation {
    head: GcHead,
    count: Cell<isize>,
    threshold: Cell<isize>,
}

impl Generation {
    const fn new(threshold: isize) -> Generation {
        Generation {
            head: GcHead::unlinked(),
            count: Cell::new(0),
            threshold: Cell::new(threshold),
        }
    }
}

/// What `gc.get_stats()` reports for one generation.
#[derive(Clone, Copy, Default)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

/// The functions through which the collector reaches the VM (registered at start-up).
pub struct Hooks {
    /// Call `callback(arg)`; an exception is reported as CPython's unraisable hook does
    /// (`Exception ignored in: <callback>`), never raised.
    pub call_callback: fn(callback: &ObjRef, arg: &ObjRef),
    /// Call every function in `gc.callbacks` with `phase` and the info dict.
    pub gc_callbacks: fn(callbacks: &ObjRef, phase: &str, info: (usize, usize, usize)),
    /// Write to `sys.stderr` (the `DEBUG_*` output).
    pub write_stderr: fn(&str),
    /// Append `obj` to the list `list` (`gc.garbage` under `DEBUG_SAVEALL`).
    pub list_append: fn(list: &ObjRef, obj: &ObjRef),
    /// The type name CPython's `tp_name` gives (`DEBUG_COLLECTABLE` lines).
    pub type_name: fn(&ObjRef) -> String,
}

/// The collector's state, shared by every thread under the GIL.
struct State {
    gens: [Generation; NUM_GENERATIONS],
    permanent: Generation,
    /// `gens[0].count` past which an allocation enters [`alloc_slow`]: threshold 0 while
    /// automatic collection is on, `isize::MAX` while it is off, -1 in stress mode (and before
    /// the first allocation, which initializes the lists).
    trigger: Cell<isize>,
    initialized: Cell<bool>,
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    debug: Cell<i64>,
    /// Objects that survived the last full collection.
    long_lived_total: Cell<usize>,
    /// Objects that survived a collection of generation 1 since the last full collection.
    long_lived_pending: Cell<usize>,
    stats: [Cell<GenStats>; NUM_GENERATIONS],
    /// `MNEMO_GC_STRESS`: [`STRESS_COLLECT`] (1) collects at every container allocation,
    /// [`STRESS_CHECK`] (2) only checks the traverse functions of generation 0 there.
    stress: Cell<u8>,
    /// `gc.garbage` and `gc.callbacks` (lists made by the `gc` module).
    garbage: RefCell<Option<ObjRef>>,
    callbacks: RefCell<Option<ObjRef>>,
    hooks: Cell<Option<&'static Hooks>>,
}

// SAFETY: `[GIL]` — the state is only read or written by the thread holding the interpreter
// lock, so its cells are never accessed concurrently.
unsafe impl Sync for State {}

static STATE: State = State {
    gens: [
        Generation::new(700),
        Generation::new(10),
        Generation::new(10),
    ],
    permanent: Generation::new(0),
    trigger: Cell::new(-1),
    initialized: Cell::new(false),
    enabled: Cell::new(true),
    collecting: Cell::new(false),
    debug: Cell::new(0),
    long_lived_total: Cell::new(0),
    long_lived_pending: Cell::new(0),
    stats: [
        Cell::new(GenStats {
            collections: 0,
            collected: 0,
            uncollectable: 0,
        }),
        Cell::new(GenStats {
            collections: 0,
            collected: 0,
            uncollectable: 0,
        }),
        Cell::new(GenStats {
            collections: 0,
            collected: 0,
            uncollectable: 0,
        }),
    ],
    stress: Cell::new(0),
    garbage: RefCell::new(None),
    callbacks: RefCell::new(None),
    hooks: Cell::new(None),
};

/// The sentinel of generation `i` (3 is the permanent generation).
fn gen_head(i: usize) -> *mut GcHead {
    let g = if i < NUM_GENERATIONS {
        &STATE.gens[i].head
    } else {
        &STATE.permanent.head
    };
    std::ptr::from_ref(g).cast_mut()
}

/// Register the VM's side of the collector (once, at interpreter start-up).
pub fn set_hooks(h: &'static Hooks) {
    STATE.hooks.set(Some(h));
}

fn hooks() -> Option<&'static Hooks> {
    STATE.hooks.get()
}

/// Make every generation list empty (self-linked) and read the stress setting.
fn init() {
    STATE.initialized.set(true);
    for i in 0..=NUM_GENERATIONS {
        // SAFETY: `[GIL]`; the sentinels are statics, never moved.
        unsafe { collect::list_init(gen_head(i)) };
    }
    let stress = match std::env::var("MNEMO_GC_STRESS").as_deref() {
        Ok("1") => STRESS_COLLECT,
        Ok("2") => STRESS_CHECK,
        _ => 0,
    };
    STATE.stress.set(stress);
    update_trigger();
}

fn update_trigger() {
    let t = if STATE.stress.get() != 0 || !STATE.initialized.get() {
        -1
    } else if STATE.enabled.get() && STATE.gens[0].threshold.get() > 0 {
        STATE.gens[0].threshold.get()
    } else {
        isize::MAX
    };
    STATE.trigger.set(t);
}

/// A container is being allocated (before it is linked): count it, and collect if the count
/// passed threshold 0 (CPython's `_PyObject_GC_Link`).
#[inline]
pub fn on_alloc() {
    let g0 = &STATE.gens[0];
    let c = g0.count.get() + 1;
    g0.count.set(c);
    if c > STATE.trigger.get() {
        alloc_slow();
    }
}

#[cold]
#[inline(never)]
fn alloc_slow() {
    if !STATE.initialized.get() {
        init();
    }
    if STATE.collecting.get() {
        return;
    }
    match STATE.stress.get() {
        STRESS_CHECK => verify_young(),
        STRESS_COLLECT if STATE.enabled.get() => {
            // As if threshold 0 were 0: a collection at every allocation, of the generation
            // the counts choose (so the older ones are reached too).
            STATE.collecting.set(true);
            collect::collect_generations(true);
            STATE.collecting.set(false);
            return;
        }
        _ => {}
    }
    let g0 = &STATE.gens[0];
    if g0.count.get() > g0.threshold.get() && STATE.enabled.get() && g0.threshold.get() != 0 {
        STATE.collecting.set(true);
        collect::collect_generations(false);
        STATE.collecting.set(false);
    }
}

/// A container is being freed (CPython's `PyObject_GC_Del`).
#[inline]
pub fn on_free() {
    let g0 = &STATE.gens[0];
    let c = g0.count.get();
    if c > 0 {
        g0.count.set(c - 1);
    }
}

/// Link a container at the tail of generation 0 (it must not be tracked already).
#[inline]
pub fn track(obj: &ObjRef) {
    debug_assert!(obj.kind().is_gc() && obj.flags() & flags::TRACKED == 0);
    if !STATE.initialized.get() {
        init();
    }
    // SAFETY: `[KIND]` the object is a container, so it has a GcHead; `[LINKED]` it is on no
    // list and generation 0's links are valid.
    unsafe { collect::list_append(heap::gc_head(obj.as_ptr()).as_ptr(), gen_head(0)) };
    obj.set_flag(flags::TRACKED, true);
}

/// Link a container onto generation 0 unless it is tracked already (or static).
pub fn track_if_untracked(obj: &ObjRef) {
    if obj.kind().is_gc() && obj.flags() & (flags::TRACKED | flags::STATIC) == 0 {
        track(obj);
    }
}

/// Unlink a tracked container from whatever list it is on (the object lives on).
pub fn untrack(obj: &ObjRef) {
    if obj.flags() & flags::TRACKED != 0 {
        untrack_raw(obj.as_ptr());
    }
}

/// Unlink a tracked container (one being freed, or untracked); clears its TRACKED flag.
pub fn untrack_raw(p: NonNull<ObjHeader>) {
    // SAFETY: `[LINKED]` the object is tracked, so its head and its neighbours are valid; the
    // caller guarantees `p` is a live (or dying, not yet freed) container.
    unsafe {
        collect::list_remove(heap::gc_head(p).as_ptr());
        let h = p.as_ref();
        heap::set_header_flag(h, flags::TRACKED, false);
    }
}

/// Whether `obj` is tracked by the collector (`gc.is_tracked`).
pub fn is_tracked(obj: &ObjRef) -> bool {
    obj.kind().is_gc() && obj.flags() & flags::TRACKED != 0
}

/// Whether `obj` may be tracked: a container that is not static and not an untracked tuple
/// (CPython's `_PyObject_GC_MAY_BE_TRACKED`). A dict or tuple holding only objects for which
/// this is false can never be part of a cycle.
#[inline]
pub fn may_be_tracked(obj: &ObjRef) -> bool {
    let k = obj.kind();
    k.is_gc()
        && obj.flags() & flags::STATIC == 0
        && (k != Kind::Tuple || obj.flags() & flags::TRACKED != 0)
}

/// A dict received `key: value`: track it if it was untracked and one of them may be tracked
/// (CPython's `MAINTAIN_TRACKING`).
#[inline]
pub fn dict_maintain_tracking(d: &ObjRef, key: &ObjRef, value: &ObjRef) {
    if d.flags() & (flags::TRACKED | flags::STATIC) == 0
        && (may_be_tracked(value) || may_be_tracked(key))
    {
        track(d);
    }
}

/// Untrack a tuple whose items can never be part of a cycle (CPython's
/// `_PyTuple_MaybeUntrack`); used for constants and by the collector.
pub fn tuple_maybe_untrack(t: &ObjRef) {
    if let Some(td) = t.downcast::<crate::objects::tuple::TupleData>() {
        if is_tracked(t) && !td.items.iter().any(may_be_tracked) {
            untrack(t);
        }
    }
}

/// Whether automatic collection is on (`gc.isenabled()`).
pub fn is_enabled() -> bool {
    STATE.enabled.get()
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    STATE.enabled.set(on);
    update_trigger();
}

/// `gc.get_threshold()`.
pub fn thresholds() -> [isize; NUM_GENERATIONS] {
    [0, 1, 2].map(|i| STATE.gens[i].threshold.get())
}

/// `gc.set_threshold(t0[, t1[, t2]])`.
pub fn set_thresholds(t0: isize, t1: Option<isize>, t2: Option<isize>) {
    STATE.gens[0].threshold.set(t0);
    if let Some(t) = t1 {
        STATE.gens[1].threshold.set(t);
    }
    if let Some(t) = t2 {
        STATE.gens[2].threshold.set(t);
    }
    update_trigger();
}

/// `gc.get_count()`.
pub fn counts() -> [isize; NUM_GENERATIONS] {
    [0, 1, 2].map(|i| STATE.gens[i].count.get())
}

/// `gc.get_stats()`.
pub fn stats() -> [GenStats; NUM_GENERATIONS] {
    [0, 1, 2].map(|i| STATE.stats[i].get())
}

/// `gc.get_debug()`.
pub fn debug_flags() -> i64 {
    STATE.debug.get()
}

/// `gc.set_debug(flags)`.
pub fn set_debug_flags(f: i64) {
    STATE.debug.set(f);
}

/// Register the `gc.garbage` and `gc.callbacks` lists (made once by the `gc` module); returns
/// the lists already registered, if any.
pub fn module_lists(make: impl FnOnce() -> (ObjRef, ObjRef)) -> (ObjRef, ObjRef) {
    let existing = (
        STATE.garbage.borrow().clone(),
        STATE.callbacks.borrow().clone(),
    );
    if let (Some(g), Some(c)) = existing {
        return (g, c);
    }
    let (g, c) = make();
    *STATE.garbage.borrow_mut() = Some(g.clone());
    *STATE.callbacks.borrow_mut() = Some(c.clone());
    (g, c)
}

/// What the collector itself holds: `gc.garbage` and `gc.callbacks` (roots for the leak check).
pub fn own_lists() -> Vec<ObjRef> {
    let g = STATE.garbage.borrow().clone();
    let c = STATE.callbacks.borrow().clone();
    g.into_iter().chain(c).collect()
}

/// `gc.collect(generation)`: a collection now (0 if one is running already), returning the
/// number of unreachable objects found.
pub fn collect(generation: usize) -> usize {
    collect_guarded(generation, true)
}

/// A full collection without the `gc.callbacks` calls, as CPython's `_PyGC_CollectNoFail`:
/// the collections of interpreter shutdown after the first, when module namespaces are being
/// cleared, and the leak check's.
pub fn collect_no_callbacks() -> usize {
    collect_guarded(NUM_GENERATIONS - 1, false)
}

fn collect_guarded(generation: usize, callbacks: bool) -> usize {
    if !STATE.initialized.get() {
        init();
    }
    if STATE.collecting.get() {
        return 0;
    }
    STATE.collecting.set(true);
    let generation = generation.min(NUM_GENERATIONS - 1);
    let n = if callbacks {
        collect::collect_with_callback(generation)
    } else {
        let (collected, uncollectable) = collect::collect_main(generation);
        collected + uncollectable
    };
    STATE.collecting.set(false);
    n
}

/// Collect repeatedly until a collection finds nothing (interpreter exit, the leak check).
pub fn collect_until_quiet() {
    for _ in 0..16 {
        if collect_no_callbacks() == 0 {
            break;
        }
    }
}

/// `gc.freeze()`: move every tracked object to the permanent generation.
pub fn freeze() {
    for i in 0..NUM_GENERATIONS {
        // SAFETY: `[GIL]` `[LINKED]` the generation lists are valid.
        unsafe { collect::list_merge(gen_head(i), gen_head(NUM_GENERATIONS)) };
        STATE.gens[i].count.set(0);
    }
}

/// `gc.unfreeze()`: move the permanent generation into the oldest one.
pub fn unfreeze() {
    // SAFETY: `[GIL]` `[LINKED]` the lists are valid.
    unsafe { collect::list_merge(gen_head(NUM_GENERATIONS), gen_head(NUM_GENERATIONS - 1)) };
}

/// `gc.get_freeze_count()`.
pub fn freeze_count() -> usize {
    // SAFETY: `[GIL]` `[LINKED]`.
    unsafe { collect::list_size(gen_head(NUM_GENERATIONS)) }
}

/// The tracked objects of generation `gen` (all three when `None`), as new handles; the
/// permanent generation is not included (as `gc.get_objects()`).
pub fn objects(gen: Option<usize>) -> Vec<ObjRef> {
    if !STATE.initialized.get() {
        init();
    }
    let mut out = Vec::new();
    let gens = match gen {
        Some(g) => g..g + 1,
        None => 0..NUM_GENERATIONS,
    };
    for i in gens {
        // SAFETY: `[LINKED]` walking valid links from the sentinel back to it; each head
        // belongs to a live container, so a new handle to it is sound (`[LIVE]` through its
        // holders, which cannot change while this loop runs: no Python code runs in it).
        unsafe { collect::list_for_each(gen_head(i), |p| out.push(ObjRef::clone_from_raw(p))) };
    }
    out
}

/// Every tracked container (all generations and the permanent one), as new handles.
pub fn all_tracked() -> Vec<ObjRef> {
    let mut out = objects(None);
    // SAFETY: as in `objects`.
    unsafe {
        collect::list_for_each(gen_head(NUM_GENERATIONS), |p| {
            out.push(ObjRef::clone_from_raw(p))
        })
    };
    out
}

/// Containers currently tracked, in every generation (the leak check).
pub fn tracked_count() -> usize {
    if !STATE.initialized.get() {
        return 0;
    }
    // SAFETY: `[GIL]` `[LINKED]`.
    (0..=NUM_GENERATIONS)
        .map(|i| unsafe { collect::list_size(gen_head(i)) })
        .sum()
}

/// Visit what `obj` refers to, as the collector sees it: the payload's handles and, for an
/// instance of a class, the class (CPython's `subtype_traverse` visits the type of heap-type
/// instances; static types are untracked, so visiting them is harmless).
pub fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    obj.traverse(visit);
    if obj.kind().is_gc() {
        visit(&heap::type_handle(obj));
    }
}
