//! The per-layout operations table: for each [`Kind`] of payload, how to drop it, traverse its
//! references, clear them, and measure it. This is the one place that maps a header's kind to
//! a Rust type; everything else reaches payloads through `ObjRef::downcast`.
//!
//! To add a payload type: give it a `Kind` below (in the `kinds!` list) and implement
//! [`Payload`] for it (its `traverse` must visit exactly the handles it owns: the collector's
//! correctness depends on it; there is a unit test per container type in `src/objects/`).

use super::{box_size, drop_box_as, payload_as, ObjHeader, ObjRef};
use crate::objects::*;
use std::ptr::NonNull;

/// A payload type: the Rust data behind a header of kind `KIND` (assigned in the table below).
pub trait Payload: PayloadOps + 'static + Sized {
    const KIND: Kind;
}

macro_rules! kinds {
    ($( $kind:ident => $ty:ty, gc: $gc:expr; )*) => {
        /// Which payload type follows a header.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Kind { $( $kind, )* }

        impl Kind {
            /// Whether objects of this kind can own references (and so carry collector links).
            #[inline]
            pub const fn is_gc(self) -> bool {
                match self { $( Kind::$kind => $gc, )* }
            }

            /// Whether objects of this kind own no references and have no finalizer: freeing
            /// one cannot cascade, so it needs none of the trashcan's bookkeeping.
            #[inline]
            pub const fn is_leaf(self) -> bool {
                matches!(
                    self,
                    Kind::Int | Kind::Float | Kind::Complex | Kind::Str | Kind::Bytes
                        | Kind::ByteArray | Kind::Unit | Kind::Object
                )
            }
        }

        /// # Safety
        /// `[KIND]`: `p`'s payload is of `kind`, and the object is unreachable.
        pub(super) unsafe fn drop_box(p: NonNull<ObjHeader>, kind: Kind) {
            // SAFETY: forwarded from the caller.
            match kind { $( Kind::$kind => unsafe { drop_box_as::<$ty>(p) }, )* }
        }

        pub(super) fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
            // SAFETY: `[KIND]` the header's kind names the payload type.
            match obj.kind() { $( Kind::$kind => PayloadOps::traverse(unsafe { payload_as::<$ty>(obj) }, visit), )* }
        }

        pub(super) fn clear(obj: &ObjRef) {
            // SAFETY: `[KIND]` as above.
            match obj.kind() { $( Kind::$kind => PayloadOps::clear(unsafe { payload_as::<$ty>(obj) }), )* }
        }

        pub(super) fn size_of(obj: &ObjRef) -> usize {
            match obj.kind() {
                $( Kind::$kind => {
                    // SAFETY: `[KIND]` the header's kind names the payload type.
                    let p = unsafe { payload_as::<$ty>(obj) };
                    box_size::<$ty>() + PayloadOps::extra_size(p)
                } )*
            }
        }

        $( impl Payload for $ty {
            const KIND: Kind = Kind::$kind;
        } )*
    };
}

/// What a payload type implements: the collector's traverse and clear, and its size.
pub trait PayloadOps {
    /// Visit every handle this payload owns.
    fn traverse(&self, _visit: &mut dyn FnMut(&ObjRef)) {}
    /// Drop the handles this payload owns (to break a reference cycle).
    fn clear(&self) {}
    /// Bytes owned outside the object's own allocation (buffers), for `sys.getsizeof`.
    fn extra_size(&self) -> usize {
        0
    }
}

kinds! {
    Unit => unit::UnitData, gc: false;
    Object => instance::ObjectData, gc: false;
    Instance => instance::InstanceData, gc: true;
    Int => int::IntData, gc: false;
    Float => float::FloatData, gc: false;
    Complex => complex::ComplexData, gc: false;
    Str => str::StrData, gc: false;
    Bytes => bytes::BytesData, gc: false;
    ByteArray => bytes::ByteArrayData, gc: false;
    Tuple => tuple::TupleData, gc: true;
    List => list::ListData, gc: true;
    Dict => dict::DictData, gc: true;
    Set => set::SetData, gc: true;
    Range => range::RangeData, gc: false;
    Slice => slice::SliceData, gc: true;
    Type => typeobj::TypeData, gc: true;
    Module => module::ModuleData, gc: true;
    Function => function::FunctionData, gc: true;
    Builtin => function::BuiltinData, gc: true;
    Method => function::MethodData, gc: true;
    Code => code::CodeData, gc: false;
    Cell => cell::CellData, gc: true;
    Generator => generator::GeneratorData, gc: true;
    Exception => exception::ExceptionData, gc: true;
    Traceback => exception::TracebackData, gc: true;
    Property => descr::PropertyData, gc: true;
    StaticMethod => descr::StaticMethodData, gc: true;
    ClassMethod => descr::ClassMethodData, gc: true;
    Super => descr::SuperData, gc: true;
    Iter => iter::IterData, gc: true;
    File => file::FileData, gc: false;
    MappingProxy => mappingproxy::MappingProxyData, gc: true;
    MemberDescr => descr::MemberDescrData, gc: true;
    Native => native::NativeData, gc: true;
    WeakRef => weakref::WeakRefData, gc: true;
}
