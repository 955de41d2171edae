//! Text formatting: the format-spec mini-language (`format(x, ">10.3f")`, f-strings,
//! `str.format`) for int, float and str, and printf-style `%` formatting.

use super::{convert, exc, new_string, type_name, PyResult, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::float::float_repr;
use crate::objects::int::IntData;
use crate::objects::str::StrData;
use num_bigint::BigInt;
use num_traits::Signed;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(spec: &str) -> PyResult<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    if c.len() >= 2 && is_align(c[1]) {
        s.fill = Some(c[0]);
        s.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        s.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        s.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = c[start..i].iter().collect::<String>().parse().ok();
    }
    if i < c.len() && matches!(c[i], ',' | '_') {
        s.grouping = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let start = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return exc::value_error("Format specifier missing precision");
        }
        s.precision = c[start..i].iter().collect::<String>().parse().ok();
    }
    if i < c.len() {
        s.ty = Some(c[i]);
        i += 1;
    }
    if i < c.len() {
        return exc::value_error("Invalid format specifier");
    }
    Ok(s)
}

/// Pad `body` (sign and prefix separate, for `=` alignment) to the spec's width.
fn pad(spec: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() {
        '0'
    } else {
        ' '
    });
    let align = spec.align.unwrap_or(if spec.zero && spec.fill.is_none() {
        '='
    } else {
        default_align
    });
    let len = sign.chars().count() + body.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return format!("{sign}{body}");
    }
    let n = width - len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// `format(obj, spec)` for built-in types.
pub fn format_builtin(vm: &mut Vm, obj: &ObjRef, spec_s: &str) -> PyResult<ObjRef> {
    let spec = parse_spec(spec_s)?;
    if let Some(sep) = spec.grouping {
        let ty = spec.ty.unwrap_or(match obj.kind() {
            Kind::Int | Kind::Float | Kind::Complex => 'd',
            _ => 's',
        });
        let ok = match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => true,
            'b' | 'o' | 'x' | 'X' => sep == '_',
            _ => false,
        };
        if !ok {
            return exc::value_error(format!("Cannot specify '{sep}' with '{ty}'."));
        }
    }
    match obj.kind() {
        Kind::Int if !matches!(spec.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => {
            let v = obj.payload::<IntData>().to_big();
            format_int(&v, &spec, obj).map(new_string)
        }
        Kind::Int | Kind::Float => {
            let f = super::ops::as_f64(obj).unwrap_or(0.0);
            format_float(f, &spec, obj).map(new_string)
        }
        Kind::Str => {
            if let Some(t) = spec.ty {
                if t != 's' {
                    return exc::value_error(format!(
                        "Unknown format code '{t}' for object of type 'str'"
                    ));
                }
            }
            if spec.sign.is_some() {
                return exc::value_error("Sign not allowed in string format specifier");
            }
            let s = &obj.payload::<StrData>().s;
            let s: String = match spec.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s.to_string(),
            };
            Ok(new_string(pad(&spec, "", &s, '<')))
        }
        _ => {
            let s = convert::str_string(vm, obj)?;
            if !spec_s.is_empty() && obj.kind() != Kind::Complex {
                return exc::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    type_name(obj)
                ));
            }
            Ok(new_string(pad(&spec, "", &s, '<')))
        }
    }
}

fn format_int(v: &BigInt, spec: &Spec, obj: &ObjRef) -> PyResult<String> {
    if spec.precision.is_some() {
        return exc::value_error("Precision not allowed in integer format specifier");
    }
    let neg = v.is_negative();
    let a = v.abs();
    let (digits, prefix) = match spec.ty {
        None | Some('d') | Some('n') => match crate::objects::int::to_decimal_limited(&a) {
            Some(d) => (d, ""),
            None => return super::convert::int_str_limit_error(),
        },
        Some('x') => (a.to_str_radix(16), "0x"),
        Some('X') => (a.to_str_radix(16).to_uppercase(), "0X"),
        Some('o') => (a.to_str_radix(8), "0o"),
        Some('b') => (a.to_str_radix(2), "0b"),
        Some('c') => {
            let c = num_traits::ToPrimitive::to_u32(v)
                .and_then(char::from_u32)
                .unwrap_or('\0');
            return Ok(pad(spec, "", &c.to_string(), '<'));
        }
        Some(t) => {
            return exc::value_error(format!(
                "Unknown format code '{t}' for object of type '{}'",
                type_name(obj)
            ))
        }
    };
    let digits = match spec.grouping {
        Some(sep) => group(
            &digits,
            sep,
            if matches!(spec.ty, Some('x' | 'X' | 'o' | 'b')) {
                4
            } else {
                3
            },
        ),
        None => digits,
    };
    let sign = if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let sign = format!("{sign}{}", if spec.alt { prefix } else { "" });
    Ok(pad(spec, &sign, &digits, '>'))
}

