//! The built-in modules: every module mnemo carries inside its binary, found by name before
//! `sys.path` is searched (see `vm::import::load_module`).
//!
//! # The registry
//!
//! [`MODULES`] lists each built-in module by its full dotted name with how it is made:
//! - [`Def::Rust`]: written in Rust. Its `init(vm, namespace)` fills the new module's dict
//!   (functions via `support::add_functions`, native types via `support::new_type`). Private
//!   accelerators follow CPython's naming (`_random` under `random`).
//! - [`Def::Python`]: written in Python. The source is embedded with `include_str!` from
//!   `src/modules/py/` and compiled and run on first import, in a fresh module registered in
//!   `sys.modules` first (so circular imports see the partial module, as CPython). Tracebacks
//!   name it `<frozen NAME>`, as CPython names its frozen modules.
//! - [`Def::Package`]: like `Python`, for a package's `__init__`; the module gets `__path__ = []`
//!   so that its submodules (listed here as `pkg.sub`) can be imported.
//!
//! `gc` and `_weakref` (Rust) with `weakref`, `_weakrefset` (Python) belong to the collector.
//! `sys` and `builtins` are made at start-up (`vm::interp::new_vm`), not here. To add a module:
//! write `src/modules/NAME.rs` (with `pub fn init`) or `src/modules/py/NAME.py`, and add a line
//! to [`MODULES`]. A name that is neither here nor on `sys.path` raises CPython's
//! `ModuleNotFoundError: No module named 'NAME'`.

pub mod array;
pub mod array_codec;
pub mod collections;
pub mod gc;
pub mod math;
pub mod math_fns;
pub mod os;
pub mod random;
pub mod re_core;
pub mod re_emit;
pub mod re_groups;
pub mod re_parse;
pub mod support;
pub mod sys;
pub mod thread;
pub mod time;
pub mod tracemalloc;
pub mod weakref;

use crate::heap::ObjRef;
use crate::vm::{dictops, import, intern, new_list, new_str, PyResult, Vm};

/// How a built-in module is made.
pub enum Def {
    /// Rust: fills the module's namespace.
    Rust(fn(&mut Vm, &ObjRef) -> PyResult<()>),
    /// Python source, run in the module's namespace.
    Python(&'static str),
    /// Python source of a package's `__init__`.
    Package(&'static str),
}

/// Every built-in module (besides `sys` and `builtins`), by full dotted name.
pub static MODULES: &[(&str, Def)] = &[
    ("math", Def::Rust(math::init)),
    ("_random", Def::Rust(random::init)),
    ("_sha512", Def::Rust(random::init_sha512)),
    ("random", Def::Python(include_str!("py/random.py"))),
    ("_collections", Def::Rust(collections::init)),
    (
        "collections",
        Def::Package(include_str!("py/collections/__init__.py")),
    ),
    (
        "collections.abc",
        Def::Python(include_str!("py/collections/abc.py")),
    ),
    (
        "_collections_abc",
        Def::Python(include_str!("py/_collections_abc.py")),
    ),
    ("_py_abc", Def::Python(include_str!("py/_py_abc.py"))),
    ("abc", Def::Python(include_str!("py/abc.py"))),
    ("enum", Def::Python(include_str!("py/enum.py"))),
    (
        "dataclasses",
        Def::Python(include_str!("py/dataclasses.py")),
    ),
    ("keyword", Def::Python(include_str!("py/keyword.py"))),
    ("types", Def::Python(include_str!("py/types.py"))),
    ("__future__", Def::Python(include_str!("py/__future__.py"))),
    ("errno", Def::Python(include_str!("py/errno.py"))),
    ("operator", Def::Python(include_str!("py/operator.py"))),
    ("heapq", Def::Python(include_str!("py/heapq.py"))),
    ("bisect", Def::Python(include_str!("py/bisect.py"))),
    ("functools", Def::Python(include_str!("py/functools.py"))),
    ("contextlib", Def::Python(include_str!("py/contextlib.py"))),
    ("string", Def::Python(include_str!("py/string.py"))),
    ("io", Def::Python(include_str!("py/io.py"))),
    ("posix", Def::Rust(os::init)),
    ("os", Def::Python(include_str!("py/os.py"))),
    ("posixpath", Def::Python(include_str!("py/posixpath.py"))),
    ("stat", Def::Python(include_str!("py/stat.py"))),
    ("time", Def::Rust(time::init)),
    ("_thread", Def::Rust(thread::init)),
    ("threading", Def::Python(include_str!("py/threading.py"))),
    ("queue", Def::Python(include_str!("py/queue.py"))),
    ("typing", Def::Python(include_str!("py/typing.py"))),
    ("_tracemalloc", Def::Rust(tracemalloc::init)),
    (
        "tracemalloc",
        Def::Python(include_str!("py/tracemalloc.py")),
    ),
    ("array", Def::Rust(array::init)),
    ("_re", Def::Rust(re_core::init)),
    ("re", Def::Python(include_str!("py/re.py"))),
    ("copy", Def::Python(include_str!("py/copy.py"))),
    ("itertools", Def::Python(include_str!("py/itertools.py"))),
    ("json", Def::Package(include_str!("py/json/__init__.py"))),
    (
        "json.decoder",
        Def::Python(include_str!("py/json/decoder.py")),
    ),
    (
        "json.encoder",
        Def::Python(include_str!("py/json/encoder.py")),
    ),
    (
        "json.scanner",
        Def::Python(include_str!("py/json/scanner.py")),
    ),
    ("gc", Def::Rust(gc::init)),
    ("_weakref", Def::Rust(weakref::init)),
    ("weakref", Def::Python(include_str!("py/weakref.py"))),
    (
        "_weakrefset",
        Def::Python(include_str!("py/_weakrefset.py")),
    ),
];

/// How the built-in module `name` is made, if there is one.
pub fn find(name: &str) -> Option<&'static Def> {
    MODULES.iter().find(|(n, _)| *n == name).map(|(_, d)| d)
}

/// The names of the built-in modules (`sys.builtin_module_names` lists the Rust ones).
pub fn names() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|(n, _)| *n)
}

/// The built-in module `name`, made and registered in `sys.modules` on first import; `None`
/// if there is no such built-in.
pub fn builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<ObjRef>> {
    let Some(def) = find(name) else {
        return Ok(None);
    };
    let m = import::new_module(name);
    let ns = import::module_dict(&m);
    let modules = vm.modules.clone();
    let package = match def {
        Def::Package(_) => name.to_string(),
        _ => name.rsplit_once('.').map(|x| x.0).unwrap_or("").to_string(),
    };
    dictops::setitem_str(&ns, intern("__package__"), new_str(&package));
    if let Def::Package(_) = def {
        dictops::setitem_str(&ns, intern("__path__"), new_list(vec![]));
    }
    dictops::setitem_str(&modules, intern(name), m.clone());
    let r = match def {
        Def::Rust(init) => init(vm, &ns),
        Def::Python(src) | Def::Package(src) => {
            let filename = format!("<frozen {name}>");
            crate::vm::interp::exec_source(vm, src.as_bytes(), &filename, &ns, false).map(|_| ())
        }
    };
    if let Err(e) = r {
        dictops::delitem_str(&modules, name);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    Ok(Some(dictops::getitem_text(&modules, name).unwrap_or(m)))
}
