//! The `builtins` module: built-in functions (`print`, `len`, `isinstance`, `sorted`, ...) and
//! the names of the built-in types and exceptions.
//!
//! Built-in functions receive [`Args`] (positional values, then keyword values named by
//! `kwnames`); [`ArgSpec`] checks counts and finds keywords, with CPython's messages.

use crate::heap::{Kind, ObjRef};
use crate::objects::function::{BuiltinData, BuiltinFn};
use crate::objects::int::IntData;
use crate::vm::{self, attr, call, convert, dictops, exc, ops, rt, str_of, type_name, Args};
use crate::vm::{intern, new_bool, new_int, new_list, new_str, new_tuple, none, PyResult, Vm};

/// Argument checking for a built-in: `name` takes `min..=max` positional arguments and the
/// keyword arguments `kw`.
pub struct ArgSpec<'a> {
    pub name: &'a str,
    pub min: usize,
    pub max: usize,
    pub kw: &'a [&'a str],
}

impl ArgSpec<'_> {
    /// Check counts and unknown keywords; returns (positional, keyword values in `kw` order).
    pub fn parse<'b>(&self, args: &Args<'b>) -> PyResult<(&'b [ObjRef], Vec<Option<ObjRef>>)> {
        let pos = args.pos();
        if pos.len() < self.min || pos.len() > self.max {
            let msg = if self.min == self.max {
                match self.min {
                    0 => format!("{}() takes no arguments ({} given)", self.name, pos.len()),
                    1 => format!(
                        "{}() takes exactly one argument ({} given)",
                        self.name,
                        pos.len()
                    ),
                    n => format!("{} expected {} arguments, got {}", self.name, n, pos.len()),
                }
            } else if pos.len() < self.min {
                format!(
                    "{} expected at least {} argument{}, got {}",
                    self.name,
                    self.min,
                    if self.min == 1 { "" } else { "s" },
                    pos.len()
                )
            } else {
                format!(
                    "{} expected at most {} argument{}, got {}",
                    self.name,
                    self.max,
                    if self.max == 1 { "" } else { "s" },
                    pos.len()
                )
            };
            return exc::type_error(msg);
        }
        if self.kw.is_empty() {
            if args.has_kwargs() {
                return exc::type_error(format!("{}() takes no keyword arguments", self.name));
            }
            return Ok((pos, Vec::new()));
        }
        let mut kw = vec![None; self.kw.len()];
        for (k, v) in args.kwargs() {
            match self.kw.iter().position(|n| *n == str_of(k)) {
                Some(i) => kw[i] = Some(v.clone()),
                None => {
                    return exc::type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        self.name,
                        str_of(k)
                    ))
                }
            }
        }
        Ok((pos, kw))
    }
}

/// A built-in function object.
pub fn builtin(name: &'static str, func: BuiltinFn) -> ObjRef {
    crate::heap::alloc(
        &rt().types.builtin_function,
        BuiltinData {
            name,
            func,
            bound: None,
            owner: None,
            doc: None,
        },
    )
}

fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    let (pos, _) = ArgSpec {
        name,
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(args)?;
    Ok(&pos[0])
}

fn b_print(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = ArgSpec {
        name: "print",
        min: 0,
        max: usize::MAX,
        kw: &["sep", "end", "file", "flush"],
    }
    .parse(&args)?;
    let text_arg =
        |vm: &mut Vm, v: &Option<ObjRef>, default: &str, what: &str| -> PyResult<String> {
            match v {
                None => Ok(default.to_string()),
                Some(o) if o.is(&rt().none) => Ok(default.to_string()),
                Some(o) if o.kind() == Kind::Str => Ok(str_of(o).to_string()),
                Some(o) => {
                    let _ = vm;
                    exc::type_error(format!(
                        "{what} must be None or a string, not {}",
                        type_name(o)
                    ))
                }
            }
        };
    let sep = text_arg(vm, &kw[0], " ", "sep")?;
    let end = text_arg(vm, &kw[1], "\n", "end")?;
    // A file object that is not one of mnemo's gets each piece by its own write(), as CPython.
    if let Some(f) = kw[2]
        .as_ref()
        .filter(|f| !f.is(&rt().none) && f.kind() != Kind::File)
    {
        for (i, a) in pos.iter().enumerate() {
            if i > 0 {
                vm::io::write_text_to(vm, f, &sep)?;
            }
            let s = convert::str_string(vm, a)?;
            vm::io::write_text_to(vm, f, &s)?;
        }
        vm::io::write_text_to(vm, f, &end)?;
        if kw[3].as_ref().is_some_and(|x| x.is(&rt().true_)) {
            if let Some(fl) = attr::getattr_opt(vm, f, "flush")? {
                call::call(vm, &fl, Args::new(&[]))?;
            }
        }
        return Ok(none());
    }
    let mut out = String::new();
    for (i, a) in pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        if a.kind() == Kind::Str && a.is_type(&rt().types.str_) {
            out.push_str(str_of(a));
        } else {
            out.push_str(&convert::str_string(vm, a)?);
        }
    }
    out.push_str(&end);
    match &kw[2] {
        Some(f) if !f.is(&rt().none) => {
            vm::io::write_text_to(vm, f, &out)?;
            if kw[3].as_ref().is_some_and(|x| x.is(&rt().true_)) {
                if let Some(fl) = attr::getattr_opt(vm, f, "flush")? {
                    call::call(vm, &fl, Args::new(&[]))?;
                }
            }
        }
        _ => {
            vm::io::write_stdout(vm, &out)?;
            if kw[3].as_ref().is_some_and(|x| x.is(&rt().true_)) {
                vm::io::flush_std(vm);
            }
        }
    }
    Ok(none())
}

