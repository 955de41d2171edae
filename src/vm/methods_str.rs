//! Methods of `str`: searching, splitting and joining, case, padding, predicates, `format`.

use super::methods::{add_method, base_of};
use super::methods_str_search as search;
use super::{exc, new_bool, new_int, new_list, new_str, new_string, new_tuple, ops};
use super::{rt, str_of, type_name, Args, PyResult, Vm};
use crate::builtins::ArgSpec;
use crate::heap::{Kind, ObjRef};
use crate::objects::function::BuiltinFn;

pub fn s0(args: &Args, name: &str) -> PyResult<String> {
    Ok(str_of(&s0_obj(args, name)?).to_string())
}

/// The receiver's str object itself: its text is borrowed, not copied as by `s0`.
pub(super) fn s0_obj(args: &Args, name: &str) -> PyResult<ObjRef> {
    let Some(s) = args.args.first() else {
        return exc::type_error(format!("unbound method str.{name}() needs an argument"));
    };
    let b = base_of(s);
    if b.kind() != Kind::Str {
        return exc::type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            type_name(s)
        ));
    }
    Ok(b)
}

pub(super) fn str_arg(o: &ObjRef, what: &str) -> PyResult<String> {
    if o.kind() == Kind::Str {
        Ok(str_of(o).to_string())
    } else {
        exc::type_error(format!("{what} must be str, not {}", type_name(o)))
    }
}

fn opt_chars(o: Option<&ObjRef>) -> PyResult<Option<String>> {
    match o {
        None => Ok(None),
        Some(c) if c.is(&rt().none) => Ok(None),
        Some(c) => str_arg(c, "strip arg").map(Some),
    }
}

fn strip_impl(args: Args, name: &str, left: bool, right: bool) -> PyResult<ObjRef> {
    let s = s0(&args, name)?;
    let (pos, _) = ArgSpec {
        name,
        min: 0,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let chars = opt_chars(pos.first())?;
    let pred = |c: char| match &chars {
        Some(set) => set.contains(c),
        None => c.is_whitespace(),
    };
    let mut t: &str = &s;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    Ok(new_str(t))
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

fn split_impl(args: Args, name: &str, from_right: bool) -> PyResult<ObjRef> {
    let s = s0(&args, name)?;
    let (pos, kw) = ArgSpec {
        name,
        min: 0,
        max: 2,
        kw: &["sep", "maxsplit"],
    }
    .parse(&args.rest())?;
    let sep = pos
        .first()
        .cloned()
        .or(kw[0].clone())
        .filter(|x| !x.is(&rt().none));
    let maxsplit = pos
        .get(1)
        .cloned()
        .or(kw[1].clone())
        .and_then(|m| {
            m.downcast::<crate::objects::int::IntData>()
                .and_then(|i| i.as_i64())
        })
        .unwrap_or(-1);
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<String> = match sep {
        Some(sep) => {
            let sep = str_arg(&sep, "sep")?;
            if sep.is_empty() {
                return exc::value_error("empty separator");
            }
            if from_right {
                let mut v: Vec<String> = s
                    .rsplitn(limit.saturating_add(1), sep.as_str())
                    .map(String::from)
                    .collect();
                v.reverse();
                v
            } else {
                s.splitn(limit.saturating_add(1), sep.as_str())
                    .map(String::from)
                    .collect()
            }
        }
        None => {
            let mut v = Vec::new();
            if from_right {
                let mut rest_s: &str = s.trim_end();
                while !rest_s.is_empty() {
                    if v.len() == limit {
                        v.push(rest_s.to_string());
                        break;
                    }
                    match rest_s.rfind(char::is_whitespace) {
                        Some(i) => {
                            let w = &rest_s[i..];
                            let wlen = w.chars().next().map_or(1, char::len_utf8);
                            v.push(rest_s[i + wlen..].to_string());
                            rest_s = rest_s[..i].trim_end();
                        }
                        None => {
                            v.push(rest_s.to_string());
                            break;
                        }
                    }
                }
                v.reverse();
            } else {
                let mut rest_s: &str = s.trim_start();
                while !rest_s.is_empty() {
                    if v.len() == limit {
                        v.push(rest_s.to_string());
                        break;
                    }
                    match rest_s.find(char::is_whitespace) {
                        Some(i) => {
                            v.push(rest_s[..i].to_string());
                            rest_s = rest_s[i..].trim_start();
                        }
                        None => {
                            v.push(rest_s.to_string());
                            break;
                        }
                    }
                }
            }
            v
        }
    };
    Ok(new_list(parts.iter().map(|p| new_str(p)).collect()))
}

fn split(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    split_impl(a, "split", false)
}
fn rsplit(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    split_impl(a, "rsplit", true)
}

fn splitlines(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "splitlines")?;
    let (pos, kw) = ArgSpec {
        name: "splitlines",
        min: 0,
        max: 1,
        kw: &["keepends"],
    }
    .parse(&args.rest())?;
    let keep = pos
        .first()
        .or(kw[0].as_ref())
        .is_some_and(|k| k.is(&rt().true_));
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            let mut end = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                end.push('\n');
            }
            if keep {
                cur.push_str(&end);
            }
            out.push(new_string(std::mem::take(&mut cur)));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(new_string(cur));
    }
    Ok(new_list(out))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let sep = s0(&args, "join")?;
    let (pos, _) = ArgSpec {
        name: "str.join",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let items = match ops::collect(vm, &pos[0]) {
        Ok(v) => v,
        Err(e) if exc::matches(&e, "TypeError") && !is_iterable(&pos[0]) => {
            return exc::type_error("can only join an iterable")
        }
        Err(e) => return Err(e),
    };
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        let b = base_of(it);
        if b.kind() != Kind::Str {
            return exc::type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                type_name(it)
            ));
        }
        out.push_str(str_of(&b));
    }
    Ok(new_string(out))
}

