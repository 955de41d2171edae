//! Instance layout of classes, as CPython's `type_new` decides it: which class is the "best
//! base" of a new class (and the "multiple bases have instance lay-out conflict" error), how
//! `__slots__` is read (mangled, sorted, checked against the namespace), whether instances get a
//! `__dict__` and a `__weakref__`, and the descriptors that expose them: `getset_descriptor`
//! (`<attribute '__dict__' of 'C' objects>`) and `member_descriptor` (`<member 'x' of 'C'
//! objects>`), which read and write the instance's dict and slot storage.
//!
//! Start at [`class_layout`] (called by `types::new_class` before the class exists) and
//! [`add_descriptors`] (after), then [`member_get`] / [`member_set`].

use super::{attr, dictops, exc, intern, new_str, none, rt, str_of, type_name, PyResult, Vm};
use crate::heap::{self, Kind, ObjRef};
use crate::objects::descr::{Member, MemberDescrData};
use crate::objects::exception::ExceptionData;
use crate::objects::instance::{self as inst, Attrs, InstanceData};
use crate::objects::typeobj::TypeData;

/// What a new class's instances look like.
pub struct Layout {
    /// Slot storage cells per instance (the best base's, then the class's own).
    pub nslots: usize,
    pub has_dict: bool,
    pub has_weakref: bool,
    /// The class's own slot names (mangled, sorted), with their storage index.
    pub slots: Vec<(ObjRef, usize)>,
    /// The class adds the `__dict__` / `__weakref__` descriptors to its namespace.
    add_dict: bool,
    add_weak: bool,
}

fn td(t: &ObjRef) -> &TypeData {
    t.payload::<TypeData>()
}

/// Whether instances of `t` have a `__dict__` (CPython: `tp_dictoffset != 0`).
pub fn type_has_dict(t: &ObjRef) -> bool {
    let d = td(t);
    if d.heap {
        return d.has_dict;
    }
    let types = &rt().types;
    d.instance_kind == Kind::Exception || t.is(&types.module) || t.is(&types.type_)
}

/// Whether instances of `t` can be weakly referenced (`tp_weaklistoffset != 0`).
fn type_has_weakref(t: &ObjRef) -> bool {
    let d = td(t);
    if d.heap {
        return d.extra.has_weakref;
    }
    let types = &rt().types;
    [&types.type_, &types.set, &types.frozenset, &types.module]
        .iter()
        .any(|b| t.is(b))
}

/// Whether `t`'s instances are variable-sized in CPython (`tp_itemsize != 0`): no slots then.
fn varsize(t: &ObjRef) -> bool {
    let types = &rt().types;
    let fixed = [&types.int, &types.tuple, &types.bytes, &types.type_];
    fixed.iter().any(|b| super::types::is_subtype(t, b))
}

/// CPython's `solid_base`: the nearest class (from `t` up) that adds instance storage.
pub(super) fn solid_base(t: &ObjRef) -> ObjRef {
    let d = td(t);
    if d.heap {
        if !d.slots.is_empty() {
            return t.clone();
        }
        let bases = d.bases().to_vec();
        return match best_base(&bases) {
            Ok(b) => solid_base(&b),
            Err(_) => rt().types.object.clone(),
        };
    }
    let base = d.bases().first().cloned();
    match base {
        Some(b) if td(&b).instance_kind == d.instance_kind => solid_base(&b),
        _ => t.clone(),
    }
}

/// CPython's `best_base`: the base whose layout the new class extends (`__base__`).
pub fn best_base(bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut winner: Option<(ObjRef, ObjRef)> = None;
    for b in bases {
        let candidate = solid_base(b);
        winner = match winner {
            None => Some((candidate, b.clone())),
            Some((w, base)) => {
                if super::types::is_subtype(&w, &candidate) {
                    Some((w, base))
                } else if super::types::is_subtype(&candidate, &w) {
                    Some((candidate, b.clone()))
                } else {
                    return exc::type_error("multiple bases have instance lay-out conflict");
                }
            }
        };
    }
    Ok(winner.map_or_else(|| rt().types.object.clone(), |(_, b)| b))
}

