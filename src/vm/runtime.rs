//! The interpreter-wide state made at start-up: the built-in type objects, the shared singletons
//! (`None`, `True`, `False`, `NotImplemented`, `Ellipsis`, `()`, `''`, `b''`), the small-int cache
//! (-5..=256), the one-character Latin-1 strings, and the interning table.
//!
//! Static objects (small ints, one-character strings, `()`, `''`, `b''`) start with a count of
//! 999,999,999 as in CPython 3.11 and are never freed; `None`, `True` and `False` are counted as
//! usual (they simply never reach zero: the runtime holds them).

use crate::heap::{self, Kind, ObjRef};
use crate::objects::bytes::BytesData;
use crate::objects::dict::DictData;
use crate::objects::int::IntData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::objects::typeobj::TypeData;
use crate::objects::unit::UnitData;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

macro_rules! builtin_types {
    ($( $field:ident : $name:literal => $kind:ident, base: $base:ident, subclassable: $sub:expr; )*) => {
        /// The built-in type objects.
        pub struct Types {
            $( pub $field: ObjRef, )*
        }

        fn make_types(object: ObjRef, type_: ObjRef) -> Types {
            let mut made: HashMap<&'static str, ObjRef> = HashMap::new();
            made.insert("object", object.clone());
            made.insert("type_", type_.clone());
            $(
                if !made.contains_key(stringify!($field)) {
                    let base = made[stringify!($base)].clone();
                    let t = new_builtin_type(&type_, $name, Some(&base), Kind::$kind, $sub);
                    made.insert(stringify!($field), t);
                }
            )*
            Types { $( $field: made[stringify!($field)].clone(), )* }
        }
    };
}

builtin_types! {
    object: "object" => Object, base: object, subclassable: true;
    type_: "type" => Type, base: object, subclassable: true;
    int: "int" => Int, base: object, subclassable: true;
    bool_: "bool" => Int, base: int, subclassable: false;
    float: "float" => Float, base: object, subclassable: true;
    complex: "complex" => Complex, base: object, subclassable: true;
    str_: "str" => Str, base: object, subclassable: true;
    bytes: "bytes" => Bytes, base: object, subclassable: true;
    bytearray: "bytearray" => ByteArray, base: object, subclassable: true;
    tuple: "tuple" => Tuple, base: object, subclassable: true;
    list: "list" => List, base: object, subclassable: true;
    dict: "dict" => Dict, base: object, subclassable: true;
    set: "set" => Set, base: object, subclassable: true;
    frozenset: "frozenset" => Set, base: object, subclassable: true;
    range: "range" => Range, base: object, subclassable: false;
    slice: "slice" => Slice, base: object, subclassable: false;
    none_type: "NoneType" => Unit, base: object, subclassable: false;
    not_implemented_type: "NotImplementedType" => Unit, base: object, subclassable: false;
    ellipsis_type: "ellipsis" => Unit, base: object, subclassable: false;
    function: "function" => Function, base: object, subclassable: false;
    builtin_function: "builtin_function_or_method" => Builtin, base: object, subclassable: false;
    method_descriptor: "method_descriptor" => Builtin, base: object, subclassable: false;
    method: "method" => Method, base: object, subclassable: false;
    code: "code" => Code, base: object, subclassable: false;
    cell: "cell" => Cell, base: object, subclassable: false;
    module: "module" => Module, base: object, subclassable: true;
    generator: "generator" => Generator, base: object, subclassable: false;
    traceback: "traceback" => Traceback, base: object, subclassable: false;
    property: "property" => Property, base: object, subclassable: true;
    staticmethod: "staticmethod" => StaticMethod, base: object, subclassable: true;
    classmethod: "classmethod" => ClassMethod, base: object, subclassable: true;
    super_: "super" => Super, base: object, subclassable: true;
    file: "TextIOWrapper" => File, base: object, subclassable: false;
    list_iterator: "list_iterator" => Iter, base: object, subclassable: false;
    list_reverseiterator: "list_reverseiterator" => Iter, base: object, subclassable: false;
    tuple_iterator: "tuple_iterator" => Iter, base: object, subclassable: false;
    str_iterator: "str_ascii_iterator" => Iter, base: object, subclassable: false;
    bytes_iterator: "bytes_iterator" => Iter, base: object, subclassable: false;
    range_iterator: "range_iterator" => Iter, base: object, subclassable: false;
    dict_keyiterator: "dict_keyiterator" => Iter, base: object, subclassable: false;
    dict_valueiterator: "dict_valueiterator" => Iter, base: object, subclassable: false;
    dict_itemiterator: "dict_itemiterator" => Iter, base: object, subclassable: false;
    set_iterator: "set_iterator" => Iter, base: object, subclassable: false;
    seq_iterator: "iterator" => Iter, base: object, subclassable: false;
    callable_iterator: "callable_iterator" => Iter, base: object, subclassable: false;
    enumerate: "enumerate" => Iter, base: object, subclassable: true;
    zip: "zip" => Iter, base: object, subclassable: true;
    map: "map" => Iter, base: object, subclassable: true;
    filter: "filter" => Iter, base: object, subclassable: true;
    reversed: "reversed" => Iter, base: object, subclassable: true;
    dict_keys: "dict_keys" => Iter, base: object, subclassable: false;
    dict_values: "dict_values" => Iter, base: object, subclassable: false;
    dict_items: "dict_items" => Iter, base: object, subclassable: false;
    mappingproxy: "mappingproxy" => MappingProxy, base: object, subclassable: false;
    getset_descriptor: "getset_descriptor" => MemberDescr, base: object, subclassable: false;
    member_descriptor: "member_descriptor" => MemberDescr, base: object, subclassable: false;
}

