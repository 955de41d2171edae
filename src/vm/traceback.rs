//! Tracebacks: recording where an exception passed, and printing it as CPython 3.11 does —
//! the chain of causes and contexts, each `File "...", line N, in name` entry with its source
//! line and, when the failing expression is only part of the line, a caret line (PEP 657) with
//! `~` under the operands and `^` under the operator or subscript, as 3.11 anchors them.

use super::frame::Frame;
use super::{convert, dictops, exc, rt, str_of, type_name, Vm};
use crate::heap::{self, ObjRef};
use crate::objects::code::CodeData;
use crate::objects::exception::{ExceptionData, TracebackData};
use crate::objects::typeobj::TypeData;
use std::cell::RefCell;

/// Record that `e` passed through `frame` at instruction `pc` (prepending to its traceback).
pub fn add_entry(e: &ObjRef, frame: &Frame, pc: usize) {
    let Some(d) = e.downcast::<ExceptionData>() else {
        return;
    };
    let cd = frame.code.payload::<CodeData>();
    let lineno = cd.code.positions.get(pc).map_or(0, |p| p.line);
    let prev = d.traceback.borrow_mut().take();
    let tb = heap::alloc(
        &rt().types.traceback,
        TracebackData {
            next: RefCell::new(prev),
            code: frame.code.clone(),
            lasti: pc as u32,
            lineno,
            globals: frame.globals.clone(),
        },
    );
    *d.traceback.borrow_mut() = Some(tb);
}

/// The lines of a source file, cached (for printing tracebacks).
fn source_line(vm: &mut Vm, filename: &str, line: u32) -> Option<String> {
    // CPython reads traceback lines from the file: `<string>` and `<stdin>` have none.
    if filename.starts_with('<') {
        return None;
    }
    if !vm.sources.contains_key(filename) {
        let text = std::fs::read(filename).ok()?;
        vm.sources.insert(
            filename.to_string(),
            String::from_utf8_lossy(&text).into_owned(),
        );
    }
    vm.sources.get(filename).and_then(|s| {
        s.lines()
            .nth((line as usize).checked_sub(1)?)
            .map(String::from)
    })
}

