//! The `math` module: every function and constant of CPython 3.11's, with its results and its
//! errors (`ValueError: math domain error`, `OverflowError: math range error`, the argument
//! errors). Functions of floats convert their arguments as `PyFloat_AsDouble` does
//! (`support::to_f64`) and wrap the C library's function as CPython's `math_1`/`math_2` do;
//! the kernels Rust's standard library lacks are in `math_fns`. Integer functions (`gcd`,
//! `factorial`, `comb`, `isqrt`, ...) work on arbitrary-precision ints.

use super::math_fns::{self, MathErr};
use super::support::{self, float_to_int, parse, to_bigint, to_f64};
use crate::heap::{Kind, ObjRef};
use crate::objects::int::IntData;
use crate::vm::{attr, call, exc, new_bigint, new_bool, new_float, new_int, new_tuple, ops};
use crate::vm::{type_name, Args, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn domain<T>() -> PyResult<T> {
    exc::value_error("math domain error")
}

fn range<T>() -> PyResult<T> {
    exc::overflow_error("math range error")
}

fn math_err<T>(e: MathErr) -> PyResult<T> {
    match e {
        MathErr::Domain => domain(),
        MathErr::Range => range(),
    }
}

/// The one argument of `math.NAME(x)`.
fn arg1<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    if args.has_kwargs() {
        return exc::type_error(format!("{name}() takes no keyword arguments"));
    }
    let (pos, _) = parse(args, name, 1, 1, &[])?;
    Ok(&pos[0])
}

/// CPython's `math_1`: NaN from non-NaN is a domain error; an infinity from a finite
/// argument is a range error when the function can overflow, else a domain error.
fn math_1(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<ObjRef> {
    let x = to_f64(vm, arg1(&args, name)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return domain();
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range() } else { domain() };
    }
    Ok(new_float(r))
}

/// CPython's `math_1a`: the function reports its own errors.
fn math_1a(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(f64) -> Result<f64, MathErr>,
) -> PyResult<ObjRef> {
    let x = to_f64(vm, arg1(&args, name)?)?;
    match f(x) {
        Ok(r) => Ok(new_float(r)),
        Err(e) => math_err(e),
    }
}

/// Two float arguments, checked as `name expected 2 arguments, got N`.
fn floats2(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let (pos, _) = parse(args, name, 2, 2, &[])?;
    Ok((to_f64(vm, &pos[0])?, to_f64(vm, &pos[1])?))
}

/// CPython's `math_2`: NaN from non-NaNs is a domain error, an infinity from finite
/// arguments a range error.
fn math_2(vm: &mut Vm, args: Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<ObjRef> {
    let (x, y) = floats2(vm, &args, name)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain();
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return range();
    }
    Ok(new_float(r))
}

macro_rules! func1 {
    ($name:ident, $f:expr, $overflow:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
            math_1(vm, args, concat!("math.", stringify!($name)), $f, $overflow)
        }
    };
}

func1!(acos, f64::acos, false);
func1!(acosh, math_fns::acosh, false);
func1!(asin, f64::asin, false);
func1!(asinh, math_fns::asinh, false);
func1!(atan, f64::atan, false);
func1!(atanh, math_fns::atanh, false);
func1!(cbrt, math_fns::cbrt, false);
func1!(cos, f64::cos, false);
func1!(cosh, f64::cosh, true);
func1!(exp, f64::exp, true);
func1!(exp2, f64::exp2, true);
func1!(expm1, f64::exp_m1, true);
func1!(fabs, f64::abs, false);
func1!(sin, f64::sin, false);
func1!(sinh, f64::sinh, true);
func1!(sqrt, f64::sqrt, false);
func1!(tan, f64::tan, false);
func1!(tanh, f64::tanh, false);

fn log1p_fn(x: f64) -> f64 {
    // CPython's m_log1p: log1p(-0.0) is -0.0; x <= -1 is invalid (-1 a singularity).
    if x == 0.0 {
        return x;
    }
    x.ln_1p()
}
func1!(log1p, log1p_fn, false);

fn erf(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    math_1a(vm, args, "math.erf", |x| Ok(math_fns::erf(x)))
}

fn erfc(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    math_1a(vm, args, "math.erfc", |x| Ok(math_fns::erfc(x)))
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    math_1a(vm, args, "math.gamma", math_fns::tgamma)
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    math_1a(vm, args, "math.lgamma", math_fns::lgamma)
}

fn atan2_fn(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    math_2(vm, args, "atan2", atan2_fn)
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    math_2(vm, args, "copysign", f64::copysign)
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    math_2(vm, args, "remainder", math_fns::remainder)
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (x, y) = floats2(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain();
    }
    Ok(new_float(r))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (x, y) = floats2(vm, &args, "pow")?;
    let r;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
    } else {
        r = x.powf(y);
        if r.is_nan() {
            return domain();
        }
        if r.is_infinite() {
            return if x == 0.0 { domain() } else { range() };
        }
    }
    Ok(new_float(r))
}

