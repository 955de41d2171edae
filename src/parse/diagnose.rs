//! Diagnosis of parser failures: which message CPython 3.11 would give, and where.
//!
//! lalrpop reports the token it could not take and what it expected there. CPython's PEG parser,
//! on failure, re-parses with its `invalid_*` rules enabled and reports the most specific error
//! it finds; failing that, "invalid syntax" at the last token, overridden by any tokenizer error
//! further on (`_PyPegen_tokenize_full_source_to_check_for_errors`). [`errors_for`] reproduces
//! the common cases from the token list around the failure.

use super::error::{ErrorKind, SyntaxError};
use super::layout::Layout;
use super::lexer::{Spanned, Tok};
use super::LineIndex;

/// The error for a parse that failed at token index `at` (`tokens.len()` for end of input).
pub fn errors_for(src: &str, lay: &Layout, at: usize, expected: &[String]) -> SyntaxError {
    let primary = parser_error(src, lay, at, expected);
    override_with_tokenizer(src, lay, at, primary)
}

/// CPython, having found a syntax error in the parser, tokenizes the rest of the file: a
/// tokenizer error there wins, and so does an unclosed bracket opened on a line before the
/// failure (`_PyPegen_tokenize_full_source_to_check_for_errors`). Indentation errors stand.
pub fn override_with_tokenizer(
    src: &str,
    lay: &Layout,
    at: usize,
    primary: SyntaxError,
) -> SyntaxError {
    if primary.kind != ErrorKind::Syntax {
        return primary;
    }
    if let Some(e) = &lay.error {
        return e.clone();
    }
    if let Some(&(_, open_at)) = lay.open_brackets.last() {
        let fail_at = lay.tokens.get(at).map_or(src.len(), |t| t.0);
        let index = LineIndex::new(src);
        if index.line_of(open_at).0 < index.line_of(fail_at).0 {
            return never_closed(lay);
        }
    }
    primary
}