/// The interpreter-wide objects. Created once; read from every thread under the GIL.
pub struct Runtime {
    pub types: Types,
    pub none: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub true_: ObjRef,
    pub false_: ObjRef,
    pub empty_tuple: ObjRef,
    pub empty_str: ObjRef,
    pub empty_bytes: ObjRef,
    /// A private object marking "no value" on the value stack (CPython's NULL after
    /// LOAD_METHOD found a non-method attribute).
    pub marker: ObjRef,
    /// -5..=256.
    pub small_ints: Vec<ObjRef>,
    /// `chr(0)` .. `chr(255)`.
    pub latin1: Vec<ObjRef>,
    /// Interned strings by value.
    pub interned: Mutex<HashMap<Box<str>, ObjRef>>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: std::sync::atomic::AtomicUsize,
    /// Built-in exception types by name (`ValueError`, ...), filled by `vm::exc`.
    pub exc_types: OnceLock<HashMap<&'static str, ObjRef>>,
}

static RUNTIME: OnceLock<Runtime> = OnceLock::new();

/// The runtime, creating it on first use.
#[inline]
pub fn rt() -> &'static Runtime {
    RUNTIME.get_or_init(Runtime::create)
}

/// A new built-in type object.
pub fn new_builtin_type(
    type_: &ObjRef,
    name: &str,
    base: Option<&ObjRef>,
    instance_kind: Kind,
    subclassable: bool,
) -> ObjRef {
    let dict = heap::alloc_static(type_ /* replaced below */, DictData::new());
    let bases = static_tuple(type_, base.into_iter().cloned().collect());
    let data = TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        mro: RefCell::new(bases.clone()),
        bases: RefCell::new(bases),
        base: RefCell::new(base.cloned()),
        dict,
        instance_kind,
        heap: false,
        basetype: subclassable,
        slots: Vec::new(),
        has_dict: false,
        has_del: Cell::new(false),
        version: Cell::new(0),
        lookup_cache: Default::default(),
        extra: Default::default(),
    };
    let t = heap::alloc_static(type_, data);
    set_static_mro(type_, &t);
    crate::objects::typeobj::register_subclass(&t);
    t
}

/// A built-in type's bases or MRO tuple (static). While the runtime is being made, before
/// `tuple` exists, `type` stands in as its type; `Runtime::create` fixes that up.
fn static_tuple(type_: &ObjRef, items: Vec<ObjRef>) -> ObjRef {
    let payload = TupleData {
        items: items.into_boxed_slice(),
    };
    match RUNTIME.get() {
        Some(r) => heap::alloc_static(&r.types.tuple, payload),
        None => heap::alloc_static(type_, payload),
    }
}

/// Give built-in type `t` its MRO tuple: itself, then its base's MRO.
fn set_static_mro(type_: &ObjRef, t: &ObjRef) {
    let td = t.payload::<TypeData>();
    let mut items = vec![t.clone()];
    if let Some(b) = td.base.borrow().as_ref() {
        items.push(b.clone());
        items.extend(b.payload::<TypeData>().mro().iter().cloned());
    }
    *td.mro.borrow_mut() = static_tuple(type_, items);
}

