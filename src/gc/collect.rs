//! One collection, step by step, as CPython 3.11's `gc_collect_main`. Start at [`collect_main`].
//!
//! # `gc_refs`, the scratch count
//!
//! While generation `young` is examined, each of its containers keeps a scratch count in its
//! `prev` link (the list is walked forward only meanwhile), with flag bits below it:
//! - [`update_refs`]: `gc_refs` = the true refcount, and the COLLECTING bit is set (this is how
//!   a visit recognizes an object of the generation being collected);
//! - [`subtract_refs`]: every reference from one of these objects to another is subtracted, so
//!   `gc_refs` counts the references from *outside* the generation (a Rust local, a frame, an
//!   older or untracked container): `gc_refs > 0` means reachable from outside;
//! - [`move_unreachable`]: objects with `gc_refs > 0`, and everything they reach, stay in
//!   `young` (their `prev` links restored, COLLECTING cleared); the rest move to the
//!   `unreachable` list, whose `next` links carry the UNREACHABLE bit until
//!   [`clear_unreachable_mask`].
//!
//! Then, on the unreachable objects: weak references to them are cleared and the callbacks of
//! the live ones called ([`handle_weakrefs`]); `__del__` runs once per object
//! ([`finalize_garbage`]); what a finalizer made reachable again survives
//! ([`handle_resurrected_objects`]); the rest is cleared, which breaks the cycles and frees
//! them by reference counting ([`delete_garbage`]).
//!
//! Lists here are CPython's: a sentinel [`GcHead`] whose links close the ring. Local lists are
//! sentinels on this function's stack, never moved while linked.

use super::{gen_head, hooks, State, NUM_GENERATIONS, STATE};
use super::{DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS};
use crate::heap::{self, flags, GcHead, Kind, ObjHeader, ObjRef};
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

type G = *mut GcHead;

/// In `prev`: the object belongs to the set being collected.
const COLLECTING: usize = 1;
/// Flag bits kept below the pointer (or count) in `prev`.
const PREV_FLAGS: usize = 1;
/// `gc_refs` is stored shifted past the flag bits.
const REFS_SHIFT: u32 = 1;
/// In `next`: the object is on the tentatively-unreachable list.
const UNREACHABLE: usize = 1;

// ---- link access (all `[LINKED]`: `g` is the head of a live container or a sentinel) ----

#[inline]
unsafe fn next_raw(g: G) -> G {
    // SAFETY: `[LINKED]` `g` is a valid head.
    unsafe { (*g).next.get() }
}

#[inline]
unsafe fn next(g: G) -> G {
    // SAFETY: as above.
    unsafe { next_raw(g).map_addr(|a| a & !UNREACHABLE) }
}

#[inline]
unsafe fn set_next(g: G, n: G) {
    // SAFETY: as above.
    unsafe { (*g).next.set(n) }
}

#[inline]
unsafe fn prev(g: G) -> G {
    // SAFETY: as above.
    unsafe { (*g).prev.get().map_addr(|a| a & !PREV_FLAGS) }
}

/// Set the `prev` pointer, keeping the flag bits.
#[inline]
unsafe fn set_prev(g: G, p: G) {
    // SAFETY: as above.
    unsafe {
        let flags = (*g).prev.get().addr() & PREV_FLAGS;
        (*g).prev.set(p.map_addr(|a| a | flags));
    }
}

#[inline]
unsafe fn get_refs(g: G) -> usize {
    // SAFETY: as above (during a collection `prev` holds the count).
    unsafe { (*g).prev.get().addr() >> REFS_SHIFT }
}

/// Set `gc_refs`, keeping the flag bits.
#[inline]
unsafe fn set_refs(g: G, n: usize) {
    // SAFETY: as above.
    unsafe {
        let flags = (*g).prev.get().addr() & PREV_FLAGS;
        (*g).prev
            .set(std::ptr::without_provenance_mut((n << REFS_SHIFT) | flags));
    }
}