/// Whether `o`'s type defines iteration (so a TypeError from iterating it is its own).
fn is_iterable(o: &ObjRef) -> bool {
    matches!(
        o.kind(),
        Kind::List
            | Kind::Tuple
            | Kind::Str
            | Kind::Dict
            | Kind::Set
            | Kind::Iter
            | Kind::Generator
    ) || super::attr::lookup_type_str(&o.type_of(), "__iter__").is_some()
        || super::attr::lookup_type_str(&o.type_of(), "__getitem__").is_some()
}

fn replace(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "replace")?;
    let (pos, _) = ArgSpec {
        name: "replace",
        min: 2,
        max: 3,
        kw: &[],
    }
    .parse(&args.rest())?;
    let old = str_arg(&pos[0], "replace() argument 1")?;
    let new = str_arg(&pos[1], "replace() argument 2")?;
    let count = pos
        .get(2)
        .and_then(|c| {
            c.downcast::<crate::objects::int::IntData>()
                .and_then(|i| i.as_i64())
        })
        .unwrap_or(-1);
    Ok(new_string(if count < 0 {
        s.replace(&old, &new)
    } else {
        s.replacen(&old, &new, count as usize)
    }))
}

fn case_fn(args: Args, name: &str, f: fn(&str) -> String) -> PyResult<ObjRef> {
    let s = s0(&args, name)?;
    Ok(new_string(f(&s)))
}

fn upper(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    case_fn(a, "upper", |s| s.to_uppercase())
}
fn lower(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    case_fn(a, "lower", |s| s.to_lowercase())
}
fn casefold(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    case_fn(a, "casefold", |s| {
        s.to_lowercase()
            .chars()
            .flat_map(|c| match c {
                'ß' | 'ẞ' => vec!['s', 's'],
                'ς' => vec!['σ'],
                'ﬀ' => vec!['f', 'f'],
                'ﬁ' => vec!['f', 'i'],
                'ﬂ' => vec!['f', 'l'],
                'ﬃ' => vec!['f', 'f', 'i'],
                'ﬄ' => vec!['f', 'f', 'l'],
                'ﬅ' | 'ﬆ' => vec!['s', 't'],
                c => vec![c],
            })
            .collect()
    })
}
fn swapcase(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    case_fn(a, "swapcase", |s| {
        s.chars()
            .flat_map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<Vec<_>>()
                } else {
                    c.to_uppercase().collect::<Vec<_>>()
                }
            })
            .collect()
    })
}
fn capitalize(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    case_fn(a, "capitalize", |s| {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
            None => String::new(),
        }
    })
}
fn title(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    case_fn(a, "title", |s| {
        let mut out = String::new();
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = c.is_alphabetic();
        }
        out
    })
}

