//! The insertion-ordered hash table under `dict`, keyed by Python hashes (sets have their own,
//! `settable`, laid out as CPython's).
//!
//! Like CPython's compact dict: `entries` keeps insertion order (a removed entry leaves a hole,
//! squeezed out at the next resize), `indices` is an open-addressing table of positions into
//! `entries`. The table never calls Python code: equality of keys is decided by the caller
//! (`vm::dictops`), which may need to run `__eq__`. [`Table::find_candidates`] yields the entries
//! whose hash matches, and the caller compares keys without holding a borrow of the table.

use crate::heap::ObjRef;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

pub struct Entry<V> {
    pub hash: i64,
    pub key: ObjRef,
    pub value: V,
}

pub struct Table<V> {
    pub entries: Vec<Option<Entry<V>>>,
    indices: Vec<u32>,
    len: usize,
    /// Bumped on every insertion or removal: iterators use it to detect changes during
    /// iteration ("dictionary changed size during iteration").
    pub version: u64,
}

impl<V> Default for Table<V> {
    fn default() -> Self {
        Table {
            entries: Vec::new(),
            indices: Vec::new(),
            len: 0,
            version: 0,
        }
    }
}

impl<V> Table<V> {
    pub fn with_capacity(n: usize) -> Table<V> {
        let mut t = Table::default();
        if n > 0 {
            t.entries.reserve(n);
            t.rebuild(index_size_for(n));
        }
        t
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Entry positions whose hash is `hash`, in probe order.
    pub fn find_candidates(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        let mask = self.indices.len().wrapping_sub(1);
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut done = self.indices.is_empty();
        std::iter::from_fn(move || {
            while !done {
                let ix = self.indices[i];
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
                if ix == EMPTY {
                    done = true;
                    return None;
                }
                if ix != DUMMY {
                    if let Some(e) = &self.entries[ix as usize] {
                        if e.hash == hash {
                            return Some(ix as usize);
                        }
                    }
                }
            }
            None
        })
    }

    /// Append a new entry (the caller checked the key is absent).
    pub fn insert_new(&mut self, hash: i64, key: ObjRef, value: V) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild(index_size_for(self.len + 1));
        }
        let pos = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.place(hash, pos);
        self.len += 1;
        self.version += 1;
    }

    /// Remove the entry at `pos`, returning it.
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry<V>> {
        let e = self.entries.get_mut(pos)?.take()?;
        // Mark its index slot as a dummy.
        let mask = self.indices.len() - 1;
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == pos as u32 {
                self.indices[i] = DUMMY;
                break;
            }
            if ix == EMPTY {
                break;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.len -= 1;
        self.version += 1;
        if self.len == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|x| *x = EMPTY);
        }
        Some(e)
    }

    /// Remove every entry, returning them (so the caller drops them outside any borrow).
    pub fn take_all(&mut self) -> Vec<Option<Entry<V>>> {
        self.len = 0;
        self.version += 1;
        self.indices = Vec::new();
        std::mem::take(&mut self.entries)
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry<V>> {
        self.entries.iter().flatten()
    }

    /// The first live entry at or after position `pos`, with its position.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry<V>)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// The last live entry (for `popitem`).
    pub fn last_pos(&self) -> Option<usize> {
        self.entries.iter().rposition(Option::is_some)
    }

    fn place(&mut self, hash: i64, pos: u32) {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != EMPTY && self.indices[i] != DUMMY {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.indices[i] = pos;
    }

    /// Compact the entries and rebuild the index table with `size` slots.
    fn rebuild(&mut self, size: usize) {
        if self.entries.len() != self.len {
            self.entries.retain(Option::is_some);
        }
        self.indices = vec![EMPTY; size];
        for pos in 0..self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                let h = e.hash;
                self.place(h, pos as u32);
            }
        }
    }

    /// Bytes the table owns (for `sys.getsizeof`).
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Option<Entry<V>>>()
            + self.indices.capacity() * 4
    }
}

/// The index-table size for `n` entries: a power of two, at most 2/3 full.
fn index_size_for(n: usize) -> usize {
    let mut size = 8;
    while size * 2 <= n * 3 {
        size *= 2;
    }
    size
}
