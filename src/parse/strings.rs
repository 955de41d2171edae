//! String literals: prefixes, escape sequences, and the splitting of f-strings into parts.
//!
//! The lexer hands [`decode_literal`] one literal token (prefix, quotes and body); plain and
//! bytes literals are decoded here at once. An f-string keeps its raw body; [`split_fstring`]
//! cuts it into literal text and replacement fields, and the grammar (`fstring.rs`) parses each
//! field's expression with the ordinary parser, as CPython 3.11 does (Parser/string_parser.c).

use super::error::{ErrorKind, SyntaxError};

/// One decoded string-literal token.
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    Str {
        value: String,
        /// The literal had a `u` prefix (CPython records `kind='u'`).
        is_u: bool,
    },
    Bytes(Vec<u8>),
    FString {
        raw: bool,
        /// Absolute offset of the body's first byte.
        body_start: usize,
        body: String,
    },
}

/// Decode the literal `src[start..end]`; `base` is `src`'s offset in the whole file.
pub fn decode_literal(
    src: &str,
    start: usize,
    end: usize,
    base: usize,
) -> Result<StrLit, SyntaxError> {
    let text = &src[start..end];
    let prefix_len = text.find(['\'', '"']).unwrap_or(0);
    let prefix = &text[..prefix_len];
    let (mut raw, mut bytes, mut fstr, mut is_u) = (false, false, false, false);
    for c in prefix.chars() {
        match c {
            'r' | 'R' => raw = true,
            'b' | 'B' => bytes = true,
            'f' | 'F' => fstr = true,
            // CPython records kind='u' for a lowercase `u` prefix only.
            'u' => is_u = true,
            _ => {}
        }
    }
    let rest = &text[prefix_len..];
    let q = if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
        3
    } else {
        1
    };
    let body = &rest[q..rest.len() - q];
    let body_start = base + start + prefix_len + q;
    if fstr {
        return Ok(StrLit::FString {
            raw,
            body_start,
            body: body.to_string(),
        });
    }
    if bytes {
        if !body.is_ascii() {
            let mut e = SyntaxError::new(
                ErrorKind::Syntax,
                "bytes can only contain ASCII literal characters",
                base + start,
            );
            e.end = Some(base + end);
            return Err(e);
        }
        if raw {
            return Ok(StrLit::Bytes(body.as_bytes().to_vec()));
        }
        return decode_bytes_escapes(body)
            .map(StrLit::Bytes)
            .map_err(|m| escape_error(m, "bytes", base + end));
    }
    let value = if raw || !body.contains('\\') {
        normalize_newlines(body)
    } else {
        decode_str_escapes(body).map_err(|m| escape_error(m, "unicode", base + end))?
    };
    Ok(StrLit::Str { value, is_u })
}

fn escape_error(msg: String, codec: &str, at: usize) -> SyntaxError {
    let codec = if codec == "bytes" {
        String::new()
    } else {
        "(unicode error) 'unicodeescape' codec can't decode bytes in ".to_string()
    };
    // CPython reports these at the end of the literal token.
    let at = at.saturating_sub(1);
    SyntaxError::new(ErrorKind::Syntax, format!("{codec}{msg}"), at + 1)
}

/// CPython reads source with universal newlines: `\r\n` and `\r` become `\n` inside literals.
fn normalize_newlines(s: &str) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.to_string()
    }
}

/// Decode the escapes of a (non-raw) str literal body.
pub fn decode_str_escapes(body: &str) -> Result<String, String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        if c == '\r' {
            if chars.peek().map(|&(_, c)| c) == Some('\n') {
                chars.next();
            }
            out.push('\n');
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            return Err(format!("position {pos}-{pos}: \\ at end of string"));
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|&(_, c)| c) == Some('\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_digit(8) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (n, name) = match e {
                    'x' => (2, "\\xXX"),
                    'u' => (4, "\\uXXXX"),
                    _ => (8, "\\UXXXXXXXX"),
                };
                let mut v: u32 = 0;
                let mut got = 0;
                let mut last = pos + 1;
                while got < n {
                    match chars.peek() {
                        Some(&(i, d)) if d.is_ascii_hexdigit() => {
                            v = v * 16 + d.to_digit(16).unwrap_or(0);
                            last = i;
                            chars.next();
                            got += 1;
                        }
                        _ => break,
                    }
                }
                if got < n {
                    return Err(format!("position {pos}-{last}: truncated {name} escape"));
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if v > 0x10ffff => {
                        return Err(format!("position {pos}-{last}: illegal Unicode character"))
                    }
                    // A lone surrogate: not representable in mnemo's strings yet.
                    None => {
                        return Err(format!(
                            "position {pos}-{last}: lone surrogates are not supported by mnemo"
                        ))
                    }
                }
            }
            'N' => {
                let mut name = String::new();
                let mut closed = false;
                let mut last = pos + 1;
                if chars.peek().map(|&(_, c)| c) == Some('{') {
                    chars.next();
                    for (i, c) in chars.by_ref() {
                        last = i;
                        if c == '}' {
                            closed = true;
                            break;
                        }
                        name.push(c);
                    }
                }
                if !closed || name.is_empty() {
                    return Err(format!(
                        "position {pos}-{last}: malformed \\N character escape"
                    ));
                }
                match unicode_names2::character(&name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(format!(
                            "position {pos}-{last}: unknown Unicode character name"
                        ))
                    }
                }
            }
            other => {
                // An invalid escape is kept as written (a DeprecationWarning in CPython).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decode the escapes of a (non-raw) bytes literal body (ASCII only).
pub fn decode_bytes_escapes(body: &str) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let pos = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            return Err(format!("\\ at end of string at position {pos}"));
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d) if (b'0'..=b'7').contains(&d) => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hex = body
                    .get(i..i + 2)
                    .filter(|h| h.bytes().all(|d| d.is_ascii_hexdigit()));
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {pos}"
                        ))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// One piece of an f-string body.