/// Whether `s` is a Python identifier (`str.isidentifier`).
fn is_identifier(s: &str) -> bool {
    let mut c = s.chars();
    match c.next() {
        Some(f) => {
            (f == '_' || unicode_ident::is_xid_start(f)) && c.all(unicode_ident::is_xid_continue)
        }
        None => false,
    }
}

/// The layout of a new class `name(bases)` whose namespace is `dict` (`__qualname__` already
/// removed): reads `__slots__`, with CPython's errors.
pub fn class_layout(vm: &mut Vm, name: &str, bases: &[ObjRef], dict: &ObjRef) -> PyResult<Layout> {
    let base = best_base(bases)?;
    let base_nslots = if td(&base).heap {
        td(&base).extra.nslots
    } else {
        0
    };
    let may_add_dict = !type_has_dict(&base);
    let may_add_weak = !type_has_weakref(&base) && !varsize(&base);
    let (mut add_dict, mut add_weak) = (false, false);
    let mut own: Vec<String> = Vec::new();
    match dictops::getitem_str(dict, "__slots__") {
        None => {
            add_dict = may_add_dict;
            add_weak = may_add_weak;
        }
        Some(s) => {
            let items = if s.kind() == Kind::Str {
                vec![s]
            } else {
                super::ops::collect(vm, &s)?
            };
            if !items.is_empty() && varsize(&base) {
                return exc::type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    td(&base).name.borrow()
                ));
            }
            for it in &items {
                if it.kind() != Kind::Str {
                    return exc::type_error(format!(
                        "__slots__ items must be strings, not '{}'",
                        type_name(it)
                    ));
                }
                if !is_identifier(str_of(it)) {
                    return exc::type_error("__slots__ must be identifiers");
                }
                match str_of(it) {
                    "__dict__" => {
                        if !may_add_dict || add_dict {
                            return exc::type_error("__dict__ slot disallowed: we already got one");
                        }
                        add_dict = true;
                    }
                    "__weakref__" => {
                        if !may_add_weak || add_weak {
                            return exc::type_error(
                                "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                            );
                        }
                        add_weak = true;
                    }
                    s => own.push(crate::compile::symtable::mangle(Some(name), s)),
                }
            }
            for s in &own {
                // `__classcell__` is taken out of the namespace later: no conflict.
                if s != "__classcell__" && dictops::getitem_text(dict, s).is_some() {
                    return exc::value_error(format!(
                        "{} in __slots__ conflicts with class variable",
                        crate::objects::str::str_repr(s)
                    ));
                }
            }
            own.sort();
            // Secondary bases may provide the dict or weakref support the best base lacks.
            if bases.len() > 1 {
                for b in bases {
                    add_dict |= may_add_dict && type_has_dict(b);
                    add_weak |= may_add_weak && type_has_weakref(b);
                }
            }
        }
    }
    let slots: Vec<(ObjRef, usize)> = own
        .iter()
        .enumerate()
        .map(|(i, s)| (intern(s), base_nslots + i))
        .collect();
    Ok(Layout {
        nslots: base_nslots + slots.len(),
        has_dict: add_dict || !may_add_dict,
        has_weakref: add_weak || type_has_weakref(&base),
        slots,
        add_dict,
        add_weak,
    })
}

/// A new descriptor for `member` of `owner`'s instances.
pub fn new_member(owner: &ObjRef, name: ObjRef, member: Member) -> ObjRef {
    let types = &rt().types;
    let ty = match member {
        Member::Slot(_) => &types.member_descriptor,
        _ => &types.getset_descriptor,
    };
    heap::alloc(
        ty,
        MemberDescrData {
            name,
            owner: owner.clone(),
            member,
        },
    )
}

