//! `_re`: the matching core under `re` (`py/re.py`). `_re.compile(pattern, flags, is_bytes)`
//! parses a Python pattern (`re_parse`), translates it to the `fancy-regex` crate's syntax
//! (`re_emit`) and returns a `_re.Code` holding the compiled crate regex with the pattern's
//! group count, group names and final flags. A `Code` answers two questions:
//! - `search(string, pos, endpos, mode)`: one match (mode 0 search, 1 match at `pos`,
//!   2 fullmatch), as `(regs, lastindex)`;
//! - `scan(string, pos, endpos, limit)`: every match left to right with Python 3.7's rule for
//!   empty matches (a match may not be empty where the previous one ended if that one was
//!   empty), as a list of `(regs, lastindex)` (for `findall`, `finditer`, `sub`, `split`).
//!
//! `regs` is CPython's `Match.regs`: `(start, end)` per group, `(-1, -1)` for a group that did
//! not take part. Positions are code-point indices (the crate works in UTF-8 byte offsets;
//! they are converted here). `endpos` cuts the string, as CPython treats it as the end. Bytes
//! patterns and subjects arrive decoded as Latin-1, so character indices are byte indices.
//!
//! On a bad pattern `compile` returns `(message, position, kind)` instead and `re.py` raises
//! (kind 0 `re.error`, 1 `OverflowError`, 2 `ValueError`): the error class lives in Python.

use super::re_parse::{self, ErrKind};
use super::support::{self, parse, This};
use crate::heap::ObjRef;
use crate::objects::native::NativeObject;
use crate::vm::{exc, new_int, new_list, new_str, new_tuple, none, Args, PyResult, Vm};
use fancy_regex::{Regex, RegexBuilder, RegexInput};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::OnceLock;

/// A compiled pattern.
pub struct Code {
    /// The translated pattern, for the lazily built variants.
    source: String,
    regex: Regex,
    /// `(?:pattern)\z`, for fullmatch.
    full: OnceCell<Option<Regex>>,
    /// The pattern that only accepts non-empty matches (for the empty-match rule).
    not_empty: OnceCell<Option<Regex>>,
    groups: usize,
    parents: Vec<usize>,
}

impl NativeObject for Code {}

fn build(source: &str, not_empty: bool) -> Result<Regex, fancy_regex::Error> {
    RegexBuilder::new(source)
        .backtrack_limit(usize::MAX)
        .delegate_size_limit(1 << 28)
        .delegate_dfa_size_limit(1 << 26)
        .find_not_empty(not_empty)
        .build()
}

fn code_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = support::new_type("_re", "Code", None, false);
        support::methods(
            &t,
            "_re.Code",
            &[("search", code_search), ("scan", code_scan)],
        );
        t
    })
}

/// `_re.compile(pattern, flags, is_bytes)`.
fn compile(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "compile", 3, 3, &[])?;
    let pattern: Vec<char> = subject(&pos[0]).chars().collect();
    let flags = crate::vm::convert::index_i64(vm, &pos[1])?;
    let is_bytes = crate::vm::ops::truthy(vm, &pos[2])?;
    let failed = |e: re_parse::ReError| {
        let kind = match e.kind {
            ErrKind::Re => 0,
            ErrKind::Overflow => 1,
            ErrKind::Value => 2,
        };
        let pos = e.pos.map(|p| new_int(p as i64)).unwrap_or_else(none);
        Ok(new_tuple(vec![new_str(&e.msg), pos, new_int(kind)]))
    };
    let parsed = match re_parse::parse(&pattern, flags as u32, is_bytes) {
        Ok(p) => p,
        Err(e) => return failed(e),
    };
    let emitted = match super::re_emit::emit(&parsed.node) {
        Ok(s) => s,
        Err(e) => return failed(e),
    };
    let source = format!("(?:{emitted})");
    let regex = match build(&source, false) {
        Ok(r) => r,
        Err(e) => {
            return failed(re_parse::ReError {
                msg: format!("pattern not supported by mnemo's regex engine: {e}"),
                pos: None,
                kind: ErrKind::Re,
            })
        }
    };
    let names: Vec<ObjRef> = parsed
        .names
        .iter()
        .map(|(n, g)| new_tuple(vec![new_str(n), new_int(*g as i64)]))
        .collect();
    let code = support::new_native(
        code_type(),
        Code {
            source,
            regex,
            full: OnceCell::new(),
            not_empty: OnceCell::new(),
            groups: parsed.groups,
            parents: parsed.parents,
        },
    );
    Ok(new_tuple(vec![
        code,
        new_int(parsed.flags as i64),
        new_int(parsed.groups as i64),
        new_list(names),
    ]))
}

