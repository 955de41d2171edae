//! The hash table under `set` and `frozenset`: CPython 3.11's `Objects/setobject.c` layout, so
//! that iteration (slot order) and so `repr` come out in CPython's order.
//!
//! An open-addressing array of `(hash, key)` slots whose length is a power of two (at least
//! [`MINSIZE`]), kept as two parallel arrays so that a probe scans hashes only. A slot is *unused* (no key, hash 0), a *dummy* left by a deletion (no key,
//! hash -1), or *active*. `fill` counts active and dummy slots, `used` active ones. A probe
//! sequence starts at `hash & mask`, looks at up to [`LINEAR_PROBES`] following slots when they
//! fit before the end of the table, then jumps with CPython's perturbation
//! (`perturb >>= 5; i = (i * 5 + 1 + perturb) & mask`). An insertion into an unused slot that
//! makes `fill * 5 >= mask * 3` rebuilds the table for `used * 4` (`used * 2` past 50,000)
//! entries, re-inserting the active slots in slot order ([`SetTable::resize`]).
//!
//! The table never runs Python code: equality that needs `__eq__` is the caller's
//! (`vm::setops`). [`SetTable::probe`] walks a [`Cursor`] until it decides, or until it meets a
//! slot whose key has the same hash and needs a Python comparison; the caller compares with no
//! borrow held and resumes the cursor if the table is unchanged (same `epoch`, same key), or
//! starts over, as CPython's `set_lookkey`/`set_add_entry` do.

use crate::heap::ObjRef;

/// Slots of a new or cleared table (CPython's `PySet_MINSIZE`).
pub const MINSIZE: usize = 8;
/// Slots looked at linearly after the first before jumping (CPython's `LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash of a dummy slot.
const DUMMY_HASH: i64 = -1;

/// A position in a probe sequence (CPython's `i`, `perturb`, `probes` and `freeslot`).
#[derive(Clone, Copy)]
pub struct Cursor {
    base: usize,
    cur: usize,
    left: usize,
    perturb: u64,
    /// The last dummy slot passed (where an insertion goes if the key is absent).
    free: Option<usize>,
}

impl Cursor {
    fn new(hash: i64, mask: usize) -> Cursor {
        let base = (hash as u64 as usize) & mask;
        Cursor {
            base,
            cur: base,
            left: linear_probes(base, mask),
            perturb: hash as u64,
            free: None,
        }
    }

    /// Step to the next slot of the sequence.
    #[inline]
    fn advance(&mut self, mask: usize) {
        if self.left > 0 {
            self.left -= 1;
            self.cur += 1;
        } else {
            self.jump(mask);
        }
    }

    /// Leave the current linear run for the next perturbed start.
    #[inline]
    fn jump(&mut self, mask: usize) {
        self.perturb >>= PERTURB_SHIFT;
        self.base = (self
            .base
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize))
            & mask;
        self.cur = self.base;
        self.left = linear_probes(self.base, mask);
    }
}

