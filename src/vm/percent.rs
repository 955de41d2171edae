//! printf-style `%` formatting of str and bytes (`'%5.2f' % x`, `b'%s-%d' % (b'x', 5)`), as
//! CPython's `PyUnicode_Format` and `_PyBytes_FormatEx`: the argument cursor (a tuple's items,
//! or one object; a mapping for `%(key)s`), `*` width and precision, the flags `-+ #0`, and
//! the padding rules of `unicode_format_arg_output` (zero fill after the sign and `0x` prefix).

use super::attr::lookup_type_str;
use super::format::{format_float, Spec};
use super::{call, convert, exc, new_string, ops, str_of, type_name, Args, PyResult, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::float::FloatData;
use crate::objects::int::IntData;
use crate::objects::tuple::TupleData;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed};

#[derive(Default, Clone, Copy)]
struct Flags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

/// The argument cursor of CPython's formatter.
struct Cursor {
    args: ObjRef,
    arglen: i64,
    argidx: i64,
}

impl Cursor {
    fn next(&mut self) -> PyResult<ObjRef> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            return Ok(self.args.payload::<TupleData>().items[i as usize].clone());
        }
        exc::type_error("not enough arguments for format string")
    }
}

/// `fmt % args` for str.
pub fn format_str(vm: &mut Vm, fmt: &ObjRef, args: &ObjRef) -> PyResult<ObjRef> {
    let f: Vec<char> = str_of(fmt).chars().collect();
    let out = run(vm, &f, args, false)?;
    Ok(new_string(out.into_iter().collect()))
}

/// `fmt % args` for bytes and bytearray (the result has the format's type).
pub fn format_bytes(vm: &mut Vm, fmt: &ObjRef, args: &ObjRef) -> PyResult<ObjRef> {
    let b = ops::bytes_of(fmt).unwrap_or_default();
    let f: Vec<char> = b.iter().map(|&c| c as char).collect();
    let out = run(vm, &f, args, true)?;
    let v: Vec<u8> = out.into_iter().map(|c| c as u32 as u8).collect();
    Ok(if fmt.kind() == Kind::ByteArray {
        super::builtins_bytes::new_bytearray(v)
    } else {
        super::new_bytes(&v)
    })
}

fn is_mapping(args: &ObjRef, bytes: bool) -> bool {
    match args.kind() {
        Kind::Tuple | Kind::Str => false,
        Kind::Bytes => !bytes,
        Kind::Dict | Kind::List | Kind::ByteArray | Kind::Range => true,
        _ => lookup_type_str(&args.type_of(), "__getitem__").is_some(),
    }
}

fn star_arg(cur: &mut Cursor) -> PyResult<i64> {
    let v = cur.next()?;
    match v.downcast::<IntData>() {
        Some(i) => match i.as_i64() {
            Some(n) if n.unsigned_abs() <= i32::MAX as u64 => Ok(n),
            _ => exc::overflow_error("Python int too large to convert to C int"),
        },
        None => exc::type_error("* wants int"),
    }
}

