//! Methods of the built-in types that live in their namespaces (`object`, `type`, `int`,
//! `float`, `dict`, `set`, `bytes`, generators, exceptions, files, `property`); `list`'s and
//! `tuple`'s are in `methods_list`, `str`'s in `methods_str`. Each is a built-in function
//! object with its owner type recorded, so that instance access binds it and `LOAD_METHOD` can
//! call it unbound.

use super::methods_list::*;
use super::{attr, call, convert, dictops, exc, intern, new_bool, new_float, new_int, new_list};
use super::{new_str, new_tuple, none, ops, rt, str_of, type_name, Args, PyResult, Vm};
use crate::builtins::ArgSpec;
use crate::heap::{Kind, ObjRef};
use crate::objects::bytes::BytesData;
use crate::objects::descr::PropertyData;
use crate::objects::exception::ExceptionData;
use crate::objects::float::FloatData;
use crate::objects::function::{BuiltinData, BuiltinFn};
use crate::objects::int::IntData;
use crate::objects::typeobj::TypeData;
use num_bigint::BigInt;
use num_traits::Num;
use std::cell::RefCell;

/// Put a built-in method `name` into type `ty`'s namespace.
pub fn add_method(ty: &ObjRef, owner: &'static str, name: &'static str, func: BuiltinFn) {
    let f = crate::heap::alloc(
        &rt().types.method_descriptor,
        BuiltinData {
            name,
            func,
            bound: None,
            owner: Some(owner),
            doc: None,
        },
    );
    dictops::setitem_str(&ty.payload::<TypeData>().dict, intern(name), f);
}

/// The built-in value behind `o`: `o` itself, or the hidden base of a builtin-subclass instance.
pub fn base_of(o: &ObjRef) -> ObjRef {
    if o.kind() == Kind::Instance {
        if let Some(b) = o
            .payload::<crate::objects::instance::InstanceData>()
            .base
            .borrow()
            .clone()
        {
            return b;
        }
    }
    o.clone()
}

pub(super) fn this<'a>(args: &Args<'a>, kind: Kind, owner: &str, name: &str) -> PyResult<ObjRef> {
    let Some(s) = args.args.first() else {
        return exc::type_error(format!("unbound method {owner}.{name}() needs an argument"));
    };
    let b = base_of(s);
    if b.kind() != kind {
        return exc::type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name(s)
        ));
    }
    Ok(b)
}

// ---------------------------------------------------------------- object

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<ObjRef> {
    Ok(none())
}

fn object_repr(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(new_str(&super::objects_attr::default_repr(&args.args[0])))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    convert::repr(vm, &args.args[0])
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "__eq__",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    Ok(if pos[0].is(&pos[1]) {
        new_bool(true)
    } else {
        rt().not_implemented.clone()
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "__ne__",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    ops::object_richcompare(vm, &pos[0], &pos[1], crate::ast::CmpOp::NotEq)
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(new_int((args.args[0].addr() >> 4) as i64))
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "__setattr__",
        min: 3,
        max: 3,
        kw: &[],
    }
    .parse(&args)?;
    attr::generic_setattr(vm, &pos[0], &pos[1], Some(pos[2].clone()))?;
    Ok(none())
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "__delattr__",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    attr::generic_setattr(vm, &pos[0], &pos[1], None)?;
    Ok(none())
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "__getattribute__",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    let ty = pos[0].type_of();
    attr::generic_getattr(vm, &pos[0], &ty, &pos[1])
}

/// `object.__init_subclass__(cls)`: nothing to do, and no class keywords to take.
fn object_init_subclass(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        let name = match args.args.first().and_then(|c| c.downcast::<TypeData>()) {
            Some(t) => t.name.borrow().clone(),
            None => "object".to_string(),
        };
        return exc::type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        ));
    }
    Ok(none())
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "__format__",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    if !str_of(&pos[1]).is_empty() {
        return exc::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(&pos[0])
        ));
    }
    convert::str(vm, &pos[0])
}

fn type_mro(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let t = &args.args[0];
    let mut v = vec![t.clone()];
    v.extend(t.payload::<TypeData>().mro().iter().cloned());
    Ok(new_list(v))
}

// ---------------------------------------------------------------- int / float