#[inline]
fn linear_probes(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

/// What a probe found.
#[derive(Clone, Copy)]
pub enum Probe {
    /// The key is in this slot.
    Found(usize),
    /// The key is absent; an insertion goes to this slot (the last dummy passed, else the
    /// unused slot that ended the search).
    Absent(usize),
    /// This slot's key has the same hash and needs Python's `==`: compare it (the table's key
    /// first, see [`SetTable::key_at`]), then [`SetTable::probe`] again with the cursor if the
    /// answer is no.
    Compare(usize),
}

pub struct SetTable {
    /// Each slot's hash: the key's, or 0 (unused) or -1 (dummy) where `keys` has none.
    hashes: Vec<i64>,
    keys: Vec<Option<ObjRef>>,
    fill: usize,
    used: usize,
    /// Where `pop()` starts looking (CPython's `finger`).
    finger: usize,
    /// Bumped whenever the arrays are replaced, so a lookup that ran Python code can tell.
    epoch: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

fn empty_keys(n: usize) -> Vec<Option<ObjRef>> {
    let mut v = Vec::with_capacity(n);
    v.resize_with(n, || None);
    v
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            hashes: vec![0; MINSIZE],
            keys: empty_keys(MINSIZE),
            fill: 0,
            used: 0,
            finger: 0,
            epoch: 0,
        }
    }

    /// Active entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Active and dummy slots.
    pub fn fill(&self) -> usize {
        self.fill
    }

    #[inline]
    pub fn mask(&self) -> usize {
        self.hashes.len() - 1
    }

    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    /// A cursor at the start of `hash`'s probe sequence.
    #[inline]
    pub fn cursor(&self, hash: i64) -> Cursor {
        Cursor::new(hash, self.mask())
    }

    /// The key in slot `idx` (for a [`Probe::Compare`]).
    pub fn key_at(&self, idx: usize) -> Option<ObjRef> {
        self.keys.get(idx).cloned().flatten()
    }

    /// Whether slot `idx` still holds exactly `key` (after Python code ran).
    pub fn holds(&self, idx: usize, key: &ObjRef) -> bool {
        self.keys
            .get(idx)
            .and_then(|k| k.as_ref())
            .is_some_and(|k| k.is(key))
    }

    /// The probe of [`SetTable::probe`] in one go, for when no Python comparison is needed
    /// (the common case): `None` if one is (then probe with a cursor).
    #[inline(always)]
    pub fn scan(
        &self,
        hash: i64,
        key: &ObjRef,
        for_insert: bool,
        fast_eq: impl Fn(&ObjRef, &ObjRef) -> Option<bool>,
    ) -> Option<Result<usize, usize>> {
        let (hs, ks) = (&self.hashes[..], &self.keys[..]);
        if hs.is_empty() || ks.len() != hs.len() {
            return None;
        }
        let mask = hs.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free = usize::MAX;
        loop {
            let last = if i + LINEAR_PROBES <= mask {
                i + LINEAR_PROBES
            } else {
                i
            };
            let mut j = i;
            loop {
                let h = hs[j & mask];
                // Most slots passed hold another key: the hash rules them out (a dummy's -1
                // never equals a key's hash, and only matters to inserts).
                if h == hash || h == 0 || (for_insert && h == DUMMY_HASH) {
                    match &ks[j & mask] {
                        Some(k) if h == hash => {
                            if k.is(key) {
                                return Some(Ok(j));
                            }
                            match fast_eq(k, key) {
                                Some(true) => return Some(Ok(j)),
                                Some(false) => {}
                                None => return None,
                            }
                        }
                        Some(_) => {}
                        None if h == 0 => {
                            return Some(Err(if free == usize::MAX { j } else { free }));
                        }
                        None => free = j,
                    }
                }
                if j == last {
                    break;
                }
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Walk the probe sequence of `hash` from `c`. `fast_eq` decides equality without Python
    /// code where it can (`None`: it cannot). `for_insert` remembers dummies passed, as
    /// CPython's `set_add_entry` does (`set_lookkey` does not).
    pub fn probe(
        &self,
        c: &mut Cursor,
        hash: i64,
        key: &ObjRef,
        for_insert: bool,
        fast_eq: impl Fn(&ObjRef, &ObjRef) -> Option<bool>,
    ) -> Probe {
        let mask = self.mask();
        loop {
            let start = c.cur;
            let end = start + c.left;
            let (Some(hs), Some(ks)) = (self.hashes.get(start..=end), self.keys.get(start..=end))
            else {
                // Unreachable while cursors are used with their own table; stop safely.
                return Probe::Absent(c.free.unwrap_or(0));
            };
            for (off, (&h, k)) in hs.iter().zip(ks).enumerate() {
                let idx = start + off;
                match k {
                    Some(k) if h == hash => {
                        if k.is(key) {
                            return Probe::Found(idx);
                        }
                        match fast_eq(k, key) {
                            Some(true) => return Probe::Found(idx),
                            Some(false) => {}
                            None => {
                                // Resume after this slot once Python has compared.
                                c.cur = idx;
                                c.left = end - idx;
                                c.advance(mask);
                                return Probe::Compare(idx);
                            }
                        }
                    }
                    Some(_) => {}
                    None if h == 0 => return Probe::Absent(c.free.unwrap_or(idx)),
                    None => {
                        if for_insert {
                            c.free = Some(idx);
                        }
                    }
                }
            }
            c.jump(mask);
        }
    }

    /// Put `key` into slot `idx` (which [`SetTable::probe`] returned as `Absent`), growing the
    /// table if an unused slot was taken and the table is now 60% full.
    pub fn insert_at(&mut self, idx: usize, hash: i64, key: ObjRef) {
        let (Some(h), Some(k)) = (self.hashes.get_mut(idx), self.keys.get_mut(idx)) else {
            return;
        };
        let was_unused = *h != DUMMY_HASH;
        *h = hash;
        *k = Some(key);
        self.used += 1;
        if was_unused {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                self.grow();
            }
        }
    }

    /// CPython's "one big resize at the start" before adding up to `n` entries at once
    /// (`set_merge`, `set_update_internal` with a dict).
    pub fn presize(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Rebuild for `used * 4` entries (`used * 2` past 50,000), as after an insertion.
    pub fn grow(&mut self) {
        let n = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(n);
    }

    /// Turn active slot `idx` into a dummy, returning its key.
    pub fn remove_at(&mut self, idx: usize) -> Option<ObjRef> {
        let key = self.keys.get_mut(idx)?.take()?;
        if let Some(h) = self.hashes.get_mut(idx) {
            *h = DUMMY_HASH;
        }
        self.used -= 1;
        Some(key)
    }

    /// CPython's `set_table_resize`: a table with more than `minused` slots (a power of two),
    /// the active entries re-inserted in slot order, dummies dropped.
    pub fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MINSIZE && self.hashes.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old_h = std::mem::replace(&mut self.hashes, vec![0; size]);
        let old_k = std::mem::replace(&mut self.keys, empty_keys(size));
        self.epoch += 1;
        self.fill = self.used;
        let mask = size - 1;
        for (h, k) in old_h.into_iter().zip(old_k) {
            if let Some(k) = k {
                self.insert_clean(mask, h, k);
            }
        }
    }

    /// Place a key known to be absent in a table without dummies (`set_insert_clean`);
    /// the caller keeps `fill` and `used`.
    fn insert_clean(&mut self, mask: usize, hash: i64, key: ObjRef) {
        let mut c = Cursor::new(hash, mask);
        loop {
            let idx = c.cur;
            match self.keys.get_mut(idx) {
                Some(k) if k.is_none() => {
                    *k = Some(key);
                    if let Some(h) = self.hashes.get_mut(idx) {
                        *h = hash;
                    }
                    return;
                }
                Some(_) => c.advance(mask),
                None => return,
            }
        }
    }

    /// Fill an empty table with the entries of `other` (CPython's `set_merge` when the target
    /// is empty): a copy of its layout when the sizes match and it has no dummies, else clean
    /// insertions in its slot order. The caller has sized this table first.
    pub fn merge_into_empty(&mut self, other: &SetTable) {
        if self.hashes.len() == other.hashes.len() && other.fill == other.used {
            self.hashes.copy_from_slice(&other.hashes);
            self.keys.clone_from_slice(&other.keys);
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        let mask = self.mask();
        self.fill = other.used;
        self.used = other.used;
        for (h, k) in other.iter() {
            self.insert_clean(mask, h, k.clone());
        }
    }

    /// The first active slot at or after `pos`: its index, hash and key.
    #[inline]
    pub fn next_from(&self, pos: usize) -> Option<(usize, i64, &ObjRef)> {
        let ks = self.keys.get(pos..)?;
        let (i, k) = ks
            .iter()
            .enumerate()
            .find_map(|(i, k)| k.as_ref().map(|k| (i, k)))?;
        Some((pos + i, self.hashes.get(pos + i).copied().unwrap_or(0), k))
    }

    /// Active keys with their hashes, in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &ObjRef)> {
        self.hashes
            .iter()
            .zip(&self.keys)
            .filter_map(|(h, k)| k.as_ref().map(|k| (*h, k)))
    }

    /// `set.pop()`: the first active slot from the finger on (wrapping), left as a dummy.
    pub fn pop(&mut self) -> Option<ObjRef> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.keys.get(i).is_some_and(Option::is_none) {
            i = if i == mask { 0 } else { i + 1 };
        }
        let key = self.remove_at(i);
        self.finger = i + 1;
        key
    }

    /// Empty the table back to [`MINSIZE`] slots, returning the old keys so the caller drops
    /// them outside any borrow (as `set_clear_internal`). The finger stays.
    pub fn take_all(&mut self) -> Vec<Option<ObjRef>> {
        self.fill = 0;
        self.used = 0;
        self.epoch += 1;
        self.hashes = vec![0; MINSIZE];
        std::mem::replace(&mut self.keys, empty_keys(MINSIZE))
    }

    /// Exchange contents with `other` (CPython's `set_swap_bodies`; fingers stay).
    pub fn swap_bodies(&mut self, other: &mut SetTable) {
        std::mem::swap(&mut self.hashes, &mut other.hashes);
        std::mem::swap(&mut self.keys, &mut other.keys);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        self.epoch += 1;
        other.epoch += 1;
    }

    /// CPython's `frozenset_hash`: shuffled bits of every entry's hash, xor-ed (so the order
    /// does not matter), mixed with the size.
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle_bits(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.iter() {
            hash ^= shuffle_bits(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }

    /// Bytes of the slot arrays (for `sys.getsizeof`): 16 per slot, as CPython's `setentry`.
    pub fn heap_bytes(&self) -> usize {
        self.hashes.capacity() * std::mem::size_of::<i64>()
            + self.keys.capacity() * std::mem::size_of::<Option<ObjRef>>()
    }
}