fn run(vm: &mut Vm, f: &[char], args: &ObjRef, bytes: bool) -> PyResult<Vec<char>> {
    let is_tuple = args.kind() == Kind::Tuple;
    let dict = (!is_tuple && is_mapping(args, bytes)).then(|| args.clone());
    let mut cur = if is_tuple {
        Cursor {
            args: args.clone(),
            arglen: args.payload::<TupleData>().items.len() as i64,
            argidx: 0,
        }
    } else {
        Cursor {
            args: args.clone(),
            arglen: -1,
            argidx: -2,
        }
    };
    let mut out: Vec<char> = Vec::with_capacity(f.len() + 16);
    let mut i = 0;
    let n = f.len();
    while i < n {
        if f[i] != '%' {
            out.push(f[i]);
            i += 1;
            continue;
        }
        i += 1;
        // %(key)
        if i < n && f[i] == '(' {
            let Some(d) = &dict else {
                return exc::type_error("format requires a mapping");
            };
            i += 1;
            let start = i;
            let mut depth = 1;
            while i < n {
                if f[i] == ')' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                } else if f[i] == '(' {
                    depth += 1;
                }
                i += 1;
            }
            if i >= n {
                return exc::value_error("incomplete format key");
            }
            let key: String = f[start..i].iter().collect();
            i += 1;
            let key = if bytes {
                super::new_bytes(&key.chars().map(|c| c as u32 as u8).collect::<Vec<_>>())
            } else {
                new_string(key)
            };
            cur.args = ops::getitem(vm, d, &key)?;
            cur.arglen = -1;
            cur.argidx = -2;
        }
        let mut fl = Flags::default();
        while i < n {
            match f[i] {
                '-' => fl.ljust = true,
                '+' => fl.sign = true,
                ' ' => fl.blank = true,
                '#' => fl.alt = true,
                '0' => fl.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: i64 = -1;
        if i < n && f[i] == '*' {
            width = star_arg(&mut cur)?;
            if width < 0 {
                fl.ljust = true;
                width = -width;
            }
            i += 1;
        } else {
            while i < n && f[i].is_ascii_digit() {
                width = width.max(0) * 10 + (f[i] as i64 - '0' as i64);
                if width > i32::MAX as i64 {
                    return exc::value_error("width too big");
                }
                i += 1;
            }
        }
        let mut prec: i64 = -1;
        if i < n && f[i] == '.' {
            i += 1;
            prec = 0;
            if i < n && f[i] == '*' {
                prec = star_arg(&mut cur)?.max(0);
                i += 1;
            } else {
                while i < n && f[i].is_ascii_digit() {
                    prec = prec * 10 + (f[i] as i64 - '0' as i64);
                    if prec > i32::MAX as i64 {
                        return exc::value_error("precision too big");
                    }
                    i += 1;
                }
            }
        }
        if i >= n {
            return exc::value_error("incomplete format");
        }
        while bytes && i < n && matches!(f[i], 'h' | 'l' | 'L') {
            i += 1;
            if i >= n {
                return exc::value_error("incomplete format");
            }
        }
        let ch = f[i];
        let at = i;
        i += 1;
        if ch == '%' {
            out.push('%');
            continue;
        }
        let v = cur.next()?;
        let (body, numeric): (Vec<char>, bool) = match ch {
            's' | 'r' | 'a' if !bytes => {
                let s = match ch {
                    's' => convert::str_string(vm, &v)?,
                    'r' => convert::repr_string(vm, &v)?,
                    _ => str_of(&convert::ascii(vm, &v)?).to_string(),
                };
                let mut c: Vec<char> = s.chars().collect();
                if prec >= 0 {
                    c.truncate(prec as usize);
                }
                (c, false)
            }
            's' | 'b' => {
                let mut c: Vec<char> = bytes_arg(vm, &v)?.into_iter().map(|b| b as char).collect();
                if prec >= 0 {
                    c.truncate(prec as usize);
                }
                (c, false)
            }
            'r' | 'a' => {
                let s = str_of(&convert::ascii(vm, &v)?).to_string();
                let mut c: Vec<char> = s.chars().collect();
                if prec >= 0 {
                    c.truncate(prec as usize);
                }
                (c, false)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (int_body(vm, &v, ch, fl, prec)?, true),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = real_of(vm, &v)?;
                let spec = Spec {
                    ty: Some(ch),
                    precision: Some(if prec < 0 { 6 } else { prec as usize }),
                    alt: fl.alt,
                    ..Spec::default()
                };
                (format_float(x, &spec, &v)?.chars().collect(), true)
            }
            'c' => (vec![char_arg(vm, &v, bytes)?], false),
            other => {
                let shown = if (other as u32) < 0x7f && other as u32 >= 0x20 {
                    other
                } else {
                    '?'
                };
                return exc::value_error(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {at}",
                    other as u32
                ));
            }
        };
        output(&mut out, &body, numeric, fl, width.max(0) as usize, ch);
    }
    if cur.argidx < cur.arglen && dict.is_none() {
        return exc::type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        });
    }
    Ok(out)
}

/// The bytes of a `%s`/`%b` argument of bytes formatting.
fn bytes_arg(vm: &mut Vm, v: &ObjRef) -> PyResult<Vec<u8>> {
    if let Some(b) = ops::bytes_of(v) {
        return Ok(b);
    }
    if let Some(f) = lookup_type_str(&v.type_of(), "__bytes__") {
        let r = call::call(vm, &f, Args::new(std::slice::from_ref(v)))?;
        if r.kind() == Kind::Bytes {
            return Ok(ops::bytes_of(&r).unwrap_or_default());
        }
        return exc::type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            type_name(&r)
        ));
    }
    exc::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        type_name(v)
    ))
}

fn char_arg(vm: &mut Vm, v: &ObjRef, bytes: bool) -> PyResult<char> {
    if bytes {
        if let Some(b) = ops::bytes_of(v) {
            if b.len() == 1 {
                return Ok(b[0] as char);
            }
        } else if let Some(i) = super::builtins_seq::index_of(vm, v)? {
            if (0..256).contains(&i) {
                return Ok(i as u8 as char);
            }
            return exc::overflow_error("%c arg not in range(256)");
        }
        return exc::type_error("%c requires an integer in range(256) or a single byte");
    }
    if v.kind() == Kind::Str {
        let s = str_of(v);
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
        return exc::type_error("%c requires int or char");
    }
    if v.kind() == Kind::Int || lookup_type_str(&v.type_of(), "__index__").is_some() {
        if let Some(i) = super::builtins_seq::index_of(vm, v)? {
            if let Some(c) = u32::try_from(i).ok().and_then(char::from_u32) {
                return Ok(c);
            }
        }
        return exc::overflow_error("%c arg not in range(0x110000)");
    }
    exc::type_error("%c requires int or char")
}