/// Put the layout's descriptors into the new class's namespace, after the body's names (an
/// existing entry wins, as CPython's `PyDict_SetDefault`): slots, `__dict__`, `__weakref__`.
pub fn add_descriptors(cls: &ObjRef, layout: &Layout) {
    let dict = &td(cls).dict;
    let add = |name: ObjRef, m: Member| {
        if dictops::getitem_str_obj(dict, &name).is_none() {
            let d = new_member(cls, name.clone(), m);
            dictops::setitem_str(dict, name, d);
        }
    };
    for (name, i) in &layout.slots {
        add(name.clone(), Member::Slot(*i));
    }
    if layout.add_dict {
        add(intern("__dict__"), Member::Dict);
    }
    if layout.add_weak {
        add(intern("__weakref__"), Member::Weakref);
    }
}

/// The owner's name for messages and reprs (its current `__name__`).
pub fn owner_name(d: &MemberDescrData) -> String {
    td(&d.owner).name.borrow().clone()
}

/// `repr()` of a member descriptor.
pub fn member_repr(d: &ObjRef) -> String {
    let m = d.payload::<MemberDescrData>();
    let what = match m.member {
        Member::Slot(_) => "member",
        _ => "attribute",
    };
    format!(
        "<{what} '{}' of '{}' objects>",
        str_of(&m.name),
        owner_name(m)
    )
}

/// The descriptor's own attributes (`__name__`, `__qualname__`, `__objclass__`, `__doc__`).
pub fn member_attr(d: &ObjRef, name: &str) -> Option<ObjRef> {
    let m = d.payload::<MemberDescrData>();
    Some(match name {
        "__name__" => m.name.clone(),
        "__qualname__" => {
            let q = td(&m.owner).qualname.borrow().clone();
            new_str(&format!("{q}.{}", str_of(&m.name)))
        }
        "__objclass__" => m.owner.clone(),
        "__doc__" => match m.member {
            Member::Dict => new_str("dictionary for instance variables (if defined)"),
            Member::Weakref => new_str("list of weak references to the object (if defined)"),
            Member::Slot(_) => none(),
        },
        _ => return None,
    })
}

/// The TypeError for a descriptor applied to an object that is not an instance of its owner.
fn check_owner(m: &MemberDescrData, obj: &ObjRef) -> PyResult<()> {
    let ok = super::types::isinstance(obj, &m.owner);
    if ok {
        return Ok(());
    }
    exc::type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        str_of(&m.name),
        owner_name(m),
        type_name(obj)
    ))
}

/// Slot storage of an instance, if it has any.
fn slot_storage(obj: &ObjRef) -> Option<&[std::cell::Cell<Option<ObjRef>>]> {
    match obj.kind() {
        Kind::Instance => Some(&obj.payload::<InstanceData>().slots),
        Kind::Exception => Some(&obj.payload::<ExceptionData>().slots),
        Kind::WeakRef => Some(&obj.payload::<crate::objects::weakref::WeakRefData>().slots),
        _ => None,
    }
}

/// `descr.__get__(obj)`: the value the descriptor reaches in `obj` (the descriptor itself for
/// class access, `obj` `None`).
pub fn member_get(vm: &mut Vm, d: &ObjRef, obj: Option<&ObjRef>) -> PyResult<ObjRef> {
    let Some(obj) = obj else {
        return Ok(d.clone());
    };
    let m = d.payload::<MemberDescrData>();
    check_owner(m, obj)?;
    match m.member {
        Member::Dict => {
            if obj.kind() == Kind::Type {
                return Ok(super::mappingproxy::new_proxy(&td(obj).dict));
            }
            match attr::instance_dict(vm, obj)? {
                Some(dict) => Ok(dict),
                None => Err(attr::no_attribute(obj, &m.name)),
            }
        }
        // The first weak reference to the object (the basic one if any), as CPython's
        // `subtype_getweakref`.
        Member::Weakref => Ok(crate::gc::weakref::refs_of(obj)
            .into_iter()
            .next()
            .unwrap_or_else(none)),
        Member::Slot(i) => match slot_storage(obj).and_then(|s| inst::slot_get(s, i)) {
            Some(v) => Ok(v),
            None => Err(attr::no_attribute(obj, &m.name)),
        },
    }
}

