//! Comparisons: `==`, `<`, ... as CPython's `do_richcompare` (the reflected operand first when
//! it is a subclass, `NotImplemented`, identity fallback for `==`/`!=`), built-in types compared
//! natively (ints with floats exactly, sequences item by item, dicts), with CPython's messages.

use super::attr::lookup_type_str;
use super::ops::*;
use super::{call, dictops, exc, new_bool};
use super::{rt, type_name, Args, PyResult, Vm};
use crate::ast::CmpOp;
use crate::heap::{Kind, ObjRef};
use crate::objects::bytes::BytesData;
use crate::objects::float::FloatData;
use crate::objects::int::IntData;
use crate::objects::list::ListData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use num_bigint::BigInt;

pub(super) fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        _ => "?",
    }
}

pub(super) fn cmp_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => ("", ""),
    }
}

/// `a OP b` for the six rich comparisons.
pub fn compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult<ObjRef> {
    if !is_user(a) && !is_user(b) {
        if let Some(r) = native_compare(vm, a, b, op)? {
            return Ok(new_bool(r));
        }
        if let Some(r) = builtin_dunder_compare(vm, a, b, op)? {
            return Ok(r);
        }
    } else {
        // CPython's do_richcompare: the right operand's reflected method first when its type
        // is a proper subtype of the left's, then the left's, then the reflected one.
        let ta = a.type_of();
        let tb = b.type_of();
        let reverse_first = !ta.is(&tb) && super::types::is_subtype(&tb, &ta);
        if reverse_first {
            let r = richcmp_slot(vm, b, a, swap(op))?;
            if !r.is(&rt().not_implemented) {
                return Ok(r);
            }
        }
        let r = richcmp_slot(vm, a, b, op)?;
        if !r.is(&rt().not_implemented) {
            return Ok(r);
        }
        if !reverse_first {
            let r = richcmp_slot(vm, b, a, swap(op))?;
            if !r.is(&rt().not_implemented) {
                return Ok(r);
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(new_bool(a.is(b))),
        CmpOp::NotEq => Ok(new_bool(!a.is(b))),
        _ => exc::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            cmp_symbol(op),
            type_name(a),
            type_name(b)
        )),
    }
}

/// One operand's rich comparison slot (`tp_richcompare`): its class's method for `op`, or the
/// native comparison of a built-in value; `NotImplemented` when it has no answer.
pub fn richcmp_slot(vm: &mut Vm, x: &ObjRef, y: &ObjRef, op: CmpOp) -> PyResult<ObjRef> {
    let (name, _) = cmp_dunders(op);
    if is_user(x) {
        if let Some(f) = lookup_type_str(&x.type_of(), name) {
            return call::call(vm, &f, Args::new(&[x.clone(), y.clone()]));
        }
        return object_richcompare(vm, x, y, op);
    }
    // A built-in value compares with an instance of a subclass of a built-in type through that
    // instance's built-in value (`{'a': 1} == DictSubclass(a=1)`).
    let y_value = super::methods::base_of(y);
    if let Some(r) = native_compare(vm, x, &y_value, op)? {
        return Ok(new_bool(r));
    }
    if has_compare_dunders(x) && !x.type_of().is(&rt().types.object) {
        if let Some(r) = call_dunder(vm, &x.type_of(), name, x, y)? {
            return Ok(r);
        }
    }
    Ok(rt().not_implemented.clone())
}

/// `object`'s comparisons: `==` is identity, `!=` inverts the object's own `==` (unless that
/// is `NotImplemented`), the orderings are `NotImplemented`.
pub fn object_richcompare(vm: &mut Vm, x: &ObjRef, y: &ObjRef, op: CmpOp) -> PyResult<ObjRef> {
    let ni = rt().not_implemented.clone();
    match op {
        CmpOp::Eq => Ok(if x.is(y) { new_bool(true) } else { ni }),
        CmpOp::NotEq => {
            let r = richcmp_slot(vm, x, y, CmpOp::Eq)?;
            if r.is(&ni) {
                return Ok(ni);
            }
            Ok(new_bool(!truthy(vm, &r)?))
        }
        _ => Ok(ni),
    }
}

