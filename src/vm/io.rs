//! Text I/O: the standard streams and `open()` file objects (text and binary: read, readline,
//! readlines, write, iteration, close, `with`).
//!
//! Standard output is buffered like CPython's when it is not a terminal (flushed at exit, on
//! `flush()`, before reading standard input, and when the buffer grows); standard error is
//! written through. Under `-u` both are written through on every write.

use super::{exc, new_bytes, new_string, rt, PyResult, Vm};
use crate::heap::ObjRef;
use crate::objects::file::{FileData, FileState, FileTarget};
use std::cell::RefCell;
use std::io::{Read, Write};

/// `-u`: the standard streams are written through on every write, not at newlines.
static UNBUFFERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Make standard output and error unbuffered (`-u`); call before the interpreter starts.
pub fn set_unbuffered() {
    UNBUFFERED.store(true, std::sync::atomic::Ordering::Relaxed);
}

fn unbuffered() -> bool {
    UNBUFFERED.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn new_file(target: FileTarget, name: &str, mode: &str) -> ObjRef {
    let binary = mode.contains('b');
    let readable = mode.contains('r') || mode.contains('+');
    let writable =
        mode.contains('w') || mode.contains('a') || mode.contains('x') || mode.contains('+');
    let line_buffered = matches!(target, FileTarget::Stderr)
        || (matches!(target, FileTarget::Stdout)
            && (unbuffered() || std::io::IsTerminal::is_terminal(&std::io::stdout())));
    crate::heap::alloc(
        &rt().types.file,
        FileData {
            state: RefCell::new(FileState {
                target,
                name: name.to_string(),
                mode: mode.to_string(),
                binary,
                readable,
                writable,
                read_buf: Vec::new(),
                write_buf: Vec::new(),
                line_buffered,
                eof: false,
            }),
        },
    )
}

fn flush_state(st: &mut FileState) -> std::io::Result<()> {
    if st.write_buf.is_empty() {
        return Ok(());
    }
    let buf = std::mem::take(&mut st.write_buf);
    let target = &mut st.target;
    // The write may block (a full pipe, a slow terminal): other threads run meanwhile. The
    // file's state stays borrowed; a thread that wants it waits in `state_of`.
    crate::gil::allow_threads(move || match target {
        FileTarget::File(f) => f.write_all(&buf),
        FileTarget::Stdout => {
            let mut o = std::io::stdout().lock();
            o.write_all(&buf)?;
            o.flush()
        }
        FileTarget::Stderr => {
            let mut o = std::io::stderr().lock();
            o.write_all(&buf)?;
            o.flush()
        }
        _ => Ok(()),
    })
}

/// A file object's state, for reading or writing it. If another thread is blocked in a read
/// or write of the same file (its GIL released, the state borrowed), wait until it is done,
/// as CPython's buffered files wait on their lock.
pub fn state_of(f: &FileData) -> std::cell::RefMut<'_, FileState> {
    loop {
        if let Ok(st) = f.state.try_borrow_mut() {
            return st;
        }
        crate::gil::allow_threads(|| std::thread::sleep(std::time::Duration::from_micros(100)));
    }
}

fn io_error(e: std::io::Error) -> ObjRef {
    match e.kind() {
        std::io::ErrorKind::BrokenPipe => exc::err("BrokenPipeError", "[Errno 32] Broken pipe"),
        _ => exc::err("OSError", e.to_string()),
    }
}

/// Write text (or bytes) to a file object.
pub fn write(file: &ObjRef, data: &[u8]) -> PyResult<()> {
    let f = file.payload::<FileData>();
    let mut st = state_of(f);
    if matches!(st.target, FileTarget::Closed) {
        return exc::value_error("I/O operation on closed file.");
    }
    if !st.writable {
        return Err(exc::err("UnsupportedOperation", "not writable"));
    }
    st.write_buf.extend_from_slice(data);
    let flush_now = (st.line_buffered && (data.contains(&b'\n') || unbuffered()))
        || st.write_buf.len() >= 1 << 16;
    if flush_now {
        flush_state(&mut st).map_err(io_error)?;
    }
    Ok(())
}

pub fn flush(file: &ObjRef) -> PyResult<()> {
    let f = file.payload::<FileData>();
    let mut st = state_of(f);
    flush_state(&mut st).map_err(io_error)
}

pub fn close(file: &ObjRef) -> PyResult<()> {
    let f = file.payload::<FileData>();
    let mut st = state_of(f);
    flush_state(&mut st).map_err(io_error)?;
    if matches!(st.target, FileTarget::File(_)) {
        st.target = FileTarget::Closed;
    }
    Ok(())
}

pub fn is_closed(file: &ObjRef) -> bool {
    matches!(
        state_of(file.payload::<FileData>()).target,
        FileTarget::Closed
    )
}

