//! Operators: arithmetic and bitwise operators, unary operators and truth — built-in types
//! natively, everything else through the dunder methods (`__add__`/`__radd__` with the
//! subclass-first rule, `NotImplemented`), with CPython's error messages. Comparisons are in
//! `compare.rs`, containment, subscripts, iteration and `with` in `protocols.rs`, the int and
//! float kernels in `numeric.rs`; all are re-exported here, so `ops::compare`,
//! `ops::get_iter`, `ops::int_binop`, ... keep working.

use super::attr::lookup_type_str;
use super::{call, dictops, exc, new_bigint, new_float, new_int, new_list};
use super::{new_string, new_tuple, rt, type_name, Args, PyResult, Vm};
use crate::ast::{CmpOp, Operator};
use crate::heap::{Kind, ObjRef};
use crate::objects::bytes::BytesData;
use crate::objects::dict::DictData;
use crate::objects::float::FloatData;
use crate::objects::int::IntData;
use crate::objects::list::ListData;
use crate::objects::set::SetData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use num_bigint::BigInt;
use num_integer::Integer;

pub enum Unary {
    Neg,
    Pos,
    Invert,
}

pub(super) fn op_symbol(op: Operator) -> &'static str {
    match op {
        Operator::Add => "+",
        Operator::Sub => "-",
        Operator::Mult => "*",
        Operator::MatMult => "@",
        Operator::Div => "/",
        Operator::Mod => "%",
        Operator::Pow => "**",
        Operator::LShift => "<<",
        Operator::RShift => ">>",
        Operator::BitOr => "|",
        Operator::BitXor => "^",
        Operator::BitAnd => "&",
        Operator::FloorDiv => "//",
    }
}

