//! The `_thread` module: real OS threads running Python functions under the GIL, locks
//! (`_thread.lock`, `_thread.RLock`) whose blocking waits release the GIL, thread identities,
//! and the C-level pieces `threading` builds on (`_excepthook`, `_ExceptHookArgs`).
//!
//! A new thread gets its own VM state (frames, recursion depth, the exception being handled)
//! sharing the interpreter's modules, takes the GIL before it runs anything, and drops every
//! heap handle it owns (and its thread-local caches, `vm::interp::thread_exit`) before it
//! gives the GIL back for the last time (see `src/gil.rs`).

use super::support::{self, parse, This};
use crate::gil;
use crate::heap::{Kind, ObjRef};
use crate::objects::native::NativeObject;
use crate::vm::{exc, new_float, new_int, new_str, new_tuple, none, rt, Args, PyResult, Vm};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Rust stack of a thread started from Python (reserved, not committed: pages are touched
/// only as deep as the recursion goes).
const THREAD_STACK: usize = 1 << 30;

/// `_thread.TIMEOUT_MAX`: the longest wait, in seconds (CPython's `PY_TIMEOUT_MAX` on Linux).
const TIMEOUT_MAX: f64 = 9223372036.0;

/// Threads started by `start_new_thread` that have not finished (`_thread._count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// A per-thread anchor whose address is the thread's identity (`get_ident()`), unique among
    /// live threads as `pthread_self()` is.
    static ANCHOR: Cell<u8> = const { Cell::new(0) };
    /// The kernel's id of this thread (`get_native_id()`), read once.
    static NATIVE_ID: Cell<u64> = const { Cell::new(0) };
}

/// Threads started by `start_new_thread` still running (daemon threads, at exit).
pub fn running() -> usize {
    RUNNING.load(Ordering::SeqCst)
}

/// `_thread.get_ident()` of the calling thread.
pub fn ident() -> u64 {
    ANCHOR.with(|a| a as *const Cell<u8> as usize as u64)
}

/// The kernel's thread id (Linux: the last part of `/proc/thread-self`, `PID/task/TID`).
pub fn native_id() -> u64 {
    NATIVE_ID.with(|n| {
        if n.get() == 0 {
            let id = std::fs::read_link("/proc/thread-self")
                .ok()
                .and_then(|p| p.file_name()?.to_str()?.parse().ok())
                .unwrap_or_else(|| u64::from(std::process::id()));
            n.set(id);
        }
        n.get()
    })
}

// ------------------------------------------------------------------------------ the lock

/// A binary semaphore that any thread may release, as CPython's `PyThread_type_lock`.
#[derive(Default)]
struct RawLock {
    locked: Mutex<bool>,
    unlocked: Condvar,
}

impl RawLock {
    fn flag(&self) -> std::sync::MutexGuard<'_, bool> {
        self.locked.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn try_acquire(&self) -> bool {
        let mut l = self.flag();
        if *l {
            false
        } else {
            *l = true;
            true
        }
    }

    /// Wait until the lock is free (or `deadline` passes) and take it.
    fn acquire_until(&self, deadline: Option<Instant>) -> bool {
        let mut l = self.flag();
        while *l {
            match deadline {
                None => l = self.unlocked.wait(l).unwrap_or_else(|p| p.into_inner()),
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return false;
                    }
                    l = self
                        .unlocked
                        .wait_timeout(l, d - now)
                        .unwrap_or_else(|p| p.into_inner())
                        .0;
                }
            }
        }
        *l = true;
        true
    }

    /// Free the lock; false if it was not locked.
    fn release(&self) -> bool {
        let mut l = self.flag();
        if !*l {
            return false;
        }
        *l = false;
        drop(l);
        self.unlocked.notify_one();
        true
    }

    fn is_locked(&self) -> bool {
        *self.flag()
    }
}

/// How often a blocked acquire on the main thread looks for Ctrl-C.
const INTERRUPT_CHECK: Duration = Duration::from_millis(20);

/// Take `lock`, blocking (with the GIL released) up to `timeout` if asked to. On the main
/// thread the wait is interruptible, as CPython's: Ctrl-C raises `KeyboardInterrupt` from it.
fn acquire_raw(lock: &Arc<RawLock>, blocking: bool, timeout: Option<Duration>) -> PyResult<bool> {
    if lock.try_acquire() {
        return Ok(true);
    }
    if !blocking {
        return Ok(false);
    }
    let deadline = timeout.map(|t| Instant::now() + t);
    if !crate::vm::signals::is_main_thread() {
        let lock = lock.clone();
        return Ok(gil::allow_threads(move || lock.acquire_until(deadline)));
    }
    loop {
        let step = Instant::now() + INTERRUPT_CHECK;
        let until = deadline.map_or(step, |d| d.min(step));
        let l = lock.clone();
        if gil::allow_threads(move || l.acquire_until(Some(until))) {
            return Ok(true);
        }
        crate::vm::signals::poll()?;
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(false);
        }
    }
}