#[derive(Debug, PartialEq)]
pub enum FPart {
    /// Literal text, escapes already decoded (unless the f-string is raw).
    Literal(String),
    /// A replacement field.
    Field(FField),
}

#[derive(Debug, PartialEq)]
pub struct FField {
    /// The expression text and its absolute offset.
    pub expr: String,
    pub expr_start: usize,
    /// The `x=` text (expression, `=` and the whitespace around them) for a self-documenting field.
    pub debug_text: Option<String>,
    /// `'s'`, `'r'` or `'a'`.
    pub conversion: Option<char>,
    /// The format spec, split in its turn (it may hold nested fields).
    pub spec: Option<Vec<FPart>>,
}

/// Split an f-string body into literal text and fields. `start` is the body's absolute offset,
/// `end_of_token` the offset CPython reports most f-string errors at.
pub fn split_fstring(
    body: &str,
    raw: bool,
    start: usize,
    end_of_token: usize,
) -> Result<Vec<FPart>, SyntaxError> {
    let mut p = FSplitter {
        s: body,
        raw,
        start,
        end_of_token,
        i: 0,
    };
    p.parts(0)
}

struct FSplitter<'a> {
    s: &'a str,
    raw: bool,
    start: usize,
    end_of_token: usize,
    i: usize,
}

