//! Translation of a parsed Python pattern (`re_parse::Node`) into the syntax of the
//! `fancy-regex` crate, keeping Python's meaning where the two differ:
//! - `$` without MULTILINE matches at the end and before a final newline: `(?=\n?\z)`;
//!   `\Z` is the absolute end: `\z`;
//! - `\d`, `\w`, `\s` are Python's (`str.isdecimal`-like digits, letters/numbers/underscore,
//!   `str.isspace` characters), or ASCII's under `re.ASCII` (and for bytes patterns);
//! - IGNORECASE folds with the crate's Unicode simple case folding, or ASCII letters only
//!   (`re.ASCII`, bytes patterns), spelled out as `[aA]`;
//! - group names are the parser's business: every group is emitted as a plain numbered group,
//!   backreferences as `\k<n>`;
//! - literals are escaped as `\x{...}` whenever they are ASCII punctuation or space, so no
//!   character of the pattern is read as syntax by the crate.
//!
//! Python requires look-behinds of fixed width; the check (and its message) is here.

use super::re_parse::{width, Case, Category, ClassItem, ErrKind, Node, ReError, RepeatKind};
use std::fmt::Write;

/// The characters `str.isspace()` accepts (Python's Unicode `\s`).
const UNICODE_SPACE: &str = r"\t\n\x0B\x0C\r\x1C-\x1F\x20\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}";
const ASCII_SPACE: &str = r"\t\n\x0B\x0C\r\x20";
const ASCII_WORD: &str = r"0-9A-Za-z_";
const UNICODE_WORD: &str = r"\p{L}\p{N}_";

/// `node` in fancy-regex syntax.
pub fn emit(node: &Node) -> Result<String, ReError> {
    let mut out = String::new();
    emit_into(node, &mut out)?;
    Ok(out)
}

fn push_literal(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || !c.is_ascii() {
        out.push(c);
    } else {
        let _ = write!(out, "\\x{{{:X}}}", c as u32);
    }
}

/// A literal inside a `[...]` (every ASCII non-alphanumeric is escaped, as outside).
fn push_class_char(out: &mut String, c: char) {
    push_literal(out, c)
}

fn category_body(cat: Category, ascii: bool) -> &'static str {
    match (cat, ascii) {
        (Category::Digit, true) => "0-9",
        (Category::Digit, false) => r"\p{Nd}",
        (Category::Word, true) => ASCII_WORD,
        (Category::Word, false) => UNICODE_WORD,
        (Category::Space, true) => ASCII_SPACE,
        (Category::Space, false) => UNICODE_SPACE,
    }
}

/// The other-case ASCII ranges of the letters in `lo..=hi` (for ASCII case folding).
fn ascii_case_partners(lo: char, hi: char, out: &mut Vec<(char, char)>) {
    for (a, b, delta) in [('a', 'z', -32i32), ('A', 'Z', 32)] {
        let s = lo.max(a);
        let e = hi.min(b);
        if s <= e {
            let m = |c: char| char::from_u32((c as i32 + delta) as u32).unwrap_or(c);
            out.push((m(s), m(e)));
        }
    }
}

fn emit_class(items: &[ClassItem], neg: bool, case: Case, ascii: bool, out: &mut String) {
    let mut body = String::new();
    let mut extra = vec![];
    for it in items {
        match it {
            ClassItem::Range(a, b) => {
                push_class_char(&mut body, *a);
                if a != b {
                    body.push('-');
                    push_class_char(&mut body, *b);
                }
                if case == Case::Ascii {
                    ascii_case_partners(*a, *b, &mut extra);
                }
            }
            ClassItem::Cat { cat, neg } => {
                let inner = category_body(*cat, ascii);
                if *neg {
                    let _ = write!(body, "[^{inner}]");
                } else {
                    body.push_str(inner);
                }
            }
        }
    }
    for (a, b) in extra {
        push_class_char(&mut body, a);
        body.push('-');
        push_class_char(&mut body, b);
    }
    let unicode_case = case == Case::Unicode;
    if unicode_case {
        out.push_str("(?i:");
    }
    if body.is_empty() {
        // Unreachable from Python syntax (a set has at least one member); be safe anyway.
        out.push_str(if neg { r"[\s\S]" } else { r"[^\s\S]" });
    } else {
        out.push('[');
        if neg {
            out.push('^');
        }
        out.push_str(&body);
        out.push(']');
    }
    if unicode_case {
        out.push(')');
    }
}

/// A word boundary by ASCII's `\w` (the crate's `\b` is Unicode's).
fn ascii_boundary(neg: bool) -> String {
    let w = format!("[{ASCII_WORD}]");
    if neg {
        format!("(?:(?<={w})(?={w})|(?<!{w})(?!{w}))")
    } else {
        format!("(?:(?<={w})(?!{w})|(?<!{w})(?={w}))")
    }
}

