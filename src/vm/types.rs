//! Types at run time: subtype tests, calling a type (`__new__` then `__init__`), creating
//! classes (`__build_class__`, `type(name, bases, ns)`, C3 linearization), and the special
//! attributes of built-in objects (`__name__`, `__mro__`, `__code__`, `co_consts`, ...).

use super::attr::{self, lookup_type_str};
use super::{call, dictops, exc, intern, new_bool, new_int, new_str, new_tuple, none, rt};
use super::{str_of, Args, PyResult, Vm};
use crate::heap::{self, Kind, ObjRef};
use crate::objects::cell::CellData;
use crate::objects::code::CodeData;
use crate::objects::descr::PropertyData;
use crate::objects::dict::DictData;
use crate::objects::exception::{ExceptionData, TracebackData};
use crate::objects::function::{BuiltinData, FunctionData, MethodData};
use crate::objects::instance::{Attrs, InstanceData, ObjectData};
use crate::objects::typeobj::{TypeData, TypeExtra};
use std::cell::{Cell, RefCell};

/// Whether `a` is `b` or a subclass of it.
pub fn is_subtype(a: &ObjRef, b: &ObjRef) -> bool {
    if a.is(b) {
        return true;
    }
    match a.downcast::<TypeData>() {
        Some(t) => t.mro().iter().any(|m| m.is(b)),
        None => false,
    }
}

/// `isinstance(obj, ty)` for one type.
pub fn isinstance(obj: &ObjRef, ty: &ObjRef) -> bool {
    is_subtype(&obj.type_of(), ty)
}

pub fn type_name_of(ty: &ObjRef) -> String {
    ty.payload::<TypeData>().name.borrow().clone()
}

/// Call a type: `type(x)`, or make an instance (`__new__`, then `__init__`).
pub fn call_type(vm: &mut Vm, ty: &ObjRef, args: Args) -> PyResult<ObjRef> {
    if ty.is(&rt().types.type_) && args.pos().len() == 1 && !args.has_kwargs() {
        return Ok(args.args[0].type_of());
    }
    // A metaclass with its own __call__.
    let meta = ty.type_of();
    if !meta.is(&rt().types.type_) {
        if let Some(c) = lookup_type_str(&meta, "__call__") {
            if c.kind() == Kind::Function {
                let mut v = vec![ty.clone()];
                v.extend_from_slice(args.args);
                return call::call(
                    vm,
                    &c,
                    Args {
                        args: &v,
                        kwnames: args.kwnames,
                    },
                );
            }
        }
    }
    // NoneType(), ellipsis(), NotImplementedType(): their one instance.
    if ty.payload::<TypeData>().instance_kind == Kind::Unit {
        let r = rt();
        for (t, v) in [
            (&r.types.none_type, &r.none),
            (&r.types.ellipsis_type, &r.ellipsis),
            (&r.types.not_implemented_type, &r.not_implemented),
        ] {
            if ty.is(t) {
                if !args.args.is_empty() {
                    return exc::type_error(format!("{} takes no arguments", type_name_of(ty)));
                }
                return Ok(v.clone());
            }
        }
    }
    // OSError(errno, strerror, ...) makes the subclass its errno stands for.
    let mapped;
    let ty = match oserror_subclass(ty, &args) {
        Some(sub) => {
            mapped = sub;
            &mapped
        }
        None => ty,
    };
    if ty.is(&rt().types.module) {
        return module_new(args);
    }
    let new = lookup_type_str(ty, "__new__");
    let obj = match new {
        Some(n) if n.kind() == Kind::Function || n.kind() == Kind::StaticMethod => {
            let f = match n.downcast::<crate::objects::descr::StaticMethodData>() {
                Some(s) => s.func.borrow().clone().unwrap_or_else(none),
                None => n,
            };
            let mut v = vec![ty.clone()];
            v.extend_from_slice(args.args);
            call::call(
                vm,
                &f,
                Args {
                    args: &v,
                    kwnames: args.kwnames,
                },
            )?
        }
        Some(n) if n.kind() == Kind::Builtin => {
            let mut v = vec![ty.clone()];
            v.extend_from_slice(args.args);
            call::call(
                vm,
                &n,
                Args {
                    args: &v,
                    kwnames: args.kwnames,
                },
            )?
        }
        _ => object_new(vm, ty, args)?,
    };
    if !is_subtype(&obj.type_of(), ty) {
        return Ok(obj);
    }
    if let Some(init) = lookup_type_str(ty, "__init__") {
        if init.kind() == Kind::Function {
            let mut v = vec![obj.clone()];
            v.extend_from_slice(args.args);
            let r = call::call(
                vm,
                &init,
                Args {
                    args: &v,
                    kwnames: args.kwnames,
                },
            )?;
            if !r.is(&rt().none) {
                return exc::type_error(format!(
                    "__init__() should return None, not '{}'",
                    super::type_name(&r)
                ));
            }
        } else if init.kind() == Kind::Builtin {
            let b = init.payload::<BuiltinData>();
            if b.name != "__init__" || b.owner != Some("object") {
                let mut v = vec![obj.clone()];
                v.extend_from_slice(args.args);
                call::call(
                    vm,
                    &init,
                    Args {
                        args: &v,
                        kwnames: args.kwnames,
                    },
                )?;
            }
        }
    }
    Ok(obj)
}

