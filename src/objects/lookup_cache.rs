//! The per-type attribute lookup cache: what a lookup of a name along a type's MRO found
//! (a value, or nothing), so `obj.attr`, method calls and dunder probes need not walk the MRO
//! dicts every time.
//!
//! Each type owns its cache (so the collector sees the cached values through the type's
//! traverse, and they go when the type goes). Entries are valid for one value of the global
//! type version (`vm::attr::TYPE_VERSION`), which every change to a class namespace or hierarchy
//! bumps; a cache from an older version is emptied on its next use. The table is two-way set
//! associative: a key's slot and its neighbour (`slot ^ 1`); a new key takes the first slot and
//! moves what was there to the second (so two hot names that share a slot both stay), and a
//! miss is only a slower lookup. (Direct-mapped, a hot pair of colliding names made a class's
//! method calls 25% slower, depending on where the names' strings happened to be allocated.)

use crate::heap::ObjRef;
use std::cell::{Cell, RefCell};

/// Slots per type (a power of two).
const SLOTS: usize = 32;

#[derive(Default)]
pub struct LookupCache {
    table: RefCell<Table>,
    /// (version + 1, flags) of the type's attribute-protocol overrides (see `vm::attr`);
    /// 0 = not computed.
    flags: Cell<(u64, u32)>,
}

#[derive(Default)]
struct Table {
    version: u64,
    /// (key, what the lookup found); key 0 = empty slot.
    entries: Vec<(usize, Option<ObjRef>)>,
}

fn slot(key: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (usize::BITS - SLOTS.trailing_zeros()))
        & (SLOTS - 1)
}

impl LookupCache {
    /// The cached result for `key` at `version`: `Some(found)` on a hit.
    #[inline]
    pub fn get(&self, version: u64, key: usize) -> Option<Option<ObjRef>> {
        let t = self.table.borrow();
        if t.version != version || t.entries.is_empty() {
            return None;
        }
        let s = slot(key);
        let (k, v) = &t.entries[s];
        if *k == key {
            return Some(v.clone());
        }
        let (k, v) = &t.entries[s ^ 1];
        (*k == key).then(|| v.clone())
    }

    /// Remember `found` for `key` at `version` (dropping entries of older versions).
    pub fn put(&self, version: u64, key: usize, found: Option<ObjRef>) {
        let old = {
            let mut t = self.table.borrow_mut();
            let stale = if t.version != version {
                t.version = version;
                std::mem::take(&mut t.entries)
            } else {
                Vec::new()
            };
            if t.entries.is_empty() {
                t.entries = (0..SLOTS).map(|_| (0, None)).collect();
            }
            let s = slot(key);
            let replaced = if t.entries[s].0 == key || t.entries[s].0 == 0 {
                std::mem::replace(&mut t.entries[s], (key, found))
            } else {
                let first = std::mem::replace(&mut t.entries[s], (key, found));
                std::mem::replace(&mut t.entries[s ^ 1], first)
            };
            (stale, replaced)
        };
        // Released after the borrow ends: dropping a value may run code that looks up types.
        drop(old);
    }

    /// Flags derived from the type's MRO at `version`, computed by `compute` when missing.
    #[inline]
    pub fn flags(&self, version: u64, compute: impl FnOnce() -> u32) -> u32 {
        let (v, f) = self.flags.get();
        if v == version + 1 {
            return f;
        }
        let f = compute();
        self.flags.set((version + 1, f));
        f
    }

    /// Visit the cached values (for the collector).
    pub fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        let Ok(t) = self.table.try_borrow() else {
            return;
        };
        for (_, v) in t.entries.iter() {
            if let Some(v) = v {
                visit(v);
            }
        }
    }

    /// Drop every entry (the collector's clear, or a namespace change).
    pub fn clear(&self) {
        let old = self
            .table
            .try_borrow_mut()
            .map(|mut t| std::mem::take(&mut t.entries));
        drop(old);
    }
}