fn b_len(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let o = one(&args, "len")?;
    Ok(new_int(vm::len(vm, o)? as i64))
}

fn b_repr(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let o = one(&args, "repr")?;
    convert::repr(vm, o)
}

fn b_ascii(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let o = one(&args, "ascii")?;
    convert::ascii(vm, o)
}

fn b_id(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let o = one(&args, "id")?;
    Ok(new_int(o.addr() as i64))
}

fn b_hash(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let o = one(&args, "hash")?;
    Ok(new_int(dictops::hash(vm, o)?))
}

fn b_abs(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let o = one(&args, "abs")?;
    match o.kind() {
        Kind::Int => match o.payload::<IntData>() {
            IntData::Small(i) => Ok(match i.checked_abs() {
                Some(a) => new_int(a),
                None => vm::new_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()),
            }),
            IntData::Big(b) => Ok(vm::new_bigint(num_traits::Signed::abs(&**b))),
        },
        Kind::Float => Ok(vm::new_float(
            o.payload::<crate::objects::float::FloatData>().0.abs(),
        )),
        Kind::Complex => {
            let c = o.payload::<crate::objects::complex::ComplexData>();
            Ok(vm::new_float(c.re.hypot(c.im)))
        }
        _ => match attr::lookup_type_str(&o.type_of(), "__abs__") {
            Some(f) => call::call(vm, &f, Args::new(std::slice::from_ref(o))),
            None => exc::type_error(format!("bad operand type for abs(): '{}'", type_name(o))),
        },
    }
}

/// `isinstance(obj, cls_or_tuple)`.
pub fn isinstance_of(vm: &mut Vm, obj: &ObjRef, cls: &ObjRef, fname: &str) -> PyResult<bool> {
    if let Some(t) = cls.downcast::<crate::objects::tuple::TupleData>() {
        for c in t.items.iter() {
            if isinstance_of(vm, obj, c, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.kind() != Kind::Type {
        // An object that is not a class may still decide (typing's aliases), as CPython's
        // PyObject_IsInstance consults `type(cls).__instancecheck__`.
        if let Some(ic) = attr::lookup_type_str(&cls.type_of(), "__instancecheck__") {
            if ic.kind() == Kind::Function {
                let r = call::call(vm, &ic, Args::new(&[cls.clone(), obj.clone()]))?;
                return ops::truthy(vm, &r);
            }
        }
        return exc::type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ));
    }
    if obj.is_type(cls) {
        return Ok(true);
    }
    if let Some(ic) = attr::lookup_type_str(&cls.type_of(), "__instancecheck__") {
        if ic.kind() == Kind::Function {
            let r = call::call(vm, &ic, Args::new(&[cls.clone(), obj.clone()]))?;
            return ops::truthy(vm, &r);
        }
    }
    if vm::types::is_subtype(&obj.type_of(), cls) {
        return Ok(true);
    }
    // CPython's object_isinstance: an instance whose `__class__` names another class (a proxy)
    // is an instance of that class too. Only a class that overrides `__class__` can say so:
    // the common negative answer costs two cached lookups, not an attribute read.
    let ty = obj.type_of();
    let class_attr = |t: &ObjRef| attr::lookup_type_str(t, "__class__");
    let overridden = match (class_attr(&ty), class_attr(&rt().types.object)) {
        (Some(own), Some(base)) => !own.is(&base),
        (own, _) => own.is_some(),
    };
    if obj.kind() == Kind::Instance && overridden {
        if let Some(c) = attr::getattr_opt(vm, obj, "__class__")? {
            if c.kind() == Kind::Type && !c.is(&obj.type_of()) {
                return Ok(vm::types::is_subtype(&c, cls));
            }
        }
    }
    Ok(false)
}

fn b_isinstance(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "isinstance",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    Ok(new_bool(isinstance_of(vm, &pos[0], &pos[1], "isinstance")?))
}

fn b_issubclass(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "issubclass",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    let mut check = |c: &ObjRef| -> PyResult<bool> {
        if c.kind() != Kind::Type {
            // As isinstance: a non-class with `__subclasscheck__` decides.
            if let Some(sc) = attr::lookup_type_str(&c.type_of(), "__subclasscheck__") {
                if sc.kind() == Kind::Function {
                    let r = call::call(vm, &sc, Args::new(&[c.clone(), pos[0].clone()]))?;
                    return ops::truthy(vm, &r);
                }
            }
            return exc::type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            );
        }
        if pos[0].kind() != Kind::Type {
            return exc::type_error("issubclass() arg 1 must be a class");
        }
        // A metaclass's __subclasscheck__ (abc.ABCMeta) decides for its classes.
        if let Some(sc) = attr::lookup_type_str(&c.type_of(), "__subclasscheck__") {
            if sc.kind() == Kind::Function {
                let r = call::call(vm, &sc, Args::new(&[c.clone(), pos[0].clone()]))?;
                return ops::truthy(vm, &r);
            }
        }
        Ok(vm::types::is_subtype(&pos[0], c))
    };
    if let Some(t) = pos[1].downcast::<crate::objects::tuple::TupleData>() {
        for c in t.items.iter() {
            if check(c)? {
                return Ok(new_bool(true));
            }
        }
        return Ok(new_bool(false));
    }
    Ok(new_bool(check(&pos[1])?))
}