/// CPython's errno map: the subclass `OSError(errno, strerror[, ...])` is made as, when called on
/// `OSError` itself with two to five arguments.
/// `types.ModuleType(name, doc=None)`: a new, empty module.
fn module_new(args: Args) -> PyResult<ObjRef> {
    let pos = args.pos();
    let mut name = pos.first().cloned();
    let mut doc = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        match str_of(k) {
            "name" if name.is_none() => name = Some(v.clone()),
            "doc" if doc.is_none() => doc = Some(v.clone()),
            other => {
                return exc::type_error(format!(
                    "module.__init__() got an unexpected keyword argument '{other}'"
                ))
            }
        }
    }
    if pos.len() > 2 {
        return exc::type_error(format!(
            "module.__init__() takes at most 2 arguments ({} given)",
            pos.len()
        ));
    }
    let Some(name) = name else {
        return exc::type_error("module.__init__() missing required argument 'name' (pos 1)");
    };
    if name.kind() != Kind::Str {
        return exc::type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            super::type_name(&name)
        ));
    }
    let m = super::import::new_module(str_of(&name));
    if let Some(d) = doc {
        let dict = super::import::module_dict(&m);
        dictops::setitem_str(&dict, intern("__doc__"), d);
    }
    Ok(m)
}

fn oserror_subclass(ty: &ObjRef, args: &Args) -> Option<ObjRef> {
    let pos = args.pos();
    if !(2..=5).contains(&pos.len())
        || args.has_kwargs()
        || ty.payload::<TypeData>().heap
        || ty.payload::<TypeData>().instance_kind != Kind::Exception
        || !ty.is(&super::exc::exc_type("OSError"))
    {
        return None;
    }
    let errno = pos[0]
        .downcast::<crate::objects::int::IntData>()?
        .as_i64()?;
    let name = match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    };
    Some(super::exc::exc_type(name))
}

/// `object.__new__(cls)`: a bare instance of `cls`, with the payload its layout needs.
pub fn object_new(vm: &mut Vm, ty: &ObjRef, args: Args) -> PyResult<ObjRef> {
    let td = ty.payload::<TypeData>();
    if td.heap {
        check_abstract(vm, ty)?;
    }
    if !args.args.is_empty() {
        let custom_init =
            lookup_type_str(ty, "__init__").is_some_and(|i| i.kind() == Kind::Function);
        let custom_new = lookup_type_str(ty, "__new__").is_some_and(|i| i.kind() == Kind::Function);
        if !custom_init || custom_new {
            return exc::type_error(format!("{}() takes no arguments", td.name.borrow()));
        }
    }
    Ok(new_instance(ty))
}