/// The `(blocking=True, timeout=-1)` arguments of `acquire`, checked as CPython's
/// `lock_acquire_parse_args`.
fn acquire_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(bool, Option<Duration>)> {
    let (pos, kw) = parse(args, name, 0, 2, &["blocking", "timeout"])?;
    let blocking_arg = pos.first().cloned().or_else(|| kw[0].clone());
    let timeout_arg = pos.get(1).cloned().or_else(|| kw[1].clone());
    let blocking = match &blocking_arg {
        Some(b) => crate::vm::ops::truthy(vm, b)?,
        None => true,
    };
    let timeout = match &timeout_arg {
        Some(t) => support::to_f64(vm, t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return exc::value_error("can't specify a timeout for a non-blocking call");
    }
    if timeout < 0.0 && timeout != -1.0 {
        return exc::value_error("timeout value must be positive");
    }
    if timeout > TIMEOUT_MAX {
        return exc::overflow_error("timeout value is too large");
    }
    Ok((
        blocking,
        (timeout >= 0.0).then(|| Duration::from_secs_f64(timeout)),
    ))
}

/// `_thread.lock`.
struct Lock(Arc<RawLock>);
impl NativeObject for Lock {}

fn lock_type() -> &'static ObjRef {
    static TY: OnceLock<ObjRef> = OnceLock::new();
    TY.get_or_init(|| {
        let ty = support::new_type("_thread", "_thread.lock", None, false);
        support::methods(
            &ty,
            "_thread.lock",
            &[
                ("acquire", lock_acquire),
                ("acquire_lock", lock_acquire),
                ("release", lock_release),
                ("release_lock", lock_release),
                ("locked", lock_locked),
                ("locked_lock", lock_locked),
                ("__enter__", lock_acquire),
                ("__exit__", lock_exit),
                ("__repr__", lock_repr),
            ],
        );
        support::constructor(&ty, |_vm, _args| {
            exc::type_error("cannot create '_thread.lock' instances")
        });
        ty
    })
}

fn new_lock() -> ObjRef {
    support::new_native(lock_type(), Lock(Arc::new(RawLock::default())))
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let me = This::<Lock>::from_args(&args, "_thread.lock", "acquire")?;
    let (blocking, timeout) = acquire_args(vm, &args.rest(), "acquire")?;
    let got = acquire_raw(&me.0, blocking, timeout)?;
    Ok(crate::vm::new_bool(got))
}

fn lock_release(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    parse(&args.rest(), "release", 0, 0, &[])?;
    lock_exit(vm, args)
}

/// `release()` without argument checks: `__exit__(*exc_info)` takes any arguments.
fn lock_exit(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let me = This::<Lock>::from_args(&args, "_thread.lock", "release")?;
    if !me.0.release() {
        return exc::runtime_error("release unlocked lock");
    }
    Ok(none())
}

fn lock_locked(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let me = This::<Lock>::from_args(&args, "_thread.lock", "locked")?;
    Ok(crate::vm::new_bool(me.0.is_locked()))
}

fn lock_repr(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let me = This::<Lock>::from_args(&args, "_thread.lock", "__repr__")?;
    let state = if me.0.is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(new_str(&format!(
        "<{state} _thread.lock object at {:#x}>",
        me.obj().addr()
    )))
}

// ---------------------------------------------------------------------------- the RLock

/// `_thread.RLock`: a lock its owner may take again; `owner` and `count` change only under
/// the GIL.
struct RLock {
    raw: Arc<RawLock>,
    owner: Cell<u64>,
    count: Cell<u64>,
}
impl NativeObject for RLock {}