fn b_callable(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let o = one(&args, "callable")?;
    let c = matches!(
        o.kind(),
        Kind::Function | Kind::Builtin | Kind::Method | Kind::Type
    ) || attr::lookup_type_str(&o.type_of(), "__call__").is_some();
    Ok(new_bool(c))
}

fn b_getattr(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "getattr",
        min: 2,
        max: 3,
        kw: &[],
    }
    .parse(&args)?;
    if pos[1].kind() != Kind::Str {
        return exc::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(&pos[1])
        ));
    }
    match attr::getattr(vm, &pos[0], &pos[1]) {
        Err(e) if pos.len() == 3 && exc::matches(&e, "AttributeError") => Ok(pos[2].clone()),
        r => r,
    }
}

fn b_setattr(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "setattr",
        min: 3,
        max: 3,
        kw: &[],
    }
    .parse(&args)?;
    if pos[1].kind() != Kind::Str {
        return exc::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(&pos[1])
        ));
    }
    attr::setattr(vm, &pos[0], &pos[1], pos[2].clone())?;
    Ok(none())
}

fn b_delattr(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "delattr",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    attr::delattr(vm, &pos[0], &pos[1])?;
    Ok(none())
}

fn b_hasattr(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "hasattr",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    if pos[1].kind() != Kind::Str {
        return exc::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(&pos[1])
        ));
    }
    Ok(new_bool(
        attr::getattr_opt(vm, &pos[0], str_of(&pos[1]))?.is_some(),
    ))
}

fn b_iter(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "iter",
        min: 1,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    if pos.len() == 2 {
        return Ok(crate::heap::alloc(
            &rt().types.callable_iterator,
            crate::objects::iter::IterData {
                state: std::cell::RefCell::new(crate::objects::iter::IterState::Callable {
                    func: pos[0].clone(),
                    sentinel: pos[1].clone(),
                }),
            },
        ));
    }
    ops::get_iter(vm, &pos[0])
}

fn b_next(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "next",
        min: 1,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    let it = &pos[0];
    let is_iter = matches!(it.kind(), Kind::Iter | Kind::Generator | Kind::File)
        || attr::lookup_type_str(&it.type_of(), "__next__").is_some();
    if !is_iter {
        return exc::type_error(format!("'{}' object is not an iterator", type_name(it)));
    }
    if it.kind() == Kind::Generator {
        return match vm::generator::resume(vm, it, none(), None)? {
            vm::generator::Resumed::Yielded(v) => Ok(v),
            vm::generator::Resumed::Returned(r) => {
                if pos.len() == 2 {
                    Ok(pos[1].clone())
                } else {
                    Err(vm::generator::stop_iteration(r))
                }
            }
        };
    }
    match ops::next(vm, it)? {
        Some(v) => Ok(v),
        None if pos.len() == 2 => Ok(pos[1].clone()),
        None => Err(exc::err_noargs("StopIteration")),
    }
}