/// A float for `%e %f %g` (`PyFloat_AsDouble`).
fn real_of(vm: &mut Vm, v: &ObjRef) -> PyResult<f64> {
    match v.kind() {
        Kind::Float => return Ok(v.payload::<FloatData>().0),
        Kind::Int => {
            let i = v.payload::<IntData>();
            let f = ops::int_to_f64(i);
            if f.is_infinite() {
                return exc::overflow_error("int too large to convert to float");
            }
            return Ok(f);
        }
        _ => {}
    }
    let ty = v.type_of();
    for name in ["__float__", "__index__"] {
        if let Some(f) = lookup_type_str(&ty, name) {
            let r = call::call(vm, &f, Args::new(std::slice::from_ref(v)))?;
            if let Some(x) = ops::as_f64(&r) {
                return Ok(x);
            }
        }
    }
    exc::type_error(format!("must be real number, not {}", type_name(v)))
}

/// The digits of `%d %x %o` with sign, `0x` prefix and precision (`formatlong`).
fn int_body(vm: &mut Vm, v: &ObjRef, ch: char, fl: Flags, prec: i64) -> PyResult<Vec<char>> {
    let ty = v.type_of();
    let is_number = matches!(v.kind(), Kind::Int | Kind::Float | Kind::Complex)
        || ["__index__", "__int__", "__float__"]
            .iter()
            .any(|n| lookup_type_str(&ty, n).is_some());
    let wrong = || {
        exc::type_error(format!(
            "%{ch} format: {} is required, not {}",
            if matches!(ch, 'o' | 'x' | 'X') {
                "an integer"
            } else {
                "a real number"
            },
            type_name(v)
        ))
    };
    if !is_number {
        return wrong();
    }
    let n: BigInt = match v.downcast::<IntData>() {
        Some(i) => i.to_big(),
        None if matches!(ch, 'o' | 'x' | 'X') => match lookup_type_str(&ty, "__index__") {
            Some(f) => {
                let r = call::call(vm, &f, Args::new(std::slice::from_ref(v)))?;
                match r.downcast::<IntData>() {
                    Some(i) => i.to_big(),
                    None => return wrong(),
                }
            }
            None => return wrong(),
        },
        None => match v.downcast::<FloatData>() {
            Some(f) => {
                let x = f.0;
                if x.is_nan() {
                    return exc::value_error("cannot convert float NaN to integer");
                }
                if x.is_infinite() {
                    return exc::overflow_error("cannot convert float infinity to integer");
                }
                BigInt::from_f64(x.trunc()).unwrap_or_default()
            }
            None => {
                let f =
                    lookup_type_str(&ty, "__int__").or_else(|| lookup_type_str(&ty, "__index__"));
                match f {
                    Some(f) => {
                        let r = call::call(vm, &f, Args::new(std::slice::from_ref(v)))?;
                        match r.downcast::<IntData>() {
                            Some(i) => i.to_big(),
                            None => {
                                return exc::type_error(format!(
                                    "__int__ returned non-int (type {})",
                                    type_name(&r)
                                ))
                            }
                        }
                    }
                    None => {
                        return exc::type_error(format!(
                            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                            type_name(v)
                        ))
                    }
                }
            }
        },
    };
    let mut digits = match ch {
        'x' => n.abs().to_str_radix(16),
        'X' => n.abs().to_str_radix(16).to_uppercase(),
        'o' => n.abs().to_str_radix(8),
        _ => n.abs().to_str_radix(10),
    };
    if prec >= 0 && digits.len() < prec as usize {
        digits = format!("{}{digits}", "0".repeat(prec as usize - digits.len()));
    }
    let mut s = String::new();
    if n.is_negative() {
        s.push('-');
    }
    if fl.alt {
        match ch {
            'x' => s.push_str("0x"),
            'X' => s.push_str("0X"),
            'o' => s.push_str("0o"),
            _ => {}
        }
    }
    s.push_str(&digits);
    Ok(s.chars().collect())
}

/// Pad one converted field as `unicode_format_arg_output` does.
fn output(out: &mut Vec<char>, body: &[char], numeric: bool, fl: Flags, width: usize, ch: char) {
    let fill = if numeric && fl.zero && !fl.ljust {
        '0'
    } else {
        ' '
    };
    let mut p = 0;
    let mut len = body.len();
    let mut sign: Option<char> = None;
    if numeric {
        match body.first() {
            Some(&c) if c == '-' || c == '+' || c == ' ' => {
                sign = Some(c);
                len -= 1;
                p = 1;
            }
            _ if fl.sign => sign = Some('+'),
            _ if fl.blank => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = width.max(len);
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefix = numeric && fl.alt && matches!(ch, 'x' | 'X' | 'o');
    if prefix {
        if fill != ' ' {
            out.extend_from_slice(&body[p..p + 2]);
            p += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !fl.ljust {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if prefix {
            out.extend_from_slice(&body[p..p + 2]);
            p += 2;
        }
    }
    out.extend_from_slice(&body[p..p + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
}
