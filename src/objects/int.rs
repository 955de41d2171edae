//! `int` (and `bool`, whose two objects are ints of type `bool`): arbitrary precision with a
//! machine-word fast path. A value is `Small` whenever it fits an `i64`; `Big` otherwise
//! (the representation is normalized, so equal values have equal representations).

use crate::heap::PayloadOps;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

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
