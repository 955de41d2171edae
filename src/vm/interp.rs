//! Running programs: start-up (built-in types' methods, `builtins`, `sys`), loading compiled
//! code as heap code objects, executing source in a namespace, and the top level of a script
//! (`SystemExit`, uncaught exceptions, exit codes).
//!
//! Constants: loading a compile unit turns its constants into heap objects once, merging equal
//! ones across the unit's code objects (as CPython's compiler does), and interning strings that
//! look like identifiers. While a top-level unit read from a file or `-c` runs, its constants
//! are also held by `Vm::arena`, as CPython's parser arena holds the AST's constants until the
//! module has run: so `sys.getrefcount` of a literal matches CPython 3.11.

use super::eval::Exit;
use super::frame::Frame;
use super::{dictops, exc, intern, new_str, rt, traceback, PyResult, Vm};
use crate::compile::code::{CodeObject, Constant};
use crate::heap::{self, ObjRef};
use crate::objects::code::CodeData;
use std::collections::HashMap;

/// A key for merging equal constants (floats by bits, so 0.0 and -0.0 stay apart).
#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(String),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
}

fn key_of(c: &Constant) -> Option<ConstKey> {
    Some(match c {
        Constant::None => ConstKey::None,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Int(i) => ConstKey::Int(i.to_string()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex { re, im } => ConstKey::Complex(re.to_bits(), im.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(v) => ConstKey::Tuple(v.iter().map(key_of).collect::<Option<Vec<_>>>()?),
        Constant::FrozenSet(v) => {
            ConstKey::FrozenSet(v.iter().map(key_of).collect::<Option<Vec<_>>>()?)
        }
        Constant::Code(_) => return None,
    })
}

/// Whether CPython interns a string constant (only `[A-Za-z0-9_]` characters).
fn identifier_like(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Turns one compile unit's constants into heap objects, merging equal ones.
struct Loader<'a> {
    vm: &'a mut Vm,
    merged: HashMap<ConstKey, ObjRef>,
    /// Interned strings that existed before this unit was loaded (kept out of its arena).
    shared: Vec<ObjRef>,
}

impl Loader<'_> {
    fn constant(&mut self, c: &Constant) -> PyResult<ObjRef> {
        let key = key_of(c);
        if let Some(k) = &key {
            if let Some(o) = self.merged.get(k) {
                return Ok(o.clone());
            }
        }
        let o = match c {
            Constant::None => super::none(),
            Constant::Bool(b) => super::new_bool(*b),
            Constant::Ellipsis => rt().ellipsis.clone(),
            Constant::Int(i) => super::new_bigint(i.clone()),
            Constant::Float(f) => super::new_float(*f),
            Constant::Complex { re, im } => super::new_complex(*re, *im),
            Constant::Str(s) => {
                if identifier_like(s) {
                    match super::new::lookup_interned(s) {
                        // Already interned (a name, or a string a live object holds): CPython's
                        // code gets that object while its parser arena holds the parser's own
                        // copy, so this unit's arena does not count for it.
                        Some(o) => {
                            self.shared.push(o.clone());
                            o
                        }
                        None => intern(s),
                    }
                } else {
                    new_str(s)
                }
            }
            Constant::Bytes(b) => super::new_bytes(b),
            Constant::Tuple(v) => {
                let items = v
                    .iter()
                    .map(|c| self.constant(c))
                    .collect::<PyResult<Vec<_>>>()?;
                super::new_tuple(items)
            }
            Constant::FrozenSet(v) => {
                let items = v
                    .iter()
                    .map(|c| self.constant(c))
                    .collect::<PyResult<Vec<_>>>()?;
                super::setops::frozenset_constant(self.vm, items)?
            }
            Constant::Code(code) => return self.code(code),
        };
        if let Some(k) = key {
            self.merged.insert(k, o.clone());
        }
        Ok(o)
    }

    fn code(&mut self, code: &CodeObject) -> PyResult<ObjRef> {
        let consts = code
            .consts
            .iter()
            .map(|c| self.constant(c))
            .collect::<PyResult<Vec<_>>>()?;
        let names = |v: &[String]| {
            v.iter()
                .map(|s| intern(s))
                .collect::<Vec<_>>()
                .into_boxed_slice()
        };
        let mut cellnames: Vec<String> = code.cellvars.clone();
        cellnames.extend(code.freevars.iter().cloned());
        let data = CodeData {
            global_cache: (0..code.names.len()).map(|_| Default::default()).collect(),
            names: names(&code.names),
            varnames: names(&code.varnames),
            cellnames: names(&cellnames),
            name: intern(&code.name),
            qualname: new_str(&code.qualname),
            filename: new_str(&code.filename),
            consts: consts.into_boxed_slice(),
            code: Box::new(code.clone()),
        };
        Ok(heap::alloc(&rt().types.code, data))
    }
}

/// Intern every name of a unit (and its nested code) before its constants are made, as
/// CPython's parser interns identifiers before the compiler interns string constants: a
/// constant equal to a name of its own unit is then the name's object.
fn intern_names(code: &CodeObject) {
    for list in [&code.names, &code.varnames, &code.cellvars, &code.freevars] {
        for n in list {
            intern(n);
        }
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            intern(&inner.name);
            intern_names(inner);
        }
    }
}