/// `math.ceil`/`math.floor`: a float's, or the type's `__ceil__`/`__floor__`.
fn rounding(
    vm: &mut Vm,
    args: Args,
    name: &str,
    dunder: &'static str,
    f: fn(f64) -> f64,
) -> PyResult<ObjRef> {
    let x = arg1(&args, name)?;
    if x.kind() == Kind::Float && x.is_type(&crate::vm::rt().types.float) {
        return float_to_int(f(ops::as_f64(x).unwrap_or(0.0)));
    }
    if x.kind() == Kind::Int {
        // int.__floor__/__ceil__: the int itself (a bool becomes an int).
        return Ok(crate::vm::new_bigint(x.payload::<IntData>().to_big()));
    }
    if let Some(m) = attr::lookup_type_str(&x.type_of(), dunder) {
        return call::call(vm, &m, Args::new(std::slice::from_ref(x)));
    }
    let v = to_f64(vm, x)?;
    float_to_int(f(v))
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    rounding(vm, args, "math.ceil", "__ceil__", f64::ceil)
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    rounding(vm, args, "math.floor", "__floor__", f64::floor)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let x = arg1(&args, "math.trunc")?;
    if x.kind() == Kind::Float && x.is_type(&crate::vm::rt().types.float) {
        return float_to_int(ops::as_f64(x).unwrap_or(0.0));
    }
    if x.kind() == Kind::Int {
        return Ok(crate::vm::new_bigint(x.payload::<IntData>().to_big()));
    }
    match attr::lookup_type_str(&x.type_of(), "__trunc__") {
        Some(m) => call::call(vm, &m, Args::new(std::slice::from_ref(x))),
        None => exc::type_error(format!(
            "type {} doesn't define __trunc__ method",
            type_name(x)
        )),
    }
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let x = to_f64(vm, arg1(&args, "math.degrees")?)?;
    Ok(new_float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let x = to_f64(vm, arg1(&args, "math.radians")?)?;
    Ok(new_float(x * (std::f64::consts::PI / 180.0)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(new_bool(
        to_f64(vm, arg1(&args, "math.isfinite")?)?.is_finite(),
    ))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(new_bool(
        to_f64(vm, arg1(&args, "math.isinf")?)?.is_infinite(),
    ))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(new_bool(to_f64(vm, arg1(&args, "math.isnan")?)?.is_nan()))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = parse(&args, "isclose", 0, 2, &["a", "b", "rel_tol", "abs_tol"])?;
    let get = |i: usize| pos.get(i).cloned().or_else(|| kw[i].clone());
    let (Some(a), Some(b)) = (get(0), get(1)) else {
        let (n, which) = if get(0).is_none() { ("a", 1) } else { ("b", 2) };
        return exc::type_error(format!(
            "isclose() missing required argument '{n}' (pos {which})"
        ));
    };
    if !pos.is_empty() && kw[0].is_some() || pos.len() > 1 && kw[1].is_some() {
        return exc::type_error("isclose() got multiple values for argument");
    }
    let a = to_f64(vm, &a)?;
    let b = to_f64(vm, &b)?;
    let rel_tol = match &kw[2] {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match &kw[3] {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return exc::value_error("tolerances must be non-negative");
    }
    if a == b {
        return Ok(new_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(new_bool(false));
    }
    let diff = (b - a).abs();
    Ok(new_bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let x = to_f64(vm, arg1(&args, "math.frexp")?)?;
    let (m, e) = math_fns::frexp(x);
    Ok(new_tuple(vec![new_float(m), new_int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "ldexp", 2, 2, &[])?;
    let x = to_f64(vm, &pos[0])?;
    let i = crate::vm::methods::base_of(&pos[1]);
    let Some(i) = i.downcast::<IntData>() else {
        return exc::type_error("Expected an int as second argument to ldexp.");
    };
    let e = match i {
        IntData::Small(v) => *v,
        IntData::Big(b) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(new_float(x));
    }
    if e > i32::MAX as i64 {
        return range();
    }
    if e < i32::MIN as i64 {
        return Ok(new_float(0.0f64.copysign(x)));
    }
    let r = math_fns::ldexp(x, e as i32);
    if r.is_infinite() {
        return range();
    }
    Ok(new_float(r))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let x = to_f64(vm, arg1(&args, "math.modf")?)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(new_tuple(vec![new_float(f), new_float(i)]))
}

/// CPython's `loghelper`: ints of any size (via their binary exponent), else floats.
fn loghelper(vm: &mut Vm, x: &ObjRef, f: fn(f64) -> f64) -> PyResult<f64> {
    let b = crate::vm::methods::base_of(x);
    if let Some(i) = b.downcast::<IntData>() {
        let big = i.to_big();
        if big.sign() != Sign::Plus {
            return domain();
        }
        let v = crate::vm::ops::int_to_f64(i);
        if v.is_finite() {
            return Ok(f(v));
        }
        // x ~= m * 2**e with 0.5 <= m < 1 (m rounded to 53 bits, as _PyLong_Frexp).
        let bits = big.bits();
        let shift = bits - 64;
        let top: BigInt = &big >> shift;
        let mut top = top.to_u64().unwrap_or(u64::MAX);
        if (&big & ((BigInt::one() << shift) - 1u32)) != BigInt::zero() {
            top |= 1;
        }
        let mut m = top as f64 / 18_446_744_073_709_551_616.0;
        let mut e = bits as f64;
        if m == 1.0 {
            m = 0.5;
            e += 1.0;
        }
        return Ok(f(m) + f(2.0) * e);
    }
    let v = to_f64(vm, x)?;
    let r = f(v);
    if r.is_nan() && !v.is_nan() {
        return domain();
    }
    if r.is_infinite() && v.is_finite() {
        return domain();
    }
    Ok(r)
}

fn ln(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 {
        return if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        };
    }
    x.ln()
}

fn log(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let pos = args.pos();
    if args.has_kwargs() {
        return exc::type_error("log() takes no keyword arguments");
    }
    if pos.is_empty() || pos.len() > 2 {
        return exc::type_error("math.log requires 1 to 2 arguments");
    }
    let num = loghelper(vm, &pos[0], ln)?;
    if pos.len() == 1 {
        return Ok(new_float(num));
    }
    let den = loghelper(vm, &pos[1], ln)?;
    if den == 0.0 {
        return exc::zero_division("float division by zero");
    }
    Ok(new_float(num / den))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let x = arg1(&args, "math.log2")?;
    Ok(new_float(loghelper(vm, x, |v| {
        if v.is_finite() && v <= 0.0 {
            if v == 0.0 {
                f64::NEG_INFINITY
            } else {
                f64::NAN
            }
        } else {
            v.log2()
        }
    })?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let x = arg1(&args, "math.log10")?;
    Ok(new_float(loghelper(vm, x, |v| {
        if v.is_finite() && v <= 0.0 {
            if v == 0.0 {
                f64::NEG_INFINITY
            } else {
                f64::NAN
            }
        } else {
            v.log10()
        }
    })?))
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let seq = arg1(&args, "math.fsum")?;
    let it = ops::get_iter(vm, seq)?;
    let mut vals = Vec::new();
    while let Some(v) = ops::next(vm, &it)? {
        vals.push(to_f64(vm, &v)?);
    }
    match math_fns::fsum(vals) {
        Ok(r) => Ok(new_float(r)),
        Err((kind, msg)) => Err(exc::err(kind, msg)),
    }
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return exc::type_error("hypot() takes no keyword arguments");
    }
    let mut coords = Vec::with_capacity(args.pos().len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for a in args.pos() {
        let x = to_f64(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(new_float(math_fns::vector_norm(&coords, max, found_nan)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "dist", 2, 2, &[])?;
    let as_tuple = |vm: &mut Vm, o: &ObjRef| -> PyResult<Vec<ObjRef>> {
        if o.kind() == Kind::Tuple {
            return Ok(crate::vm::ops::seq_items(o));
        }
        ops::collect(vm, o)
    };
    let p = as_tuple(vm, &pos[0])?;
    let q = as_tuple(vm, &pos[1])?;
    if p.len() != q.len() {
        return exc::value_error("both points must have the same number of dimensions");
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (a, b) in p.iter().zip(&q) {
        let x = (to_f64(vm, a)? - to_f64(vm, b)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(new_float(math_fns::vector_norm(&diffs, max, found_nan)))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (x, y) = floats2(vm, &args, "nextafter")?;
    Ok(new_float(math_fns::nextafter(x, y)))
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let x = to_f64(vm, arg1(&args, "math.ulp")?)?;
    Ok(new_float(math_fns::ulp(x)))
}

// ---------------------------------------------------------------- integers

fn gcd(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return exc::type_error("gcd() takes no keyword arguments");
    }
    let mut res = BigInt::zero();
    for (i, a) in args.pos().iter().enumerate() {
        let x = to_bigint(vm, a)?;
        res = if i == 0 { x.abs() } else { res.gcd(&x) };
    }
    Ok(new_bigint(res))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return exc::type_error("lcm() takes no keyword arguments");
    }
    let mut res = BigInt::one();
    for (i, a) in args.pos().iter().enumerate() {
        let x = to_bigint(vm, a)?;
        res = if i == 0 {
            x.abs()
        } else if res.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            res.lcm(&x)
        };
    }
    Ok(new_bigint(res))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let n = to_bigint(vm, arg1(&args, "math.isqrt")?)?;
    if n.is_negative() {
        return exc::value_error("isqrt() argument must be nonnegative");
    }
    Ok(new_bigint(n.sqrt()))
}

/// The product of the integers in `lo..hi` (by halves, so big products stay balanced).
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    let n = hi - lo;
    if n <= BigInt::from(16) {
        let mut p = BigInt::one();
        let mut i = lo.clone();
        while &i < hi {
            p *= &i;
            i += 1;
        }
        return p;
    }
    let mid: BigInt = lo + (&n >> 1u32);
    range_product(lo, &mid) * range_product(&mid, hi)
}

fn factorial_of(vm: &mut Vm, x: &ObjRef) -> PyResult<ObjRef> {
    let n = to_bigint(vm, x)?;
    if n.is_negative() {
        return exc::value_error("factorial() not defined for negative values");
    }
    if n > BigInt::from(i64::MAX) {
        return exc::overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ));
    }
    Ok(new_bigint(range_product(&BigInt::one(), &(n + 1))))
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let x = arg1(&args, "math.factorial")?;
    factorial_of(vm, x)
}

/// `perm`/`comb` arguments: n and k as non-negative ints.
fn n_k(vm: &mut Vm, n: &ObjRef, k: &ObjRef) -> PyResult<(BigInt, BigInt)> {
    let n = to_bigint(vm, n)?;
    let k = to_bigint(vm, k)?;
    if n.is_negative() {
        return exc::value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return exc::value_error("k must be a non-negative integer");
    }
    Ok((n, k))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "perm", 1, 2, &[])?;
    if pos.len() == 1 || pos[1].is(&crate::vm::rt().none) {
        return factorial_of(vm, &pos[0]);
    }
    let (n, k) = n_k(vm, &pos[0], &pos[1])?;
    if n < k {
        return Ok(new_int(0));
    }
    if k > BigInt::from(i64::MAX) {
        return exc::overflow_error(format!("k must not exceed {}", i64::MAX));
    }
    Ok(new_bigint(range_product(&(&n - &k + 1), &(n + 1))))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "comb", 2, 2, &[])?;
    let (n, k) = n_k(vm, &pos[0], &pos[1])?;
    if n < k {
        return Ok(new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    if k > BigInt::from(i64::MAX) {
        return exc::overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX));
    }
    let num = range_product(&(&n - &k + 1), &(n + 1));
    let den = range_product(&BigInt::one(), &(k + 1));
    Ok(new_bigint(num / den))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    if args.pos().len() != 1 {
        return exc::type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos().len()
        ));
    }
    let (pos, kw) = parse(&args, "prod", 1, 1, &["start"])?;
    let mut result = kw[0].clone().unwrap_or_else(|| new_int(1));
    let it = ops::get_iter(vm, &pos[0])?;
    while let Some(item) = ops::next(vm, &it)? {
        result = ops::binary_op(vm, &result, &item, crate::ast::Operator::Mult, false)?;
    }
    Ok(result)
}

/// Fill the `math` module's namespace.
pub fn init(_vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    support::add_functions(
        ns,
        &[
            ("acos", acos),
            ("acosh", acosh),
            ("asin", asin),
            ("asinh", asinh),
            ("atan", atan),
            ("atan2", atan2),
            ("atanh", atanh),
            ("cbrt", cbrt),
            ("ceil", ceil),
            ("comb", comb),
            ("copysign", copysign),
            ("cos", cos),
            ("cosh", cosh),
            ("degrees", degrees),
            ("dist", dist),
            ("erf", erf),
            ("erfc", erfc),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("fabs", fabs),
            ("factorial", factorial),
            ("floor", floor),
            ("fmod", fmod),
            ("frexp", frexp),
            ("fsum", fsum),
            ("gamma", gamma),
            ("gcd", gcd),
            ("hypot", hypot),
            ("isclose", isclose),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isqrt", isqrt),
            ("lcm", lcm),
            ("ldexp", ldexp),
            ("lgamma", lgamma),
            ("log", log),
            ("log10", log10),
            ("log1p", log1p),
            ("log2", log2),
            ("modf", modf),
            ("nextafter", nextafter),
            ("perm", perm),
            ("pow", pow),
            ("prod", prod),
            ("radians", radians),
            ("remainder", remainder),
            ("sin", sin),
            ("sinh", sinh),
            ("sqrt", sqrt),
            ("tan", tan),
            ("tanh", tanh),
            ("trunc", trunc),
            ("ulp", ulp),
        ],
    );
    use std::f64::consts;
    for (name, v) in [
        ("pi", consts::PI),
        ("e", consts::E),
        ("tau", consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        support::set(ns, name, new_float(v));
    }
    Ok(())
}
