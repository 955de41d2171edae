//! Conversions to text and hashes: `str()`, `repr()`, `ascii()`, `format()`, `hash()`, with
//! built-in types rendered natively (reprs exact to CPython's) and `__str__`/`__repr__`/
//! `__format__`/`__hash__` called for user classes. Nested containers guard against
//! self-reference (`[...]`, `{...}`), as CPython's `Py_ReprEnter`.

use super::attr::lookup_type_str;
use super::{call, dictops, exc, new_str, new_string, rt, str_of, type_name, Args, PyResult, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::bytes::{bytes_repr, BytesData};
use crate::objects::complex::{complex_repr, ComplexData};
use crate::objects::float::{float_repr, FloatData};
use crate::objects::int::IntData;
use crate::objects::list::ListData;
use crate::objects::str::{str_repr, StrData};
use crate::objects::tuple::TupleData;
use crate::objects::typeobj::TypeData;
use std::cell::RefCell;

thread_local! {
    /// Containers whose repr is being computed (to print `[...]` for a self-reference).
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

fn is_user(o: &ObjRef) -> bool {
    o.type_of().payload::<TypeData>().heap
}

/// `str(obj)` as a str object.
pub fn str(vm: &mut Vm, obj: &ObjRef) -> PyResult<ObjRef> {
    if obj.is_type(&rt().types.str_) {
        return Ok(obj.clone());
    }
    if !is_user(obj) {
        match obj.kind() {
            Kind::Str => return Ok(new_str(&obj.payload::<StrData>().s)),
            Kind::Exception => return Ok(new_string(exception_str(vm, obj)?)),
            Kind::WeakRef if crate::modules::weakref::is_proxy(obj) => {
                return crate::modules::weakref::proxy_str(vm, obj)
            }
            // A mappingproxy's str is its mapping's.
            Kind::MappingProxy => {
                if let Some(m) = super::mappingproxy::mapping_of(obj) {
                    return str(vm, &m);
                }
            }
            _ => {}
        }
    } else if let Some(f) = lookup_type_str(&obj.type_of(), "__str__") {
        if f.kind() == Kind::Function {
            let r = call::call(vm, &f, Args::new(std::slice::from_ref(obj)))?;
            if r.kind() != Kind::Str {
                return exc::type_error(format!(
                    "__str__ returned non-string (type {})",
                    type_name(&r)
                ));
            }
            return Ok(r);
        }
        if obj.kind() == Kind::Exception {
            return Ok(new_string(exception_str(vm, obj)?));
        }
        // An instance of a subclass of a built-in type: the built-in value's str, unless the
        // class defines its own __repr__ (object.__str__ calls repr()). (Not a set's or a
        // native type's: their repr names the subclass.)
        let base = super::methods::base_of(obj);
        let own_repr =
            lookup_type_str(&obj.type_of(), "__repr__").is_some_and(|r| r.kind() == Kind::Function);
        if !base.is(obj) && !own_repr && !matches!(base.kind(), Kind::Set | Kind::Native) {
            return str(vm, &base);
        }
    }
    repr(vm, obj)
}

/// `str(obj)` as a Rust string.
pub fn str_string(vm: &mut Vm, obj: &ObjRef) -> PyResult<String> {
    let s = str(vm, obj)?;
    Ok(str_of(&s).to_string())
}

/// The text of an exception: its single argument, or the repr of its args.
pub fn exception_str(vm: &mut Vm, e: &ObjRef) -> PyResult<String> {
    let args = super::exc::data(e).args.borrow().clone();
    let items = args.payload::<TupleData>().items.to_vec();
    if super::exc::matches(e, "KeyError") && items.len() == 1 {
        return repr_string(vm, &items[0]);
    }
    if let Some(s) = super::oserror::oserror_str(vm, e)? {
        return Ok(s);
    }
    match items.len() {
        0 => Ok(String::new()),
        1 => str_string(vm, &items[0]),
        _ => repr_string(vm, &args),
    }
}

/// `repr(obj)` as a str object.
pub fn repr(vm: &mut Vm, obj: &ObjRef) -> PyResult<ObjRef> {
    if is_user(obj) {
        if let Some(f) = lookup_type_str(&obj.type_of(), "__repr__") {
            if f.kind() == Kind::Function {
                let r = call::call(vm, &f, Args::new(std::slice::from_ref(obj)))?;
                if r.kind() != Kind::Str {
                    return exc::type_error(format!(
                        "__repr__ returned non-string (type {})",
                        type_name(&r)
                    ));
                }
                return Ok(r);
            }
        }
    }
    Ok(new_string(repr_string(vm, obj)?))
}

/// The `__repr__` a built-in type other than `tuple`/`object` defines for its instances
/// (struct sequences such as `sys.version_info`, `types.SimpleNamespace`).
fn builtin_type_repr(obj: &ObjRef) -> Option<ObjRef> {
    let types = &rt().types;
    if !matches!(obj.kind(), Kind::Tuple | Kind::Instance | Kind::Native)
        || obj.is_type(&types.tuple)
        || obj.is_type(&types.object)
        || is_user(obj)
    {
        return None;
    }
    super::dictops::getitem_str(&obj.type_of().payload::<TypeData>().dict, "__repr__")
}

/// CPython's `PyNumber_Index`: an int itself, or what its type's `__index__` returns.
pub fn index(vm: &mut Vm, o: &ObjRef) -> PyResult<ObjRef> {
    if o.kind() == Kind::Int {
        return Ok(o.clone());
    }
    match lookup_type_str(&o.type_of(), "__index__") {
        Some(f) => {
            let r = call::call(vm, &f, Args::new(std::slice::from_ref(o)))?;
            if r.kind() != Kind::Int {
                return exc::type_error(format!(
                    "__index__ returned non-int (type {})",
                    type_name(&r)
                ));
            }
            Ok(r)
        }
        None => exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(o)
        )),
    }
}

