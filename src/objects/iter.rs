//! Iterator objects of the built-in types and functions (`list_iterator`, `range_iterator`,
//! `dict_keyiterator`, `enumerate`, `zip`, `map`, `filter`, `reversed`, `callable_iterator`, ...):
//! one payload whose state says what is iterated; the Python type names the iterator.

use crate::heap::{ObjRef, PayloadOps};
use std::cell::RefCell;

pub enum IterState {
    /// Over a list, tuple, str, bytes... by index (`seq[i]`).
    Seq {
        seq: ObjRef,
        index: usize,
    },
    /// Backwards over a sequence (`reversed(list)`), `index` counting down.
    SeqRev {
        seq: ObjRef,
        index: isize,
    },
    /// Over a range of machine integers.
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Over a dict or set's entries: keys (0), values (1), items (2); `version` detects changes.
    Table {
        obj: ObjRef,
        pos: usize,
        what: u8,
        len: usize,
    },
    /// `seq.__getitem__(0), (1), ...` until IndexError, for objects without `__iter__`.
    GetItem {
        obj: ObjRef,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: ObjRef,
        sentinel: ObjRef,
    },
    Enumerate {
        it: ObjRef,
        count: ObjRef,
    },
    Zip {
        its: Vec<ObjRef>,
        strict: bool,
    },
    Map {
        func: ObjRef,
        its: Vec<ObjRef>,
    },
    Filter {
        func: ObjRef,
        it: ObjRef,
    },
    Exhausted,
}

pub struct IterData {
    pub state: RefCell<IterState>,
}

impl PayloadOps for IterData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        let Ok(s) = self.state.try_borrow() else {
            return;
        };
        match &*s {
            IterState::Seq { seq, .. } | IterState::SeqRev { seq, .. } => visit(seq),
            IterState::Table { obj, .. } | IterState::GetItem { obj, .. } => visit(obj),
            IterState::Callable { func, sentinel } => {
                visit(func);
                visit(sentinel);
            }
            IterState::Enumerate { it, count } => {
                visit(it);
                visit(count);
            }
            IterState::Zip { its, .. } => its.iter().for_each(visit),
            IterState::Map { func, its } => {
                visit(func);
                its.iter().for_each(visit);
            }
            IterState::Filter { func, it } => {
                visit(func);
                visit(it);
            }
            IterState::Range { .. } | IterState::Exhausted => {}
        }
    }
    fn clear(&self) {
        let s = self
            .state
            .try_borrow_mut()
            .map(|mut s| std::mem::replace(&mut *s, IterState::Exhausted));
        drop(s);
    }
}
