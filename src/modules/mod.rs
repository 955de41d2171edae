//! Modules built into mnemo: `sys` and `builtins` (made at start-up), `gc`, `_weakref` (Rust)
//! and `weakref`, `_weakrefset` (Python, embedded). Importing any other name falls back to
//! `.py` files on `sys.path`.

pub mod gc;
pub mod sys;
pub mod weakref;

use crate::heap::ObjRef;
use crate::vm::{PyResult, Vm};

/// A built-in module written in Rust: fills the new module's namespace.
type Init = fn(&mut Vm, &ObjRef) -> PyResult<()>;

/// How each built-in module is made: Rust code, or Python source embedded in the binary.
enum Def {
    Rust(Init),
    Python(&'static str),
}

static MODULES: &[(&str, Def)] = &[
    ("gc", Def::Rust(gc::init)),
    ("_weakref", Def::Rust(weakref::init)),
    ("weakref", Def::Python(include_str!("py/weakref.py"))),
    (
        "_weakrefset",
        Def::Python(include_str!("py/_weakrefset.py")),
    ),
];

/// The built-in module `name`, made on first import; `None` if there is no such built-in.
pub fn builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<ObjRef>> {
    let Some((_, def)) = MODULES.iter().find(|(n, _)| *n == name) else {
        return Ok(None);
    };
    let m = crate::vm::import::new_module(name);
    let ns = crate::vm::import::module_dict(&m);
    let modules = vm.modules.clone();
    crate::vm::dictops::setitem_str(&modules, crate::vm::intern(name), m.clone());
    let r = match def {
        Def::Rust(init) => init(vm, &ns),
        Def::Python(src) => {
            let filename = format!("<frozen {name}>");
            crate::vm::interp::exec_source(vm, src.as_bytes(), &filename, &ns, false).map(|_| ())
        }
    };
    if let Err(e) = r {
        crate::vm::dictops::delitem_str(&modules, name);
        return Err(e);
    }
    Ok(Some(
        crate::vm::dictops::getitem_str(&modules, name).unwrap_or(m),
    ))
}