/// CPython's `PyNumber_AsSsize_t(o, OverflowError)`: `index(o)` as a machine integer.
pub fn index_i64(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    match index(vm, o)?.payload::<IntData>().as_i64() {
        Some(n) => Ok(n),
        None => exc::overflow_error("Python int too large to convert to C ssize_t"),
    }
}

/// The ValueError for an int too long to print in decimal.
pub fn int_str_limit_error<T>() -> PyResult<T> {
    exc::value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        crate::objects::int::max_str_digits()
    ))
}

/// `repr(obj)` as a Rust string.
pub fn repr_string(vm: &mut Vm, obj: &ObjRef) -> PyResult<String> {
    if is_user(obj) {
        if let Some(f) = lookup_type_str(&obj.type_of(), "__repr__") {
            if f.kind() == Kind::Function {
                let r = repr(vm, obj)?;
                return Ok(str_of(&r).to_string());
            }
        }
    }
    if obj.kind() == Kind::Instance && !obj.type_of().is(&rt().types.object) {
        // An instance of a set or frozenset subclass: its type's name around the set.
        let b = super::methods::base_of(obj);
        if b.kind() == Kind::Set {
            return set_repr(vm, &b, &type_name(obj));
        }
        // An instance of a subclass of a native type (deque, array): the type's own __repr__,
        // which names the subclass.
        if b.kind() == Kind::Native {
            if let Some(f) = lookup_type_str(&obj.type_of(), "__repr__") {
                let r = call::call(vm, &f, Args::new(std::slice::from_ref(obj)))?;
                return Ok(str_of(&r).to_string());
            }
        }
    }
    if let Some(f) = builtin_type_repr(obj) {
        let r = call::call(vm, &f, Args::new(std::slice::from_ref(obj)))?;
        return Ok(str_of(&r).to_string());
    }
    if obj.kind() == Kind::WeakRef {
        return crate::modules::weakref::repr(vm, obj);
    }
    let r = rt();
    Ok(match obj.kind() {
        Kind::Int => {
            if obj.is(&r.true_) {
                "True".into()
            } else if obj.is(&r.false_) {
                "False".into()
            } else {
                match obj.payload::<IntData>() {
                    IntData::Small(i) => i.to_string(),
                    IntData::Big(b) => match crate::objects::int::to_decimal_limited(b) {
                        Some(s) => s,
                        None => return int_str_limit_error(),
                    },
                }
            }
        }
        Kind::Float => float_repr(obj.payload::<FloatData>().0),
        Kind::Complex => {
            let c = obj.payload::<ComplexData>();
            complex_repr(c.re, c.im)
        }
        Kind::Str => str_repr(&obj.payload::<StrData>().s),
        Kind::Bytes => bytes_repr(&obj.payload::<BytesData>().b),
        Kind::Unit => {
            if obj.is(&r.none) {
                "None".into()
            } else if obj.is(&r.not_implemented) {
                "NotImplemented".into()
            } else {
                "Ellipsis".into()
            }
        }
        Kind::List | Kind::Tuple | Kind::Dict | Kind::Set => return container_repr(vm, obj),
        Kind::Type => {
            let t = obj.payload::<TypeData>();
            if t.heap {
                let module = dictops::getitem_str(&t.dict, "__module__")
                    .map(|m| str_of(&m).to_string())
                    .unwrap_or_else(|| "__main__".into());
                format!("<class '{}.{}'>", module, t.qualname.borrow())
            } else {
                // A built-in type that lives in a module is `module.name` (CPython's tp_name);
                // a name that is already dotted is the whole tp_name.
                match dictops::getitem_str(&t.dict, "__module__") {
                    _ if t.name.borrow().contains('.') => format!("<class '{}'>", t.name.borrow()),
                    Some(m) if m.kind() == Kind::Str && str_of(&m) != "builtins" => {
                        format!("<class '{}.{}'>", str_of(&m), t.name.borrow())
                    }
                    _ => format!("<class '{}'>", t.name.borrow()),
                }
            }
        }
        Kind::Exception => {
            let args = super::exc::data(obj).args.borrow().clone();
            let items = args.payload::<TupleData>().items.to_vec();
            let inner = if items.len() == 1 {
                repr_string(vm, &items[0])?
            } else {
                let t = repr_string(vm, &args)?;
                t[1..t.len() - 1].trim_end_matches(',').to_string()
            };
            format!("{}({})", type_name(obj), inner)
        }
        _ => super::objects_attr::other_repr(vm, obj)?,
    })
}