/// Set `gc_refs` and the COLLECTING bit.
#[inline]
unsafe fn reset_refs(g: G, n: usize) {
    // SAFETY: as above.
    unsafe {
        (*g).prev.set(std::ptr::without_provenance_mut(
            (n << REFS_SHIFT) | COLLECTING,
        ))
    }
}

#[inline]
unsafe fn is_collecting(g: G) -> bool {
    // SAFETY: as above.
    unsafe { (*g).prev.get().addr() & COLLECTING != 0 }
}

#[inline]
unsafe fn clear_collecting(g: G) {
    // SAFETY: as above.
    unsafe { (*g).prev.set((*g).prev.get().map_addr(|a| a & !COLLECTING)) }
}

/// The object whose head is `g`.
#[inline]
unsafe fn obj_of(g: G) -> NonNull<ObjHeader> {
    // SAFETY: `[LINKED]` `g` is a live container's head.
    unsafe { heap::from_gc_head(NonNull::new_unchecked(g)) }
}

/// The head of a container.
#[inline]
unsafe fn head_of(p: NonNull<ObjHeader>) -> G {
    // SAFETY: `[KIND]` the caller checked the object is a container.
    unsafe { heap::gc_head(p).as_ptr() }
}

/// A handle to the object at `g` that does not count (and must not be dropped as one).
#[inline]
unsafe fn borrowed(g: G) -> ManuallyDrop<ObjRef> {
    // SAFETY: `[LIVE]` the object is alive (tracked containers are), and the handle is never
    // dropped, so the count is untouched.
    ManuallyDrop::new(unsafe { ObjRef::from_raw(obj_of(g)) })
}

// ---- lists ----

/// Make `l` an empty list.
pub(super) unsafe fn list_init(l: G) {
    // SAFETY: `l` is a valid sentinel.
    unsafe {
        (*l).next.set(l);
        (*l).prev.set(l);
    }
}

unsafe fn list_is_empty(l: G) -> bool {
    // SAFETY: `[LINKED]`.
    unsafe { next(l) == l }
}

/// Append `node` (on no list) at the tail of `list`.
pub(super) unsafe fn list_append(node: G, list: G) {
    // SAFETY: `[LINKED]` `list` is a valid list and `node` a valid head on no list.
    unsafe {
        let last = prev(list);
        set_prev(node, last);
        set_next(last, node);
        set_next(node, list);
        (*list).prev.set(node);
    }
}

/// Unlink `node` from its list.
pub(super) unsafe fn list_remove(node: G) {
    // SAFETY: `[LINKED]` `node` is on a list in normal form (no UNREACHABLE bits).
    unsafe {
        let p = prev(node);
        let n = next(node);
        set_next(p, n);
        set_prev(n, p);
        (*node).next.set(std::ptr::null_mut());
        (*node).prev.set(std::ptr::null_mut());
    }
}

/// Move `node` from its list to the tail of `list`.
unsafe fn list_move(node: G, list: G) {
    // SAFETY: `[LINKED]` both lists are in normal form.
    unsafe {
        let p = prev(node);
        let n = next(node);
        set_next(p, n);
        set_prev(n, p);
        let last = prev(list);
        set_prev(node, last);
        set_next(last, node);
        set_next(node, list);
        set_prev(list, node);
    }
}

/// Append the list `from` to `to`; `from` becomes empty.
pub(super) unsafe fn list_merge(from: G, to: G) {
    // SAFETY: `[LINKED]` both lists are valid and distinct.
    unsafe {
        if !list_is_empty(from) {
            let to_tail = prev(to);
            let from_head = next(from);
            let from_tail = prev(from);
            set_next(to_tail, from_head);
            set_prev(from_head, to_tail);
            set_next(from_tail, to);
            set_prev(to, from_tail);
        }
        list_init(from);
    }
}

pub(super) unsafe fn list_size(l: G) -> usize {
    let mut n = 0;
    // SAFETY: `[LINKED]`.
    unsafe {
        let mut g = next(l);
        while g != l {
            n += 1;
            g = next(g);
        }
    }
    n
}

