//! Struct sequences (CPython's `PyStructSequence`): tuples whose items also have names, such as
//! `sys.version_info` and `sys.float_info`. A struct-sequence type is a built-in type deriving
//! from `tuple` whose instances are ordinary tuple payloads (so indexing, `len`, comparison and
//! hashing are the tuple's); each field is a read-only property whose getter is a built-in bound
//! to the field's index. The type's namespace also has CPython's `n_fields`,
//! `n_sequence_fields`, `n_unnamed_fields`, `__match_args__` and a `__repr__` that prints
//! `sys.version_info(major=3, minor=11, ...)`.
//!
//! `namespace` makes the plain attribute bag CPython uses for `sys.implementation`
//! (`types.SimpleNamespace`).

use super::{dictops, exc, intern, new_int, new_str, new_tuple, rt, Args, PyResult, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::descr::PropertyData;
use crate::objects::function::BuiltinData;
use crate::objects::instance::{Attrs, InstanceData};
use crate::objects::tuple::TupleData;
use crate::objects::typeobj::TypeData;
use std::cell::RefCell;

/// A new built-in type `module.name` with base `base` and instances of `kind`.
fn new_type(module: &str, name: &str, base: &ObjRef, kind: Kind) -> ObjRef {
    let t = &rt().types;
    let ty = super::runtime::new_builtin_type(&t.type_, name, Some(base), kind, false);
    let td = ty.payload::<TypeData>();
    td.dict.set_type(t.dict.clone());
    dictops::setitem_str(&td.dict, intern("__module__"), new_str(module));
    ty
}

fn put(ty: &ObjRef, name: &str, v: ObjRef) {
    dictops::setitem_str(&ty.payload::<TypeData>().dict, intern(name), v);
}

fn method(name: &'static str, func: crate::objects::function::BuiltinFn) -> ObjRef {
    crate::heap::alloc(
        &rt().types.method_descriptor,
        BuiltinData {
            name,
            func,
            bound: None,
            owner: Some("structseq"),
            doc: None,
        },
    )
}

/// A struct-sequence type `module.name` with these field names.
pub fn new_structseq_type(module: &str, name: &str, fields: &[&'static str]) -> ObjRef {
    let t = &rt().types;
    let ty = new_type(module, name, &t.tuple, Kind::Tuple);
    for (i, f) in fields.iter().enumerate() {
        let getter = crate::heap::alloc(
            &t.builtin_function,
            BuiltinData {
                name: f,
                func: field_get,
                bound: Some(new_int(i as i64)),
                owner: None,
                doc: None,
            },
        );
        let prop = crate::heap::alloc(
            &t.property,
            PropertyData {
                name: std::cell::RefCell::new(None),
                fget: RefCell::new(Some(getter)),
                fset: RefCell::new(None),
                fdel: RefCell::new(None),
                doc: RefCell::new(None),
            },
        );
        put(&ty, f, prop);
    }
    let n = new_int(fields.len() as i64);
    put(&ty, "n_fields", n.clone());
    put(&ty, "n_sequence_fields", n);
    put(&ty, "n_unnamed_fields", new_int(0));
    put(
        &ty,
        "__match_args__",
        new_tuple(fields.iter().map(|f| new_str(f)).collect()),
    );
    put(&ty, "__repr__", method("__repr__", structseq_repr));
    ty
}

/// An instance of struct-sequence type `ty` with these values (one per field).
pub fn new_structseq(ty: &ObjRef, values: Vec<ObjRef>) -> ObjRef {
    crate::heap::alloc(
        ty,
        TupleData {
            items: values.into_boxed_slice(),
        },
    )
}

/// The getter of field `args[0]` (the bound index) of struct sequence `args[1]`.
fn field_get(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (Some(i), Some(s)) = (args.args.first(), args.args.get(1)) else {
        return exc::type_error("expected 1 argument");
    };
    let i = i
        .downcast::<crate::objects::int::IntData>()
        .and_then(|i| i.as_i64())
        .unwrap_or(0) as usize;
    match s.downcast::<TupleData>() {
        Some(t) if i < t.items.len() => Ok(t.items[i].clone()),
        _ => exc::type_error(format!(
            "descriptor requires a struct sequence, not '{}'",
            super::type_name(s)
        )),
    }
}

/// The qualified name `module.name` of a type, as CPython's `tp_name` of these types.
fn full_name(ty: &ObjRef) -> String {
    let td = ty.payload::<TypeData>();
    let name = td.name.borrow().clone();
    match dictops::getitem_str(&td.dict, "__module__") {
        Some(m) if m.kind() == Kind::Str && super::str_of(&m) != "builtins" => {
            format!("{}.{name}", super::str_of(&m))
        }
        _ => name,
    }
}

/// `repr(seq)`: `sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)`.
fn structseq_repr(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let Some(s) = args.args.first() else {
        return exc::type_error("expected 1 argument");
    };
    let Some(t) = s.downcast::<TupleData>() else {
        return exc::type_error("__repr__ requires a struct sequence");
    };
    let ty = s.type_of();
    let fields = super::attr::lookup_type_str(&ty, "__match_args__");
    let names: Vec<String> = match fields.as_ref().and_then(|f| f.downcast::<TupleData>()) {
        Some(f) => f
            .items
            .iter()
            .map(|n| super::str_of(n).to_string())
            .collect(),
        None => Vec::new(),
    };
    let mut out = format!("{}(", full_name(&ty));
    for (i, v) in t.items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if let Some(n) = names.get(i) {
            out.push_str(n);
            out.push('=');
        }
        out.push_str(&super::convert::repr_string(vm, v)?);
    }
    out.push(')');
    Ok(super::new_string(out))
}

/// `types.SimpleNamespace`, made once.
fn namespace_type() -> &'static ObjRef {
    static TY: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    TY.get_or_init(|| {
        let ty = new_type(
            "types",
            "SimpleNamespace",
            &rt().types.object,
            Kind::Instance,
        );
        put(&ty, "__repr__", method("__repr__", namespace_repr));
        ty
    })
}

/// A `types.SimpleNamespace` with these attributes, in this order.
pub fn namespace(attrs: Vec<(&str, ObjRef)>) -> ObjRef {
    crate::heap::alloc(
        namespace_type(),
        InstanceData {
            attrs: RefCell::new(Attrs::Inline(
                attrs.into_iter().map(|(k, v)| (intern(k), v)).collect(),
            )),
            slots: Box::new([]),
            base: RefCell::new(None),
        },
    )
}

/// `repr(ns)`: `namespace(name='mnemo', ...)`.
fn namespace_repr(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let Some(s) = args.args.first() else {
        return exc::type_error("expected 1 argument");
    };
    let pairs: Vec<(ObjRef, ObjRef)> = match s.downcast::<InstanceData>() {
        Some(d) => match &*d.attrs.borrow() {
            Attrs::Inline(v) => v.clone(),
            Attrs::Dict(d) => dictops::items(d),
            Attrs::None => Vec::new(),
        },
        None => Vec::new(),
    };
    let mut out = String::from("namespace(");
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(super::str_of(k));
        out.push('=');
        out.push_str(&super::convert::repr_string(vm, v)?);
    }
    out.push(')');
    Ok(super::new_string(out))
}