/// CPython's `Py_TPFLAGS_IS_ABSTRACT` check: a class whose own `__abstractmethods__` (set by
/// `abc.ABCMeta`) is non-empty cannot be instantiated.
fn check_abstract(vm: &mut Vm, ty: &ObjRef) -> PyResult<()> {
    let td = ty.payload::<TypeData>();
    let Some(abstracts) = dictops::getitem_str(&td.dict, "__abstractmethods__") else {
        return Ok(());
    };
    if !super::ops::truthy(vm, &abstracts)? {
        return Ok(());
    }
    let mut names = Vec::new();
    for n in super::ops::collect(vm, &abstracts)? {
        names.push(str_of(&n).to_string());
    }
    names.sort();
    let plural = if names.len() == 1 { "" } else { "s" };
    exc::type_error(format!(
        "Can't instantiate abstract class {} with abstract method{plural} {}",
        td.name.borrow(),
        names.join(", ")
    ))
}

/// `method(function, instance)` (`types.MethodType`): a bound method.
pub fn method_new(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return exc::type_error("method() takes no keyword arguments");
    }
    let pos = args.pos().get(1..).unwrap_or(&[]);
    if pos.len() != 2 {
        return exc::type_error(format!("method expected 2 arguments, got {}", pos.len()));
    }
    let (func, this) = (&pos[0], &pos[1]);
    let callable = matches!(
        func.kind(),
        Kind::Function | Kind::Builtin | Kind::Method | Kind::Type
    ) || lookup_type_str(&func.type_of(), "__call__").is_some();
    if !callable {
        return exc::type_error("first argument must be callable");
    }
    if this.is(&rt().none) {
        return exc::type_error("instance must not be None");
    }
    Ok(heap::alloc(
        &rt().types.method,
        MethodData {
            func: func.clone(),
            this: this.clone(),
        },
    ))
}

/// A bare instance of a class whose instances are plain objects (kind `Instance`/`Object`).
pub fn new_instance(ty: &ObjRef) -> ObjRef {
    let td = ty.payload::<TypeData>();
    match td.instance_kind {
        Kind::Object if !td.heap => heap::alloc(ty, ObjectData),
        Kind::Exception => super::exc::new_exception(ty, rt().empty_tuple.clone()),
        _ => heap::alloc(
            ty,
            InstanceData {
                attrs: RefCell::new(if td.has_dict || !td.heap {
                    Attrs::Inline(Vec::new())
                } else {
                    Attrs::None
                }),
                slots: crate::objects::instance::new_slots(td.extra.nslots),
                base: RefCell::new(None),
            },
        ),
    }
}

/// C3 linearization of `bases` (the MRO without the class itself).
pub fn c3_mro(name: &str, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            v.extend(b.payload::<TypeData>().mro().iter().cloned());
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head)));
            (!in_tail).then(|| head.clone())
        });
        match candidate {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                // CPython names the heads that could not be merged, each once.
                let mut heads: Vec<ObjRef> = Vec::new();
                for s in &seqs {
                    if !heads.iter().any(|h| h.is(&s[0])) {
                        heads.push(s[0].clone());
                    }
                }
                let names: Vec<String> = heads.iter().map(type_name_of).collect();
                let _ = name;
                return exc::type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ));
            }
        }
    }
}

