//! The item types of `array.array`: its typecodes, their sizes on CPython's Linux x86-64 build
//! (`u` is a 4-byte `wchar_t`, `l`/`L` are 8 bytes), and the conversions between Python objects
//! and the raw native-endian bytes an array stores, with CPython's `arraymodule.c` messages
//! for values that do not fit.

use crate::heap::{Kind, ObjRef};
use crate::objects::int::IntData;
use crate::vm::{exc, new_float, new_int, new_str, str_of, PyResult, Vm};

/// One of CPython's typecodes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Code {
    SChar,
    UChar,
    WChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Float,
    Double,
}

/// Every typecode, in CPython's order (`array.typecodes`).
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// A value read from or about to be written into an array.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Item {
    Int(i128),
    Float(f64),
    Char(u32),
}

impl Code {
    pub fn from_char(c: char) -> Option<Code> {
        Some(match c {
            'b' => Code::SChar,
            'B' => Code::UChar,
            'u' => Code::WChar,
            'h' => Code::Short,
            'H' => Code::UShort,
            'i' => Code::Int,
            'I' => Code::UInt,
            'l' => Code::Long,
            'L' => Code::ULong,
            'q' => Code::LongLong,
            'Q' => Code::ULongLong,
            'f' => Code::Float,
            'd' => Code::Double,
            _ => return None,
        })
    }

    pub fn ch(self) -> char {
        match self {
            Code::SChar => 'b',
            Code::UChar => 'B',
            Code::WChar => 'u',
            Code::Short => 'h',
            Code::UShort => 'H',
            Code::Int => 'i',
            Code::UInt => 'I',
            Code::Long => 'l',
            Code::ULong => 'L',
            Code::LongLong => 'q',
            Code::ULongLong => 'Q',
            Code::Float => 'f',
            Code::Double => 'd',
        }
    }

    /// Bytes per item (`itemsize`).
    pub fn size(self) -> usize {
        match self {
            Code::SChar | Code::UChar => 1,
            Code::Short | Code::UShort => 2,
            Code::WChar | Code::Int | Code::UInt | Code::Float => 4,
            Code::Long | Code::ULong | Code::LongLong | Code::ULongLong | Code::Double => 8,
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, Code::Float | Code::Double)
    }

    /// The item stored in `b` (exactly `size()` bytes, native endianness).
    pub fn read(self, b: &[u8]) -> Item {
        macro_rules! int {
            ($t:ty) => {
                Item::Int(<$t>::from_ne_bytes(b.try_into().unwrap_or_default()) as i128)
            };
        }
        match self {
            Code::SChar => int!(i8),
            Code::UChar => int!(u8),
            Code::Short => int!(i16),
            Code::UShort => int!(u16),
            Code::Int => int!(i32),
            Code::UInt => int!(u32),
            Code::Long | Code::LongLong => int!(i64),
            Code::ULong | Code::ULongLong => int!(u64),
            Code::WChar => Item::Char(u32::from_ne_bytes(b.try_into().unwrap_or_default())),
            Code::Float => Item::Float(f32::from_ne_bytes(b.try_into().unwrap_or_default()) as f64),
            Code::Double => Item::Float(f64::from_ne_bytes(b.try_into().unwrap_or_default())),
        }
    }

    /// Append `item` (already checked by [`Code::convert`]) to `out`.
    pub fn write(self, item: Item, out: &mut Vec<u8>) {
        let n = match item {
            Item::Int(n) => n,
            Item::Char(c) => c as i128,
            Item::Float(f) => {
                match self {
                    Code::Float => out.extend_from_slice(&(f as f32).to_ne_bytes()),
                    _ => out.extend_from_slice(&f.to_ne_bytes()),
                }
                return;
            }
        };
        match self.size() {
            1 => out.push(n as u8),
            2 => out.extend_from_slice(&(n as u16).to_ne_bytes()),
            4 => out.extend_from_slice(&(n as u32).to_ne_bytes()),
            _ => out.extend_from_slice(&(n as u64).to_ne_bytes()),
        }
    }

    /// `o` as an item of this type, or CPython's TypeError/OverflowError.
    pub fn convert(self, vm: &mut Vm, o: &ObjRef) -> PyResult<Item> {
        match self {
            Code::WChar => {
                let b = crate::vm::methods::base_of(o);
                if b.kind() == Kind::Str {
                    let mut cs = str_of(&b).chars();
                    if let (Some(c), None) = (cs.next(), cs.next()) {
                        return Ok(Item::Char(c as u32));
                    }
                }
                exc::type_error("array item must be unicode character")
            }
            Code::Float | Code::Double => Ok(Item::Float(super::support::to_f64(vm, o)?)),
            _ => {
                let i = crate::vm::convert::index(vm, o)?;
                // Beyond 128 bits only the sign matters: saturate.
                let big = i.payload::<IntData>().to_big();
                let n = i128::try_from(&big).unwrap_or(if big.sign() == num_bigint::Sign::Minus {
                    i128::MIN
                } else {
                    i128::MAX
                });
                self.check_int(n).map(Item::Int)
            }
        }
    }

    /// Range checks of an integer typecode (`n` saturated to 128 bits).
    fn check_int(self, n: i128) -> PyResult<i128> {
        const C_LONG: &str = "Python int too large to convert to C long";
        const C_ULONG: &str = "Python int too large to convert to C unsigned long";
        let fits_long = (i64::MIN as i128..=i64::MAX as i128).contains(&n);
        let small = |lo: i128, hi: i128, what: &str| -> PyResult<i128> {
            if !fits_long {
                exc::overflow_error(C_LONG)
            } else if n > hi {
                exc::overflow_error(format!("{what} is greater than maximum"))
            } else if n < lo {
                exc::overflow_error(format!("{what} is less than minimum"))
            } else {
                Ok(n)
            }
        };
        match self {
            Code::SChar => small(-128, 127, "signed char"),
            Code::UChar => small(0, 255, "unsigned byte integer"),
            Code::Short => small(i16::MIN as i128, i16::MAX as i128, "signed short integer"),
            Code::UShort => small(0, u16::MAX as i128, "unsigned short"),
            Code::Int => small(i32::MIN as i128, i32::MAX as i128, "signed integer"),
            Code::Long => small(i64::MIN as i128, i64::MAX as i128, "signed long"),
            Code::UInt | Code::ULong => {
                if n < 0 {
                    exc::overflow_error("can't convert negative value to unsigned int")
                } else if n > u64::MAX as i128 {
                    exc::overflow_error(C_ULONG)
                } else if self == Code::UInt && n > u32::MAX as i128 {
                    exc::overflow_error("unsigned int is greater than maximum")
                } else {
                    Ok(n)
                }
            }
            Code::LongLong if fits_long => Ok(n),
            Code::ULongLong if n < 0 => {
                exc::overflow_error("can't convert negative int to unsigned")
            }
            Code::ULongLong if n <= u64::MAX as i128 => Ok(n),
            _ => exc::overflow_error("int too big to convert"),
        }
    }
}

/// An item as a Python object.
pub fn to_object(item: Item) -> PyResult<ObjRef> {
    Ok(match item {
        Item::Int(n) => match i64::try_from(n) {
            Ok(n) => new_int(n),
            Err(_) => crate::vm::new_bigint(n.into()),
        },
        Item::Float(f) => new_float(f),
        Item::Char(c) => match char::from_u32(c) {
            Some(ch) => new_str(ch.encode_utf8(&mut [0; 4])),
            None => {
                return exc::value_error(format!(
                    "character U+{c:x} is not in range [U+0000; U+10ffff]"
                ))
            }
        },
    })
}
