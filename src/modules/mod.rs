//! Modules written in Rust and built into mnemo. So far: `sys` (made at start-up) and
//! `builtins`. Importing any other name falls back to `.py` files on `sys.path`.

pub mod sys;

use crate::heap::ObjRef;
use crate::vm::{PyResult, Vm};

/// The built-in module `name`, made on first import; `None` if there is no such built-in.
pub fn builtin_module(_vm: &mut Vm, name: &str) -> PyResult<Option<ObjRef>> {
    let _ = name;
    Ok(None)
}
