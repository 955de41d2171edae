//! Methods of `str`: searching, splitting and joining, case, padding, predicates, `format`.

use super::methods::{add_method, base_of};
use super::{convert, exc, new_bool, new_int, new_list, new_str, new_string, new_tuple, ops};
use super::{rt, str_of, type_name, Args, PyResult, Vm};
use crate::builtins::ArgSpec;
use crate::heap::{Kind, ObjRef};
use crate::objects::function::BuiltinFn;

fn s0(args: &Args, name: &str) -> PyResult<String> {
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
    Ok(str_of(&b).to_string())
}

fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    }
}

fn str_arg(o: &ObjRef, what: &str) -> PyResult<String> {
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
    .parse(&rest(&args))?;
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
    .parse(&rest(&args))?;
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
    .parse(&rest(&args))?;
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
    .parse(&rest(&args))?;
    let items = ops::collect(vm, &pos[0])?;
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

fn replace(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "replace")?;
    let (pos, _) = ArgSpec {
        name: "replace",
        min: 2,
        max: 3,
        kw: &[],
    }
    .parse(&rest(&args))?;
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
    case_fn(a, "casefold", |s| s.to_lowercase())
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

fn affix(args: Args, name: &str, start: bool) -> PyResult<ObjRef> {
    let s = s0(&args, name)?;
    let (pos, _) = ArgSpec {
        name,
        min: 1,
        max: 3,
        kw: &[],
    }
    .parse(&rest(&args))?;
    let test = |p: &str| {
        if start {
            s.starts_with(p)
        } else {
            s.ends_with(p)
        }
    };
    if let Some(t) = pos[0].downcast::<crate::objects::tuple::TupleData>() {
        for p in t.items.iter() {
            if test(&str_arg(p, name)?) {
                return Ok(new_bool(true));
            }
        }
        return Ok(new_bool(false));
    }
    if pos[0].kind() != Kind::Str {
        return exc::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(&pos[0])
        ));
    }
    Ok(new_bool(test(str_of(&pos[0]))))
}

fn startswith(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    affix(a, "startswith", true)
}
fn endswith(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    affix(a, "endswith", false)
}

fn char_index(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

fn find_impl(args: Args, name: &str, right: bool, raise: bool) -> PyResult<ObjRef> {
    let s = s0(&args, name)?;
    let (pos, _) = ArgSpec {
        name,
        min: 1,
        max: 3,
        kw: &[],
    }
    .parse(&rest(&args))?;
    let sub = str_arg(&pos[0], "must be str")?;
    let r = if right { s.rfind(&sub) } else { s.find(&sub) };
    match r {
        Some(b) => Ok(new_int(char_index(&s, b))),
        None if raise => exc::value_error("substring not found"),
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
    let s = s0(&args, "count")?;
    let (pos, _) = ArgSpec {
        name: "count",
        min: 1,
        max: 3,
        kw: &[],
    }
    .parse(&rest(&args))?;
    let sub = str_arg(&pos[0], "must be str")?;
    if sub.is_empty() {
        return Ok(new_int(s.chars().count() as i64 + 1));
    }
    Ok(new_int(s.matches(&sub).count() as i64))
}

fn pred(args: Args, name: &str, f: fn(&str) -> bool) -> PyResult<ObjRef> {
    let s = s0(&args, name)?;
    Ok(new_bool(!s.is_empty() && f(&s)))
}

fn isdigit(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    pred(a, "isdigit", |s| {
        s.chars().all(|c| c.is_ascii_digit() || c.is_numeric())
    })
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
    .parse(&rest(&args))?;
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
    let f = |k: usize| std::iter::repeat(fill).take(k).collect::<String>();
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
    .parse(&rest(&args))?;
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
    .parse(&rest(&args))?;
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
    .parse(&rest(&args))?;
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
    .parse(&rest(&args))?;
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
    .parse(&rest(&args))?;
    let p = str_arg(&pos[0], "removesuffix() argument")?;
    Ok(new_str(s.strip_suffix(p.as_str()).unwrap_or(&s)))
}

/// `str.format(*args, **kwargs)`: replacement fields with indices, names, attributes,
/// items, conversions and nested format specs.
fn format(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "format")?;
    let r = rest(&args);
    let pos = r.pos();
    let kwargs: Vec<(String, ObjRef)> = r
        .kwargs()
        .map(|(k, v)| (str_of(k).to_string(), v.clone()))
        .collect();
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut auto = 0usize;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth != 0 {
                return exc::value_error("expected '}' before end of string");
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            let (head, spec) = match field.find(':') {
                Some(k) => (field[..k].to_string(), field[k + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match head.find('!') {
                Some(k) => (head[..k].to_string(), head[k + 1..].chars().next()),
                None => (head.clone(), None),
            };
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let key = &name[..first_end];
            let mut v = if key.is_empty() {
                let v = pos.get(auto).cloned();
                auto += 1;
                v.ok_or_else(|| {
                    exc::err(
                        "IndexError",
                        format!(
                            "Replacement index {} out of range for positional args tuple",
                            auto - 1
                        ),
                    )
                })?
            } else if let Ok(n) = key.parse::<usize>() {
                pos.get(n).cloned().ok_or_else(|| {
                    exc::err(
                        "IndexError",
                        format!("Replacement index {n} out of range for positional args tuple"),
                    )
                })?
            } else {
                kwargs
                    .iter()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| exc::key_error(&new_str(key)))?
            };
            let mut rest_name = &name[first_end..];
            while !rest_name.is_empty() {
                if let Some(r) = rest_name.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    v = super::attr::getattr_str(vm, &v, &r[..end])?;
                    rest_name = &r[end..];
                } else if let Some(r) = rest_name.strip_prefix('[') {
                    let end = r.find(']').unwrap_or(r.len());
                    let k = &r[..end];
                    let key = match k.parse::<i64>() {
                        Ok(n) => new_int(n),
                        Err(_) => new_str(k),
                    };
                    v = ops::getitem(vm, &v, &key)?;
                    rest_name = &r[(end + 1).min(r.len())..];
                } else {
                    break;
                }
            }
            let v = match conv {
                Some('r') => convert::repr(vm, &v)?,
                Some('s') => convert::str(vm, &v)?,
                Some('a') => convert::ascii(vm, &v)?,
                _ => v,
            };
            // Nested fields in the spec.
            let spec = if spec.contains('{') {
                let inner = format(
                    vm,
                    Args {
                        args: &[&[new_str(&spec)], pos].concat(),
                        kwnames: &[],
                    },
                )?;
                str_of(&inner).to_string()
            } else {
                spec
            };
            let f = convert::format(vm, &v, &spec)?;
            out.push_str(str_of(&f));
            i = j;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return exc::value_error("Single '}' encountered in format string");
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(new_string(out))
}

fn expandtabs(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "expandtabs")?;
    let mut out = String::new();
    let mut col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                let n = 8 - col % 8;
                out.push_str(&" ".repeat(n));
                col += n;
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
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("isdigit", isdigit),
        ("isdecimal", isdigit),
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
        ("format", format),
        ("expandtabs", expandtabs),
    ];
    for (name, f) in methods {
        add_method(t, "str", name, *f);
    }
}
