//! The constructors of the built-in types: each type's `__new__` (`int(x)`, `str(b, enc)`,
//! `list(it)`, `range(a, b)`, `type(name, bases, ns)`, `property(...)`, `super()`, ...), and
//! `for_class`, which wraps a built-in value for an instance of a subclass.

use crate::builtins::ArgSpec;
use crate::heap::{Kind, ObjRef};
use crate::objects::float::FloatData;
use crate::objects::function::BuiltinFn;
use crate::objects::int::IntData;
use crate::objects::iter::{IterData, IterState};
use crate::objects::typeobj::TypeData;
use crate::vm::{self, attr, call, convert, exc, ops, rt, str_of, type_name, Args};
use crate::vm::{new_bool, new_float, new_int, new_list, new_str, new_tuple, none, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::Zero;
use std::cell::RefCell;

/// Wrap a built-in value for a subclass: `class L(list)` instances hold the list as `base`.
pub fn for_class(cls: &ObjRef, base_ty: &ObjRef, value: ObjRef) -> ObjRef {
    if cls.is(base_ty) {
        return value;
    }
    let inst = vm::types::new_instance(cls);
    if let Some(i) = inst.downcast::<crate::objects::instance::InstanceData>() {
        *i.base.borrow_mut() = Some(value);
    }
    inst
}

fn new_int_obj(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let cls = args.args[0].clone();
    let rest = args.rest();
    let (pos, kw) = ArgSpec {
        name: "int",
        min: 0,
        max: 2,
        kw: &["base"],
    }
    .parse(&rest)?;
    let base = pos.get(1).cloned().or(kw[0].clone());
    let v = match pos.first() {
        None => new_int(0),
        Some(x) => crate::vm::methods::int_from(vm, x, base.as_ref())?,
    };
    Ok(for_class(&cls, &rt().types.int, v))
}

fn new_bool_obj(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, _) = ArgSpec {
        name: "bool",
        min: 0,
        max: 1,
        kw: &[],
    }
    .parse(&rest)?;
    match pos.first() {
        None => Ok(new_bool(false)),
        Some(x) => Ok(new_bool(ops::truthy(vm, x)?)),
    }
}

fn new_float_obj(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let cls = args.args[0].clone();
    let rest = args.rest();
    let (pos, _) = ArgSpec {
        name: "float",
        min: 0,
        max: 1,
        kw: &[],
    }
    .parse(&rest)?;
    let v = match pos.first() {
        None => new_float(0.0),
        Some(x) => crate::vm::methods::float_from(vm, x)?,
    };
    Ok(for_class(&cls, &rt().types.float, v))
}

fn new_str_obj(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let cls = args.args[0].clone();
    let rest = args.rest();
    let (pos, kw) = ArgSpec {
        name: "str",
        min: 0,
        max: 3,
        kw: &["encoding", "errors"],
    }
    .parse(&rest)?;
    let v = match pos.first() {
        None => new_str(""),
        Some(x) if pos.len() > 1 || kw[0].is_some() || kw[1].is_some() => {
            let Some(b) = vm::methods_bytes::bytes_like(x) else {
                return exc::type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    type_name(x)
                ));
            };
            let enc = codec_arg(pos.get(1).or(kw[0].as_ref()), "utf-8", "str", "encoding")?;
            let errors = codec_arg(pos.get(2).or(kw[1].as_ref()), "strict", "str", "errors")?;
            vm::new_string(vm::methods_codecs::decode(&b, &enc, &errors)?)
        }
        Some(x) => convert::str(vm, x)?,
    };
    Ok(for_class(&cls, &rt().types.str_, v))
}

/// An `encoding`/`errors` argument of `str()`/`bytes()`: a str, or the default.
fn codec_arg(o: Option<&ObjRef>, dflt: &str, func: &str, what: &str) -> PyResult<String> {
    match o {
        None => Ok(dflt.to_string()),
        Some(o) if o.kind() == Kind::Str => Ok(str_of(o).to_string()),
        Some(o) => exc::type_error(format!(
            "{func}() argument '{what}' must be str, not {}",
            type_name(o)
        )),
    }
}

fn from_iterable(vm: &mut Vm, args: Args, name: &str) -> PyResult<Vec<ObjRef>> {
    let rest = args.rest();
    let (pos, _) = ArgSpec {
        name,
        min: 0,
        max: 1,
        kw: &[],
    }
    .parse(&rest)?;
    match pos.first() {
        None => Ok(Vec::new()),
        Some(x) => ops::collect(vm, x),
    }
}