fn rlock_type() -> &'static ObjRef {
    static TY: OnceLock<ObjRef> = OnceLock::new();
    TY.get_or_init(|| {
        let ty = support::new_type("_thread", "_thread.RLock", None, true);
        support::methods(
            &ty,
            "_thread.RLock",
            &[
                ("acquire", rlock_acquire),
                ("release", rlock_release),
                ("__enter__", rlock_acquire),
                ("__exit__", rlock_release_any),
                ("_is_owned", rlock_is_owned),
                ("_release_save", rlock_release_save),
                ("_acquire_restore", rlock_acquire_restore),
                ("__repr__", rlock_repr),
            ],
        );
        support::constructor(&ty, |_vm, args| {
            let cls = args.args[0].clone();
            Ok(support::new_native_for(
                &cls,
                rlock_type(),
                RLock {
                    raw: Arc::new(RawLock::default()),
                    owner: Cell::new(0),
                    count: Cell::new(0),
                },
            ))
        });
        ty
    })
}

fn rlock_acquire(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let me = This::<RLock>::from_args(&args, "_thread.RLock", "acquire")?;
    let (blocking, timeout) = acquire_args(vm, &args.rest(), "acquire")?;
    let tid = ident();
    if me.count.get() > 0 && me.owner.get() == tid {
        me.count.set(me.count.get() + 1);
        return Ok(rt().true_.clone());
    }
    if !acquire_raw(&me.raw, blocking, timeout)? {
        return Ok(rt().false_.clone());
    }
    me.owner.set(tid);
    me.count.set(1);
    Ok(rt().true_.clone())
}

fn rlock_release_any(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let me = This::<RLock>::from_args(&args, "_thread.RLock", "release")?;
    if me.count.get() == 0 || me.owner.get() != ident() {
        return exc::runtime_error("cannot release un-acquired lock");
    }
    me.count.set(me.count.get() - 1);
    if me.count.get() == 0 {
        me.owner.set(0);
        me.raw.release();
    }
    Ok(none())
}

fn rlock_release(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    parse(&args.rest(), "release", 0, 0, &[])?;
    rlock_release_any(vm, args)
}

fn rlock_is_owned(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let me = This::<RLock>::from_args(&args, "_thread.RLock", "_is_owned")?;
    Ok(crate::vm::new_bool(
        me.count.get() > 0 && me.owner.get() == ident(),
    ))
}

/// Release completely, returning `(count, owner)` for `_acquire_restore` (Condition.wait).
fn rlock_release_save(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let me = This::<RLock>::from_args(&args, "_thread.RLock", "_release_save")?;
    if me.count.get() == 0 {
        return exc::runtime_error("cannot release un-acquired lock");
    }
    let saved = new_tuple(vec![
        new_int(me.count.get() as i64),
        crate::vm::new_bigint(num_bigint::BigInt::from(me.owner.get())),
    ]);
    me.count.set(0);
    me.owner.set(0);
    me.raw.release();
    Ok(saved)
}

fn rlock_acquire_restore(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let me = This::<RLock>::from_args(&args, "_thread.RLock", "_acquire_restore")?;
    let (pos, _) = parse(&args.rest(), "_acquire_restore", 1, 1, &[])?;
    let items = crate::vm::ops::collect(vm, &pos[0])?;
    if items.len() != 2 {
        return exc::type_error("_acquire_restore() argument must be a (count, owner) pair");
    }
    let count = crate::vm::convert::index_i64(vm, &items[0])?;
    acquire_raw(&me.raw, true, None)?;
    me.owner.set(ident());
    me.count.set(count.max(1) as u64);
    Ok(none())
}

fn rlock_repr(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let me = This::<RLock>::from_args(&args, "_thread.RLock", "__repr__")?;
    let state = if me.count.get() > 0 {
        "locked"
    } else {
        "unlocked"
    };
    Ok(new_str(&format!(
        "<{state} {} object owner={} count={} at {:#x}>",
        crate::vm::type_name(&args.args[0]),
        me.owner.get(),
        me.count.get(),
        args.args[0].addr()
    )))
}

// ------------------------------------------------------------------------------ threads

/// `_thread.start_new_thread(function, args, kwargs=None)`.
fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "start_new_thread", 2, 3, &[])?;
    let func = pos[0].clone();
    if !super::weakref::is_callable(&func) {
        return exc::type_error("first arg must be callable");
    }
    let targs = pos[1].clone();
    if targs.kind() != Kind::Tuple {
        return exc::type_error("2nd arg must be a tuple");
    }
    let kwargs = pos.get(2).cloned();
    if let Some(k) = &kwargs {
        if k.kind() != Kind::Dict {
            return exc::type_error("optional 3rd arg must be a dictionary");
        }
    }
    let shared = (vm.modules.clone(), vm.builtins.clone(), vm.sys.clone());
    let (tx, rx) = std::sync::mpsc::channel();
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_STACK)
        .spawn(move || {
            // Identity first (the parent waits for it), then the GIL, then Python.
            let _ = tx.send(ident());
            gil::acquire();
            run_thread(func, targs, kwargs, shared);
            crate::vm::interp::thread_exit();
            RUNNING.fetch_sub(1, Ordering::SeqCst);
            gil::release();
        });
    if spawned.is_err() {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        return exc::runtime_error("can't start new thread");
    }
    let id = rx.recv().unwrap_or(0);
    Ok(crate::vm::new_bigint(num_bigint::BigInt::from(id)))
}

