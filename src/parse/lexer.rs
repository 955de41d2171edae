//! The lexer: source text to Python tokens, as CPython 3.11's tokenizer (Parser/tokenizer.c) makes them.
//!
//! Two levels. [`RawTok`] is a logos DFA over the ASCII shapes of tokens (operators, numbers, the
//! opening of a string, an ASCII identifier, a newline). [`Lexer`] drives it and finishes each
//! token by hand where a DFA cannot: keywords and NFKC-normalized Unicode identifiers, the end of
//! strings (scanned by [`scan_string`]) and their decoding (in `strings.rs`), number values and
//! CPython's "invalid ... literal" checks, backslash continuations. Newlines come out as
//! [`Tok::Newline`] for every physical line end; `layout.rs` turns them into NEWLINE / INDENT /
//! DEDENT. Error positions follow CPython's rule: the caret sits on the last character the C
//! tokenizer had consumed when it gave up.

use super::error::{ErrorKind, SyntaxError};
use super::strings::{self, StrLit};
use logos::Logos;
use num_bigint::BigInt;
use num_traits::Num;

/// A token as the parser sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(BigInt),
    Float(f64),
    Imag(f64),
    Str(Box<StrLit>),
    Newline,
    Indent,
    Dedent,
    /// Synthetic first tokens that choose the parser's start symbol.
    StartModule,
    StartFString,
    /// A `(` right after `with` that opens a parenthesized list of with-items (decided by layout).
    WithLPar,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
    /// A character CPython's tokenizer turns into an ERRORTOKEN (`$`, `?`, `!`, backtick):
    /// the parser reports `invalid syntax` at it.
    Error,
}

