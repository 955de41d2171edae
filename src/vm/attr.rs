//! Attribute access: `object.__getattribute__`'s algorithm (data descriptors on the type, then
//! the instance's own attributes, then other descriptors and class attributes, then
//! `__getattr__`), `type.__getattribute__` for classes, modules, and the special attributes of
//! built-in objects (`__class__`, `__name__`, `__code__`, `args`, ...).

use super::{call, dictops, exc, intern, new_bool, new_int, new_str, none, rt, str_of, Args};
use super::{type_name, PyResult, Vm};
use crate::heap::{self, Kind, ObjRef};
use crate::objects::descr::{ClassMethodData, PropertyData, StaticMethodData};
use crate::objects::exception::ExceptionData;
use crate::objects::function::{BuiltinData, FunctionData, MethodData};
use crate::objects::instance::{Attrs, InstanceData};
use crate::objects::module::ModuleData;
use crate::objects::typeobj::TypeData;

/// What `LOAD_METHOD` found.
pub enum Method {
    /// A function found on the type: call it with the object as first argument.
    Unbound(ObjRef),
    /// Anything else: the attribute's value, to call as is.
    Attr(ObjRef),
}

/// Bumped whenever a class namespace or hierarchy changes: invalidates [`lookup_type`]'s cache.
pub static TYPE_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Note that some class's attributes changed (all cached lookups are dropped).
pub fn types_changed() {
    TYPE_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// Look `name` up along the MRO of type `ty` (the type's own dict first), through the type's
/// lookup cache when `name` is interned (an interned name's address identifies it).
pub fn lookup_type(ty: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
    let interned = name
        .downcast::<crate::objects::str::StrData>()
        .is_some_and(|s| s.interned.get());
    if !interned {
        return lookup_type_uncached(ty, name);
    }
    cached_lookup(ty, name.addr(), || lookup_type_uncached(ty, name))
}

/// `lookup_type` through `ty`'s cache under `key` (see `lookup_cache`).
#[inline]
fn cached_lookup(ty: &ObjRef, key: usize, miss: impl FnOnce() -> Option<ObjRef>) -> Option<ObjRef> {
    let Some(td) = ty.downcast::<TypeData>() else {
        return miss();
    };
    let version = TYPE_VERSION.load(std::sync::atomic::Ordering::Relaxed);
    if let Some(hit) = td.lookup_cache.get(version, key) {
        return hit;
    }
    let found = miss();
    td.lookup_cache.put(version, key, found.clone());
    found
}

fn lookup_type_uncached(ty: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
    let td = ty.payload::<TypeData>();
    if let Some(v) = dictops::getitem_str_obj(&td.dict, name) {
        return Some(v);
    }
    for base in td.mro().iter() {
        if let Some(v) = dictops::getitem_str_obj(&base.payload::<TypeData>().dict, name) {
            return Some(v);
        }
    }
    None
}

pub fn lookup_type_str(ty: &ObjRef, name: &'static str) -> Option<ObjRef> {
    // A static name is keyed by its text's address and length (in the high bits, so it can
    // meet no heap address): no interning on a hit.
    let key = (name.as_ptr() as usize) ^ (name.len() << 52);
    cached_lookup(ty, key, || lookup_type_uncached(ty, &super::new::sym(name)))
}

/// Whether a class attribute is a data descriptor (defines `__set__` or `__delete__`).
fn is_data_descriptor(d: &ObjRef) -> bool {
    match d.kind() {
        Kind::Property | Kind::MemberDescr => true,
        Kind::Instance | Kind::Object => {
            let t = d.type_of();
            lookup_type_str(&t, "__set__").is_some() || lookup_type_str(&t, "__delete__").is_some()
        }
        _ => false,
    }
}

/// The type overrides `__getattribute__` with Python code.
const CUSTOM_GETATTRIBUTE: u32 = 1;
/// The type overrides `__setattr__` with Python code.
const CUSTOM_SETATTR: u32 = 2;
/// The type overrides `__delattr__` with Python code.
const CUSTOM_DELATTR: u32 = 4;

/// Which attribute-protocol methods a class overrides in Python (none for built-in types),
/// cached per type version.
fn protocol_flags(ty: &ObjRef) -> u32 {
    let Some(td) = ty.downcast::<TypeData>() else {
        return 0;
    };
    if !td.heap {
        return 0;
    }
    let version = TYPE_VERSION.load(std::sync::atomic::Ordering::Relaxed);
    td.lookup_cache.flags(version, || {
        let python = |name| lookup_type_str(ty, name).is_some_and(|f| f.kind() == Kind::Function);
        let mut flags = 0;
        if python("__getattribute__") {
            flags |= CUSTOM_GETATTRIBUTE;
        }
        if python("__setattr__") {
            flags |= CUSTOM_SETATTR;
        }
        if python("__delattr__") {
            flags |= CUSTOM_DELATTR;
        }
        flags
    })
}

/// The type's Python `__getattribute__`, if it overrides it.
fn custom_getattribute(ty: &ObjRef) -> Option<ObjRef> {
    if protocol_flags(ty) & CUSTOM_GETATTRIBUTE == 0 {
        return None;
    }
    lookup_type_str(ty, "__getattribute__")
}

/// The evaluation loop's `obj.name` on a plain instance (its class overrides no attribute
/// protocol) whose own inline attribute `name` is not shadowed by a data descriptor of the
/// class: that attribute. `name` is an interned code name. `None`: the general path answers.
#[inline]
pub fn instance_getattr_fast(obj: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
    if obj.kind() != Kind::Instance {
        return None;
    }
    let ty = obj.type_of();
    if protocol_flags(&ty) & CUSTOM_GETATTRIBUTE != 0 {
        return None;
    }
    if lookup_type(&ty, name).is_some_and(|d| is_data_descriptor(&d)) {
        return None;
    }
    let attrs = obj.payload::<InstanceData>().attrs.borrow();
    match &*attrs {
        Attrs::Inline(v) => v
            .iter()
            .find(|(k, _)| k.is(name))
            .map(|(_, val)| val.clone()),
        _ => None,
    }
}

/// The evaluation loop's `obj.name = value` on a plain instance (its class overrides no
/// attribute protocol and has no data descriptor `name`) keeping its attributes inline, for an
/// interned `name`. `Err(value)`: the general path must do it.
#[inline]
pub fn instance_setattr_fast(obj: &ObjRef, name: &ObjRef, value: ObjRef) -> Result<(), ObjRef> {
    if obj.kind() != Kind::Instance {
        return Err(value);
    }
    let interned = name
        .downcast::<crate::objects::str::StrData>()
        .is_some_and(|s| s.interned.get());
    let ty = obj.type_of();
    if !interned || protocol_flags(&ty) & CUSTOM_SETATTR != 0 || str_of(name) == "__class__" {
        return Err(value);
    }
    if lookup_type(&ty, name).is_some_and(|d| is_data_descriptor(&d)) {
        return Err(value);
    }
    let mut attrs = obj.payload::<InstanceData>().attrs.borrow_mut();
    let Attrs::Inline(v) = &mut *attrs else {
        return Err(value);
    };
    match v.iter_mut().find(|(k, _)| k.is(name)) {
        Some((_, slot)) => {
            let old = std::mem::replace(slot, value);
            // The old value is released after the borrow ends (its `__del__` may look here).
            drop(attrs);
            drop(old);
        }
        None => v.push((name.clone(), value)),
    }
    Ok(())
}

/// `getattr(obj, name)`.
pub fn getattr(vm: &mut Vm, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    let ty = obj.type_of();
    let result = match custom_getattribute(&ty) {
        Some(ga) => call::call(vm, &ga, Args::new(&[obj.clone(), name.clone()])),
        None => generic_getattr(vm, obj, &ty, name),
    };
    match result {
        Err(e) if exc::matches(&e, "AttributeError") && ty.payload::<TypeData>().heap => {
            match lookup_type_str(&ty, "__getattr__") {
                Some(ga) => call::call(vm, &ga, Args::new(&[obj.clone(), name.clone()])),
                None => Err(e),
            }
        }
        r => r,
    }
}

/// `getattr(obj, name, None)`-like: `None` when the attribute is missing (AttributeError).
pub fn getattr_opt(vm: &mut Vm, obj: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
    match getattr(vm, obj, &intern(name)) {
        Ok(v) => Ok(Some(v)),
        Err(e) if exc::matches(&e, "AttributeError") => Ok(None),
        Err(e) => Err(e),
    }
}

/// `object.__getattribute__` (and `type.__getattribute__` for classes).
pub fn generic_getattr(vm: &mut Vm, obj: &ObjRef, ty: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    if obj.kind() == Kind::Type {
        return type_getattr(vm, obj, name);
    }
    if obj.kind() == Kind::Super
        && !matches!(str_of(name), "__class__" | "__self__" | "__thisclass__")
    {
        return super::objects_attr::super_getattr(vm, obj, str_of(name));
    }
    if let Some(m) = obj.downcast::<ModuleData>() {
        if let Some(v) = dictops::getitem_str_obj(&m.dict, name) {
            return Ok(v);
        }
    }
    if crate::modules::weakref::is_proxy(obj) {
        return crate::modules::weakref::proxy_getattr(vm, obj, name);
    }
    let descr = lookup_type(ty, name);
    if let Some(d) = &descr {
        if is_data_descriptor(d) {
            return descriptor_get(vm, d, Some(obj), ty);
        }
    }
    if let Some(v) = instance_attr(vm, obj, name)? {
        return Ok(v);
    }
    if let Some(d) = descr {
        // A function's, property's or built-in's own docstring is a data descriptor in CPython:
        // it wins over the `__doc__` an ancestor type (object) has.
        if name.is(&super::new::sym("__doc__"))
            && !is_user_type(ty)
            && matches!(
                obj.kind(),
                Kind::Function | Kind::Builtin | Kind::Property | Kind::Method | Kind::MemberDescr
            )
        {
            if let Some(v) = special_attr(vm, obj, "__doc__")? {
                return Ok(v);
            }
        }
        return descriptor_get(vm, &d, Some(obj), ty);
    }
    if let Some(v) = special_attr(vm, obj, str_of(name))? {
        return Ok(v);
    }
    Err(no_attribute(obj, name))
}

fn is_user_type(ty: &ObjRef) -> bool {
    ty.payload::<TypeData>().heap
}

/// The AttributeError for `obj.name`, worded as CPython's.
pub fn no_attribute(obj: &ObjRef, name: &ObjRef) -> ObjRef {
    let name = str_of(name);
    if let Some(m) = obj.downcast::<ModuleData>() {
        let mname = dictops::getitem_str(&m.dict, "__name__")
            .map(|n| str_of(&n).to_string())
            .unwrap_or_else(|| "?".into());
        let e = exc::err(
            "AttributeError",
            format!("module '{mname}' has no attribute '{name}'"),
        );
        exc::set_attr(&e, "name", super::new_str(name));
        exc::set_attr(&e, "obj", obj.clone());
        return e;
    }
    let e = if obj.kind() == Kind::Type {
        exc::err(
            "AttributeError",
            format!(
                "type object '{}' has no attribute '{name}'",
                super::types::type_name_of(obj)
            ),
        )
    } else {
        exc::err(
            "AttributeError",
            format!("'{}' object has no attribute '{name}'", type_name(obj)),
        )
    };
    exc::set_attr(&e, "name", super::new_str(name));
    exc::set_attr(&e, "obj", obj.clone());
    e
}

/// An attribute stored on the object itself (instance attributes, function `__dict__`, ...).
fn instance_attr(_vm: &mut Vm, obj: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
    let attrs = match obj.kind() {
        Kind::Instance => &obj.payload::<InstanceData>().attrs,
        Kind::Exception => &obj.payload::<ExceptionData>().attrs,
        Kind::WeakRef => &obj.payload::<crate::objects::weakref::WeakRefData>().attrs,
        Kind::Function => {
            let d = obj.payload::<FunctionData>().dict.borrow().clone();
            return Ok(d.and_then(|d| dictops::getitem_str_obj(&d, name)));
        }
        _ => return Ok(None),
    };
    let a = attrs.borrow();
    match &*a {
        Attrs::Inline(v) => {
            // Keys are interned; an interned name matches only the identical object.
            let interned = name
                .downcast::<crate::objects::str::StrData>()
                .is_some_and(|s| s.interned.get());
            for (k, val) in v {
                if k.is(name) || (!interned && str_of(k) == str_of(name)) {
                    return Ok(Some(val.clone()));
                }
            }
            Ok(None)
        }
        Attrs::Dict(d) => {
            let d = d.clone();
            drop(a);
            Ok(dictops::getitem_str_obj(&d, name))
        }
        Attrs::None => Ok(None),
    }
}

/// Apply a class attribute's `__get__` (functions bind, classmethods bind to the class, ...).
pub fn descriptor_get(
    vm: &mut Vm,
    d: &ObjRef,
    obj: Option<&ObjRef>,
    ty: &ObjRef,
) -> PyResult<ObjRef> {
    match d.kind() {
        Kind::Function => match obj {
            Some(o) => Ok(bind(d, o)),
            None => Ok(d.clone()),
        },
        Kind::MemberDescr => super::members::member_get(vm, d, obj),
        Kind::Builtin => {
            let b = d.payload::<BuiltinData>();
            match (obj, b.owner, &b.bound) {
                (Some(o), Some(_), None) => Ok(heap::alloc(
                    &rt().types.builtin_function,
                    BuiltinData {
                        name: b.name,
                        func: b.func,
                        bound: Some(o.clone()),
                        owner: b.owner,
                        doc: b.doc,
                    },
                )),
                _ => Ok(d.clone()),
            }
        }
        Kind::StaticMethod => Ok(d
            .payload::<StaticMethodData>()
            .func
            .borrow()
            .clone()
            .unwrap_or_else(none)),
        Kind::ClassMethod => {
            let f = d.payload::<ClassMethodData>().func.borrow().clone();
            match f {
                Some(f) => Ok(bind(&f, ty)),
                None => Ok(none()),
            }
        }
        Kind::Property => {
            let Some(o) = obj else {
                return Ok(d.clone());
            };
            let fget = d.payload::<PropertyData>().fget.borrow().clone();
            match fget {
                Some(g) => call::call(vm, &g, Args::new(std::slice::from_ref(o))),
                None => exc::attribute_error("property has no getter"),
            }
        }
        Kind::Instance | Kind::Object => {
            let dt = d.type_of();
            match lookup_type_str(&dt, "__get__") {
                Some(get) => {
                    let o = obj.cloned().unwrap_or_else(none);
                    call::call(vm, &get, Args::new(&[d.clone(), o, ty.clone()]))
                }
                None => Ok(d.clone()),
            }
        }
        _ => Ok(d.clone()),
    }
}

/// A bound method of `func` on `obj`.
pub fn bind(func: &ObjRef, obj: &ObjRef) -> ObjRef {
    heap::alloc(
        &rt().types.method,
        MethodData {
            func: func.clone(),
            this: obj.clone(),
        },
    )
}

/// `type.__getattribute__`: the metatype's data descriptors, the class's MRO, the metatype.
fn type_getattr(vm: &mut Vm, cls: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    let meta = cls.type_of();
    let meta_attr = lookup_type(&meta, name);
    if let Some(d) = &meta_attr {
        if is_data_descriptor(d) {
            return descriptor_get(vm, d, Some(cls), &meta);
        }
    }
    if let Some(v) = lookup_type(cls, name) {
        return match v.kind() {
            Kind::Function | Kind::Builtin | Kind::Property => Ok(v),
            _ => descriptor_get(vm, &v, None, cls),
        };
    }
    if let Some(v) = special_attr(vm, cls, str_of(name))? {
        return Ok(v);
    }
    if let Some(d) = meta_attr {
        return descriptor_get(vm, &d, Some(cls), &meta);
    }
    Err(no_attribute(cls, name))
}

/// `LOAD_METHOD`: avoid making a bound method for plain method calls.
pub fn load_method(vm: &mut Vm, obj: &ObjRef, name: &ObjRef) -> PyResult<Method> {
    let ty = obj.type_of();
    let plain = !matches!(obj.kind(), Kind::Type | Kind::Module | Kind::Super);
    if plain && custom_getattribute(&ty).is_none() {
        if let Some(d) = lookup_type(&ty, name) {
            let is_method = match d.kind() {
                Kind::Function => true,
                Kind::Builtin => {
                    let b = d.payload::<BuiltinData>();
                    b.owner.is_some() && b.bound.is_none()
                }
                _ => false,
            };
            if is_method && instance_attr(vm, obj, name)?.is_none() {
                return Ok(Method::Unbound(d));
            }
        }
    }
    getattr(vm, obj, name).map(Method::Attr)
}

/// `setattr(obj, name, value)`.
pub fn setattr(vm: &mut Vm, obj: &ObjRef, name: &ObjRef, value: ObjRef) -> PyResult<()> {
    let ty = obj.type_of();
    if protocol_flags(&ty) & CUSTOM_SETATTR != 0 {
        if let Some(sa) = lookup_type_str(&ty, "__setattr__") {
            call::call(vm, &sa, Args::new(&[obj.clone(), name.clone(), value]))?;
            return Ok(());
        }
    }
    generic_setattr(vm, obj, name, Some(value))
}

/// `delattr(obj, name)`.
pub fn delattr(vm: &mut Vm, obj: &ObjRef, name: &ObjRef) -> PyResult<()> {
    let ty = obj.type_of();
    if protocol_flags(&ty) & CUSTOM_DELATTR != 0 {
        if let Some(da) = lookup_type_str(&ty, "__delattr__") {
            call::call(vm, &da, Args::new(&[obj.clone(), name.clone()]))?;
            return Ok(());
        }
    }
    generic_setattr(vm, obj, name, None)
}

/// `object.__setattr__` / `object.__delattr__` (value `None` deletes).
pub fn generic_setattr(
    vm: &mut Vm,
    obj: &ObjRef,
    name: &ObjRef,
    value: Option<ObjRef>,
) -> PyResult<()> {
    let ty = obj.type_of();
    if obj.kind() == Kind::Type {
        return super::types::type_setattr(vm, obj, name, value);
    }
    if crate::modules::weakref::is_proxy(obj) {
        return crate::modules::weakref::proxy_setattr(vm, obj, name, value);
    }
    if let Some(d) = lookup_type(&ty, name) {
        if is_data_descriptor(&d) {
            return descriptor_set(vm, &d, obj, value);
        }
    }
    let sname = str_of(name);
    if sname == "__class__" {
        if let Some(v) = value {
            if v.kind() == Kind::Type {
                return super::members::set_class(obj, &v);
            }
        }
        return exc::type_error("__class__ must be set to a class");
    }
    let attrs = match obj.kind() {
        Kind::Instance => &obj.payload::<InstanceData>().attrs,
        Kind::Exception => {
            if let Some(r) = super::oserror::oserror_setattr(vm, obj, sname, &value) {
                return r;
            }
            let d = obj.payload::<ExceptionData>();
            match (sname, &value) {
                ("__traceback__", Some(v)) => {
                    *d.traceback.borrow_mut() = if v.is(&rt().none) {
                        None
                    } else {
                        Some(v.clone())
                    };
                    return Ok(());
                }
                ("__context__", Some(v)) => {
                    *d.context.borrow_mut() = if v.is(&rt().none) {
                        None
                    } else {
                        Some(v.clone())
                    };
                    return Ok(());
                }
                ("__cause__", Some(v)) => {
                    *d.cause.borrow_mut() = if v.is(&rt().none) {
                        None
                    } else {
                        Some(v.clone())
                    };
                    d.suppress_context.set(true);
                    return Ok(());
                }
                ("__suppress_context__", Some(v)) => {
                    d.suppress_context.set(super::ops::truthy(vm, v)?);
                    return Ok(());
                }
                ("args", Some(v)) => {
                    let items = super::ops::collect(vm, v)?;
                    *d.args.borrow_mut() = super::new_tuple(items);
                    return Ok(());
                }
                _ => &d.attrs,
            }
        }
        Kind::WeakRef => &obj.payload::<crate::objects::weakref::WeakRefData>().attrs,
        Kind::Function => {
            return super::types::function_setattr(vm, obj, sname, name, value);
        }
        Kind::Module => {
            let dict = obj.payload::<ModuleData>().dict.clone();
            return match value {
                Some(v) => dictops::setitem(vm, &dict, name.clone(), v),
                None => match dictops::delitem_opt(vm, &dict, name)? {
                    Some(_) => Ok(()),
                    None => Err(no_attribute(obj, name)),
                },
            };
        }
        _ => {
            if lookup_type(&ty, name).is_some() {
                return exc::attribute_error(format!(
                    "'{}' object attribute '{}' is read-only",
                    type_name(obj),
                    sname
                ));
            }
            if super::types::special_attr(vm, obj, sname)?.is_some() && sname != "__doc__" {
                return exc::attribute_error(format!(
                    "attribute '{}' of '{}' objects is not writable",
                    sname,
                    type_name(obj)
                ));
            }
            return Err(no_attribute(obj, name));
        }
    };
    let mut a = attrs.borrow_mut();
    match &mut *a {
        Attrs::Inline(v) => {
            let interned = name
                .downcast::<crate::objects::str::StrData>()
                .is_some_and(|s| s.interned.get());
            let pos = v
                .iter()
                .position(|(k, _)| k.is(name) || (!interned && str_of(k) == sname));
            match (pos, value) {
                (Some(i), Some(val)) => {
                    let old = std::mem::replace(&mut v[i].1, val);
                    drop(a);
                    drop(old);
                }
                (None, Some(val)) => v.push((super::intern_obj(name), val)),
                (Some(i), None) => {
                    let old = v.remove(i);
                    drop(a);
                    drop(old);
                }
                (None, None) => {
                    drop(a);
                    return Err(no_attribute(obj, name));
                }
            }
            Ok(())
        }
        Attrs::Dict(d) => {
            let d = d.clone();
            drop(a);
            match value {
                Some(v) => dictops::setitem(vm, &d, name.clone(), v),
                None => match dictops::delitem_opt(vm, &d, name)? {
                    Some(_) => Ok(()),
                    None => Err(no_attribute(obj, name)),
                },
            }
        }
        Attrs::None => {
            drop(a);
            // No instance dict: a (non-data) class attribute of that name is read-only.
            if lookup_type(&ty, name).is_some() {
                return exc::attribute_error(format!(
                    "'{}' object attribute '{}' is read-only",
                    type_name(obj),
                    sname
                ));
            }
            Err(no_attribute(obj, name))
        }
    }
}

pub(super) fn descriptor_set(
    vm: &mut Vm,
    d: &ObjRef,
    obj: &ObjRef,
    value: Option<ObjRef>,
) -> PyResult<()> {
    if d.kind() == Kind::MemberDescr {
        return super::members::member_set(vm, d, obj, value);
    }
    if let Some(p) = d.downcast::<PropertyData>() {
        let (f, what) = match &value {
            Some(_) => (p.fset.borrow().clone(), "setter"),
            None => (p.fdel.borrow().clone(), "deleter"),
        };
        let Some(f) = f else {
            // Named by `__set_name__` (CPython 3.11 does not use the attribute's name).
            return exc::attribute_error(match p.name.borrow().as_ref() {
                Some(n) => format!(
                    "property '{}' of '{}' object has no {what}",
                    str_of(n),
                    type_name(obj)
                ),
                None => format!("property of '{}' object has no {what}", type_name(obj)),
            });
        };
        let mut args = vec![obj.clone()];
        args.extend(value);
        call::call(vm, &f, Args::new(&args))?;
        return Ok(());
    }
    let dt = d.type_of();
    let (meth, mut args) = match &value {
        Some(v) => (
            lookup_type_str(&dt, "__set__"),
            vec![d.clone(), obj.clone(), v.clone()],
        ),
        None => (
            lookup_type_str(&dt, "__delete__"),
            vec![d.clone(), obj.clone()],
        ),
    };
    match meth {
        Some(m) => {
            call::call(vm, &m, Args::new(&args))?;
            args.clear();
            Ok(())
        }
        None => exc::attribute_error("__set__ or __delete__ missing"),
    }
}

/// `obj.__dict__` for an instance: turn inline attributes into a real dict object, for good.
pub fn instance_dict(vm: &mut Vm, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    let attrs = match obj.kind() {
        Kind::Instance => &obj.payload::<InstanceData>().attrs,
        Kind::Exception => &obj.payload::<ExceptionData>().attrs,
        Kind::WeakRef => &obj.payload::<crate::objects::weakref::WeakRefData>().attrs,
        _ => return Ok(None),
    };
    let current = std::mem::replace(&mut *attrs.borrow_mut(), Attrs::None);
    let d = match current {
        Attrs::Dict(d) => d,
        Attrs::None => {
            *attrs.borrow_mut() = Attrs::None;
            return Ok(None);
        }
        Attrs::Inline(v) => {
            let d = super::new_dict();
            for (k, val) in v {
                dictops::setitem(vm, &d, k, val)?;
            }
            d
        }
    };
    *attrs.borrow_mut() = Attrs::Dict(d.clone());
    Ok(Some(d))
}

/// Attributes built-in objects have without a namespace entry.
fn special_attr(vm: &mut Vm, obj: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
    if name == "__class__" {
        return Ok(Some(obj.type_of()));
    }
    if name == "__dict__" {
        match obj.kind() {
            // Instances without a dict have `Attrs::None`.
            Kind::Instance | Kind::Exception | Kind::WeakRef => return instance_dict(vm, obj),
            Kind::Type => {
                let d = &obj.payload::<TypeData>().dict;
                return Ok(Some(super::mappingproxy::new_proxy(d)));
            }
            Kind::Module => return Ok(Some(obj.payload::<ModuleData>().dict.clone())),
            Kind::Function => {
                let f = obj.payload::<FunctionData>();
                let d = crate::objects::get_or_make(&f.dict, super::new_dict);
                return Ok(Some(d));
            }
            _ => {}
        }
    }
    super::types::special_attr(vm, obj, name)
}

/// Convenience: `obj.name` for a `&str` name.
pub fn getattr_str(vm: &mut Vm, obj: &ObjRef, name: &str) -> PyResult<ObjRef> {
    getattr(vm, obj, &intern(name))
}

/// `hasattr`-like probe that swallows only AttributeError.
pub fn has_attr(vm: &mut Vm, obj: &ObjRef, name: &str) -> PyResult<bool> {
    Ok(getattr_opt(vm, obj, name)?.is_some())
}

#[allow(dead_code)]
fn _unused() -> (ObjRef, ObjRef, ObjRef) {
    (new_bool(true), new_int(0), new_str(""))
}
