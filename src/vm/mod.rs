//! The virtual machine: frames, the evaluation loop, calls, attribute lookup, operators,
//! exceptions and imports, over the heap of `crate::heap`.
//!
//! Conventions:
//! - A fallible operation returns [`PyResult<T>`]; the error is the raised exception object.
//! - Arguments are passed as [`Args`]: a slice of the caller's value stack (not copied, so the
//!   references CPython counts are the references mnemo counts: `sys.getrefcount(x)` sees the
//!   stack slot as the one extra reference), plus the names of trailing keyword arguments.
//! - [`Vm`] is one thread's interpreter state; interpreter-wide objects are in
//!   [`runtime::rt`].
//!
//! Start reading at `eval::run_frame`, then `call`, `attr`, `ops`.

pub mod attr;
pub mod builtins_bytes;
pub mod builtins_dict;
pub mod builtins_seq;
pub mod builtins_sets;
pub mod call;
pub mod compare;
pub mod complete;
pub mod complexops;
pub mod convert;
pub mod dictops;
pub mod eval;
pub mod exc;
pub mod finalize;
pub mod format;
pub mod frame;
mod frame_names;
pub mod generator;
pub mod generic_alias;
pub mod import;
pub mod interp;
pub mod io;
pub mod iters;
pub mod leakcheck;
pub mod mappingproxy;
pub mod members;
pub mod methods;
pub mod methods_bytes;
pub mod methods_codecs;
pub mod methods_list;
pub mod methods_num;
pub mod methods_range;
pub mod methods_set;
pub mod methods_str;
pub mod methods_str_search;
pub mod methods_strfmt;
pub mod methods_views;
pub mod new;
pub mod numeric;
pub mod objects_attr;
pub mod ops;
pub mod oserror;
pub mod percent;
pub mod protocols;
pub mod runtime;
pub mod setops;
pub mod signals;
pub mod slot_wrappers;
pub mod sort;
pub mod structseq;
pub mod traceback;
mod type_bases;
pub mod types;

pub use new::*;
pub use runtime::rt;

use crate::heap::ObjRef;

/// A Python-level result: the error is the exception object being raised.
pub type PyResult<T> = Result<T, ObjRef>;

/// The arguments of a call: positional values, then the values of keyword arguments whose
/// names are `kwnames` (so `args.len() >= kwnames.len()`).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub args: &'a [ObjRef],
    pub kwnames: &'a [ObjRef],
}

