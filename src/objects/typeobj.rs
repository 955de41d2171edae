//! `type`: classes, built-in and user-defined. Every type is a heap object; built-in types are
//! created at start-up (static, never freed), `class` statements make new ones.
//!
//! A type records its instances' layout as the [`Kind`] of payload they get (`instance_kind`),
//! its bases and C3 MRO, and its namespace (a dict object).

use super::lookup_cache::LookupCache;
use crate::heap::{Kind, ObjRef, PayloadOps};
use std::cell::{Cell, RefCell};

pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<ObjRef>>,
    /// The method resolution order, starting with the type itself... except that the type's
    /// own entry is not stored (it would be a self-reference): `mro[0]` is its first base.
    pub mro: RefCell<Vec<ObjRef>>,
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
}

impl PayloadOps for TypeData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        self.bases.borrow().iter().for_each(&mut *visit);
        self.mro.borrow().iter().for_each(&mut *visit);
        visit(&self.dict);
        self.slots.iter().for_each(&mut *visit);
        self.lookup_cache.traverse(visit);
    }
    fn clear(&self) {
        self.lookup_cache.clear();
        let b = std::mem::take(&mut *self.bases.borrow_mut());
        let m = std::mem::take(&mut *self.mro.borrow_mut());
        drop((b, m));
    }
}