/// The DFA level: shapes only, no values.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
enum RawTok {
    #[regex(r"\r?\n|\r")]
    Newline,
    #[regex(r"\\(\r?\n|\r)")]
    Continuation,
    #[token("\\")]
    Backslash,
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*")]
    Name,
    #[regex(r"[^\x00-\x7f]")]
    NonAscii,
    #[regex(r"[0-9][0-9_]*")]
    Decimal,
    #[regex(r"0[xXoObB][0-9a-zA-Z_]*")]
    Radix,
    #[regex(r"[0-9][0-9_]*\.[0-9_]*([eE][+-]?[0-9_]*)?")]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]*)?")]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9_]*")]
    Float,
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?("|'|"""|''')"#)]
    StrStart,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    #[token("<>")]
    LessGreater,
    #[regex(r"[$?!`]")]
    ErrorChar,
}

/// A token with its byte span.
pub type Spanned = (usize, Tok, usize);

/// The token stream of one source text. Yields every physical newline as `Tok::Newline`.
pub struct Lexer<'s> {
    src: &'s str,
    raw: logos::Lexer<'s, RawTok>,
    /// Offset of `src` inside the whole file (non-zero for f-string expressions).
    base: usize,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str, base: usize) -> Lexer<'s> {
        Lexer {
            src,
            raw: RawTok::lexer(src),
            base,
        }
    }

    /// The source being lexed.
    pub fn source(&self) -> &'s str {
        self.src
    }

    fn err(&self, kind: ErrorKind, msg: impl Into<String>, at: usize) -> SyntaxError {
        SyntaxError::new(kind, msg, self.base + at)
    }

    /// CPython's caret rule for tokenizer errors: point at the last consumed character, `cur`
    /// being the offset just past it.
    fn err_before(&self, msg: impl Into<String>, cur: usize) -> SyntaxError {
        let at = self.src[..cur]
            .char_indices()
            .next_back()
            .map(|(i, _)| i)
            .unwrap_or(0);
        self.err(ErrorKind::Syntax, msg, at)
    }

    fn next_token(&mut self) -> Option<Result<Spanned, SyntaxError>> {
        loop {
            let raw = self.raw.next()?;
            let span = self.raw.span();
            let (start, end) = (span.start, span.end);
            let tok = match raw {
                Err(()) => {
                    // Only a NUL or a lone control character gets here.
                    let c = self.src[start..].chars().next().unwrap_or('\0');
                    return Some(Err(self.invalid_char(c, start)));
                }
                Ok(RawTok::Continuation) => {
                    if end == self.src.len() {
                        // CPython: the caret goes just past the backslash.
                        return Some(Err(self.err(
                            ErrorKind::Syntax,
                            "unexpected EOF while parsing",
                            start + 1,
                        )));
                    }
                    continue;
                }
                Ok(RawTok::Backslash) => {
                    // `\` not followed by a newline: CPython points at the next character.
                    let next = self.src[end..].chars().next();
                    return Some(Err(match next {
                        None => self.err(ErrorKind::Syntax, "unexpected EOF while parsing", start),
                        Some(c) => self.err_before(
                            "unexpected character after line continuation character",
                            end + c.len_utf8(),
                        ),
                    }));
                }
                Ok(RawTok::Newline) => Tok::Newline,
                Ok(RawTok::Name) => {
                    if self.src[end..].starts_with(|c: char| !c.is_ascii()) {
                        return Some(self.unicode_name(start));
                    }
                    keyword_or_name(&self.src[start..end])
                }
                Ok(RawTok::NonAscii) => return Some(self.unicode_name(start)),
                Ok(RawTok::Decimal) | Ok(RawTok::Radix) | Ok(RawTok::Float) => {
                    return Some(self.number(start, end));
                }
                Ok(RawTok::StrStart) => return Some(self.string(start, end)),
                Ok(RawTok::ErrorChar) | Ok(RawTok::LessGreater) => Tok::Error,
                Ok(r) => simple_token(r),
            };
            return Some(Ok((self.base + start, tok, self.base + end)));
        }
    }

    fn invalid_char(&self, c: char, at: usize) -> SyntaxError {
        if c == '\0' {
            return self.err(
                ErrorKind::Syntax,
                "source code cannot contain null bytes",
                at,
            );
        }
        if !crate::objects::str::is_printable(c) {
            return self.err(
                ErrorKind::Syntax,
                format!("invalid non-printable character U+{:04X}", c as u32),
                at,
            );
        }
        self.err(
            ErrorKind::Syntax,
            format!("invalid character '{}' (U+{:04X})", c, c as u32),
            at,
        )
    }

    /// An identifier containing non-ASCII characters, starting at `start`. As CPython's
    /// tokenizer: take every character that may belong to an identifier (ASCII alphanumerics,
    /// `_`, anything non-ASCII), then check the raw characters against XID_Start/XID_Continue
    /// (`verify_identifier`); NFKC normalization comes after.
    fn unicode_name(&mut self, start: usize) -> Result<Spanned, SyntaxError> {
        let rest = &self.src[start..];
        let end = start
            + rest
                .char_indices()
                .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()))
                .map_or(rest.len(), |(i, _)| i);
        for (i, c) in self.src[start..end].char_indices() {
            let ok = if i == 0 {
                unicode_ident::is_xid_start(c) || c == '_'
            } else {
                unicode_ident::is_xid_continue(c)
            };
            if !ok {
                return Err(self.invalid_char(c, start + i));
            }
        }
        self.resync(end);
        let name = nfkc(&self.src[start..end]);
        let tok = keyword_or_name(&name);
        Ok((self.base + start, tok, self.base + end))
    }

    fn number(&mut self, start: usize, end: usize) -> Result<Spanned, SyntaxError> {
        let text = &self.src[start..end];
        let bytes = text.as_bytes();
        let mut end = end;
        let tok;
        if bytes.len() >= 2
            && bytes[0] == b'0'
            && matches!(bytes[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B')
        {
            let (radix, kind) = match bytes[1] {
                b'x' | b'X' => (16, "hexadecimal"),
                b'o' | b'O' => (8, "octal"),
                _ => (2, "binary"),
            };
            let digits = &text[2..];
            // Walk the digits as CPython does, to find where it would stop.
            let mut prev_us = true; // an underscore may follow the prefix
            let mut ndigits = 0;
            for (i, c) in digits.char_indices() {
                let abs = start + 2 + i;
                if c == '_' {
                    if prev_us && i > 0 {
                        return Err(self.err_before(format!("invalid {kind} literal"), abs + 1));
                    }
                    prev_us = true;
                    continue;
                }
                if c.is_digit(radix) {
                    prev_us = false;
                    ndigits += 1;
                    continue;
                }
                if radix < 16 && c.is_ascii_digit() {
                    return Err(
                        self.err_before(format!("invalid digit '{c}' in {kind} literal"), abs + 1)
                    );
                }
                // An identifier character ends the number badly, unless it starts a keyword.
                if ndigits == 0 || prev_us {
                    return Err(self.err_before(format!("invalid {kind} literal"), abs));
                }
                end = abs;
                self.verify_end_of_number(end, kind)?;
                break;
            }
            if ndigits == 0 || prev_us {
                return Err(self.err_before(format!("invalid {kind} literal"), end));
            }
            // Re-sync the DFA if we stopped early.
            let clean: String = self.src[start + 2..end]
                .chars()
                .filter(|&c| c != '_')
                .collect();
            let v = BigInt::from_str_radix(&clean, radix).unwrap_or_default();
            tok = Tok::Int(v);
            self.resync(end);
        } else {
            // Decimal integer or float, possibly imaginary.
            let (tok0, stop) = self.decimal(start)?;
            end = stop;
            tok = tok0;
            self.resync(end);
        }
        Ok((self.base + start, tok, self.base + end))
    }

    /// Put the logos lexer's position at `end` (it may have matched more or less than we take).
    fn resync(&mut self, end: usize) {
        let at = self.raw.span().end;
        if end > at {
            self.raw.bump(end - at);
        } else if end < at {
            let mut fresh = RawTok::lexer(self.src);
            fresh.bump(end);
            self.raw = fresh;
        }
    }

    /// Scan a decimal number (int, float or imaginary) starting at `start` exactly as
    /// tok_get does, and return its token and end.
    fn decimal(&self, start: usize) -> Result<(Tok, usize), SyntaxError> {
        let b = self.src.as_bytes();
        let n = b.len();
        let mut i = start;
        // Digits with single underscores between them; returns false on a bad underscore.
        let digits = |i: &mut usize| -> Result<(), usize> {
            while *i < n && b[*i].is_ascii_digit() {
                *i += 1;
                if *i < n && b[*i] == b'_' {
                    *i += 1;
                    if !(*i < n && b[*i].is_ascii_digit()) {
                        return Err(*i);
                    }
                }
            }
            Ok(())
        };
        let mut is_float = false;
        if b[i] == b'.' {
            is_float = true;
            i += 1;
            digits(&mut i).map_err(|c| self.err_before("invalid decimal literal", c))?;
        } else {
            let int_start = i;
            digits(&mut i).map_err(|c| self.err_before("invalid decimal literal", c))?;
            // Leading zeros: "0_0" and "00" are fine, "0123" is not (unless it becomes a float).
            let int_text = &self.src[int_start..i];
            let leading_zero = int_text.len() > 1 && int_text.starts_with('0');
            if i < n && b[i] == b'.' {
                is_float = true;
                i += 1;
                if i < n && b[i].is_ascii_digit() {
                    digits(&mut i).map_err(|c| self.err_before("invalid decimal literal", c))?;
                }
            } else if leading_zero
                && !(i < n && matches!(b[i], b'e' | b'E' | b'j' | b'J'))
                && int_text.bytes().any(|c| c != b'0' && c != b'_')
            {
                let mut e = SyntaxError::new(
                    ErrorKind::Syntax,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    self.base + start,
                );
                e.end = Some(self.base + i);
                return Err(e);
            }
        }
        // Exponent.
        if i < n && matches!(b[i], b'e' | b'E') {
            let e_at = i;
            let mut j = i + 1;
            if j < n && matches!(b[j], b'+' | b'-') {
                j += 1;
                if !(j < n && b[j].is_ascii_digit()) {
                    return Err(self.err_before("invalid decimal literal", j));
                }
            }
            if j < n && b[j].is_ascii_digit() {
                is_float = true;
                i = j;
                digits(&mut i).map_err(|c| self.err_before("invalid decimal literal", c))?;
            } else {
                // `1e` followed by something else: the 'e' starts an identifier.
                self.verify_end_of_number(e_at, "decimal")?;
                i = e_at;
            }
        }
        let text: String = self.src[start..i].chars().filter(|&c| c != '_').collect();
        if i < n && matches!(b[i], b'j' | b'J') {
            i += 1;
            self.verify_end_of_number(i, "imaginary")?;
            let v: f64 = text.parse().unwrap_or(f64::INFINITY);
            return Ok((Tok::Imag(v), i));
        }
        if is_float {
            self.verify_end_of_number(i, "decimal")?;
            let v: f64 = text.parse().unwrap_or(f64::INFINITY);
            return Ok((Tok::Float(v), i));
        }
        self.verify_end_of_number(i, "decimal")?;
        let v = text.parse::<BigInt>().unwrap_or_default();
        Ok((Tok::Int(v), i))
    }

    /// CPython's verify_end_of_number: a number directly followed by an identifier character
    /// is an error, unless the text there is a keyword that may follow a number.
    fn verify_end_of_number(&self, at: usize, kind: &str) -> Result<(), SyntaxError> {
        let rest = &self.src[at..];
        let Some(c) = rest.chars().next() else {
            return Ok(());
        };
        let allowed = ["and", "else", "for", "if", "in", "is", "or", "not"]
            .iter()
            .any(|kw| rest.starts_with(kw));
        if allowed {
            return Ok(());
        }
        if c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii() {
            return Err(self.err_before(format!("invalid {kind} literal"), at));
        }
        Ok(())
    }

    fn string(&mut self, start: usize, open_end: usize) -> Result<Spanned, SyntaxError> {
        let end = scan_string(self.src, start, open_end).map_err(|e| self.rebase(e))?;
        self.resync(end);
        let lit = strings::decode_literal(self.src, start, end, self.base)?;
        Ok((self.base + start, Tok::Str(Box::new(lit)), self.base + end))
    }

    fn rebase(&self, mut e: SyntaxError) -> SyntaxError {
        e.offset += self.base;
        if let Some(end) = e.end.as_mut() {
            *end += self.base;
        }
        e
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, SyntaxError>;
    fn next(&mut self) -> Option<Self::Item> {
        self.next_token()
    }
}

/// Find the end of the string literal whose prefix and opening quote span `start..open_end`.
/// Backslashes escape the next character for the purpose of finding the end, even in raw
/// strings (as in CPython). Errors carry offsets relative to `src`.
pub fn scan_string(src: &str, start: usize, open_end: usize) -> Result<usize, SyntaxError> {
    let b = src.as_bytes();
    let quote = b[open_end - 1];
    let triple = open_end - start >= 3 && b[open_end - 2] == quote && b[open_end - 3] == quote && {
        // `''` followed by a third quote is a triple only if the prefix+quote regex matched 3.
        let prefix_len = src[start..open_end].trim_end_matches(quote as char).len();
        open_end - start - prefix_len == 3
    };
    let mut i = open_end;
    let n = b.len();
    while i < n {
        let c = b[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == quote {
            if !triple {
                return Ok(i + 1);
            }
            if i + 2 < n && b[i + 1] == quote && b[i + 2] == quote {
                return Ok(i + 3);
            }
        } else if !triple && (c == b'\n' || c == b'\r') {
            break;
        }
        i += 1;
    }
    // Unterminated: CPython reports the line where it noticed (the last line for a triple).
    let detected = if triple {
        src.bytes().filter(|&c| c == b'\n').count() + 1 - usize::from(src.ends_with('\n'))
    } else {
        let upto = &src[..i.min(n)];
        upto.bytes().filter(|&c| c == b'\n').count() + 1
            - usize::from(i >= n && upto.ends_with('\n'))
    };
    let msg = if triple {
        format!("unterminated triple-quoted string literal (detected at line {detected})")
    } else {
        format!("unterminated string literal (detected at line {detected})")
    };
    Err(SyntaxError::new(ErrorKind::Syntax, msg, start))
}

fn keyword_or_name(s: &str) -> Tok {
    match s {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => Tok::Name(s.to_string()),
    }
}

fn simple_token(r: RawTok) -> Tok {
    match r {
        RawTok::LPar => Tok::LPar,
        RawTok::RPar => Tok::RPar,
        RawTok::LSqb => Tok::LSqb,
        RawTok::RSqb => Tok::RSqb,
        RawTok::LBrace => Tok::LBrace,
        RawTok::RBrace => Tok::RBrace,
        RawTok::Colon => Tok::Colon,
        RawTok::Comma => Tok::Comma,
        RawTok::Semi => Tok::Semi,
        RawTok::Plus => Tok::Plus,
        RawTok::Minus => Tok::Minus,
        RawTok::Star => Tok::Star,
        RawTok::Slash => Tok::Slash,
        RawTok::VBar => Tok::VBar,
        RawTok::Amper => Tok::Amper,
        RawTok::Less => Tok::Less,
        RawTok::Greater => Tok::Greater,
        RawTok::Equal => Tok::Equal,
        RawTok::Dot => Tok::Dot,
        RawTok::Percent => Tok::Percent,
        RawTok::EqEqual => Tok::EqEqual,
        RawTok::NotEqual => Tok::NotEqual,
        RawTok::LessEqual => Tok::LessEqual,
        RawTok::GreaterEqual => Tok::GreaterEqual,
        RawTok::Tilde => Tok::Tilde,
        RawTok::Circumflex => Tok::Circumflex,
        RawTok::LeftShift => Tok::LeftShift,
        RawTok::RightShift => Tok::RightShift,
        RawTok::DoubleStar => Tok::DoubleStar,
        RawTok::PlusEqual => Tok::PlusEqual,
        RawTok::MinEqual => Tok::MinEqual,
        RawTok::StarEqual => Tok::StarEqual,
        RawTok::SlashEqual => Tok::SlashEqual,
        RawTok::PercentEqual => Tok::PercentEqual,
        RawTok::AmperEqual => Tok::AmperEqual,
        RawTok::VBarEqual => Tok::VBarEqual,
        RawTok::CircumflexEqual => Tok::CircumflexEqual,
        RawTok::LeftShiftEqual => Tok::LeftShiftEqual,
        RawTok::RightShiftEqual => Tok::RightShiftEqual,
        RawTok::DoubleStarEqual => Tok::DoubleStarEqual,
        RawTok::DoubleSlash => Tok::DoubleSlash,
        RawTok::DoubleSlashEqual => Tok::DoubleSlashEqual,
        RawTok::At => Tok::At,
        RawTok::AtEqual => Tok::AtEqual,
        RawTok::RArrow => Tok::RArrow,
        RawTok::Ellipsis => Tok::Ellipsis,
        RawTok::ColonEqual => Tok::ColonEqual,
        _ => Tok::Error,
    }
}

/// NFKC-normalize an identifier (CPython does this for every non-ASCII identifier).
pub fn nfkc(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    use unicode_normalization::UnicodeNormalization;
    s.nfkc().collect()
}