impl<'a> Args<'a> {
    /// The arguments after the first (a method's receiver, a constructor's class), keywords
    /// kept; empty when there is no first.
    pub fn rest(&self) -> Args<'a> {
        Args {
            args: self.args.get(1..).unwrap_or(&[]),
            kwnames: self.kwnames,
        }
    }

    pub fn new(args: &'a [ObjRef]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }

    /// The positional arguments.
    pub fn pos(&self) -> &'a [ObjRef] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// The keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a ObjRef, &'a ObjRef)> {
        let start = self.args.len() - self.kwnames.len();
        self.kwnames.iter().zip(&self.args[start..])
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

/// One thread's interpreter state.
pub struct Vm {
    /// Python frames currently executing on this thread (for the recursion limit).
    pub depth: usize,
    /// The exception being handled (`sys.exc_info()`), if any.
    pub exc_info: Option<ObjRef>,
    /// Source text of files and `<string>` units, for traceback lines.
    pub sources: std::collections::HashMap<String, String>,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// The `builtins` module's namespace.
    pub builtins: ObjRef,
    /// The `sys` module.
    pub sys: ObjRef,
    /// Buffers of finished frames (fast locals, value stack), reused by the next calls.
    pub frame_pool: Vec<Box<frame::Frame>>,
    /// The compile unit's literals kept alive while a top-level unit from a file runs, as
    /// CPython's parser arena does (so `sys.getrefcount` of a string literal matches 3.11).
    pub arena: Vec<Vec<ObjRef>>,
}

impl Vm {
    /// A fresh VM state (no frames, nothing handled) over the interpreter's modules.
    pub fn new(modules: ObjRef, builtins: ObjRef, sys: ObjRef) -> Vm {
        Vm {
            depth: 0,
            exc_info: None,
            sources: std::collections::HashMap::new(),
            modules,
            builtins,
            sys,
            arena: Vec::new(),
            frame_pool: Vec::new(),
        }
    }

    /// The `sys` module's namespace.
    pub fn sys_dict(&self) -> ObjRef {
        self.sys
            .payload::<crate::objects::module::ModuleData>()
            .dict
            .clone()
    }

    /// The `builtins` module object.
    pub fn builtins_module(&self) -> ObjRef {
        dictops::getitem_str(&self.modules, "builtins").unwrap_or_else(none)
    }
}

/// The text of a str object ("" for anything else).
#[inline]
pub fn str_of(o: &ObjRef) -> &str {
    match o.downcast::<crate::objects::str::StrData>() {
        Some(s) => &s.s,
        None => "",
    }
}

/// The name of an object's type (`type(o).__name__`).
pub fn type_name(o: &ObjRef) -> String {
    let t = o.type_of();
    let name = t
        .payload::<crate::objects::typeobj::TypeData>()
        .name
        .borrow()
        .clone();
    name
}

/// `repr` of a type object, for messages.
pub fn repr_type(t: &ObjRef) -> String {
    format!("<class '{}'>", types::type_name_of(t))
}

pub fn new_slice(start: ObjRef, stop: ObjRef, step: ObjRef) -> ObjRef {
    crate::heap::alloc(
        &rt().types.slice,
        crate::objects::slice::SliceData { start, stop, step },
    )
}

/// `len(o)`.
pub fn len(vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    use crate::heap::Kind;
    let user = o
        .type_of()
        .payload::<crate::objects::typeobj::TypeData>()
        .heap;
    if !user {
        match o.kind() {
            Kind::Str => return Ok(o.payload::<crate::objects::str::StrData>().chars),
            Kind::List => {
                return Ok(o
                    .payload::<crate::objects::list::ListData>()
                    .items
                    .borrow()
                    .len())
            }
            Kind::Tuple => return Ok(o.payload::<crate::objects::tuple::TupleData>().items.len()),
            Kind::Dict => {
                return Ok(o
                    .payload::<crate::objects::dict::DictData>()
                    .table
                    .borrow()
                    .len())
            }
            Kind::Set => {
                return Ok(o
                    .payload::<crate::objects::set::SetData>()
                    .table
                    .borrow()
                    .len())
            }
            Kind::Bytes => return Ok(o.payload::<crate::objects::bytes::BytesData>().b.len()),
            Kind::ByteArray => {
                return Ok(o
                    .payload::<crate::objects::bytes::ByteArrayData>()
                    .b
                    .borrow()
                    .len())
            }
            Kind::Range => return builtins_seq::range_len(o),
            Kind::Iter => {
                if let Some((d, _)) = builtins_dict::view_parts(o) {
                    if o.is_type(&rt().types.dict_keys)
                        || o.is_type(&rt().types.dict_values)
                        || o.is_type(&rt().types.dict_items)
                    {
                        return len(vm, &d);
                    }
                }
            }
            _ => {}
        }
    }
    match attr::lookup_type_str(&o.type_of(), "__len__") {
        Some(f) => {
            let r = call::call(vm, &f, Args::new(std::slice::from_ref(o)))?;
            match r.downcast::<crate::objects::int::IntData>() {
                Some(i) => match i.as_i64() {
                    Some(n) if n >= 0 => Ok(n as usize),
                    Some(_) => exc::value_error("__len__() should return >= 0"),
                    None => exc::overflow_error("cannot fit 'int' into an index-sized integer"),
                },
                None => exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(&r)
                )),
            }
        }
        None => exc::type_error(format!("object of type '{}' has no len()", type_name(o))),
    }
}

/// PRINT_EXPR: the REPL's echo of an expression statement's value, through `sys.displayhook`
/// (the built-in one directly, without a call).
pub fn builtins_print_expr(vm: &mut Vm, v: &ObjRef) -> PyResult<()> {
    let sys = vm.sys_dict();
    let Some(hook) = dictops::getitem_str(&sys, "displayhook") else {
        return exc::runtime_error("lost sys.displayhook");
    };
    if dictops::getitem_str(&sys, "__displayhook__").is_some_and(|d| d.is(&hook)) {
        return display_value(vm, v);
    }
    call::call(vm, &hook, Args::new(std::slice::from_ref(v)))?;
    Ok(())
}

/// The built-in `sys.displayhook`: `repr` to stdout and into `builtins._` (not for None).
pub fn display_value(vm: &mut Vm, v: &ObjRef) -> PyResult<()> {
    if v.is(&rt().none) {
        return Ok(());
    }
    let b = vm.builtins.clone();
    dictops::setitem_str(&b, intern("_"), none());
    let r = convert::repr_string(vm, v)?;
    io::write_stdout(vm, &format!("{r}\n"))?;
    dictops::setitem_str(&b, intern("_"), v.clone());
    Ok(())
}