/// Load a compiled unit; returns the code object and the unit's distinct constants.
pub fn load_code(vm: &mut Vm, code: &CodeObject) -> PyResult<(ObjRef, Vec<ObjRef>)> {
    let mut l = Loader {
        vm,
        merged: HashMap::new(),
        shared: Vec::new(),
    };
    intern_names(code);
    let c = l.code(code)?;
    let shared = l.shared;
    let arena = l
        .merged
        .into_values()
        .filter(|o| o.flags() & crate::heap::flags::STATIC == 0)
        .filter(|o| !shared.iter().any(|s| s.is(o)))
        .collect();
    Ok((c, arena))
}

/// The SyntaxError object for a front-end error (with CPython's attributes).
pub fn syntax_error_object(e: &crate::parse::SyntaxError, source: &str, filename: &str) -> ObjRef {
    make_syntax_error(e, source, filename, true)
}

/// The SyntaxError object for an error found by the compiler (after parsing): CPython reads its
/// `text` from the file, so a `<string>` or `<stdin>` unit has none (only the File line and the
/// message are printed).
pub fn compile_error_object(e: &crate::parse::SyntaxError, source: &str, filename: &str) -> ObjRef {
    make_syntax_error(e, source, filename, !filename.starts_with('<'))
}

fn make_syntax_error(
    e: &crate::parse::SyntaxError,
    source: &str,
    filename: &str,
    with_text: bool,
) -> ObjRef {
    let loc = e.locate(source);
    let ty = exc::exc_type(e.kind.name());
    let args = if loc.has_location {
        let detail = super::new_tuple(vec![
            new_str(filename),
            super::new_int(loc.lineno as i64),
            super::new_int(loc.offset as i64),
            if with_text {
                new_str(&loc.text)
            } else {
                super::none()
            },
            super::new_int(loc.end_lineno as i64),
            super::new_int(loc.end_offset as i64),
        ]);
        super::new_tuple(vec![new_str(&loc.msg), detail])
    } else {
        super::new_tuple(vec![new_str(&loc.msg)])
    };
    exc::new_exception(&ty, args)
}

