//! Set algebra (`|`, `&`, `-`, `^`) and set comparisons (subset/superset ordering).

use super::{dictops, new_set, PyResult, Vm};
use crate::ast::{CmpOp, Operator};
use crate::heap::ObjRef;

pub fn set_op(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: Operator) -> PyResult<ObjRef> {
    let frozen = a.is_type(&super::rt().types.frozenset);
    let out = new_set(frozen);
    let xa = dictops::set_items(a);
    let xb = dictops::set_items(b);
    match op {
        Operator::BitOr => {
            for k in xa.into_iter().chain(xb) {
                dictops::set_add(vm, &out, k)?;
            }
        }
        Operator::BitAnd => {
            for k in xa {
                if dictops::set_contains(vm, b, &k)? {
                    dictops::set_add(vm, &out, k)?;
                }
            }
        }
        Operator::Sub => {
            for k in xa {
                if !dictops::set_contains(vm, b, &k)? {
                    dictops::set_add(vm, &out, k)?;
                }
            }
        }
        _ => {
            for k in xa {
                if !dictops::set_contains(vm, b, &k)? {
                    dictops::set_add(vm, &out, k)?;
                }
            }
            for k in xb {
                if !dictops::set_contains(vm, a, &k)? {
                    dictops::set_add(vm, &out, k)?;
                }
            }
        }
    }
    Ok(out)
}

fn subset(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    for k in dictops::set_items(a) {
        if !dictops::set_contains(vm, b, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult<bool> {
    let la = dictops::set_items(a).len();
    let lb = dictops::set_items(b).len();
    Ok(match op {
        CmpOp::Eq => la == lb && subset(vm, a, b)?,
        CmpOp::NotEq => !(la == lb && subset(vm, a, b)?),
        CmpOp::LtE => subset(vm, a, b)?,
        CmpOp::Lt => la < lb && subset(vm, a, b)?,
        CmpOp::GtE => subset(vm, b, a)?,
        CmpOp::Gt => la > lb && subset(vm, b, a)?,
        _ => false,
    })
}
