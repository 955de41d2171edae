//! `mappingproxy` at run time: `C.__dict__` and `vars(C)` wrap the class namespace read-only.
//! Every operation is forwarded to the wrapped mapping, as CPython's `mappingproxy_*` functions
//! do: `[]`, `in`, `len`, iteration, `keys/values/items/get/copy`, comparisons, `|`; there is no
//! item assignment (`'mappingproxy' object does not support item assignment`). `repr` is
//! `mappingproxy({...})` (in `objects_attr::other_repr`), `str` the mapping's own.

use super::{attr, call, exc, ops, rt, type_name, Args, PyResult, Vm};
use crate::ast::{CmpOp, Operator};
use crate::builtins::ArgSpec;
use crate::heap::{self, Kind, ObjRef};
use crate::objects::function::BuiltinFn;
use crate::objects::mappingproxy::MappingProxyData;

/// A new read-only proxy of `mapping`.
pub fn new_proxy(mapping: &ObjRef) -> ObjRef {
    heap::alloc(
        &rt().types.mappingproxy,
        MappingProxyData {
            mapping: mapping.clone(),
        },
    )
}

/// The mapping a proxy wraps.
pub fn mapping_of(o: &ObjRef) -> Option<ObjRef> {
    o.downcast::<MappingProxyData>().map(|p| p.mapping.clone())
}

/// `self` of a method call, checked to be a mappingproxy.
fn this(args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.args.first().and_then(mapping_of) {
        Some(m) => Ok(m),
        None => exc::type_error(format!(
            "descriptor '{name}' for 'mappingproxy' objects doesn't apply to a '{}' object",
            args.args
                .first()
                .map_or_else(|| "NoneType".into(), type_name)
        )),
    }
}

/// The arguments after `self`, checked against `min..=max` (a method's count is worded with
/// its name, `mappingproxy.keys`; a slot's exact count as CPython's `check_num_args`).
fn params<'a>(
    args: &Args<'a>,
    name: &'static str,
    min: usize,
    max: usize,
) -> PyResult<Vec<ObjRef>> {
    let rest = Args {
        args: args.args.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    };
    if name.starts_with("__") && min == max && rest.args.len() != min {
        let s = if min == 1 { "" } else { "s" };
        return exc::type_error(format!(
            "expected {min} argument{s}, got {}",
            rest.args.len()
        ));
    }
    let (pos, _) = ArgSpec {
        name,
        min,
        max,
        kw: &[],
    }
    .parse(&rest)?;
    Ok(pos.to_vec())
}

/// `mappingproxy(mapping)`.
fn proxy_new(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = Args {
        args: args.args.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    };
    let Some(m) = rest.pos().first().cloned() else {
        return exc::type_error("mappingproxy() missing required argument 'mapping' (pos 1)");
    };
    if rest.args.len() > 1 {
        return exc::type_error(format!(
            "mappingproxy() takes at most 1 argument ({} given)",
            rest.args.len()
        ));
    }
    let is_mapping = match m.kind() {
        Kind::Dict | Kind::MappingProxy => true,
        Kind::List | Kind::Tuple => false,
        _ => attr::lookup_type_str(&m.type_of(), "__getitem__").is_some(),
    };
    if !is_mapping {
        return exc::type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            type_name(&m)
        ));
    }
    Ok(new_proxy(&m))
}

fn proxy_getitem(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let m = this(&args, "__getitem__")?;
    let p = params(&args, "__getitem__", 1, 1)?;
    ops::getitem(vm, &m, &p[0])
}

fn proxy_contains(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let m = this(&args, "__contains__")?;
    let p = params(&args, "__contains__", 1, 1)?;
    Ok(super::new_bool(ops::contains(vm, &m, &p[0])?))
}

fn proxy_len(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let m = this(&args, "__len__")?;
    Ok(super::new_int(super::len(vm, &m)? as i64))
}

fn proxy_iter(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let m = this(&args, "__iter__")?;
    ops::get_iter(vm, &m)
}