/// Call `f` with each object of list `l`, in order (`f` must not change the list).
pub(super) unsafe fn list_for_each(l: G, mut f: impl FnMut(NonNull<ObjHeader>)) {
    // SAFETY: `[LINKED]`.
    unsafe {
        let mut g = next(l);
        while g != l {
            f(obj_of(g));
            g = next(g);
        }
    }
}

/// Clear the COLLECTING bit of every object of `l`.
unsafe fn list_clear_collecting(l: G) {
    // SAFETY: `[LINKED]`.
    unsafe {
        let mut g = next(l);
        while g != l {
            clear_collecting(g);
            g = next(g);
        }
    }
}

/// A list sentinel on the stack.
fn new_list() -> GcHead {
    GcHead::unlinked()
}

// ---- the steps ----

/// `gc_refs` = refcount for every object of `containers`, with the COLLECTING bit set.
unsafe fn update_refs(containers: G) {
    // SAFETY: `[LINKED]`.
    unsafe {
        let mut g = next(containers);
        while g != containers {
            let n = heap::refcnt_raw(obj_of(g));
            // A tracked object with a zero count is being freed (a bug elsewhere): treat it as
            // reachable rather than free it twice.
            reset_refs(g, n.max(1) as usize);
            g = next(g);
        }
    }
}

/// The visit of [`subtract_refs`]: one reference from inside the set.
fn visit_decref(op: &ObjRef, underflow: &mut bool) {
    if !op.kind().is_gc() {
        return;
    }
    // SAFETY: `[KIND]` a container; its head is valid (`[LIVE]`).
    unsafe {
        let g = head_of(op.as_ptr());
        if is_collecting(g) {
            let r = get_refs(g);
            if r == 0 {
                // A traverse reported a reference the object does not hold: an implementation
                // bug. Keep the object (and so everything) reachable.
                *underflow = true;
            } else {
                set_refs(g, r - 1);
            }
        }
    }
}

/// Subtract the references between objects of `containers` from their `gc_refs`. Returns
/// false if a count went below zero (a traverse bug; the caller then frees nothing).
unsafe fn subtract_refs(containers: G) -> bool {
    let mut underflow = false;
    // SAFETY: `[LINKED]`; traversal runs no Python code and changes no list.
    unsafe {
        let mut g = next(containers);
        while g != containers {
            let op = borrowed(g);
            super::traverse(&op, &mut |c| visit_decref(c, &mut underflow));
            g = next(g);
        }
    }
    !underflow
}

/// The visit of [`move_unreachable`]: `op` is reachable.
fn visit_reachable(op: &ObjRef, young: G) {
    if !op.kind().is_gc() {
        return;
    }
    // SAFETY: `[KIND]`, `[LINKED]`: during move_unreachable, objects with COLLECTING are on
    // `young` (forward links valid) or on the unreachable list (UNREACHABLE bit in `next`,
    // `prev` a valid pointer).
    unsafe {
        let g = head_of(op.as_ptr());
        if !is_collecting(g) {
            return;
        }
        if next_raw(g).addr() & UNREACHABLE != 0 {
            // It was moved to the unreachable list, but is reachable after all: move it back to
            // young's tail (move_unreachable gets to it again). The list functions do not know
            // the UNREACHABLE bit, so unlink it by hand, keeping the bit on its predecessor.
            let p = prev(g);
            let n = next(g);
            set_next(p, next_raw(g));
            set_prev(n, p);
            list_append(g, young);
            set_refs(g, 1);
        } else if get_refs(g) == 0 {
            // Not reached by move_unreachable yet: tell it that this one is reachable.
            set_refs(g, 1);
        }
    }
}

