//! Methods of `range` (`index`, `count`, exact for big ints) and `slice` (`indices`).

use super::methods::add_method;
use super::{exc, new_bigint, new_int, new_tuple, ops, rt, type_name, Args, PyResult, Vm};
use crate::builtins::ArgSpec;
use crate::heap::{Kind, ObjRef};
use crate::objects::int::IntData;
use crate::objects::range::RangeData;
use crate::objects::slice::SliceData;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

fn one_arg<'a>(args: &Args<'a>, kind: Kind, owner: &str, name: &str) -> PyResult<(ObjRef, ObjRef)> {
    let Some(s) = args.args.first() else {
        return exc::type_error(format!("unbound method {owner}.{name}() needs an argument"));
    };
    if s.kind() != kind {
        return exc::type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name(s)
        ));
    }
    let (pos, _) = ArgSpec {
        name,
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    Ok((s.clone(), pos[0].clone()))
}

fn big(o: &ObjRef) -> BigInt {
    o.payload::<IntData>().to_big()
}

/// The position of int `x` in range `r`, if it is an element.
fn position(r: &RangeData, x: &BigInt) -> Option<BigInt> {
    let (start, stop, step) = (big(&r.start), big(&r.stop), big(&r.step));
    let inside = if step.is_positive() {
        &start <= x && x < &stop
    } else {
        &stop < x && x <= &start
    };
    if !inside {
        return None;
    }
    let (q, rem) = (x - &start).div_rem(&step);
    rem.is_zero().then_some(q)
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (r, x) = one_arg(&args, Kind::Range, "range", "index")?;
    let rd = r.payload::<RangeData>();
    if x.kind() == Kind::Int {
        if let Some(q) = position(rd, &big(&x)) {
            return Ok(new_bigint(q));
        }
    } else {
        let items = ops::collect(vm, &r)?;
        for (i, it) in items.iter().enumerate() {
            let eq = ops::compare(vm, it, &x, crate::ast::CmpOp::Eq)?;
            if ops::truthy(vm, &eq)? {
                return Ok(new_int(i as i64));
            }
        }
    }
    let shown = super::convert::repr_string(vm, &x)?;
    exc::value_error(format!("{shown} is not in range"))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (r, x) = one_arg(&args, Kind::Range, "range", "count")?;
    if x.kind() == Kind::Int {
        let found = position(r.payload::<RangeData>(), &big(&x)).is_some();
        return Ok(new_int(found as i64));
    }
    let mut n = 0;
    for it in ops::collect(vm, &r)? {
        let eq = ops::compare(vm, &it, &x, crate::ast::CmpOp::Eq)?;
        if ops::truthy(vm, &eq)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (s, n) = one_arg(&args, Kind::Slice, "slice", "indices")?;
    let len = match n.downcast::<IntData>() {
        Some(i) => match i.as_i64() {
            Some(v) => v,
            None => return exc::overflow_error("Python int too large to convert to C ssize_t"),
        },
        None => {
            return exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&n)
            ))
        }
    };
    if len < 0 {
        return exc::value_error("length should not be negative");
    }
    let (start, stop, step, _) =
        super::builtins_seq::slice_indices(vm, s.payload::<SliceData>(), len)?;
    Ok(new_tuple(vec![
        new_int(start),
        new_int(stop),
        new_int(step),
    ]))
}

/// Register the methods of `range` and `slice`.
pub fn install() {
    let t = &rt().types;
    add_method(&t.range, "range", "index", range_index);
    add_method(&t.range, "range", "count", range_count);
    add_method(&t.slice, "slice", "indices", slice_indices);
}
