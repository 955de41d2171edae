//! `str` methods that search: `find`, `rfind`, `index`, `rindex`, `count`, `startswith`,
//! `endswith`. Their optional `start`/`end` are code-point positions; the text is borrowed
//! from the str object (not copied) and an ASCII str (known in O(1) from its length in code
//! points) maps positions to bytes directly, so a search from a position is not O(position).

use super::methods_str::{s0_obj, str_arg};
use super::{exc, new_bool, new_int, str_of, type_name, Args, PyResult, Vm};
use crate::builtins::ArgSpec;
use crate::heap::{Kind, ObjRef};

fn affix(args: Args, name: &str, start: bool) -> PyResult<ObjRef> {
    let so = s0_obj(&args, name)?;
    let s = str_of(&so);
    let (pos, _) = ArgSpec {
        name,
        min: 1,
        max: 3,
        kw: &[],
    }
    .parse(&args.rest())?;
    let range = char_range(s, ascii_of(&so), pos.get(1), pos.get(2))?;
    let test = |p: &str| match range {
        None => false,
        Some((a, b)) if start => s[a..b].starts_with(p),
        Some((a, b)) => s[a..b].ends_with(p),
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

pub(super) fn startswith(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    affix(a, "startswith", true)
}
pub(super) fn endswith(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    affix(a, "endswith", false)
}

fn char_index(s: &str, ascii: bool, byte: usize) -> i64 {
    if ascii {
        return byte as i64;
    }
    s[..byte].chars().count() as i64
}

/// Whether a str object's text is ASCII (known from its length in code points: O(1)).
fn ascii_of(o: &ObjRef) -> bool {
    o.payload::<crate::objects::str::StrData>().is_ascii()
}

/// The byte range of characters `start..end` (optional slice-like arguments) of `s`.
fn char_range(
    s: &str,
    ascii: bool,
    start: Option<&ObjRef>,
    end: Option<&ObjRef>,
) -> PyResult<Option<(usize, usize)>> {
    let n = if ascii { s.len() } else { s.chars().count() };
    let (a, b) = super::methods_bytes::bounds(start, end, n)?;
    if a > b {
        return Ok(None);
    }
    if ascii {
        return Ok(Some((a, b)));
    }
    let off = |k: usize| s.char_indices().nth(k).map_or(s.len(), |(i, _)| i);
    Ok(Some((off(a), off(b))))
}

fn find_impl(args: Args, name: &str, right: bool, raise: bool) -> PyResult<ObjRef> {
    let so = s0_obj(&args, name)?;
    let s = str_of(&so);
    let (pos, _) = ArgSpec {
        name,
        min: 1,
        max: 3,
        kw: &[],
    }
    .parse(&args.rest())?;
    let sub = str_arg(&pos[0], "must be str")?;
    let r = match char_range(s, ascii_of(&so), pos.get(1), pos.get(2))? {
        Some((a, b)) => {
            let h = &s[a..b];
            (if right { h.rfind(&sub) } else { h.find(&sub) }).map(|i| i + a)
        }
        None => None,
    };
    match r {
        Some(b) => Ok(new_int(char_index(s, ascii_of(&so), b))),
        None if raise => exc::value_error("substring not found"),
        None => Ok(new_int(-1)),
    }
}

pub(super) fn find(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    find_impl(a, "find", false, false)
}
pub(super) fn rfind(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    find_impl(a, "rfind", true, false)
}
pub(super) fn index(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    find_impl(a, "index", false, true)
}
pub(super) fn rindex(_vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    find_impl(a, "rindex", true, true)
}

pub(super) fn count(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let so = s0_obj(&args, "count")?;
    let s = str_of(&so);
    let (pos, _) = ArgSpec {
        name: "count",
        min: 1,
        max: 3,
        kw: &[],
    }
    .parse(&args.rest())?;
    let sub = str_arg(&pos[0], "must be str")?;
    let Some((a, b)) = char_range(s, ascii_of(&so), pos.get(1), pos.get(2))? else {
        return Ok(new_int(0));
    };
    let h = &s[a..b];
    if sub.is_empty() {
        return Ok(new_int(h.chars().count() as i64 + 1));
    }
    Ok(new_int(h.matches(&sub).count() as i64))
}
