//! The Global Interpreter Lock: one lock that a thread must hold to touch the heap or run
//! bytecode, handed between threads as CPython 3.11's `Python/ceval_gil.h` hands it.
//!
//! - The lock is a `locked` flag under a mutex with a condition variable. The interpreter's
//!   first thread takes it when the interpreter is made (`vm::interp::new_vm`); every thread
//!   started by `_thread.start_new_thread` takes it before it runs any Python code and gives
//!   it back only after its last heap handle is gone.
//! - A thread that wants the lock waits on the condition variable for the switch interval
//!   (`sys.getswitchinterval()`, default 0.005 s). If the interval passes and the lock has not
//!   changed hands meanwhile (the switch counter did not move), it raises the drop request:
//!   an atomic flag, the "eval breaker", that the holder polls on backward jumps and on frame
//!   entry ([`poll`]). The holder then drops the lock and, as CPython's `FORCE_SWITCHING`,
//!   waits until another thread has taken it before it asks for it again, so the waiter cannot
//!   starve however tight the holder's loop.
//! - Blocking operations (`time.sleep`, a blocking `Lock.acquire`, `Thread.join`, console and
//!   file reads and writes) run inside [`allow_threads`], which releases the lock around the
//!   blocking call; the closure must not touch the heap (it gets only plain Rust values).
//!
//! Why heap handles may be `Send`: see the `[GIL]` comment at the `Send` assertion for `ObjRef` in
//! `src/heap/mod.rs`: handles cross threads, but only the thread holding this lock dereferences,
//! clones or drops them. The mutex's acquire/release order every heap access of the previous
//! holder before every heap access of the next.
//!
//! When only one thread exists the lock is never contended: [`poll`] is one relaxed atomic load
//! of a flag that nobody sets.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

/// The lock's state, under [`Gil::state`].
struct State {
    /// Some thread holds the GIL.
    locked: bool,
    /// Incremented each time the GIL is taken (a waiter sees whether it changed hands).
    switch_number: u64,
    /// Threads waiting in [`acquire`].
    waiters: usize,
}

struct Gil {
    state: Mutex<State>,
    /// Signalled when the GIL is released.
    released: Condvar,
    /// Signalled when the GIL is taken (for the forced switch).
    taken: Condvar,
}

static GIL: Gil = Gil {
    state: Mutex::new(State {
        locked: false,
        switch_number: 0,
        waiters: 0,
    }),
    released: Condvar::new(),
    taken: Condvar::new(),
};

/// Set by a thread that waited longer than the switch interval: the holder should let go.
static DROP_REQUEST: AtomicBool = AtomicBool::new(false);

/// The switch interval in microseconds (`sys.setswitchinterval`), CPython's default 5000.
static INTERVAL_US: AtomicU64 = AtomicU64::new(5000);

thread_local! {
    /// Whether this thread holds the GIL (for assertions and for re-entrant `allow_threads`).
    static HOLDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn state() -> MutexGuard<'static, State> {
    // A panic while the state mutex is held cannot leave the plain flags inconsistent.
    GIL.state.lock().unwrap_or_else(|p| p.into_inner())
}

