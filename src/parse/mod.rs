//! The front end: source bytes to an AST, or a `SyntaxError` worded and placed as CPython's.
//!
//! Pipeline: [`decode_source`] (UTF-8, BOM, coding cookie) → `lexer` (logos) → `layout`
//! (NEWLINE/INDENT/DEDENT, brackets) → the lalrpop parser generated from
//! `grammar/python.lalrpop` (with `actions` and `fstring` building nodes) → [`crate::ast::Module`].
//! When the parser fails, [`convert_error`] turns lalrpop's error into the message CPython 3.11
//! gives for the same input (its `invalid_*` rules, reproduced for the common cases).
//!
//! Start reading at [`parse_module`].

pub mod actions;
pub mod dump;
pub mod error;
pub mod fstring;
pub mod interactive;
pub mod layout;
pub mod lexer;
pub mod strings;

#[allow(clippy::all, unused_parens, unused_imports, dead_code)]
mod python {
    include!(concat!(env!("OUT_DIR"), "/python.rs"));
}

pub use error::{ErrorKind, Located, SyntaxError};

use crate::ast::{Expr, Module};
use lalrpop_util::ParseError;
use lexer::Tok;

/// Line starts of a source text, to turn byte offsets into (line, column).
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        let b = src.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// The 1-based line holding `offset`, and that line's start offset.
    pub fn line_of(&self, offset: usize) -> (usize, usize) {
        let i = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (i + 1, self.starts[i])
    }
}

/// Decode source bytes as CPython does: UTF-8 unless a coding cookie in the first two lines says
/// latin-1; a leading BOM is dropped.
pub fn decode_source(source: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let source = source.strip_prefix(b"\xef\xbb\xbf").unwrap_or(source);
    if let Some(enc) = coding_cookie(source) {
        let enc = enc.to_ascii_lowercase().replace('_', "-");
        if matches!(
            enc.as_str(),
            "latin-1" | "iso-8859-1" | "iso-latin-1" | "latin1" | "l1"
        ) {
            return Ok(source.iter().map(|&b| b as char).collect());
        }
        if !(enc == "utf-8"
            || enc.starts_with("utf-8-")
            || enc == "utf8"
            || enc == "ascii"
            || enc == "us-ascii")
        {
            return Err(SyntaxError::new(
                ErrorKind::Syntax,
                format!("unknown encoding: {enc}"),
                0,
            ));
        }
    }
    match std::str::from_utf8(source) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            // CPython (file mode): "Non-UTF-8 code starting with '\xff' in file f.py on line 2, ..."
            let bad = e.valid_up_to();
            let line = source[..bad].iter().filter(|&&b| b == b'\n').count() + 1;
            let mut err = SyntaxError::new(
                ErrorKind::Syntax,
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    source[bad]
                ),
                0,
            );
            err.no_location = true;
            Err(err)
        }
    }
}