/// The text of a str (or str subclass) object.
fn subject(o: &ObjRef) -> Cow<'_, str> {
    if o.kind() == crate::heap::Kind::Str {
        Cow::Borrowed(crate::vm::str_of(o))
    } else {
        Cow::Owned(crate::vm::str_of(&crate::vm::methods::base_of(o)).to_string())
    }
}

/// Character-index <-> byte-offset conversion for one string.
struct Offsets {
    /// Byte offset of each character (and of the end); empty for ASCII text.
    starts: Vec<usize>,
}

impl Offsets {
    fn new(s: &str) -> Offsets {
        if s.is_ascii() {
            return Offsets { starts: vec![] };
        }
        let mut starts: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
        starts.push(s.len());
        Offsets { starts }
    }

    fn byte(&self, ch: usize) -> usize {
        if self.starts.is_empty() {
            ch
        } else {
            self.starts[ch.min(self.starts.len() - 1)]
        }
    }

    fn char(&self, b: usize) -> usize {
        if self.starts.is_empty() {
            b
        } else {
            self.starts.binary_search(&b).unwrap_or_else(|i| i)
        }
    }

    /// The character count of the text.
    fn len(&self, s: &str) -> usize {
        if self.starts.is_empty() {
            s.len()
        } else {
            self.starts.len() - 1
        }
    }
}

/// `(string, pos, endpos)` of a call, clamped as CPython clamps them (characters).
fn bounds<'a>(vm: &mut Vm, pos: &'a [ObjRef]) -> PyResult<(Cow<'a, str>, Offsets, usize, usize)> {
    let s = subject(&pos[0]);
    // An exact str knows whether it is ASCII without a scan.
    let known_ascii = pos[0]
        .downcast::<crate::objects::str::StrData>()
        .is_some_and(|d| d.is_ascii());
    let off = if known_ascii {
        Offsets { starts: vec![] }
    } else {
        Offsets::new(&s)
    };
    let n = off.len(&s) as i64;
    let p = crate::vm::convert::index_i64(vm, &pos[1])?.clamp(0, n) as usize;
    let e = crate::vm::convert::index_i64(vm, &pos[2])?.clamp(0, n) as usize;
    Ok((s, off, p, e))
}

fn run_error(e: fancy_regex::Error) -> PyResult<ObjRef> {
    exc::runtime_error(format!("regular expression matching failed: {e}"))
}

/// One match as `(regs, lastindex)`.
fn match_tuple(code: &Code, caps: &fancy_regex::Captures<str>, off: &Offsets) -> ObjRef {
    let mut spans: Vec<Option<(usize, usize)>> = Vec::with_capacity(code.groups + 1);
    for g in 0..=code.groups {
        spans.push(
            caps.get(g)
                .map(|m| (off.char(m.start()), off.char(m.end()))),
        );
    }
    let regs: Vec<ObjRef> = spans
        .iter()
        .map(|s| {
            let (a, b) = s.map(|(a, b)| (a as i64, b as i64)).unwrap_or((-1, -1));
            new_tuple(vec![new_int(a), new_int(b)])
        })
        .collect();
    let last = lastindex(code, &spans);
    new_tuple(vec![
        new_tuple(regs),
        last.map(|g| new_int(g as i64)).unwrap_or_else(none),
    ])
}

