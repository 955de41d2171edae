//! Complex arithmetic (basic operators, equality, powers) for `complex` and mixed operands.

use super::{exc, new_bool, new_complex, PyResult};
use crate::ast::Operator;
use crate::heap::{Kind, ObjRef};
use crate::objects::complex::ComplexData;

fn parts(o: &ObjRef) -> Option<(f64, f64)> {
    match o.kind() {
        Kind::Complex => {
            let c = o.payload::<ComplexData>();
            Some((c.re, c.im))
        }
        _ => super::ops::as_f64(o).map(|f| (f, 0.0)),
    }
}

pub fn binop(a: &ObjRef, b: &ObjRef, op: Operator) -> PyResult<Option<ObjRef>> {
    let (Some((ar, ai)), Some((br, bi))) = (parts(a), parts(b)) else {
        return Ok(None);
    };
    let (r, i) = match op {
        Operator::Add => (ar + br, ai + bi),
        Operator::Sub => (ar - br, ai - bi),
        Operator::Mult => (ar * br - ai * bi, ar * bi + ai * br),
        Operator::Div => {
            let d = br * br + bi * bi;
            if d == 0.0 {
                return exc::zero_division("complex division by zero");
            }
            ((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
        }
        Operator::Pow => return pow_complex(ar, ai, br, bi).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(new_complex(r, i)))
}

pub fn pow_complex(ar: f64, ai: f64, br: f64, bi: f64) -> PyResult<ObjRef> {
    if br == 0.0 && bi == 0.0 {
        return Ok(new_complex(1.0, 0.0));
    }
    if ar == 0.0 && ai == 0.0 {
        if bi != 0.0 || br < 0.0 {
            return exc::zero_division("0.0 to a negative or complex power");
        }
        return Ok(new_complex(0.0, 0.0));
    }
    let vabs = ar.hypot(ai);
    let mut len = vabs.powf(br);
    let at = ai.atan2(ar);
    let mut phase = at * br;
    if bi != 0.0 {
        len /= (at * bi).exp();
        phase += bi * vabs.ln();
    }
    Ok(new_complex(len * phase.cos(), len * phase.sin()))
}

pub fn unary(a: &ObjRef, neg: bool) -> PyResult<ObjRef> {
    let c = a.payload::<ComplexData>();
    Ok(if neg {
        new_complex(-c.re, -c.im)
    } else {
        new_complex(c.re, c.im)
    })
}

pub fn eq(a: &ObjRef, b: &ObjRef) -> PyResult<Option<bool>> {
    match (parts(a), parts(b)) {
        (Some(x), Some(y)) => Ok(Some(x == y)),
        _ => Ok(None),
    }
}

#[allow(dead_code)]
fn _b() -> ObjRef {
    new_bool(true)
}