fn container_repr(vm: &mut Vm, obj: &ObjRef) -> PyResult<String> {
    let addr = obj.addr();
    let busy = REPR_STACK.with(|s| s.borrow().contains(&addr));
    if busy {
        return Ok(match obj.kind() {
            Kind::List => "[...]".into(),
            Kind::Dict => "{...}".into(),
            _ => "...".into(),
        });
    }
    REPR_STACK.with(|s| s.borrow_mut().push(addr));
    let r = container_repr_inner(vm, obj);
    REPR_STACK.with(|s| s.borrow_mut().pop());
    r
}

fn container_repr_inner(vm: &mut Vm, obj: &ObjRef) -> PyResult<String> {
    let mut out = String::new();
    match obj.kind() {
        Kind::List => {
            let items = obj.payload::<ListData>().items.borrow().clone();
            out.push('[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr_string(vm, x)?);
            }
            out.push(']');
        }
        Kind::Tuple => {
            let items = obj.payload::<TupleData>().items.to_vec();
            out.push('(');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr_string(vm, x)?);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Kind::Dict => {
            out.push('{');
            for (i, (k, v)) in dictops::items(obj).iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr_string(vm, k)?);
                out.push_str(": ");
                out.push_str(&repr_string(vm, v)?);
            }
            out.push('}');
        }
        _ => return set_repr(vm, obj, &type_name(obj)),
    }
    Ok(out)
}

/// The repr of a set or frozenset whose type is named `name` (a subclass instance's, for its
/// hidden set): `{1, 2}` for a set, `name({1, 2})` otherwise, `name()` when empty.
fn set_repr(vm: &mut Vm, obj: &ObjRef, name: &str) -> PyResult<String> {
    let items = dictops::set_items(obj);
    if items.is_empty() {
        return Ok(format!("{name}()"));
    }
    let plain = obj.is_type(&rt().types.set) && name == "set";
    let mut out = String::new();
    if !plain {
        out.push_str(name);
        out.push('(');
    }
    out.push('{');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_string(vm, x)?);
    }
    out.push('}');
    if !plain {
        out.push(')');
    }
    Ok(out)
}

/// `ascii(obj)`: the repr with non-ASCII characters escaped.
pub fn ascii(vm: &mut Vm, obj: &ObjRef) -> PyResult<ObjRef> {
    let r = repr_string(vm, obj)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 256 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    Ok(new_string(out))
}

/// `format(obj, spec)`.
pub fn format(vm: &mut Vm, obj: &ObjRef, spec: &str) -> PyResult<ObjRef> {
    if is_user(obj) {
        if let Some(f) = lookup_type_str(&obj.type_of(), "__format__") {
            if f.kind() == Kind::Function {
                return call::call(vm, &f, Args::new(&[obj.clone(), new_str(spec)]));
            }
        }
        if spec.is_empty() {
            return str(vm, obj);
        }
        if obj.kind() == Kind::Instance {
            if let Some(b) = obj
                .payload::<crate::objects::instance::InstanceData>()
                .base
                .borrow()
                .clone()
            {
                return format(vm, &b, spec);
            }
        }
        return exc::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(obj)
        ));
    }
    if spec.is_empty() {
        return str(vm, obj);
    }
    super::format::format_builtin(vm, obj, spec)
}