/// CPython's `lastindex`: the group whose match closed last. Among the groups ending furthest
/// right, an enclosing group closes after the groups inside it, and of two groups side by side
/// the later one closes last.
fn lastindex(code: &Code, spans: &[Option<(usize, usize)>]) -> Option<usize> {
    let end = spans.iter().skip(1).flatten().map(|s| s.1).max()?;
    let cands: Vec<usize> = (1..spans.len())
        .filter(|&g| spans[g].map(|s| s.1) == Some(end))
        .collect();
    let has_cand_ancestor = |g: usize| {
        let mut p = code.parents.get(g).copied().unwrap_or(0);
        while p != 0 {
            if cands.contains(&p) {
                return true;
            }
            p = code.parents.get(p).copied().unwrap_or(0);
        }
        false
    };
    cands
        .iter()
        .copied()
        .filter(|&g| !has_cand_ancestor(g))
        .max()
}

impl Code {
    fn full(&self) -> Option<&Regex> {
        self.full
            .get_or_init(|| build(&format!("{}\\z", self.source), false).ok())
            .as_ref()
    }

    fn not_empty(&self) -> Option<&Regex> {
        self.not_empty
            .get_or_init(|| build(&self.source, true).ok())
            .as_ref()
    }
}

/// `Code.search(string, pos, endpos, mode)`.
fn code_search(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let code = This::<Code>::from_args(&args, "_re.Code", "search")?;
    let (pos, _) = parse(&args.rest(), "search", 4, 4, &[])?;
    let mode = crate::vm::convert::index_i64(vm, &pos[3])?;
    let (s, off, p, e) = bounds(vm, pos)?;
    if p > e {
        return Ok(none());
    }
    let text = &s[..off.byte(e)];
    let start = off.byte(p);
    let (regex, anchored) = match mode {
        0 => (&code.regex, false),
        1 => (&code.regex, true),
        _ => match code.full() {
            Some(r) => (r, true),
            None => return Ok(none()),
        },
    };
    let input = RegexInput::new(text).from_pos(start).anchored(anchored);
    match regex.captures_input(input) {
        Ok(Some(c)) => Ok(match_tuple(&code, &c, &off)),
        Ok(None) => Ok(none()),
        Err(e) => run_error(e),
    }
}

/// `Code.scan(string, pos, endpos, limit)`: up to `limit` matches (0: all).
fn code_scan(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let code = This::<Code>::from_args(&args, "_re.Code", "scan")?;
    let (pos, _) = parse(&args.rest(), "scan", 4, 4, &[])?;
    let limit = crate::vm::convert::index_i64(vm, &pos[3])?;
    let (s, off, p, e) = bounds(vm, pos)?;
    let mut out = vec![];
    if p > e {
        return Ok(new_list(out));
    }
    let text = &s[..off.byte(e)];
    let mut at = off.byte(p);
    let mut must_advance = false;
    while at <= text.len() && (limit <= 0 || (out.len() as i64) < limit) {
        let found = code.regex.captures_from_pos(text, at);
        let mut caps = match found {
            Ok(Some(c)) => c,
            Ok(None) => break,
            Err(e) => return run_error(e),
        };
        let m = caps
            .get(0)
            .map(|m| (m.start(), m.end()))
            .unwrap_or((at, at));
        if must_advance && m == (at, at) {
            // The match here may not be empty: the first non-empty one at `at`, else the
            // first match from the next character on.
            let anchored = code
                .not_empty()
                .map(|r| r.captures_input(RegexInput::new(text).from_pos(at).anchored(true)));
            match anchored {
                Some(Ok(Some(c))) => caps = c,
                Some(Err(e)) => return run_error(e),
                _ => {
                    let Some(next) = text[at..].chars().next().map(|c| at + c.len_utf8()) else {
                        break;
                    };
                    match code.regex.captures_from_pos(text, next) {
                        Ok(Some(c)) => caps = c,
                        Ok(None) => break,
                        Err(e) => return run_error(e),
                    }
                }
            }
        }
        let m = caps
            .get(0)
            .map(|m| (m.start(), m.end()))
            .unwrap_or((at, at));
        out.push(match_tuple(&code, &caps, &off));
        must_advance = m.0 == m.1;
        at = m.1;
    }
    Ok(new_list(out))
}

pub fn init(_vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    support::add_functions(ns, &[("compile", compile)]);
    support::set(ns, "Code", code_type().clone());
    Ok(())
}
