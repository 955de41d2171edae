//! `repr(bytes)`, exactly as CPython 3.11 prints it (`PyBytes_Repr` in Objects/bytesobject.c).
//!
//! `b` then a quoted body. Quote choice as for str: single quotes unless the bytes contain `'`
//! and no `"`. Escapes: `\\`, the chosen quote, `\t`, `\n`, `\r`; any other byte outside
//! `0x20..=0x7e` as `\xNN` (lowercase hex). Everything else is copied as is.

use crate::objects::str::push_hex;

/// `repr(b)` for a Python bytes object.
pub fn bytes_repr(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    push_bytes_repr(&mut out, b);
    out
}

/// Appends `repr(b)` to `out`.
pub fn push_bytes_repr(out: &mut String, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                out.push_str("\\x");
                push_hex(out, c as u32, 2);
            }
        }
    }
    out.push(quote as char);
}

/// The payload of a `bytes` object.
pub struct BytesData {
    pub b: Box<[u8]>,
    pub hash: std::cell::Cell<i64>,
}

impl crate::heap::PayloadOps for BytesData {
    fn extra_size(&self) -> usize {
        self.b.len() + 1
    }
}

/// The payload of a `bytearray` object.
pub struct ByteArrayData {
    pub b: std::cell::RefCell<Vec<u8>>,
}

impl crate::heap::PayloadOps for ByteArrayData {
    fn extra_size(&self) -> usize {
        self.b.borrow().capacity()
    }
}

#[cfg(test)]
mod tests {
    use super::bytes_repr;

    /// Expected strings are CPython 3.11.7's `repr()` of the same bytes.
    #[test]
    fn matches_cpython() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "b''"),
            (b"abc", "b'abc'"),
            (b"it's", r#"b"it's""#),
            (b"say \"hi\"", r#"b'say "hi"'"#),
            (b"both ' and \"", r#"b'both \' and "'"#),
            (b"\\", r"b'\\'"),
            (b"\n\r\t\x0b\x0c", r"b'\n\r\t\x0b\x0c'"),
            (b"\x00\x7f\x80\xff", r"b'\x00\x7f\x80\xff'"),
            (b" ~", "b' ~'"),
            (b"\xe9t\xc3\xa9", r"b'\xe9t\xc3\xa9'"),
        ];
        for &(b, want) in cases {
            assert_eq!(bytes_repr(b), want, "repr of {b:?}");
        }
    }
}