fn pred(args: Args, name: &str, f: fn(&str) -> bool) -> PyResult<ObjRef> {
    let s = s0(&args, name)?;
    Ok(new_bool(!s.is_empty() && f(&s)))
}

fn isdigit(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "isdigit", |s| s.chars().all(is_digit_char))
}
fn isalpha(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "isalpha", |s| s.chars().all(char::is_alphabetic))
}
fn isalnum(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "isalnum", |s| s.chars().all(char::is_alphanumeric))
}
fn isspace(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "isspace", |s| s.chars().all(char::is_whitespace))
}
fn isupper(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "isupper", |s| {
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
    })
}
fn islower(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "islower", |s| {
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)
    })
}
fn isidentifier(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "isidentifier")?;
    let mut c = s.chars();
    let ok = match c.next() {
        Some(f) => {
            (f == '_' || unicode_ident::is_xid_start(f)) && c.all(unicode_ident::is_xid_continue)
        }
        None => false,
    };
    Ok(new_bool(ok))
}
fn isnumeric(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "isnumeric", |s| s.chars().all(char::is_numeric))
}

fn pad_impl(args: Args, name: &str, align: char) -> PyResult<ObjRef> {
    let s = s0(&args, name)?;
    let (pos, _) = ArgSpec {
        name,
        min: 1,
        max: 2,
        kw: &[],
    }
    .parse(&args.rest())?;
    let width = pos[0]
        .downcast::<crate::objects::int::IntData>()
        .and_then(|i| i.as_i64())
        .unwrap_or(0)
        .max(0) as usize;
    let fill = match pos.get(1) {
        Some(f) => {
            let f = str_arg(f, "fill character")?;
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return exc::type_error("The fill character must be exactly one character long")
                }
            }
        }
        None => ' ',
    };
    let len = s.chars().count();
    if len >= width {
        return Ok(new_string(s));
    }
    let n = width - len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    Ok(new_string(match align {
        '<' => format!("{s}{}", f(n)),
        '>' => format!("{}{s}", f(n)),
        _ => {
            let left = n / 2 + (n & width & 1);
            format!("{}{s}{}", f(left), f(n - left))
        }
    }))
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

fn zfill(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "zfill")?;
    let (pos, _) = ArgSpec {
        name: "zfill",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let width = pos[0]
        .downcast::<crate::objects::int::IntData>()
        .and_then(|i| i.as_i64())
        .unwrap_or(0)
        .max(0) as usize;
    let len = s.chars().count();
    if len >= width {
        return Ok(new_string(s));
    }
    let (sign, digits) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
        _ => (String::new(), &s[..]),
    };
    Ok(new_string(format!(
        "{sign}{}{digits}",
        "0".repeat(width - len)
    )))
}

fn partition_impl(args: Args, name: &str, right: bool) -> PyResult<ObjRef> {
    let s = s0(&args, name)?;
    let (pos, _) = ArgSpec {
        name,
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let sep = str_arg(&pos[0], "sep")?;
    if sep.is_empty() {
        return exc::value_error("empty separator");
    }
    let found = if right { s.rfind(&sep) } else { s.find(&sep) };
    Ok(match found {
        Some(i) => new_tuple(vec![
            new_str(&s[..i]),
            new_str(&sep),
            new_str(&s[i + sep.len()..]),
        ]),
        None if right => new_tuple(vec![new_str(""), new_str(""), new_string(s)]),
        None => new_tuple(vec![new_string(s), new_str(""), new_str("")]),
    })
}

fn partition(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    partition_impl(a, "partition", false)
}
fn rpartition(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    partition_impl(a, "rpartition", true)
}

fn encode(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "encode")?;
    let (pos, kw) = ArgSpec {
        name: "encode",
        min: 0,
        max: 2,
        kw: &["encoding", "errors"],
    }
    .parse(&args.rest())?;
    let arg = |o: Option<&ObjRef>, dflt: &str, what: &str| -> PyResult<String> {
        match o {
            None => Ok(dflt.to_string()),
            Some(o) if o.kind() == Kind::Str => Ok(str_of(o).to_string()),
            Some(o) => exc::type_error(format!(
                "encode() argument '{what}' must be str, not {}",
                type_name(o)
            )),
        }
    };
    let enc = arg(pos.first().or(kw[0].as_ref()), "utf-8", "encoding")?;
    let errors = arg(pos.get(1).or(kw[1].as_ref()), "strict", "errors")?;
    Ok(super::new_bytes(&super::methods_codecs::encode(
        &s, &enc, &errors,
    )?))
}

