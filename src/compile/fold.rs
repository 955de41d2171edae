//! Constant folding, as CPython 3.11's AST optimizer (`Python/ast_opt.c`) does before code
//! generation: literal arithmetic, unary operators, tuples of constants, subscripts of
//! constants, `__debug__`, and literal lists/sets after `in` (tuples/frozensets).
//!
//! The same size limits as CPython keep the folded constants small: an int result of `*`,
//! `**` or `<<` may not pass 128 bits (`2**64` is folded, `2**100` is not), a repeated string
//! or bytes may not pass 4096 items, a repeated tuple 256. Anything that would raise (`1/0`)
//! is left for run time. Rather than rewriting the (borrowed) AST, the code generator asks
//! [`fold_expr`] for the value of a subexpression when it is about to compile it.
//!
//! Start reading at [`fold_expr`].

use super::code::Constant;
use crate::ast::{self, Expr, ExprContext, ExprKind, Operator, UnaryOp};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;

pub fn ast_const(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(i) => Constant::Int(i.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex(im) => Constant::Complex { re: 0.0, im: *im },
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
    }
}

/// The value of `e` if it is a constant or folds to one.
pub fn fold_expr(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(ast_const(value)),
        ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        } if id == "__debug__" => Some(Constant::Bool(true)),
        ExprKind::UnaryOp { op, operand } => fold_unary(*op, &fold_expr(operand)?),
        ExprKind::BinOp { left, op, right } => {
            let l = fold_expr(left)?;
            let r = fold_expr(right)?;
            fold_binop(&l, *op, &r)
        }
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } => {
            if elts
                .iter()
                .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
            {
                return None;
            }
            elts.iter()
                .map(fold_expr)
                .collect::<Option<Vec<_>>>()
                .map(Constant::Tuple)
        }
        ExprKind::Subscript {
            value,
            slice,
            ctx: ExprContext::Load,
        } => fold_subscr(&fold_expr(value)?, &fold_expr(slice)?),
        _ => None,
    }
}

/// A literal list or set used as the iterable of `for`/`in`: its tuple or frozenset
/// constant, when all items are constant.
pub fn fold_iter(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Set { elts } => {
            if elts
                .iter()
                .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
            {
                return None;
            }
            let items = elts.iter().map(fold_expr).collect::<Option<Vec<_>>>()?;
            Some(if matches!(e.kind, ExprKind::Set { .. }) {
                Constant::FrozenSet(dedup_set(items))
            } else {
                Constant::Tuple(items)
            })
        }
        _ => None,
    }
}

/// The truth value of a constant (`bool(c)`).
pub fn const_truth(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Code(_) => return None,
    })
}

/// Python's `==` between constants (1 == 1.0 == True), for building frozensets.
fn py_eq(a: &Constant, b: &Constant) -> bool {
    match (num(a), num(b)) {
        (Some(x), Some(y)) => match (x, y) {
            (N::I(x), N::I(y)) => x == y,
            (x, y) => {
                let (xr, xi) = x.as_complex();
                let (yr, yi) = y.as_complex();
                xr == yr && xi == yi
            }
        },
        (None, None) => match (a, b) {
            (Constant::Tuple(x), Constant::Tuple(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(p, q)| py_eq(p, q))
            }
            _ => a == b,
        },
        _ => false,
    }
}

/// Keep the first of equal items, as building a set does.
pub fn dedup_set(items: Vec<Constant>) -> Vec<Constant> {
    let mut out: Vec<Constant> = Vec::new();
    for i in items {
        if !out.iter().any(|o| py_eq(o, &i)) {
            out.push(i);
        }
    }
    out
}

enum N {
    I(BigInt),
    F(f64),
    C(f64, f64),
}

impl N {
    fn as_complex(&self) -> (f64, f64) {
        match self {
            N::I(i) => (i.to_f64().unwrap_or(f64::NAN), 0.0),
            N::F(f) => (*f, 0.0),
            N::C(r, i) => (*r, *i),
        }
    }
}