/// The hash of an int, as CPython (modulo 2**61 - 1, -1 mapped to -2).
pub fn hash_int(i: &IntData) -> i64 {
    const MODULUS: i64 = (1 << 61) - 1;
    let h = match i {
        IntData::Small(v) => {
            let m = (v.unsigned_abs() % MODULUS as u64) as i64;
            if *v < 0 {
                -m
            } else {
                m
            }
        }
        IntData::Big(b) => {
            use num_traits::{Signed, ToPrimitive};
            let m = (b.abs() % num_bigint::BigInt::from(MODULUS))
                .to_i64()
                .unwrap_or(0);
            if b.is_negative() {
                -m
            } else {
                m
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of a float, as CPython (equal to the int hash for integral values).
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_int(&IntData::Small(f as i64));
    }
    // CPython's _Py_HashDouble: the value reduced modulo the Mersenne prime 2**61 - 1.
    const MODULUS: u64 = (1 << 61) - 1;
    let (mut mantissa, mut exponent) = frexp(f);
    let sign: i64 = if mantissa < 0.0 {
        mantissa = -mantissa;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while mantissa != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> 33);
        mantissa *= 268435456.0;
        exponent -= 28;
        let y = mantissa as u64;
        mantissa -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if exponent >= 0 {
        exponent % 61
    } else {
        60 - ((-1 - exponent) % 61)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Splits `f` (finite, non-zero) into a mantissa in [0.5, 1) and a power of two.
fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    if raw_exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(f * 2f64.powi(54));
        return (m, e - 54);
    }
    let exponent = raw_exp - 1022;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exponent)
}

/// `hash(obj)` for everything but str and int.
pub fn hash_slow(vm: &mut Vm, obj: &ObjRef) -> PyResult<i64> {
    // Native (standard-library) types say in their namespace whether they hash.
    if obj.kind() == Kind::Native
        && lookup_type_str(&obj.type_of(), "__hash__").is_some_and(|h| h.is(&rt().none))
    {
        return exc::type_error(format!("unhashable type: '{}'", type_name(obj)));
    }
    if is_user(obj) {
        let ty = obj.type_of();
        match lookup_type_str(&ty, "__hash__") {
            Some(h) if h.is(&rt().none) => {
                return exc::type_error(format!("unhashable type: '{}'", type_name(obj)))
            }
            Some(h) if h.kind() == Kind::Function => {
                let r = call::call(vm, &h, Args::new(std::slice::from_ref(obj)))?;
                // As CPython's slot_tp_hash: a result that fits a Py_ssize_t is the hash
                // itself (-1 becomes -2); a larger one is hashed as an int.
                return match r.downcast::<IntData>() {
                    Some(i) => Ok(match i.as_i64() {
                        Some(-1) => -2,
                        Some(h) => h,
                        None => hash_int(i),
                    }),
                    None => exc::type_error("__hash__ method should return an integer"),
                };
            }
            _ => {}
        }
        // An instance of a subclass of a built-in type hashes as its built-in value.
        let base = super::methods::base_of(obj);
        if !base.is(obj) {
            return super::dictops::hash(vm, &base);
        }
    }
    match obj.kind() {
        Kind::Float => Ok(hash_float(obj.payload::<FloatData>().0)),
        Kind::Bytes => {
            let b = obj.payload::<BytesData>();
            let mut x: u64 = 0xcbf29ce484222325;
            for c in b.b.iter() {
                x ^= *c as u64;
                x = x.wrapping_mul(0x100000001b3);
            }
            Ok(if x as i64 == -1 { -2 } else { x as i64 })
        }
        Kind::Tuple => {
            let items = obj.payload::<TupleData>().items.to_vec();
            let mut acc: u64 = 0x27D4EB2F165667C5;
            for it in &items {
                let h = super::dictops::hash(vm, it)? as u64;
                acc = acc.wrapping_add(h.wrapping_mul(0xC2B2AE3D27D4EB4F));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(0x9E3779B185EBCA87);
            }
            acc = acc.wrapping_add(items.len() as u64 ^ 0x27D4EB2F165667C5 ^ 3527539);
            Ok(if acc as i64 == -1 {
                1546275796
            } else {
                acc as i64
            })
        }
        Kind::Set if obj.is_type(&rt().types.frozenset) => Ok(super::setops::frozenset_hash(obj)),
        Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray | Kind::MappingProxy => {
            exc::type_error(format!("unhashable type: '{}'", type_name(obj)))
        }
        Kind::WeakRef => crate::modules::weakref::hash(vm, obj),
        Kind::Complex => {
            let c = obj.payload::<ComplexData>();
            let h = hash_float(c.re).wrapping_add(hash_float(c.im).wrapping_mul(1000003));
            Ok(if h == -1 { -2 } else { h })
        }
        _ => Ok((obj.addr() >> 4) as i64),
    }
}
