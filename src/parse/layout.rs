//! The layout pass: physical newlines and indentation to NEWLINE / INDENT / DEDENT, as CPython's
//! tokenizer makes them (Parser/tokenizer.c, `tok_get`).
//!
//! Invariants of the token list [`layout`] returns:
//! - no NEWLINE inside brackets; blank and comment-only lines produce nothing;
//! - each logical line with tokens ends in exactly one NEWLINE (one is added at end of file);
//! - INDENT/DEDENT balance, all open levels are closed at end of file;
//! - indentation is measured twice, tabs to the next multiple of 8 (`col`) and tabs as 1
//!   (`altcol`); the two must order the same way, or it is a `TabError`.
//!
//! A tokenizer error stops the list: it is returned beside the tokens before it, so that the
//! parser reports an earlier syntax error first, as CPython's lazy tokenizer does.
//! The bracket stack is kept too: it gives "'(' was never closed" and the "unmatched" errors.

use super::error::{ErrorKind, SyntaxError};
use super::lexer::{Lexer, Spanned, Tok};

/// The output of the layout pass.
pub struct Layout {
    pub tokens: Vec<Spanned>,
    /// The error that stopped tokenizing, if any; it comes after `tokens`.
    pub error: Option<SyntaxError>,
    /// Brackets still open at the end: (the bracket byte, its offset).
    pub open_brackets: Vec<(u8, usize)>,
}

/// CPython's limit on indentation levels (MAXINDENT).
const MAX_INDENT: usize = 100;
/// CPython's limit on nested brackets (MAXLEVEL).
const MAX_LEVEL: usize = 200;

/// Run the lexer and the layout pass over a whole module.
pub fn layout(src: &str) -> Layout {
    let mut out = Layout {
        tokens: Vec::with_capacity(src.len() / 8 + 8),
        error: None,
        open_brackets: Vec::new(),
    };
    out.tokens.push((0, Tok::StartModule, 0));
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    let mut brackets: Vec<(u8, usize)> = Vec::new();
    let mut at_line_start = true;
    let mut line_start = 0usize;
    let mut line_has_tokens = false;
    let mut last_end = 0usize;
    let lexer = Lexer::new(src, 0);
    for item in lexer {
        let (start, tok, end) = match item {
            Ok(t) => t,
            Err(e) => {
                out.error = Some(e);
                out.open_brackets = brackets;
                return out;
            }
        };
        if matches!(tok, Tok::Newline) {
            if brackets.is_empty() {
                if line_has_tokens {
                    out.tokens.push((start, Tok::Newline, end));
                    line_has_tokens = false;
                }
                at_line_start = true;
                line_start = end;
            }
            continue;
        }
        if at_line_start {
            at_line_start = false;
            if let Err(e) = indent(src, line_start, start, &mut indents, &mut out.tokens) {
                out.error = Some(e);
                return out;
            }
        }
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if brackets.len() >= MAX_LEVEL {
                    out.error = Some(SyntaxError::new(
                        ErrorKind::Syntax,
                        "too many nested parentheses",
                        start,
                    ));
                    return out;
                }
                brackets.push((src.as_bytes()[start], start));
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                let close = src.as_bytes()[start];
                match brackets.pop() {
                    None => {
                        out.error = Some(SyntaxError::new(
                            ErrorKind::Syntax,
                            format!("unmatched '{}'", close as char),
                            start,
                        ));
                        return out;
                    }
                    Some((open, at))
                        if !matches!((open, close), (b'(', b')') | (b'[', b']') | (b'{', b'}')) =>
                    {
                        let index = super::LineIndex::new(src);
                        let (open_line, _) = index.line_of(at);
                        let (close_line, _) = index.line_of(start);
                        let msg = if open_line != close_line {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                close as char, open as char, open_line
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                close as char, open as char
                            )
                        };
                        out.error = Some(SyntaxError::new(ErrorKind::Syntax, msg, start));
                        return out;
                    }
                    Some(_) => {}
                }
            }
            _ => {}
        }
        line_has_tokens = true;
        last_end = end;
        out.tokens.push((start, tok, end));
    }
    // End of file.
    out.open_brackets = brackets;
    if line_has_tokens {
        // CPython's implicit NEWLINE sits right after the last token.
        out.tokens.push((last_end, Tok::Newline, last_end));
    }
    let eof = src.len();
    for _ in 1..indents.len() {
        out.tokens.push((eof, Tok::Dedent, eof));
    }
    mark_with_parens(&mut out.tokens);
    out
}