fn removeprefix(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "removeprefix")?;
    let (pos, _) = ArgSpec {
        name: "removeprefix",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let p = str_arg(&pos[0], "removeprefix() argument")?;
    Ok(new_str(s.strip_prefix(p.as_str()).unwrap_or(&s)))
}

fn removesuffix(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "removesuffix")?;
    let (pos, _) = ArgSpec {
        name: "removesuffix",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let p = str_arg(&pos[0], "removesuffix() argument")?;
    Ok(new_str(s.strip_suffix(p.as_str()).unwrap_or(&s)))
}

fn expandtabs(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "expandtabs")?;
    let (pos, kw) = ArgSpec {
        name: "expandtabs",
        min: 0,
        max: 1,
        kw: &["tabsize"],
    }
    .parse(&args.rest())?;
    let tab = match pos.first().or(kw[0].as_ref()) {
        None => 8,
        Some(t) => match t.downcast::<crate::objects::int::IntData>() {
            Some(i) => i.as_i64().unwrap_or(0),
            None => {
                return exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(t)
                ))
            }
        },
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_string(out))
}

fn is_titlecase(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory};
    get_general_category(c) == GeneralCategory::TitlecaseLetter
}

fn istitle(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "istitle")?;
    let (mut prev_cased, mut any) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(new_bool(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(new_bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(new_bool(any))
}

fn isprintable(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "isprintable")?;
    Ok(new_bool(s.chars().all(crate::objects::str::is_printable)))
}

fn isascii(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "isascii")?;
    Ok(new_bool(s.is_ascii()))
}

fn is_decimal_char(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory};
    get_general_category(c) == GeneralCategory::DecimalNumber
}

/// Characters with Numeric_Type=Digit that are not decimal (superscripts, circled digits).
fn is_digit_char(c: char) -> bool {
    is_decimal_char(c)
        || matches!(c as u32,
            0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079
            | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490
            | 0x24EA | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E | 0x2780..=0x2788
            | 0x278A..=0x2792 | 0x10A40..=0x10A43 | 0x1F100..=0x1F10A)
}

fn isdecimal(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "isdecimal", |s| s.chars().all(is_decimal_char))
}

fn maketrans(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "maketrans",
        min: 1,
        max: 3,
        kw: &[],
    }
    .parse(&args)?;
    let d = super::new_dict();
    let key = |c: char| new_int(c as i64);
    if pos.len() == 1 {
        if pos[0].kind() != Kind::Dict {
            return exc::type_error("if you give only one argument to maketrans it must be a dict");
        }
        for (k, v) in super::dictops::items(&pos[0]) {
            let k = if k.kind() == Kind::Str {
                let ks = str_of(&k);
                if ks.chars().count() != 1 {
                    return exc::value_error("string keys in translate table must be of length 1");
                }
                key(ks.chars().next().unwrap_or('\0'))
            } else if k.kind() == Kind::Int {
                k.clone()
            } else {
                return exc::type_error("keys in translate table must be strings or integers");
            };
            super::dictops::setitem(_vm, &d, k, v)?;
        }
        return Ok(d);
    }
    let x = str_arg(&pos[0], "maketrans() argument 1")?;
    let y = str_arg(&pos[1], "maketrans() argument 2")?;
    if x.chars().count() != y.chars().count() {
        return exc::value_error("the first two maketrans arguments must have equal length");
    }
    for (a, b) in x.chars().zip(y.chars()) {
        super::dictops::setitem(_vm, &d, key(a), new_int(b as i64))?;
    }
    if let Some(z) = pos.get(2) {
        for c in str_arg(z, "maketrans() argument 3")?.chars() {
            super::dictops::setitem(_vm, &d, key(c), rt().none.clone())?;
        }
    }
    Ok(d)
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "translate")?;
    let (pos, _) = ArgSpec {
        name: "translate",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let table = &pos[0];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match ops::getitem(vm, table, &new_int(c as i64)) {
            Ok(v) if v.is(&rt().none) => {}
            Ok(v) if v.kind() == Kind::Str => out.push_str(str_of(&v)),
            Ok(v) => match v
                .downcast::<crate::objects::int::IntData>()
                .and_then(|i| i.as_i64())
            {
                Some(n) => match u32::try_from(n).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => {
                        return exc::value_error("character mapping must be in range(0x110000)")
                    }
                },
                None => {
                    return exc::type_error("character mapping must return integer, None or str")
                }
            },
            Err(e) if exc::matches(&e, "LookupError") => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(new_string(out))
}