/// Move the objects of `young` that nothing outside reaches to `unreachable` (see the module
/// comment). Restores `young`'s `prev` links; `unreachable`'s `next` links keep the
/// UNREACHABLE bit.
unsafe fn move_unreachable(young: G, unreachable: G) {
    // SAFETY: `[LINKED]`; the invariants are CPython's (see its comments in gcmodule.c).
    unsafe {
        let mut prev_g = young;
        let mut g = next(young);
        while g != young {
            if get_refs(g) != 0 {
                // Reachable from outside: everything it refers to is reachable too. The visit
                // may append objects to young, so the next one is read after it.
                let op = borrowed(g);
                super::traverse(&op, &mut |c| visit_reachable(c, young));
                set_prev(g, prev_g);
                clear_collecting(g);
                prev_g = g;
            } else {
                // Maybe unreachable: move it to the unreachable list (a later visit may bring
                // it back). The young list is walked forward only, so only prev_g's `next`
                // needs fixing.
                set_next(prev_g, next_raw(g));
                let last = prev(unreachable);
                set_next(last, g.map_addr(|a| a | UNREACHABLE));
                set_prev(g, last);
                set_next(g, unreachable.map_addr(|a| a | UNREACHABLE));
                (*unreachable).prev.set(g);
            }
            g = next(prev_g);
        }
        (*young).prev.set(prev_g);
        set_next(unreachable, next(unreachable));
    }
}

/// Drop the UNREACHABLE bits of `unreachable` (it becomes a normal list).
unsafe fn clear_unreachable_mask(unreachable: G) {
    // SAFETY: `[LINKED]`.
    unsafe {
        let mut g = next(unreachable);
        while g != unreachable {
            set_next(g, next(g));
            g = next(g);
        }
    }
}

/// `deduce_unreachable`: split `base` into what is reachable from outside (stays) and the
/// rest (moved to `unreachable`, UNREACHABLE bits set). Returns false, with `base` restored
/// and nothing moved, if a traverse reported references that are not there.
unsafe fn deduce_unreachable(base: G, unreachable: G) -> bool {
    // SAFETY: `[LINKED]`.
    unsafe {
        update_refs(base);
        list_init(unreachable);
        if !subtract_refs(base) {
            restore_prev_links(base);
            report_bad_traverse();
            return false;
        }
        move_unreachable(base, unreachable);
    }
    true
}

/// Rebuild the `prev` links (and clear the COLLECTING bits) of a list whose `prev` fields hold
/// counts.
unsafe fn restore_prev_links(l: G) {
    // SAFETY: `[LINKED]` the forward links are intact.
    unsafe {
        let mut p = l;
        let mut g = next(l);
        while g != l {
            (*g).prev.set(p);
            p = g;
            g = next(g);
        }
        (*l).prev.set(p);
    }
}

fn report_bad_traverse() {
    if let Some(h) = hooks() {
        (h.write_stderr)(
            "mnemo: internal error: a container reported a reference it does not hold; \
             this collection frees nothing\n",
        );
    }
    if STATE.stress.get() != 0 {
        std::process::abort();
    }
}

/// The survivors' pass over `head`: untrack the tuples that hold no object that may be
/// tracked (CPython's `untrack_tuples`), then, with `dicts` (full collections only, CPython
/// issue #14775), the exact dicts likewise (`untrack_dicts`, after all tuples as in CPython);
/// returns how many objects stay on the list (`gc_list_size`). One walk of the list instead of
/// three (each reads every object's header); the dicts are remembered for the second step.
unsafe fn untrack_survivors(head: G, dicts: bool) -> usize {
    let tuple_ty = &crate::vm::rt().types.tuple;
    let dict_ty = &crate::vm::rt().types.dict;
    let mut n = 0;
    let mut dict_heads: Vec<G> = Vec::new();
    // SAFETY: `[LINKED]`; untracking unlinks the current object only.
    unsafe {
        let mut g = next(head);
        while g != head {
            let next_g = next(g);
            let op = borrowed(g);
            match op.kind() {
                Kind::Tuple if op.is_type(tuple_ty) => super::tuple_maybe_untrack(&op),
                Kind::Dict if dicts && op.is_type(dict_ty) => dict_heads.push(g),
                _ => {}
            }
            if op.flags() & flags::TRACKED != 0 {
                n += 1;
            }
            g = next_g;
        }
        for g in dict_heads {
            // Still tracked and on the list: only tuples were untracked since.
            let op = borrowed(g);
            let Some(d) = op.downcast::<crate::objects::dict::DictData>() else {
                continue;
            };
            let atomic = match d.table.try_borrow() {
                Ok(t) => !t
                    .iter()
                    .any(|e| super::may_be_tracked(&e.key) || super::may_be_tracked(&e.value)),
                Err(_) => false,
            };
            if atomic {
                super::untrack(&op);
                n -= 1;
            }
        }
    }
    n
}

