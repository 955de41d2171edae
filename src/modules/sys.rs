//! The `sys` module: the interpreter's own state as seen from Python — `argv`, `path`,
//! `modules`, the standard streams, version information, `getrefcount` and `getsizeof` (the
//! heap's true counts and sizes), `intern`, the recursion limit, `exit`, `exc_info`.

use crate::builtins::{builtin, ArgSpec};
use crate::heap::{Kind, ObjRef};
use crate::objects::file::FileTarget;
use crate::vm::{dictops, exc, intern, new_float, new_int, new_list, new_str, new_tuple, none};
use crate::vm::{rt, str_of};
use crate::vm::{type_name, Args, PyResult, Vm};

fn getrefcount(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "getrefcount",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    // The argument slot on the caller's stack is the one extra reference, as in CPython.
    let o = &pos[0];
    let mut n = o.refcount() as i64;
    // The interning table's reference is not counted, as CPython 3.11 does not count its
    // interned dict's (it lowers an interned string's refcount by the dict's two references):
    // `s = "hello"` then `sys.getrefcount(s)` at a prompt is 2.
    if o.flags() & crate::heap::flags::STATIC == 0
        && o.downcast::<crate::objects::str::StrData>()
            .is_some_and(|d| d.interned.get())
    {
        n -= 1;
    }
    Ok(new_int(n))
}

/// `sys.displayhook(value)`: the REPL's echo (repr to stdout and `builtins._`; nothing for None).
fn displayhook(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "displayhook",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    crate::vm::display_value(vm, &pos[0])?;
    Ok(none())
}

fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "getsizeof",
        min: 1,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    let o = &pos[0];
    if let Some(f) = crate::vm::attr::lookup_type_str(&o.type_of(), "__sizeof__") {
        if f.kind() == Kind::Function {
            let r = crate::vm::call::call(vm, &f, Args::new(std::slice::from_ref(o)))?;
            return Ok(r);
        }
    }
    Ok(new_int(o.size_of() as i64))
}

fn intern_fn(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "intern",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    if !pos[0].is_type(&rt().types.str_) {
        return exc::type_error(format!(
            "intern() argument must be str, not {}",
            type_name(&pos[0])
        ));
    }
    Ok(crate::vm::intern_obj(&pos[0]))
}

/// `sys.getswitchinterval()`: the GIL's switch interval in seconds (src/gil.rs).
fn getswitchinterval(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    ArgSpec {
        name: "getswitchinterval",
        min: 0,
        max: 0,
        kw: &[],
    }
    .parse(&args)?;
    Ok(crate::vm::new_float(crate::gil::switch_interval()))
}

/// `sys.setswitchinterval(interval)`, with CPython's checks.
fn setswitchinterval(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "setswitchinterval",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    let v = &pos[0];
    let seconds = if let Some(f) = v.downcast::<crate::objects::float::FloatData>() {
        f.0
    } else if let Some(i) = v.downcast::<crate::objects::int::IntData>() {
        crate::vm::ops::int_to_f64(i)
    } else {
        return exc::type_error(format!("must be real number, not {}", type_name(v)));
    };
    if seconds <= 0.0 {
        return exc::value_error("switch interval must be strictly positive");
    }
    crate::gil::set_switch_interval(seconds);
    Ok(none())
}

/// `sys.excepthook(type, value, traceback)`: print the exception and its traceback to
/// `sys.stderr`, as the interpreter does for an uncaught exception.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "excepthook",
        min: 3,
        max: 3,
        kw: &[],
    }
    .parse(&args)?;
    if pos[1].is(&rt().none) {
        let text = format!("{}\n", type_name(&pos[0]));
        crate::vm::io::write_stderr(vm, &text);
    } else {
        crate::vm::traceback::print_exception(vm, &pos[1]);
    }
    Ok(none())
}