fn cmp_dunder(vm: &mut Vm, args: Args, op: crate::ast::CmpOp) -> PyResult<ObjRef> {
    let a = s0(&args, "__eq__")?;
    let Some(b) = args.args.get(1).map(base_of) else {
        return exc::type_error("expected 1 argument, got 0");
    };
    if b.kind() != Kind::Str {
        return Ok(rt().not_implemented.clone());
    }
    ops::compare(vm, &new_string(a), &b, op)
}

fn str_eq(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    cmp_dunder(vm, a, crate::ast::CmpOp::Eq)
}
fn str_ne(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    cmp_dunder(vm, a, crate::ast::CmpOp::NotEq)
}
fn str_lt(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    cmp_dunder(vm, a, crate::ast::CmpOp::Lt)
}
fn str_le(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    cmp_dunder(vm, a, crate::ast::CmpOp::LtE)
}
fn str_gt(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    cmp_dunder(vm, a, crate::ast::CmpOp::Gt)
}
fn str_ge(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    cmp_dunder(vm, a, crate::ast::CmpOp::GtE)
}

fn str_len(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "__len__")?;
    Ok(new_int(s.chars().count() as i64))
}

fn str_contains(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "__contains__")?;
    let (pos, _) = ArgSpec {
        name: "__contains__",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    Ok(new_bool(ops::contains(vm, &new_string(s), &pos[0])?))
}

fn str_getitem(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "__getitem__")?;
    let (pos, _) = ArgSpec {
        name: "__getitem__",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    ops::getitem(vm, &new_string(s), &pos[0])
}

fn str_binop(
    vm: &mut Vm,
    args: Args,
    op: crate::ast::Operator,
    reflected: bool,
) -> PyResult<ObjRef> {
    let s = new_string(s0(&args, "__add__")?);
    let Some(b) = args.args.get(1).map(base_of) else {
        return exc::type_error("expected 1 argument, got 0");
    };
    let (x, y) = if reflected { (&b, &s) } else { (&s, &b) };
    Ok(ops::native_binop(vm, x, y, op)?.unwrap_or_else(|| rt().not_implemented.clone()))
}

fn str_add(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    str_binop(vm, a, crate::ast::Operator::Add, false)
}
fn str_mul(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    str_binop(vm, a, crate::ast::Operator::Mult, false)
}
fn str_rmul(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    str_binop(vm, a, crate::ast::Operator::Mult, true)
}
fn str_mod(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    str_binop(vm, a, crate::ast::Operator::Mod, false)
}

pub fn install() {
    let t = &rt().types.str_;
    let methods: &[(&'static str, BuiltinFn)] = &[
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
        ("casefold", casefold),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("startswith", search::startswith),
        ("endswith", search::endswith),
        ("find", search::find),
        ("rfind", search::rfind),
        ("index", search::index),
        ("rindex", search::rindex),
        ("count", search::count),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("istitle", istitle),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_rmul),
        ("__mod__", str_mod),
        ("isprintable", isprintable),
        ("isascii", isascii),
        ("translate", translate),
        ("format_map", super::methods_strfmt::format_map),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("isidentifier", isidentifier),
        ("isnumeric", isnumeric),
        ("ljust", ljust),
        ("rjust", rjust),
        ("center", center),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("encode", encode),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("format", super::methods_strfmt::format),
        ("expandtabs", expandtabs),
    ];
    for (name, f) in methods {
        add_method(t, "str", name, *f);
    }
    let sm = crate::heap::alloc(
        &rt().types.staticmethod,
        crate::objects::descr::StaticMethodData {
            func: std::cell::RefCell::new(Some(crate::builtins::builtin("maketrans", maketrans))),
        },
    );
    super::dictops::setitem_str(
        &t.payload::<crate::objects::typeobj::TypeData>().dict,
        super::intern("maketrans"),
        sm,
    );
}