fn proxy_reversed(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let m = this(&args, "__reversed__")?;
    let reversed = rt().types.reversed.clone();
    call::call(vm, &reversed, Args::new(std::slice::from_ref(&m)))
}

/// Call the wrapped mapping's method `name` with the arguments after `self`.
fn forward(vm: &mut Vm, args: &Args, name: &'static str, qual: &'static str) -> PyResult<ObjRef> {
    let m = this(args, name)?;
    let p = params(args, qual, 0, 0)?;
    let f = attr::getattr_str(vm, &m, name)?;
    call::call(vm, &f, Args::new(&p))
}

fn proxy_keys(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    forward(vm, &args, "keys", "mappingproxy.keys")
}

fn proxy_values(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    forward(vm, &args, "values", "mappingproxy.values")
}

fn proxy_items(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    forward(vm, &args, "items", "mappingproxy.items")
}

fn proxy_copy(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    forward(vm, &args, "copy", "mappingproxy.copy")
}

fn proxy_get(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let m = this(&args, "get")?;
    let p = params(&args, "get", 1, 2)?;
    let f = attr::getattr_str(vm, &m, "get")?;
    call::call(vm, &f, Args::new(&p))
}

fn proxy_delitem(_vm: &mut Vm, _args: Args) -> PyResult<ObjRef> {
    exc::type_error("'mappingproxy' object does not support item deletion")
}

/// A comparison: the wrapped mapping compared with the other operand.
fn compare(vm: &mut Vm, args: Args, name: &'static str, op: CmpOp) -> PyResult<ObjRef> {
    let m = this(&args, name)?;
    let p = params(&args, name, 1, 1)?;
    ops::compare(vm, &m, &p[0], op)
}

fn proxy_eq(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, "__eq__", CmpOp::Eq)
}
fn proxy_ne(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, "__ne__", CmpOp::NotEq)
}
fn proxy_lt(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, "__lt__", CmpOp::Lt)
}
fn proxy_le(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, "__le__", CmpOp::LtE)
}
fn proxy_gt(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, "__gt__", CmpOp::Gt)
}
fn proxy_ge(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, "__ge__", CmpOp::GtE)
}

/// `proxy | other` and `other | proxy`: the wrapped mappings combined (a new dict).
fn or(vm: &mut Vm, args: Args, name: &'static str, reflected: bool) -> PyResult<ObjRef> {
    let m = this(&args, name)?;
    let p = params(&args, name, 1, 1)?;
    let other = mapping_of(&p[0]).unwrap_or_else(|| p[0].clone());
    let (a, b) = if reflected { (other, m) } else { (m, other) };
    ops::binary_op(vm, &a, &b, Operator::BitOr, false)
}

fn proxy_or(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    or(vm, args, "__or__", false)
}

fn proxy_ror(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    or(vm, args, "__ror__", true)
}

/// Register mappingproxy's methods (at start-up).
pub fn install() {
    let ty = &rt().types.mappingproxy;
    let list: &[(&'static str, BuiltinFn)] = &[
        ("__new__", proxy_new),
        ("__getitem__", proxy_getitem),
        ("__contains__", proxy_contains),
        ("__len__", proxy_len),
        ("__iter__", proxy_iter),
        ("__reversed__", proxy_reversed),
        ("__delitem__", proxy_delitem),
        ("keys", proxy_keys),
        ("values", proxy_values),
        ("items", proxy_items),
        ("get", proxy_get),
        ("copy", proxy_copy),
        ("__eq__", proxy_eq),
        ("__ne__", proxy_ne),
        ("__lt__", proxy_lt),
        ("__le__", proxy_le),
        ("__gt__", proxy_gt),
        ("__ge__", proxy_ge),
        ("__or__", proxy_or),
        ("__ror__", proxy_ror),
    ];
    for (name, f) in list {
        super::methods::add_method(ty, "mappingproxy", name, *f);
    }
    let dict = &ty.payload::<crate::objects::typeobj::TypeData>().dict;
    super::dictops::setitem_str(dict, super::intern("__hash__"), super::none());
}