/// Make a new class `name(bases)` with namespace `ns` (a dict), metaclass `type`.
pub fn new_class(
    vm: &mut Vm,
    meta: &ObjRef,
    name: &str,
    bases: Vec<ObjRef>,
    ns: &ObjRef,
    keywords: (&[ObjRef], &[ObjRef]),
) -> PyResult<ObjRef> {
    let bases = if bases.is_empty() {
        vec![rt().types.object.clone()]
    } else {
        bases
    };
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return exc::type_error(format!("duplicate base class {}", type_name_of(b)));
        }
        match b.downcast::<TypeData>() {
            Some(t) if !t.basetype => {
                return exc::type_error(format!(
                    "type '{}' is not an acceptable base type",
                    t.name.borrow()
                ))
            }
            Some(_) => {}
            None => return exc::type_error("bases must be types"),
        }
    }
    let mro = c3_mro(name, &bases)?;
    // The instance layout: the most derived built-in layout among the bases.
    let mut instance_kind = Kind::Instance;
    for b in &mro {
        let k = b.payload::<TypeData>().instance_kind;
        if k == Kind::Exception || k == Kind::WeakRef {
            instance_kind = k;
            break;
        }
    }
    let dict = super::new_dict();
    dictops::update(vm, &dict, ns)?;
    let qualname = dictops::getitem_str(&dict, "__qualname__")
        .map(|q| str_of(&q).to_string())
        .unwrap_or_else(|| name.to_string());
    if dictops::getitem_str(&dict, "__qualname__").is_some() {
        dictops::delitem_str(&dict, "__qualname__");
    }
    // As CPython's type_new: `__new__` is a static method, `__init_subclass__` and
    // `__class_getitem__` are class methods.
    if let Some(f) = dictops::getitem_str(&dict, "__new__").filter(|f| f.kind() == Kind::Function) {
        let sm = heap::alloc(
            &rt().types.staticmethod,
            crate::objects::descr::StaticMethodData {
                func: RefCell::new(Some(f)),
            },
        );
        dictops::setitem_str(&dict, intern("__new__"), sm);
    }
    for name in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dictops::getitem_str(&dict, name).filter(|f| f.kind() == Kind::Function) {
            let cm = heap::alloc(
                &rt().types.classmethod,
                crate::objects::descr::ClassMethodData {
                    func: RefCell::new(Some(f)),
                },
            );
            dictops::setitem_str(&dict, intern(name), cm);
        }
    }
    let layout = super::members::class_layout(vm, name, &bases, &dict)?;
    let has_del = mro.iter().any(|b| b.payload::<TypeData>().has_del.get())
        || dictops::getitem_str(&dict, "__del__").is_some();
    // `tp_base`: the base whose layout the instances extend (CPython's `best_base`).
    let base = match bases.len() {
        0 => None,
        1 => Some(bases[0].clone()),
        _ => Some(super::members::best_base(&bases).unwrap_or_else(|_| bases[0].clone())),
    };
    let data = TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(qualname),
        bases: RefCell::new(new_tuple(bases)),
        // The MRO tuple holds the class itself: set once the class exists.
        mro: RefCell::new(rt().empty_tuple.clone()),
        base: RefCell::new(base),
        dict,
        instance_kind,
        heap: true,
        basetype: true,
        slots: layout.slots.iter().map(|(n, _)| n.clone()).collect(),
        has_dict: layout.has_dict,
        has_del: Cell::new(has_del),
        version: Cell::new(0),
        lookup_cache: Default::default(),
        extra: TypeExtra {
            nslots: layout.nslots,
            has_weakref: layout.has_weakref,
            ..Default::default()
        },
    };
    let cls = heap::alloc(meta, data);
    let mut mro_items = vec![cls.clone()];
    mro_items.extend(mro);
    *cls.payload::<TypeData>().mro.borrow_mut() = new_tuple(mro_items);
    crate::objects::typeobj::register_subclass(&cls);
    // Then, in CPython's order: the layout's descriptors, `__doc__`, and `__hash__ = None`
    // when the class defines `__eq__` alone (its instances become unhashable).
    super::members::add_descriptors(&cls, &layout);
    let dict = &cls.payload::<TypeData>().dict;
    if dictops::getitem_str(dict, "__doc__").is_none() {
        dictops::setitem_str(dict, intern("__doc__"), none());
    }
    if dictops::getitem_str(dict, "__eq__").is_some()
        && dictops::getitem_str(dict, "__hash__").is_none()
    {
        dictops::setitem_str(dict, intern("__hash__"), none());
    }
    attr::types_changed();
    // Fill the `__class__` cell the class body created for zero-argument super().
    if let Some(cell) = dictops::getitem_str(&cls.payload::<TypeData>().dict, "__classcell__") {
        if let Some(c) = cell.downcast::<CellData>() {
            *c.value.borrow_mut() = Some(cls.clone());
        }
        dictops::delitem_str(&cls.payload::<TypeData>().dict, "__classcell__");
    }
    // __init_subclass__ of the parent, with the class keywords (`class T(K, tag=1)`).
    let (kwnames, kwvalues) = keywords;
    let mut found = false;
    if let Some(base) = cls.payload::<TypeData>().mro().first().cloned() {
        if let Some(f) = lookup_type_str(&base, "__init_subclass__") {
            if f.kind() == Kind::Function || f.kind() == Kind::ClassMethod {
                let func = match f.downcast::<crate::objects::descr::ClassMethodData>() {
                    Some(c) => c.func.borrow().clone().unwrap_or_else(none),
                    None => f,
                };
                let mut all = vec![cls.clone()];
                all.extend_from_slice(kwvalues);
                call::call(
                    vm,
                    &func,
                    Args {
                        args: &all,
                        kwnames,
                    },
                )?;
                found = true;
            }
        }
    }
    if !found && !kwnames.is_empty() {
        return exc::type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            name
        ));
    }
    // __set_name__ on descriptors.
    let entries: Vec<(ObjRef, ObjRef)> = cls
        .payload::<TypeData>()
        .dict
        .payload::<DictData>()
        .table
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in entries {
        if matches!(v.kind(), Kind::Instance | Kind::Property) {
            if let Some(sn) = lookup_type_str(&v.type_of(), "__set_name__") {
                let r = call::call(vm, &sn, Args::new(&[v.clone(), cls.clone(), k.clone()]));
                if let Err(e) = r {
                    // CPython 3.11 wraps the error, naming the descriptor and the class.
                    let wrapped = exc::err(
                        "RuntimeError",
                        format!(
                            "Error calling __set_name__ on '{}' instance {} in '{}'",
                            super::type_name(&v),
                            super::convert::repr_string(vm, &k)?,
                            type_name_of(&cls)
                        ),
                    );
                    let d = wrapped.payload::<ExceptionData>();
                    *d.cause.borrow_mut() = Some(e.clone());
                    *d.context.borrow_mut() = Some(e);
                    d.suppress_context.set(true);
                    return Err(wrapped);
                }
            }
        }
    }
    Ok(cls)
}

