//! Methods of `bytes` and `bytearray` (shared: searching, splitting, case, stripping, `hex`,
//! `decode`, `fromhex`) and `bytearray`'s mutators (`append`, `extend`, `pop`, `insert`,
//! `remove`, `reverse`, `copy`, `clear`). A shared method returns the receiver's own type.

use super::methods::{add_method, base_of};
use super::methods_codecs as codecs;
use super::{exc, intern, new_bool, new_bytes, new_int, new_list, new_str, new_string, new_tuple};
use super::{none, ops, rt, str_of, type_name, Args, PyResult, Vm};
use crate::builtins::ArgSpec;
use crate::heap::{Kind, ObjRef};
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::function::BuiltinFn;
use crate::objects::int::IntData;
use crate::objects::typeobj::TypeData;
use std::cell::RefCell;

/// The bytes of a `bytes` or `bytearray` value (or of a subclass instance of one).
pub fn bytes_like(o: &ObjRef) -> Option<Vec<u8>> {
    let b = base_of(o);
    match b.kind() {
        Kind::Bytes => Some(b.payload::<BytesData>().b.to_vec()),
        Kind::ByteArray => Some(b.payload::<ByteArrayData>().b.borrow().clone()),
        _ => None,
    }
}

/// The receiver: its bytes, and whether it is a bytearray.
fn recv(args: &Args, name: &str) -> PyResult<(Vec<u8>, bool)> {
    let Some(s) = args.args.first() else {
        return exc::type_error(format!("unbound method bytes.{name}() needs an argument"));
    };
    let b = base_of(s);
    match b.kind() {
        Kind::Bytes => Ok((b.payload::<BytesData>().b.to_vec(), false)),
        Kind::ByteArray => Ok((b.payload::<ByteArrayData>().b.borrow().clone(), true)),
        _ => exc::type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            type_name(s)
        )),
    }
}

fn make(v: Vec<u8>, ba: bool) -> ObjRef {
    if ba {
        super::builtins_bytes::new_bytearray(v)
    } else {
        new_bytes(&v)
    }
}

fn buf_arg(o: &ObjRef) -> PyResult<Vec<u8>> {
    bytes_like(o).map_or_else(
        || {
            exc::type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(o)
            ))
        },
        Ok,
    )
}

fn spec<'a>(args: &Args<'a>, name: &'a str, min: usize, max: usize) -> PyResult<&'a [ObjRef]> {
    Ok(ArgSpec {
        name,
        min,
        max,
        kw: &[],
    }
    .parse(&args.rest())?
    .0)
}

fn int_arg(o: &ObjRef) -> PyResult<i64> {
    match o.downcast::<IntData>() {
        Some(i) => i.as_i64().map_or_else(
            || exc::overflow_error("Python int too large to convert to C ssize_t"),
            Ok,
        ),
        None => exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(o)
        )),
    }
}

/// CPython's `ADJUST_INDICES`: optional `start`/`end` arguments (ints or None) clamped to
/// `0..=len`.
pub fn bounds(
    start: Option<&ObjRef>,
    end: Option<&ObjRef>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let get = |o: Option<&ObjRef>, dflt: i64| -> PyResult<i64> {
        match o {
            None => Ok(dflt),
            Some(o) if o.is(&rt().none) => Ok(dflt),
            Some(o) => match o.downcast::<IntData>() {
                Some(i) => {
                    Ok(i.as_i64()
                        .unwrap_or(if i.to_big().sign() == num_bigint::Sign::Minus {
                            i64::MIN / 2
                        } else {
                            i64::MAX / 2
                        }))
                }
                None => exc::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ),
            },
        }
    };
    let fix = |i: i64| -> i64 {
        if i < 0 {
            (i + n).max(0)
        } else {
            i.min(n)
        }
    };
    let s = fix(get(start, 0)?);
    let e = fix(get(end, n)?);
    Ok((s as usize, e as usize))
}

