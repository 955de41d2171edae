//! Methods of the numeric types: `int.to_bytes`/`from_bytes`/`bit_count`/`as_integer_ratio`,
//! `float.as_integer_ratio`/`hex`/`fromhex`, `conjugate`, and the arithmetic dunders of `int`,
//! `float` and `complex` (`(3).__add__(4)`, `(3.7).__trunc__()`), which also serve subclasses of
//! the built-in numbers. A binary dunder returns `NotImplemented` for operands its type does not
//! handle, as CPython's slot wrappers do.

use super::methods::{add_method, base_of};
use super::{exc, intern, new_bigint, new_bool, new_bytes, new_complex, new_float, new_int};
use super::{new_str, new_tuple, ops, rt, str_of, type_name, Args, PyResult, Vm};
use crate::ast::Operator;
use crate::builtins::ArgSpec;
use crate::heap::{Kind, ObjRef};
use crate::objects::complex::ComplexData;
use crate::objects::float::FloatData;
use crate::objects::function::BuiltinFn;
use crate::objects::int::IntData;
use crate::objects::typeobj::TypeData;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::RefCell;

fn recv(args: &Args, kind: Kind, owner: &str, name: &str) -> PyResult<ObjRef> {
    let Some(s) = args.args.first() else {
        return exc::type_error(format!("unbound method {owner}.{name}() needs an argument"));
    };
    let b = base_of(s);
    if b.kind() != kind {
        return exc::type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name(s)
        ));
    }
    Ok(b)
}

fn big(o: &ObjRef) -> BigInt {
    o.payload::<IntData>().to_big()
}

fn flt(o: &ObjRef) -> f64 {
    o.payload::<FloatData>().0
}

// ---------------------------------------------------------------- int

fn int_bit_count(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let i = recv(&args, Kind::Int, "int", "bit_count")?;
    let n: u64 = big(&i)
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(new_int(n as i64))
}

fn int_as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let i = recv(&args, Kind::Int, "int", "as_integer_ratio")?;
    Ok(new_tuple(vec![new_bigint(big(&i)), new_int(1)]))
}

fn int_self(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let i = recv(&args, Kind::Int, "int", "__index__")?;
    Ok(new_bigint(big(&i)))
}

fn byteorder(o: Option<&ObjRef>) -> PyResult<bool> {
    match o {
        None => Ok(false),
        Some(o) if o.kind() == Kind::Str => match str_of(o) {
            "big" => Ok(false),
            "little" => Ok(true),
            _ => exc::value_error("byteorder must be either 'little' or 'big'"),
        },
        Some(o) => exc::type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            type_name(o)
        )),
    }
}

fn truthy(vm: &mut Vm, o: Option<&ObjRef>) -> PyResult<bool> {
    match o {
        None => Ok(false),
        Some(o) => ops::truthy(vm, o),
    }
}

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let i = recv(&args, Kind::Int, "int", "to_bytes")?;
    let (pos, kw) = ArgSpec {
        name: "to_bytes",
        min: 0,
        max: 2,
        kw: &["length", "byteorder", "signed"],
    }
    .parse(&args.rest())?;
    let length = match pos.first().or(kw[0].as_ref()) {
        None => 1,
        Some(l) => match l.downcast::<IntData>().and_then(|l| l.as_i64()) {
            Some(l) if l < 0 => return exc::value_error("length argument must be non-negative"),
            Some(l) => l as usize,
            None => {
                return exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(l)
                ))
            }
        },
    };
    let little = byteorder(pos.get(1).or(kw[1].as_ref()))?;
    let signed = truthy(vm, kw[2].as_ref())?;
    let v = big(&i);
    if v.is_negative() && !signed {
        return exc::overflow_error("can't convert negative int to unsigned");
    }
    let mut bytes = v.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if v.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return exc::overflow_error("int too big to convert");
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(new_bytes(&bytes))
}

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let cls = args.args[0].clone();
    let (pos, kw) = ArgSpec {
        name: "from_bytes",
        min: 0,
        max: 2,
        kw: &["bytes", "byteorder", "signed"],
    }
    .parse(&args.rest())?;
    let Some(src) = pos.first().or(kw[0].as_ref()) else {
        return exc::type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    };
    let mut b = match super::methods_bytes::bytes_like(src) {
        Some(b) => b,
        None => {
            if src.kind() == Kind::Str {
                return exc::type_error("cannot convert 'str' object to bytes");
            }
            let mut v = Vec::new();
            for x in ops::collect(vm, src)? {
                match x.downcast::<IntData>().and_then(|i| i.as_i64()) {
                    Some(c) if (0..256).contains(&c) => v.push(c as u8),
                    Some(_) => return exc::value_error("bytes must be in range(0, 256)"),
                    None => {
                        return exc::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            type_name(&x)
                        ))
                    }
                }
            }
            v
        }
    };
    let little = byteorder(pos.get(1).or(kw[1].as_ref()))?;
    let signed = truthy(vm, kw[2].as_ref())?;
    if !little {
        b.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&b)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &b)
    };
    let r = new_bigint(v);
    if cls.is(&rt().types.int) {
        return Ok(r);
    }
    super::call::call(vm, &cls, Args::new(&[r]))
}