/// `int(x)` / `int(s, base)`.
pub fn int_from(vm: &mut Vm, x: &ObjRef, base: Option<&ObjRef>) -> PyResult<ObjRef> {
    if let Some(b) = base {
        if !matches!(x.kind(), Kind::Str | Kind::Bytes) {
            return exc::type_error("int() can't convert non-string with explicit base");
        }
        let base = match super::convert::index_i64(vm, b)? {
            n @ (0 | 2..=36) => n as u32,
            _ => return exc::value_error("int() base must be >= 2 and <= 36, or 0"),
        };
        return match x.kind() {
            Kind::Str => parse_int(str_of(x), base),
            _ => parse_int(&String::from_utf8_lossy(&x.payload::<BytesData>().b), base),
        };
    }
    match x.kind() {
        Kind::Int => Ok(match x.payload::<IntData>() {
            IntData::Small(i) => new_int(*i),
            IntData::Big(b) => super::new_bigint((**b).clone()),
        }),
        Kind::Float => {
            let f = x.payload::<FloatData>().0;
            if f.is_nan() {
                return exc::value_error("cannot convert float NaN to integer");
            }
            if f.is_infinite() {
                return exc::overflow_error("cannot convert float infinity to integer");
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                Ok(new_int(t as i64))
            } else {
                Ok(super::new_bigint(
                    BigInt::from_str_radix(&format!("{t:.0}"), 10).unwrap_or_default(),
                ))
            }
        }
        Kind::Str => parse_int(str_of(x), 10),
        Kind::Bytes => parse_int(&String::from_utf8_lossy(&x.payload::<BytesData>().b), 10),
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = attr::lookup_type_str(&x.type_of(), name) {
                    return call::call(vm, &f, Args::new(std::slice::from_ref(x)));
                }
            }
            exc::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(x)
            ))
        }
    }
}

/// `int(s, base)` for a str: CPython's literal rules (sign, `0x`/`0o`/`0b` prefixes, single
/// underscores between digits, no leading zeros in base 0) and its digit limit.
fn parse_int(s: &str, base: u32) -> PyResult<ObjRef> {
    let invalid = || {
        exc::value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::objects::str::str_repr(s)
        ))
    };
    let t = s.trim();
    let (neg, unsigned) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut radix = base;
    let mut body = unsigned;
    let lower = unsigned.get(..2).map(|p| p.to_ascii_lowercase());
    let mut prefixed = false;
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if lower.as_deref() == Some(p) && (base == b || base == 0) {
            radix = b;
            body = &unsigned[2..];
            prefixed = true;
        }
    }
    if radix == 0 {
        radix = 10;
        // Base 0 takes a literal as Python source would: no leading zeros on non-zero values.
        if body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_') {
            return invalid();
        }
    }
    // After a prefix, one underscore may come before the first digit.
    let digits_part = if prefixed {
        body.strip_prefix('_').unwrap_or(body)
    } else {
        body
    };
    let ok = !digits_part.is_empty()
        && !digits_part.starts_with('_')
        && !digits_part.ends_with('_')
        && !digits_part.contains("__")
        && digits_part.chars().all(|c| c == '_' || c.is_digit(radix));
    if !ok {
        return invalid();
    }
    let clean: String = digits_part.chars().filter(|&c| c != '_').collect();
    let limit = crate::objects::int::max_str_digits();
    if limit > 0 && !radix.is_power_of_two() && clean.len() > limit {
        return exc::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        ));
    }
    match BigInt::from_str_radix(&clean, radix) {
        Ok(v) => Ok(super::new_bigint(if neg { -v } else { v })),
        Err(_) => invalid(),
    }
}

/// `float(x)`.
pub fn float_from(vm: &mut Vm, x: &ObjRef) -> PyResult<ObjRef> {
    match x.kind() {
        Kind::Float => Ok(new_float(x.payload::<FloatData>().0)),
        Kind::Int => match ops::as_f64(x) {
            Some(f) if f.is_finite() => Ok(new_float(f)),
            _ => exc::overflow_error("int too large to convert to float"),
        },
        Kind::Str => {
            let s = str_of(x).trim();
            let t = s.replace('_', "");
            let lower = t.to_ascii_lowercase();
            let v = match lower.trim_start_matches(['+', '-']) {
                "inf" | "infinity" => Some(if lower.starts_with('-') {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                }),
                "nan" => Some(f64::NAN),
                _ => t
                    .parse::<f64>()
                    .ok()
                    .filter(|_| !s.contains("__") && !s.starts_with('_')),
            };
            match v {
                Some(v) => Ok(new_float(v)),
                None => exc::value_error(format!(
                    "could not convert string to float: {}",
                    crate::objects::str::str_repr(str_of(x))
                )),
            }
        }
        _ => {
            if let Some(f) = attr::lookup_type_str(&x.type_of(), "__float__") {
                return call::call(vm, &f, Args::new(std::slice::from_ref(x)));
            }
            exc::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(x)
            ))
        }
    }
}

