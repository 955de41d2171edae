//! `int` (and `bool`, whose two objects are ints of type `bool`): arbitrary precision with a
//! machine-word fast path. A value is `Small` whenever it fits an `i64`; `Big` otherwise
//! (the representation is normalized, so equal values have equal representations).

use crate::heap::PayloadOps;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// `sys.get_int_max_str_digits()`: the most decimal digits an int<->str conversion may have
/// (0 = no limit). CPython 3.11's default is 4300.
pub static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(4300);

/// The current int<->str digit limit (0 = none).
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// `v` in decimal, or `None` when it has more digits than `sys.get_int_max_str_digits()`.
pub fn to_decimal_limited(v: &BigInt) -> Option<String> {
    let limit = max_str_digits();
    if limit > 0 {
        // A lower bound on the digit count from the bit length avoids converting huge values.
        let bits = v.bits();
        if bits > 0 && ((bits - 1) as f64 * std::f64::consts::LOG10_2).floor() as usize + 1 > limit
        {
            return None;
        }
    }
    let s = v.to_string();
    let digits = s.len() - usize::from(s.starts_with('-'));
    (limit == 0 || digits <= limit).then_some(s)
}

pub enum IntData {
    Small(i64),
    Big(Box<BigInt>),
}

impl PayloadOps for IntData {
    fn extra_size(&self) -> usize {
        match self {
            IntData::Small(_) => 0,
            IntData::Big(b) => (b.bits() as usize).div_ceil(64) * 8,
        }
    }
}

impl IntData {
    /// The normalized representation of `v`.
    pub fn from_big(v: BigInt) -> IntData {
        match v.to_i64() {
            Some(i) => IntData::Small(i),
            None => IntData::Big(Box::new(v)),
        }
    }

    pub fn to_big(&self) -> BigInt {
        match self {
            IntData::Small(i) => BigInt::from(*i),
            IntData::Big(b) => (**b).clone(),
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            IntData::Small(i) => Some(*i),
            IntData::Big(_) => None,
        }
    }
}