/// Parse, compile and run `source` in namespace `globals`. With `arena`, the unit's constants
/// are held while it runs (top-level units from a file, `-c`, `exec(str)`).
pub fn exec_source(
    vm: &mut Vm,
    source: &[u8],
    filename: &str,
    globals: &ObjRef,
    arena: bool,
) -> PyResult<ObjRef> {
    let text = match crate::parse::decode_source(source, filename) {
        Ok(t) => t,
        Err(e) => {
            let t = String::from_utf8_lossy(source).into_owned();
            return Err(syntax_error_object(&e, &t, filename));
        }
    };
    vm.sources.insert(filename.to_string(), text.clone());
    let module = crate::parse::parse_module(text.as_bytes(), filename)
        .map_err(|e| syntax_error_object(&e, &text, filename))?;
    let code = crate::compile::compile_module(&module, &text, filename)
        .map_err(|e| compile_error_object(&e, &text, filename))?;
    drop(module);
    let (code_obj, consts) = load_code(vm, &code)?;
    if arena {
        vm.arena.push(consts);
    }
    let r = run_code(vm, &code_obj, globals, None);
    if arena {
        vm.arena.pop();
    }
    r
}

/// Run a module-level code object with `globals` (and `locals`, defaulting to globals).
pub fn run_code(
    vm: &mut Vm,
    code: &ObjRef,
    globals: &ObjRef,
    locals: Option<ObjRef>,
) -> PyResult<ObjRef> {
    if dictops::getitem_str(globals, "__builtins__").is_none() {
        dictops::setitem_str(globals, intern("__builtins__"), vm.builtins_module());
    }
    let cd = code.payload::<CodeData>();
    let mut frame = Frame {
        code: code.clone(),
        globals: globals.clone(),
        builtins: vm.builtins.clone(),
        locals: Some(locals.unwrap_or_else(|| globals.clone())),
        fast: vec![None; cd.code.varnames.len()],
        cells: cd
            .code
            .cellvars
            .iter()
            .map(|_| super::new_cell(None))
            .collect(),
        stack: Vec::with_capacity(cd.code.max_stack as usize),
        pc: 0,
        func: None,
    };
    vm.depth += 1;
    let r = super::eval::run_frame(vm, &mut frame);
    vm.depth -= 1;
    match r? {
        Exit::Return(v) | Exit::Yield(v) => Ok(v),
    }
}

/// The exit status for an uncaught `SystemExit`: prints its message when it is not an int.
pub fn system_exit_code(vm: &mut Vm, e: &ObjRef) -> i32 {
    let code = super::attr::getattr_str(vm, e, "code").unwrap_or_else(|_| super::none());
    if code.is(&rt().none) {
        return 0;
    }
    if let Some(i) = code.downcast::<crate::objects::int::IntData>() {
        return i.as_i64().unwrap_or(-1) as i32;
    }
    let text = super::convert::str_string(vm, &code).unwrap_or_default();
    super::io::flush_std(vm);
    super::io::write_stderr(vm, &format!("{text}\n"));
    1
}

/// Report an uncaught exception as CPython does at the top level; returns the exit code.
pub fn report_uncaught(vm: &mut Vm, e: &ObjRef) -> i32 {
    if exc::matches(e, "SystemExit") {
        return system_exit_code(vm, e);
    }
    if exc::matches(e, "KeyboardInterrupt") {
        super::signals::note_uncaught();
    }
    super::io::flush_std(vm);
    traceback::print_exception(vm, e);
    1
}

/// Start an interpreter for a program with `argv`; `path0` is `sys.path[0]` (the script's
/// directory, or '' for `-c` and stdin).
pub fn new_vm(argv: &[String], path0: &str) -> Vm {
    // The thread that makes the interpreter runs `__main__`: it holds the GIL from now on,
    // releasing it only to other threads (src/gil.rs).
    if !crate::gil::held() {
        crate::gil::acquire();
    }
    static INIT: std::sync::Once = std::sync::Once::new();
    INIT.call_once(|| {
        exc::init_types();
        super::methods::install();
        super::slot_wrappers::install();
        super::members::install();
        super::finalize::install();
    });
    let modules = super::new_dict();
    let builtins_mod = super::import::new_module("builtins");
    let builtins = super::import::module_dict(&builtins_mod);
    crate::builtins::install(&builtins);
    let sys = crate::modules::sys::make(argv, path0);
    dictops::setitem_str(&modules, intern("builtins"), builtins_mod);
    dictops::setitem_str(&modules, intern("sys"), sys.clone());
    dictops::setitem_str(
        &super::import::module_dict(&sys),
        intern("modules"),
        modules.clone(),
    );
    Vm::new(modules, builtins, sys)
}

