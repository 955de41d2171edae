//! `bytearray` construction helpers.

use super::rt;
use crate::heap::ObjRef;
use crate::objects::bytes::ByteArrayData;
use std::cell::RefCell;

pub fn new_bytearray(v: Vec<u8>) -> ObjRef {
    crate::heap::alloc(&rt().types.bytearray, ByteArrayData { b: RefCell::new(v) })
}