pub(super) fn dunders(op: Operator) -> (&'static str, &'static str, &'static str) {
    match op {
        Operator::Add => ("__add__", "__radd__", "__iadd__"),
        Operator::Sub => ("__sub__", "__rsub__", "__isub__"),
        Operator::Mult => ("__mul__", "__rmul__", "__imul__"),
        Operator::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        Operator::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        Operator::Mod => ("__mod__", "__rmod__", "__imod__"),
        Operator::Pow => ("__pow__", "__rpow__", "__ipow__"),
        Operator::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        Operator::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        Operator::BitOr => ("__or__", "__ror__", "__ior__"),
        Operator::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        Operator::BitAnd => ("__and__", "__rand__", "__iand__"),
        Operator::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

/// Whether an object's type is a user class (its dunders must be consulted).
#[inline]
pub(super) fn is_user(o: &ObjRef) -> bool {
    matches!(o.kind(), Kind::Instance | Kind::Exception | Kind::Object)
        && o.type_of()
            .payload::<crate::objects::typeobj::TypeData>()
            .heap
}

/// The fast path of the evaluation loop: `+ - *` and friends on two machine-word ints of
/// exact type `int` (or `bool`); `None` when it does not apply or the result overflows.
#[inline]
pub fn small_int_binop(a: &ObjRef, b: &ObjRef, op: Operator) -> Option<ObjRef> {
    small_int_arith(a, b, op).map(new_int)
}

/// The value of `small_int_binop`'s result, before it becomes an object.
#[inline]
pub fn small_int_arith(a: &ObjRef, b: &ObjRef, op: Operator) -> Option<i64> {
    let (IntData::Small(x), IntData::Small(y)) =
        (a.downcast::<IntData>()?, b.downcast::<IntData>()?)
    else {
        return None;
    };
    let (x, y) = (*x, *y);
    let r = match op {
        Operator::Add => x.checked_add(y)?,
        Operator::Sub => x.checked_sub(y)?,
        Operator::Mult => x.checked_mul(y)?,
        Operator::BitAnd => x & y,
        Operator::BitOr => x | y,
        Operator::BitXor => x ^ y,
        Operator::FloorDiv if y > 0 => Integer::div_floor(&x, &y),
        Operator::Mod if y > 0 => Integer::mod_floor(&x, &y),
        _ => return None,
    };
    Some(r)
}

/// The fast path for float arithmetic (`+ - *`, and `/` by a non-zero float) on exact floats or a
/// float with a small int.
#[inline]
pub fn float_fast_binop(a: &ObjRef, b: &ObjRef, op: Operator) -> Option<ObjRef> {
    let x = match a.downcast::<FloatData>() {
        Some(f) => f.0,
        None => match a.downcast::<IntData>()? {
            IntData::Small(i) if b.kind() == Kind::Float => *i as f64,
            _ => return None,
        },
    };
    let y = match b.downcast::<FloatData>() {
        Some(f) => f.0,
        None => match b.downcast::<IntData>()? {
            IntData::Small(i) if a.kind() == Kind::Float => *i as f64,
            _ => return None,
        },
    };
    let r = match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => x * y,
        Operator::Div if y != 0.0 => x / y,
        // A positive finite base: C's pow, as CPython's float_pow computes it (the special
        // cases, overflow and negative bases take the full path).
        Operator::Pow if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if !r.is_finite() || r == 0.0 {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(new_float(r))
}

/// `seq[i]` for an exact list or tuple and a machine-word int in range.
#[inline]
pub fn index_fast(container: &ObjRef, key: &ObjRef) -> Option<ObjRef> {
    let IntData::Small(i) = key.downcast::<IntData>()? else {
        return None;
    };
    let i = *i;
    match container.kind() {
        Kind::List if container.is_type(&rt().types.list) => {
            let items = container.payload::<ListData>().items.borrow();
            let j = if i < 0 { i + items.len() as i64 } else { i };
            items.get(usize::try_from(j).ok()?).cloned()
        }
        Kind::Tuple if container.is_type(&rt().types.tuple) => {
            let items = &container.payload::<TupleData>().items;
            let j = if i < 0 { i + items.len() as i64 } else { i };
            items.get(usize::try_from(j).ok()?).cloned()
        }
        _ => None,
    }
}

/// `list[i] = v` for an exact list and an int index in range; gives `v` back otherwise.
#[inline]
pub fn store_index_fast(container: &ObjRef, key: &ObjRef, v: ObjRef) -> Option<ObjRef> {
    let Some(IntData::Small(i)) = key.downcast::<IntData>() else {
        return Some(v);
    };
    if container.kind() != Kind::List || !container.is_type(&rt().types.list) {
        return Some(v);
    }
    let list = container.payload::<ListData>();
    let old = {
        let mut items = list.items.borrow_mut();
        let j = if *i < 0 { *i + items.len() as i64 } else { *i };
        match usize::try_from(j).ok().filter(|&j| j < items.len()) {
            Some(j) => std::mem::replace(&mut items[j], v),
            None => return Some(v),
        }
    };
    drop(old);
    None
}

/// The fast path of comparisons of two machine-word ints.
#[inline]
pub fn small_int_compare(a: &ObjRef, b: &ObjRef, op: CmpOp) -> Option<bool> {
    let (IntData::Small(x), IntData::Small(y)) =
        (a.downcast::<IntData>()?, b.downcast::<IntData>()?)
    else {
        return None;
    };
    Some(match op {
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        _ => return None,
    })
}

/// `a OP b` (or `a OP= b` when `inplace`).
pub fn binary_op(
    vm: &mut Vm,
    a: &ObjRef,
    b: &ObjRef,
    op: Operator,
    inplace: bool,
) -> PyResult<ObjRef> {
    if !is_user(a) && !is_user(b) {
        if inplace {
            if let Some(r) = native_inplace(vm, a, b, op)? {
                return Ok(r);
            }
            // A built-in type's own in-place method (`deque.__iadd__`).
            if a.kind() == Kind::Native {
                let iname = dunders(op).2;
                if let Some(r) = call_dunder(vm, &a.type_of(), iname, a, b)? {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = native_binop(vm, a, b, op)? {
            return Ok(r);
        }
        if let Some(r) = builtin_dunder_binop(vm, a, b, op)? {
            return Ok(r);
        }
        if let Some(r) = seq_fallback(vm, a, b, op)? {
            return Ok(r);
        }
        return Err(unsupported(a, b, op, inplace));
    }
    let (name, rname, iname) = dunders(op);
    if inplace {
        if let Some(f) = lookup_type_str(&a.type_of(), iname) {
            let r = call::call(vm, &f, Args::new(&[a.clone(), b.clone()]))?;
            if !r.is(&rt().not_implemented) {
                return Ok(r);
            }
        }
    }
    let ta = a.type_of();
    let tb = b.type_of();
    let b_first = !ta.is(&tb) && super::types::is_subtype(&tb, &ta);
    let try_left = |vm: &mut Vm| -> PyResult<Option<ObjRef>> {
        if is_user(a) {
            if let Some(f) = lookup_type_str(&ta, name) {
                let r = call::call(vm, &f, Args::new(&[a.clone(), b.clone()]))?;
                return Ok((!r.is(&rt().not_implemented)).then_some(r));
            }
            // A subclass of a built-in type: the built-in value's operator (`tuple.__add__`).
            let ba = super::methods::base_of(a);
            if !ba.is(a) {
                return native_binop(vm, &ba, &super::methods::base_of(b), op);
            }
            return Ok(None);
        }
        if let Some(r) = native_binop(vm, a, b, op)? {
            return Ok(Some(r));
        }
        call_dunder(vm, &ta, name, a, b)
    };
    let try_right = |vm: &mut Vm| -> PyResult<Option<ObjRef>> {
        if !ta.is(&tb) {
            if let Some(f) = lookup_type_str(&tb, rname) {
                let r = call::call(vm, &f, Args::new(&[b.clone(), a.clone()]))?;
                return Ok((!r.is(&rt().not_implemented)).then_some(r));
            }
        }
        Ok(None)
    };
    if b_first {
        if let Some(r) = try_right(vm)? {
            return Ok(r);
        }
        if let Some(r) = try_left(vm)? {
            return Ok(r);
        }
    } else {
        if let Some(r) = try_left(vm)? {
            return Ok(r);
        }
        if let Some(r) = try_right(vm)? {
            return Ok(r);
        }
    }
    if let Some(r) = seq_fallback(vm, a, b, op)? {
        return Ok(r);
    }
    Err(unsupported(a, b, op, inplace))
}

/// `divmod(a, b)`: the native int and float results, else `__divmod__` / `__rdivmod__` with
/// the reflected operand first when its type is a subclass of the left one's.
pub fn divmod(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if !is_user(a) && !is_user(b) {
        match (a.downcast::<IntData>(), b.downcast::<IntData>()) {
            (Some(x), Some(y)) => {
                if y.as_i64() == Some(0) {
                    return exc::zero_division("integer division or modulo by zero");
                }
                let q = int_binop(x, y, Operator::FloorDiv)?;
                let r = int_binop(x, y, Operator::Mod)?;
                return Ok(super::new_tuple(vec![q, r]));
            }
            _ => {
                let numeric = |o: &ObjRef| matches!(o.kind(), Kind::Int | Kind::Float);
                if numeric(a) && numeric(b) {
                    if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
                        if y == 0.0 {
                            return exc::zero_division("float divmod()");
                        }
                        let (q, r) = float_divmod(x, y);
                        return Ok(super::new_tuple(vec![
                            super::new_float(q),
                            super::new_float(r),
                        ]));
                    }
                    return exc::overflow_error("int too large to convert to float");
                }
            }
        }
    }
    let ta = a.type_of();
    let tb = b.type_of();
    let differ = !ta.is(&tb);
    if differ && super::types::is_subtype(&tb, &ta) {
        if let Some(r) = call_dunder(vm, &tb, "__rdivmod__", b, a)? {
            return Ok(r);
        }
        if let Some(r) = call_dunder(vm, &ta, "__divmod__", a, b)? {
            return Ok(r);
        }
    } else {
        if let Some(r) = call_dunder(vm, &ta, "__divmod__", a, b)? {
            return Ok(r);
        }
        if differ {
            if let Some(r) = call_dunder(vm, &tb, "__rdivmod__", b, a)? {
                return Ok(r);
            }
        }
    }
    exc::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    ))
}

/// `ty.name(x, y)` if the type has that method; `None` when it has not or it returned
/// `NotImplemented`.
pub(super) fn call_dunder(
    vm: &mut Vm,
    ty: &ObjRef,
    name: &'static str,
    x: &ObjRef,
    y: &ObjRef,
) -> PyResult<Option<ObjRef>> {
    match lookup_type_str(ty, name) {
        Some(f) => {
            let r = call::call(vm, &f, Args::new(&[x.clone(), y.clone()]))?;
            Ok((!r.is(&rt().not_implemented)).then_some(r))
        }
        None => Ok(None),
    }
}

/// When no native implementation matched two built-in operands: the dunder methods that the
/// built-in types have in their namespaces (`dict_keys.__and__`, ...), left then reflected.
pub(super) fn builtin_dunder_binop(
    vm: &mut Vm,
    a: &ObjRef,
    b: &ObjRef,
    op: Operator,
) -> PyResult<Option<ObjRef>> {
    let (name, rname, _) = dunders(op);
    let ta = a.type_of();
    if let Some(r) = call_dunder(vm, &ta, name, a, b)? {
        return Ok(Some(r));
    }
    let tb = b.type_of();
    if !ta.is(&tb) {
        return call_dunder(vm, &tb, rname, b, a);
    }
    Ok(None)
}

pub(super) fn is_seq_kind(k: Kind) -> bool {
    matches!(
        k,
        Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray
    )
}

/// CPython's sequence fallbacks after the number slots: `seq * n` through `__index__`
/// (`sq_repeat`), and the concatenation errors of bytes.
pub(super) fn seq_fallback(
    vm: &mut Vm,
    a: &ObjRef,
    b: &ObjRef,
    op: Operator,
) -> PyResult<Option<ObjRef>> {
    match op {
        Operator::Mult => {
            let ba = super::methods::base_of(a);
            let bb = super::methods::base_of(b);
            let (seq, n) = if is_seq_kind(ba.kind()) {
                (ba, b)
            } else if is_seq_kind(bb.kind()) {
                (bb, a)
            } else {
                return Ok(None);
            };
            let count = if n.downcast::<IntData>().is_some() {
                n.clone()
            } else if let Some(f) = lookup_type_str(&n.type_of(), "__index__") {
                let r = call::call(vm, &f, Args::new(std::slice::from_ref(n)))?;
                if r.downcast::<IntData>().is_none() {
                    return exc::type_error(format!(
                        "__index__ returned non-int (type {})",
                        type_name(&r)
                    ));
                }
                r
            } else {
                return exc::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(n)
                ));
            };
            repeat(&seq, count.payload::<IntData>()).map(Some)
        }
        Operator::Add if matches!(a.kind(), Kind::Bytes | Kind::ByteArray) && !is_user(a) => {
            exc::type_error(format!("can't concat {} to {}", type_name(b), type_name(a)))
        }
        _ => Ok(None),
    }
}

pub(super) fn unsupported(a: &ObjRef, b: &ObjRef, op: Operator, inplace: bool) -> ObjRef {
    let sym = op_symbol(op);
    if op == Operator::Add && a.kind() == Kind::Str && !inplace {
        return exc::err(
            "TypeError",
            format!("can only concatenate str (not \"{}\") to str", type_name(b)),
        );
    }
    if op == Operator::Add && a.kind() == Kind::List && b.kind() != Kind::List {
        return exc::err(
            "TypeError",
            format!(
                "can only concatenate list (not \"{}\") to list",
                type_name(b)
            ),
        );
    }
    if op == Operator::Add && a.kind() == Kind::Tuple && b.kind() != Kind::Tuple {
        return exc::err(
            "TypeError",
            format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                type_name(b)
            ),
        );
    }
    if op == Operator::Pow {
        return exc::err(
            "TypeError",
            format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                if inplace { "**=" } else { "** or pow()" },
                type_name(a),
                type_name(b)
            ),
        );
    }
    exc::err(
        "TypeError",
        format!(
            "unsupported operand type(s) for {}{}: '{}' and '{}'",
            sym,
            if inplace { "=" } else { "" },
            type_name(a),
            type_name(b)
        ),
    )
}

