//! Text encodings for `str.encode`, `bytes.decode`, `bytearray.decode`, `bytes(s, enc)` and
//! `str(b, enc)`: UTF-8 (and UTF-8 with a BOM, `utf-8-sig`), ASCII and Latin-1 with the `strict`, `ignore`, `replace` and
//! `backslashreplace` error handlers, raising `UnicodeEncodeError`/`UnicodeDecodeError`
//! worded as CPython 3.11 words them.

use super::{exc, PyResult};
use crate::heap::ObjRef;

/// The codecs mnemo knows, by their normalized names.
#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

fn lookup(encoding: &str) -> PyResult<Codec> {
    let n: String = encoding
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    Ok(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "utf-8-sig" | "utf8-sig" => Codec::Utf8Sig,
        "ascii" | "us-ascii" | "646" => Codec::Ascii,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => {
            Codec::Latin1
        }
        _ => {
            return Err(exc::err(
                "LookupError",
                format!("unknown encoding: {encoding}"),
            ))
        }
    })
}

fn check_errors(errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" | "surrogateescape" => Ok(()),
        _ => Err(exc::err(
            "LookupError",
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

/// How CPython shows one character in an encode error (`'\xe9'`, `'\u20ac'`).
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("'\\x{n:02x}'")
    } else if n < 0x10000 {
        format!("'\\u{n:04x}'")
    } else {
        format!("'\\U{n:08x}'")
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    if codec == Codec::Utf8Sig {
        return Ok([&BOM_UTF8[..], s.as_bytes()].concat());
    }
    check_errors(errors)?;
    let limit: u32 = if codec == Codec::Ascii { 0x80 } else { 0x100 };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let n = c as u32;
                let e = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                out.extend_from_slice(e.as_bytes());
            }
            _ => {
                let mut j = i + 1;
                while j < chars.len() && chars[j] as u32 >= limit {
                    j += 1;
                }
                let what = if j - i == 1 {
                    format!("character {} in position {i}", char_escape(c))
                } else {
                    format!("characters in position {i}-{}", j - 1)
                };
                return Err(exc::err(
                    "UnicodeEncodeError",
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({limit})",
                        codec.name()
                    ),
                ));
            }
        }
        i += 1;
    }
    Ok(out)
}

fn decode_error(codec: Codec, b: &[u8], start: usize, end: usize, reason: &str) -> ObjRef {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {start}", b[start])
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    exc::err(
        "UnicodeDecodeError",
        format!("'{}' codec can't decode {what}: {reason}", codec.name()),
    )
}

const BOM_UTF8: [u8; 3] = [0xef, 0xbb, 0xbf];

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(encoding)?;
    match codec {
        Codec::Utf8Sig => {
            // The BOM is dropped if present; positions in errors count from after it.
            let rest = b.strip_prefix(&BOM_UTF8[..]).unwrap_or(b);
            decode(rest, "utf-8", errors)
        }
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Ascii => {
            check_errors(errors)?;
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => out.push_str(&format!("\\x{c:02x}")),
                    _ => {
                        return Err(decode_error(
                            codec,
                            b,
                            i,
                            i + 1,
                            "ordinal not in range(128)",
                        ))
                    }
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            if let Ok(s) = std::str::from_utf8(b) {
                return Ok(s.to_string());
            }
            check_errors(errors)?;
            let mut out = String::with_capacity(b.len());
            let mut rest = b;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let bad = e.error_len().unwrap_or(rest.len() - good);
                        let first = rest[good];
                        match errors {
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            "backslashreplace" => {
                                for c in &rest[good..good + bad] {
                                    out.push_str(&format!("\\x{c:02x}"));
                                }
                            }
                            _ => {
                                let start = base + good;
                                let (end, reason) = if e.error_len().is_none() {
                                    (base + rest.len(), "unexpected end of data")
                                } else if bad == 1 && !(0xc2..=0xf4).contains(&first) {
                                    (start + 1, "invalid start byte")
                                } else {
                                    (start + bad, "invalid continuation byte")
                                };
                                return Err(decode_error(codec, b, start, end, reason));
                            }
                        }
                        rest = &rest[good + bad..];
                        base += good + bad;
                    }
                }
            }
        }
    }
}
