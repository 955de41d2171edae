//! Python code that runs outside the evaluation loop's control: `__del__` when a count reaches
//! zero or the collector finds cyclic garbage, weak reference callbacks, `gc.callbacks`, and
//! the interpreter's shutdown (CPython's `Py_FinalizeEx`: a collection, then the modules'
//! namespaces cleared, then collections again, so that `__del__` of objects still alive at exit
//! runs as it does in CPython).
//!
//! Deallocation has no `Vm` at hand, so these run in an auxiliary VM state that shares the
//! interpreter's modules ([`with_aux_vm`]); a finalizer that triggers another finalizer gets a
//! fresh one. Errors are never raised from here: they are printed as CPython's unraisable hook
//! prints them (`Exception ignored in: <obj>` and the traceback) on `sys.stderr`.

use super::{dictops, intern, none, rt, Args, Vm};
use crate::heap::{Kind, ObjRef};
use std::cell::RefCell;
use std::mem::ManuallyDrop;

// The thread-local cells never drop what they hold when the thread ends (`ManuallyDrop`):
// by then the heap's own thread-locals may be gone. [`disable`] empties them properly.
thread_local! {
    /// An idle auxiliary VM state, reused by the next finalizer.
    static SPARE: RefCell<ManuallyDrop<Option<Vm>>> =
        const { RefCell::new(ManuallyDrop::new(None)) };
    /// What an auxiliary VM state shares with the interpreter: `sys.modules`, the builtins'
    /// namespace, `sys`.
    static TEMPLATE: RefCell<ManuallyDrop<Option<(ObjRef, ObjRef, ObjRef)>>> =
        const { RefCell::new(ManuallyDrop::new(None)) };
    /// Functions to call at shutdown, before the modules are torn down (`weakref.finalize`).
    static EXIT_FUNCS: RefCell<ManuallyDrop<Vec<ObjRef>>> =
        const { RefCell::new(ManuallyDrop::new(Vec::new())) };
}

/// Call `f()` at shutdown, before the modules are torn down (last registered, first called).
pub fn register_exit_func(f: ObjRef) {
    EXIT_FUNCS.with(|e| e.borrow_mut().push(f));
}

/// Let finalizers run from now on, in VM states sharing `vm`'s modules.
pub fn enable(vm: &Vm) {
    TEMPLATE.with(|t| {
        **t.borrow_mut() = Some((vm.modules.clone(), vm.builtins.clone(), vm.sys.clone()))
    });
}

/// Forget the interpreter's modules (at the very end, so that nothing is kept alive).
pub fn disable() {
    let t = TEMPLATE.with(|t| t.borrow_mut().take());
    let s = SPARE.with(|s| s.borrow_mut().take());
    drop((t, s));
}

/// Run `f` in an auxiliary VM state; `None` before [`enable`] (at start-up, nothing runs).
pub fn with_aux_vm<R>(f: impl FnOnce(&mut Vm) -> R) -> Option<R> {
    let mut vm = match SPARE.with(|s| s.borrow_mut().take()) {
        Some(vm) => vm,
        None => {
            let (modules, builtins, sys) = TEMPLATE.with(|t| (**t.borrow()).clone())?;
            Vm::new(modules, builtins, sys)
        }
    };
    let r = f(&mut vm);
    vm.exc_info = None;
    SPARE.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_none() {
            **s = Some(vm);
        }
    });
    Some(r)
}

/// Print an exception that cannot be raised, as CPython's default unraisable hook:
/// `Exception ignored in: <what>` and the traceback.
pub fn write_unraisable(vm: &mut Vm, what: &ObjRef, e: &ObjRef) {
    let what = super::traceback::safe_repr(vm, what);
    write_unraisable_msg(vm, &format!("Exception ignored in: {what}"), e);
}

/// As [`write_unraisable`], with the first line given.
pub fn write_unraisable_msg(vm: &mut Vm, first: &str, e: &ObjRef) {
    super::io::flush_std(vm);
    let text = super::traceback::format_exception(vm, e);
    super::io::write_stderr(vm, &format!("{first}\n{text}"));
}

/// Whether `o` needs finalizing: its class defines `__del__`, or it is a suspended generator.
pub fn has_del(o: &ObjRef) -> bool {
    if let Some(g) = o.downcast::<crate::objects::generator::GeneratorData>() {
        // A suspended generator is closed when it is freed, so its finally blocks run.
        return g.started.get() && g.frame.try_borrow().is_ok_and(|f| f.is_some());
    }
    o.type_of()
        .payload::<crate::objects::typeobj::TypeData>()
        .has_del
        .get()
}

/// Run the finalizer of `o` (`__del__`, or a generator's `close()`); exceptions are reported,
/// not raised.
pub fn run_del(o: &ObjRef) {
    let del = if o.kind() == Kind::Generator {
        None
    } else {
        match super::attr::lookup_type_str(&o.type_of(), "__del__") {
            Some(f) => Some(f),
            None => return,
        }
    };
    with_aux_vm(|vm| {
        let r = match &del {
            Some(f) => super::call::call(vm, f, Args::new(std::slice::from_ref(o))).map(|_| ()),
            None => super::generator::close(vm, o),
        };
        if let Err(e) = r {
            write_unraisable(vm, del.as_ref().unwrap_or(o), &e);
        }
    });
}

// ---- the collector's hooks (`crate::gc::Hooks`) ----

