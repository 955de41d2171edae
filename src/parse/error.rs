//! Syntax errors: what the front end reports, and how it is shown, exactly as CPython 3.11 shows it.
//!
//! A [`SyntaxError`] holds byte offsets into the source; [`SyntaxError::locate`] turns them into
//! the attributes of Python's `SyntaxError` (`lineno`, 1-based character `offset`, `end_lineno`,
//! `end_offset`, `text`), and [`Located::render`] prints them as `print_error_text` in CPython's
//! pythonrun.c does: the File line, the source line stripped of leading blanks, the caret line.

use super::LineIndex;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
    Tab,
    /// A program nested deeper than the compiler's limit (not a SyntaxError in CPython either).
    Recursion,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
            ErrorKind::Recursion => "RecursionError",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    /// Absolute byte offset where the error starts.
    pub offset: usize,
    /// Absolute byte offset where the highlighted range ends, if it has one.
    pub end: Option<usize>,
    /// CPython's `offset` attribute when it is not the column of `offset` (0 for "no caret").
    pub column: Option<usize>,
    /// The error has no place in the source (CPython's lineno is None), e.g. undecodable bytes.
    pub no_location: bool,
    /// The text CPython shows instead of the source line (an f-string field shows as `(expr)`),
    /// with `column` and `end_column` relative to it.
    pub text: Option<String>,
    pub end_column: Option<isize>,
    /// Raised by the parser rather than the tokenizer. CPython reading a file (no `tok->encoding`)
    /// reports such errors with byte columns, tokenizer errors with character columns.
    pub from_parser: bool,
}

/// A syntax error placed in its source: the attributes of Python's `SyntaxError`.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    /// False when CPython's `lineno` is None: only the message line is printed.
    pub has_location: bool,
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: usize,
    /// 1-based, in characters; 0 means CPython prints no caret.
    pub offset: usize,
    pub end_lineno: usize,
    pub end_offset: isize,
    /// The source line, with its newline if it has one.
    pub text: String,
}

impl SyntaxError {
    pub fn new(kind: ErrorKind, msg: impl Into<String>, offset: usize) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            offset,
            end: None,
            column: None,
            no_location: false,
            text: None,
            end_column: None,
            from_parser: false,
        }
    }

    pub fn with_end(mut self, end: usize) -> SyntaxError {
        self.end = Some(end);
        self
    }

    /// CPython's end offset 0 (one caret), as for errors raised at a single position.
    pub fn with_column_of_end(mut self) -> SyntaxError {
        self.end_column = Some(0);
        self
    }

    pub fn with_column(mut self, column: usize) -> SyntaxError {
        self.column = Some(column);
        self
    }

    /// Place the error in `src`, as CPython does for a program read from a file.
    pub fn locate(&self, src: &str) -> Located {
        self.locate_in(src, self.from_parser)
    }

    /// Place the error in `src`; `byte_columns` as CPython for parser errors in a file.
    pub fn locate_in(&self, src: &str, byte_columns: bool) -> Located {
        let col_at = |line_start: usize, at: usize| {
            if byte_columns {
                at.saturating_sub(line_start)
            } else {
                char_col(src, line_start, at)
            }
        };
        let index = LineIndex::new(src);
        let offset = self.offset.min(src.len());
        let (lineno, line_start) = index.line_of(offset);
        let line_end = src[line_start..]
            .find('\n')
            .map_or(src.len(), |i| line_start + i + 1);
        // CPython reads lines as C strings: the text stops at a NUL.
        let text = src[line_start..line_end]
            .split('\0')
            .next()
            .unwrap_or("")
            .to_string();
        let col = col_at(line_start, offset) + 1;
        let (end_lineno, end_offset) = match self.end {
            Some(end) => {
                let end = end.min(src.len()).max(offset);
                let (el, els) = index.line_of(end);
                (el, col_at(els, end) as isize + 1)
            }
            None => (lineno, col as isize),
        };
        let (text, end_offset) = match &self.text {
            Some(t) => (t.clone(), self.end_column.unwrap_or(end_offset)),
            None => (text, self.end_column.unwrap_or(end_offset)),
        };
        Located {
            has_location: !self.no_location,
            kind: self.kind,
            msg: self.msg.clone(),
            lineno,
            offset: self.column.unwrap_or(col),
            end_lineno,
            end_offset,
            text,
        }
    }
}

/// Characters between `line_start` and `at` (`at` clamped to a char boundary).
fn char_col(src: &str, line_start: usize, mut at: usize) -> usize {
    while at > line_start && !src.is_char_boundary(at) {
        at -= 1;
    }
    src[line_start..at].chars().count()
}

impl Located {
    /// The lines CPython prints for an uncaught syntax error in `filename`.
    pub fn render(&self, filename: &str) -> String {
        if !self.has_location {
            return format!("{}: {}\n", self.kind.name(), self.msg);
        }
        let mut out = format!("  File \"{}\", line {}\n", filename, self.lineno);
        let line_size = self.text.trim_end_matches('\n').chars().count() as isize;
        let mut end_offset = self.end_offset;
        if self.end_lineno > self.lineno {
            end_offset = line_size;
        }
        if end_offset > line_size + 1 {
            end_offset = line_size + 1;
        }
        print_error_text(&mut out, self.offset as isize, end_offset, &self.text);
        out.push_str(self.kind.name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

/// CPython's print_error_text (Python/pythonrun.c, 3.11). Like the C code, it measures the text
/// in UTF-8 bytes (`strlen`) while the offsets may count characters.
fn print_error_text(out: &mut String, offset: isize, end_offset: isize, text: &str) {
    let reps = if end_offset > 0 && end_offset > offset {
        (end_offset - offset) as usize
    } else {
        1
    };
    let mut offset = offset - 1;
    let mut text = text.as_bytes();
    while let Some((&c, rest)) = text.split_first() {
        if c != b' ' && c != b'\t' && c != b'\x0c' {
            break;
        }
        text = rest;
        offset -= 1;
    }
    let mut len = text.len() as isize;
    if len > 0 && text[len as usize - 1] == b'\n' {
        len -= 1;
    }
    if offset > len {
        offset = len;
    }
    // Skip past newlines embedded in text.
    while let Some(nl) = text.iter().position(|&c| c == b'\n') {
        let inl = nl as isize;
        if inl >= offset {
            break;
        }
        text = &text[nl + 1..];
        len -= inl + 1;
        offset -= inl + 1;
    }
    out.push_str("    ");
    out.push_str(&String::from_utf8_lossy(text));
    if text.get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..reps {
        out.push('^');
    }
    out.push('\n');
}
