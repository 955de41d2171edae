//! Allocation tracing for `tracemalloc`: the global allocator (mimalloc, wrapped) reports every
//! allocation and free here while tracing is on; each live block is recorded with its size and
//! where Python code was when it was made (a code object and an instruction index, resolved to
//! a file and line only when a snapshot is taken).
//!
//! - Off (the default), the wrapper costs one relaxed atomic load per allocation and free, and
//!   the evaluation loop one per instruction ([`on`]).
//! - On, the evaluation loop records the running code object and instruction in a thread-local
//!   ([`at`]); the first time a code object is seen it is kept alive in a registry, so that
//!   its address stays its identity until the traces are cleared.
//! - The trace table is a mutex-protected map from block address to [`Trace`]: allocations can
//!   come from any thread, also without the GIL (blocking calls). The table's own allocations
//!   are not traced (a thread-local guard against re-entry), nor counted; its overhead is
//!   reported by [`overhead`] (`tracemalloc.get_tracemalloc_memory()`).
//!
//! Sizes are the sizes Rust asked for: an object's header and payload (and collector links),
//! each owned buffer (a list's item array, a str's bytes), the interpreter's own allocations
//! made on the program's behalf (frames, code). Blocks reused from a free list are not new
//! allocations, as in CPython.

use super::ObjRef;
use libmimalloc_sys::{mi_free, mi_malloc, mi_realloc, mi_zalloc};
use mimalloc::MiMalloc;
use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

/// The global allocator: mimalloc, reporting to the tracer while tracing is on.
pub struct TracingAllocator;

static TRACING: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// The allocator is inside the tracer on this thread: don't trace (the table's own memory).
    static IN_TRACER: Cell<bool> = const { Cell::new(false) };
    /// Where this thread's Python code is: (code object address, instruction index).
    static WHERE: Cell<(usize, u32)> = const { Cell::new((0, 0)) };
    /// The last code object this thread registered (so registration is once per change).
    static REGISTERED: Cell<usize> = const { Cell::new(0) };
}

/// One live traced block.
#[derive(Clone, Copy)]
pub struct Trace {
    pub size: usize,
    /// Code object address (0: no Python code was running) and instruction index.
    pub code: usize,
    pub pc: u32,
}

struct Table {
    traces: HashMap<usize, Trace>,
    current: usize,
    peak: usize,
    /// Code objects that traces refer to, by address.
    codes: HashMap<usize, ObjRef>,
}

static TABLE: Mutex<Option<Table>> = Mutex::new(None);

fn table() -> std::sync::MutexGuard<'static, Option<Table>> {
    TABLE.lock().unwrap_or_else(|p| p.into_inner())
}

/// Run `f` with tracing suspended on this thread (the tracer's own work, and the snapshot's
/// objects, which CPython does not trace either).
pub fn untraced<R>(f: impl FnOnce() -> R) -> R {
    let was = IN_TRACER.with(|g| g.replace(true));
    let r = f();
    IN_TRACER.with(|g| g.set(was));
    r
}

fn record_alloc(ptr: *mut u8, size: usize) {
    if ptr.is_null() || IN_TRACER.with(|g| g.get()) {
        return;
    }
    let (code, pc) = WHERE.with(|w| w.get());
    untraced(|| {
        let mut t = table();
        if let Some(t) = t.as_mut() {
            t.traces.insert(ptr as usize, Trace { size, code, pc });
            t.current += size;
            t.peak = t.peak.max(t.current);
        }
    });
}

fn record_free(ptr: *mut u8) {
    if IN_TRACER.with(|g| g.get()) {
        return;
    }
    untraced(|| {
        let mut t = table();
        if let Some(t) = t.as_mut() {
            if let Some(old) = t.traces.remove(&(ptr as usize)) {
                t.current -= old.size;
            }
        }
    });
}

/// Alignments mimalloc's plain entry points give every block (a pointer's), so that they can
/// skip the aligned variants' checks — which the `MiMalloc` wrapper always takes.
const PLAIN_ALIGN: usize = std::mem::size_of::<usize>();