/// Whether a built-in object's rich comparisons may live in its type's namespace (the kinds that
/// `native_compare` covers completely have none worth looking up).
pub(super) fn has_compare_dunders(o: &ObjRef) -> bool {
    !matches!(
        o.kind(),
        Kind::Int
            | Kind::Float
            | Kind::Str
            | Kind::Unit
            | Kind::Tuple
            | Kind::List
            | Kind::Dict
            | Kind::Set
            | Kind::Bytes
            | Kind::ByteArray
            | Kind::Complex
            | Kind::Range
    )
}

/// When `native_compare` does not know two built-in operands: the comparison methods their
/// types have in their namespaces (not `object`'s defaults), left then reflected.
pub(super) fn builtin_dunder_compare(
    vm: &mut Vm,
    a: &ObjRef,
    b: &ObjRef,
    op: CmpOp,
) -> PyResult<Option<ObjRef>> {
    let (name, rname) = cmp_dunders(op);
    let ta = a.type_of();
    if has_compare_dunders(a) && !ta.is(&rt().types.object) {
        if let Some(r) = call_dunder(vm, &ta, name, a, b)? {
            return Ok(Some(r));
        }
    }
    let tb = b.type_of();
    if has_compare_dunders(b) && !ta.is(&tb) && !tb.is(&rt().types.object) {
        if let Some(r) = call_dunder(vm, &tb, rname, b, a)? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

pub(super) fn swap(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::LtE => CmpOp::GtE,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::GtE => CmpOp::LtE,
        o => o,
    }
}

pub(super) fn ord_result(o: std::cmp::Ordering, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Eq => o == Equal,
        CmpOp::NotEq => o != Equal,
        CmpOp::Lt => o == Less,
        CmpOp::LtE => o != Greater,
        CmpOp::Gt => o == Greater,
        CmpOp::GtE => o != Less,
        _ => false,
    }
}

/// A comparison result where `None` means unordered (NaN): only `!=` holds.
pub(super) fn float_cmp_result(o: Option<std::cmp::Ordering>, op: CmpOp) -> bool {
    match o {
        Some(o) => ord_result(o, op),
        None => op == CmpOp::NotEq,
    }
}

