//! Calling: dispatch on the callable's kind, binding arguments to a Python function's parameters
//! (with CPython 3.11's error messages for bad calls), making function objects, and running
//! a function's frame (or making its generator).
//!
//! The recursion limit is checked here: each Python call counts one level against
//! `sys.getrecursionlimit()`.

use super::eval::{run_frame, Exit};
use super::frame::Frame;
use super::{attr, dictops, exc, new_cell, new_dict, new_tuple, rt, str_of, Args, PyResult, Vm};
use crate::heap::{self, Kind, ObjRef};
use crate::objects::cell::CellData;
use crate::objects::code::CodeData;
use crate::objects::dict::DictData;
use crate::objects::function::{BuiltinData, FunctionData, MethodData};
use crate::objects::tuple::TupleData;
use std::cell::RefCell;

/// Call `func` with `args`.
pub fn call(vm: &mut Vm, func: &ObjRef, args: Args) -> PyResult<ObjRef> {
    match func.kind() {
        Kind::Function => call_function(vm, func, args),
        Kind::Builtin => {
            let b = func.payload::<BuiltinData>();
            match &b.bound {
                None => (b.func)(vm, args),
                Some(this) => {
                    let mut v = Vec::with_capacity(args.args.len() + 1);
                    v.push(this.clone());
                    v.extend_from_slice(args.args);
                    (b.func)(
                        vm,
                        Args {
                            args: &v,
                            kwnames: args.kwnames,
                        },
                    )
                }
            }
        }
        Kind::Method => {
            let m = func.payload::<MethodData>();
            let mut v = Vec::with_capacity(args.args.len() + 1);
            v.push(m.this.clone());
            v.extend_from_slice(args.args);
            let f = m.func.clone();
            call(
                vm,
                &f,
                Args {
                    args: &v,
                    kwnames: args.kwnames,
                },
            )
        }
        Kind::Type => super::types::call_type(vm, func, args),
        _ => {
            let ty = func.type_of();
            match attr::lookup_type_str(&ty, "__call__") {
                Some(c) => {
                    let mut v = Vec::with_capacity(args.args.len() + 1);
                    v.push(func.clone());
                    v.extend_from_slice(args.args);
                    call(
                        vm,
                        &c,
                        Args {
                            args: &v,
                            kwnames: args.kwnames,
                        },
                    )
                }
                None => exc::type_error(format!(
                    "'{}' object is not callable",
                    super::type_name(func)
                )),
            }
        }
    }
}

/// `f(*args, **kwargs)`: `args` is a tuple (or any iterable), `kwargs` a dict.
pub fn call_ex(
    vm: &mut Vm,
    func: &ObjRef,
    args: &ObjRef,
    kwargs: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let mut v: Vec<ObjRef> = match args.downcast::<TupleData>() {
        Some(t) => t.items.to_vec(),
        None => match super::ops::collect(vm, args) {
            Ok(v) => v,
            Err(e) if exc::matches(&e, "TypeError") && super::ops::get_iter(vm, args).is_err() => {
                return exc::type_error(format!(
                    "{}() argument after * must be an iterable, not {}",
                    function_str(func),
                    super::type_name(args)
                ))
            }
            Err(e) => return Err(e),
        },
    };
    let mut names = Vec::new();
    if let Some(k) = kwargs {
        let d = match k.downcast::<DictData>() {
            Some(d) => d,
            None => {
                return exc::type_error(format!(
                    "{}() argument after ** must be a mapping, not {}",
                    function_str(func),
                    super::type_name(k)
                ))
            }
        };
        let entries: Vec<(ObjRef, ObjRef)> = d
            .table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (key, value) in entries {
            if key.kind() != Kind::Str {
                return exc::type_error("keywords must be strings");
            }
            names.push(key);
            v.push(value);
        }
    }
    call(
        vm,
        func,
        Args {
            args: &v,
            kwnames: &names,
        },
    )
}