fn num(c: &Constant) -> Option<N> {
    Some(match c {
        Constant::Bool(b) => N::I(BigInt::from(*b as u8)),
        Constant::Int(i) => N::I(i.clone()),
        Constant::Float(f) => N::F(*f),
        Constant::Complex { re, im } => N::C(*re, *im),
        _ => return None,
    })
}

/// `float(i)`, only when exact (larger ints are left for run time).
fn exact_f64(i: &BigInt) -> Option<f64> {
    if i.bits() <= 53 {
        i.to_f64()
    } else {
        None
    }
}

fn as_f64(n: &N) -> Option<f64> {
    match n {
        N::I(i) => exact_f64(i),
        N::F(f) => Some(*f),
        N::C(..) => None,
    }
}

fn fold_unary(op: UnaryOp, v: &Constant) -> Option<Constant> {
    if op == UnaryOp::Not {
        return const_truth(v).map(|t| Constant::Bool(!t));
    }
    let n = num(v)?;
    Some(match (op, n) {
        (UnaryOp::USub, N::I(i)) => Constant::Int(-i),
        (UnaryOp::USub, N::F(f)) => Constant::Float(-f),
        (UnaryOp::USub, N::C(r, i)) => Constant::Complex { re: -r, im: -i },
        (UnaryOp::UAdd, N::I(i)) => Constant::Int(i),
        (UnaryOp::UAdd, N::F(f)) => Constant::Float(f),
        (UnaryOp::UAdd, N::C(r, i)) => Constant::Complex { re: r, im: i },
        (UnaryOp::Invert, N::I(i)) => Constant::Int(-i - 1),
        _ => return None,
    })
}

fn int_of(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Bool(b) => Some(BigInt::from(*b as u8)),
        Constant::Int(i) => Some(i.clone()),
        _ => None,
    }
}

fn seq_len(c: &Constant) -> Option<usize> {
    match c {
        Constant::Str(s) => Some(s.chars().count()),
        Constant::Bytes(b) => Some(b.len()),
        Constant::Tuple(t) => Some(t.len()),
        _ => None,
    }
}

/// `n * seq` within CPython's limits.
fn repeat(seq: &Constant, n: &BigInt) -> Option<Constant> {
    let size = seq_len(seq)?;
    let limit = if matches!(seq, Constant::Tuple(_)) {
        MAX_COLLECTION_SIZE
    } else {
        MAX_STR_SIZE
    };
    let n = if let Some(max) = limit.checked_div(size) {
        let n = n.to_i64()?;
        if n < 0 || n as usize > max {
            return None;
        }
        n as usize
    } else {
        n.to_i64().map_or(0, |n| n.max(0) as usize)
    };
    Some(match seq {
        Constant::Str(s) => Constant::Str(s.repeat(n)),
        Constant::Bytes(b) => Constant::Bytes(b.repeat(n)),
        Constant::Tuple(t) => {
            let mut v = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            Constant::Tuple(v)
        }
        _ => return None,
    })
}

