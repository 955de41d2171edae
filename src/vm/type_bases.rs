//! Assigning a class's `__bases__` (CPython's `type_set_bases`): the checks, with CPython's
//! messages, then the new bases tuple, `__base__` and MRO for the class and every subclass, and
//! the subclass lists of the old and new bases. When some subclass's MRO cannot be made under
//! the new hierarchy, everything is put back and the assignment fails, as in CPython.

use super::{exc, members, types, PyResult};
use crate::heap::ObjRef;
use crate::objects::tuple::TupleData;
use crate::objects::typeobj::{self, TypeData};

fn td(t: &ObjRef) -> &TypeData {
    t.payload::<TypeData>()
}

/// Instances of `t` are collector-tracked (CPython: freed by `PyObject_GC_Del`).
fn gc_instances(t: &ObjRef) -> bool {
    td(t).heap || td(t).instance_kind.is_gc()
}

/// `cls.__bases__ = value` (`None`: `del cls.__bases__`) for a class (`heap` type).
pub fn set_bases(cls: &ObjRef, value: Option<ObjRef>) -> PyResult<()> {
    let name = td(cls).name.borrow().clone();
    let Some(value) = value else {
        return exc::type_error(format!(
            "cannot delete '__bases__' attribute of immutable type '{name}'"
        ));
    };
    let Some(tuple) = value.downcast::<TupleData>() else {
        return exc::type_error(format!(
            "can only assign tuple to {name}.__bases__, not {}",
            super::type_name(&value)
        ));
    };
    let bases = tuple.items.to_vec();
    if bases.is_empty() {
        return exc::type_error(format!(
            "can only assign non-empty tuple to {name}.__bases__, not ()"
        ));
    }
    for b in &bases {
        if b.downcast::<TypeData>().is_none() {
            return exc::type_error(format!(
                "{name}.__bases__ must be tuple of classes, not '{}'",
                super::type_name(b)
            ));
        }
        if types::is_subtype(b, cls) {
            return exc::type_error("a __bases__ item causes an inheritance cycle");
        }
    }
    let new_base = members::best_base(&bases)?;
    let old_base = td(cls)
        .base
        .borrow()
        .clone()
        .unwrap_or_else(|| new_base.clone());
    let (new_name, old_name) = (
        td(&new_base).name.borrow().clone(),
        td(&old_base).name.borrow().clone(),
    );
    if gc_instances(&new_base) != gc_instances(&old_base) {
        return exc::type_error(format!(
            "__bases__ assignment: '{new_name}' deallocator differs from '{old_name}'"
        ));
    }
    if !members::solid_base(&new_base).is(&members::solid_base(&old_base)) {
        return exc::type_error(format!(
            "__bases__ assignment: '{new_name}' object layout differs from '{old_name}'"
        ));
    }
    let mro = types::c3_mro(&name, &bases)?;
    let t = td(cls);
    let old_bases = std::mem::replace(&mut *t.bases.borrow_mut(), value);
    let old_base = t.base.borrow_mut().replace(new_base);
    // The MROs of the class and its subclasses; if one cannot be made, every one changed so far
    // and the bases go back, and the assignment fails (CPython's `mro_hierarchy`).
    let mut changed = Vec::new();
    if let Err(e) = set_mro(cls, mro, &mut changed) {
        for (ty, old_mro) in changed.into_iter().rev() {
            *td(&ty).mro.borrow_mut() = old_mro;
        }
        *t.bases.borrow_mut() = old_bases;
        *t.base.borrow_mut() = old_base;
        super::attr::types_changed();
        return Err(e);
    }
    // The subclass lists: out of the old bases', into the new ones'.
    for b in old_bases.payload::<TupleData>().items.iter() {
        typeobj::remove_subclass(b, cls);
    }
    if let Some(w) = crate::heap::weak::downgrade::<TypeData>(cls) {
        for b in td(cls).bases().iter() {
            typeobj::add_subclass(b, w.clone());
        }
    }
    super::attr::types_changed();
    Ok(())
}

/// Give `cls` the MRO `[cls] + mro`, then recompute its subclasses' from their own bases;
/// each type changed is recorded in `changed` with its old MRO tuple.
fn set_mro(cls: &ObjRef, mro: Vec<ObjRef>, changed: &mut Vec<(ObjRef, ObjRef)>) -> PyResult<()> {
    // Instances run `__del__` if the class or now any ancestor defines it.
    if mro.iter().any(|b| td(b).has_del.get()) {
        td(cls).has_del.set(true);
    }
    let mut items = vec![cls.clone()];
    items.extend(mro);
    let old = std::mem::replace(&mut *td(cls).mro.borrow_mut(), super::new_tuple(items));
    changed.push((cls.clone(), old));
    td(cls).version.set(td(cls).version.get() + 1);
    super::attr::types_changed();
    for sub in typeobj::subclasses(cls) {
        let bases = td(&sub).bases().to_vec();
        let name = td(&sub).name.borrow().clone();
        let m = types::c3_mro(&name, &bases)?;
        set_mro(&sub, m, changed)?;
    }
    Ok(())
}