/// Clear the weak references to the objects of `unreachable`, and call the callbacks of those
/// weak references that are themselves reachable. Returns how many such weak references died
/// when their callback had run (CPython counts them as collected).
unsafe fn handle_weakrefs(unreachable: G, old: G) -> usize {
    let mut wrcb_to_call = new_list();
    let wrcb: G = &mut wrcb_to_call;
    let mut num_freed = 0;
    // SAFETY: `[LINKED]`; no Python code runs in this first pass.
    unsafe {
        list_init(wrcb);
        let mut g = next(unreachable);
        while g != unreachable {
            let op = borrowed(g);
            let n = next(g);
            if op.kind() == Kind::WeakRef {
                // A weak reference that is garbage itself: its callback must never run.
                super::weakref::clear_ref(&op);
            }
            if op.kind() == Kind::Type {
                // The class's internal weak handles (`__subclasses__`) see it as gone.
                if let Some(t) = op.downcast::<crate::objects::typeobj::TypeData>() {
                    t.extra.anchor.detach();
                }
            }
            if op.flags() & flags::WEAKREFD != 0 {
                for wr in super::weakref::take_all_refs(&op) {
                    // `wr` is cleared now; it keeps its callback.
                    let has_cb = super::weakref::has_callback(&wr);
                    let wg = head_of(wr.as_ptr());
                    if !has_cb || !super::is_tracked(&wr) || is_collecting(wg) {
                        // No callback, or the weak reference is garbage too.
                        continue;
                    }
                    // Keep it alive until its callback has run.
                    std::mem::forget(wr);
                    list_move(wg, wrcb);
                }
            }
            g = n;
        }
        // Call the callbacks: they cannot reach unreachable objects any more.
        while !list_is_empty(wrcb) {
            let g = next(wrcb);
            let wr = ObjRef::from_raw(obj_of(g));
            if let (Some(cb), Some(h)) = (super::weakref::callback_of(&wr), hooks()) {
                (h.call_callback)(&cb, &wr);
            }
            drop(wr);
            if next(wrcb) == g {
                // Still alive.
                list_move(g, old);
            } else {
                num_freed += 1;
            }
        }
    }
    num_freed
}

/// Run `__del__` once on each object of `collectable` that has one (PEP 442). Objects may be
/// freed meanwhile; the list holds what is left.
unsafe fn finalize_garbage(collectable: G) {
    let mut seen = new_list();
    let seen_p: G = &mut seen;
    // SAFETY: `[LINKED]`; each object is moved to `seen` before its finalizer runs, so that
    // whatever the finalizer frees, the loop only reads list heads.
    unsafe {
        list_init(seen_p);
        while !list_is_empty(collectable) {
            let g = next(collectable);
            list_move(g, seen_p);
            let op = ObjRef::clone_from_raw(obj_of(g));
            if op.flags() & flags::FINALIZED == 0 && heap::has_finalizer(&op) {
                op.set_flag(flags::FINALIZED, true);
                heap::run_finalizer(&op);
            }
            drop(op);
        }
        list_merge(seen_p, collectable);
    }
}

