//! `type`: classes, built-in and user-defined. Every type is a heap object; built-in types are
//! created at start-up (static, never freed), `class` statements make new ones.
//!
//! A type records its instances' layout as the [`Kind`] of payload they get (`instance_kind`),
//! its bases and C3 MRO (as the tuple objects `__bases__` and `__mro__` are; the MRO tuple
//! holds the type itself, so a class is a reference cycle, as in CPython), and its namespace (a
//! dict object). [`TypeExtra`] holds the layout of
//! instances (`__slots__` storage, `__weakref__` support) and the weak list of live direct
//! subclasses behind `type.__subclasses__()`: a base never keeps a subclass alive.

use super::lookup_cache::LookupCache;
use super::tuple::TupleData;
use crate::heap::weak::{self, WeakAnchor, WeakRef};
use crate::heap::{Kind, ObjRef, PayloadOps};
use std::cell::{Cell, Ref, RefCell};

pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    /// `__bases__`: a tuple object (CPython's `tp_bases`); see [`TypeData::bases`].
    pub bases: RefCell<ObjRef>,
    /// `__mro__`: a tuple object starting with the type itself (CPython's `tp_mro`), so every
    /// class is a reference cycle, as in CPython; see [`TypeData::mro`].
    pub mro: RefCell<ObjRef>,
    /// `__base__` (CPython's `tp_base`, a strong reference): the base whose layout instances
    /// extend; `None` for `object`.
    pub base: RefCell<Option<ObjRef>>,
    /// The class namespace (a dict object).
    pub dict: ObjRef,
    /// The payload kind instances of this type get.
    pub instance_kind: Kind,
    /// Defined by a `class` statement (or `type(name, bases, ns)`).
    pub heap: bool,
    /// May be subclassed.
    pub basetype: bool,
    /// `__slots__` names (mangled), when the class defines them.
    pub slots: Vec<ObjRef>,
    /// Instances have a `__dict__`.
    pub has_dict: bool,
    /// The class or an ancestor defines `__del__` (cached for deallocation).
    pub has_del: Cell<bool>,
    /// Bumped when the namespace of this type or an ancestor changes (attribute caches).
    pub version: Cell<u64>,
    /// What MRO lookups of names found (see `lookup_cache`).
    pub lookup_cache: LookupCache,
    /// Instance layout and the subclass list (defaults for built-in types).
    pub extra: TypeExtra,
}

/// The parts of a type that CPython keeps in `tp_*` layout fields and `tp_subclasses`.
#[derive(Default)]
pub struct TypeExtra {
    /// Where this type's weak handles point (see `heap::weak`).
    pub anchor: WeakAnchor,
    /// Direct subclasses, in creation order; dead entries are dropped lazily.
    pub subclasses: RefCell<Vec<WeakRef>>,
    /// The subclass list's length at which dead entries are next pruned (amortized O(1) adds).
    pub prune_at: Cell<usize>,
    /// How many `__slots__` values an instance carries (its own and its bases').
    pub nslots: usize,
    /// Instances can be weakly referenced (the class or a base has a `__weakref__` slot).
    pub has_weakref: bool,
}

impl TypeData {
    /// The direct bases.
    pub fn bases(&self) -> Ref<'_, [ObjRef]> {
        Ref::map(self.bases.borrow(), |t| &*t.payload::<TupleData>().items)
    }

    /// The method resolution order after the type itself (`mro()[0]` is its first base).
    pub fn mro(&self) -> Ref<'_, [ObjRef]> {
        Ref::map(self.mro.borrow(), |t| {
            t.payload::<TupleData>().items.get(1..).unwrap_or(&[])
        })
    }
}

impl PayloadOps for TypeData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        super::visit_cell(&self.bases, visit);
        super::visit_cell(&self.mro, visit);
        super::visit_opt(&self.base, visit);
        visit(&self.dict);
        self.slots.iter().for_each(&mut *visit);
        self.lookup_cache.traverse(visit);
    }
    fn clear(&self) {
        // A cleared type is garbage: its weak handles see it as gone from now on.
        self.extra.anchor.detach();
        self.lookup_cache.clear();
        let empty = || crate::vm::rt().empty_tuple.clone();
        let b = self
            .bases
            .try_borrow_mut()
            .map(|mut v| std::mem::replace(&mut *v, empty()));
        let m = self
            .mro
            .try_borrow_mut()
            .map(|mut v| std::mem::replace(&mut *v, empty()));
        let base = self.base.try_borrow_mut().map(|mut v| v.take());
        drop((b, m, base));
    }
}

/// `ty.__mro__`.
pub fn mro_tuple(ty: &ObjRef) -> ObjRef {
    ty.payload::<TypeData>().mro.borrow().clone()
}

/// `ty.__bases__`.
pub fn bases_tuple(ty: &ObjRef) -> ObjRef {
    ty.payload::<TypeData>().bases.borrow().clone()
}

/// Make `ty` weakly referenceable and enter it in its bases' subclass lists (after allocation).
pub fn register_subclass(ty: &ObjRef) {
    weak::arm::<TypeData>(ty);
    let Some(w) = weak::downgrade::<TypeData>(ty) else {
        return;
    };
    let bases = ty.payload::<TypeData>().bases().to_vec();
    for b in &bases {
        add_subclass(b, w.clone());
    }
}

/// Add `w` to `base`'s subclass list, dropping entries of classes that are gone.
pub fn add_subclass(base: &ObjRef, w: WeakRef) {
    if let Some(td) = base.downcast::<TypeData>() {
        let mut subs = td.extra.subclasses.borrow_mut();
        if subs.len() >= td.extra.prune_at.get() {
            subs.retain(WeakRef::is_alive);
            td.extra.prune_at.set((subs.len() * 2).max(8));
        }
        subs.push(w);
    }
}

/// Take `sub` out of `base`'s subclass list (a `__bases__` assignment).
pub fn remove_subclass(base: &ObjRef, sub: &ObjRef) {
    if let Some(td) = base.downcast::<TypeData>() {
        td.extra
            .subclasses
            .borrow_mut()
            .retain(|w| w.upgrade().is_some_and(|s| !s.is(sub)));
    }
}

/// The live direct subclasses of `ty`, in creation order.
pub fn subclasses(ty: &ObjRef) -> Vec<ObjRef> {
    let Some(td) = ty.downcast::<TypeData>() else {
        return Vec::new();
    };
    let live: Vec<ObjRef> = td
        .extra
        .subclasses
        .borrow()
        .iter()
        .filter_map(WeakRef::upgrade)
        .collect();
    let mut subs = td.extra.subclasses.borrow_mut();
    subs.retain(WeakRef::is_alive);
    td.extra.prune_at.set((subs.len() * 2).max(8));
    drop(subs);
    live
}