/// The body of a new thread, run with the GIL held; every handle it gets is dropped on return.
fn run_thread(
    func: ObjRef,
    targs: ObjRef,
    kwargs: Option<ObjRef>,
    (modules, builtins, sys): (ObjRef, ObjRef, ObjRef),
) {
    let mut vm = crate::vm::interp::thread_vm(modules, builtins, sys);
    let r = crate::vm::call::call_ex(&mut vm, &func, &targs, kwargs.as_ref());
    if let Err(e) = r {
        if !exc::matches(&e, "SystemExit") {
            // As CPython's `thread_run`: the unraisable hook's report.
            let what = crate::vm::traceback::safe_repr(&mut vm, &func);
            let text = crate::vm::traceback::format_exception(&mut vm, &e);
            crate::vm::io::write_stderr(
                &mut vm,
                &format!("Exception ignored in thread started by: {what}\n{text}"),
            );
        }
    }
    crate::vm::io::flush_std(&mut vm);
}

fn allocate_lock(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    parse(&args, "allocate_lock", 0, 0, &[])?;
    Ok(new_lock())
}

fn get_ident(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    parse(&args, "get_ident", 0, 0, &[])?;
    Ok(crate::vm::new_bigint(num_bigint::BigInt::from(ident())))
}

fn get_native_id(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    parse(&args, "get_native_id", 0, 0, &[])?;
    Ok(new_int(native_id() as i64))
}

fn count(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    parse(&args, "_count", 0, 0, &[])?;
    Ok(new_int(RUNNING.load(Ordering::SeqCst) as i64))
}

fn exit_thread(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    parse(&args, "exit", 0, 0, &[])?;
    Err(exc::err_noargs("SystemExit"))
}

fn stack_size(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "stack_size", 0, 1, &[])?;
    if let Some(s) = pos.first() {
        let n = crate::vm::convert::index_i64(vm, s)?;
        if n != 0 && n < 32768 {
            return exc::value_error("size not valid: 32768 bytes minimum");
        }
    }
    Ok(new_int(0))
}

/// `_thread._excepthook(args)`: `threading.excepthook`'s default, as CPython's
/// `thread_excepthook`: `Exception in thread NAME:` and the traceback, on `sys.stderr`.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "_excepthook", 1, 1, &[])?;
    let hook_args = pos[0].clone();
    let get = |vm: &mut Vm, name: &str| crate::vm::attr::getattr_str(vm, &hook_args, name);
    let exc_type = get(vm, "exc_type")?;
    if exc_type.is(&exc::exc_type("SystemExit")) {
        return Ok(none());
    }
    let value = get(vm, "exc_value")?;
    let thread = get(vm, "thread")?;
    let name = if thread.is(&rt().none) {
        ident().to_string()
    } else {
        let n = crate::vm::attr::getattr_str(vm, &thread, "name")?;
        crate::vm::convert::str_string(vm, &n)?
    };
    let mut text = format!("Exception in thread {name}:\n");
    if value.is(&rt().none) {
        text.push_str(&format!("{}\n", crate::vm::type_name(&exc_type)));
    } else {
        text.push_str(&crate::vm::traceback::format_exception(vm, &value));
    }
    crate::vm::io::write_stderr(vm, &text);
    Ok(none())
}

/// Fill the `_thread` module's namespace.
pub fn init(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    let _ = vm;
    support::add_functions(
        ns,
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("_count", count),
            ("exit", exit_thread),
            ("exit_thread", exit_thread),
            ("stack_size", stack_size),
            ("_excepthook", excepthook),
        ],
    );
    support::set(ns, "LockType", lock_type().clone());
    support::set(ns, "RLock", rlock_type().clone());
    support::set(ns, "TIMEOUT_MAX", new_float(TIMEOUT_MAX));
    support::set(ns, "error", exc::exc_type("RuntimeError"));
    Ok(())
}