/// The encoding named by a PEP 263 cookie in the first two lines, if any.
fn coding_cookie(source: &[u8]) -> Option<String> {
    for line in source.split(|&b| b == b'\n').take(2) {
        let line = String::from_utf8_lossy(line);
        let t = line.trim_start();
        if !t.starts_with('#') {
            if t.is_empty() {
                continue;
            }
            return None;
        }
        if let Some(i) = t.find("coding") {
            let rest = &t[i + 6..];
            if let Some(rest) = rest.strip_prefix([':', '=']) {
                let name: String = rest
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                if !name.is_empty() {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// CPython's compiler refuses trees deeper than about 3 × the recursion limit (1000); measured on
/// 3.11.7: a module whose depth (module, statement, expressions) exceeds this fails with
/// `RecursionError: maximum recursion depth exceeded during compilation`.
pub const MAX_AST_DEPTH: usize = 2995;

/// Parse a whole module from raw bytes. Never panics, whatever the bytes.
pub fn parse_module(source: &[u8], filename: &str) -> Result<Module, SyntaxError> {
    let src = decode_source(source, filename)?;
    let module = parse_str(&src)?;
    if crate::ast::max_depth(&module) > MAX_AST_DEPTH {
        let mut e = SyntaxError::new(
            ErrorKind::Recursion,
            "maximum recursion depth exceeded during compilation",
            0,
        );
        e.no_location = true;
        return Err(e);
    }
    Ok(module)
}

/// Parse a module from decoded text. Errors carry byte offsets into `src`.
pub fn parse_str(src: &str) -> Result<Module, SyntaxError> {
    if let Some(pos) = src.find('\0') {
        return Err(SyntaxError::new(
            ErrorKind::Syntax,
            "source code cannot contain null bytes",
            pos,
        )
        .with_column(0));
    }
    let mut lay = layout::layout(src);
    let tokens = std::mem::take(&mut lay.tokens);
    let fed = std::cell::Cell::new(0usize);
    let stream = tokens
        .into_iter()
        .map(|t| {
            fed.set(fed.get() + 1);
            Ok(t)
        })
        .chain(lay.error.take().map(Err));
    let parser = python::TopParser::new();
    match parser.parse(stream) {
        Ok(actions::Top::Module(body)) => Ok(Module { body }),
        Ok(actions::Top::Expr(_)) => Err(SyntaxError::new(ErrorKind::Syntax, "invalid syntax", 0)),
        // The tokens were moved into the parser; lay them out again to diagnose (errors are rare).
        Err(e) => Err(convert_error(e, src, &layout::layout(src), fed.get())),
    }
}

/// Parse the expression of an f-string field; `src` is `(expr)`, found at offset `base` of the
/// file. Spans in the result are file offsets; offsets in an error are relative to `src`.
pub(crate) fn parse_fstring_expr(src: &str, base: usize) -> Result<Expr, SyntaxError> {
    if let Some(Ok(e)) = parse_fstring_tokens(src, base) {
        return Ok(e);
    }
    // Parse again relative to `src` to diagnose (errors are rare).
    match parse_fstring_tokens(src, 0) {
        Some(r) => r,
        None => Err(SyntaxError::new(ErrorKind::Syntax, "invalid syntax", 0)),
    }
}

fn parse_fstring_tokens(src: &str, base: usize) -> Option<Result<Expr, SyntaxError>> {
    let mut lay = layout::Layout {
        tokens: vec![(0, Tok::StartFString, 0)],
        error: None,
        open_brackets: Vec::new(),
    };
    for t in lexer::Lexer::new(src, base) {
        match t {
            Ok(t) if matches!(t.1, Tok::Newline) => {}
            Ok(t) => lay.tokens.push(t),
            Err(e) => {
                lay.error = Some(e);
                break;
            }
        }
    }
    let fed = std::cell::Cell::new(0usize);
    let stream = lay
        .tokens
        .clone()
        .into_iter()
        .map(|t| {
            fed.set(fed.get() + 1);
            Ok(t)
        })
        .chain(lay.error.clone().map(Err));
    Some(match python::TopParser::new().parse(stream) {
        Ok(actions::Top::Expr(e)) => Ok(e),
        Ok(actions::Top::Module(_)) => {
            Err(SyntaxError::new(ErrorKind::Syntax, "invalid syntax", 0))
        }
        Err(_) if base != 0 => return None,
        Err(e) => Err(convert_error(e, src, &lay, fed.get())),
    })
}

/// Turn a parser failure into CPython's error for the same input. `fed` is the number of tokens
/// the parser had taken; the last of them is the one it failed on.
fn convert_error(
    e: ParseError<usize, Tok, SyntaxError>,
    src: &str,
    lay: &layout::Layout,
    fed: usize,
) -> SyntaxError {
    let mut err = diagnose_failure(e, src, lay, fed);
    err.from_parser = lay.error.as_ref() != Some(&err);
    err
}

fn diagnose_failure(
    e: ParseError<usize, Tok, SyntaxError>,
    src: &str,
    lay: &layout::Layout,
    fed: usize,
) -> SyntaxError {
    let tokens = &lay.tokens;
    let (at, expected) = match e {
        // A tokenizer error reaches the parser as the last item of its input.
        ParseError::User { error } if lay.error.as_ref() == Some(&error) => return error,
        // An error from an action (an invalid target, say): still overridden like any other.
        ParseError::User { error } => {
            let at = tokens
                .iter()
                .position(|t| t.0 >= error.offset)
                .unwrap_or(fed.saturating_sub(1));
            return diagnose::override_with_tokenizer(
                src,
                lay,
                at.max(fed.saturating_sub(1)),
                error,
            );
        }
        ParseError::InvalidToken { location } => {
            return SyntaxError::new(ErrorKind::Syntax, "invalid syntax", location)
        }
        ParseError::ExtraToken { token } => {
            return SyntaxError::new(ErrorKind::Syntax, "invalid syntax", token.0)
        }
        ParseError::UnrecognizedEof { expected, .. } => (tokens.len(), expected),
        ParseError::UnrecognizedToken { token, expected } => {
            // The failing token is the last one fed.
            let _ = token;
            (fed.saturating_sub(1), expected)
        }
    };
    errors_for(src, lay, at, &expected)
}

mod diagnose;
use diagnose::errors_for;
