//! File objects returned by `open()` and used for `sys.stdin`/`stdout`/`stderr`.

use crate::heap::PayloadOps;
use std::cell::RefCell;

pub enum FileTarget {
    File(std::fs::File),
    Stdin,
    Stdout,
    Stderr,
    Closed,
}

pub struct FileState {
    pub target: FileTarget,
    pub name: String,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    /// Bytes read from the target but not consumed yet.
    pub read_buf: Vec<u8>,
    /// Bytes written but not yet passed to the target.
    pub write_buf: Vec<u8>,
    /// Write through at each newline (terminals, `-u`).
    pub line_buffered: bool,
    pub eof: bool,
}

pub struct FileData {
    pub state: RefCell<FileState>,
}

impl PayloadOps for FileData {}