fn parser_error(src: &str, lay: &Layout, at: usize, expected: &[String]) -> SyntaxError {
    let toks = &lay.tokens;
    let expects = |t: &str| expected.iter().any(|e| e == t);
    let at_eof = at >= toks.len() || is_eof_filler(toks, at);

    // End of input inside brackets.
    if !lay.open_brackets.is_empty() && (at_eof || is_final_newline(toks, at)) {
        if let Some(e) = &lay.error {
            return e.clone();
        }
        return never_closed(lay);
    }
    if at >= toks.len() && lay.error.is_some() {
        return lay.error.clone().unwrap_or_else(|| generic(src, 0, 0));
    }

    // A block that should have started.
    if expects("Indent") && toks.get(at).map(|t| &t.1) != Some(&Tok::Indent) {
        return expected_block(src, toks, at);
    }
    let Some((start, tok, end)) = toks.get(at) else {
        return eof_error(src);
    };
    let (start, end) = (*start, *end);
    if *tok == Tok::Indent {
        return unexpected_indent(src, start);
    }

    let line_first = logical_line_start(toks, at);
    let first_tok = &toks[line_first].1;
    let depth = bracket_depth(toks, line_first, at);

    // `match subject:` — a statement mnemo does not implement (`match` as a name still works).
    if let Tok::Name(n) = first_tok {
        if n == "match" && line_ends_with_colon(toks, line_first) {
            return SyntaxError::new(
                ErrorKind::Syntax,
                "the match statement is not supported by mnemo",
                toks[line_first].0,
            )
            .with_end(toks[line_first].2);
        }
    }

    // `print x`: Python 2's print statement.
    if at == line_first + 1 && starts_expression(tok) {
        if let Tok::Name(n) = first_tok {
            if n == "print" || n == "exec" {
                let stmt_end = statement_end(toks, at);
                return SyntaxError::new(
                    ErrorKind::Syntax,
                    format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                    toks[line_first].0,
                )
                .with_end(stmt_end);
            }
        }
    }

    // `def f:` — the parameter list is missing.
    if expects("\"(\"") && at == line_first + 2 && matches!(first_tok, Tok::Def) {
        return SyntaxError::new(ErrorKind::Syntax, "expected '('", start).with_end(end);
    }
    if expects("\"(\"") && at == line_first + 3 && matches!(first_tok, Tok::Async) {
        return SyntaxError::new(ErrorKind::Syntax, "expected '('", start).with_end(end);
    }

    // A `try` block with no handler.
    if expects("\"except\"") && expects("\"finally\"") && !matches!(tok, Tok::Except | Tok::Finally)
    {
        return SyntaxError::new(
            ErrorKind::Syntax,
            "expected 'except' or 'finally' block",
            start,
        )
        .with_end(end);
    }

    // `except*:`
    if *tok == Tok::Colon && at >= 2 && toks[at - 1].1 == Tok::Star && toks[at - 2].1 == Tok::Except
    {
        return SyntaxError::new(
            ErrorKind::Syntax,
            "expected one or more exception types",
            start,
        )
        .with_end(end);
    }

    // `[*a for a in b]`, `{**a for a in b}`
    if matches!(tok, Tok::For | Tok::Async) {
        if let Some(open) = innermost_open(toks, line_first, at) {
            let first = toks.get(open + 1).map(|t| &t.1);
            if matches!(first, Some(Tok::Star) | Some(Tok::DoubleStar)) && depth > 0 {
                let msg = if first == Some(&Tok::DoubleStar) {
                    "dict unpacking cannot be used in dict comprehension"
                } else {
                    "iterable unpacking cannot be used in comprehension"
                };
                return SyntaxError::new(ErrorKind::Syntax, msg, toks[open + 1].0)
                    .with_end(toks[at - 1].2);
            }
        }
    }

    // A missing ':' at the end of a compound statement's header.
    if *tok == Tok::Newline && expects("\":\"") && is_compound_keyword(first_tok) {
        return SyntaxError::new(ErrorKind::Syntax, "expected ':'", start);
    }

    // `if x = 1:`
    if *tok == Tok::Equal && depth == 0 && matches!(first_tok, Tok::If | Tok::Elif | Tok::While) {
        let from = toks.get(line_first + 1).map_or(start, |t| t.0);
        let to = expression_end(toks, at + 1);
        return SyntaxError::new(
            ErrorKind::Syntax,
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            from,
        )
        .with_end(to);
    }

    // `a if b` without `else`.
    if expects("\"else\"") && !matches!(tok, Tok::Else) {
        if let Some(if_at) = (line_first + 1..at).rev().find(|&i| toks[i].1 == Tok::If) {
            if bracket_depth(toks, if_at, at) == 0 && if_at > line_first {
                let from = expression_start(toks, if_at - 1, line_first);
                return SyntaxError::new(
                    ErrorKind::Syntax,
                    "expected 'else' after 'if' expression",
                    toks[from].0,
                )
                .with_end(toks[at - 1].2);
            }
        }
    }

    // `{'a': 1, 'b' 2}`: a dict entry without its ':'.
    if depth > 0 && at > 0 && ends_expression(&toks[at - 1].1) && !matches!(tok, Tok::Colon) {
        if let Some(open) = innermost_open(toks, line_first, at) {
            if toks[open].1 == Tok::LBrace && has_top_level_colon(toks, open, at) {
                let key_end = toks[at - 1].2;
                let key_last = src[..key_end]
                    .char_indices()
                    .next_back()
                    .map_or(0, |(i, _)| i);
                return SyntaxError::new(
                    ErrorKind::Syntax,
                    "':' expected after dictionary key",
                    key_last,
                )
                .with_column_of_end();
            }
        }
    }

    // `f(a b)`: two expressions side by side inside brackets.
    if depth > 0 && at > 0 && starts_expression(tok) && ends_expression(&toks[at - 1].1) {
        let prev = at - 1;
        let name_then_string = matches!(toks[prev].1, Tok::Name(_)) && matches!(tok, Tok::Str(_));
        if !name_then_string {
            let from = expression_start(toks, prev, line_first);
            let soft_kw =
                matches!(&toks[from].1, Tok::Name(n) if n == "match" || n == "case" || n == "_");
            if !soft_kw {
                let to = expression_end(toks, at);
                return SyntaxError::new(
                    ErrorKind::Syntax,
                    "invalid syntax. Perhaps you forgot a comma?",
                    toks[from].0,
                )
                .with_end(to);
            }
        }
    }

    if *tok == Tok::Dedent {
        return SyntaxError::new(ErrorKind::Indentation, "unexpected unindent", start);
    }
    generic(src, start, end)
}