/// `descr.__set__(obj, value)`, or `descr.__delete__(obj)` when `value` is `None`.
pub fn member_set(vm: &mut Vm, d: &ObjRef, obj: &ObjRef, value: Option<ObjRef>) -> PyResult<()> {
    let m = d.payload::<MemberDescrData>();
    check_owner(m, obj)?;
    match m.member {
        Member::Dict if obj.kind() != Kind::Type => set_instance_dict(vm, obj, value),
        Member::Dict | Member::Weakref => exc::attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            str_of(&m.name),
            owner_name(m)
        )),
        Member::Slot(i) => {
            let Some(slots) = slot_storage(obj) else {
                return Err(attr::no_attribute(obj, &m.name));
            };
            let deleting = value.is_none();
            match inst::slot_set(slots, i, value) {
                Ok(None) if deleting => Err(exc::err("AttributeError", str_of(&m.name))),
                Ok(old) => {
                    drop(old);
                    Ok(())
                }
                Err(v) => {
                    drop(v);
                    Err(attr::no_attribute(obj, &m.name))
                }
            }
        }
    }
}

/// `obj.__dict__ = value` (a dict) or `del obj.__dict__` (a fresh empty one next time).
fn set_instance_dict(_vm: &mut Vm, obj: &ObjRef, value: Option<ObjRef>) -> PyResult<()> {
    let attrs = match obj.kind() {
        Kind::Instance => &obj.payload::<InstanceData>().attrs,
        Kind::Exception => &obj.payload::<ExceptionData>().attrs,
        Kind::WeakRef => &obj.payload::<crate::objects::weakref::WeakRefData>().attrs,
        _ => return Err(attr::no_attribute(obj, &intern("__dict__"))),
    };
    let new = match value {
        Some(v) if v.kind() == Kind::Dict => Attrs::Dict(v),
        Some(v) => {
            return exc::type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                type_name(&v)
            ))
        }
        None => Attrs::Inline(Vec::new()),
    };
    let old = std::mem::replace(&mut *attrs.borrow_mut(), new);
    drop(old);
    Ok(())
}

/// `obj.__class__ = cls` for an instance: CPython's layout check, then the switch.
pub fn set_class(obj: &ObjRef, cls: &ObjRef) -> PyResult<()> {
    let old = obj.type_of();
    // The nearest built-in type a class derives from (its instances' underlying layout).
    let builtin = |t: &ObjRef| {
        let mro = td(t).mro();
        mro.iter().find(|b| !td(b).heap).map(|b| b.addr())
    };
    let same = |a: &ObjRef, b: &ObjRef| {
        let (x, y) = (td(a), td(b));
        builtin(a) == builtin(b)
            && x.instance_kind == y.instance_kind
            && x.extra.nslots == y.extra.nslots
            && type_has_dict(a) == type_has_dict(b)
            && type_has_weakref(a) == type_has_weakref(b)
    };
    if !td(cls).heap || !td(&old).heap {
        return exc::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        );
    }
    if !same(&old, cls) {
        return exc::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            td(cls).name.borrow(),
            td(&old).name.borrow()
        ));
    }
    obj.set_type(cls.clone());
    Ok(())
}

/// `self` of a descriptor method, checked.
fn this_descr<'a>(args: &super::Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    match args.args.first() {
        Some(d) if d.kind() == Kind::MemberDescr => Ok(d),
        Some(other) => exc::type_error(format!(
            "descriptor '{name}' requires a 'member_descriptor' object but received a '{}'",
            type_name(other)
        )),
        None => exc::type_error(format!(
            "unbound method member_descriptor.{name}() needs an argument"
        )),
    }
}