fn int_bit_length(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let i = this(&args, Kind::Int, "int", "bit_length")?;
    Ok(new_int(i.payload::<IntData>().to_big().bits() as i64))
}

fn float_is_integer(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = this(&args, Kind::Float, "float", "is_integer")?;
    let v = f.payload::<FloatData>().0;
    Ok(new_bool(v.is_finite() && v.fract() == 0.0))
}

// ---------------------------------------------------------------- dict

fn dict_of(args: &Args, name: &str) -> PyResult<ObjRef> {
    this(args, Kind::Dict, "dict", name)
}

/// `dict.__reversed__()`: the keys, last inserted first.
fn dict_reversed(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = dict_of(&args, "__reversed__")?;
    super::methods_views::reversed_dict(vm, &d, 0)
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = dict_of(&args, "get")?;
    let (pos, _) = ArgSpec {
        name: "get",
        min: 1,
        max: 2,
        kw: &[],
    }
    .parse(&args.rest())?;
    Ok(dictops::getitem_opt(vm, &d, &pos[0])?
        .unwrap_or_else(|| pos.get(1).cloned().unwrap_or_else(none)))
}

fn dict_keys(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(super::builtins_dict::new_view(&dict_of(&args, "keys")?, 0))
}
fn dict_values(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(super::builtins_dict::new_view(
        &dict_of(&args, "values")?,
        1,
    ))
}
fn dict_items(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(super::builtins_dict::new_view(&dict_of(&args, "items")?, 2))
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = dict_of(&args, "pop")?;
    let (pos, _) = ArgSpec {
        name: "pop",
        min: 1,
        max: 2,
        kw: &[],
    }
    .parse(&args.rest())?;
    match dictops::delitem_opt(vm, &d, &pos[0])? {
        Some(v) => Ok(v),
        None => match pos.get(1) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(exc::key_error(&pos[0])),
        },
    }
}

fn dict_popitem(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = dict_of(&args, "popitem")?;
    let dd = d.payload::<crate::objects::dict::DictData>();
    let pos = dd.table.borrow().last_pos();
    match pos.and_then(|p| dd.table.borrow_mut().remove_at(p)) {
        Some(e) => Ok(new_tuple(vec![e.key, e.value])),
        None => Err(exc::err("KeyError", "popitem(): dictionary is empty")),
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = dict_of(&args, "setdefault")?;
    let (pos, _) = ArgSpec {
        name: "setdefault",
        min: 1,
        max: 2,
        kw: &[],
    }
    .parse(&args.rest())?;
    if let Some(v) = dictops::getitem_opt(vm, &d, &pos[0])? {
        return Ok(v);
    }
    let v = pos.get(1).cloned().unwrap_or_else(none);
    dictops::setitem(vm, &d, pos[0].clone(), v.clone())?;
    Ok(v)
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = dict_of(&args, "update")?;
    let r = args.rest();
    let pos = r.pos();
    if pos.len() > 1 {
        return exc::type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len()
        ));
    }
    if let Some(m) = pos.first() {
        dictops::update(vm, &d, m)?;
    }
    for (k, v) in r.kwargs() {
        dictops::setitem(vm, &d, k.clone(), v.clone())?;
    }
    Ok(none())
}

/// `dict.__init__(self, [mapping_or_pairs], **kwargs)`.
fn dict_init(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = dict_of(&args, "__init__")?;
    let r = args.rest();
    let pos = r.pos();
    if pos.len() > 1 {
        return exc::type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len()
        ));
    }
    if let Some(m) = pos.first() {
        dictops::update(vm, &d, m)?;
    }
    for (k, v) in r.kwargs() {
        dictops::setitem(vm, &d, k.clone(), v.clone())?;
    }
    Ok(none())
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = dict_of(&args, "copy")?;
    let n = super::new_dict();
    dictops::update(vm, &n, &d)?;
    Ok(n)
}

fn dict_clear(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = dict_of(&args, "clear")?;
    let old = d
        .payload::<crate::objects::dict::DictData>()
        .table
        .borrow_mut()
        .take_all();
    drop(old);
    Ok(none())
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "fromkeys",
        min: 2,
        max: 3,
        kw: &[],
    }
    .parse(&args)?;
    let d = super::new_dict();
    let v = pos.get(2).cloned().unwrap_or_else(none);
    for k in ops::collect(vm, &pos[1])? {
        dictops::setitem(vm, &d, k, v.clone())?;
    }
    Ok(d)
}