/// CPython's `_PyObject_FunctionStr`: `module.qualname` for functions outside `builtins`.
pub fn function_str(func: &ObjRef) -> String {
    if let Some(f) = func.downcast::<FunctionData>() {
        let q = str_of(&f.qualname.borrow()).to_string();
        let m = f.module.borrow().clone();
        if m.kind() == Kind::Str && str_of(&m) != "builtins" {
            return format!("{}.{}", str_of(&m), q);
        }
        return q;
    }
    func_name(func)
}

/// The name a function shows in call errors (its qualname, as CPython 3.10+).
pub fn func_name(func: &ObjRef) -> String {
    match func.kind() {
        Kind::Function => str_of(&func.payload::<FunctionData>().qualname.borrow()).to_string(),
        Kind::Builtin => func.payload::<BuiltinData>().name.to_string(),
        Kind::Method => func_name(&func.payload::<MethodData>().func),
        Kind::Type => super::types::type_name_of(func),
        _ => super::type_name(func),
    }
}

/// Make a function object (MAKE_FUNCTION).
#[allow(clippy::too_many_arguments)]
pub fn make_function(
    _vm: &mut Vm,
    code: ObjRef,
    globals: ObjRef,
    builtins: ObjRef,
    defaults: Option<ObjRef>,
    kwdefaults: Option<ObjRef>,
    annotations: Option<ObjRef>,
    closure: Option<ObjRef>,
) -> PyResult<ObjRef> {
    let cd = code.payload::<CodeData>();
    let doc = match &cd.code.docstring {
        Some(_) if !cd.consts.is_empty() => cd.consts[0].clone(),
        _ => super::none(),
    };
    let module = dictops::getitem_str_obj(&globals, &super::new::sym("__name__"))
        .unwrap_or_else(super::none);
    let annotations = match annotations {
        None => None,
        Some(flat) => {
            let d = new_dict();
            if let Some(t) = flat.downcast::<TupleData>() {
                for pair in t.items.chunks(2) {
                    if pair.len() == 2 {
                        dictops::setitem_str(&d, pair[0].clone(), pair[1].clone());
                    }
                }
            }
            Some(d)
        }
    };
    let data = FunctionData {
        name: RefCell::new(cd.name.clone()),
        qualname: RefCell::new(cd.qualname.clone()),
        code,
        globals,
        builtins,
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure,
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        annotations: RefCell::new(annotations),
        dict: RefCell::new(None),
    };
    Ok(heap::alloc(&rt().types.function, data))
}

/// Call a Python function: bind arguments into a new frame and run it (or make a generator).
pub fn call_function(vm: &mut Vm, func: &ObjRef, args: Args) -> PyResult<ObjRef> {
    let frame = bind_function(vm, func, args)?;
    run_bound(vm, func, frame)
}

/// Bind `args` to the parameters of Python function `func` in a new frame, without running
/// it: the caller can release its own references to the arguments first, so that they are
/// owned by the callee alone (CPython moves arguments into the callee's frame).
pub fn bind_function(vm: &mut Vm, func: &ObjRef, args: Args) -> PyResult<Box<Frame>> {
    let f = func.payload::<FunctionData>();
    match fast_bind(vm, func, f, args) {
        Some(frame) => Ok(frame),
        None => bind_frame(vm, func, f, args),
    }
}

/// Calling a generator function makes the generator; an `async def` (coroutine or async
/// generator) function is not run: mnemo has no coroutines.
fn start_resumable(
    vm: &mut Vm,
    func: &ObjRef,
    frame: Box<Frame>,
    generator: bool,
) -> PyResult<ObjRef> {
    if generator {
        return Ok(super::generator::new_generator(func, frame));
    }
    recycle(vm, frame);
    Err(exc::err(
        "SystemError",
        "async functions and except* are not supported by mnemo yet",
    ))
}

/// Run a frame made by `bind_function` (or make the generator, for a generator function).
pub fn run_bound(vm: &mut Vm, func: &ObjRef, mut frame: Box<Frame>) -> PyResult<ObjRef> {
    let f = func.payload::<FunctionData>();
    let flags = &f.code.payload::<CodeData>().code.flags;
    if flags.generator || flags.coroutine || flags.async_generator {
        return start_resumable(vm, func, frame, flags.generator);
    }
    let r = run_function_frame(vm, &mut frame);
    recycle(vm, frame);
    r
}

