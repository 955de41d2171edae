//! Helpers for writing built-in modules in Rust: filling a module's namespace with functions
//! and constants, making native types (instances of `Kind::Native`, see
//! `crate::objects::native`) with their methods, and reaching a method's receiver as its Rust
//! value ([`This`]), also through instances of Python subclasses of the type.
//!
//! A native module is a function `fn init(vm, module_dict)` listed in `super::MODULES`; a native
//! type is made once per process by [`new_type`] and kept in a `thread_local!`/`OnceLock` by the
//! module that owns it (types live for the whole run, as CPython's static types do).

use crate::builtins::ArgSpec;
use crate::heap::{Kind, ObjRef};
use crate::objects::descr::{ClassMethodData, StaticMethodData};
use crate::objects::function::{BuiltinData, BuiltinFn};
use crate::objects::native::{native, NativeData, NativeObject};
use crate::objects::typeobj::TypeData;
use crate::vm::{dictops, exc, intern, new_str, rt, type_name, Args, PyResult};
use std::cell::RefCell;
use std::marker::PhantomData;

/// A built-in function object (`<built-in function name>`).
pub fn function(name: &'static str, func: BuiltinFn) -> ObjRef {
    crate::builtins::builtin(name, func)
}

/// Put `value` into a namespace dict under `name`.
pub fn set(ns: &ObjRef, name: &str, value: ObjRef) {
    dictops::setitem_str(ns, intern(name), value);
}

/// Put the built-in functions `fns` into a module namespace.
pub fn add_functions(ns: &ObjRef, fns: &[(&'static str, BuiltinFn)]) {
    for (name, f) in fns {
        set(ns, name, function(name, *f));
    }
}

/// A new built-in type whose instances are native objects (or, with a `base` that is a built-in
/// type of another kind, that kind's payload). `name` is CPython's `tp_name`: `"deque"` or
/// `"collections.deque"` (its `__name__` is the part after the last dot; messages and `repr`
/// use the whole, as CPython's do); `module` becomes `__module__`.
pub fn new_type(
    module: &str,
    name: &'static str,
    base: Option<&ObjRef>,
    subclassable: bool,
) -> ObjRef {
    let t = &rt().types;
    let base = base.unwrap_or(&t.object);
    let kind = match base.payload::<TypeData>().instance_kind {
        Kind::Object => Kind::Native,
        k => k,
    };
    let ty = crate::vm::runtime::new_builtin_type(&t.type_, name, Some(base), kind, subclassable);
    let td = ty.payload::<TypeData>();
    td.dict.set_type(t.dict.clone());
    *td.qualname.borrow_mut() = name.rsplit('.').next().unwrap_or(name).to_string();
    set(&td.dict, "__module__", new_str(module));
    ty
}

/// A method `name` in type `ty`'s namespace (`owner` is the type's name, for messages).
pub fn method(ty: &ObjRef, owner: &'static str, name: &'static str, func: BuiltinFn) {
    crate::vm::methods::add_method(ty, owner, name, func);
}

/// Several methods at once.
pub fn methods(ty: &ObjRef, owner: &'static str, fns: &[(&'static str, BuiltinFn)]) {
    for (name, f) in fns {
        method(ty, owner, name, *f);
    }
}

/// A class method `name` of `ty`: called with the class first.
pub fn classmethod(ty: &ObjRef, name: &'static str, func: BuiltinFn) {
    let f = function(name, func);
    let cm = crate::heap::alloc(
        &rt().types.classmethod,
        ClassMethodData {
            func: RefCell::new(Some(f)),
        },
    );
    set(&ty.payload::<TypeData>().dict, name, cm);
}

/// A static method `name` of `ty`.
pub fn staticmethod(ty: &ObjRef, name: &'static str, func: BuiltinFn) {
    let f = function(name, func);
    let sm = crate::heap::alloc(
        &rt().types.staticmethod,
        StaticMethodData {
            func: RefCell::new(Some(f)),
        },
    );
    set(&ty.payload::<TypeData>().dict, name, sm);
}

/// `ty.__new__`: a built-in called with the class first (as the type's constructor).
pub fn constructor(ty: &ObjRef, func: BuiltinFn) {
    let f = crate::heap::alloc(
        &rt().types.builtin_function,
        BuiltinData {
            name: "__new__",
            func,
            bound: None,
            owner: None,
            doc: None,
        },
    );
    set(&ty.payload::<TypeData>().dict, "__new__", f);
}

/// A new object of native type `ty` holding `value`.
pub fn new_native<T: NativeObject>(ty: &ObjRef, value: T) -> ObjRef {
    crate::heap::alloc(ty, NativeData(Box::new(value)))
}

/// An object of class `cls` (the native type `base_ty` or a Python subclass of it) holding
/// `value`: a subclass instance keeps the native object as its hidden built-in base.
pub fn new_native_for<T: NativeObject>(cls: &ObjRef, base_ty: &ObjRef, value: T) -> ObjRef {
    let obj = new_native(base_ty, value);
    crate::builtin_new::for_class(cls, base_ty, obj)
}

/// The receiver of a method of a native type, as its Rust value `T` (it dereferences to `T`).
/// The object stays alive as long as this handle does.
pub struct This<T> {
    obj: ObjRef,
    _t: PhantomData<T>,
}

