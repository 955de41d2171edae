//! Objects whose payload type is defined outside the core: the standard library's types written
//! in Rust (`collections.deque`, `array.array`, the Mersenne Twister behind `random`,
//! `itertools`' iterators, ...). They share one heap kind, `Kind::Native`, whose payload is a
//! boxed [`NativeObject`]; the module that defines a type reaches its own Rust struct again with
//! [`native`] (a checked downcast), so adding a type never touches the heap's kind table.
//!
//! A native type implements [`NativeObject`]: `traverse` must visit exactly the handles the
//! value owns (the collector relies on it, as for every payload), `clear` drops them to break
//! a cycle, and `extra_size` counts the buffers it owns for `sys.getsizeof`. Behaviour (the
//! type's methods and dunders) lives in the type object's namespace, as built-in functions
//! (`crate::modules::support`).

use crate::heap::{Kind, ObjRef, PayloadOps};
use std::any::Any;

/// The Rust side of a native object.
pub trait NativeObject: Any {
    /// Visit every handle this value owns.
    fn traverse(&self, _visit: &mut dyn FnMut(&ObjRef)) {}
    /// Drop the handles this value owns (to break a reference cycle).
    fn clear(&self) {}
    /// Bytes owned outside the boxed value itself (buffers), for `sys.getsizeof`.
    fn extra_size(&self) -> usize {
        0
    }
}

/// The payload of `Kind::Native` objects.
pub struct NativeData(pub Box<dyn NativeObject>);

impl PayloadOps for NativeData {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        self.0.traverse(visit)
    }
    fn clear(&self) {
        self.0.clear()
    }
    fn extra_size(&self) -> usize {
        std::mem::size_of_val(&*self.0) + self.0.extra_size()
    }
}

impl NativeData {
    /// The value as a `T`, if it is one.
    pub fn get<T: NativeObject>(&self) -> Option<&T> {
        let any: &dyn Any = &*self.0;
        any.downcast_ref::<T>()
    }
}

/// `o`'s native value as a `T` (not looking through builtin-subclass instances; see
/// `crate::modules::support::native_self` for methods).
pub fn native<T: NativeObject>(o: &ObjRef) -> Option<&T> {
    if o.kind() != Kind::Native {
        return None;
    }
    o.downcast::<NativeData>()?.get::<T>()
}