fn find_sub(h: &[u8], needle: &[u8], right: bool) -> Option<usize> {
    if needle.len() > h.len() {
        return None;
    }
    let mut it = (0..=h.len() - needle.len()).filter(|&i| &h[i..i + needle.len()] == needle);
    if right {
        it.next_back()
    } else {
        it.next()
    }
}

/// The needle of find/count/index: bytes-like or an int in range(256).
fn needle(o: &ObjRef) -> PyResult<Vec<u8>> {
    if let Some(v) = bytes_like(o) {
        return Ok(v);
    }
    if o.kind() == Kind::Int {
        let i = int_arg(o)?;
        if !(0..256).contains(&i) {
            return exc::value_error("byte must be in range(0, 256)");
        }
        return Ok(vec![i as u8]);
    }
    exc::type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        type_name(o)
    ))
}

fn find_impl(args: Args, name: &str, right: bool, raise: bool) -> PyResult<ObjRef> {
    let (b, _) = recv(&args, name)?;
    let pos = spec(&args, name, 1, 3)?;
    let sub = needle(&pos[0])?;
    let (s, e) = bounds(pos.get(1), pos.get(2), b.len())?;
    let r = if s <= e {
        find_sub(&b[s..e], &sub, right)
    } else {
        None
    };
    match r {
        Some(i) => Ok(new_int((i + s) as i64)),
        None if raise => exc::value_error("subsection not found"),
        None => Ok(new_int(-1)),
    }
}

fn find(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    find_impl(a, "find", false, false)
}
fn rfind(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    find_impl(a, "rfind", true, false)
}
fn index(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    find_impl(a, "index", false, true)
}
fn rindex(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    find_impl(a, "rindex", true, true)
}

fn count(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (b, _) = recv(&args, "count")?;
    let pos = spec(&args, "count", 1, 3)?;
    let sub = needle(&pos[0])?;
    let (s, e) = bounds(pos.get(1), pos.get(2), b.len())?;
    if s > e {
        return Ok(new_int(0));
    }
    let h = &b[s..e];
    if sub.is_empty() {
        return Ok(new_int(h.len() as i64 + 1));
    }
    let (mut i, mut n) = (0, 0);
    while i + sub.len() <= h.len() {
        if h[i..i + sub.len()] == sub[..] {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(new_int(n))
}

fn affix(args: Args, name: &str, start: bool) -> PyResult<ObjRef> {
    let (b, _) = recv(&args, name)?;
    let pos = spec(&args, name, 1, 3)?;
    let (s, e) = bounds(pos.get(1), pos.get(2), b.len())?;
    let h: &[u8] = if s <= e { &b[s..e] } else { &[] };
    let test = |p: &[u8]| {
        if s > e {
            return false;
        }
        if start {
            h.starts_with(p)
        } else {
            h.ends_with(p)
        }
    };
    if let Some(t) = pos[0].downcast::<crate::objects::tuple::TupleData>() {
        for p in t.items.iter() {
            if test(&buf_arg(p)?) {
                return Ok(new_bool(true));
            }
        }
        return Ok(new_bool(false));
    }
    match bytes_like(&pos[0]) {
        Some(p) => Ok(new_bool(test(&p))),
        None => exc::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(&pos[0])
        )),
    }
}