/// The full text CPython prints for an uncaught exception `e`.
pub fn format_exception(vm: &mut Vm, e: &ObjRef) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, e, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, e: &ObjRef, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(e.addr());
    if let Some(d) = e.downcast::<ExceptionData>() {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        if let Some(c) = cause {
            if !seen.contains(&c.addr()) {
                format_chain(vm, &c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let Some(c) = context {
            if !d.suppress_context.get() && !seen.contains(&c.addr()) {
                format_chain(vm, &c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
    }
    format_one(vm, e, out);
}

/// One exception: its traceback entries and its `Type: message` line.
fn format_one(vm: &mut Vm, e: &ObjRef, out: &mut String) {
    let tb = e
        .downcast::<ExceptionData>()
        .and_then(|d| d.traceback.borrow().clone());
    if let Some(tb) = tb {
        out.push_str("Traceback (most recent call last):\n");
        let mut cur = Some(tb);
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0;
        while let Some(t) = cur {
            let td = t.payload::<TracebackData>();
            let cd = td.code.payload::<CodeData>();
            let filename = str_of(&cd.filename).to_string();
            let name = str_of(&cd.name).to_string();
            let key = (filename.clone(), td.lineno, name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
            } else {
                flush_repeats(out, repeats);
                repeats = 0;
            }
            if repeats < 3 {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    filename, td.lineno, name
                ));
                if let Some(line) = source_line(vm, &filename, td.lineno) {
                    let pos = cd
                        .code
                        .positions
                        .get(td.lasti as usize)
                        .copied()
                        .unwrap_or_default();
                    out.push_str(&format_source_line(&line, pos));
                }
            }
            last = Some(key);
            cur = td.next.borrow().clone();
        }
        flush_repeats(out, repeats);
    }
    if exc::matches(e, "SyntaxError") {
        if let Some(text) = render_syntax_error(e) {
            out.push_str(&text);
            return;
        }
    }
    out.push_str(&exception_line(vm, e));
    if let Some(s) = suggestion(vm, e) {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    out.push('\n');
}

/// CPython 3.11's "Did you mean" for NameError (the innermost frame's names, then globals, then
/// builtins) and AttributeError (the object's attributes), by its edit distance.
fn suggestion(vm: &mut Vm, e: &ObjRef) -> Option<String> {
    let name_attr = super::attr::getattr_opt(vm, e, "name").ok().flatten()?;
    if name_attr.kind() != crate::heap::Kind::Str {
        return None;
    }
    let name = str_of(&name_attr).to_string();
    let candidates_lists: Vec<Vec<String>> = if exc::matches(e, "NameError") {
        let mut tb = exc::data(e).traceback.borrow().clone()?;
        loop {
            let next = tb.payload::<TracebackData>().next.borrow().clone();
            match next {
                Some(n) => tb = n,
                None => break,
            }
        }
        let td = tb.payload::<TracebackData>();
        let cd = td.code.payload::<CodeData>();
        let locals: Vec<String> = if cd.code.flags.optimized {
            cd.varnames
                .iter()
                .chain(cd.cellnames.iter())
                .map(|n| str_of(n).to_string())
                .collect()
        } else {
            Vec::new()
        };
        let keys = |d: &ObjRef| {
            dictops::items(d)
                .iter()
                .map(|(k, _)| str_of(k).to_string())
                .collect::<Vec<_>>()
        };
        let globals = keys(&td.globals);
        let builtins = keys(&vm.builtins);
        vec![locals, globals, builtins]
    } else if exc::matches(e, "AttributeError") {
        let obj = super::attr::getattr_opt(vm, e, "obj").ok().flatten()?;
        let dir = vm.builtins.clone();
        let dir = dictops::getitem_str(&dir, "dir")?;
        let names = super::call::call(vm, &dir, super::Args::new(&[obj])).ok()?;
        let names = super::ops::collect(vm, &names).ok()?;
        vec![names.iter().map(|n| str_of(n).to_string()).collect()]
    } else {
        return None;
    };
    candidates_lists.iter().find_map(|c| best_match(&name, c))
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` (Python/suggestions.c), with its early exits.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > 40 || b.len() > 40 {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// CPython's `calculate_suggestions`: the closest candidate within a third of the characters.
fn best_match(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= 750 {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max_distance = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), c.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

/// A SyntaxError's own report (`File`, source line, carets, message) from its attributes.
fn render_syntax_error(e: &ObjRef) -> Option<String> {
    let args = exc::data(e).args.borrow().clone();
    let items = args
        .payload::<crate::objects::tuple::TupleData>()
        .items
        .to_vec();
    let msg = str_of(items.first()?).to_string();
    let name = type_name(e);
    let Some(detail) = items.get(1) else {
        return Some(format!("{name}: {msg}\n"));
    };
    let d = detail
        .payload::<crate::objects::tuple::TupleData>()
        .items
        .to_vec();
    let int = |o: &ObjRef| {
        o.downcast::<crate::objects::int::IntData>()
            .and_then(|i| i.as_i64())
            .unwrap_or(0)
    };
    if d.get(3)?.is(&super::rt().none) {
        // No text (a compiler error in `<string>`): CPython prints the File line only.
        return Some(format!(
            "  File \"{}\", line {}\n{name}: {msg}\n",
            str_of(d.first()?),
            int(d.get(1)?)
        ));
    }
    let exact = e.type_of().is(&exc::exc_type("SyntaxError"));
    let loc = crate::parse::Located {
        has_location: true,
        kind: match name.as_str() {
            "IndentationError" => crate::parse::ErrorKind::Indentation,
            "TabError" => crate::parse::ErrorKind::Tab,
            _ => crate::parse::ErrorKind::Syntax,
        },
        msg,
        lineno: int(d.get(1)?) as usize,
        offset: int(d.get(2)?) as usize,
        // CPython's parse_syntax_error reads the end of the range for an exact SyntaxError
        // only: a subclass (IndentationError, TabError) gets one caret.
        end_lineno: if exact {
            int(d.get(4)?) as usize
        } else {
            int(d.get(1)?) as usize
        },
        end_offset: if exact { int(d.get(5)?) as isize } else { -1 },
        text: str_of(d.get(3)?).to_string(),
    };
    Some(loc.render(str_of(d.first()?)))
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// `Type: message` (module-qualified for classes outside `builtins` and `__main__`).
pub fn exception_line(vm: &mut Vm, e: &ObjRef) -> String {
    let ty = e.type_of();
    let td = ty.payload::<TypeData>();
    let mut name = td.qualname.borrow().clone();
    if td.heap {
        if let Some(m) = dictops::getitem_str(&td.dict, "__module__") {
            let m = str_of(&m);
            if m != "builtins" && m != "__main__" {
                name = format!("{m}.{name}");
            }
        }
    }
    let msg = match convert::str_string(vm, e) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// The source line (stripped, indented 4) and, when the expression is part of it, the carets.
fn format_source_line(line: &str, pos: crate::compile::code::Position) -> String {
    let stripped = line.trim_start();
    let lead = line.len() - stripped.len();
    let text = stripped.trim_end();
    let mut out = format!("    {text}\n");
    if pos.line == 0 || pos.end_line < pos.line {
        return out;
    }
    // An expression spanning several lines: 3.11 marks the rest of its first line.
    let end_col = if pos.end_line > pos.line {
        line.trim_end().len() as u32
    } else {
        pos.end_col
    };
    let (col, end) = (pos.col as usize, end_col as usize);
    if col < lead
        || end > line.len()
        || col >= end
        || !line.is_char_boundary(col)
        || !line.is_char_boundary(end)
    {
        return out;
    }
    let segment = &line[col..end];
    let anchored = if pos.end_line > pos.line {
        None
    } else {
        anchors(segment)
    };
    // The whole (stripped) line without an operator to point at: no carets (3.11's rule).
    if col == lead && end >= lead + text.len() && anchored.is_none() {
        return out;
    }
    let (primary_start, primary_end) = anchored.unwrap_or((0, segment.len()));
    out.push_str("    ");
    out.push_str(&" ".repeat(line[lead..col].chars().count()));
    for (i, _) in segment.char_indices() {
        let primary =
            (i >= primary_start && i < primary_end) || primary_end - primary_start == segment.len();
        out.push(if primary { '^' } else { '~' });
    }
    out.push('\n');
    out
}

/// 3.11's anchors: for a binary operation, `^` under the operator; for a subscript, under
/// `[...]`; `None` for everything else (all `^`).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let wrapped = format!("({segment})\n");
    let module = crate::parse::parse_str(&wrapped).ok()?;
    let stmt = module.body.first()?;
    let crate::ast::StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    match &value.kind {
        crate::ast::ExprKind::BinOp { left, .. } => {
            let after_left = left.span.end as usize - 1;
            let rest = &segment[after_left.min(segment.len())..];
            let skip = rest.len() - rest.trim_start_matches([' ', '\t', ')', '\\', '\n']).len();
            let op_start = after_left + skip;
            let op_len = segment[op_start..]
                .chars()
                .take_while(|c| "+-*/%@<>&|^=".contains(*c))
                .count()
                .max(1);
            Some((op_start, op_start + op_len))
        }
        crate::ast::ExprKind::Subscript { value: v, .. } => {
            let start = v.span.end as usize - 1;
            let rest = &segment[start.min(segment.len())..];
            let skip = rest.find('[').unwrap_or(0);
            Some((start + skip, segment.len()))
        }
        _ => None,
    }
}

/// Print an uncaught exception to stderr, as CPython's default `sys.excepthook`.
pub fn print_exception(vm: &mut Vm, e: &ObjRef) {
    let text = format_exception(vm, e);
    super::io::write_stderr(vm, &text);
}

/// `repr` of an object for messages, never failing.
pub fn safe_repr(vm: &mut Vm, o: &ObjRef) -> String {
    convert::repr_string(vm, o).unwrap_or_else(|_| format!("<{} object>", type_name(o)))
}

#[allow(dead_code)]
fn _e() -> ObjRef {
    exc::err_noargs("Exception")
}