/// Setting or deleting a class attribute.
pub fn type_setattr(
    vm: &mut Vm,
    cls: &ObjRef,
    name: &ObjRef,
    value: Option<ObjRef>,
) -> PyResult<()> {
    let td = cls.payload::<TypeData>();
    let n = str_of(name);
    // The metatype's member descriptors (`type.__dict__['__dict__']`) come first.
    if let Some(d) = attr::lookup_type(&cls.type_of(), name) {
        if d.kind() == Kind::MemberDescr {
            return super::members::member_set(vm, &d, cls, value);
        }
    }
    if !td.heap {
        return exc::type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            n,
            td.name.borrow()
        ));
    }
    if n == "__bases__" {
        return super::type_bases::set_bases(cls, value);
    }
    match (n, &value) {
        ("__name__", Some(v)) => {
            *td.name.borrow_mut() = str_of(v).to_string();
            return Ok(());
        }
        ("__qualname__", Some(v)) => {
            *td.qualname.borrow_mut() = str_of(v).to_string();
            return Ok(());
        }
        _ => {}
    }
    if n == "__del__" {
        td.has_del.set(true);
    }
    td.version.set(td.version.get() + 1);
    attr::types_changed();
    match value {
        Some(v) => {
            dictops::setitem_str(&td.dict, super::intern_obj(name), v);
            Ok(())
        }
        None => {
            if dictops::getitem_str_obj(&td.dict, name).is_none() {
                return Err(attr::no_attribute(cls, name));
            }
            dictops::delitem_str(&td.dict, n);
            Ok(())
        }
    }
}