/// `list.__new__` makes an empty list; `list.__init__` fills it (as CPython).
fn new_list_obj(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(for_class(
        &args.args[0],
        &rt().types.list,
        new_list(Vec::new()),
    ))
}

fn new_tuple_obj(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    if args.args.len() == 2
        && args.args[1].is_type(&rt().types.tuple)
        && args.args[0].is(&rt().types.tuple)
    {
        return Ok(args.args[1].clone());
    }
    let items = from_iterable(vm, args, "tuple")?;
    Ok(for_class(
        &args.args[0],
        &rt().types.tuple,
        new_tuple(items),
    ))
}

fn new_set_obj(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    vm::methods_set::set_new(vm, args)
}

/// `dict.__new__(cls, ...)`: an empty dict; `dict.__init__` fills it (as CPython, so that a
/// subclass's own `__init__` decides what its arguments mean).
fn new_dict_obj(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(for_class(&args.args[0], &rt().types.dict, vm::new_dict()))
}

fn new_range_obj(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, _) = ArgSpec {
        name: "range",
        min: 1,
        max: 3,
        kw: &[],
    }
    .parse(&rest)?;
    let mut v: Vec<BigInt> = Vec::new();
    for p in pos {
        let i = match p.downcast::<IntData>() {
            Some(i) => Some(i.to_big()),
            None => match attr::lookup_type_str(&p.type_of(), "__index__") {
                Some(f) => {
                    let r = call::call(vm, &f, Args::new(std::slice::from_ref(p)))?;
                    r.downcast::<IntData>().map(|i| i.to_big())
                }
                None => None,
            },
        };
        match i {
            Some(i) => v.push(i),
            None => {
                return exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(p)
                ))
            }
        }
    }
    let one = || BigInt::from(1);
    let mut v = v.into_iter();
    let (start, stop, step) = match pos.len() {
        1 => (BigInt::zero(), v.next().unwrap_or_default(), one()),
        2 => (
            v.next().unwrap_or_default(),
            v.next().unwrap_or_default(),
            one(),
        ),
        _ => (
            v.next().unwrap_or_default(),
            v.next().unwrap_or_default(),
            v.next().unwrap_or_else(one),
        ),
    };
    if step.is_zero() {
        return exc::value_error("range() arg 3 must not be zero");
    }
    Ok(vm::builtins_seq::new_range_big(start, stop, step))
}

fn new_slice_obj(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, _) = ArgSpec {
        name: "slice",
        min: 1,
        max: 3,
        kw: &[],
    }
    .parse(&rest)?;
    Ok(match pos.len() {
        1 => vm::new_slice(none(), pos[0].clone(), none()),
        2 => vm::new_slice(pos[0].clone(), pos[1].clone(), none()),
        _ => vm::new_slice(pos[0].clone(), pos[1].clone(), pos[2].clone()),
    })
}

fn new_object_obj(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let cls = args.args[0].clone();
    vm::types::object_new(vm, &cls, args.rest())
}

fn new_type_obj(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let meta = args.args[0].clone();
    let pos = &args.pos()[1..];
    if pos.len() == 1 {
        return Ok(pos[0].type_of());
    }
    if pos.len() != 3 {
        return exc::type_error("type() takes 1 or 3 arguments");
    }
    for (i, (arg, want)) in [
        (&pos[0], Kind::Str),
        (&pos[1], Kind::Tuple),
        (&pos[2], Kind::Dict),
    ]
    .into_iter()
    .enumerate()
    {
        if arg.kind() != want {
            let wanted = ["str", "tuple", "dict"][i];
            return exc::type_error(format!(
                "type.__new__() argument {} must be {wanted}, not {}",
                i + 1,
                vm::type_name(arg)
            ));
        }
    }
    let bases = ops::collect(vm, &pos[1])?;
    let (kwnames, kwvalues): (Vec<ObjRef>, Vec<ObjRef>) =
        args.kwargs().map(|(k, v)| (k.clone(), v.clone())).unzip();
    vm::types::new_class(
        vm,
        &meta,
        str_of(&pos[0]),
        bases,
        &pos[2],
        (&kwnames, &kwvalues),
    )
}

fn iter_obj(ty: &ObjRef, state: IterState) -> ObjRef {
    crate::heap::alloc(
        ty,
        IterData {
            state: RefCell::new(state),
        },
    )
}