/// A call from the evaluation loop whose arguments are the top `nargs` items of `stack`: when
/// `func` is a Python function taking exactly these positional arguments, they are *moved*
/// into its frame (as CPython 3.11 does, so reference counts match), and the callable and
/// arguments are gone from `stack` afterwards. `None` (stack untouched) for any other call.
pub fn call_moving(
    vm: &mut Vm,
    func: &ObjRef,
    stack: &mut Vec<ObjRef>,
    nargs: usize,
) -> Option<PyResult<ObjRef>> {
    if func.kind() != Kind::Function {
        return None;
    }
    let f = func.payload::<FunctionData>();
    let cd = f.code.payload::<CodeData>();
    let co = &cd.code;
    let argcount = co.argcount as usize;
    if nargs > argcount
        || co.kwonlyargcount != 0
        || co.flags.varargs
        || co.flags.varkeywords
        || !co.cellvars.is_empty()
    {
        return None;
    }
    // Missing trailing parameters must all have defaults.
    let defaults = f.defaults.borrow();
    let ndefaults = defaults
        .as_ref()
        .map_or(0, |d| d.payload::<TupleData>().items.len());
    if nargs + ndefaults < argcount {
        return None;
    }
    let mut frame = pooled_frame(vm, func, f);
    let nlocals = co.varnames.len();
    // Arguments are moved from the caller's stack into the callee's locals (the pooled
    // frame's `fast` is empty), the other locals start unbound.
    extend_unbound(&mut frame.fast, nlocals);
    for slot in frame.fast[..nargs].iter_mut().rev() {
        *slot = stack.pop();
    }
    if nargs < argcount {
        if let Some(d) = defaults.as_ref() {
            let items = &d.payload::<TupleData>().items;
            let first = ndefaults - (argcount - nargs);
            for (slot, v) in frame.fast[nargs..argcount].iter_mut().zip(&items[first..]) {
                *slot = Some(v.clone());
            }
        }
    }
    drop(defaults);
    if co.flags.generator || co.flags.coroutine || co.flags.async_generator {
        return Some(start_resumable(vm, func, frame, co.flags.generator));
    }
    let r = run_function_frame(vm, &mut frame);
    recycle(vm, frame);
    Some(r)
}

/// A frame for a call of `func`, its buffers (empty) from the VM's pool when one is free.
///
/// Frames are pooled as boxes and filled and emptied in place: moving a frame (or its
/// buffers) by value right after writing to it makes the processor reload freshly stored
/// fields through wider loads, a store-forwarding stall on every call.
#[inline(always)]
fn pooled_frame(vm: &mut Vm, func: &ObjRef, f: &FunctionData) -> Box<Frame> {
    match vm.frame_pool.pop() {
        Some(mut frame) => {
            frame.code = f.code.clone();
            frame.globals = f.globals.clone();
            frame.builtins = f.builtins.clone();
            frame.func = Some(func.clone());
            frame.pc = 0;
            if let Some(c) = &f.closure {
                frame
                    .cells
                    .extend(c.payload::<TupleData>().items.iter().cloned());
            }
            frame
        }
        None => Box::new(Frame {
            code: f.code.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals: None,
            fast: Vec::new(),
            cells: match &f.closure {
                Some(c) => c.payload::<TupleData>().items.to_vec(),
                None => Vec::new(),
            },
            stack: Vec::new(),
            pc: 0,
            func: Some(func.clone()),
        }),
    }
}

/// Grow a frame's locals to `n` with unbound slots: a loop of pushes, where `resize` is an
/// out-of-line call and a `memset` for the few slots a function has.
#[inline(always)]
fn extend_unbound(fast: &mut Vec<Option<ObjRef>>, n: usize) {
    fast.reserve(n);
    while fast.len() < n {
        fast.push(None);
    }
}