/// Setting a function attribute (`__name__`, `__doc__`, `__defaults__`, or its `__dict__`).
pub fn function_setattr(
    vm: &mut Vm,
    func: &ObjRef,
    n: &str,
    name: &ObjRef,
    value: Option<ObjRef>,
) -> PyResult<()> {
    let f = func.payload::<FunctionData>();
    let v = value.clone().unwrap_or_else(none);
    match n {
        "__name__" => *f.name.borrow_mut() = v,
        "__qualname__" => *f.qualname.borrow_mut() = v,
        "__doc__" => *f.doc.borrow_mut() = v,
        "__module__" => *f.module.borrow_mut() = v,
        "__defaults__" => *f.defaults.borrow_mut() = value.filter(|v| !v.is(&rt().none)),
        "__kwdefaults__" => *f.kwdefaults.borrow_mut() = value.filter(|v| !v.is(&rt().none)),
        "__annotations__" => *f.annotations.borrow_mut() = value,
        _ => {
            let d = crate::objects::get_or_make(&f.dict, super::new_dict);
            return match value {
                Some(v) => dictops::setitem(vm, &d, name.clone(), v),
                None => match dictops::delitem_opt(vm, &d, name)? {
                    Some(_) => Ok(()),
                    None => Err(attr::no_attribute(func, name)),
                },
            };
        }
    }
    Ok(())
}