fn new_enumerate(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, kw) = ArgSpec {
        name: "enumerate",
        min: 1,
        max: 2,
        kw: &["start"],
    }
    .parse(&rest)?;
    let it = ops::get_iter(vm, &pos[0])?;
    let start = pos
        .get(1)
        .cloned()
        .or(kw[0].clone())
        .unwrap_or_else(|| new_int(0));
    Ok(iter_obj(
        &args.args[0],
        IterState::Enumerate { it, count: start },
    ))
}

fn new_zip(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, kw) = ArgSpec {
        name: "zip",
        min: 0,
        max: usize::MAX,
        kw: &["strict"],
    }
    .parse(&rest)?;
    let mut its = Vec::new();
    for (i, p) in pos.iter().enumerate() {
        its.push(ops::get_iter(vm, p).map_err(|_| {
            exc::err(
                "TypeError",
                format!("zip argument #{} must support iteration", i + 1),
            )
        })?);
    }
    let strict = match &kw[0] {
        Some(s) => ops::truthy(vm, s)?,
        None => false,
    };
    Ok(iter_obj(&args.args[0], IterState::Zip { its, strict }))
}

fn new_map(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let pos = &args.pos()[1..];
    if pos.len() < 2 {
        return exc::type_error("map() must have at least two arguments.");
    }
    let mut its = Vec::new();
    for p in &pos[1..] {
        its.push(ops::get_iter(vm, p)?);
    }
    Ok(iter_obj(
        &args.args[0],
        IterState::Map {
            func: pos[0].clone(),
            its,
        },
    ))
}

fn new_filter(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, _) = ArgSpec {
        name: "filter",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&rest)?;
    let it = ops::get_iter(vm, &pos[1])?;
    Ok(iter_obj(
        &args.args[0],
        IterState::Filter {
            func: pos[0].clone(),
            it,
        },
    ))
}

fn new_reversed(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, _) = ArgSpec {
        name: "reversed",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&rest)?;
    let seq = &pos[0];
    match seq.kind() {
        Kind::Dict if !seq.type_of().payload::<TypeData>().heap => {
            vm::methods_views::reversed_dict(vm, seq, 0)
        }
        Kind::List | Kind::Tuple | Kind::Str => {
            let n = vm::len(vm, seq)? as isize;
            let ty = if seq.kind() == Kind::List {
                &rt().types.list_reverseiterator
            } else {
                &rt().types.reversed
            };
            Ok(iter_obj(
                ty,
                IterState::SeqRev {
                    seq: seq.clone(),
                    index: n - 1,
                },
            ))
        }
        Kind::Range => {
            let r = vm::builtins_seq::range_reversed(seq);
            ops::get_iter(vm, &r)
        }
        _ => {
            if let Some(f) = attr::lookup_type_str(&seq.type_of(), "__reversed__") {
                return call::call(vm, &f, Args::new(std::slice::from_ref(seq)));
            }
            if attr::lookup_type_str(&seq.type_of(), "__getitem__").is_some() {
                let n = vm::len(vm, seq)? as isize;
                let mut items = Vec::new();
                for i in (0..n).rev() {
                    items.push(ops::getitem(vm, seq, &new_int(i as i64))?);
                }
                let l = new_list(items);
                return Ok(iter_obj(
                    &rt().types.reversed,
                    IterState::Seq { seq: l, index: 0 },
                ));
            }
            exc::type_error(format!("'{}' object is not reversible", type_name(seq)))
        }
    }
}

fn new_property(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, kw) = ArgSpec {
        name: "property",
        min: 0,
        max: 4,
        kw: &["fget", "fset", "fdel", "doc"],
    }
    .parse(&rest)?;
    let get = |i: usize| {
        pos.get(i)
            .cloned()
            .or(kw[i].clone())
            .filter(|v| !v.is(&rt().none))
    };
    let doc = get(3).or_else(|| {
        get(0).and_then(|f| {
            f.downcast::<crate::objects::function::FunctionData>()
                .map(|fd| fd.doc.borrow().clone())
        })
    });
    Ok(crate::heap::alloc(
        &args.args[0],
        crate::objects::descr::PropertyData {
            name: std::cell::RefCell::new(None),
            fget: RefCell::new(get(0)),
            fset: RefCell::new(get(1)),
            fdel: RefCell::new(get(2)),
            doc: RefCell::new(doc),
        },
    ))
}

fn new_staticmethod(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, _) = ArgSpec {
        name: "staticmethod",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&rest)?;
    Ok(crate::heap::alloc(
        &args.args[0],
        crate::objects::descr::StaticMethodData {
            func: RefCell::new(Some(pos[0].clone())),
        },
    ))
}