/// Release what a finished frame holds and keep the frame for the next call.
#[inline(always)]
fn recycle(vm: &mut Vm, mut frame: Box<Frame>) {
    frame.fast.clear();
    // Usually empty already (a return pops its value; most functions capture nothing): the
    // checks skip a call each.
    if !frame.stack.is_empty() {
        frame.stack.clear();
    }
    if !frame.cells.is_empty() {
        frame.cells.clear();
    }
    frame.locals = None;
    frame.func = None;
    // The namespaces and code are released too (a pooled frame must keep nothing alive).
    let none = &rt().none;
    frame.code = none.clone();
    frame.globals = none.clone();
    frame.builtins = none.clone();
    if vm.frame_pool.len() < 64 {
        vm.frame_pool.push(frame);
    }
}

/// The common call: exactly the positional parameters, no keywords, no `*args`/`**kwargs`,
/// no captured parameters. `None` when any of that does not hold.
fn fast_bind(vm: &mut Vm, func: &ObjRef, f: &FunctionData, args: Args) -> Option<Box<Frame>> {
    let cd = f.code.payload::<CodeData>();
    let co = &cd.code;
    if args.has_kwargs()
        || args.args.len() != co.argcount as usize
        || co.kwonlyargcount != 0
        || co.flags.varargs
        || co.flags.varkeywords
        || !co.cellvars.is_empty()
    {
        return None;
    }
    let mut frame = pooled_frame(vm, func, f);
    frame.fast.extend(args.args.iter().map(|a| Some(a.clone())));
    extend_unbound(&mut frame.fast, co.varnames.len());
    Some(frame)
}

/// Run a function's frame to its return, counting it against the recursion limit.
#[inline(always)]
pub fn run_function_frame(vm: &mut Vm, frame: &mut Frame) -> PyResult<ObjRef> {
    let limit = rt()
        .recursion_limit
        .load(std::sync::atomic::Ordering::Relaxed);
    if vm.depth >= limit {
        return Err(exc::err(
            "RecursionError",
            "maximum recursion depth exceeded",
        ));
    }
    vm.depth += 1;
    let r = run_frame(vm, frame);
    vm.depth -= 1;
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => exc::runtime_error("yield outside a generator"),
    }
}