/// Measure the indentation of the line whose first token starts at `tok_start`, and emit
/// INDENT/DEDENT tokens against the stack of open levels.
fn indent(
    src: &str,
    line_start: usize,
    tok_start: usize,
    indents: &mut Vec<(usize, usize)>,
    tokens: &mut Vec<Spanned>,
) -> Result<(), SyntaxError> {
    // The whitespace before the first token (after the last continuation, if any).
    let ws = &src[line_start..tok_start];
    let ws_begin = ws.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let (mut col, mut altcol) = (0usize, 0usize);
    for c in ws[ws_begin..].bytes() {
        match c {
            b' ' => {
                col += 1;
                altcol += 1;
            }
            b'\t' => {
                col = (col / 8 + 1) * 8;
                altcol += 1;
            }
            b'\x0c' => {
                col = 0;
                altcol = 0;
            }
            _ => {}
        }
    }
    let (top, alttop) = *indents.last().unwrap_or(&(0, 0));
    let tab_error = || {
        SyntaxError::new(
            ErrorKind::Tab,
            "inconsistent use of tabs and spaces in indentation",
            tok_start,
        )
        .with_column(1)
    };
    if col == top {
        if altcol != alttop {
            return Err(tab_error());
        }
    } else if col > top {
        if altcol <= alttop {
            return Err(tab_error());
        }
        if indents.len() >= MAX_INDENT {
            return Err(SyntaxError::new(
                ErrorKind::Indentation,
                "too many levels of indentation",
                tok_start,
            )
            .with_column(0));
        }
        indents.push((col, altcol));
        tokens.push((tok_start, Tok::Indent, tok_start));
    } else {
        while indents.len() > 1 && col < indents[indents.len() - 1].0 {
            indents.pop();
            tokens.push((tok_start, Tok::Dedent, tok_start));
        }
        let (top, alttop) = *indents.last().unwrap_or(&(0, 0));
        if col != top {
            // CPython's offset here is the end of the line.
            let line_end = src[tok_start..]
                .find(['\n', '\r'])
                .map_or(src.len(), |i| tok_start + i);
            let width = src[line_start..line_end]
                .rsplit('\n')
                .next()
                .unwrap_or("")
                .chars()
                .count();
            return Err(SyntaxError::new(
                ErrorKind::Indentation,
                "unindent does not match any outer indentation level",
                tok_start,
            )
            .with_column(width + 1));
        }
        if altcol != alttop {
            return Err(tab_error());
        }
    }
    Ok(())
}

/// Mark the `(` of `with (a as b, c as d):` so the grammar can tell the parenthesized form of
/// with-items (tried first by CPython's PEG grammar) from a parenthesized expression.
/// The form applies when the matching `)` is directly followed by `:` and the parentheses hold
/// no comprehension or `yield` at their own level (those are expressions, not with-items).
fn mark_with_parens(tokens: &mut [Spanned]) {
    let mut i = 0;
    while i + 1 < tokens.len() {
        if matches!(tokens[i].1, Tok::With) && matches!(tokens[i + 1].1, Tok::LPar) {
            let open = i + 1;
            let mut depth = 0usize;
            let mut j = open;
            let mut expression_only = false;
            let mut close = None;
            while j < tokens.len() {
                match tokens[j].1 {
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                    Tok::RPar | Tok::RSqb | Tok::RBrace => {
                        depth -= 1;
                        if depth == 0 {
                            close = Some(j);
                            break;
                        }
                    }
                    Tok::For | Tok::Yield | Tok::Async | Tok::ColonEqual if depth == 1 => {
                        expression_only = true
                    }
                    Tok::Star if depth == 1 => {
                        let prev = &tokens[j - 1].1;
                        if matches!(prev, Tok::LPar | Tok::Comma) {
                            expression_only = true;
                        }
                    }
                    Tok::Newline => break,
                    _ => {}
                }
                j += 1;
            }
            if let Some(c) = close {
                // `with ():` stays an (invalid) expression.
                if !expression_only
                    && c > open + 1
                    && tokens.get(c + 1).is_some_and(|t| t.1 == Tok::Colon)
                {
                    tokens[open].1 = Tok::WithLPar;
                }
            }
        }
        i += 1;
    }
}