fn new_classmethod(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, _) = ArgSpec {
        name: "classmethod",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&rest)?;
    Ok(crate::heap::alloc(
        &args.args[0],
        crate::objects::descr::ClassMethodData {
            func: RefCell::new(Some(pos[0].clone())),
        },
    ))
}

fn new_super(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, _) = ArgSpec {
        name: "super",
        min: 0,
        max: 2,
        kw: &[],
    }
    .parse(&rest)?;
    if pos.is_empty() {
        return exc::runtime_error("super(): no arguments");
    }
    make_super(&pos[0], pos.get(1))
}

/// `super(ty, obj)`.
pub fn make_super(ty: &ObjRef, obj: Option<&ObjRef>) -> PyResult<ObjRef> {
    if ty.kind() != Kind::Type {
        return exc::type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name(ty)
        ));
    }
    let obj_type = match obj {
        None => None,
        Some(o) if o.kind() == Kind::Type && vm::types::is_subtype(o, ty) => Some(o.clone()),
        Some(o) if vm::types::is_subtype(&o.type_of(), ty) => Some(o.type_of()),
        Some(_) => {
            return exc::type_error("super(type, obj): obj must be an instance or subtype of type")
        }
    };
    Ok(crate::heap::alloc(
        &rt().types.super_,
        crate::objects::descr::SuperData {
            ty: ty.clone(),
            obj: obj.cloned(),
            obj_type,
        },
    ))
}

fn new_bytes_obj(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, kw) = ArgSpec {
        name: "bytes",
        min: 0,
        max: 3,
        kw: &["encoding", "errors"],
    }
    .parse(&rest)?;
    let v = bytes_from(
        vm,
        pos.first(),
        pos.get(1).or(kw[0].as_ref()),
        pos.get(2).or(kw[1].as_ref()),
        "bytes",
    )?;
    Ok(vm::new_bytes(&v))
}

fn new_bytearray_obj(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, kw) = ArgSpec {
        name: "bytearray",
        min: 0,
        max: 3,
        kw: &["encoding", "errors"],
    }
    .parse(&rest)?;
    let v = bytes_from(
        vm,
        pos.first(),
        pos.get(1).or(kw[0].as_ref()),
        pos.get(2).or(kw[1].as_ref()),
        "bytearray",
    )?;
    Ok(vm::builtins_bytes::new_bytearray(v))
}

fn bytes_from(
    vm: &mut Vm,
    src: Option<&ObjRef>,
    encoding: Option<&ObjRef>,
    errors: Option<&ObjRef>,
    func: &str,
) -> PyResult<Vec<u8>> {
    let Some(src) = src else {
        if encoding.is_some() || errors.is_some() {
            return exc::type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            });
        }
        return Ok(Vec::new());
    };
    match src.kind() {
        Kind::Str => {
            if encoding.is_none() {
                return exc::type_error("string argument without an encoding");
            }
            let enc = codec_arg(encoding, "utf-8", func, "encoding")?;
            let errors = codec_arg(errors, "strict", func, "errors")?;
            vm::methods_codecs::encode(str_of(src), &enc, &errors)
        }
        Kind::Int => {
            let n = src.payload::<IntData>().as_i64().unwrap_or(0);
            if n < 0 {
                return exc::value_error("negative count");
            }
            Ok(vec![0; n as usize])
        }
        Kind::Bytes | Kind::ByteArray => Ok(vm::methods_bytes::bytes_like(src).unwrap_or_default()),
        _ => {
            let mut v = Vec::new();
            for x in ops::collect(vm, src)? {
                match x.downcast::<IntData>().and_then(|i| i.as_i64()) {
                    Some(b) if (0..256).contains(&b) => v.push(b as u8),
                    Some(_) => return exc::value_error("bytes must be in range(0, 256)"),
                    None => {
                        return exc::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            type_name(&x)
                        ))
                    }
                }
            }
            Ok(v)
        }
    }
}