fn generic(_src: &str, start: usize, end: usize) -> SyntaxError {
    SyntaxError::new(ErrorKind::Syntax, "invalid syntax", start).with_end(end.max(start + 1))
}

fn never_closed(lay: &Layout) -> SyntaxError {
    let (b, at) = lay.open_brackets.last().copied().unwrap_or((b'(', 0));
    SyntaxError::new(
        ErrorKind::Syntax,
        format!("'{}' was never closed", b as char),
        at,
    )
}

fn unexpected_indent(src: &str, start: usize) -> SyntaxError {
    // CPython's offset here is the indentation width, which points left of the stripped text.
    let index = LineIndex::new(src);
    let (_, line_start) = index.line_of(start);
    let col = src[line_start..start].chars().count();
    SyntaxError::new(ErrorKind::Indentation, "unexpected indent", start).with_column(col)
}

/// At end of input (the parser failed on ENDMARKER) CPython reports "invalid syntax" on the
/// last line of the file, with no caret ("unexpected EOF" is only for a token cut off by the
/// end, which the lexer reports).
fn eof_error(src: &str) -> SyntaxError {
    let last = last_line_start(src);
    SyntaxError::new(ErrorKind::Syntax, "invalid syntax", last).with_column(0)
}

fn last_line_start(src: &str) -> usize {
    let trimmed = src.strip_suffix('\n').unwrap_or(src);
    trimmed.rfind('\n').map_or(0, |i| i + 1)
}

/// "expected an indented block after X on line N".
fn expected_block(src: &str, toks: &[Spanned], at: usize) -> SyntaxError {
    // The header is the logical line that ends just before `at` (with its NEWLINE).
    let nl = at.min(toks.len()).saturating_sub(1);
    let header = logical_line_start(toks, nl.saturating_sub(1).max(1));
    let index = LineIndex::new(src);
    let what = match (&toks[header].1, toks.get(header + 1).map(|t| &t.1)) {
        (Tok::If, _) => "'if' statement".to_string(),
        (Tok::Elif, _) => "'elif' statement".to_string(),
        (Tok::Else, _) => "'else' statement".to_string(),
        (Tok::While, _) => "'while' statement".to_string(),
        (Tok::For, _) | (Tok::Async, Some(Tok::For)) => "'for' statement".to_string(),
        (Tok::With, _) | (Tok::Async, Some(Tok::With)) => "'with' statement".to_string(),
        (Tok::Try, _) => "'try' statement".to_string(),
        (Tok::Except, Some(Tok::Star)) => "'except*' statement".to_string(),
        (Tok::Except, _) => "'except' statement".to_string(),
        (Tok::Finally, _) => "'finally' statement".to_string(),
        (Tok::Def, _) | (Tok::Async, Some(Tok::Def)) => "function definition".to_string(),
        (Tok::Class, _) => "class definition".to_string(),
        _ => String::new(),
    };
    let line = index.line_of(toks[header].0).0;
    let msg = if what.is_empty() {
        "expected an indented block".to_string()
    } else {
        format!("expected an indented block after {what} on line {line}")
    };
    match toks.get(at) {
        Some((s, tok, e)) if !is_eof_filler(toks, at) && *tok != Tok::Dedent => {
            SyntaxError::new(ErrorKind::Indentation, msg, *s).with_end(*e)
        }
        _ => SyntaxError::new(ErrorKind::Indentation, msg, last_line_start(src)).with_column(0),
    }
}

/// Whether token `at` is one of the DEDENTs that close the file.
fn is_eof_filler(toks: &[Spanned], at: usize) -> bool {
    at < toks.len() && toks[at..].iter().all(|t| t.1 == Tok::Dedent)
}

fn is_final_newline(toks: &[Spanned], at: usize) -> bool {
    toks.get(at).is_some_and(|t| t.1 == Tok::Newline)
        && toks[at + 1..].iter().all(|t| t.1 == Tok::Dedent)
}