/// Attributes of built-in objects that are not namespace entries.
pub fn special_attr(vm: &mut Vm, obj: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
    let r = match obj.kind() {
        Kind::Type => {
            let t = obj.payload::<TypeData>();
            match name {
                // A built-in type's name is its tp_name after the module prefix
                // (`collections.deque` -> `deque`).
                "__name__" => {
                    let n = t.name.borrow();
                    Some(new_str(if t.heap {
                        &n
                    } else {
                        n.rsplit('.').next().unwrap_or("")
                    }))
                }
                "__qualname__" => Some(new_str(&t.qualname.borrow())),
                "__mro__" => Some(crate::objects::typeobj::mro_tuple(obj)),
                "__bases__" => Some(crate::objects::typeobj::bases_tuple(obj)),
                "__base__" => Some(t.base.borrow().clone().unwrap_or_else(none)),
                "__module__" => Some(if t.heap {
                    dictops::getitem_str(&t.dict, "__module__")
                        .unwrap_or_else(|| new_str("__main__"))
                } else {
                    new_str("builtins")
                }),
                "__doc__" => Some(dictops::getitem_str(&t.dict, "__doc__").unwrap_or_else(none)),
                _ => None,
            }
        }
        Kind::Function => {
            let f = obj.payload::<FunctionData>();
            match name {
                "__name__" => Some(f.name.borrow().clone()),
                "__qualname__" => Some(f.qualname.borrow().clone()),
                "__code__" => Some(f.code.clone()),
                "__globals__" => Some(f.globals.clone()),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.borrow().clone()),
                "__defaults__" => Some(f.defaults.borrow().clone().unwrap_or_else(none)),
                "__kwdefaults__" => Some(f.kwdefaults.borrow().clone().unwrap_or_else(none)),
                "__closure__" => Some(f.closure.clone().unwrap_or_else(none)),
                "__annotations__" => {
                    Some(crate::objects::get_or_make(&f.annotations, super::new_dict))
                }
                "__builtins__" => Some(f.builtins.clone()),
                _ => None,
            }
        }
        Kind::Method => {
            let m = obj.payload::<MethodData>();
            match name {
                "__self__" => Some(m.this.clone()),
                "__func__" => Some(m.func.clone()),
                _ => {
                    let f = m.func.clone();
                    return attr::getattr_opt(vm, &f, name);
                }
            }
        }
        Kind::Builtin => {
            let b = obj.payload::<BuiltinData>();
            match name {
                "__name__" => Some(new_str(b.name)),
                "__qualname__" => Some(new_str(&match b.owner {
                    Some(o) => format!("{o}.{}", b.name),
                    None => b.name.to_string(),
                })),
                "__self__" => Some(b.bound.clone().unwrap_or_else(|| vm.builtins_module())),
                "__doc__" => Some(b.doc.map(new_str).unwrap_or_else(none)),
                "__module__" => Some(if b.owner.is_none() {
                    new_str("builtins")
                } else {
                    none()
                }),
                _ => None,
            }
        }
        Kind::Exception => {
            let e = obj.payload::<ExceptionData>();
            match name {
                "args" => Some(e.args.borrow().clone()),
                "__traceback__" => Some(e.traceback.borrow().clone().unwrap_or_else(none)),
                "__context__" => Some(e.context.borrow().clone().unwrap_or_else(none)),
                "__cause__" => Some(e.cause.borrow().clone().unwrap_or_else(none)),
                "__suppress_context__" => Some(new_bool(e.suppress_context.get())),
                "value" if super::exc::matches(obj, "StopIteration") => {
                    let a = e.args.borrow().clone();
                    let items = &a.payload::<crate::objects::tuple::TupleData>().items;
                    Some(items.first().cloned().unwrap_or_else(none))
                }
                "code" if super::exc::matches(obj, "SystemExit") => {
                    let a = e.args.borrow().clone();
                    let items = &a.payload::<crate::objects::tuple::TupleData>().items;
                    Some(match items.len() {
                        0 => none(),
                        1 => items[0].clone(),
                        _ => a.clone(),
                    })
                }
                "name"
                    if super::exc::matches(obj, "ImportError")
                        || super::exc::matches(obj, "NameError")
                        || super::exc::matches(obj, "AttributeError") =>
                {
                    Some(none())
                }
                _ => super::oserror::oserror_attr(obj, name)?,
            }
        }
        Kind::MemberDescr => super::members::member_attr(obj, name),
        Kind::Traceback => {
            let t = obj.payload::<TracebackData>();
            match name {
                "tb_next" => Some(t.next.borrow().clone().unwrap_or_else(none)),
                "tb_lineno" => Some(new_int(t.lineno as i64)),
                "tb_lasti" => Some(new_int(t.lasti as i64 * 2)),
                _ => None,
            }
        }
        Kind::Code => {
            let c = obj.payload::<CodeData>();
            match name {
                "co_name" => Some(c.name.clone()),
                "co_qualname" => Some(c.qualname.clone()),
                "co_filename" => Some(c.filename.clone()),
                "co_consts" => Some(new_tuple(c.consts.to_vec())),
                "co_names" => Some(new_tuple(c.names.to_vec())),
                "co_varnames" => Some(new_tuple(c.varnames.to_vec())),
                "co_argcount" => Some(new_int(c.code.argcount as i64)),
                "co_posonlyargcount" => Some(new_int(c.code.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(new_int(c.code.kwonlyargcount as i64)),
                "co_firstlineno" => Some(new_int(c.code.first_line as i64)),
                "co_nlocals" => Some(new_int(c.code.varnames.len() as i64)),
                "co_cellvars" => Some(new_tuple(c.cellnames[..c.code.cellvars.len()].to_vec())),
                "co_freevars" => Some(new_tuple(c.cellnames[c.code.cellvars.len()..].to_vec())),
                _ => None,
            }
        }
        Kind::Cell => match name {
            "cell_contents" => match &*obj.payload::<CellData>().value.borrow() {
                Some(v) => Some(v.clone()),
                None => return Err(exc::err("ValueError", "Cell is empty")),
            },
            _ => None,
        },
        Kind::Property => {
            let p = obj.payload::<PropertyData>();
            match name {
                "fget" => Some(p.fget.borrow().clone().unwrap_or_else(none)),
                "fset" => Some(p.fset.borrow().clone().unwrap_or_else(none)),
                "fdel" => Some(p.fdel.borrow().clone().unwrap_or_else(none)),
                "__doc__" => Some(p.doc.borrow().clone().unwrap_or_else(none)),
                "__isabstractmethod__" => {
                    let fs = [p.fget.borrow().clone(), p.fset.borrow().clone()];
                    let fs = [fs[0].clone(), fs[1].clone(), p.fdel.borrow().clone()];
                    Some(new_bool(super::objects_attr::is_abstract(vm, &fs)?))
                }
                _ => None,
            }
        }
        Kind::Module => match name {
            "__dict__" => Some(
                obj.payload::<crate::objects::module::ModuleData>()
                    .dict
                    .clone(),
            ),
            _ => None,
        },
        _ => super::objects_attr::special(vm, obj, name)?,
    };
    if r.is_none() && name == "__doc__" {
        return Ok(Some(none()));
    }
    Ok(r)
}

/// CPython's `update_bases`: a base that is not a class but has `__mro_entries__` (such as
/// `typing.Generic[T]`) is replaced by the tuple that method returns. Also says whether any was.
fn update_bases(vm: &mut Vm, bases: &[ObjRef]) -> PyResult<(Vec<ObjRef>, bool)> {
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    for b in bases {
        if b.kind() == Kind::Type {
            out.push(b.clone());
            continue;
        }
        let entries = match super::attr::getattr_str(vm, b, "__mro_entries__") {
            Ok(m) => m,
            Err(e) if exc::matches(&e, "AttributeError") => {
                out.push(b.clone());
                continue;
            }
            Err(e) => return Err(e),
        };
        let all = new_tuple(bases.to_vec());
        let r = call::call(vm, &entries, Args::new(std::slice::from_ref(&all)))?;
        let Some(t) = r.downcast::<crate::objects::tuple::TupleData>() else {
            return exc::type_error("__mro_entries__ must return a tuple");
        };
        out.extend(t.items.iter().cloned());
        changed = true;
    }
    Ok((out, changed))
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let pos = args.pos();
    if pos.len() < 2 {
        return exc::type_error("__build_class__: not enough arguments");
    }
    let body = pos[0].clone();
    let name = pos[1].clone();
    let orig_bases: Vec<ObjRef> = pos[2..].to_vec();
    let (bases, bases_changed) = update_bases(vm, &orig_bases)?;
    let mut meta: Option<ObjRef> = None;
    // Class keywords other than `metaclass=` go to the metaclass call.
    let (mut kwnames, mut kwvalues) = (Vec::new(), Vec::new());
    for (k, v) in args.kwargs() {
        if str_of(k) == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvalues.push(v.clone());
        }
    }
    let explicit = meta.is_some();
    let mut meta = meta.unwrap_or_else(|| match bases.first() {
        Some(b) => b.type_of(),
        None => rt().types.type_.clone(),
    });
    // The most derived metaclass of the bases' metaclasses (CPython's _PyType_CalculateMetaclass).
    if meta.kind() == Kind::Type && (!explicit || is_subtype(&meta, &rt().types.type_)) {
        for b in &bases {
            let bt = b.type_of();
            if is_subtype(&meta, &bt) {
                continue;
            }
            if is_subtype(&bt, &meta) {
                meta = bt;
                continue;
            }
            return exc::type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            );
        }
    }
    // __prepare__
    let ns = super::new_dict();
    let f = body.payload::<FunctionData>();
    let code = f.code.clone();
    let mut frame = super::frame::Frame {
        code: code.clone(),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        locals: Some(ns.clone()),
        fast: vec![None; code.payload::<CodeData>().code.varnames.len()],
        cells: {
            let cd = code.payload::<CodeData>();
            let mut cells: Vec<ObjRef> = cd
                .code
                .cellvars
                .iter()
                .map(|_| super::new_cell(None))
                .collect();
            if let Some(c) = &f.closure {
                cells.extend(
                    c.payload::<crate::objects::tuple::TupleData>()
                        .items
                        .iter()
                        .cloned(),
                );
            }
            cells
        },
        stack: Vec::new(),
        pc: 0,
        func: Some(body.clone()),
    };
    let cell = call::run_function_frame(vm, &mut frame)?;
    if bases_changed {
        dictops::setitem_str(&ns, super::intern("__orig_bases__"), new_tuple(orig_bases));
    }
    let cls = if meta.is(&rt().types.type_)
        || meta.kind() == Kind::Type && !meta.payload::<TypeData>().heap
    {
        new_class(vm, &meta, str_of(&name), bases, &ns, (&kwnames, &kwvalues))?
    } else {
        let b = new_tuple(bases);
        let mut all = vec![name.clone(), b, ns.clone()];
        all.extend(kwvalues);
        call::call(
            vm,
            &meta,
            Args {
                args: &all,
                kwnames: &kwnames,
            },
        )?
    };
    if let Some(c) = cell.downcast::<CellData>() {
        if c.value.borrow().is_none() {
            *c.value.borrow_mut() = Some(cls.clone());
        }
    }
    let _ = intern;
    Ok(cls)
}
