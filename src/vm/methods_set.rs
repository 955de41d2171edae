//! The in-place set methods (`intersection_update`, `difference_update`,
//! `symmetric_difference_update`): each computes the result with the set algebra of
//! `builtins_sets` and replaces the set's contents with it.

use super::methods::{add_method, base_of};
use super::{dictops, exc, new_set, none, ops, rt, type_name, Args, PyResult, Vm};
use crate::ast::Operator;
use crate::heap::{Kind, ObjRef};
use crate::objects::set::SetData;

fn recv(args: &Args, name: &str) -> PyResult<ObjRef> {
    let Some(s) = args.args.first() else {
        return exc::type_error(format!("unbound method set.{name}() needs an argument"));
    };
    let b = base_of(s);
    if b.kind() != Kind::Set || b.is_type(&rt().types.frozenset) {
        return exc::type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            type_name(s)
        ));
    }
    Ok(b)
}

/// `other` as a set (a new one unless it already is a set or frozenset).
fn as_set(vm: &mut Vm, other: &ObjRef) -> PyResult<ObjRef> {
    let b = base_of(other);
    if b.kind() == Kind::Set {
        return Ok(b);
    }
    let s = new_set(false);
    for k in ops::collect(vm, other)? {
        dictops::set_add(vm, &s, k)?;
    }
    Ok(s)
}

fn update_with(vm: &mut Vm, args: Args, name: &str, op: Operator) -> PyResult<ObjRef> {
    let s = recv(&args, name)?;
    let mut acc = s.clone();
    for other in &args.pos()[1..] {
        let o = as_set(vm, other)?;
        acc = super::builtins_sets::set_op(vm, &acc, &o, op)?;
    }
    if acc.is(&s) {
        return Ok(none());
    }
    let items = dictops::set_items(&acc);
    let old = s.payload::<SetData>().table.borrow_mut().take_all();
    drop(old);
    for k in items {
        dictops::set_add(vm, &s, k)?;
    }
    Ok(none())
}

fn intersection_update(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    update_with(vm, a, "intersection_update", Operator::BitAnd)
}
fn difference_update(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    update_with(vm, a, "difference_update", Operator::Sub)
}
fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    if args.pos().len() != 2 {
        return exc::type_error(format!(
            "set.symmetric_difference_update() takes exactly one argument ({} given)",
            args.pos().len().saturating_sub(1)
        ));
    }
    update_with(vm, args, "symmetric_difference_update", Operator::BitXor)
}

/// Register the in-place set methods.
pub fn install() {
    let t = &rt().types;
    add_method(&t.set, "set", "intersection_update", intersection_update);
    add_method(&t.set, "set", "difference_update", difference_update);
    add_method(
        &t.set,
        "set",
        "symmetric_difference_update",
        symmetric_difference_update,
    );
}
