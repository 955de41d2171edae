//! The import system: `sys.modules` caching, modules built into mnemo (written in Rust, see
//! `crate::modules`), and `.py` modules and packages (`__init__.py`) found on `sys.path`,
//! relative imports, `from m import name` (falling back to submodules), and `import *`.

use super::{attr, dictops, exc, intern, new_str, none, ops, str_of, type_name, PyResult, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::int::IntData;
use crate::objects::module::ModuleData;
use std::path::{Path, PathBuf};

/// A new, empty module object called `name`.
pub fn new_module(name: &str) -> ObjRef {
    let d = super::new_dict();
    dictops::setitem_str(&d, intern("__name__"), new_str(name));
    dictops::setitem_str(&d, intern("__doc__"), none());
    dictops::setitem_str(&d, intern("__package__"), none());
    dictops::setitem_str(&d, intern("__loader__"), none());
    dictops::setitem_str(&d, intern("__spec__"), none());
    crate::heap::alloc(&super::rt().types.module, ModuleData { dict: d })
}

pub fn module_dict(m: &ObjRef) -> ObjRef {
    m.payload::<ModuleData>().dict.clone()
}

/// IMPORT_NAME: `import name` / `from name import fromlist` at `level`.
pub fn import_name(
    vm: &mut Vm,
    name: &ObjRef,
    globals: &ObjRef,
    fromlist: &ObjRef,
    level: &ObjRef,
) -> PyResult<ObjRef> {
    let level = match level.downcast::<IntData>() {
        Some(i) => i.as_i64().unwrap_or(0),
        None => 0,
    };
    let name = str_of(name).to_string();
    let full = if level > 0 {
        resolve_relative(globals, &name, level)?
    } else {
        name.clone()
    };
    if full.is_empty() {
        return exc::value_error("Empty module name");
    }
    let module = import_dotted(vm, &full)?;
    let has_fromlist = !fromlist.is(&super::rt().none) && ops::truthy(vm, fromlist)?;
    if has_fromlist {
        return Ok(module);
    }
    if level > 0 && name.is_empty() {
        return Ok(module);
    }
    // `import a.b.c` binds `a`.
    let top = if level > 0 {
        full.clone()
    } else {
        full.split('.').next().unwrap_or(&full).to_string()
    };
    if level > 0 {
        return Ok(module);
    }
    let modules = vm.modules.clone();
    Ok(dictops::getitem_text(&modules, &top).unwrap_or(module))
}

fn resolve_relative(globals: &ObjRef, name: &str, level: i64) -> PyResult<String> {
    let package = dictops::getitem_str(globals, "__package__")
        .filter(|p| p.kind() == Kind::Str)
        .map(|p| str_of(&p).to_string())
        .or_else(|| {
            let n = dictops::getitem_str(globals, "__name__").map(|n| str_of(&n).to_string())?;
            let is_pkg = dictops::getitem_str(globals, "__path__").is_some();
            Some(if is_pkg {
                n
            } else {
                n.rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default()
            })
        })
        .unwrap_or_default();
    if package.is_empty() {
        return Err(exc::err(
            "ImportError",
            "attempted relative import with no known parent package",
        ));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    for _ in 1..level {
        if parts.pop().is_none() || parts.is_empty() {
            return Err(exc::err(
                "ImportError",
                "attempted relative import beyond top-level package",
            ));
        }
    }
    let base = parts.join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// Import `a.b.c`: each parent first.
pub fn import_dotted(vm: &mut Vm, full: &str) -> PyResult<ObjRef> {
    let modules = vm.modules.clone();
    if let Some(m) = dictops::getitem_text(&modules, full) {
        if !m.is(&super::rt().none) {
            return Ok(m);
        }
    }
    let mut module = None;
    let mut prefix = String::new();
    for part in full.split('.') {
        let parent = module.clone();
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        if let Some(m) = dictops::getitem_text(&modules, &prefix) {
            module = Some(m);
            continue;
        }
        let m = load_module(vm, &prefix, parent.as_ref())?;
        if let Some(p) = &parent {
            attr::setattr(vm, p, &intern(part), m.clone())?;
        }
        module = Some(m);
    }
    module.ok_or_else(|| module_not_found(full, &format!("No module named '{full}'")))
}

/// Find and run the module `name` (its parent package already imported, if any).
fn load_module(vm: &mut Vm, name: &str, parent: Option<&ObjRef>) -> PyResult<ObjRef> {
    if let Some(m) = crate::modules::builtin_module(vm, name)? {
        let modules = vm.modules.clone();
        dictops::setitem_str(&modules, intern(name), m.clone());
        return Ok(m);
    }
    let leaf = name.rsplit('.').next().unwrap_or(name);
    let search: Vec<PathBuf> = match parent {
        Some(p) => match dictops::getitem_str(&module_dict(p), "__path__") {
            Some(paths) => ops::collect(vm, &paths)?
                .iter()
                .map(|s| PathBuf::from(str_of(s)))
                .collect(),
            None => {
                return Err(exc::err(
                    "ModuleNotFoundError",
                    format!(
                        "No module named '{name}'; '{}' is not a package",
                        name.rsplit_once('.').map(|x| x.0).unwrap_or("")
                    ),
                ))
            }
        },
        None => {
            let path = dictops::getitem_str(&vm.sys_dict(), "path").unwrap_or_else(none);
            ops::collect(vm, &path)?
                .iter()
                .filter(|s| s.kind() == Kind::Str)
                .map(|s| {
                    let s = str_of(s);
                    PathBuf::from(if s.is_empty() { "." } else { s })
                })
                .collect()
        }
    };
    for dir in search {
        let pkg_init = dir.join(leaf).join("__init__.py");
        if pkg_init.is_file() {
            return exec_module_file(vm, name, &pkg_init, Some(&dir.join(leaf)));
        }
        let file = dir.join(format!("{leaf}.py"));
        if file.is_file() {
            return exec_module_file(vm, name, &file, None);
        }
    }
    Err(module_not_found(name, &format!("No module named '{name}'")))
}

/// `ModuleNotFoundError(msg)` with its `name` attribute, as CPython sets it.
fn module_not_found(name: &str, msg: &str) -> ObjRef {
    let e = exc::err("ModuleNotFoundError", msg);
    exc::set_attr(&e, "name", new_str(name));
    e
}

/// Run a `.py` file as module `name` (a package when `pkg_dir` is given).
fn exec_module_file(
    vm: &mut Vm,
    name: &str,
    file: &Path,
    pkg_dir: Option<&Path>,
) -> PyResult<ObjRef> {
    let m = new_module(name);
    let d = module_dict(&m);
    let filename = file.to_string_lossy().to_string();
    dictops::setitem_str(&d, intern("__file__"), new_str(&filename));
    let package = match pkg_dir {
        Some(dir) => {
            let paths = super::new_list(vec![new_str(&dir.to_string_lossy())]);
            dictops::setitem_str(&d, intern("__path__"), paths);
            name.to_string()
        }
        None => name
            .rsplit_once('.')
            .map(|x| x.0.to_string())
            .unwrap_or_default(),
    };
    dictops::setitem_str(&d, intern("__package__"), new_str(&package));
    let modules = vm.modules.clone();
    dictops::setitem_str(&modules, intern(name), m.clone());
    let source = std::fs::read(file).map_err(|e| exc::err("OSError", e.to_string()))?;
    let r = super::interp::exec_source(vm, &source, &filename, &d, false);
    if let Err(e) = r {
        dictops::delitem_str(&modules, name);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    Ok(dictops::getitem_text(&modules, name).unwrap_or(m))
}

/// IMPORT_FROM: `from module import name`.
pub fn import_from(vm: &mut Vm, module: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    match attr::getattr_opt(vm, module, str_of(name))? {
        Some(v) => Ok(v),
        None => {
            // A submodule not imported yet.
            if module.kind() == Kind::Module {
                let d = module_dict(module);
                let mname = dictops::getitem_str(&d, "__name__")
                    .map(|n| str_of(&n).to_string())
                    .unwrap_or_default();
                let full = format!("{mname}.{}", str_of(name));
                if dictops::getitem_str(&d, "__path__").is_some() {
                    if let Ok(m) = import_dotted(vm, &full) {
                        return Ok(m);
                    }
                }
                let file = dictops::getitem_str(&d, "__file__")
                    .map(|f| format!(" ({})", str_of(&f)))
                    .unwrap_or_else(|| " (unknown location)".into());
                let e = exc::err(
                    "ImportError",
                    format!(
                        "cannot import name '{}' from '{}'{}",
                        str_of(name),
                        mname,
                        file
                    ),
                );
                exc::set_attr(&e, "name", new_str(&mname));
                return Err(e);
            }
            Err(exc::err(
                "ImportError",
                format!(
                    "cannot import name '{}' from '{}'",
                    str_of(name),
                    type_name(module)
                ),
            ))
        }
    }
}

/// `from module import *`.
pub fn import_star(vm: &mut Vm, module: &ObjRef, locals: &ObjRef) -> PyResult<()> {
    let d = module_dict(module);
    let names: Vec<ObjRef> = match dictops::getitem_str(&d, "__all__") {
        Some(all) => ops::collect(vm, &all)?,
        None => dictops::items(&d)
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| !str_of(k).starts_with('_'))
            .collect(),
    };
    for n in names {
        let v = attr::getattr(vm, module, &n)?;
        dictops::setitem(vm, locals, n, v)?;
    }
    Ok(())
}
