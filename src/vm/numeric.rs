//! Arithmetic on native numbers: the `int` operators (machine-word fast paths, big integers
//! with Python's floor division and modulo, shifts, `pow`), the `float` operators and
//! `divmod`, and the int/float conversions and equality they rely on. `ops.rs` dispatches here
//! once both operands are built-in numbers.

use super::ops::op_symbol;
use super::{exc, new_bigint, new_float, new_int, PyResult};
use crate::ast::Operator;
use crate::heap::{Kind, ObjRef};
use crate::objects::float::FloatData;
use crate::objects::int::IntData;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// A number as float, if it is an int or float.
pub fn as_f64(o: &ObjRef) -> Option<f64> {
    match o.kind() {
        Kind::Float => Some(o.payload::<FloatData>().0),
        Kind::Int => Some(int_to_f64(o.payload::<IntData>())),
        _ => None,
    }
}

pub fn int_to_f64(i: &IntData) -> f64 {
    match i {
        IntData::Small(v) => *v as f64,
        IntData::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
    }
}

pub fn int_eq(a: &IntData, b: &IntData) -> bool {
    match (a, b) {
        (IntData::Small(x), IntData::Small(y)) => x == y,
        (IntData::Big(x), IntData::Big(y)) => x == y,
        _ => false,
    }
}

/// Integer arithmetic: machine words while results fit, big integers otherwise.
pub fn int_binop(a: &IntData, b: &IntData, op: Operator) -> PyResult<ObjRef> {
    if let (IntData::Small(x), IntData::Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let r = match op {
            Operator::Add => x.checked_add(y),
            Operator::Sub => x.checked_sub(y),
            Operator::Mult => x.checked_mul(y),
            Operator::FloorDiv => {
                if y == 0 {
                    return exc::zero_division("integer division or modulo by zero");
                }
                x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
            }
            Operator::Mod => {
                if y == 0 {
                    return exc::zero_division("integer modulo by zero");
                }
                x.checked_rem(y).map(|_| Integer::mod_floor(&x, &y))
            }
            Operator::BitAnd => Some(x & y),
            Operator::BitOr => Some(x | y),
            Operator::BitXor => Some(x ^ y),
            Operator::LShift => {
                if y < 0 {
                    return exc::value_error("negative shift count");
                }
                if y < 63 && (x == 0 || (x.abs().leading_zeros() as i64) > y + 1) {
                    Some(x << y)
                } else {
                    None
                }
            }
            Operator::RShift => {
                if y < 0 {
                    return exc::value_error("negative shift count");
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            Operator::Div => {
                if y == 0 {
                    return exc::zero_division("division by zero");
                }
                if x.unsigned_abs() < (1u64 << 53) && y.unsigned_abs() < (1u64 << 53) {
                    return Ok(new_float(x as f64 / y as f64));
                }
                None
            }
            Operator::Pow => {
                if y < 0 {
                    if x == 0 {
                        return exc::zero_division("0.0 cannot be raised to a negative power");
                    }
                    return Ok(new_float((x as f64).powf(y as f64)));
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else {
                    None
                }
            }
            Operator::MatMult => return Err(int_type_error(op)),
        };
        if let Some(r) = r {
            return Ok(new_int(r));
        }
    }
    let x = a.to_big();
    let y = b.to_big();
    let r = match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => x * y,
        Operator::FloorDiv => {
            if y.is_zero() {
                return exc::zero_division("integer division or modulo by zero");
            }
            x.div_floor(&y)
        }
        Operator::Mod => {
            if y.is_zero() {
                return exc::zero_division("integer modulo by zero");
            }
            x.mod_floor(&y)
        }
        Operator::BitAnd => x & y,
        Operator::BitOr => x | y,
        Operator::BitXor => x ^ y,
        Operator::LShift => {
            if y.is_negative() {
                return exc::value_error("negative shift count");
            }
            match y.to_usize() {
                Some(s) => x << s,
                None => return exc::overflow_error("too many digits in integer"),
            }
        }
        Operator::RShift => {
            if y.is_negative() {
                return exc::value_error("negative shift count");
            }
            match y.to_usize() {
                Some(s) => x >> s,
                None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        Operator::Div => {
            if y.is_zero() {
                return exc::zero_division("division by zero");
            }
            return Ok(new_float(big_true_div(&x, &y)?));
        }
        Operator::Pow => {
            if y.is_negative() {
                let fx = x.to_f64().unwrap_or(f64::INFINITY);
                if fx == 0.0 {
                    return exc::zero_division("0.0 cannot be raised to a negative power");
                }
                return Ok(new_float(fx.powf(y.to_f64().unwrap_or(f64::NEG_INFINITY))));
            }
            match y.to_u32() {
                Some(e) => num_traits::pow::Pow::pow(x, e),
                None => return exc::overflow_error("exponent too large"),
            }
        }
        Operator::MatMult => return Err(int_type_error(op)),
    };
    Ok(new_bigint(r))
}

pub(super) fn int_type_error(op: Operator) -> ObjRef {
    exc::err(
        "TypeError",
        format!(
            "unsupported operand type(s) for {}: 'int' and 'int'",
            op_symbol(op)
        ),
    )
}

/// `x / y` for big integers, correctly rounded enough for doubles.
pub(super) fn big_true_div(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    match (x.to_f64(), y.to_f64()) {
        (Some(a), Some(b)) if a.is_finite() && b.is_finite() => Ok(a / b),
        _ => {
            let q = x / y;
            match q.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => exc::overflow_error("integer division result too large for a float"),
            }
        }
    }
}

/// Float arithmetic with Python's semantics (floor division and modulo follow the divisor).
pub fn float_binop(x: f64, y: f64, op: Operator) -> PyResult<Option<ObjRef>> {
    let r = match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => x * y,
        Operator::Div => {
            if y == 0.0 {
                return exc::zero_division("float division by zero");
            }
            x / y
        }
        Operator::FloorDiv => {
            if y == 0.0 {
                return exc::zero_division("float floor division by zero");
            }
            float_divmod(x, y).0
        }
        Operator::Mod => {
            if y == 0.0 {
                return exc::zero_division("float modulo");
            }
            float_divmod(x, y).1
        }
        Operator::Pow => {
            if x == 0.0 && y < 0.0 {
                return exc::zero_division("0.0 cannot be raised to a negative power");
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                // A negative base to a fractional power gives a complex number.
                return super::complexops::pow_complex(x, 0.0, y, 0.0).map(Some);
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return exc::overflow_error("(34, 'Numerical result out of range')");
            }
            r
        }
        _ => return Ok(None),
    };
    Ok(Some(new_float(r)))
}

/// Python's float divmod: the remainder takes the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}
