//! What the evaluation loop reads from a frame besides its value stack: global and builtin
//! names (through the code object's `LOAD_GLOBAL` cache), the calls that need the calling
//! frame (`super()`, `globals()`, `locals()`, `vars()`, `dir()`), and the errors for names that
//! are not bound.

use super::frame::Frame;
use super::{dictops, exc, new_list, new_str, rt, PyResult, Vm};
use crate::heap::ObjRef;
use crate::objects::cell::CellData;
use crate::objects::code::CodeData;

/// Calls that need the calling frame: zero-argument `super()`, `globals()`, `locals()`,
/// `vars()` and `dir()`. `None` when `func` is not one of them.
pub(super) fn frame_call(
    vm: &mut Vm,
    frame: &Frame,
    func: &ObjRef,
    nargs: usize,
) -> Option<PyResult<ObjRef>> {
    if nargs != 0 {
        return None;
    }
    if func.is(&rt().types.super_) {
        return Some(zero_arg_super(frame));
    }
    let b = func.downcast::<crate::objects::function::BuiltinData>()?;
    if b.owner.is_some() {
        return None;
    }
    match b.name {
        "globals" => Some(Ok(frame.globals.clone())),
        "locals" | "vars" => Some(frame_locals(vm, frame)),
        "dir" => Some(frame_locals(vm, frame).map(|d| {
            let mut names: Vec<String> = dictops::items(&d)
                .iter()
                .map(|(k, _)| super::str_of(k).to_string())
                .collect();
            names.sort();
            new_list(names.iter().map(|n| new_str(n)).collect())
        })),
        _ => None,
    }
}

/// `locals()`: the namespace of a module or class body, or a snapshot of a function's locals.
pub(super) fn frame_locals(vm: &mut Vm, frame: &Frame) -> PyResult<ObjRef> {
    if let Some(l) = &frame.locals {
        return Ok(l.clone());
    }
    let code = frame.code();
    let d = super::new_dict();
    for (name, v) in code.varnames.iter().zip(&frame.fast) {
        if let Some(v) = v {
            dictops::setitem(vm, &d, name.clone(), v.clone())?;
        }
    }
    for (name, cell) in code.cellnames.iter().zip(&frame.cells) {
        if let Some(v) = cell.payload::<CellData>().value.borrow().clone() {
            dictops::setitem(vm, &d, name.clone(), v)?;
        }
    }
    Ok(d)
}

/// `super()` in a method: `super(__class__, <first argument>)`.
pub(super) fn zero_arg_super(frame: &Frame) -> PyResult<ObjRef> {
    let code = frame.code();
    if code.code.argcount == 0 && !code.code.flags.varargs {
        return exc::runtime_error("super(): no arguments");
    }
    let first = match code.code.cell2arg.iter().position(|a| *a == Some(0)) {
        Some(ci) => frame.cells[ci].payload::<CellData>().value.borrow().clone(),
        None => frame.fast.first().cloned().flatten(),
    };
    let Some(first) = first else {
        return exc::runtime_error("super(): arg[0] deleted");
    };
    let Some(ci) = code
        .cellnames
        .iter()
        .position(|n| super::str_of(n) == "__class__")
    else {
        return exc::runtime_error("super(): __class__ cell not found");
    };
    let Some(cls) = frame.cells[ci].payload::<CellData>().value.borrow().clone() else {
        return exc::runtime_error("super(): empty __class__ cell");
    };
    crate::builtin_new::make_super(&cls, Some(&first))
}

pub(super) fn load_global(vm: &mut Vm, frame: &Frame, name: &ObjRef) -> PyResult<ObjRef> {
    // Names are strs, and namespace keys are strs: no Python code can run in these lookups.
    let _ = vm;
    if let Some(v) = dictops::getitem_str_obj(&frame.globals, name) {
        return Ok(v);
    }
    if let Some(v) = dictops::getitem_str_obj(&frame.builtins, name) {
        return Ok(v);
    }
    Err(name_error(name))
}

/// `LOAD_GLOBAL` of `code.names[i]` through the code object's global cache: the entry
/// position where the name was last found is checked (its key must still be the name; for a
/// builtin, the globals dict must not have changed since the name was found absent there).
#[inline]
pub(super) fn load_global_cached(
    frame: &Frame,
    code: &CodeData,
    i: usize,
) -> Result<ObjRef, ObjRef> {
    use crate::objects::code::{GlobalSlot, NO_POS};
    let name = &code.names[i];
    let slot = code.global_cache[i].get();
    if slot.globals_pos != NO_POS {
        if let Some(v) = dictops::value_at_if_key(&frame.globals, slot.globals_pos as usize, name) {
            return Ok(v);
        }
    } else if slot.globals_addr == frame.globals.addr()
        && slot.globals_version == dictops::version(&frame.globals)
    {
        if let Some(v) = dictops::value_at_if_key(&frame.builtins, slot.builtins_pos as usize, name)
        {
            return Ok(v);
        }
    }
    // Slow path: find the name and remember where.
    let (gpos, gversion) = dictops::str_entry_pos(&frame.globals, name);
    if let Some(p) = gpos {
        code.global_cache[i].set(GlobalSlot {
            globals_pos: p as u32,
            builtins_pos: NO_POS,
            globals_addr: frame.globals.addr(),
            globals_version: gversion,
        });
        if let Some(v) = dictops::value_at_if_key(&frame.globals, p, name) {
            return Ok(v);
        }
    } else if let (Some(p), _) = dictops::str_entry_pos(&frame.builtins, name) {
        code.global_cache[i].set(GlobalSlot {
            globals_pos: NO_POS,
            builtins_pos: p as u32,
            globals_addr: frame.globals.addr(),
            globals_version: gversion,
        });
        if let Some(v) = dictops::value_at_if_key(&frame.builtins, p, name) {
            return Ok(v);
        }
    }
    // Keys that are equal strs but not the interned object: no caching.
    match dictops::getitem_str_obj(&frame.globals, name)
        .or_else(|| dictops::getitem_str_obj(&frame.builtins, name))
    {
        Some(v) => Ok(v),
        None => Err(name_error(name)),
    }
}

/// The UnboundLocalError for reading local `i` before it is assigned.
pub(super) fn unbound_local(code: &CodeData, i: usize) -> ObjRef {
    let name = super::str_of(&code.varnames[i]);
    exc::err(
        "UnboundLocalError",
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

pub(super) fn name_error(name: &ObjRef) -> ObjRef {
    let e = exc::err(
        "NameError",
        format!("name '{}' is not defined", super::str_of(name)),
    );
    exc::set_attr(&e, "name", name.clone());
    let _ = new_str;
    e
}

pub(super) fn unbound_deref(code: &CodeData, i: usize) -> ObjRef {
    let name = super::str_of(&code.cellnames[i]);
    if i < code.code.cellvars.len() {
        exc::err(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    } else {
        exc::err(
            "NameError",
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
}
