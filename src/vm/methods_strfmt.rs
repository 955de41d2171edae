//! `str.format` and `str.format_map`: replacement fields with automatic or manual numbering,
//! keyword and mapping lookup, attribute and item access, conversions (`!r`, `!s`, `!a`) and
//! nested fields in format specs, with CPython's error messages.

use super::methods_str::s0;
use super::{convert, exc, new_int, new_str, new_string, ops, str_of, Args, PyResult, Vm};
use crate::builtins::ArgSpec;
use crate::heap::ObjRef;

/// `str.format(*args, **kwargs)`: replacement fields with indices, names, attributes,
/// items, conversions and nested format specs.
pub fn format(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "format")?;
    let r = args.rest();
    let kwargs: Vec<(String, ObjRef)> = r
        .kwargs()
        .map(|(k, v)| (str_of(k).to_string(), v.clone()))
        .collect();
    format_with(vm, &s, r.pos(), Some(&kwargs), None)
}

/// Where `str.format`'s fields come from, and its automatic-numbering state.
struct FormatState<'a> {
    pos: &'a [ObjRef],
    kwargs: Option<&'a [(String, ObjRef)]>,
    mapping: Option<&'a ObjRef>,
    /// `Some(n)`: automatic numbering, next index n; `None` before any field.
    auto: Option<usize>,
    manual: bool,
}

/// `s.format(*pos, **kwargs)`, or `s.format_map(mapping)` when `mapping` is given.
pub fn format_with(
    vm: &mut Vm,
    s: &str,
    pos: &[ObjRef],
    kwargs: Option<&[(String, ObjRef)]>,
    mapping: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let mut st = FormatState {
        pos,
        kwargs,
        mapping,
        auto: None,
        manual: false,
    };
    format_rec(vm, s, &mut st, 2).map(new_string)
}

fn format_rec(vm: &mut Vm, s: &str, st: &mut FormatState, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return exc::value_error("Max string recursion exceeded");
    }
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            if i + 1 == chars.len() {
                return exc::value_error("Single '{' encountered in format string");
            }
            let mut d = 1;
            let mut j = i + 1;
            let mut in_index = false;
            while j < chars.len() {
                match chars[j] {
                    '[' if d == 1 => in_index = true,
                    ']' if d == 1 => in_index = false,
                    '{' if !in_index => d += 1,
                    '}' if !in_index => {
                        d -= 1;
                        if d == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if d != 0 {
                return exc::value_error("expected '}' before end of string");
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&format_field(vm, &field, st, depth)?);
            i = j + 1;
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
    Ok(out)
}

fn format_field(vm: &mut Vm, field: &str, st: &mut FormatState, depth: u32) -> PyResult<String> {
    // The field name ends at the first '!' or ':' outside brackets.
    let mut end = field.len();
    let mut in_index = false;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => in_index = true,
            ']' => in_index = false,
            '!' | ':' if !in_index => {
                end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..end];
    let mut tail = &field[end..];
    let mut conv = None;
    if let Some(t) = tail.strip_prefix('!') {
        let mut it = t.chars();
        conv = it.next();
        let after = it.as_str();
        if !(after.is_empty() || after.starts_with(':')) {
            return exc::value_error("expected ':' after conversion specifier");
        }
        tail = after;
    }
    let spec = tail.strip_prefix(':').unwrap_or("");
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let key = &name[..first_end];
    let mut v = if key.is_empty() {
        if st.manual {
            return exc::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            );
        }
        let n = st.auto.unwrap_or(0);
        st.auto = Some(n + 1);
        positional(st, n)?
    } else if let Ok(n) = key.parse::<usize>() {
        if st.auto.is_some() {
            return exc::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            );
        }
        st.manual = true;
        positional(st, n)?
    } else if let Some(m) = st.mapping {
        ops::getitem(vm, m, &new_str(key))?
    } else {
        st.kwargs
            .unwrap_or(&[])
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
            let Some(end) = r.find(']') else {
                return exc::value_error("expected '}' before end of string");
            };
            let k = &r[..end];
            let key = match k.parse::<i64>() {
                Ok(n) if !k.starts_with(['+', '-']) => new_int(n),
                _ => new_str(k),
            };
            v = ops::getitem(vm, &v, &key)?;
            rest_name = &r[end + 1..];
        } else {
            return exc::value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    let v = match conv {
        None => v,
        Some('r') => convert::repr(vm, &v)?,
        Some('s') => convert::str(vm, &v)?,
        Some('a') => convert::ascii(vm, &v)?,
        Some(c) => return exc::value_error(format!("Unknown conversion specifier {c}")),
    };
    let spec = if spec.contains('{') {
        format_rec(vm, spec, st, depth - 1)?
    } else {
        spec.to_string()
    };
    let f = convert::format(vm, &v, &spec)?;
    Ok(str_of(&f).to_string())
}

fn positional(st: &FormatState, n: usize) -> PyResult<ObjRef> {
    if st.mapping.is_some() {
        return exc::value_error("Format string contains positional fields");
    }
    st.pos.get(n).cloned().ok_or_else(|| {
        exc::err(
            "IndexError",
            format!("Replacement index {n} out of range for positional args tuple"),
        )
    })
}

pub fn format_map(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let s = s0(&args, "format_map")?;
    let (pos, _) = ArgSpec {
        name: "format_map",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    format_with(vm, &s, &[], None, Some(&pos[0]))
}