/// `sys.getswitchinterval()` in seconds.
pub fn switch_interval() -> f64 {
    INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

/// `sys.setswitchinterval(seconds)`; the caller has checked `seconds > 0`. Stored in whole
/// microseconds as CPython stores it (a waiter waits at least 1 µs).
pub fn set_switch_interval(seconds: f64) {
    INTERVAL_US.store((seconds * 1e6) as u64, Ordering::Relaxed);
}

/// Whether the calling thread holds the GIL.
pub fn held() -> bool {
    HOLDING.with(|h| h.get())
}

/// Take the GIL, waiting for it if another thread holds it (see the module comment).
pub fn acquire() {
    let mut st = state();
    if st.locked {
        st.waiters += 1;
        while st.locked {
            let before = st.switch_number;
            let interval = INTERVAL_US.load(Ordering::Relaxed).max(1);
            let (g, timeout) = GIL
                .released
                .wait_timeout(st, Duration::from_micros(interval))
                .unwrap_or_else(|p| p.into_inner());
            st = g;
            if timeout.timed_out() && st.locked && st.switch_number == before {
                DROP_REQUEST.store(true, Ordering::Relaxed);
            }
        }
        st.waiters -= 1;
    }
    st.locked = true;
    st.switch_number = st.switch_number.wrapping_add(1);
    // The request (if any) was for the previous holder; it is answered now.
    DROP_REQUEST.store(false, Ordering::Relaxed);
    drop(st);
    GIL.taken.notify_all();
    HOLDING.with(|h| h.set(true));
}

/// Give the GIL back. The caller holds it and keeps no heap handle it will use before it
/// acquires the GIL again.
pub fn release() {
    HOLDING.with(|h| h.set(false));
    let mut st = state();
    st.locked = false;
    drop(st);
    GIL.released.notify_one();
}

/// The evaluation loop's check (backward jumps and frame entry): hand the GIL over if a waiting
/// thread asked for it.
#[inline(always)]
pub fn poll() {
    if DROP_REQUEST.load(Ordering::Relaxed) {
        switch();
    }
}

/// Drop the GIL for a waiting thread and take it back once that thread has run.
#[cold]
#[inline(never)]
fn switch() {
    if !held() {
        return;
    }
    HOLDING.with(|h| h.set(false));
    let mut st = state();
    st.locked = false;
    let before = st.switch_number;
    let waiting = st.waiters > 0;
    GIL.released.notify_one();
    // Forced switching: wait until another thread has taken the GIL, so that this one cannot
    // take it straight back.
    if waiting && DROP_REQUEST.load(Ordering::Relaxed) {
        while st.switch_number == before {
            st = GIL.taken.wait(st).unwrap_or_else(|p| p.into_inner());
        }
    }
    drop(st);
    acquire();
}

/// Run `blocking` with the GIL released, and take the GIL again afterwards. `blocking` must not
/// touch the heap: it gets and returns plain Rust values only. Called without the GIL (from a
/// thread that never took it), it just runs `blocking`.
pub fn allow_threads<R>(blocking: impl FnOnce() -> R) -> R {
    if !held() {
        return blocking();
    }
    release();
    let r = blocking();
    acquire();
    r
}

/// Run `f` holding the GIL, taking it for the call if this thread does not hold it (a callback
/// from inside an [`allow_threads`] section, such as the REPL's tab completion).
pub fn with_gil<R>(f: impl FnOnce() -> R) -> R {
    if held() {
        return f();
    }
    acquire();
    let r = f();
    release();
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::sync::Arc;

    /// Two threads incrementing a plain counter under the GIL, each polling as the eval loop
    /// does: both make progress (no starvation) and no update is lost.
    #[test]
    fn handoff_without_starvation() {
        let counter = Arc::new(AtomicUsize::new(0));
        let turns = Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);
        let mut handles = Vec::new();
        for t in 0..2 {
            let counter = counter.clone();
            let turns = turns.clone();
            handles.push(std::thread::spawn(move || {
                acquire();
                let mut last = u64::MAX;
                for _ in 0..200_000 {
                    // A non-atomic read-modify-write made safe only by the GIL.
                    let v = counter.load(Ordering::Relaxed);
                    counter.store(v + 1, Ordering::Relaxed);
                    let sn = state_switch_number();
                    if sn != last {
                        turns[t].fetch_add(1, Ordering::Relaxed);
                        last = sn;
                    }
                    poll();
                }
                release();
            }));
        }
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(counter.load(Ordering::Relaxed), 400_000);
        assert!(turns[0].load(Ordering::Relaxed) >= 1);
        assert!(turns[1].load(Ordering::Relaxed) >= 1);
    }

    fn state_switch_number() -> u64 {
        state().switch_number
    }
}