fn fold_binop(l: &Constant, op: Operator, r: &Constant) -> Option<Constant> {
    use Constant as C;
    match (l, op, r) {
        (C::Str(a), Operator::Add, C::Str(b)) => return Some(C::Str(format!("{a}{b}"))),
        (C::Bytes(a), Operator::Add, C::Bytes(b)) => {
            return Some(C::Bytes([a.as_slice(), b.as_slice()].concat()))
        }
        (C::Tuple(a), Operator::Add, C::Tuple(b)) => {
            return Some(C::Tuple(a.iter().chain(b).cloned().collect()))
        }
        (s @ (C::Str(_) | C::Bytes(_) | C::Tuple(_)), Operator::Mult, n)
        | (n, Operator::Mult, s @ (C::Str(_) | C::Bytes(_) | C::Tuple(_))) => {
            return repeat(s, &int_of(n)?)
        }
        _ => {}
    }
    if let (C::Bool(a), C::Bool(b)) = (l, r) {
        match op {
            Operator::BitAnd => return Some(C::Bool(a & b)),
            Operator::BitOr => return Some(C::Bool(a | b)),
            Operator::BitXor => return Some(C::Bool(a ^ b)),
            _ => {}
        }
    }
    let (a, b) = (num(l)?, num(r)?);
    match (a, b) {
        (N::I(a), N::I(b)) => fold_int(&a, op, &b),
        (N::C(..), _) | (_, N::C(..)) => {
            let (a, b) = (num(l)?, num(r)?);
            if matches!(a, N::I(ref i) if exact_f64(i).is_none())
                || matches!(b, N::I(ref i) if exact_f64(i).is_none())
            {
                return None;
            }
            let (ar, ai) = a.as_complex();
            let (br, bi) = b.as_complex();
            let (re, im) = match op {
                Operator::Add => (ar + br, ai + bi),
                Operator::Sub => (ar - br, ai - bi),
                Operator::Mult => (ar * br - ai * bi, ar * bi + ai * br),
                _ => return None,
            };
            Some(C::Complex { re, im })
        }
        (a, b) => fold_float(as_f64(&a)?, op, as_f64(&b)?).map(C::Float),
    }
}