// ---------------------------------------------------------------- generators

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let g = this(&args, Kind::Generator, "generator", "send")?;
    let (pos, _) = ArgSpec {
        name: "send",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    super::generator::send(vm, &g, pos[0].clone())
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let g = this(&args, Kind::Generator, "generator", "throw")?;
    let (pos, _) = ArgSpec {
        name: "throw",
        min: 1,
        max: 3,
        kw: &[],
    }
    .parse(&args.rest())?;
    let e = if pos.len() >= 2 && !pos[1].is(&rt().none) {
        call::call(vm, &pos[0], Args::new(&[pos[1].clone()]))?
    } else {
        pos[0].clone()
    };
    super::generator::throw(vm, &g, e)
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let g = this(&args, Kind::Generator, "generator", "close")?;
    super::generator::close(vm, &g)?;
    Ok(none())
}

pub fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(args.args[0].clone())
}

pub fn iter_next(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let it = args.args[0].clone();
    match ops::next(vm, &it)? {
        Some(v) => Ok(v),
        None => Err(exc::err_noargs("StopIteration")),
    }
}

// ---------------------------------------------------------------- exceptions

fn exc_init(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let e = &args.args[0];
    if let Some(d) = e.downcast::<ExceptionData>() {
        *d.args.borrow_mut() = new_tuple(args.pos()[1..].to_vec());
    }
    Ok(none())
}

fn exc_with_traceback(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let e = args.args[0].clone();
    if let (Some(d), Some(tb)) = (e.downcast::<ExceptionData>(), args.args.get(1)) {
        *d.traceback.borrow_mut() = if tb.is(&rt().none) {
            None
        } else {
            Some(tb.clone())
        };
    }
    Ok(e)
}

// ---------------------------------------------------------------- files