/// After the finalizers: what they made reachable again moves to `old`; what is still
/// unreachable goes to `still_unreachable`.
unsafe fn handle_resurrected_objects(unreachable: G, still_unreachable: G, old: G) {
    // SAFETY: `[LINKED]`.
    unsafe {
        list_clear_collecting(unreachable);
        if !deduce_unreachable(unreachable, still_unreachable) {
            list_merge(unreachable, old);
            return;
        }
        clear_unreachable_mask(still_unreachable);
        list_merge(unreachable, old);
    }
}

/// Break the cycles of `collectable` by clearing each object (or, under `DEBUG_SAVEALL`, keep
/// them in `gc.garbage`). Objects that survive their clearing move to `old`.
unsafe fn delete_garbage(collectable: G, old: G) {
    let saveall = STATE.debug.get() & DEBUG_SAVEALL != 0;
    // SAFETY: `[LINKED]`; a strong handle is held while an object is cleared.
    unsafe {
        while !list_is_empty(collectable) {
            let g = next(collectable);
            let op = ObjRef::clone_from_raw(obj_of(g));
            if saveall {
                let garbage = STATE.garbage.borrow().clone();
                if let (Some(list), Some(h)) = (garbage, hooks()) {
                    (h.list_append)(&list, &op);
                }
            } else {
                op.clear_refs();
            }
            drop(op);
            if next(collectable) == g {
                // Still alive: it may die later.
                clear_collecting(g);
                list_move(g, old);
            }
        }
    }
}

fn debug_write(s: &str) {
    if let Some(h) = hooks() {
        (h.write_stderr)(s);
    }
}

/// `gc: objects in each generation: ...` (DEBUG_STATS).
fn show_stats_each_generations() {
    let mut s = String::from("gc: objects in each generation:");
    for i in 0..NUM_GENERATIONS {
        // SAFETY: `[LINKED]`.
        s.push_str(&format!(" {}", unsafe { list_size(gen_head(i)) }));
    }
    s.push_str(&format!(
        "\ngc: objects in permanent generation: {}\n",
        // SAFETY: `[LINKED]`.
        unsafe { list_size(gen_head(NUM_GENERATIONS)) }
    ));
    debug_write(&s);
}

/// The main function: collect `generation` (and the younger ones). Returns (collected,
/// uncollectable); every object found unreachable is one or the other.
pub(super) fn collect_main(generation: usize) -> (usize, usize) {
    let st: &State = &STATE;
    let debug = st.debug.get();
    let t1 = std::time::Instant::now();
    if debug & DEBUG_STATS != 0 {
        debug_write(&format!("gc: collecting generation {generation}...\n"));
        show_stats_each_generations();
    }
    // Update the collection and allocation counters.
    if generation + 1 < NUM_GENERATIONS {
        let g = &st.gens[generation + 1];
        g.count.set(g.count.get() + 1);
    }
    for g in &st.gens[..=generation] {
        g.count.set(0);
    }
    let mut unreachable = new_list();
    let unreachable_p: G = &mut unreachable;
    let mut final_unreachable = new_list();
    let final_p: G = &mut final_unreachable;
    let mut m = 0;
    // SAFETY: `[GIL]` `[LINKED]`: the lists are valid; the steps keep them so (see each).
    unsafe {
        // Merge the younger generations into the one being collected.
        for i in 0..generation {
            list_merge(gen_head(i), gen_head(generation));
        }
        let young = gen_head(generation);
        let old = if generation < NUM_GENERATIONS - 1 {
            gen_head(generation + 1)
        } else {
            young
        };
        let ok = deduce_unreachable(young, unreachable_p);
        if !ok {
            list_init(unreachable_p);
        }
        let survivors = untrack_survivors(young, young == old);
        // Move the reachable objects to the next generation.
        if young != old {
            if generation == NUM_GENERATIONS - 2 {
                st.long_lived_pending
                    .set(st.long_lived_pending.get() + survivors);
            }
            list_merge(young, old);
        } else {
            st.long_lived_pending.set(0);
            st.long_lived_total.set(survivors);
        }
        // mnemo has no legacy (tp_del) finalizers: nothing is uncollectable.
        clear_unreachable_mask(unreachable_p);
        if debug & DEBUG_COLLECTABLE != 0 {
            let mut lines = String::new();
            list_for_each(unreachable_p, |p| {
                let op = ManuallyDrop::new(ObjRef::from_raw(p));
                let name = hooks().map_or_else(String::new, |h| (h.type_name)(&op));
                lines.push_str(&format!("gc: collectable <{} {:#x}>\n", name, op.addr()));
            });
            debug_write(&lines);
        }
        // Clear weak references and call their callbacks.
        m += handle_weakrefs(unreachable_p, old);
        // Call `__del__` on the objects that have one.
        finalize_garbage(unreachable_p);
        // Keep what the finalizers resurrected; go on with what is still unreachable.
        list_init(final_p);
        handle_resurrected_objects(unreachable_p, final_p, old);
        // Clear the rest: this breaks the cycles, and reference counting frees them.
        m += list_size(final_p);
        delete_garbage(final_p, old);
    }
    let n = 0;
    if debug & DEBUG_STATS != 0 {
        let d = t1.elapsed().as_secs_f64();
        debug_write(&format!(
            "gc: done, {} unreachable, {} uncollectable, {:.4}s elapsed\n",
            n + m,
            n,
            d
        ));
    }
    let cell = &st.stats[generation];
    let mut s = cell.get();
    s.collections += 1;
    s.collected += m;
    s.uncollectable += n;
    cell.set(s);
    (m, n)
}

