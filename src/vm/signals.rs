//! Keyboard interrupts: Ctrl-C while Python code runs raises `KeyboardInterrupt` in it.
//!
//! The protocol is CPython's "eval breaker" reduced to its signal part:
//! - [`install`] registers a SIGINT handler (through `signal-hook`, so this file needs no unchecked code) that
//!   only stores `true` into [`INTERRUPT`], an atomic flag: that is all a signal handler may do.
//! - The evaluation loop polls the flag with [`poll`] where CPython 3.11 checks its eval breaker:
//!   on every backward jump (so any loop, even `while True: pass`, is interruptible) and on
//!   entering a frame (so deep recursion without loops is too). The fast path is one relaxed
//!   atomic load and a branch that is never taken; the rest is out of line ([`take`]).
//! - [`take`] clears the flag and makes the `KeyboardInterrupt` exception, which then unwinds
//!   like any other exception (`try/finally` blocks run, `except KeyboardInterrupt` catches it).
//!   Only the thread that runs `__main__` takes it, as in CPython, where signal handlers run in
//!   the main thread; another thread leaves the flag set for it.
//! - While the REPL reads a line, the terminal is in raw mode: Ctrl-C reaches the line editor as
//!   a key, not as a signal, and the REPL cancels the line itself.
//! - A program that ends with an uncaught `KeyboardInterrupt` exits as CPython 3.8+ does: killed
//!   by SIGINT (status 130 in a shell), so that the caller sees the interrupt ([`exit_by_sigint`]).
//!
//! `time.sleep` sleeps in short slices and checks the flag between them
//! ([`interruptible_sleep`]), so Ctrl-C ends it at once. Blocking reads (`input()`, reading a
//! file) are restarted after the signal; the interrupt is raised at the next check after they
//! return.

use super::{exc, PyResult};
use crate::heap::ObjRef;
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the SIGINT handler; cleared by the thread that raises the `KeyboardInterrupt`.
static INTERRUPT: AtomicBool = AtomicBool::new(false);

/// Whether the program ended with an uncaught `KeyboardInterrupt` (see [`exit_by_sigint`]).
static UNCAUGHT: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// This thread runs `__main__` and so receives keyboard interrupts.
    static MAIN: Cell<bool> = const { Cell::new(false) };
}

/// Route SIGINT to the flag. Returns false if the handler could not be installed (the default
/// action, terminating the process, then stays in place).
pub fn install() -> bool {
    signal_hook::flag::register(signal_hook::consts::SIGINT, &INTERRUPT).is_ok()
}

/// Mark the calling thread as the one that runs `__main__` (it receives `KeyboardInterrupt`).
pub fn set_main_thread() {
    MAIN.with(|m| m.set(true));
}

/// Whether the calling thread runs `__main__` (and so receives keyboard interrupts).
pub fn is_main_thread() -> bool {
    MAIN.with(Cell::get)
}

/// Whether an interrupt is waiting to be raised.
#[inline(always)]
pub fn pending() -> bool {
    INTERRUPT.load(Ordering::Relaxed)
}

/// The eval loop's check: `Err(KeyboardInterrupt)` if Ctrl-C was pressed since the last check.
#[inline(always)]
pub fn poll() -> PyResult<()> {
    // The same check points hand the GIL to a thread that asked for it (src/gil.rs).
    crate::gil::poll();
    if pending() {
        if let Some(e) = take() {
            return Err(e);
        }
    }
    Ok(())
}

/// Consume a pending interrupt and make its exception (None on a thread other than main's).
#[cold]
#[inline(never)]
pub fn take() -> Option<ObjRef> {
    if !MAIN.with(Cell::get) {
        return None;
    }
    if INTERRUPT.swap(false, Ordering::Relaxed) {
        Some(exc::err_noargs("KeyboardInterrupt"))
    } else {
        None
    }
}

/// Sleep for `d`, or until Ctrl-C on the thread that receives interrupts: returns whether
/// it was cut short (the caller then raises it with [`poll`]). Needs no GIL. The sleep is cut
/// into short slices with a check between them, since the kernel's sleep is restarted after
/// the signal handler returns.
pub fn interruptible_sleep(d: std::time::Duration) -> bool {
    const SLICE: std::time::Duration = std::time::Duration::from_millis(20);
    let main = MAIN.with(Cell::get);
    let end = std::time::Instant::now() + d;
    loop {
        if main && pending() {
            return true;
        }
        let now = std::time::Instant::now();
        if now >= end {
            return false;
        }
        std::thread::sleep((end - now).min(SLICE));
    }
}

/// Forget an interrupt that arrived while no Python code was running (the REPL calls this
/// before it runs a new input).
pub fn clear() {
    INTERRUPT.store(false, Ordering::Relaxed);
}

/// Record that the program is ending with an uncaught `KeyboardInterrupt`.
pub fn note_uncaught() {
    UNCAUGHT.store(true, Ordering::Relaxed);
}

/// Whether [`note_uncaught`] was called.
pub fn ended_by_interrupt() -> bool {
    UNCAUGHT.load(Ordering::Relaxed)
}

/// Terminate the process as the default SIGINT action would (CPython 3.8+ does this after
/// printing the traceback of an uncaught `KeyboardInterrupt`). Returns only if that failed.
pub fn exit_by_sigint() {
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
}