fn call_callback(callback: &ObjRef, arg: &ObjRef) {
    with_aux_vm(|vm| {
        if let Err(e) = super::call::call(vm, callback, Args::new(std::slice::from_ref(arg))) {
            write_unraisable(vm, callback, &e);
        }
    });
}

fn gc_callbacks(callbacks: &ObjRef, phase: &str, info: (usize, usize, usize)) {
    with_aux_vm(|vm| {
        let d = super::new_dict();
        let int = |n: usize| super::new_int(n as i64);
        let entries = [
            ("generation", int(info.0)),
            ("collected", int(info.1)),
            ("uncollectable", int(info.2)),
        ];
        for (k, v) in entries {
            if dictops::setitem(vm, &d, intern(k), v).is_err() {
                return;
            }
        }
        let phase = super::new_str(phase);
        let mut i = 0;
        loop {
            // The list may change while the callbacks run: read it afresh each time.
            let cb = match callbacks.downcast::<crate::objects::list::ListData>() {
                Some(l) => l.items.borrow().get(i).cloned(),
                None => None,
            };
            let Some(cb) = cb else { break };
            let args = [phase.clone(), d.clone()];
            if let Err(e) = super::call::call(vm, &cb, Args::new(&args)) {
                write_unraisable(vm, &cb, &e);
            }
            i += 1;
        }
    });
}

fn write_stderr(s: &str) {
    if with_aux_vm(|vm| super::io::write_stderr(vm, s)).is_none() {
        eprint!("{s}");
    }
}

fn list_append(list: &ObjRef, obj: &ObjRef) {
    if let Some(l) = list.downcast::<crate::objects::list::ListData>() {
        if let Ok(mut v) = l.items.try_borrow_mut() {
            v.push(obj.clone());
        }
    }
}

fn type_name(o: &ObjRef) -> String {
    super::type_name(o)
}

static GC_HOOKS: crate::gc::Hooks = crate::gc::Hooks {
    call_callback,
    gc_callbacks,
    write_stderr,
    list_append,
    type_name,
};

/// Register the finalizer and collector hooks (once per process).
pub fn install() {
    crate::heap::set_finalizer_hook(has_del, run_del);
    crate::gc::set_hooks(&GC_HOOKS);
}

// ---- shutdown ----

/// Tear the interpreter down as CPython's `Py_FinalizeEx` does, so that finalizers and weak
/// reference callbacks of what is still alive run: a collection (if enabled), then every
/// module leaves `sys.modules`, a collection, the namespaces of modules still alive are
/// cleared (most recently imported first; names with one leading underscore first, as
/// `_PyModule_ClearDict`), and a last collection.
pub fn shutdown(vm: &mut Vm) {
    loop {
        let f = EXIT_FUNCS.with(|e| e.borrow_mut().pop());
        let Some(f) = f else { break };
        if let Err(e) = super::call::call(vm, &f, Args::new(&[])) {
            if !super::exc::matches(&e, "SystemExit") {
                write_unraisable_msg(vm, "Exception ignored in atexit callback", &e);
            }
        }
    }
    super::io::flush_std(vm);
    if crate::gc::is_enabled() {
        crate::gc::collect(crate::gc::NUM_GENERATIONS - 1);
    }
    let modules = vm.modules.clone();
    let entries: Vec<(ObjRef, ObjRef)> = match modules.downcast::<crate::objects::dict::DictData>()
    {
        Some(d) => d
            .table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        None => Vec::new(),
    };
    // Which modules stay alive after they leave sys.modules: their namespaces are cleared.
    let keep: Vec<ObjRef> = entries
        .iter()
        .filter(|(_, m)| m.kind() == Kind::Module)
        .map(|(_, m)| {
            m.payload::<crate::objects::module::ModuleData>()
                .dict
                .clone()
        })
        .collect();
    let names: Vec<ObjRef> = entries.iter().map(|(k, _)| k.clone()).collect();
    drop(entries);
    for k in &names {
        dictops::setitem_str(&modules, k.clone(), none());
    }
    if let Some(d) = modules.downcast::<crate::objects::dict::DictData>() {
        let old = d.table.borrow_mut().take_all();
        drop(old);
    }
    crate::gc::collect_no_callbacks();
    let sys_dict = vm.sys_dict();
    for ns in keep.iter().rev() {
        if ns.is(&vm.builtins) || ns.is(&sys_dict) {
            continue;
        }
        clear_module_dict(ns);
    }
    drop(keep);
    crate::gc::collect_no_callbacks();
    super::io::flush_std(vm);
}

/// `_PyModule_ClearDict`: set the names of a namespace to None, those with one leading
/// underscore first, then all but `__builtins__`.
fn clear_module_dict(ns: &ObjRef) {
    let Some(d) = ns.downcast::<crate::objects::dict::DictData>() else {
        return;
    };
    let keys: Vec<ObjRef> = d.table.borrow().iter().map(|e| e.key.clone()).collect();
    let is_none = |k: &ObjRef| dictops::getitem_str_obj(ns, k).is_none_or(|v| v.is(&rt().none));
    for pass in 0..2 {
        for k in &keys {
            let s = super::str_of(k);
            let first = s.starts_with('_') && !s.starts_with("__");
            let clear = if pass == 0 {
                first
            } else {
                s != "__builtins__"
            };
            if k.kind() == Kind::Str && clear && !is_none(k) {
                dictops::setitem_str(ns, k.clone(), none());
            }
        }
    }
}