impl FSplitter<'_> {
    fn err(&self, msg: &str) -> SyntaxError {
        SyntaxError::new(ErrorKind::Syntax, msg, self.end_of_token)
    }

    /// Literal text and fields until the end (depth 0) or a `}` closing a format spec (depth > 0).
    fn parts(&mut self, depth: usize) -> Result<Vec<FPart>, SyntaxError> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        let b = self.s.as_bytes();
        while self.i < b.len() {
            let c = b[self.i];
            if c == b'{' {
                if depth == 0 && b.get(self.i + 1) == Some(&b'{') {
                    lit.push('{');
                    self.i += 2;
                    continue;
                }
                self.flush(&mut lit, &mut parts)?;
                if depth >= 2 {
                    return Err(self.err("f-string: expressions nested too deeply"));
                }
                self.i += 1;
                let field = self.field(depth)?;
                parts.push(FPart::Field(field));
                continue;
            }
            if c == b'}' {
                if depth > 0 {
                    break;
                }
                if b.get(self.i + 1) == Some(&b'}') {
                    lit.push('}');
                    self.i += 2;
                    continue;
                }
                return Err(self.err("f-string: single '}' is not allowed"));
            }
            // Copy one literal character (a backslash escape stays with the text it escapes).
            let ch_len = self.s[self.i..].chars().next().map_or(1, char::len_utf8);
            if c == b'\\' && !self.raw {
                // `\N{...}` contains braces that are not fields.
                if b.get(self.i + 1) == Some(&b'N') && b.get(self.i + 2) == Some(&b'{') {
                    let close = self.s[self.i..]
                        .find('}')
                        .map_or(b.len(), |k| self.i + k + 1);
                    lit.push_str(&self.s[self.i..close]);
                    self.i = close;
                    continue;
                }
                let next_len = self.s[self.i + 1..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
                lit.push_str(&self.s[self.i..self.i + 1 + next_len]);
                self.i += 1 + next_len;
                continue;
            }
            lit.push_str(&self.s[self.i..self.i + ch_len]);
            self.i += ch_len;
        }
        self.flush(&mut lit, &mut parts)?;
        Ok(parts)
    }

    fn flush(&self, lit: &mut String, parts: &mut Vec<FPart>) -> Result<(), SyntaxError> {
        if lit.is_empty() {
            return Ok(());
        }
        let text = std::mem::take(lit);
        let value = if self.raw {
            normalize_newlines(&text)
        } else {
            decode_str_escapes(&text).map_err(|m| escape_error(m, "unicode", self.end_of_token))?
        };
        if !value.is_empty() {
            parts.push(FPart::Literal(value));
        }
        Ok(())
    }

    /// After a `{`: the expression, `=`, `!conversion`, `:spec`, and the closing `}`.
    fn field(&mut self, depth: usize) -> Result<FField, SyntaxError> {
        let b = self.s.as_bytes();
        let expr_begin = self.i;
        // Scan the expression: stop at a top-level `!` (not `!=`), `:`, `=` (not `==` etc.), `}`.
        let mut nest: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        while self.i < b.len() {
            let c = b[self.i];
            if let Some((q, triple)) = quote {
                if c == b'\\' {
                    return Err(self.err("f-string expression part cannot include a backslash"));
                }
                if c == q {
                    if !triple {
                        quote = None;
                    } else if b.get(self.i + 1) == Some(&q) && b.get(self.i + 2) == Some(&q) {
                        quote = None;
                        self.i += 2;
                    }
                }
                self.i += 1;
                continue;
            }
            match c {
                b'\\' => {
                    return Err(self.err("f-string expression part cannot include a backslash"))
                }
                b'#' => return Err(self.err("f-string expression part cannot include '#'")),
                b'\'' | b'"' => {
                    let triple = b.get(self.i + 1) == Some(&c) && b.get(self.i + 2) == Some(&c);
                    quote = Some((c, triple));
                    self.i += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => nest.push(c),
                b')' | b']' => {
                    let open = if c == b')' { b'(' } else { b'[' };
                    if nest.pop() != Some(open) {
                        return Err(self.err(&format!("f-string: unmatched '{}'", c as char)));
                    }
                }
                b'}' if !nest.is_empty() => {
                    // (Not a match guard: popping is a side effect.)
                    #[allow(clippy::collapsible_match)]
                    if nest.pop() != Some(b'{') {
                        return Err(self.err("f-string: unmatched '}'"));
                    }
                }
                b'}' | b':' if nest.is_empty() => break,
                b'!' if nest.is_empty() && b.get(self.i + 1) != Some(&b'=') => break,
                b'=' if nest.is_empty() => {
                    let prev = if self.i > 0 { b[self.i - 1] } else { 0 };
                    let next = b.get(self.i + 1).copied().unwrap_or(0);
                    if next != b'=' && !matches!(prev, b'=' | b'!' | b'<' | b'>') {
                        break;
                    }
                    if next == b'=' {
                        self.i += 1;
                    }
                }
                _ => {}
            }
            self.i += 1;
        }
        if quote.is_some() {
            return Err(self.err("f-string: unterminated string"));
        }
        if self.i >= b.len() {
            return Err(self.err("f-string: expecting '}'"));
        }
        let expr = &self.s[expr_begin..self.i];
        if expr
            .trim_matches([' ', '\t', '\n', '\r', '\x0c'])
            .is_empty()
        {
            return Err(self.err("f-string: empty expression not allowed"));
        }
        let mut field = FField {
            expr: expr.to_string(),
            expr_start: self.start + expr_begin,
            debug_text: None,
            conversion: None,
            spec: None,
        };
        if b[self.i] == b'=' {
            self.i += 1;
            // The debug text runs to the `!`, `:` or `}` after the whitespace.
            while self.i < b.len() && matches!(b[self.i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                self.i += 1;
            }
            field.debug_text = Some(self.s[expr_begin..self.i].to_string());
            if self.i >= b.len() {
                return Err(self.err("f-string: expecting '}'"));
            }
        }
        if b[self.i] == b'!' {
            self.i += 1;
            let conv = self.s[self.i..].chars().next();
            match conv {
                Some(c @ ('s' | 'r' | 'a')) => {
                    field.conversion = Some(c);
                    self.i += 1;
                }
                None => return Err(self.err("f-string: expecting '}'")),
                Some(_) => {
                    return Err(self
                        .err("f-string: invalid conversion character: expected 's', 'r', or 'a'"))
                }
            }
            if self.i >= b.len() {
                return Err(self.err("f-string: expecting '}'"));
            }
            if !matches!(b[self.i], b':' | b'}') {
                return Err(self.err("f-string: expecting '}'"));
            }
        }
        if b[self.i] == b':' {
            self.i += 1;
            let spec = self.parts(depth + 1)?;
            field.spec = Some(spec);
        }
        if self.i >= b.len() || b[self.i] != b'}' {
            return Err(self.err("f-string: expecting '}'"));
        }
        self.i += 1;
        Ok(field)
    }
}