/// Fill the read buffer: everything (`all`) or up to the next newline.
fn fill(st: &mut FileState, all: bool) -> std::io::Result<()> {
    let mut chunk = [0u8; 8192];
    loop {
        if !all && st.read_buf.contains(&b'\n') {
            return Ok(());
        }
        if st.eof {
            return Ok(());
        }
        let target = &mut st.target;
        let buf = &mut chunk;
        // Reads may block (a terminal, a pipe): other threads run meanwhile.
        let n = crate::gil::allow_threads(move || match target {
            FileTarget::File(f) => f.read(buf),
            FileTarget::Stdin => {
                std::io::stdout().flush().ok();
                std::io::stdin().lock().read(buf)
            }
            _ => Ok(0),
        })?;
        if n == 0 {
            st.eof = true;
            return Ok(());
        }
        st.read_buf.extend_from_slice(&chunk[..n]);
    }
}

fn decode(st: &FileState, bytes: Vec<u8>) -> PyResult<ObjRef> {
    if st.binary {
        return Ok(new_bytes(&bytes));
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(new_string(s.replace("\r\n", "\n"))),
        Err(e) => Err(exc::err(
            "UnicodeDecodeError",
            format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                e.as_bytes()[e.utf8_error().valid_up_to()],
                e.utf8_error().valid_up_to()
            ),
        )),
    }
}

fn check_readable(st: &FileState) -> PyResult<()> {
    if matches!(st.target, FileTarget::Closed) {
        return exc::value_error("I/O operation on closed file.");
    }
    if !st.readable {
        return Err(exc::err("UnsupportedOperation", "not readable"));
    }
    Ok(())
}

/// `f.read()` (whole) or `f.read(n)`.
pub fn read(file: &ObjRef, n: Option<usize>) -> PyResult<ObjRef> {
    let f = file.payload::<FileData>();
    let mut st = state_of(f);
    check_readable(&st)?;
    fill(&mut st, true).map_err(io_error)?;
    let take = match n {
        Some(n) if !st.binary => {
            let s = String::from_utf8_lossy(&st.read_buf);
            s.char_indices()
                .nth(n)
                .map_or(st.read_buf.len(), |(i, _)| i)
        }
        Some(n) => n.min(st.read_buf.len()),
        None => st.read_buf.len(),
    };
    let bytes: Vec<u8> = st.read_buf.drain(..take).collect();
    decode(&st, bytes)
}

/// `f.readline()`: `None` is never returned; an empty string means end of file.
pub fn readline(file: &ObjRef) -> PyResult<ObjRef> {
    let f = file.payload::<FileData>();
    let mut st = state_of(f);
    check_readable(&st)?;
    fill(&mut st, false).map_err(io_error)?;
    let end = st
        .read_buf
        .iter()
        .position(|&b| b == b'\n')
        .map_or(st.read_buf.len(), |i| i + 1);
    let bytes: Vec<u8> = st.read_buf.drain(..end).collect();
    decode(&st, bytes)
}

/// Iterating a file: its lines.
pub fn next_line(_vm: &mut Vm, file: &ObjRef) -> PyResult<Option<ObjRef>> {
    let line = readline(file)?;
    let empty = match line.kind() {
        crate::heap::Kind::Str => super::str_of(&line).is_empty(),
        _ => line
            .payload::<crate::objects::bytes::BytesData>()
            .b
            .is_empty(),
    };
    Ok((!empty).then_some(line))
}

/// Write to `sys.stdout` (whatever object it is now).
pub fn write_stdout(vm: &mut Vm, text: &str) -> PyResult<()> {
    let out = super::dictops::getitem_str(&vm.sys_dict(), "stdout").unwrap_or_else(super::none);
    write_text_to(vm, &out, text)
}

/// Write to `sys.stderr`, ignoring failures (used for tracebacks).
pub fn write_stderr(vm: &mut Vm, text: &str) {
    let err = super::dictops::getitem_str(&vm.sys_dict(), "stderr").unwrap_or_else(super::none);
    if write_text_to(vm, &err, text).is_err() {
        eprint!("{text}");
    }
}

/// Write text to a file-like object (a file, or anything with `write`).
pub fn write_text_to(vm: &mut Vm, out: &ObjRef, text: &str) -> PyResult<()> {
    if out.kind() == crate::heap::Kind::File {
        return write(out, text.as_bytes());
    }
    if out.is(&rt().none) {
        return Ok(());
    }
    let w = super::attr::getattr_str(vm, out, "write")?;
    super::call::call(vm, &w, super::Args::new(&[super::new_str(text)]))?;
    Ok(())
}

/// Flush the standard streams (at exit).
pub fn flush_std(vm: &mut Vm) {
    for name in ["stdout", "stderr"] {
        if let Some(f) = super::dictops::getitem_str(&vm.sys_dict(), name) {
            if f.kind() == crate::heap::Kind::File {
                let _ = flush(&f);
            } else if let Ok(Some(fl)) = super::attr::getattr_opt(vm, &f, "flush") {
                let _ = super::call::call(vm, &fl, super::Args::new(&[]));
            }
        }
    }
}