/// `descr.__get__(obj, type=None)`.
fn descr_get(vm: &mut Vm, args: super::Args) -> PyResult<ObjRef> {
    let d = this_descr(&args, "__get__")?;
    let p = args.pos();
    if p.len() < 2 {
        return exc::type_error(" expected at least 1 argument, got 0");
    }
    if p.len() > 3 {
        return exc::type_error(format!(
            " expected at most 2 arguments, got {}",
            p.len() - 1
        ));
    }
    let obj = &p[1];
    if obj.is(&rt().none) {
        if p.get(2).is_none_or(|t| t.is(&rt().none)) {
            return exc::type_error("__get__(None, None) is invalid");
        }
        return Ok(d.clone());
    }
    member_get(vm, d, Some(obj))
}

/// `descr.__set__(obj, value)`.
fn descr_set(vm: &mut Vm, args: super::Args) -> PyResult<ObjRef> {
    let d = this_descr(&args, "__set__")?;
    let p = args.pos();
    if p.len() != 3 {
        return exc::type_error(format!(
            " expected 2 arguments, got {}",
            p.len().saturating_sub(1)
        ));
    }
    member_set(vm, d, &p[1], Some(p[2].clone()))?;
    Ok(none())
}

/// `descr.__delete__(obj)`.
fn descr_delete(vm: &mut Vm, args: super::Args) -> PyResult<ObjRef> {
    let d = this_descr(&args, "__delete__")?;
    let p = args.pos();
    if p.len() != 2 {
        return exc::type_error(format!(
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        ));
    }
    member_set(vm, d, &p[1], None)?;
    Ok(none())
}

/// `type.__subclasses__(cls)`: the live direct subclasses, in creation order.
fn type_subclasses(_vm: &mut Vm, args: super::Args) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(t) if t.kind() == Kind::Type && args.args.len() == 1 => {
            Ok(super::new_list(crate::objects::typeobj::subclasses(t)))
        }
        Some(t) if t.kind() == Kind::Type => exc::type_error(format!(
            "{}.__subclasses__() takes no arguments ({} given)",
            td(t).qualname.borrow(),
            args.args.len() - 1
        )),
        Some(other) => exc::type_error(format!(
            "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{}' object",
            type_name(other)
        )),
        None => exc::type_error("unbound method type.__subclasses__() needs an argument"),
    }
}

/// Register the methods of the layout machinery (at start-up): `type.__subclasses__`,
/// `type.__dict__['__dict__']` and `BaseException`'s, the descriptors' `__get__`/`__set__`/`__delete__`,
/// `OSError.__init__`, and mappingproxy's methods.
pub fn install() {
    let t = &rt().types;
    super::methods::add_method(&t.type_, "type", "__subclasses__", type_subclasses);
    // The built-in types whose instances have a `__dict__` of their own.
    for owner in [t.type_.clone(), exc::exc_type("BaseException")] {
        let dict_name = intern("__dict__");
        let d = new_member(&owner, dict_name.clone(), Member::Dict);
        dictops::setitem_str(&td(&owner).dict, dict_name, d);
    }
    for (ty, owner) in [
        (&t.getset_descriptor, "getset_descriptor"),
        (&t.member_descriptor, "member_descriptor"),
    ] {
        super::methods::add_method(ty, owner, "__get__", descr_get);
        super::methods::add_method(ty, owner, "__set__", descr_set);
        super::methods::add_method(ty, owner, "__delete__", descr_delete);
    }
    let oserror = exc::exc_type("OSError");
    super::methods::add_method(&oserror, "OSError", "__new__", super::oserror::oserror_new);
    super::methods::add_method(
        &oserror,
        "OSError",
        "__init__",
        super::oserror::oserror_init,
    );
    super::mappingproxy::install();
}