fn emit_into(node: &Node, out: &mut String) -> Result<(), ReError> {
    match node {
        Node::Empty => out.push_str("(?:)"),
        Node::Char(c, case) => match case {
            Case::Unicode if c.to_lowercase().ne(c.to_uppercase()) => {
                out.push_str("(?i:");
                push_literal(out, *c);
                out.push(')');
            }
            Case::Ascii if c.is_ascii_alphabetic() => {
                out.push('[');
                out.push(c.to_ascii_lowercase());
                out.push(c.to_ascii_uppercase());
                out.push(']');
            }
            _ => push_literal(out, *c),
        },
        Node::Any { dotall } => out.push_str(if *dotall { r"[\s\S]" } else { r"[^\n]" }),
        Node::Class {
            items,
            neg,
            case,
            ascii,
        } => emit_class(items, *neg, *case, *ascii, out),
        Node::Begin => out.push_str(r"\A"),
        Node::LineBegin { multiline } => out.push_str(if *multiline { "(?m:^)" } else { r"\A" }),
        Node::LineEnd { multiline } => {
            out.push_str(if *multiline { "(?m:$)" } else { r"(?=\n?\z)" })
        }
        Node::End => out.push_str(r"\z"),
        Node::Boundary { neg, ascii } => {
            if *ascii {
                out.push_str(&ascii_boundary(*neg));
            } else {
                out.push_str(if *neg { r"\B" } else { r"\b" });
            }
            if *neg {
                // Python's `\B` never matches in an empty string.
                out.push_str(r"(?!\A\z)");
            }
        }
        Node::Group(_, n) => {
            out.push('(');
            emit_into(n, out)?;
            out.push(')');
        }
        Node::Concat(v) => {
            for n in v {
                emit_into(n, out)?;
            }
        }
        Node::Alt(v) => {
            out.push_str("(?:");
            for (k, n) in v.iter().enumerate() {
                if k > 0 {
                    out.push('|');
                }
                emit_into(n, out)?;
            }
            out.push(')');
        }
        Node::Repeat {
            node,
            min,
            max,
            kind,
        } => {
            if width(node).1 == Some(0) {
                // Repeating something of zero width (a lookaround, say): the crate refuses to,
                // and once is as good as many.
                return match (min, kind) {
                    (0, RepeatKind::Lazy) => {
                        out.push_str("(?:|");
                        emit_into(node, out)?;
                        out.push(')');
                        Ok(())
                    }
                    (0, _) => {
                        out.push_str("(?:");
                        emit_into(node, out)?;
                        out.push_str("|)");
                        Ok(())
                    }
                    _ => emit_into(node, out),
                };
            }
            let possessive = *kind == RepeatKind::Possessive;
            if possessive {
                out.push_str("(?>");
            }
            out.push_str("(?:");
            emit_into(node, out)?;
            out.push(')');
            match (min, max) {
                (0, None) => out.push('*'),
                (1, None) => out.push('+'),
                (0, Some(1)) => out.push('?'),
                (m, None) => {
                    let _ = write!(out, "{{{m},}}");
                }
                (m, Some(n)) if m == n => {
                    let _ = write!(out, "{{{m}}}");
                }
                (m, Some(n)) => {
                    let _ = write!(out, "{{{m},{n}}}");
                }
            }
            if *kind == RepeatKind::Lazy {
                out.push('?');
            }
            if possessive {
                out.push(')');
            }
        }
        Node::Backref(n, case, _) => {
            if *case == Case::Exact {
                let _ = write!(out, r"\k<{n}>");
            } else {
                let _ = write!(out, r"(?i:\k<{n}>)");
            }
        }
        Node::Look { behind, neg, node } => {
            if *behind {
                let (lo, hi) = width(node);
                if hi != Some(lo) {
                    return Err(ReError {
                        msg: "look-behind requires fixed-width pattern".into(),
                        pos: None,
                        kind: ErrKind::Re,
                    });
                }
            }
            out.push_str(match (behind, neg) {
                (false, false) => "(?=",
                (false, true) => "(?!",
                (true, false) => "(?<=",
                (true, true) => "(?<!",
            });
            emit_into(node, out)?;
            out.push(')');
        }
        Node::Atomic(n) => {
            out.push_str("(?>");
            emit_into(n, out)?;
            out.push(')');
        }
        Node::Cond { group, yes, no } => {
            let _ = write!(out, "(?({group})");
            emit_into(yes, out)?;
            out.push('|');
            emit_into(no, out)?;
            out.push(')');
        }
    }
    Ok(())
}
