//! `repr(str)` and `str.isprintable`, exactly as CPython 3.11 computes them (`unicode_repr` in
//! Objects/unicodeobject.c, `_PyUnicode_IsPrintable` in Objects/unicodectype.c).
//!
//! Quote choice: single quotes, unless the string contains `'` and no `"`. Escapes: `\\`, the
//! chosen quote, `\t`, `\n`, `\r`; any other ASCII control character (and DEL) as `\xNN`; a
//! non-ASCII character that is not printable as `\xNN`, `\uNNNN` or `\UNNNNNNNN` by the size of
//! its code point (lowercase hex). Everything else is copied as is.
//!
//! Printable means: not in general category Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs, except that the
//! ASCII space is printable. The category table comes from the `unicode-general-category` crate,
//! pinned at 0.5, which carries Unicode 14.0.0 — the version CPython 3.11 was built with — so the
//! answer matches CPython 3.11 for every code point. (Rust strings cannot hold lone surrogates,
//! so category Cs never arises here.)
//!
//! Where to start reading: [`str_repr`].

use unicode_general_category::{get_general_category, GeneralCategory};

/// `repr(s)` for a Python str.
pub fn str_repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_str_repr(&mut out, s);
    out
}

/// Appends `repr(s)` to `out`.
pub fn push_str_repr(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    // Copy runs of characters that need no escaping in one go.
    let mut run_start = 0;
    for (i, c) in s.char_indices() {
        let plain = if c.is_ascii() {
            (' '..'\x7f').contains(&c) && c != quote && c != '\\'
        } else {
            is_printable(c)
        };
        if plain {
            continue;
        }
        out.push_str(&s[run_start..i]);
        run_start = i + c.len_utf8();
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => push_escape(out, c as u32),
        }
    }
    out.push_str(&s[run_start..]);
    out.push(quote);
}

/// `c.isprintable()` in Python (see the module comment for the rule).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..'\x7f').contains(&c);
    }
    !matches!(
        get_general_category(c),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::Surrogate
            | GeneralCategory::PrivateUse
            | GeneralCategory::Unassigned
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
            | GeneralCategory::SpaceSeparator
    )
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for code point `cp`.
fn push_escape(out: &mut String, cp: u32) {
    let (prefix, width) = if cp <= 0xff {
        ("\\x", 2)
    } else if cp <= 0xffff {
        ("\\u", 4)
    } else {
        ("\\U", 8)
    };
    out.push_str(prefix);
    push_hex(out, cp, width);
}

/// Appends the low `width` hex digits of `v`, lowercase, zero-padded.
pub(crate) fn push_hex(out: &mut String, v: u32, width: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for k in (0..width).rev() {
        out.push(HEX[((v >> (4 * k)) & 0xf) as usize] as char);
    }
}

/// The payload of a `str` object: UTF-8 text with its length in characters and a cached hash.
pub struct StrData {
    pub s: Box<str>,
    /// Length in code points (what `len()` returns).
    pub chars: usize,
    /// The hash, computed on first use (-1: not yet).
    pub hash: std::cell::Cell<i64>,
    /// This object is the interned one for its value.
    pub interned: std::cell::Cell<bool>,
}

impl StrData {
    pub fn new(s: impl Into<Box<str>>) -> StrData {
        let s = s.into();
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrData {
            s,
            chars,
            hash: std::cell::Cell::new(-1),
            interned: std::cell::Cell::new(false),
        }
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
}

impl crate::heap::PayloadOps for StrData {
    fn extra_size(&self) -> usize {
        self.s.len() + 1
    }
}

#[cfg(test)]
mod tests {
    use super::{is_printable, str_repr};

    /// Expected strings are CPython 3.11.7's `repr()` of the same strings.
    #[test]
    fn matches_cpython() {
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("abc", "'abc'"),
            ("it's", r#""it's""#),
            ("say \"hi\"", r#"'say "hi"'"#),
            ("both ' and \"", r#"'both \' and "'"#),
            ("back\\slash", r"'back\\slash'"),
            ("\n\r\t", r"'\n\r\t'"),
            ("tab\there", r"'tab\there'"),
            ("\x00\x01\x1f\x7f", r"'\x00\x01\x1f\x7f'"),
            ("\x0b\x0c", r"'\x0b\x0c'"),
            (
                "\u{80}\u{9f}\u{a0}\u{a1}\u{ad}\u{ff}",
                "'\\x80\\x9f\\xa0\u{a1}\\xad\u{ff}'",
            ),
            ("a b\u{a0}c", r"'a b\xa0c'"),
            ("é日本語", "'é日本語'"),
            (
                "\u{2028}\u{2029}\u{200b}\u{feff}\u{3000}",
                r"'\u2028\u2029\u200b\ufeff\u3000'",
            ),
            ("\u{e000}", r"'\ue000'"),
            ("\u{1f600}", "'\u{1f600}'"),
            ("\u{e0001}", r"'\U000e0001'"),
            ("\u{10ffff}", r"'\U0010ffff'"),
            ("\u{f0000}", r"'\U000f0000'"),
            ("\u{378}", r"'\u0378'"),
            ("\u{61c}", r"'\u061c'"),
            ("\u{1680}", r"'\u1680'"),
            // Assigned in Unicode 14.0 (U+1FAE0 MELTING FACE): printable in CPython 3.11.
            ("\u{1fae0}", "'\u{1fae0}'"),
        ];
        for &(s, want) in cases {
            assert_eq!(str_repr(s), want, "repr of {s:?}");
        }
    }

    #[test]
    fn printable() {
        assert!(is_printable(' '));
        assert!(is_printable('a'));
        assert!(!is_printable('\u{a0}'));
        assert!(!is_printable('\u{85}'));
        assert!(is_printable('\u{1fae0}'));
        // Unassigned in Unicode 14.0 (U+1FAE8 SHAKING FACE arrived in 15.0).
        assert!(!is_printable('\u{1fae8}'));
    }
}