fn file_read(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = this(&args, Kind::File, "TextIOWrapper", "read")?;
    let (pos, _) = ArgSpec {
        name: "read",
        min: 0,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let n = pos
        .first()
        .and_then(|n| n.downcast::<IntData>())
        .and_then(|i| i.as_i64())
        .filter(|n| *n >= 0);
    super::io::read(&f, n.map(|n| n as usize))
}

fn file_readline(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = this(&args, Kind::File, "TextIOWrapper", "readline")?;
    super::io::readline(&f)
}

fn file_readlines(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = this(&args, Kind::File, "TextIOWrapper", "readlines")?;
    let mut v = Vec::new();
    while let Some(l) = super::io::next_line(vm, &f)? {
        v.push(l);
    }
    Ok(new_list(v))
}

fn file_write(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = this(&args, Kind::File, "TextIOWrapper", "write")?;
    let (pos, _) = ArgSpec {
        name: "write",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let binary = f
        .payload::<crate::objects::file::FileData>()
        .state
        .borrow()
        .binary;
    let data: Vec<u8> = match pos[0].kind() {
        Kind::Str if !binary => str_of(&pos[0]).as_bytes().to_vec(),
        Kind::Bytes if binary => pos[0].payload::<BytesData>().b.to_vec(),
        _ => {
            return exc::type_error(if binary {
                format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(&pos[0])
                )
            } else {
                format!("write() argument must be str, not {}", type_name(&pos[0]))
            })
        }
    };
    super::io::write(&f, &data)?;
    Ok(new_int(if binary {
        data.len()
    } else {
        str_of(&pos[0]).chars().count()
    } as i64))
}

fn file_writelines(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = this(&args, Kind::File, "TextIOWrapper", "writelines")?;
    let (pos, _) = ArgSpec {
        name: "writelines",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    for l in ops::collect(vm, &pos[0])? {
        file_write(vm, Args::new(&[f.clone(), l]))?;
    }
    Ok(none())
}

fn file_close(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = this(&args, Kind::File, "TextIOWrapper", "close")?;
    super::io::close(&f)?;
    Ok(none())
}

fn file_flush(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = this(&args, Kind::File, "TextIOWrapper", "flush")?;
    super::io::flush(&f)?;
    Ok(none())
}

fn file_exit(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let f = this(&args, Kind::File, "TextIOWrapper", "__exit__")?;
    super::io::close(&f)?;
    Ok(none())
}

// ---------------------------------------------------------------- property

fn property_with(args: &Args, which: usize) -> PyResult<ObjRef> {
    let p = this(args, Kind::Property, "property", "setter")?;
    let pd = p.payload::<PropertyData>();
    let f = args.args.get(1).cloned();
    let pick = |i: usize, cur: &RefCell<Option<ObjRef>>| {
        if i == which {
            f.clone()
        } else {
            cur.borrow().clone()
        }
    };
    let data = PropertyData {
        name: RefCell::new(pd.name.borrow().clone()),
        fget: RefCell::new(pick(0, &pd.fget)),
        fset: RefCell::new(pick(1, &pd.fset)),
        fdel: RefCell::new(pick(2, &pd.fdel)),
        doc: RefCell::new(pd.doc.borrow().clone()),
    };
    Ok(crate::heap::alloc(&p.type_of(), data))
}

fn property_getter(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    property_with(&args, 0)
}
fn property_setter(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    property_with(&args, 1)
}
fn property_deleter(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    property_with(&args, 2)
}

/// Register every built-in type's methods (once, at start-up).
pub fn install() {
    let t = &rt().types;
    let m = |ty: &ObjRef, owner: &'static str, list: &[(&'static str, BuiltinFn)]| {
        for (name, f) in list {
            add_method(ty, owner, name, *f);
        }
    };
    m(
        &t.object,
        "object",
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
            ("__format__", object_format),
        ],
    );
    let isc = crate::heap::alloc(
        &t.classmethod,
        crate::objects::descr::ClassMethodData {
            func: RefCell::new(Some(crate::builtins::builtin(
                "__init_subclass__",
                object_init_subclass,
            ))),
        },
    );
    dictops::setitem_str(
        &t.object.payload::<TypeData>().dict,
        intern("__init_subclass__"),
        isc,
    );
    m(
        &t.type_,
        "type",
        &[
            ("mro", type_mro),
            ("__or__", super::generic_alias::type_or),
            ("__ror__", super::generic_alias::type_ror),
        ],
    );
    m(&t.int, "int", &[("bit_length", int_bit_length)]);
    m(&t.float, "float", &[("is_integer", float_is_integer)]);
    m(
        &t.list,
        "list",
        &[
            ("append", list_append),
            ("extend", list_extend),
            ("pop", list_pop),
            ("insert", list_insert),
            ("remove", list_remove),
            ("index", list_index),
            ("count", list_count),
            ("sort", list_sort),
            ("reverse", list_reverse),
            ("copy", list_copy),
            ("clear", list_clear),
            ("__init__", list_init),
        ],
    );
    m(
        &t.tuple,
        "tuple",
        &[("index", tuple_index), ("count", tuple_count)],
    );
    m(
        &t.dict,
        "dict",
        &[
            ("get", dict_get),
            ("__reversed__", dict_reversed),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("pop", dict_pop),
            ("popitem", dict_popitem),
            ("setdefault", dict_setdefault),
            ("update", dict_update),
            ("__init__", dict_init),
            ("copy", dict_copy),
            ("clear", dict_clear),
        ],
    );
    let fk = crate::heap::alloc(
        &t.classmethod,
        crate::objects::descr::ClassMethodData {
            func: RefCell::new(Some(crate::builtins::builtin("fromkeys", dict_fromkeys))),
        },
    );
    dictops::setitem_str(&t.dict.payload::<TypeData>().dict, intern("fromkeys"), fk);
    m(
        &t.generator,
        "generator",
        &[
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
            ("__iter__", iter_self),
            ("__next__", iter_next),
        ],
    );
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.range_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
        &t.seq_iterator,
        &t.callable_iterator,
        &t.list_reverseiterator,
    ] {
        m(
            ty,
            "iterator",
            &[("__iter__", iter_self), ("__next__", iter_next)],
        );
    }
    dictops::setitem_str(
        &t.object.payload::<TypeData>().dict,
        intern("__doc__"),
        new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"),
    );
    m(
        &super::exc::exc_type("BaseException"),
        "BaseException",
        &[
            ("__init__", exc_init),
            ("with_traceback", exc_with_traceback),
        ],
    );
    m(
        &t.file,
        "TextIOWrapper",
        &[
            ("read", file_read),
            ("readline", file_readline),
            ("readlines", file_readlines),
            ("write", file_write),
            ("writelines", file_writelines),
            ("close", file_close),
            ("flush", file_flush),
            ("__enter__", iter_self),
            ("__exit__", file_exit),
            ("__iter__", iter_self),
            ("__next__", iter_next),
        ],
    );
    m(
        &t.property,
        "property",
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
        ],
    );
    super::methods_str::install();
    super::methods_bytes::install();
    super::methods_num::install();
    super::methods_set::install();
    super::methods_range::install();
    super::methods_views::install();
    add_method(&t.method, "method", "__new__", super::types::method_new);
    super::iters::install();
}