fn startswith(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    affix(a, "startswith", true)
}
fn endswith(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    affix(a, "endswith", false)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn strip_impl(args: Args, name: &str, left: bool, right: bool) -> PyResult<ObjRef> {
    let (b, ba) = recv(&args, name)?;
    let pos = spec(&args, name, 0, 1)?;
    let chars = match pos.first() {
        None => None,
        Some(c) if c.is(&rt().none) => None,
        Some(c) => Some(buf_arg(c)?),
    };
    let strip = |c: u8| match &chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let (mut s, mut e) = (0, b.len());
    if left {
        while s < e && strip(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(b[e - 1]) {
            e -= 1;
        }
    }
    Ok(make(b[s..e].to_vec(), ba))
}

fn strip(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    strip_impl(a, "strip", true, true)
}
fn lstrip(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    strip_impl(a, "lstrip", true, false)
}
fn rstrip(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    strip_impl(a, "rstrip", false, true)
}

fn split_impl(args: Args, name: &str, right: bool) -> PyResult<ObjRef> {
    let (b, ba) = recv(&args, name)?;
    let (pos, kw) = ArgSpec {
        name,
        min: 0,
        max: 2,
        kw: &["sep", "maxsplit"],
    }
    .parse(&args.rest())?;
    let sep = pos.first().cloned().or(kw[0].clone());
    let maxsplit = match pos.get(1).cloned().or(kw[1].clone()) {
        Some(m) => int_arg(&m)?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep.filter(|s| !s.is(&rt().none)) {
        Some(sep) => {
            let sep = buf_arg(&sep)?;
            if sep.is_empty() {
                return exc::value_error("empty separator");
            }
            let mut rest_b: &[u8] = &b;
            while parts.len() < limit {
                match find_sub(rest_b, &sep, right) {
                    Some(i) if right => {
                        parts.push(rest_b[i + sep.len()..].to_vec());
                        rest_b = &rest_b[..i];
                    }
                    Some(i) => {
                        parts.push(rest_b[..i].to_vec());
                        rest_b = &rest_b[i + sep.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest_b.to_vec());
        }
        None => {
            let mut v: Vec<u8> = b.clone();
            if right {
                v.reverse();
            }
            let mut i = 0;
            loop {
                while i < v.len() && is_space(v[i]) {
                    i += 1;
                }
                if i == v.len() {
                    break;
                }
                if parts.len() == limit {
                    let mut end = v.len();
                    while end > i && is_space(v[end - 1]) {
                        end -= 1;
                    }
                    parts.push(v[i..end].to_vec());
                    break;
                }
                let st = i;
                while i < v.len() && !is_space(v[i]) {
                    i += 1;
                }
                parts.push(v[st..i].to_vec());
            }
            if right {
                for p in parts.iter_mut() {
                    p.reverse();
                }
            }
        }
    }
    if right {
        parts.reverse();
    }
    Ok(new_list(parts.into_iter().map(|p| make(p, ba)).collect()))
}

fn split(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    split_impl(a, "split", false)
}
fn rsplit(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    split_impl(a, "rsplit", true)
}

fn splitlines(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (b, ba) = recv(&args, "splitlines")?;
    let (pos, kw) = ArgSpec {
        name: "splitlines",
        min: 0,
        max: 1,
        kw: &["keepends"],
    }
    .parse(&args.rest())?;
    let keep = pos.first().or(kw[0].as_ref()).is_some_and(|k| {
        !k.is(&rt().false_) && !matches!(k.downcast::<IntData>(), Some(IntData::Small(0)))
    });
    let mut out = Vec::new();
    let mut i = 0;
    let mut st = 0;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            let mut eol = i + 1;
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                eol += 1;
            }
            out.push(make(b[st..if keep { eol } else { i }].to_vec(), ba));
            st = eol;
            i = eol;
        } else {
            i += 1;
        }
    }
    if st < b.len() {
        out.push(make(b[st..].to_vec(), ba));
    }
    Ok(new_list(out))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (sep, ba) = recv(&args, "join")?;
    let pos = spec(&args, "join", 1, 1)?;
    let items = match ops::collect(vm, &pos[0]) {
        Ok(v) => v,
        Err(e) if exc::matches(&e, "TypeError") => {
            return exc::type_error("can only join an iterable")
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(it) {
            Some(v) => out.extend_from_slice(&v),
            None => {
                return exc::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    type_name(it)
                ))
            }
        }
    }
    Ok(make(out, ba))
}

fn replace(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (b, ba) = recv(&args, "replace")?;
    let pos = spec(&args, "replace", 2, 3)?;
    let old = buf_arg(&pos[0])?;
    let new = buf_arg(&pos[1])?;
    let mut count = match pos.get(2) {
        Some(c) => int_arg(c)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    if old.is_empty() {
        for (k, &c) in b.iter().enumerate() {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(c);
            if k + 1 == b.len() && count != 0 {
                out.extend_from_slice(&new);
            }
        }
        if b.is_empty() && count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(make(out, ba));
    }
    while i < b.len() {
        if count != 0 && b[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            count -= 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(make(out, ba))
}

fn map_bytes(args: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<ObjRef> {
    let (b, ba) = recv(&args, name)?;
    spec(&args, name, 0, 0)?;
    Ok(make(f(&b), ba))
}

fn upper(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    map_bytes(a, "upper", |b| b.to_ascii_uppercase())
}
fn lower(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    map_bytes(a, "lower", |b| b.to_ascii_lowercase())
}
fn swapcase(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    map_bytes(a, "swapcase", |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn capitalize(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    map_bytes(a, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn title(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    map_bytes(a, "title", |b| {
        let mut prev = false;
        b.iter()
            .map(|&c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(args: Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<ObjRef> {
    let (b, _) = recv(&args, name)?;
    Ok(new_bool(!b.is_empty() && f(&b)))
}

fn isdigit(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "isdigit", |b| b.iter().all(u8::is_ascii_digit))
}
fn isalpha(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "isalpha", |b| b.iter().all(u8::is_ascii_alphabetic))
}
fn isalnum(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "isalnum", |b| b.iter().all(u8::is_ascii_alphanumeric))
}
fn isspace(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "isspace", |b| b.iter().all(|&c| is_space(c)))
}
fn isupper(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}
fn islower(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}
fn isascii(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (b, _) = recv(&args, "isascii")?;
    Ok(new_bool(b.is_ascii()))
}

fn pad_impl(args: Args, name: &str, align: char) -> PyResult<ObjRef> {
    let (b, ba) = recv(&args, name)?;
    let pos = spec(&args, name, 1, 2)?;
    let width = int_arg(&pos[0])?.max(0) as usize;
    let fill = match pos.get(1) {
        Some(f) => match bytes_like(f) {
            Some(v) if v.len() == 1 => v[0],
            _ => {
                return exc::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(f)
                ))
            }
        },
        None => b' ',
    };
    if b.len() >= width {
        return Ok(make(b, ba));
    }
    let n = width - b.len();
    let left = match align {
        '<' => 0,
        '>' => n,
        _ => n / 2 + (n & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.resize(width, fill);
    Ok(make(out, ba))
}

fn ljust(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pad_impl(a, "ljust", '<')
}
fn rjust(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pad_impl(a, "rjust", '>')
}
fn center(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pad_impl(a, "center", '^')
}

fn partition_impl(args: Args, name: &str, right: bool) -> PyResult<ObjRef> {
    let (b, ba) = recv(&args, name)?;
    let pos = spec(&args, name, 1, 1)?;
    let sep = buf_arg(&pos[0])?;
    if sep.is_empty() {
        return exc::value_error("empty separator");
    }
    let e = || make(Vec::new(), ba);
    Ok(match find_sub(&b, &sep, right) {
        Some(i) => new_tuple(vec![
            make(b[..i].to_vec(), ba),
            make(sep.clone(), ba),
            make(b[i + sep.len()..].to_vec(), ba),
        ]),
        None if right => new_tuple(vec![e(), e(), make(b, ba)]),
        None => new_tuple(vec![make(b, ba), e(), e()]),
    })
}

fn partition(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    partition_impl(a, "partition", false)
}
fn rpartition(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    partition_impl(a, "rpartition", true)
}

fn removeaffix(args: Args, name: &str, prefix: bool) -> PyResult<ObjRef> {
    let (b, ba) = recv(&args, name)?;
    let pos = spec(&args, name, 1, 1)?;
    let p = buf_arg(&pos[0])?;
    let out = if prefix {
        b.strip_prefix(&p[..]).unwrap_or(&b)
    } else {
        b.strip_suffix(&p[..]).unwrap_or(&b)
    };
    Ok(make(out.to_vec(), ba))
}

fn removeprefix(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    removeaffix(a, "removeprefix", true)
}
fn removesuffix(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    removeaffix(a, "removesuffix", false)
}

fn hex(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (b, _) = recv(&args, "hex")?;
    let pos = spec(&args, "hex", 0, 2)?;
    let sep = match pos.first() {
        Some(s) if s.kind() == Kind::Str => Some(str_of(s).to_string()),
        Some(s) => bytes_like(s).map(|v| String::from_utf8_lossy(&v).into_owned()),
        None => None,
    };
    let mut out = String::with_capacity(b.len() * 3);
    for (i, c) in b.iter().enumerate() {
        if i > 0 {
            if let Some(s) = &sep {
                out.push_str(s);
            }
        }
        out.push_str(&format!("{c:02x}"));
    }
    Ok(new_string(out))
}

fn fromhex_bytes(s: &str) -> PyResult<Vec<u8>> {
    let c: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        if c[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = c[i].to_digit(16);
        let lo = c.get(i + 1).and_then(|d| d.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => {
                return exc::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                ))
            }
            _ => {
                return exc::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                ))
            }
        }
        i += 2;
    }
    Ok(out)
}

fn fromhex(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let cls = args.args[0].clone();
    let pos = spec(&args, "fromhex", 1, 1)?;
    if pos[0].kind() != Kind::Str {
        return exc::type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(&pos[0])
        ));
    }
    let v = fromhex_bytes(str_of(&pos[0]))?;
    let t = &rt().types;
    if cls.is(&t.bytes) {
        return Ok(new_bytes(&v));
    }
    if cls.is(&t.bytearray) {
        return Ok(make(v, true));
    }
    super::call::call(vm, &cls, Args::new(&[new_bytes(&v)]))
}

fn decode(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (b, _) = recv(&args, "decode")?;
    let (pos, kw) = ArgSpec {
        name: "decode",
        min: 0,
        max: 2,
        kw: &["encoding", "errors"],
    }
    .parse(&args.rest())?;
    let s = |o: Option<&ObjRef>, dflt: &str, what: &str| -> PyResult<String> {
        match o {
            None => Ok(dflt.to_string()),
            Some(o) if o.kind() == Kind::Str => Ok(str_of(o).to_string()),
            Some(o) => exc::type_error(format!(
                "decode() argument '{what}' must be str, not {}",
                type_name(o)
            )),
        }
    };
    let enc = s(pos.first().or(kw[0].as_ref()), "utf-8", "encoding")?;
    let errors = s(pos.get(1).or(kw[1].as_ref()), "strict", "errors")?;
    Ok(new_string(codecs::decode(&b, &enc, &errors)?))
}

// ---------------------------------------------------------------- bytearray mutators

fn ba(args: &Args, name: &str) -> PyResult<ObjRef> {
    let Some(s) = args.args.first() else {
        return exc::type_error(format!(
            "unbound method bytearray.{name}() needs an argument"
        ));
    };
    let b = base_of(s);
    if b.kind() != Kind::ByteArray {
        return exc::type_error(format!(
            "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
            type_name(s)
        ));
    }
    Ok(b)
}

fn byte_arg(o: &ObjRef) -> PyResult<u8> {
    let i = int_arg(o)?;
    if !(0..256).contains(&i) {
        return exc::value_error("byte must be in range(0, 256)");
    }
    Ok(i as u8)
}

fn ba_append(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let b = ba(&args, "append")?;
    let pos = spec(&args, "append", 1, 1)?;
    let c = byte_arg(&pos[0])?;
    b.payload::<ByteArrayData>().b.borrow_mut().push(c);
    Ok(none())
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let b = ba(&args, "extend")?;
    let pos = spec(&args, "extend", 1, 1)?;
    let v = match bytes_like(&pos[0]) {
        Some(v) => v,
        None => {
            if pos[0].kind() == Kind::Str {
                return exc::type_error("expected iterable of integers; got: 'str'");
            }
            let items = match ops::collect(vm, &pos[0]) {
                Ok(v) => v,
                Err(e) if exc::matches(&e, "TypeError") => {
                    return exc::type_error(format!(
                        "can't extend bytearray with {}",
                        type_name(&pos[0])
                    ))
                }
                Err(e) => return Err(e),
            };
            items.iter().map(byte_arg).collect::<PyResult<Vec<u8>>>()?
        }
    };
    b.payload::<ByteArrayData>().b.borrow_mut().extend(v);
    Ok(none())
}

fn ba_pop(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let b = ba(&args, "pop")?;
    let pos = spec(&args, "pop", 0, 1)?;
    let mut v = b.payload::<ByteArrayData>().b.borrow_mut();
    if v.is_empty() {
        return exc::index_error("pop from empty bytearray");
    }
    let n = v.len() as i64;
    let mut i = match pos.first() {
        Some(i) => int_arg(i)?,
        None => -1,
    };
    if i < 0 {
        i += n;
    }
    if i < 0 || i >= n {
        return exc::index_error("pop index out of range");
    }
    Ok(new_int(v.remove(i as usize) as i64))
}

fn ba_insert(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let b = ba(&args, "insert")?;
    let pos = spec(&args, "insert", 2, 2)?;
    let i = int_arg(&pos[0])?;
    let c = byte_arg(&pos[1])?;
    let mut v = b.payload::<ByteArrayData>().b.borrow_mut();
    let n = v.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(at as usize, c);
    Ok(none())
}

fn ba_remove(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let b = ba(&args, "remove")?;
    let pos = spec(&args, "remove", 1, 1)?;
    let c = byte_arg(&pos[0])?;
    let mut v = b.payload::<ByteArrayData>().b.borrow_mut();
    match v.iter().position(|&x| x == c) {
        Some(i) => {
            v.remove(i);
            Ok(none())
        }
        None => exc::value_error("value not found in bytearray"),
    }
}

fn ba_reverse(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let b = ba(&args, "reverse")?;
    b.payload::<ByteArrayData>().b.borrow_mut().reverse();
    Ok(none())
}

fn ba_copy(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let b = ba(&args, "copy")?;
    let v = b.payload::<ByteArrayData>().b.borrow().clone();
    Ok(make(v, true))
}

fn ba_clear(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let b = ba(&args, "clear")?;
    b.payload::<ByteArrayData>().b.borrow_mut().clear();
    Ok(none())
}

/// Register the methods of `bytes` and `bytearray`.
pub fn install() {
    let t = &rt().types;
    let shared: &[(&'static str, BuiltinFn)] = &[
        ("decode", decode),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("replace", replace),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("isascii", isascii),
        ("ljust", ljust),
        ("rjust", rjust),
        ("center", center),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("hex", hex),
    ];
    for (name, f) in shared {
        add_method(&t.bytes, "bytes", name, *f);
        add_method(&t.bytearray, "bytearray", name, *f);
    }
    let mutators: &[(&'static str, BuiltinFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("copy", ba_copy),
        ("clear", ba_clear),
    ];
    for (name, f) in mutators {
        add_method(&t.bytearray, "bytearray", name, *f);
    }
    for ty in [&t.bytes, &t.bytearray] {
        let cm = crate::heap::alloc(
            &t.classmethod,
            crate::objects::descr::ClassMethodData {
                func: RefCell::new(Some(crate::builtins::builtin("fromhex", fromhex))),
            },
        );
        super::dictops::setitem_str(&ty.payload::<TypeData>().dict, intern("fromhex"), cm);
    }
    let _ = new_str;
}