/// An int compared exactly with a float, as CPython's `float_richcompare` (no rounding of the
/// int); `None` when the float is NaN.
pub fn int_float_cmp(i: &IntData, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if let IntData::Small(v) = i {
        if v.unsigned_abs() <= 1u64 << 53 {
            return (*v as f64).partial_cmp(&f);
        }
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let t = f.trunc();
    let fi: BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
    match i.to_big().cmp(&fi) {
        Ordering::Equal => {
            let fr = f - t;
            Some(if fr > 0.0 {
                Ordering::Less
            } else if fr < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

pub(super) fn int_cmp(a: &IntData, b: &IntData) -> std::cmp::Ordering {
    match (a, b) {
        (IntData::Small(x), IntData::Small(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

/// Comparisons among built-in types; `None` when the types do not compare natively.
pub fn native_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult<Option<bool>> {
    match (a.kind(), b.kind()) {
        // Bound methods are equal when they bind the same function to the same object.
        (Kind::Method, Kind::Method) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            let (x, y) = (
                a.payload::<crate::objects::function::MethodData>(),
                b.payload::<crate::objects::function::MethodData>(),
            );
            let same = x.this.is(&y.this) && {
                let r = compare(vm, &x.func, &y.func, CmpOp::Eq)?;
                truthy(vm, &r)?
            };
            Ok(Some(same == (op == CmpOp::Eq)))
        }
        (Kind::Builtin, Kind::Builtin) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            let (x, y) = (
                a.payload::<crate::objects::function::BuiltinData>(),
                b.payload::<crate::objects::function::BuiltinData>(),
            );
            let same = match (&x.bound, &y.bound) {
                (Some(p), Some(q)) => {
                    p.is(q) && x.func as usize == y.func as usize && x.name == y.name
                }
                _ => a.is(b),
            };
            Ok(Some(same == (op == CmpOp::Eq)))
        }
        (Kind::Int, Kind::Int) => Ok(Some(ord_result(
            int_cmp(a.payload::<IntData>(), b.payload::<IntData>()),
            op,
        ))),
        (Kind::Float, Kind::Float) => {
            let x = a.payload::<FloatData>().0;
            let y = b.payload::<FloatData>().0;
            Ok(Some(float_cmp_result(x.partial_cmp(&y), op)))
        }
        (Kind::Int, Kind::Float) => {
            let o = int_float_cmp(a.payload::<IntData>(), b.payload::<FloatData>().0);
            Ok(Some(float_cmp_result(o, op)))
        }
        (Kind::Float, Kind::Int) => {
            let o = int_float_cmp(b.payload::<IntData>(), a.payload::<FloatData>().0);
            Ok(Some(float_cmp_result(o.map(|o| o.reverse()), op)))
        }
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
            if a.kind() == Kind::Bytes && b.kind() == Kind::Bytes {
                return Ok(Some(ord_result(
                    a.payload::<BytesData>().b.cmp(&b.payload::<BytesData>().b),
                    op,
                )));
            }
            let x = bytes_of(a).unwrap_or_default();
            let y = bytes_of(b).unwrap_or_default();
            Ok(Some(ord_result(x.cmp(&y), op)))
        }
        (Kind::Str, Kind::Str) => Ok(Some(ord_result(
            a.payload::<StrData>().s.cmp(&b.payload::<StrData>().s),
            op,
        ))),
        (Kind::Tuple, Kind::Tuple) => {
            let x = a.payload::<TupleData>().items.to_vec();
            let y = b.payload::<TupleData>().items.to_vec();
            seq_compare(vm, &x, &y, op).map(Some)
        }
        (Kind::List, Kind::List) => {
            let x = a.payload::<ListData>().items.borrow().clone();
            let y = b.payload::<ListData>().items.borrow().clone();
            seq_compare(vm, &x, &y, op).map(Some)
        }
        (Kind::Dict, Kind::Dict) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            let eq = dict_eq(vm, a, b)?;
            Ok(Some(eq == (op == CmpOp::Eq)))
        }
        (Kind::Set, Kind::Set) => super::builtins_sets::set_compare(vm, a, b, op).map(Some),
        (Kind::Complex, _) | (_, Kind::Complex) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            super::complexops::eq(a, b).map(|r| r.map(|e| e == (op == CmpOp::Eq)))
        }
        (Kind::Range, Kind::Range) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            let eq = super::builtins_seq::range_eq(a, b);
            Ok(Some(eq == (op == CmpOp::Eq)))
        }
        _ if matches!(op, CmpOp::Eq | CmpOp::NotEq) && a.kind() != b.kind() => Ok(None),
        _ if matches!(op, CmpOp::Eq | CmpOp::NotEq) && a.is(b) => Ok(Some(op == CmpOp::Eq)),
        _ => Ok(None),
    }
}

pub(super) fn seq_compare(vm: &mut Vm, x: &[ObjRef], y: &[ObjRef], op: CmpOp) -> PyResult<bool> {
    let n = x.len().min(y.len());
    for i in 0..n {
        if !dictops::keys_equal(vm, &x[i], &y[i])? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::NotEq => Ok(true),
                _ => {
                    let r = compare(vm, &x[i], &y[i], op)?;
                    truthy(vm, &r)
                }
            };
        }
    }
    Ok(ord_result(x.len().cmp(&y.len()), op))
}

pub(super) fn dict_eq(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let ia = dictops::items(a);
    if ia.len() != dictops::items(b).len() {
        return Ok(false);
    }
    for (k, v) in ia {
        match dictops::getitem_opt(vm, b, &k)? {
            Some(w) => {
                if !dictops::keys_equal(vm, &v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}