impl<T: NativeObject> This<T> {
    /// `o` (or the built-in base of a subclass instance) as a `T`, if it is one.
    pub fn of(o: &ObjRef) -> Option<This<T>> {
        let b = crate::vm::methods::base_of(o);
        native::<T>(&b)?;
        Some(This {
            obj: b,
            _t: PhantomData,
        })
    }

    /// The first argument of a method call (`self`), which must be a `T`; CPython's message
    /// otherwise (`descriptor 'append' for 'collections.deque' objects doesn't apply to ...`).
    pub fn from_args(args: &Args, owner: &str, name: &str) -> PyResult<This<T>> {
        let Some(s) = args.args.first() else {
            return exc::type_error(format!("unbound method {owner}.{name}() needs an argument"));
        };
        match This::of(s) {
            Some(t) => Ok(t),
            None => exc::type_error(format!(
                "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
                type_name(s)
            )),
        }
    }

    /// The native object itself (for a subclass instance: its hidden base).
    pub fn obj(&self) -> &ObjRef {
        &self.obj
    }
}

impl<T: NativeObject> std::ops::Deref for This<T> {
    type Target = T;
    fn deref(&self) -> &T {
        match native::<T>(&self.obj) {
            Some(t) => t,
            // `This` is only made after checking the payload's type, which never changes.
            None => unreachable!("native payload type changed"),
        }
    }
}

/// Positional and keyword arguments of a function `name` taking `min..=max` positional ones and
/// the keywords `kw` (see [`ArgSpec`]).
pub fn parse<'b>(
    args: &Args<'b>,
    name: &str,
    min: usize,
    max: usize,
    kw: &[&str],
) -> PyResult<(&'b [ObjRef], Vec<Option<ObjRef>>)> {
    ArgSpec { name, min, max, kw }.parse(args)
}

/// Positional-or-keyword parameters `names` (the first `required` of them required), as a
/// Python function `def name(a, b=..., *, ...)` binds them: one slot per name.
pub fn bind(
    args: &Args,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<ObjRef>>> {
    let pos = args.pos();
    if pos.len() > names.len() {
        return exc::type_error(format!(
            "{fname}() takes {} positional argument{} but {} were given",
            if required == names.len() {
                names.len().to_string()
            } else {
                format!("from {required} to {}", names.len())
            },
            if names.len() == 1 { "" } else { "s" },
            pos.len()
        ));
    }
    let mut out: Vec<Option<ObjRef>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let k = crate::vm::str_of(k);
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return exc::type_error(format!("{fname}() got multiple values for argument '{k}'"))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return exc::type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                ))
            }
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return exc::type_error(format!(
                "{fname}() missing required argument '{n}' (pos {})",
                i + 1
            ));
        }
    }
    Ok(out)
}

/// CPython's `PyFloat_AsDouble`: a float (or float subclass), an int, or an object with
/// `__float__` (or `__index__`); otherwise `TypeError: must be real number, not T`.
pub fn to_f64(vm: &mut crate::vm::Vm, o: &ObjRef) -> PyResult<f64> {
    use crate::objects::float::FloatData;
    use crate::objects::int::IntData;
    match o.kind() {
        Kind::Float => return Ok(o.payload::<FloatData>().0),
        Kind::Int => return int_to_f64(o.payload::<IntData>()),
        _ => {}
    }
    let b = crate::vm::methods::base_of(o);
    if b.kind() == Kind::Float {
        return Ok(b.payload::<FloatData>().0);
    }
    if let Some(f) = crate::vm::attr::lookup_type_str(&o.type_of(), "__float__") {
        let r = crate::vm::call::call(vm, &f, Args::new(std::slice::from_ref(o)))?;
        let rb = crate::vm::methods::base_of(&r);
        return match rb.kind() {
            Kind::Float => Ok(rb.payload::<FloatData>().0),
            _ => exc::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(o),
                type_name(&r)
            )),
        };
    }
    if b.kind() == Kind::Int {
        return int_to_f64(b.payload::<IntData>());
    }
    if crate::vm::attr::lookup_type_str(&o.type_of(), "__index__").is_some() {
        let i = crate::vm::convert::index(vm, o)?;
        return int_to_f64(i.payload::<IntData>());
    }
    exc::type_error(format!("must be real number, not {}", type_name(o)))
}

/// An int as float, or CPython's OverflowError.
pub fn int_to_f64(i: &crate::objects::int::IntData) -> PyResult<f64> {
    let f = crate::vm::ops::int_to_f64(i);
    if f.is_infinite() {
        return exc::overflow_error("int too large to convert to float");
    }
    Ok(f)
}

/// `operator.index(o)` as a big integer.
pub fn to_bigint(vm: &mut crate::vm::Vm, o: &ObjRef) -> PyResult<num_bigint::BigInt> {
    let i = crate::vm::convert::index(vm, o)?;
    Ok(i.payload::<crate::objects::int::IntData>().to_big())
}

/// A float as an int object (`int(x)` of a finite float; CPython's errors otherwise).
pub fn float_to_int(x: f64) -> PyResult<ObjRef> {
    use num_traits::FromPrimitive;
    if x.is_nan() {
        return exc::value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return exc::overflow_error("cannot convert float infinity to integer");
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(crate::vm::new_int(t as i64));
    }
    match num_bigint::BigInt::from_f64(t) {
        Some(b) => Ok(crate::vm::new_bigint(b)),
        None => exc::overflow_error("cannot convert float infinity to integer"),
    }
}