/// A collection with the `gc.callbacks` calls around it.
pub(super) fn collect_with_callback(generation: usize) -> usize {
    let callbacks = STATE.callbacks.borrow().clone();
    let has = |c: &Option<ObjRef>| {
        c.as_ref().is_some_and(|l| {
            l.downcast::<crate::objects::list::ListData>()
                .is_some_and(|d| d.items.try_borrow().is_ok_and(|v| !v.is_empty()))
        })
    };
    if let (true, Some(cbs), Some(h)) = (has(&callbacks), &callbacks, hooks()) {
        (h.gc_callbacks)(cbs, "start", (generation, 0, 0));
    }
    let (collected, uncollectable) = collect_main(generation);
    let callbacks = STATE.callbacks.borrow().clone();
    if let (true, Some(cbs), Some(h)) = (has(&callbacks), &callbacks, hooks()) {
        (h.gc_callbacks)(cbs, "stop", (generation, collected, uncollectable));
    }
    collected + uncollectable
}

/// The automatic collection: the oldest generation whose count passed its threshold
/// (generation 2 only when the long-lived objects waiting for it are a quarter of those that
/// survived the last full collection); with `every_alloc` (the stress mode), generation 0 when
/// no older one is due.
pub(super) fn collect_generations(every_alloc: bool) -> usize {
    let st = &STATE;
    for i in (0..NUM_GENERATIONS).rev() {
        if st.gens[i].count.get() > st.gens[i].threshold.get() || (i == 0 && every_alloc) {
            if i == NUM_GENERATIONS - 1
                && st.long_lived_pending.get() < st.long_lived_total.get() / 4
            {
                continue;
            }
            return collect_with_callback(i);
        }
    }
    0
}

/// The stress mode's check (`MNEMO_GC_STRESS=2`): compute the scratch counts of generation 0
/// as a collection would, verify that no traverse reports a reference that is not there, and
/// put everything back as it was. Nothing is freed, moved or counted, so a program's output is
/// the same as without the check.
pub fn verify_young() {
    if !STATE.initialized.get() || STATE.collecting.get() {
        return;
    }
    let young = gen_head(0);
    // SAFETY: `[GIL]` `[LINKED]`; no Python code runs here.
    unsafe {
        update_refs(young);
        let ok = subtract_refs(young);
        restore_prev_links(young);
        if !ok {
            report_bad_traverse();
        }
    }
}