/// The VM state of a new thread: its own frames, depth and handled exception; the
/// interpreter's modules. Finalizers that run on the thread get a state of their own too.
pub fn thread_vm(modules: ObjRef, builtins: ObjRef, sys: ObjRef) -> Vm {
    let vm = Vm::new(modules, builtins, sys);
    enable_finalizers(&vm);
    vm
}

/// Drop the heap handles a finishing thread keeps in thread-local caches, while it still
/// holds the GIL (thread-local destructors run after it has let go).
pub fn thread_exit() {
    super::finalize::disable();
    super::new::clear_symbols();
}

/// Wait for the non-daemon threads started by `threading` to end, as CPython's
/// `wait_for_thread_shutdown` does before the interpreter is torn down.
pub fn wait_for_threads(vm: &mut Vm) {
    let Some(threading) = dictops::getitem_str(&vm.modules, "threading") else {
        return;
    };
    let r = super::attr::getattr_str(vm, &threading, "_shutdown")
        .and_then(|f| super::call::call(vm, &f, super::Args::new(&[])));
    if let Err(e) = r {
        let text = super::traceback::format_exception(vm, &e);
        super::io::write_stderr(
            vm,
            &format!("Exception ignored on threading shutdown:\n{text}"),
        );
    }
}

/// Give the finalizer machinery a VM state sharing `vm`'s modules.
pub fn enable_finalizers(vm: &Vm) {
    super::finalize::enable(vm);
}

/// Make the `__main__` module for a program read from `filename` (`__file__` unless it is a
/// `<...>` name), register it in `sys.modules`, and return its namespace.
pub fn main_namespace(vm: &mut Vm, filename: &str) -> ObjRef {
    enable_finalizers(vm);
    let main = super::import::new_module("__main__");
    let d = super::import::module_dict(&main);
    if !filename.starts_with('<') {
        dictops::setitem_str(&d, intern("__file__"), new_str(filename));
    }
    dictops::setitem_str(&d, intern("__builtins__"), vm.builtins_module());
    let modules = vm.modules.clone();
    dictops::setitem_str(&modules, intern("__main__"), main);
    d
}

/// A script's path as CPython 3.9+ keeps it for `__file__` and tracebacks: made absolute by
/// joining the working directory (no normalization); `<...>` names unchanged.
pub fn script_path(filename: &str) -> String {
    if filename.starts_with('<') || filename.starts_with('/') {
        return filename.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{filename}", cwd.to_string_lossy()),
        Err(_) => filename.to_string(),
    }
}

/// Run a program's main module from `source`; returns the process exit code.
pub fn run_main(vm: &mut Vm, source: &[u8], filename: &str) -> i32 {
    let d = main_namespace(vm, filename);
    let r = exec_source(vm, source, filename, &d, true);
    let code = match r {
        Ok(_) => 0,
        Err(e) => report_uncaught(vm, &e),
    };
    super::io::flush_std(vm);
    drop(d);
    finish(vm);
    code
}

/// The end of a program or an interactive session: tear down as CPython does (what is still
/// alive is finalized while the interpreter works), then, under `MNEMO_LEAKCHECK`, report what
/// is still alive but unreachable. The caller holds no handle to `__main__`'s namespace.
pub fn finish(vm: &mut Vm) {
    // First, as CPython's Py_FinalizeEx: wait for the non-daemon threads.
    wait_for_threads(vm);
    super::io::flush_std(vm);
    // Tracing ends before the teardown (it holds code objects), as `_PyTraceMalloc_Fini`.
    crate::heap::tracing::stop();
    super::finalize::shutdown(vm);
    if crate::gc::leak::enabled() {
        super::leakcheck::report(vm);
    }
}