/// Make the frame for a call of `func`, binding `args` to its parameters.
fn bind_frame(vm: &mut Vm, func: &ObjRef, f: &FunctionData, args: Args) -> PyResult<Box<Frame>> {
    let code_ref = f.code.clone();
    let cd = code_ref.payload::<CodeData>();
    let co = &cd.code;
    let argcount = co.argcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let posonly = co.posonlyargcount as usize;
    let nlocals = co.varnames.len();
    let mut frame = pooled_frame(vm, func, f);
    frame.cells.clear();
    extend_unbound(&mut frame.fast, nlocals);
    let fast = &mut frame.fast;
    let pos = args.pos();
    let npos = pos.len();
    // Positional arguments.
    let take = npos.min(argcount);
    for (slot, v) in fast.iter_mut().zip(&pos[..take]) {
        *slot = Some(v.clone());
    }
    let mut idx = argcount + kwonly;
    if co.flags.varargs {
        let extra = if npos > argcount {
            new_tuple(pos[argcount..].to_vec())
        } else {
            rt().empty_tuple.clone()
        };
        fast[idx] = Some(extra);
        idx += 1;
    } else if npos > argcount {
        return Err(too_many_positional(f, co, npos, args.has_kwargs(), fast));
    }
    let kwdict = if co.flags.varkeywords {
        let d = new_dict();
        fast[idx] = Some(d.clone());
        Some(d)
    } else {
        None
    };
    // Keyword arguments.
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (name, value) in args.kwargs() {
        // Keyword names are interned like parameter names: identity first, text if need be.
        let params = &cd.varnames[..argcount + kwonly];
        let pos_in = params
            .iter()
            .position(|v| v.is(name))
            .or_else(|| params.iter().position(|v| str_of(v) == str_of(name)));
        match pos_in {
            Some(i) if i >= posonly => {
                if fast[i].is_some() {
                    return exc::type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(f),
                        str_of(name)
                    ));
                }
                fast[i] = Some(value.clone());
            }
            other => {
                if let Some(d) = &kwdict {
                    if dictops::getitem_str_obj(d, name).is_some() {
                        return exc::type_error(format!(
                            "{}() got multiple values for keyword argument '{}'",
                            qualname(f),
                            str_of(name)
                        ));
                    }
                    dictops::setitem_str(d, name.clone(), value.clone());
                } else if other.is_some() {
                    posonly_as_kw.push(str_of(name).to_string());
                } else {
                    return exc::type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname(f),
                        str_of(name)
                    ));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return exc::type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(f),
            posonly_as_kw.join(", ")
        ));
    }
    // Defaults for missing positional parameters.
    if npos < argcount {
        let defaults_tuple = f.defaults.borrow();
        let defaults: &[ObjRef] = match defaults_tuple.as_ref() {
            Some(d) => &d.payload::<TupleData>().items,
            None => &[],
        };
        let first_default = argcount - defaults.len();
        let mut missing = Vec::new();
        for i in npos..argcount {
            if fast[i].is_none() {
                if i >= first_default {
                    fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(str_of(&cd.varnames[i]).to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(f, "positional", &missing));
        }
    }
    // Keyword-only parameters.
    if kwonly > 0 {
        let kwdefaults = f.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        #[allow(clippy::needless_range_loop)]
        for i in argcount..argcount + kwonly {
            if fast[i].is_none() {
                let name = &cd.varnames[i];
                let d = kwdefaults
                    .as_ref()
                    .and_then(|d| dictops::getitem_str_obj(d, name));
                match d {
                    Some(v) => fast[i] = Some(v),
                    None => missing.push(str_of(name).to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(f, "keyword-only", &missing));
        }
    }
    // Cells: fresh ones for cellvars (holding the argument when a parameter is captured),
    // then the closure's cells for freevars.
    // (The pooled frame's cell vector is reused: it is empty here.)
    let mut cells = std::mem::take(&mut frame.cells);
    for (i, _) in co.cellvars.iter().enumerate() {
        let init = co
            .cell2arg
            .get(i)
            .copied()
            .flatten()
            .and_then(|a| fast[a as usize].clone());
        cells.push(new_cell(init));
    }
    if let Some(c) = &f.closure {
        cells.extend(c.payload::<TupleData>().items.iter().cloned());
    }
    frame.cells = cells;
    Ok(frame)
}

fn qualname(f: &FunctionData) -> String {
    str_of(&f.qualname.borrow()).to_string()
}

fn too_many_positional(
    f: &FunctionData,
    co: &crate::compile::code::CodeObject,
    given: usize,
    has_kw: bool,
    fast: &[Option<ObjRef>],
) -> ObjRef {
    let argcount = co.argcount as usize;
    let ndefaults = f
        .defaults
        .borrow()
        .as_ref()
        .map(|d| d.payload::<TupleData>().items.len())
        .unwrap_or(0);
    let takes = if ndefaults > 0 {
        format!("from {} to {}", argcount - ndefaults, argcount)
    } else {
        argcount.to_string()
    };
    let plural = if argcount == 1 && ndefaults == 0 {
        ""
    } else {
        "s"
    };
    let kwonly_given = fast[argcount..argcount + co.kwonlyargcount as usize]
        .iter()
        .filter(|v| v.is_some())
        .count();
    let given_s = if has_kw && kwonly_given > 0 {
        format!(
            "{} positional argument{} (and {} keyword-only argument{})",
            given,
            if given == 1 { "" } else { "s" },
            kwonly_given,
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        given.to_string()
    };
    let was = if given == 1 && !(has_kw && kwonly_given > 0) {
        "was"
    } else {
        "were"
    };
    exc::err(
        "TypeError",
        format!(
            "{}() takes {} positional argument{} but {} {} given",
            qualname(f),
            takes,
            plural,
            given_s,
            was
        ),
    )
}

fn missing_args(f: &FunctionData, what: &str, names: &[String]) -> ObjRef {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    exc::err(
        "TypeError",
        format!(
            "{}() missing {} required {} argument{}: {}",
            qualname(f),
            names.len(),
            what,
            if names.len() == 1 { "" } else { "s" },
            list
        ),
    )
}

/// The contents of a cell (for closures inspected from Rust).
pub fn cell_get(cell: &ObjRef) -> Option<ObjRef> {
    cell.payload::<CellData>().value.borrow().clone()
}
