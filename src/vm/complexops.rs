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
        Operator::Mult => prod((ar, ai), (br, bi)),
        Operator::Div => match quot((ar, ai), (br, bi)) {
            Some(q) => q,
            None => return exc::zero_division("complex division by zero"),
        },
        Operator::Pow => return complex_pow((ar, ai), (br, bi)).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(new_complex(r, i)))
}

type C = (f64, f64);

/// `_Py_c_prod`.
fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot` (Smith's method); `None` for a zero divisor.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `c_powu`: `x ** n` by repeated squaring.
fn powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `complex.__pow__` as CPython's `complex_pow`: small integral exponents by multiplication.
pub fn complex_pow(a: C, b: C) -> PyResult<ObjRef> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            powu(a, n as u64)
        } else {
            match quot((1.0, 0.0), powu(a, n.unsigned_abs())) {
                Some(q) => q,
                None => return exc::zero_division("0.0 to a negative or complex power"),
            }
        }
    } else {
        return pow_complex(a.0, a.1, b.0, b.1);
    };
    finish_pow(a, b, r)
}

fn finish_pow(a: C, b: C, r: C) -> PyResult<ObjRef> {
    let finite = |c: C| c.0.is_finite() && c.1.is_finite();
    if (r.0.is_infinite() || r.1.is_infinite()) && finite(a) && finite(b) {
        return exc::overflow_error("complex exponentiation");
    }
    Ok(new_complex(r.0, r.1))
}

/// `_Py_c_pow`.
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
    finish_pow((ar, ai), (br, bi), (len * phase.cos(), len * phase.sin()))
}

/// `complex(s)`: CPython's `complex_subtype_from_string` grammar
/// (`[ws] ['('] [ws] (<float> [<signed-float> | <sign>] j | <float> | [<sign>] j) [ws] [')'] [ws]`).
pub fn parse_complex(text: &str) -> Option<C> {
    let c: Vec<char> = text.chars().collect();
    let n = c.len();
    let mut i = 0;
    while i < n && c[i].is_whitespace() {
        i += 1;
    }
    let bracket = i < n && c[i] == '(';
    if bracket {
        i += 1;
        while i < n && c[i].is_whitespace() {
            i += 1;
        }
    }
    let is_j = |i: usize| i < n && (c[i] == 'j' || c[i] == 'J');
    let (mut x, mut y) = (0.0, 0.0);
    match scan_float(&c[i..]) {
        Some((z, used)) => {
            i += used;
            if i < n && (c[i] == '+' || c[i] == '-') {
                x = z;
                match scan_float(&c[i..]) {
                    Some((w, used)) => {
                        y = w;
                        i += used;
                    }
                    None => {
                        y = if c[i] == '+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !is_j(i) {
                    return None;
                }
                i += 1;
            } else if is_j(i) {
                i += 1;
                y = z;
            } else {
                x = z;
            }
        }
        None => {
            if i < n && (c[i] == '+' || c[i] == '-') {
                y = if c[i] == '+' { 1.0 } else { -1.0 };
                i += 1;
            } else {
                y = 1.0;
            }
            if !is_j(i) {
                return None;
            }
            i += 1;
        }
    }
    while i < n && c[i].is_whitespace() {
        i += 1;
    }
    if bracket {
        if i >= n || c[i] != ')' {
            return None;
        }
        i += 1;
        while i < n && c[i].is_whitespace() {
            i += 1;
        }
    }
    (i == n).then_some((x, y))
}

/// The longest float literal at the start of `c` (sign, digits, point, exponent, `inf`,
/// `infinity`, `nan`), as `PyOS_string_to_double` with an end pointer.
fn scan_float(c: &[char]) -> Option<(f64, usize)> {
    let n = c.len();
    let mut i = 0;
    let mut neg = false;
    if i < n && (c[i] == '+' || c[i] == '-') {
        neg = c[i] == '-';
        i += 1;
    }
    let rest: String = c[i..]
        .iter()
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    for (word, v) in [
        ("infinity", f64::INFINITY),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        if rest.starts_with(word) {
            let v = if neg { -v } else { v };
            return Some((v, i + word.len()));
        }
    }
    let start = i;
    let mut digits = 0;
    while i < n && c[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < n && c[i] == '.' {
        i += 1;
        while i < n && c[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < n && (c[i] == 'e' || c[i] == 'E') {
        let mut k = i + 1;
        if k < n && (c[k] == '+' || c[k] == '-') {
            k += 1;
        }
        if k < n && c[k].is_ascii_digit() {
            while k < n && c[k].is_ascii_digit() {
                k += 1;
            }
            i = k;
        }
    }
    let s: String = c[start..i].iter().collect();
    let v: f64 = s.parse().ok()?;
    Some((if neg { -v } else { v }, i))
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