fn b_build_class(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    vm::types::build_class(vm, args)
}

/// `globals()`, `locals()`: called from Python code these are answered by the evaluation loop,
/// which has the calling frame (`vm::eval::frame_call`); reached any other way (through
/// `map(locals, ...)`, say) there is no frame to report.
fn b_frame_builtin(_vm: &mut Vm, _args: Args) -> PyResult<ObjRef> {
    exc::runtime_error("no current frame (call globals()/locals() directly)")
}

fn b_exit(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "exit",
        min: 0,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    let _ = vm;
    let code = pos.first().cloned().unwrap_or_else(none);
    Err(exc::new_exception(
        &exc::exc_type("SystemExit"),
        new_tuple(vec![code]),
    ))
}

fn b_chr(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let o = one(&args, "chr")?;
    let Some(i) = o.downcast::<IntData>() else {
        return exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(o)
        ));
    };
    match i.as_i64().and_then(|v| u32::try_from(v).ok()) {
        Some(v) if v <= 0x10ffff => match char::from_u32(v) {
            Some(c) => Ok(new_str(c.encode_utf8(&mut [0; 4]))),
            None => exc::value_error("mnemo cannot represent lone surrogates"),
        },
        _ => exc::value_error("chr() arg not in range(0x110000)"),
    }
}

fn b_ord(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let o = one(&args, "ord")?;
    match o.kind() {
        Kind::Str => {
            let s = str_of(o);
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(new_int(c as i64)),
                _ => exc::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                )),
            }
        }
        Kind::Bytes => {
            let b = &o.payload::<crate::objects::bytes::BytesData>().b;
            if b.len() == 1 {
                Ok(new_int(b[0] as i64))
            } else {
                exc::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                ))
            }
        }
        _ => exc::type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(o)
        )),
    }
}

fn radix(vm: &mut Vm, args: Args, name: &str, base: u32, prefix: &str) -> PyResult<ObjRef> {
    let o = one(&args, name)?;
    let v = match o.downcast::<IntData>() {
        Some(i) => i.to_big(),
        None => match attr::lookup_type_str(&o.type_of(), "__index__") {
            Some(f) => {
                let r = call::call(vm, &f, Args::new(std::slice::from_ref(o)))?;
                r.payload::<IntData>().to_big()
            }
            None => {
                return exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(o)
                ))
            }
        },
    };
    let neg = num_traits::Signed::is_negative(&v);
    let digits = num_traits::Signed::abs(&v).to_str_radix(base);
    Ok(vm::new_string(format!(
        "{}{prefix}{digits}",
        if neg { "-" } else { "" }
    )))
}

fn b_hex(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    radix(vm, args, "hex", 16, "0x")
}
fn b_oct(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    radix(vm, args, "oct", 8, "0o")
}
fn b_bin(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    radix(vm, args, "bin", 2, "0b")
}

fn b_format(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "format",
        min: 1,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    let spec = pos
        .get(1)
        .map(|s| str_of(s).to_string())
        .unwrap_or_default();
    convert::format(vm, &pos[0], &spec)
}

/// Register the built-in functions into the `builtins` namespace `d`.
pub fn install(d: &ObjRef) {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("print", b_print),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("id", b_id),
        ("hash", b_hash),
        ("abs", b_abs),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("callable", b_callable),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("hasattr", b_hasattr),
        ("iter", b_iter),
        ("next", b_next),
        ("__build_class__", b_build_class),
        ("globals", b_frame_builtin),
        ("locals", b_frame_builtin),
        ("exit", b_exit),
        ("quit", b_exit),
        ("chr", b_chr),
        ("ord", b_ord),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("format", b_format),
    ];
    for (name, f) in fns {
        dictops::setitem_str(d, intern(name), builtin(name, *f));
    }
    crate::builtins_more::install(d);
    crate::builtin_new::install();
    let t = &rt().types;
    let types: &[(&str, &ObjRef)] = &[
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ];
    for (name, ty) in types {
        dictops::setitem_str(d, intern(name), (*ty).clone());
    }
    if let Some(m) = rt().exc_types.get() {
        for (name, ty) in m {
            dictops::setitem_str(d, intern(name), ty.clone());
        }
    }
    dictops::setitem_str(d, intern("None"), none());
    dictops::setitem_str(d, intern("Ellipsis"), rt().ellipsis.clone());
    dictops::setitem_str(d, intern("NotImplemented"), rt().not_implemented.clone());
    dictops::setitem_str(d, intern("__debug__"), new_bool(true));
    let _ = new_list;
}