/// Index of the first token of the logical line holding token `at`.
fn logical_line_start(toks: &[Spanned], at: usize) -> usize {
    let mut i = at.min(toks.len().saturating_sub(1));
    while i > 0 {
        match toks[i - 1].1 {
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartFString => {
                break
            }
            _ => i -= 1,
        }
    }
    i
}

/// Bracket depth at token `at`, counting from the line start `from`.
fn bracket_depth(toks: &[Spanned], from: usize, at: usize) -> i32 {
    let mut d = 0;
    for t in &toks[from..at.min(toks.len())] {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => d += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => d -= 1,
            _ => {}
        }
    }
    d
}

/// The index of the innermost bracket still open at token `at` (searching back to `from`).
fn innermost_open(toks: &[Spanned], from: usize, at: usize) -> Option<usize> {
    let mut depth = 0;
    let mut i = at;
    while i > from {
        i -= 1;
        match toks[i].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => {
                if depth == 0 {
                    return Some(i);
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// Whether the bracket opened at `open` holds a `:` at its own level before `at` (a dict display).
fn has_top_level_colon(toks: &[Spanned], open: usize, at: usize) -> bool {
    let mut depth = 0;
    for t in &toks[open + 1..at] {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
            Tok::Colon if depth == 0 => return true,
            Tok::Lambda if depth == 0 => return false,
            _ => {}
        }
    }
    false
}

/// Whether the logical line starting at `from` ends with `:` (before its NEWLINE).
fn line_ends_with_colon(toks: &[Spanned], from: usize) -> bool {
    let mut i = from;
    while i + 1 < toks.len() && toks[i + 1].1 != Tok::Newline {
        i += 1;
    }
    toks[i].1 == Tok::Colon
}

/// End offset of the statement's last token before its NEWLINE.
fn statement_end(toks: &[Spanned], from: usize) -> usize {
    let mut i = from;
    while i + 1 < toks.len() && !matches!(toks[i + 1].1, Tok::Newline | Tok::Semi) {
        i += 1;
    }
    toks[i].2
}

/// Walk back from token `i` to the first token of the expression it ends: stop after a comma,
/// an opening bracket, `=`, `:` or a keyword that begins a clause, at the same depth.
fn expression_start(toks: &[Spanned], i: usize, line_first: usize) -> usize {
    let mut j = i;
    let mut depth = 0i32;
    while j > line_first {
        match toks[j].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => {
                if depth == 0 {
                    return j + 1;
                }
                depth -= 1;
            }
            _ => {}
        }
        if depth == 0 {
            let prev = &toks[j - 1].1;
            if matches!(
                prev,
                Tok::Comma
                    | Tok::LPar
                    | Tok::LSqb
                    | Tok::LBrace
                    | Tok::WithLPar
                    | Tok::Equal
                    | Tok::Colon
                    | Tok::ColonEqual
                    | Tok::If
                    | Tok::Elif
                    | Tok::While
                    | Tok::Return
                    | Tok::In
                    | Tok::For
                    | Tok::Else
                    | Tok::Lambda
                    | Tok::Yield
                    | Tok::Assert
                    | Tok::Del
                    | Tok::Star
                    | Tok::DoubleStar
            ) && !matches!(prev, Tok::Star | Tok::DoubleStar)
            {
                return j;
            }
        }
        j -= 1;
    }
    j
}

/// End offset of the simple expression starting at token `i` (a primary with its trailers).
fn expression_end(toks: &[Spanned], i: usize) -> usize {
    let mut j = i;
    let mut depth = 0i32;
    let mut end = toks.get(i).map_or(0, |t| t.2);
    while j < toks.len() {
        match toks[j].1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Tok::Comma | Tok::Colon | Tok::Newline if depth == 0 => break,
            _ => {}
        }
        end = toks[j].2;
        j += 1;
    }
    end
}

fn is_compound_keyword(t: &Tok) -> bool {
    matches!(
        t,
        Tok::If
            | Tok::Elif
            | Tok::Else
            | Tok::While
            | Tok::For
            | Tok::With
            | Tok::Def
            | Tok::Class
            | Tok::Try
            | Tok::Except
            | Tok::Finally
            | Tok::Async
    )
}

fn starts_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::LBrace
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::Lambda
            | Tok::Await
            | Tok::Tilde
    )
}

fn ends_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
    )
}