fn fold_float(a: f64, op: Operator, b: f64) -> Option<f64> {
    let r = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div => {
            if b == 0.0 {
                return None;
            }
            a / b
        }
        Operator::FloorDiv | Operator::Mod => {
            if b == 0.0 {
                return None;
            }
            let (div, m) = crate::vm::numeric::float_divmod(a, b);
            if op == Operator::Mod {
                m
            } else {
                div
            }
        }
        Operator::Pow => {
            if (a == 0.0 && b < 0.0) || (a < 0.0 && b.fract() != 0.0) {
                return None;
            }
            let r = a.powf(b);
            if !r.is_finite() && a.is_finite() && b.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(r)
}

fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let (q, r) = (a / b, a % b);
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

fn fold_int(a: &BigInt, op: Operator, b: &BigInt) -> Option<Constant> {
    use Constant as C;
    let r = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => {
            if !a.is_zero() && !b.is_zero() && a.bits() + b.bits() > MAX_INT_SIZE {
                return None;
            }
            a * b
        }
        Operator::Div => {
            if b.is_zero() {
                return None;
            }
            return Some(C::Float(exact_f64(a)? / exact_f64(b)?));
        }
        Operator::FloorDiv => {
            if b.is_zero() {
                return None;
            }
            floor_divmod(a, b).0
        }
        Operator::Mod => {
            if b.is_zero() {
                return None;
            }
            floor_divmod(a, b).1
        }
        Operator::Pow => {
            if b.is_negative() {
                if a.is_zero() {
                    return None;
                }
                let r = exact_f64(a)?.powf(exact_f64(b)?);
                return r.is_finite().then_some(C::Float(r));
            }
            if !a.is_zero() && !b.is_zero() {
                let wbits = b.to_u64()?;
                if a.bits() > MAX_INT_SIZE / wbits {
                    return None;
                }
            }
            a.pow(b.to_u32()?)
        }
        Operator::LShift => {
            if b.is_negative() {
                return None;
            }
            if !a.is_zero() && !b.is_zero() {
                let wbits = b.to_u64()?;
                if wbits > MAX_INT_SIZE || a.bits() > MAX_INT_SIZE - wbits {
                    return None;
                }
            }
            a << b.to_usize()?
        }
        Operator::RShift => {
            if b.is_negative() {
                return None;
            }
            match b.to_usize() {
                Some(n) => {
                    // Python's >> floors (arithmetic shift).
                    floor_divmod(a, &(BigInt::from(1) << n.min(1 << 20))).0
                }
                None => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        Operator::MatMult => return None,
    };
    Some(C::Int(r))
}

fn fold_subscr(v: &Constant, idx: &Constant) -> Option<Constant> {
    let i = int_of(idx)?.to_i64()?;
    let len = seq_len(v)? as i64;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return None;
    }
    let i = i as usize;
    Some(match v {
        Constant::Tuple(t) => t[i].clone(),
        Constant::Str(s) => Constant::Str(s.chars().nth(i)?.to_string()),
        Constant::Bytes(b) => Constant::Int(BigInt::from(b[i])),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(src: &str) -> Option<Constant> {
        let m = crate::parse::parse_str(src).unwrap();
        let crate::ast::StmtKind::Expr { value } = &m.body[0].kind else {
            panic!()
        };
        fold_expr(value)
    }

    fn int(i: i64) -> Option<Constant> {
        Some(Constant::Int(BigInt::from(i)))
    }

    #[test]
    fn arithmetic() {
        assert_eq!(fold("1 + 2 * 3"), int(7));
        assert_eq!(fold("-7 // 2"), int(-4));
        assert_eq!(fold("-7 % 3"), int(2));
        assert_eq!(fold("7 % -3"), int(-2));
        assert_eq!(
            fold("2**64"),
            Some(Constant::Int(BigInt::from(1u128 << 64)))
        );
        assert_eq!(fold("2**100"), None);
        assert_eq!(
            fold("1 << 100"),
            Some(Constant::Int(BigInt::from(1u128 << 100)))
        );
        assert_eq!(fold("1 / 0"), None);
        assert_eq!(fold("1 / 2"), Some(Constant::Float(0.5)));
        assert_eq!(fold("2 ** -1"), Some(Constant::Float(0.5)));
        assert_eq!(fold("1.5 // 0.5"), Some(Constant::Float(3.0)));
        assert_eq!(fold("-5.0 % 3"), Some(Constant::Float(1.0)));
        assert_eq!(fold("1 + 2j"), Some(Constant::Complex { re: 1.0, im: 2.0 }));
        assert_eq!(fold("~5"), int(-6));
        assert_eq!(fold("not 1"), Some(Constant::Bool(false)));
        assert_eq!(fold("True + True"), int(2));
        assert_eq!(fold("True & False"), Some(Constant::Bool(false)));
        assert_eq!(fold("-16 >> 2"), int(-4));
        assert_eq!(fold("x + 1"), None);
    }

    #[test]
    fn sequences_and_limits() {
        assert_eq!(fold("'ab' + 'c'"), Some(Constant::Str("abc".into())));
        assert_eq!(
            fold("'a' * 4096").map(|c| matches!(c, Constant::Str(s) if s.len() == 4096)),
            Some(true)
        );
        assert_eq!(fold("'a' * 4097"), None);
        assert_eq!(fold("'a' * -1"), None);
        assert!(fold("(1, 2) * 128").is_some());
        assert_eq!(fold("(1, 2) * 129"), None);
        assert_eq!(fold("(1, 2)[1]"), int(2));
        assert_eq!(fold("'héllo'[1]"), Some(Constant::Str("é".into())));
        assert_eq!(fold("b'ab'[0]"), int(97));
        assert_eq!(
            fold("(1, (2, -3))"),
            Some(Constant::Tuple(vec![
                Constant::Int(1.into()),
                Constant::Tuple(vec![Constant::Int(2.into()), Constant::Int((-3).into())])
            ]))
        );
        assert_eq!(fold("'%s' % 1"), None);
        assert_eq!(fold("__debug__"), Some(Constant::Bool(true)));
    }

    #[test]
    fn iterables() {
        let m = crate::parse::parse_str("[1, 2, 3]\n{1, 1.0, True, 2}\n[a, 1]\n").unwrap();
        let get = |i: usize| match &m.body[i].kind {
            crate::ast::StmtKind::Expr { value } => fold_iter(value),
            _ => None,
        };
        assert_eq!(
            get(0),
            Some(Constant::Tuple(vec![
                Constant::Int(1.into()),
                Constant::Int(2.into()),
                Constant::Int(3.into())
            ]))
        );
        assert_eq!(
            get(1),
            Some(Constant::FrozenSet(vec![
                Constant::Int(1.into()),
                Constant::Int(2.into())
            ]))
        );
        assert_eq!(get(2), None);
    }
}