impl Runtime {
    fn create() -> Runtime {
        // `type` is its own type; `object` is the root of every MRO. The dicts of these first
        // two are made with a provisional type and fixed up once `dict` exists.
        // Its bases and MRO tuples too, until `object` exists.
        let placeholder = heap::alloc_self_typed(TupleData {
            items: Box::new([]),
        });
        let type_ = heap::alloc_self_typed(TypeData {
            name: RefCell::new("type".into()),
            qualname: RefCell::new("type".into()),
            bases: RefCell::new(placeholder.clone()),
            mro: RefCell::new(placeholder),
            base: RefCell::new(None),
            dict: placeholder_dict(),
            instance_kind: Kind::Type,
            heap: false,
            basetype: true,
            slots: Vec::new(),
            has_dict: false,
            has_del: Cell::new(false),
            version: Cell::new(0),
            lookup_cache: Default::default(),
            extra: Default::default(),
        });
        let object = new_builtin_type(&type_, "object", None, Kind::Object, true);
        {
            let td = type_.payload::<TypeData>();
            *td.bases.borrow_mut() = static_tuple(&type_, vec![object.clone()]);
            *td.base.borrow_mut() = Some(object.clone());
        }
        set_static_mro(&type_, &type_);
        crate::objects::typeobj::register_subclass(&type_);
        let types = make_types(object, type_);
        // Every type's dict was allocated with the type `type` as a stand-in: give them `dict`.
        for t in types_list(&types) {
            let td = t.payload::<TypeData>();
            td.dict.set_type(types.dict.clone());
            // And their bases and MRO tuples were made with the same stand-in.
            td.bases.borrow().set_type(types.tuple.clone());
            td.mro.borrow().set_type(types.tuple.clone());
        }
        let unit = |ty: &ObjRef| heap::alloc(ty, UnitData);
        let none = unit(&types.none_type);
        let not_implemented = unit(&types.not_implemented_type);
        let ellipsis = unit(&types.ellipsis_type);
        let true_ = heap::alloc(&types.bool_, IntData::Small(1));
        let false_ = heap::alloc(&types.bool_, IntData::Small(0));
        let empty_tuple = heap::alloc_static(
            &types.tuple,
            TupleData {
                items: Box::new([]),
            },
        );
        let empty_str = heap::alloc_static(&types.str_, StrData::new(""));
        empty_str.payload::<StrData>().interned.set(true);
        let empty_bytes = heap::alloc_static(
            &types.bytes,
            BytesData {
                b: Box::new([]),
                hash: Cell::new(-1),
            },
        );
        let marker = heap::alloc(&types.object, crate::objects::instance::ObjectData);
        let small_ints = (-5..=256)
            .map(|i| heap::alloc_static(&types.int, IntData::Small(i)))
            .collect();
        let latin1: Vec<ObjRef> = (0u32..256)
            .map(|c| {
                let ch = char::from_u32(c).unwrap_or('\0');
                heap::alloc_static(&types.str_, StrData::new(ch.to_string()))
            })
            .collect();
        let mut interned = HashMap::new();
        for s in latin1.iter().take(128) {
            s.payload::<StrData>().interned.set(true);
            interned.insert(s.payload::<StrData>().s.clone(), s.clone());
        }
        interned.insert("".into(), empty_str.clone());
        Runtime {
            types,
            none,
            not_implemented,
            ellipsis,
            true_,
            false_,
            empty_tuple,
            empty_str,
            empty_bytes,
            marker,
            small_ints,
            latin1,
            interned: Mutex::new(interned),
            recursion_limit: std::sync::atomic::AtomicUsize::new(1000),
            exc_types: OnceLock::new(),
        }
    }
}

/// A dict payload for `type`'s own namespace, before the `dict` type exists: allocated as a
/// self-typed object and re-typed in `Runtime::create`.
fn placeholder_dict() -> ObjRef {
    heap::alloc_self_typed(DictData::new())
}

fn types_list(t: &Types) -> Vec<ObjRef> {
    // Every built-in type object made so far (fields of `Types`, in order).
    let mut v = Vec::new();
    macro_rules! push_all {
        ($($f:ident),*) => { $( v.push(t.$f.clone()); )* };
    }
    push_all!(
        object,
        type_,
        int,
        bool_,
        float,
        complex,
        str_,
        bytes,
        bytearray,
        tuple,
        list,
        dict,
        set,
        frozenset,
        range,
        slice,
        none_type,
        not_implemented_type,
        ellipsis_type,
        function,
        builtin_function,
        method_descriptor,
        method,
        code,
        cell,
        module,
        generator,
        traceback,
        property,
        staticmethod,
        classmethod,
        super_,
        file,
        list_iterator,
        list_reverseiterator,
        tuple_iterator,
        str_iterator,
        bytes_iterator,
        range_iterator,
        dict_keyiterator,
        dict_valueiterator,
        dict_itemiterator,
        set_iterator,
        seq_iterator,
        callable_iterator,
        enumerate,
        zip,
        map,
        filter,
        reversed,
        dict_keys,
        dict_values,
        dict_items,
        mappingproxy,
        getset_descriptor,
        member_descriptor
    );
    v
}

/// All built-in types (for registering their methods at start-up).
pub fn all_types() -> Vec<ObjRef> {
    types_list(&rt().types)
}
