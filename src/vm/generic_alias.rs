//! PEP 585 and PEP 604 at the type level: `list[int]` (a `types.GenericAlias`) and `int | None`
//! (a `types.UnionType`). The objects themselves are written in Python (src/modules/py/types.py);
//! this file is the VM's side: which built-in classes can be subscripted, and `type.__or__` /
//! `type.__ror__`, each delegating to the `types` module.

use super::{attr, call, import, Args, PyResult, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::typeobj::TypeData;

/// The built-in classes that CPython 3.11 lets a program subscript (their `__class_getitem__`).
const GENERIC_BUILTINS: &[&str] = &[
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "type",
    "enumerate",
    "deque",
    "defaultdict",
];

/// Whether `cls` is, or derives from, a subscriptable built-in class.
fn is_generic_builtin(cls: &ObjRef) -> bool {
    let td = cls.payload::<TypeData>();
    let builtin_named = |t: &ObjRef| {
        let d = t.payload::<TypeData>();
        !d.heap && GENERIC_BUILTINS.contains(&d.name.borrow().as_str())
    };
    builtin_named(cls) || td.mro().iter().any(builtin_named)
}

/// Call `types.<name>(*args)`.
fn call_types(vm: &mut Vm, name: &str, args: &[ObjRef]) -> PyResult<ObjRef> {
    let module = import::import_dotted(vm, "types")?;
    let f = attr::getattr_str(vm, &module, name)?;
    call::call(vm, &f, Args::new(args))
}

/// `cls[key]` for a class without `__class_getitem__` of its own: a `types.GenericAlias` when
/// the class is a subscriptable built-in (or derives from one); `None` otherwise.
pub fn class_getitem(vm: &mut Vm, cls: &ObjRef, key: &ObjRef) -> Option<PyResult<ObjRef>> {
    if cls.kind() != Kind::Type || !is_generic_builtin(cls) {
        return None;
    }
    Some(call_types(vm, "GenericAlias", &[cls.clone(), key.clone()]))
}

/// `type.__or__(self, other)`: `self | other`, a union (or NotImplemented).
pub fn type_or(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    binary(vm, args, false)
}

/// `type.__ror__(self, other)`: `other | self`.
pub fn type_ror(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    binary(vm, args, true)
}

fn binary(vm: &mut Vm, args: Args, reflected: bool) -> PyResult<ObjRef> {
    let [this, other] = args.args else {
        return super::exc::type_error(format!(
            "expected 1 argument, got {}",
            args.args.len().saturating_sub(1)
        ));
    };
    let (left, right) = if reflected {
        (other, this)
    } else {
        (this, other)
    };
    call_types(vm, "_type_or", &[left.clone(), right.clone()])
}