fn int_conjugate(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let i = recv(&args, Kind::Int, "int", "conjugate")?;
    Ok(new_bigint(big(&i)))
}

// ---------------------------------------------------------------- float

/// `x` as an exact fraction (numerator, denominator), for finite `x`.
pub fn float_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_infinite() {
        return exc::overflow_error("cannot convert Infinity to integer ratio");
    }
    if x.is_nan() {
        return exc::value_error("cannot convert NaN to integer ratio");
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    while m & 1 == 0 && e < 0 {
        m >>= 1;
        e += 1;
    }
    let mut n = BigInt::from(m);
    let mut d = BigInt::from(1);
    if e > 0 {
        n <<= e as usize;
    } else {
        d <<= (-e) as usize;
    }
    if x < 0.0 {
        n = -n;
    }
    Ok((n, d))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = recv(&args, Kind::Float, "float", "as_integer_ratio")?;
    let (n, d) = float_ratio(flt(&f))?;
    Ok(new_tuple(vec![new_bigint(n), new_bigint(d)]))
}

fn float_hex(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = recv(&args, Kind::Float, "float", "hex")?;
    let x = flt(&f);
    if x.is_nan() {
        return Ok(new_str("nan"));
    }
    if x.is_infinite() {
        return Ok(new_str(if x > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return Ok(new_str(&format!("{sign}0x0.0p+0")));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    Ok(new_str(&if exp == 0 {
        format!("{sign}0x0.{frac:013x}p-1022")
    } else {
        format!("{sign}0x1.{frac:013x}p{:+}", exp - 1023)
    }))
}

fn parse_hex_float(s: &str) -> PyResult<f64> {
    let invalid = || exc::value_error("invalid hexadecimal floating-point string");
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let sgn = if neg { -1.0 } else { 1.0 };
    if lower == "inf" || lower == "infinity" {
        return Ok(sgn * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return invalid();
    }
    let mut m = BigInt::zero();
    for c in ip.chars().chain(fp.chars()) {
        let Some(d) = c.to_digit(16) else {
            return invalid();
        };
        m = m * 16 + d;
    }
    let mut e: i64 = match exp {
        None => 0,
        Some(x) => match x.parse::<i64>() {
            Ok(v) if !x.is_empty() => v,
            _ => return invalid(),
        },
    };
    e -= 4 * fp.len() as i64;
    if m.is_zero() {
        return Ok(sgn * 0.0);
    }
    // Round m * 2**e to 53 significant bits (ties to even), then scale exactly.
    let bits = m.bits() as i64;
    let mut top = bits + e; // value is in [2**(top-1), 2**top)
    if top > 1024 {
        return exc::overflow_error("hexadecimal value too large to represent as a float");
    }
    let keep = if top - 53 < -1074 { top + 1074 } else { 53 };
    let mut q;
    let mut qe;
    if bits > keep {
        let shift = (bits - keep) as usize;
        q = &m >> shift;
        let rem = &m - (&q << shift);
        let half = BigInt::from(1) << (shift - 1);
        if rem > half || (rem == half && (&q & BigInt::from(1)) == BigInt::from(1)) {
            q += 1;
        }
        qe = e + shift as i64;
    } else {
        q = m.clone();
        qe = e;
    }
    if q.bits() as i64 > keep.max(1) && keep == 53 {
        q >>= 1;
        qe += 1;
        top += 1;
        if top > 1024 {
            return exc::overflow_error("hexadecimal value too large to represent as a float");
        }
    }
    let mut v = q.to_f64().unwrap_or(0.0);
    while qe > 0 {
        let step = qe.min(1000);
        v *= 2f64.powi(step as i32);
        qe -= step;
    }
    while qe < 0 {
        let step = qe.max(-1000);
        v *= 2f64.powi(step as i32);
        qe -= step;
    }
    if v.is_infinite() {
        return exc::overflow_error("hexadecimal value too large to represent as a float");
    }
    Ok(sgn * v)
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let cls = args.args[0].clone();
    let (pos, _) = ArgSpec {
        name: "fromhex",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    if pos[0].kind() != Kind::Str {
        return exc::type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(&pos[0])
        ));
    }
    let r = new_float(parse_hex_float(str_of(&pos[0]))?);
    if cls.is(&rt().types.float) {
        return Ok(r);
    }
    super::call::call(vm, &cls, Args::new(&[r]))
}

fn float_conjugate(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = recv(&args, Kind::Float, "float", "conjugate")?;
    Ok(new_float(flt(&f)))
}

fn float_to_int(x: f64) -> PyResult<ObjRef> {
    if x.is_nan() {
        return exc::value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return exc::overflow_error("cannot convert float infinity to integer");
    }
    if x.abs() < 9.0e18 {
        return Ok(new_int(x as i64));
    }
    let (n, d) = float_ratio(x.trunc())?;
    Ok(new_bigint(n / d))
}

fn float_trunc(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = recv(&args, Kind::Float, "float", "__trunc__")?;
    float_to_int(flt(&f).trunc())
}
fn float_floor(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = recv(&args, Kind::Float, "float", "__floor__")?;
    float_to_int(flt(&f).floor())
}
fn float_ceil(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = recv(&args, Kind::Float, "float", "__ceil__")?;
    float_to_int(flt(&f).ceil())
}
fn float_float(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = recv(&args, Kind::Float, "float", "__float__")?;
    Ok(new_float(flt(&f)))
}

// ---------------------------------------------------------------- complex

fn complex_conjugate(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let c = recv(&args, Kind::Complex, "complex", "conjugate")?;
    let c = c.payload::<ComplexData>();
    Ok(new_complex(c.re, -c.im))
}

// ---------------------------------------------------------------- arithmetic dunders

/// Whether `o` (a built-in value) is an operand `owner`'s arithmetic accepts.
fn accepts(owner: Kind, o: &ObjRef) -> bool {
    match owner {
        Kind::Int => o.kind() == Kind::Int,
        Kind::Float => matches!(o.kind(), Kind::Int | Kind::Float),
        _ => matches!(o.kind(), Kind::Int | Kind::Float | Kind::Complex),
    }
}

fn binary(vm: &mut Vm, args: Args, owner: Kind, op: Operator, reflected: bool) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "expected 1 argument",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    let a = base_of(&pos[0]);
    let b = base_of(&pos[1]);
    if a.kind() != owner {
        return exc::type_error(format!(
            "descriptor for '{}' objects doesn't apply to a '{}' object",
            match owner {
                Kind::Int => "int",
                Kind::Float => "float",
                _ => "complex",
            },
            type_name(&pos[0])
        ));
    }
    if !accepts(owner, &b) {
        return Ok(rt().not_implemented.clone());
    }
    let (x, y) = if reflected { (&b, &a) } else { (&a, &b) };
    Ok(ops::native_binop(vm, x, y, op)?.unwrap_or_else(|| rt().not_implemented.clone()))
}

macro_rules! dunders {
    ($owner:expr, $( $name:ident, $rname:ident => $op:expr; )*) => {
        $(
            pub fn $name(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
                binary(vm, args, $owner, $op, false)
            }
            pub fn $rname(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
                binary(vm, args, $owner, $op, true)
            }
        )*
    };
}

mod int_ops {
    use super::*;
    dunders! { Kind::Int,
        add, radd => Operator::Add;
        sub, rsub => Operator::Sub;
        mul, rmul => Operator::Mult;
        truediv, rtruediv => Operator::Div;
        floordiv, rfloordiv => Operator::FloorDiv;
        mod_, rmod => Operator::Mod;
        pow, rpow => Operator::Pow;
        lshift, rlshift => Operator::LShift;
        rshift, rrshift => Operator::RShift;
        and, rand => Operator::BitAnd;
        or, ror => Operator::BitOr;
        xor, rxor => Operator::BitXor;
    }
}

mod float_ops {
    use super::*;
    dunders! { Kind::Float,
        add, radd => Operator::Add;
        sub, rsub => Operator::Sub;
        mul, rmul => Operator::Mult;
        truediv, rtruediv => Operator::Div;
        floordiv, rfloordiv => Operator::FloorDiv;
        mod_, rmod => Operator::Mod;
        pow, rpow => Operator::Pow;
    }
}

mod complex_ops {
    use super::*;
    dunders! { Kind::Complex,
        add, radd => Operator::Add;
        sub, rsub => Operator::Sub;
        mul, rmul => Operator::Mult;
        truediv, rtruediv => Operator::Div;
        pow, rpow => Operator::Pow;
    }
}

fn unary(vm: &mut Vm, args: Args, op: ops::Unary) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "expected 0 arguments",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    ops::unary(vm, &base_of(&pos[0]), op)
}

fn neg(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    unary(vm, a, ops::Unary::Neg)
}
fn pos_(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    unary(vm, a, ops::Unary::Pos)
}
fn invert(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    unary(vm, a, ops::Unary::Invert)
}
fn abs_(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = args.args.first().map(base_of);
    match s {
        Some(s) if s.kind() == Kind::Int => Ok(new_bigint(big(&s).abs())),
        Some(s) if s.kind() == Kind::Float => Ok(new_float(flt(&s).abs())),
        Some(s) if s.kind() == Kind::Complex => {
            let c = s.payload::<ComplexData>();
            Ok(new_float(c.re.hypot(c.im)))
        }
        _ => exc::type_error("bad operand type for abs()"),
    }
}
fn bool_(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = args.args.first().map(base_of);
    match s {
        Some(s) => Ok(new_bool(ops::truthy(vm, &s)?)),
        None => exc::type_error("__bool__ needs an argument"),
    }
}

fn install_classmethod(ty: &ObjRef, name: &'static str, f: BuiltinFn) {
    let cm = crate::heap::alloc(
        &rt().types.classmethod,
        crate::objects::descr::ClassMethodData {
            func: RefCell::new(Some(crate::builtins::builtin(name, f))),
        },
    );
    super::dictops::setitem_str(&ty.payload::<TypeData>().dict, intern(name), cm);
}

/// Register the numeric types' methods.
pub fn install() {
    let t = &rt().types;
    let add = |ty: &ObjRef, owner: &'static str, list: &[(&'static str, BuiltinFn)]| {
        for (name, f) in list {
            add_method(ty, owner, name, *f);
        }
    };
    add(
        &t.int,
        "int",
        &[
            ("bit_count", int_bit_count),
            ("as_integer_ratio", int_as_integer_ratio),
            ("to_bytes", int_to_bytes),
            ("conjugate", int_conjugate),
            ("__index__", int_self),
            ("__int__", int_self),
            ("__trunc__", int_self),
            ("__floor__", int_self),
            ("__ceil__", int_self),
            ("__add__", int_ops::add),
            ("__radd__", int_ops::radd),
            ("__sub__", int_ops::sub),
            ("__rsub__", int_ops::rsub),
            ("__mul__", int_ops::mul),
            ("__rmul__", int_ops::rmul),
            ("__truediv__", int_ops::truediv),
            ("__rtruediv__", int_ops::rtruediv),
            ("__floordiv__", int_ops::floordiv),
            ("__rfloordiv__", int_ops::rfloordiv),
            ("__mod__", int_ops::mod_),
            ("__rmod__", int_ops::rmod),
            ("__pow__", int_ops::pow),
            ("__rpow__", int_ops::rpow),
            ("__lshift__", int_ops::lshift),
            ("__rlshift__", int_ops::rlshift),
            ("__rshift__", int_ops::rshift),
            ("__rrshift__", int_ops::rrshift),
            ("__and__", int_ops::and),
            ("__rand__", int_ops::rand),
            ("__or__", int_ops::or),
            ("__ror__", int_ops::ror),
            ("__xor__", int_ops::xor),
            ("__rxor__", int_ops::rxor),
            ("__neg__", neg),
            ("__pos__", pos_),
            ("__invert__", invert),
            ("__abs__", abs_),
            ("__bool__", bool_),
        ],
    );
    install_classmethod(&t.int, "from_bytes", int_from_bytes);
    add(
        &t.float,
        "float",
        &[
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", float_hex),
            ("conjugate", float_conjugate),
            ("__trunc__", float_trunc),
            ("__int__", float_trunc),
            ("__floor__", float_floor),
            ("__ceil__", float_ceil),
            ("__float__", float_float),
            ("__add__", float_ops::add),
            ("__radd__", float_ops::radd),
            ("__sub__", float_ops::sub),
            ("__rsub__", float_ops::rsub),
            ("__mul__", float_ops::mul),
            ("__rmul__", float_ops::rmul),
            ("__truediv__", float_ops::truediv),
            ("__rtruediv__", float_ops::rtruediv),
            ("__floordiv__", float_ops::floordiv),
            ("__rfloordiv__", float_ops::rfloordiv),
            ("__mod__", float_ops::mod_),
            ("__rmod__", float_ops::rmod),
            ("__pow__", float_ops::pow),
            ("__rpow__", float_ops::rpow),
            ("__neg__", neg),
            ("__pos__", pos_),
            ("__abs__", abs_),
            ("__bool__", bool_),
        ],
    );
    install_classmethod(&t.float, "fromhex", float_fromhex);
    add(
        &t.complex,
        "complex",
        &[
            ("conjugate", complex_conjugate),
            ("__add__", complex_ops::add),
            ("__radd__", complex_ops::radd),
            ("__sub__", complex_ops::sub),
            ("__rsub__", complex_ops::rsub),
            ("__mul__", complex_ops::mul),
            ("__rmul__", complex_ops::rmul),
            ("__truediv__", complex_ops::truediv),
            ("__rtruediv__", complex_ops::rtruediv),
            ("__pow__", complex_ops::pow),
            ("__rpow__", complex_ops::rpow),
            ("__neg__", neg),
            ("__pos__", pos_),
            ("__abs__", abs_),
            ("__bool__", bool_),
        ],
    );
}
