//! `repr(float)`, exactly as CPython 3.11 prints it (`float_repr` → `PyOS_double_to_string(x,
//! 'r', 0, Py_DTSF_ADD_DOT_0)` → `format_float_short` in Python/pystrtod.c).
//!
//! Two steps: find the shortest digit string that reads back as `x`, then lay those digits out
//! the way CPython does. Rust's `{:e}` formatting gives the shortest round-trip digits and the
//! nearest among them, as David Gay's `dtoa` mode 0 (which CPython uses) does; the two differ
//! only on an exact tie between two shortest candidates, which `dtoa` breaks to an even last digit
//! and Rust breaks upwards — [`shortest_digits`] detects and corrects that case. Then
//! the layout rule: with `decpt` the position of the decimal point relative to the
//! first digit (`0.001` has digits `1`, `decpt == -2`), exponent notation is used iff
//! `decpt <= -4 || decpt > 16`; the exponent carries a sign and at least two digits (`1e-05`,
//! `1e+16`). In fixed notation a whole number gets `.0` appended unless the caller asks otherwise
//! (`complex` parts are printed without it: `(1+2j)`). Infinities and NaNs print as `inf`,
//! `-inf`, `nan`; the sign of a NaN is ignored.
//!
//! Where to start reading: [`float_repr`]; [`format_repr`] is the shared worker.

use std::fmt::Write;

/// `repr(x)` for a Python float.
pub fn float_repr(x: f64) -> String {
    let mut out = String::with_capacity(24);
    format_repr(&mut out, x, true, false);
    out
}

/// Appends CPython's `'r'`-format rendering of `x` to `out`.
///
/// `add_dot_0` is `Py_DTSF_ADD_DOT_0` (append `.0` to a whole number printed in fixed notation);
/// `always_sign` is `Py_DTSF_SIGN` (write `+` before non-negative numbers and before `nan`).
pub fn format_repr(out: &mut String, x: f64, add_dot_0: bool, always_sign: bool) {
    if x.is_nan() {
        if always_sign {
            out.push('+');
        }
        out.push_str("nan");
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    } else if always_sign {
        out.push('+');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return;
    }
    let d = shortest_digits(x.abs());
    let digits = &d.buf[..d.len];
    let ndigits = d.len as i32;
    let decpt = d.decpt;

    if decpt <= -4 || decpt > 16 {
        push_digits(out, &digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            push_digits(out, &digits[1..]);
        }
        out.push('e');
        let e = decpt - 1;
        out.push(if e < 0 { '-' } else { '+' });
        let e = e.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        push_u32(out, e);
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        push_digits(out, digits);
    } else if decpt >= ndigits {
        push_digits(out, digits);
        for _ in 0..decpt - ndigits {
            out.push('0');
        }
        if add_dot_0 {
            out.push_str(".0");
        }
    } else {
        let split = decpt as usize;
        push_digits(out, &digits[..split]);
        out.push('.');
        push_digits(out, &digits[split..]);
    }
}

/// The shortest digits that read back as a value: `0.d1d2...dn × 10^decpt`, no trailing zeros
/// (zero is the single digit `0` with `decpt == 1`).
struct Digits {
    /// ASCII digits; a double never needs more than 17.
    buf: [u8; 24],
    len: usize,
    decpt: i32,
}

/// Shortest round-trip digits of `a` (finite, not negative), choosing among equally short and
/// equally near candidates the one with an even last digit, as `dtoa` does.
///
/// Rust's `{:e}` gives the shortest digits and the nearest among them, but breaks an exact tie
/// (the value lies exactly halfway between two shortest candidates) by rounding up, where `dtoa`
/// rounds half to even: 1113178120592002.25 prints as `...002.2` in CPython, not `...002.3`. A tie
/// is possible only when the exact decimal expansion of `a` ends one place after the last digit
/// produced. `a = m × 2^e2` with `m` odd and `e2 < 0` has an exact expansion whose last digit, a
/// 5, sits at the `10^e2` place; so that is what is checked, and only then is the other candidate
/// computed (from the exact expansion) and preferred if its last digit is even and it reads back
/// as `a`.
fn shortest_digits(a: f64) -> Digits {
    let mut d = Digits {
        buf: [0; 24],
        len: 0,
        decpt: 0,
    };
    let mut sci = StackStr::default();
    write!(sci, "{a:e}").expect("a float's digits fit in the stack buffer");
    let exp10 = parse_sci(sci.as_str(), &mut d);
    d.decpt = exp10 + 1;
    if a == 0.0 {
        return d;
    }

    // `a = m × 2^e2`, `m` odd.
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e2) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros();
    m >>= tz;
    e2 += tz as i32;
    debug_assert!(m & 1 == 1);
    // The last digit produced sits at the 10^(exp10 - len + 1) place.
    if e2 >= 0 || exp10 - d.len as i32 != e2 {
        return d;
    }

    // An exact tie. The exact expansion has len + 1 significant digits, the last being 5.
    let n = d.len;
    let mut exact = StackStr::default();
    write!(exact, "{a:.n$e}").expect("a float's digits fit in the stack buffer");
    let mut lo = Digits {
        buf: [0; 24],
        len: 0,
        decpt: 0,
    };
    let lo_exp10 = parse_sci(exact.as_str(), &mut lo);
    if lo_exp10 != exp10 || lo.len != n + 1 || lo.buf[n] != b'5' {
        return d; // not a tie after all (cannot happen; stay with Rust's answer)
    }
    lo.len = n;
    lo.decpt = d.decpt;
    // `hi` is `lo` plus one unit in the last place.
    let mut hi = Digits {
        buf: lo.buf,
        len: n,
        decpt: lo.decpt,
    };
    let mut i = n;
    loop {
        if i == 0 {
            // 99..9 + 1: becomes 1 followed by zeros, one place higher.
            hi.buf[0] = b'1';
            hi.len = 1;
            hi.decpt += 1;
            break;
        }
        i -= 1;
        if hi.buf[i] == b'9' {
            hi.buf[i] = b'0';
        } else {
            hi.buf[i] += 1;
            break;
        }
    }
    while hi.len > 1 && hi.buf[hi.len - 1] == b'0' {
        hi.len -= 1;
    }
    let even = if (lo.buf[n - 1] - b'0') & 1 == 0 {
        lo
    } else {
        hi
    };
    if reads_back_as(&even, a) {
        even
    } else {
        d
    }
}