/// `format(f, spec)` for floats (`e`, `f`, `g`, `%`, `n`, or none).
pub fn format_float(f: f64, spec: &Spec, obj: &ObjRef) -> PyResult<String> {
    // `-0.0` keeps its sign, as in CPython; a NaN is shown without one.
    let neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let pct = if spec.ty == Some('%') { "%" } else { "" };
    let body = if a.is_nan() {
        format!("nan{pct}")
    } else if a.is_infinite() {
        format!("inf{pct}")
    } else {
        match spec.ty {
            Some('f') | Some('F') => {
                let p = spec.precision.unwrap_or(6);
                let dot = if spec.alt && p == 0 { "." } else { "" };
                format!("{:.*}{dot}", p, a)
            }
            Some('e') | Some('E') => {
                let p = spec.precision.unwrap_or(6);
                let m = exp_format(a, p, spec.ty == Some('E'));
                match (spec.alt && p == 0, m.split_once('e')) {
                    (true, Some((mant, e))) => format!("{mant}.e{e}"),
                    _ => m,
                }
            }
            Some('%') => {
                let p = spec.precision.unwrap_or(6);
                let dot = if spec.alt && p == 0 { "." } else { "" };
                format!("{:.*}{dot}%", p, a * 100.0)
            }
            Some('g') | Some('G') | Some('n') => general(a, spec.precision.unwrap_or(6), spec.alt),
            None => match spec.precision {
                Some(p) => {
                    let g = general(a, p, spec.alt);
                    if g.contains(['.', 'e', 'n', 'i']) {
                        g
                    } else {
                        format!("{g}.0")
                    }
                }
                None => float_repr(a),
            },
            Some(t) => {
                return exc::value_error(format!(
                    "Unknown format code '{t}' for object of type '{}'",
                    type_name(obj)
                ))
            }
        }
    };
    let body = if matches!(spec.ty, Some('F' | 'E' | 'G')) {
        body.to_uppercase()
    } else {
        body
    };
    let body = match spec.grouping {
        Some(sep) => {
            let (int_part, rest) = match body.find(['.', 'e', '%']) {
                Some(i) => body.split_at(i),
                None => (body.as_str(), ""),
            };
            format!("{}{}", group(int_part, sep, 3), rest)
        }
        None => body,
    };
    let sign = if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    Ok(pad(spec, sign, &body, '>'))
}

/// `%e` style with at least two exponent digits.
fn exp_format(a: f64, prec: usize, _upper: bool) -> String {
    let s = format!("{:.*e}", prec, a);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    format!("{mant}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g` style.
fn general(a: f64, prec: usize, alt: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if a == 0.0 {
        return if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".into()
        };
    }
    let exp = a.abs().log10().floor() as i32;
    // Use the exponent after rounding to p significant digits.
    let s = format!("{:.*e}", p - 1, a);
    let exp2: i32 = s
        .split_once('e')
        .map(|(_, e)| e.parse().unwrap_or(exp))
        .unwrap_or(exp);
    if exp2 < -4 || exp2 >= p as i32 {
        let mut m = exp_format(a, p - 1, false);
        if !alt {
            if let Some((mant, e)) = m.clone().split_once('e') {
                let mant = if mant.contains('.') {
                    mant.trim_end_matches('0').trim_end_matches('.')
                } else {
                    mant
                };
                m = format!("{mant}e{e}");
            }
        }
        m
    } else {
        let decimals = (p as i32 - 1 - exp2).max(0) as usize;
        let s = format!("{:.*}", decimals, a);
        if alt || !s.contains('.') {
            s
        } else {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    }
}

/// `fmt % args` for str (see `percent`).
pub fn percent_format(vm: &mut Vm, fmt: &ObjRef, args: &ObjRef) -> PyResult<ObjRef> {
    super::percent::format_str(vm, fmt, args)
}

/// `fmt % args` for bytes and bytearray (see `percent`).
pub fn bytes_percent_format(vm: &mut Vm, fmt: &ObjRef, args: &ObjRef) -> PyResult<ObjRef> {
    super::percent::format_bytes(vm, fmt, args)
}