fn new_complex_obj(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let rest = args.rest();
    let (pos, _) = ArgSpec {
        name: "complex",
        min: 0,
        max: 2,
        kw: &[],
    }
    .parse(&rest)?;
    let (r, i) = (pos.first(), pos.get(1));
    if let Some(r) = r.filter(|r| r.kind() == Kind::Str) {
        if i.is_some() {
            return exc::type_error("complex() can't take second arg if first is a string");
        }
        return match vm::complexops::parse_complex(str_of(r)) {
            Some((re, im)) => Ok(vm::new_complex(re, im)),
            None => exc::value_error("complex() arg is a malformed string"),
        };
    }
    if i.is_some_and(|i| i.kind() == Kind::Str) {
        return exc::type_error("complex() second arg can't be a string");
    }
    // Each argument as (real, imag, is_complex).
    let part = |vm: &mut Vm, o: &ObjRef, first: bool| -> PyResult<(f64, f64, bool)> {
        let ty = o.type_of();
        if first {
            if let Some(f) = attr::lookup_type_str(&ty, "__complex__") {
                let c = call::call(vm, &f, Args::new(std::slice::from_ref(o)))?;
                if c.kind() != Kind::Complex {
                    return exc::type_error(format!(
                        "__complex__ returned non-complex (type {})",
                        type_name(&c)
                    ));
                }
                let c = c.payload::<crate::objects::complex::ComplexData>();
                return Ok((c.re, c.im, true));
            }
        }
        let b = vm::methods::base_of(o);
        match b.kind() {
            Kind::Complex => {
                let c = b.payload::<crate::objects::complex::ComplexData>();
                return Ok((c.re, c.im, true));
            }
            Kind::Int | Kind::Float => {
                let f = crate::vm::methods::float_from(vm, &b)?;
                return Ok((f.payload::<FloatData>().0, 0.0, false));
            }
            _ => {}
        }
        for name in ["__float__", "__index__"] {
            if let Some(f) = attr::lookup_type_str(&ty, name) {
                let v = call::call(vm, &f, Args::new(std::slice::from_ref(o)))?;
                let v = crate::vm::methods::float_from(vm, &v)?;
                return Ok((v.payload::<FloatData>().0, 0.0, false));
            }
        }
        exc::type_error(format!(
            "complex() {} a number, not '{}'",
            if first {
                "first argument must be a string or"
            } else {
                "second argument must be"
            },
            type_name(o)
        ))
    };
    let (mut cr, cri, cr_complex) = match r {
        Some(r) => part(vm, r, true)?,
        None => (0.0, 0.0, false),
    };
    let (mut ci, cii, ci_complex) = match i {
        Some(i) => part(vm, i, false)?,
        None => (0.0, 0.0, false),
    };
    if ci_complex {
        cr -= cii;
    }
    if cr_complex {
        if i.is_some() {
            ci += cri;
        } else {
            ci = cri;
        }
    }
    Ok(vm::new_complex(cr, ci))
}

fn new_exception_obj(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let cls = args.args[0].clone();
    let e = exc::new_exception(&cls, new_tuple(args.pos()[1..].to_vec()));
    Ok(e)
}

/// Register the constructors as the types' `__new__` (at start-up).
pub fn install() {
    let t = &rt().types;
    let ctors: &[(&ObjRef, &'static str, BuiltinFn)] = &[
        (&t.int, "int", new_int_obj),
        (&t.bool_, "bool", new_bool_obj),
        (&t.float, "float", new_float_obj),
        (&t.str_, "str", new_str_obj),
        (&t.list, "list", new_list_obj),
        (&t.tuple, "tuple", new_tuple_obj),
        (&t.set, "set", new_set_obj),
        (&t.frozenset, "frozenset", new_set_obj),
        (&t.dict, "dict", new_dict_obj),
        (&t.range, "range", new_range_obj),
        (&t.slice, "slice", new_slice_obj),
        (&t.object, "object", new_object_obj),
        (&t.type_, "type", new_type_obj),
        (&t.enumerate, "enumerate", new_enumerate),
        (&t.zip, "zip", new_zip),
        (&t.map, "map", new_map),
        (&t.filter, "filter", new_filter),
        (&t.reversed, "reversed", new_reversed),
        (&t.property, "property", new_property),
        (&t.staticmethod, "staticmethod", new_staticmethod),
        (&t.classmethod, "classmethod", new_classmethod),
        (&t.super_, "super", new_super),
        (&t.bytes, "bytes", new_bytes_obj),
        (&t.bytearray, "bytearray", new_bytearray_obj),
        (&t.complex, "complex", new_complex_obj),
    ];
    for (ty, owner, f) in ctors {
        vm::methods::add_method(ty, owner, "__new__", *f);
    }
    vm::methods::add_method(
        &exc::exc_type("BaseException"),
        "BaseException",
        "__new__",
        new_exception_obj,
    );
}
