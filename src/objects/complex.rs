//! `repr(complex)`, exactly as CPython 3.11 prints it (`complex_repr` in
//! Objects/complexobject.c).
//!
//! Each part is printed with `repr`'s digits and layout (see [`crate::objects::float`]) but
//! without the `.0` that `repr(float)` adds to whole numbers. When the real part is `+0.0` only
//! the imaginary part is printed, with no parentheses (`2j`, `-1j`, `1e+16j`, `nanj`); otherwise
//! both parts, the imaginary one always signed, in parentheses (`(1+2j)`, `(-0+1j)`,
//! `(nan+1j)`, `(1-infj)`). A NaN's sign is never shown.

use crate::objects::float::format_repr;

/// `repr(complex(re, im))`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let mut out = String::with_capacity(32);
    push_complex_repr(&mut out, re, im);
    out
}

/// Appends `repr(complex(re, im))` to `out`.
pub fn push_complex_repr(out: &mut String, re: f64, im: f64) {
    if re == 0.0 && re.is_sign_positive() {
        format_repr(out, im, false, false);
        out.push('j');
    } else {
        out.push('(');
        format_repr(out, re, false, false);
        format_repr(out, im, false, true);
        out.push_str("j)");
    }
}

/// The payload of a `complex` object.
pub struct ComplexData {
    pub re: f64,
    pub im: f64,
}

impl crate::heap::PayloadOps for ComplexData {}

#[cfg(test)]
mod tests {
    use super::complex_repr;

    /// Expected strings are CPython 3.11.7's `repr(complex(re, im))`.
    #[test]
    fn matches_cpython() {
        let inf = f64::INFINITY;
        let nan = f64::NAN;
        let cases: &[(f64, f64, &str)] = &[
            (0.0, 2.0, "2j"),
            (0.0, 1.5, "1.5j"),
            (0.0, 1e100, "1e+100j"),
            (0.0, 1e16, "1e+16j"),
            (0.0, 1e15, "1000000000000000j"),
            (0.0, inf, "infj"),
            (0.0, nan, "nanj"),
            (0.0, 0.0, "0j"),
            (0.0, -0.0, "-0j"),
            (0.0, -1.0, "-1j"),
            (0.0, 0.1, "0.1j"),
            (0.0, 5e-324, "5e-324j"),
            (-0.0, 0.0, "(-0+0j)"),
            (-0.0, 1.0, "(-0+1j)"),
            (1.0, 2.0, "(1+2j)"),
            (1.0, -2.0, "(1-2j)"),
            (1.5, -0.0, "(1.5-0j)"),
            (1.0, nan, "(1+nanj)"),
            (1.0, -nan, "(1+nanj)"),
            (1.0, -inf, "(1-infj)"),
            (nan, 1.0, "(nan+1j)"),
            (inf, 0.0, "(inf+0j)"),
            (1e16, 1e-5, "(1e+16+1e-05j)"),
            (-1.0, -0.0, "(-1-0j)"),
            (0.0, 2.9802322387695312e-8, "2.9802322387695312e-08j"),
        ];
        for &(re, im, want) in cases {
            assert_eq!(complex_repr(re, im), want, "repr of complex({re}, {im})");
        }
    }
}