/// In-place operators of mutable built-ins (`list += iterable`, `set |= other`).
pub(super) fn native_inplace(
    vm: &mut Vm,
    a: &ObjRef,
    b: &ObjRef,
    op: Operator,
) -> PyResult<Option<ObjRef>> {
    match (a.kind(), op) {
        (Kind::List, Operator::Add) => {
            let items = collect(vm, b)?;
            a.payload::<ListData>().items.borrow_mut().extend(items);
            Ok(Some(a.clone()))
        }
        (Kind::List, Operator::Mult) => {
            let n = match b.downcast::<IntData>() {
                Some(i) => i.as_i64().unwrap_or(0).max(0) as usize,
                None => return Ok(None),
            };
            let l = a.payload::<ListData>();
            let cur = l.items.borrow().clone();
            let mut v = Vec::with_capacity(cur.len() * n);
            for _ in 0..n {
                v.extend(cur.iter().cloned());
            }
            let old = std::mem::replace(&mut *l.items.borrow_mut(), v);
            drop(old);
            Ok(Some(a.clone()))
        }
        (Kind::Set, Operator::BitOr | Operator::BitAnd | Operator::Sub | Operator::BitXor)
            if a.is_type(&rt().types.set) && b.kind() == Kind::Set =>
        {
            super::builtins_sets::set_inplace_op(vm, a, b, op).map(Some)
        }
        (Kind::Dict, Operator::BitOr) => {
            dictops::update(vm, a, b)?;
            Ok(Some(a.clone()))
        }
        (Kind::ByteArray, Operator::Add) if matches!(b.kind(), Kind::Bytes | Kind::ByteArray) => {
            let v = bytes_of(b).unwrap_or_default();
            a.payload::<crate::objects::bytes::ByteArrayData>()
                .b
                .borrow_mut()
                .extend_from_slice(&v);
            Ok(Some(a.clone()))
        }
        (Kind::ByteArray, Operator::Mult) if b.kind() == Kind::Int => {
            let r = repeat(a, b.payload::<IntData>())?;
            let v = bytes_of(&r).unwrap_or_default();
            *a.payload::<crate::objects::bytes::ByteArrayData>()
                .b
                .borrow_mut() = v;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

/// Built-in operators; `None` means "not implemented for these operand types".
pub fn native_binop(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: Operator) -> PyResult<Option<ObjRef>> {
    match (a.kind(), b.kind()) {
        (Kind::Int, Kind::Int) => {
            int_binop(a.payload::<IntData>(), b.payload::<IntData>(), op).map(Some)
        }
        (Kind::Float, Kind::Float) | (Kind::Float, Kind::Int) | (Kind::Int, Kind::Float) => {
            let x = as_f64(a).unwrap_or(0.0);
            let y = as_f64(b).unwrap_or(0.0);
            if a.kind() == Kind::Int && a.payload::<IntData>().as_i64().is_none() && x.is_infinite()
            {
                return exc::overflow_error("int too large to convert to float");
            }
            float_binop(x, y, op)
        }
        (Kind::Complex, _) | (_, Kind::Complex) => super::complexops::binop(a, b, op),
        (Kind::Str, Kind::Str) if op == Operator::Add => {
            let x = &a.payload::<StrData>().s;
            let y = &b.payload::<StrData>().s;
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(Some(new_string(s)))
        }
        (Kind::Str, _) if op == Operator::Mod => super::format::percent_format(vm, a, b).map(Some),
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) if op == Operator::Add => {
            let mut v = bytes_of(a).unwrap_or_default();
            v.extend_from_slice(&bytes_of(b).unwrap_or_default());
            Ok(Some(if a.kind() == Kind::ByteArray {
                super::builtins_bytes::new_bytearray(v)
            } else {
                super::new_bytes(&v)
            }))
        }
        (Kind::Bytes | Kind::ByteArray, _) if op == Operator::Mod => {
            super::format::bytes_percent_format(vm, a, b).map(Some)
        }
        (Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray, Kind::Int)
            if op == Operator::Mult =>
        {
            repeat(a, b.payload::<IntData>()).map(Some)
        }
        (Kind::Int, Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray)
            if op == Operator::Mult =>
        {
            repeat(b, a.payload::<IntData>()).map(Some)
        }
        (Kind::List, Kind::List) if op == Operator::Add => {
            let mut v = a.payload::<ListData>().items.borrow().clone();
            v.extend(b.payload::<ListData>().items.borrow().iter().cloned());
            Ok(Some(new_list(v)))
        }
        (Kind::Tuple, Kind::Tuple) if op == Operator::Add => {
            let mut v = a.payload::<TupleData>().items.to_vec();
            v.extend(b.payload::<TupleData>().items.iter().cloned());
            Ok(Some(new_tuple(v)))
        }
        (Kind::Set, Kind::Set)
            if matches!(
                op,
                Operator::BitOr | Operator::BitAnd | Operator::Sub | Operator::BitXor
            ) =>
        {
            super::builtins_sets::set_op(vm, a, b, op).map(Some)
        }
        (Kind::Dict, Kind::Dict) if op == Operator::BitOr => {
            let d = super::new_dict();
            dictops::update(vm, &d, a)?;
            dictops::update(vm, &d, b)?;
            Ok(Some(d))
        }
        _ => Ok(None),
    }
}

/// The contents of a bytes or bytearray object (a copy).
pub fn bytes_of(o: &ObjRef) -> Option<Vec<u8>> {
    match o.kind() {
        Kind::Bytes => Some(o.payload::<BytesData>().b.to_vec()),
        Kind::ByteArray => Some(
            o.payload::<crate::objects::bytes::ByteArrayData>()
                .b
                .borrow()
                .clone(),
        ),
        _ => None,
    }
}

pub(super) fn repeat(seq: &ObjRef, n: &IntData) -> PyResult<ObjRef> {
    let n = match n {
        IntData::Small(n) => (*n).max(0) as usize,
        IntData::Big(_) => {
            return exc::overflow_error("cannot fit 'int' into an index-sized integer")
        }
    };
    match seq.kind() {
        Kind::Str => Ok(new_string(seq.payload::<StrData>().s.repeat(n))),
        Kind::Bytes => Ok(super::new_bytes(&seq.payload::<BytesData>().b.repeat(n))),
        Kind::ByteArray => Ok(super::builtins_bytes::new_bytearray(
            bytes_of(seq).unwrap_or_default().repeat(n),
        )),
        Kind::List => {
            let items = seq.payload::<ListData>().items.borrow();
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            Ok(new_list(v))
        }
        _ => {
            let items = &seq.payload::<TupleData>().items;
            if n == 1 {
                return Ok(seq.clone());
            }
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            Ok(new_tuple(v))
        }
    }
}

/// `-a`, `+a`, `~a`.
pub fn unary(vm: &mut Vm, a: &ObjRef, op: Unary) -> PyResult<ObjRef> {
    match (a.kind(), &op) {
        (Kind::Int, _) => {
            let i = a.payload::<IntData>();
            return Ok(match (op, i) {
                (Unary::Neg, IntData::Small(v)) => match v.checked_neg() {
                    Some(n) => new_int(n),
                    None => new_bigint(-BigInt::from(*v)),
                },
                (Unary::Neg, IntData::Big(b)) => new_bigint(-(**b).clone()),
                (Unary::Pos, IntData::Small(v)) => new_int(*v),
                (Unary::Pos, IntData::Big(b)) => new_bigint((**b).clone()),
                (Unary::Invert, IntData::Small(v)) => new_int(!v),
                (Unary::Invert, IntData::Big(b)) => new_bigint(-(**b).clone() - 1),
            });
        }
        (Kind::Float, Unary::Neg) => return Ok(new_float(-a.payload::<FloatData>().0)),
        (Kind::Float, Unary::Pos) => return Ok(new_float(a.payload::<FloatData>().0)),
        (Kind::Complex, Unary::Neg | Unary::Pos) => {
            return super::complexops::unary(a, matches!(op, Unary::Neg))
        }
        _ => {}
    }
    let (name, sym) = match op {
        Unary::Neg => ("__neg__", "-"),
        Unary::Pos => ("__pos__", "+"),
        Unary::Invert => ("__invert__", "~"),
    };
    match lookup_type_str(&a.type_of(), name) {
        Some(f) => call::call(vm, &f, Args::new(std::slice::from_ref(a))),
        None => exc::type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            type_name(a)
        )),
    }
}