// SAFETY: every method forwards to mimalloc with the caller's arguments unchanged, so the
// `GlobalAlloc` contract is mimalloc's (its plain `mi_malloc`/`mi_zalloc`/`mi_realloc` return
// blocks aligned to at least a pointer's size, so they serve layouts of that alignment; larger
// alignments go to the aligned variants through `MiMalloc`; `mi_free` frees either kind); the
// tracer only reads the returned pointer as a number and never allocates through this path
// re-entrantly (`IN_TRACER`).
unsafe impl GlobalAlloc for TracingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = if layout.align() <= PLAIN_ALIGN {
            // SAFETY: a pointer's alignment is what the plain entry point gives.
            unsafe { mi_malloc(layout.size()) }.cast::<u8>()
        } else {
            // SAFETY: the caller's contract, passed on unchanged.
            unsafe { MiMalloc.alloc(layout) }
        };
        if TRACING.load(Ordering::Relaxed) {
            record_alloc(p, layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = if layout.align() <= PLAIN_ALIGN {
            // SAFETY: a pointer's alignment is what the plain entry point gives.
            unsafe { mi_zalloc(layout.size()) }.cast::<u8>()
        } else {
            // SAFETY: the caller's contract, passed on unchanged.
            unsafe { MiMalloc.alloc_zeroed(layout) }
        };
        if TRACING.load(Ordering::Relaxed) {
            record_alloc(p, layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        if TRACING.load(Ordering::Relaxed) {
            record_free(ptr);
        }
        // SAFETY: `ptr` came from one of the allocation paths above.
        unsafe { mi_free(ptr.cast()) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = if layout.align() <= PLAIN_ALIGN {
            // SAFETY: a pointer's alignment is what the plain entry point gives.
            unsafe { mi_realloc(ptr.cast(), new_size) }.cast::<u8>()
        } else {
            // SAFETY: the caller's contract, passed on unchanged.
            unsafe { MiMalloc.realloc(ptr, layout, new_size) }
        };
        if TRACING.load(Ordering::Relaxed) && !p.is_null() {
            record_free(ptr);
            record_alloc(p, new_size);
        }
        p
    }
}

/// Whether tracing is on (the evaluation loop's check before [`at`]).
#[inline(always)]
pub fn on() -> bool {
    TRACING.load(Ordering::Relaxed)
}

/// The evaluation loop is at instruction `pc` of `code` (called only while tracing).
#[inline(never)]
pub fn at(code: &ObjRef, pc: usize) {
    let addr = code.addr();
    WHERE.with(|w| w.set((addr, pc as u32)));
    if REGISTERED.with(|r| r.get()) != addr {
        REGISTERED.with(|r| r.set(addr));
        let code = code.clone();
        let stale = untraced(|| {
            let mut t = table();
            t.as_mut().and_then(|t| t.codes.insert(addr, code))
        });
        // A replaced entry is the same object (its address is its identity while kept).
        drop(stale);
    }
}

/// Where this thread's code is (saved around a call, restored when it returns).
pub fn location() -> (usize, u32) {
    WHERE.with(|w| w.get())
}

/// Restore a location saved with [`location`].
pub fn set_location(loc: (usize, u32)) {
    WHERE.with(|w| w.set(loc));
}

/// Start tracing (a no-op if already on).
pub fn start() {
    let mut t = table();
    if t.is_none() {
        *t = Some(Table {
            traces: HashMap::new(),
            current: 0,
            peak: 0,
            codes: HashMap::new(),
        });
    }
    drop(t);
    REGISTERED.with(|r| r.set(0));
    TRACING.store(true, Ordering::SeqCst);
}

/// Stop tracing and forget every trace. Must be called with the GIL held (it releases the
/// registered code objects).
pub fn stop() {
    TRACING.store(false, Ordering::SeqCst);
    let old = table().take();
    REGISTERED.with(|r| r.set(0));
    drop(old);
}

/// Forget every trace (tracing goes on). GIL held, as [`stop`].
pub fn clear() {
    let old = {
        let mut t = table();
        match t.as_mut() {
            Some(t) => {
                t.current = 0;
                t.peak = 0;
                Some((std::mem::take(&mut t.traces), std::mem::take(&mut t.codes)))
            }
            None => None,
        }
    };
    REGISTERED.with(|r| r.set(0));
    drop(old);
}

/// (current, peak) traced bytes.
pub fn traced_memory() -> (usize, usize) {
    table().as_ref().map_or((0, 0), |t| (t.current, t.peak))
}

/// Set the peak to the current size.
pub fn reset_peak() {
    if let Some(t) = table().as_mut() {
        t.peak = t.current;
    }
}

/// Bytes the tracer itself uses for its tables (an estimate from their capacities).
pub fn overhead() -> usize {
    table().as_ref().map_or(0, |t| {
        let entry = std::mem::size_of::<(usize, Trace)>() + 1;
        let code_entry = std::mem::size_of::<(usize, ObjRef)>() + 1;
        t.traces.capacity() * entry + t.codes.capacity() * code_entry
    })
}

/// A copy of every live trace, and the code objects they name.
pub fn snapshot() -> (Vec<Trace>, HashMap<usize, ObjRef>) {
    untraced(|| {
        let t = table();
        match t.as_ref() {
            Some(t) => (t.traces.values().copied().collect(), t.codes.clone()),
            None => (Vec::new(), HashMap::new()),
        }
    })
}

/// The trace of the block that holds object `o`, if it was allocated while tracing.
pub fn trace_of(o: &ObjRef) -> Option<(Trace, Option<ObjRef>)> {
    let start = if o.kind().is_gc() {
        o.addr() - std::mem::size_of::<super::GcHead>()
    } else {
        o.addr()
    };
    untraced(|| {
        let t = table();
        let t = t.as_ref()?;
        let tr = *t.traces.get(&start)?;
        Some((tr, t.codes.get(&tr.code).cloned()))
    })
}