/// Parses Rust's `{:e}` output (`d[.ddd]e<exp>`) into `d.buf`/`d.len`; returns the exponent.
fn parse_sci(s: &str, d: &mut Digits) -> i32 {
    let (mantissa, exp) = s.split_once('e').expect("`{:e}` always writes an exponent");
    for &b in mantissa.as_bytes() {
        if b != b'.' {
            d.buf[d.len] = b;
            d.len += 1;
        }
    }
    exp.parse().expect("`{:e}` writes a decimal exponent")
}

fn reads_back_as(d: &Digits, a: f64) -> bool {
    let mut s = StackStr::default();
    for &b in &d.buf[..d.len] {
        s.push(b);
    }
    write!(s, "e{}", d.decpt - d.len as i32).expect("fits");
    s.as_str().parse::<f64>() == Ok(a)
}

/// A fixed-size string buffer on the stack, so that finding the digits allocates nothing.
struct StackStr {
    buf: [u8; 48],
    len: usize,
}

impl Default for StackStr {
    fn default() -> StackStr {
        StackStr {
            buf: [0; 48],
            len: 0,
        }
    }
}

impl StackStr {
    fn push(&mut self, b: u8) {
        self.buf[self.len] = b;
        self.len += 1;
    }
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).expect("only ASCII is written")
    }
}

impl Write for StackStr {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        if end > self.buf.len() {
            return Err(std::fmt::Error);
        }
        self.buf[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

fn push_digits(out: &mut String, digits: &[u8]) {
    out.push_str(std::str::from_utf8(digits).expect("ASCII digits"));
}

fn push_u32(out: &mut String, mut n: u32) {
    let mut buf = [0u8; 10];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    push_digits(out, &buf[i..]);
}

/// The payload of a `float` object.
pub struct FloatData(pub f64);

impl crate::heap::PayloadOps for FloatData {}

#[cfg(test)]
mod tests {
    use super::float_repr;

    /// Expected strings are CPython 3.11.7's `repr()` of the same values.
    #[test]
    fn matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.0, "-1.0"),
            (0.1, "0.1"),
            (0.2, "0.2"),
            (0.3, "0.3"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            (100.0, "100.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e17, "1e+17"),
            (1e-5, "1e-05"),
            (1e-4, "0.0001"),
            (0.0001234, "0.0001234"),
            (0.001, "0.001"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (12345678901234567.0, "1.2345678901234568e+16"),
            (1234567890123456.7, "1234567890123456.8"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (f64::MAX, "1.7976931348623157e+308"),
            (1.5e300, "1.5e+300"),
            (1e21, "1e+21"),
            (1e22, "1e+22"),
            (1e23, "1e+23"),
            (1e100, "1e+100"),
            (-1e-100, "-1e-100"),
            (123e-20, "1.23e-18"),
            (1e-7, "1e-07"),
            (9.999999999999999e-5, "9.999999999999999e-05"),
            (123.456, "123.456"),
            (std::f64::consts::PI, "3.141592653589793"),
            (2.5, "2.5"),
            (0.5, "0.5"),
            (4.35, "4.35"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            // Exact ties between two shortest candidates: CPython takes the even last digit.
            (-(1113178120592002.0 + 0.25), "-1113178120592002.2"),
            (1113178120592002.0 + 0.75, "1113178120592002.8"),
            (26.572769165039062, "26.572769165039062"),
            (644664955.0 + 0.56640625, "644664955.5664062"),
            (2.9802322387695312e-8, "2.9802322387695312e-08"), // 2**-25
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {x:e}");
        }
    }
}