/// The truth value of `a`.
pub fn truthy(vm: &mut Vm, a: &ObjRef) -> PyResult<bool> {
    let r = rt();
    if a.is(&r.true_) {
        return Ok(true);
    }
    if a.is(&r.false_) || a.is(&r.none) {
        return Ok(false);
    }
    match a.kind() {
        Kind::Int if !is_user(a) => Ok(match a.payload::<IntData>() {
            IntData::Small(v) => *v != 0,
            IntData::Big(_) => true,
        }),
        Kind::Float => Ok(a.payload::<FloatData>().0 != 0.0),
        Kind::Complex => {
            let c = a.payload::<crate::objects::complex::ComplexData>();
            Ok(c.re != 0.0 || c.im != 0.0)
        }
        Kind::Str => Ok(!a.payload::<StrData>().s.is_empty()),
        Kind::List => Ok(!a.payload::<ListData>().items.borrow().is_empty()),
        Kind::Tuple => Ok(!a.payload::<TupleData>().items.is_empty()),
        Kind::Dict => Ok(!a.payload::<DictData>().table.borrow().is_empty()),
        Kind::Set => Ok(!a.payload::<SetData>().table.borrow().is_empty()),
        Kind::Bytes => Ok(!a.payload::<BytesData>().b.is_empty()),
        Kind::Range => Ok(super::builtins_seq::range_truthy(a)),
        Kind::WeakRef if crate::modules::weakref::is_proxy(a) => {
            crate::modules::weakref::proxy_bool(vm, a)
        }
        Kind::Instance | Kind::Exception | Kind::Object | Kind::Native => {
            let ty = a.type_of();
            if let Some(f) = lookup_type_str(&ty, "__bool__") {
                let v = call::call(vm, &f, Args::new(std::slice::from_ref(a)))?;
                if v.is(&r.true_) {
                    return Ok(true);
                }
                if v.is(&r.false_) {
                    return Ok(false);
                }
                return exc::type_error(format!(
                    "__bool__ should return bool, returned {}",
                    type_name(&v)
                ));
            }
            if lookup_type_str(&ty, "__len__").is_some() {
                return Ok(super::len(vm, a)? != 0);
            }
            Ok(true)
        }
        _ => Ok(true),
    }
}

pub use super::compare::*;
pub use super::numeric::*;
pub use super::protocols::*;
