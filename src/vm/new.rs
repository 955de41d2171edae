//! Making objects of the built-in types: the small-int cache, interning, the shared singletons.

use super::rt;
use crate::heap::{self, ObjRef};
use crate::objects::bytes::BytesData;
use crate::objects::cell::CellData;
use crate::objects::complex::ComplexData;
use crate::objects::dict::DictData;
use crate::objects::float::FloatData;
use crate::objects::int::IntData;
use crate::objects::list::ListData;
use crate::objects::set::SetData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};

#[inline]
pub fn none() -> ObjRef {
    rt().none.clone()
}

#[inline]
pub fn new_bool(b: bool) -> ObjRef {
    if b {
        rt().true_.clone()
    } else {
        rt().false_.clone()
    }
}

/// An int: the cached object for -5..=256, a new one otherwise.
#[inline]
pub fn new_int(i: i64) -> ObjRef {
    if (-5..=256).contains(&i) {
        return rt().small_ints[(i + 5) as usize].clone();
    }
    heap::alloc(&rt().types.int, IntData::Small(i))
}

pub fn new_bigint(v: BigInt) -> ObjRef {
    match IntData::from_big(v) {
        IntData::Small(i) => new_int(i),
        big => heap::alloc(&rt().types.int, big),
    }
}

pub fn new_float(f: f64) -> ObjRef {
    heap::alloc_float(&rt().types.float, FloatData(f))
}

pub fn new_complex(re: f64, im: f64) -> ObjRef {
    heap::alloc(&rt().types.complex, ComplexData { re, im })
}

/// A str; single Latin-1 characters and the empty string are the shared objects.
pub fn new_str(s: &str) -> ObjRef {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (None, _) => rt().empty_str.clone(),
        (Some(c), None) if (c as u32) < 256 => rt().latin1[c as usize].clone(),
        _ => heap::alloc(&rt().types.str_, StrData::new(s)),
    }
}

pub fn new_string(s: String) -> ObjRef {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (None, _) => rt().empty_str.clone(),
        (Some(c), None) if (c as u32) < 256 => rt().latin1[c as usize].clone(),
        _ => heap::alloc(&rt().types.str_, StrData::new(s)),
    }
}

thread_local! {
    /// Interned strs for names written in mnemo's own source (`sym("__init__")`), by the
    /// address of the static text: no lock, no string hashing on the hot path.
    static SYMBOLS: std::cell::RefCell<std::collections::HashMap<usize, ObjRef, FastHash>> =
        const { std::cell::RefCell::new(std::collections::HashMap::with_hasher(FastHash)) };
}

/// A hasher for small integer keys (addresses): one multiply, no DoS resistance needed.
#[derive(Clone, Copy, Default)]
pub struct FastHash;

impl std::hash::BuildHasher for FastHash {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(0)
    }
}

#[derive(Default)]
pub struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(5) ^ *b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// The interned str for a name that is a literal in mnemo's source.
#[inline]
pub fn sym(s: &'static str) -> ObjRef {
    let key = s.as_ptr() as usize;
    if let Some(o) = SYMBOLS.with(|m| m.borrow().get(&key).cloned()) {
        return o;
    }
    let o = intern(s);
    SYMBOLS.with(|m| m.borrow_mut().insert(key, o.clone()));
    o
}

/// Forget this thread's cache of [`sym`] strings (a finishing thread, under the GIL).
pub fn clear_symbols() {
    let m = SYMBOLS.with(|m| std::mem::take(&mut *m.borrow_mut()));
    drop(m);
}

/// The interned str for `s` (`sys.intern`; names and identifier-like constants).
pub fn intern(s: &str) -> ObjRef {
    let mut table = rt().interned.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(o) = table.get(s) {
        return o.clone();
    }
    let o = heap::alloc(&rt().types.str_, StrData::new(s));
    o.payload::<StrData>().interned.set(true);
    table.insert(s.into(), o.clone());
    o
}

/// The interned str for `s`, if there is one already.
pub fn lookup_interned(s: &str) -> Option<ObjRef> {
    let table = rt().interned.lock().unwrap_or_else(|e| e.into_inner());
    table.get(s).cloned()
}

/// Intern an existing str object: the table's object if there is one, else this one.
pub fn intern_obj(o: &ObjRef) -> ObjRef {
    let d = o.payload::<StrData>();
    if d.interned.get() {
        return o.clone();
    }
    let mut table = rt().interned.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(t) = table.get(&*d.s) {
        return t.clone();
    }
    d.interned.set(true);
    table.insert(d.s.clone(), o.clone());
    o.clone()
}

pub fn new_bytes(b: &[u8]) -> ObjRef {
    if b.is_empty() {
        return rt().empty_bytes.clone();
    }
    heap::alloc(
        &rt().types.bytes,
        BytesData {
            b: b.into(),
            hash: Cell::new(-1),
        },
    )
}

pub fn new_tuple(items: Vec<ObjRef>) -> ObjRef {
    if items.is_empty() {
        return rt().empty_tuple.clone();
    }
    heap::alloc(
        &rt().types.tuple,
        TupleData {
            items: items.into_boxed_slice(),
        },
    )
}

pub fn new_list(items: Vec<ObjRef>) -> ObjRef {
    heap::alloc(
        &rt().types.list,
        ListData {
            items: RefCell::new(items),
        },
    )
}

/// A new empty dict, untracked by the collector until it holds something that may be tracked
/// (`dictops::setitem` keeps that up, as CPython's `MAINTAIN_TRACKING`).
pub fn new_dict() -> ObjRef {
    heap::alloc_untracked(&rt().types.dict, DictData::new())
}

pub fn new_set(frozen: bool) -> ObjRef {
    let ty = if frozen {
        &rt().types.frozenset
    } else {
        &rt().types.set
    };
    heap::alloc(ty, SetData::new())
}

pub fn new_cell(v: Option<ObjRef>) -> ObjRef {
    heap::alloc(
        &rt().types.cell,
        CellData {
            value: RefCell::new(v),
        },
    )
}
