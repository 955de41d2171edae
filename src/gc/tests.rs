//! Unit tests of the collector on plain containers (lists, tuples, dicts), without Python code.
//!
//! The collector's state is global and assumes one thread at a time (`[GIL]`), so everything
//! runs in a single test function; no other unit test of the crate allocates objects.

use super::*;
use crate::objects::list::ListData;
use crate::vm::{dictops, intern, new_dict, new_int, new_list, new_tuple};

fn push(list: &ObjRef, item: ObjRef) {
    list.payload::<ListData>().items.borrow_mut().push(item);
}

/// Counts: allocation and deallocation of containers move generation 0's count.
fn counts_follow_allocations() {
    collect(2);
    let c0 = counts()[0];
    let l = new_list(Vec::new());
    assert_eq!(counts()[0], c0 + 1);
    drop(l);
    assert_eq!(counts()[0], c0);
    let i = new_int(5);
    assert_eq!(counts()[0], c0, "an int is not a container");
    drop(i);
    collect(0);
    assert_eq!(counts(), [0, 1, 0]);
    collect(1);
    assert_eq!(counts(), [0, 0, 1]);
    collect(2);
    assert_eq!(counts(), [0, 0, 0]);
}

/// Cycles are found and freed; what is held from outside is not.
fn cycles() {
    collect(2);
    let a = new_list(Vec::new());
    push(&a, a.clone());
    drop(a);
    assert_eq!(collect(2), 1, "a list containing itself");

    let a = new_list(Vec::new());
    let b = new_list(vec![a.clone()]);
    push(&a, b.clone());
    drop((a, b));
    assert_eq!(collect(2), 2, "two lists in a cycle");

    let a = new_list(Vec::new());
    push(&a, a.clone());
    let count = a.refcount();
    assert_eq!(collect(2), 0, "a cycle held from Rust is reachable");
    assert_eq!(a.refcount(), count);
    assert!(is_tracked(&a));
    a.clear_refs();
    drop(a);
    assert_eq!(collect(2), 0);

    // A cycle that holds an outside object: the outside object survives.
    let keep = new_list(Vec::new());
    let a = new_list(vec![keep.clone()]);
    push(&a, a.clone());
    drop(a);
    let before = keep.refcount();
    assert_eq!(collect(2), 1);
    assert_eq!(keep.refcount(), before - 1);
}

/// Survivors move up one generation; `freeze` moves everything to the permanent generation.
fn generations() {
    collect(2);
    let l = new_list(Vec::new());
    let in_gen = |g: usize| objects(Some(g)).iter().any(|o| o.is(&l));
    assert!(in_gen(0));
    collect(0);
    assert!(!in_gen(0) && in_gen(1));
    collect(1);
    assert!(in_gen(2));
    freeze();
    assert!(!in_gen(2) && freeze_count() > 0);
    unfreeze();
    assert_eq!(freeze_count(), 0);
    assert!(in_gen(2));
}

/// Tuples of atomic values are untracked by a collection; dicts are tracked lazily.
fn tracking() {
    let t = new_tuple(vec![new_int(1), new_int(2)]);
    assert!(is_tracked(&t));
    collect(0);
    assert!(
        !is_tracked(&t),
        "a tuple of ints is untracked by a collection"
    );
    let l = new_list(Vec::new());
    let t2 = new_tuple(vec![l.clone()]);
    collect(0);
    assert!(is_tracked(&t2), "a tuple holding a list stays tracked");

    let d = new_dict();
    assert!(!is_tracked(&d), "a new dict is untracked");
    dictops::setitem_str(&d, intern("n"), new_int(1));
    assert!(!is_tracked(&d), "atomic values keep it untracked");
    dictops::setitem_str(&d, intern("l"), l.clone());
    assert!(is_tracked(&d), "a list value tracks it");
    drop((t, t2, d, l));
    collect(2);
}

/// The stress check finds no traverse error; the leak walk sees what roots reach.
fn checks() {
    let a = new_list(Vec::new());
    let b = new_list(vec![a.clone()]);
    verify_young();
    let unreached = leak::unreachable_from(std::slice::from_ref(&b));
    assert!(!unreached.iter().any(|o| o.is(&a) || o.is(&b)));
    let unreached = leak::unreachable_from(&[]);
    assert!(unreached.iter().any(|o| o.is(&a)) && unreached.iter().any(|o| o.is(&b)));
    drop(unreached);
    drop((a, b));
}

#[test]
fn collector() {
    crate::vm::rt();
    set_enabled(false);
    counts_follow_allocations();
    cycles();
    generations();
    tracking();
    checks();
    set_enabled(true);
}