fn getrecursionlimit(_vm: &mut Vm, _args: Args) -> PyResult<ObjRef> {
    Ok(new_int(
        rt().recursion_limit
            .load(std::sync::atomic::Ordering::Relaxed) as i64,
    ))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "setrecursionlimit",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    let n = match pos[0].downcast::<crate::objects::int::IntData>() {
        Some(i) => match i.as_i64().filter(|n| i32::try_from(*n).is_ok()) {
            Some(n) => n,
            None => return exc::overflow_error("Python int too large to convert to C int"),
        },
        None => {
            return exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&pos[0])
            ))
        }
    };
    if n < 1 {
        return exc::value_error("recursion limit must be greater or equal than 1");
    }
    if (n as usize) <= vm.depth {
        return Err(exc::err(
            "RecursionError",
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                vm.depth
            ),
        ));
    }
    rt().recursion_limit
        .store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(none())
}

fn get_int_max_str_digits(_vm: &mut Vm, _args: Args) -> PyResult<ObjRef> {
    Ok(new_int(crate::objects::int::max_str_digits() as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = ArgSpec {
        name: "set_int_max_str_digits",
        min: 0,
        max: 1,
        kw: &["maxdigits"],
    }
    .parse(&args)?;
    let Some(arg) = pos.first().cloned().or_else(|| kw[0].clone()) else {
        return exc::type_error(
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
        );
    };
    let n = crate::vm::convert::index_i64(vm, &arg)?;
    if n != 0 && n < 640 {
        return exc::value_error("maxdigits must be 0 or larger than 640");
    }
    crate::objects::int::MAX_STR_DIGITS.store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(none())
}

fn exit(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "exit",
        min: 0,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    // As `PyErr_SetObject(PyExc_SystemExit, status)`: None gives no arguments, a tuple is the
    // arguments.
    let args = match pos.first() {
        None => new_tuple(vec![]),
        Some(c) if c.is(&none()) => new_tuple(vec![]),
        Some(c) if c.kind() == Kind::Tuple => c.clone(),
        Some(c) => new_tuple(vec![c.clone()]),
    };
    Err(exc::new_exception(&exc::exc_type("SystemExit"), args))
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<ObjRef> {
    Ok(match &vm.exc_info {
        Some(e) => {
            let tb = crate::vm::exc::data(e)
                .traceback
                .borrow()
                .clone()
                .unwrap_or_else(none);
            new_tuple(vec![e.type_of(), e.clone(), tb])
        }
        None => new_tuple(vec![none(), none(), none()]),
    })
}

fn exception(vm: &mut Vm, _args: Args) -> PyResult<ObjRef> {
    Ok(vm.exc_info.clone().unwrap_or_else(none))
}

/// A `sys` function of no arguments returning a fixed answer: its name, and the answer.
macro_rules! constant_fns {
    ($($fn_name:ident, $py_name:literal => $value:expr;)*) => {$(
        fn $fn_name(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
            if !args.args.is_empty() {
                return crate::vm::exc::type_error(format!(
                    concat!("sys.", $py_name, "() takes no arguments ({} given)"),
                    args.args.len()
                ));
            }
            Ok($value)
        }
    )*};
}

// mnemo's text is UTF-8; mnemo has no trace or profile hooks (no `settrace`), so none is set.
constant_fns! {
    default_encoding, "getdefaultencoding" => new_str("utf-8");
    filesystem_encoding, "getfilesystemencoding" => new_str("utf-8");
    filesystem_errors, "getfilesystemencodeerrors" => new_str("surrogateescape");
    get_trace, "gettrace" => none();
    get_profile, "getprofile" => none();
}

/// Make the `sys` module for a program run with `argv` (`argv[0]` the script).
pub fn make(argv: &[String], path0: &str) -> ObjRef {
    let m = crate::vm::import::new_module("sys");
    let d = crate::vm::import::module_dict(&m);
    let set = |k: &str, v: ObjRef| dictops::setitem_str(&d, intern(k), v);
    set("argv", new_list(argv.iter().map(|a| new_str(a)).collect()));
    set("path", new_list(vec![new_str(path0)]));
    set(
        "version",
        new_str("3.11.7 (mnemo 0.1.0, a Python-subset interpreter in Rust)"),
    );
    set("hexversion", new_int(0x030b07f0));
    use crate::vm::structseq::{namespace, new_structseq, new_structseq_type};
    let vi_type = new_structseq_type(
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let version_info = new_structseq(
        &vi_type,
        vec![
            new_int(3),
            new_int(11),
            new_int(7),
            new_str("final"),
            new_int(0),
        ],
    );
    set("version_info", version_info.clone());
    let fi_type = new_structseq_type(
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    set(
        "float_info",
        new_structseq(
            &fi_type,
            vec![
                new_float(f64::MAX),
                new_int(f64::MAX_EXP as i64),
                new_int(f64::MAX_10_EXP as i64),
                new_float(f64::MIN_POSITIVE),
                new_int(f64::MIN_EXP as i64),
                new_int(f64::MIN_10_EXP as i64),
                new_int(f64::DIGITS as i64),
                new_int(f64::MANTISSA_DIGITS as i64),
                new_float(f64::EPSILON),
                new_int(f64::RADIX as i64),
                new_int(1),
            ],
        ),
    );
    let ii_type = new_structseq_type(
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
    );
    set(
        "int_info",
        new_structseq(
            &ii_type,
            vec![new_int(30), new_int(4), new_int(4300), new_int(640)],
        ),
    );
    // `sys.implementation`: a namespace as CPython's; the implementation is mnemo, and it
    // caches no bytecode (`cache_tag` None, as the import system defines for that case).
    set(
        "implementation",
        namespace(vec![
            ("name", new_str("mnemo")),
            ("cache_tag", none()),
            ("version", version_info),
            ("hexversion", new_int(0x030b07f0)),
        ]),
    );
    set("platform", new_str(std::env::consts::OS));
    set(
        "byteorder",
        new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set("maxsize", new_int(i64::MAX));
    set("maxunicode", new_int(0x10ffff));
    set("float_repr_style", new_str("short"));
    set("api_version", new_int(1013));
    // mnemo never writes bytecode files, and has no import hooks or warning filters.
    set("dont_write_bytecode", crate::vm::new_bool(true));
    set("warnoptions", new_list(Vec::new()));
    set("meta_path", new_list(Vec::new()));
    set("path_hooks", new_list(Vec::new()));
    set("path_importer_cache", crate::vm::new_dict());
    set(
        "orig_argv",
        new_list(std::env::args().map(|a| new_str(&a)).collect()),
    );
    set(
        "executable",
        new_str(
            &std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
    );
    set(
        "stdin",
        crate::vm::io::new_file(FileTarget::Stdin, "<stdin>", "r"),
    );
    set(
        "stdout",
        crate::vm::io::new_file(FileTarget::Stdout, "<stdout>", "w"),
    );
    set(
        "stderr",
        crate::vm::io::new_file(FileTarget::Stderr, "<stderr>", "w"),
    );
    set(
        "__stdout__",
        dictops::getitem_str(&d, "stdout").unwrap_or_else(none),
    );
    set(
        "__stderr__",
        dictops::getitem_str(&d, "stderr").unwrap_or_else(none),
    );
    set(
        "__stdin__",
        dictops::getitem_str(&d, "stdin").unwrap_or_else(none),
    );
    let fns: &[(&'static str, crate::objects::function::BuiltinFn)] = &[
        ("getrefcount", getrefcount),
        ("getsizeof", getsizeof),
        ("intern", intern_fn),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exit", exit),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("exc_info", exc_info),
        ("exception", exception),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("excepthook", excepthook),
        ("getdefaultencoding", default_encoding),
        ("getfilesystemencoding", filesystem_encoding),
        ("getfilesystemencodeerrors", filesystem_errors),
        ("gettrace", get_trace),
        ("getprofile", get_profile),
    ];
    for (name, f) in fns {
        set(name, builtin(name, *f));
    }
    set(
        "__excepthook__",
        dictops::getitem_str(&d, "excepthook").unwrap_or_else(none),
    );
    let hook = builtin("displayhook", displayhook);
    set("displayhook", hook.clone());
    set("__displayhook__", hook);
    let _ = str_of;
    m
}
