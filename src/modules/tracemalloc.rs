//! The `_tracemalloc` module: the Rust half of `tracemalloc` (the Python half, with `Snapshot`,
//! `Statistic` and the rest, is `py/tracemalloc.py`). It switches the allocator's tracing on
//! and off (`crate::heap::tracing`) and turns the raw traces (size, code object, instruction)
//! into CPython's shape: `(domain, size, ((filename, lineno), ...), total_nframe)`.
//!
//! Each trace records the innermost Python frame only: tracebacks have one frame whatever
//! `start(nframe)` asked for (`get_traceback_limit()` still reports `nframe`).

use super::support::{self, parse};
use crate::heap::tracing;
use crate::heap::ObjRef;
use crate::objects::code::CodeData;
use crate::vm::{exc, new_int, new_list, new_str, new_tuple, none, Args, PyResult, Vm};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// `start(nframe)`'s limit (`get_traceback_limit()`), 1 until changed.
static LIMIT: AtomicUsize = AtomicUsize::new(1);

/// The largest traceback limit CPython accepts.
const MAX_NFRAME: i64 = 65535;

fn start(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = parse(&args, "start", 0, 1, &["nframe"])?;
    let n = match pos.first().cloned().or_else(|| kw[0].clone()) {
        Some(n) => crate::vm::convert::index_i64(vm, &n)?,
        None => 1,
    };
    if !(1..=MAX_NFRAME).contains(&n) {
        return exc::value_error("the number of frames must be in range [1; 65535]");
    }
    LIMIT.store(n as usize, Ordering::Relaxed);
    tracing::start();
    Ok(none())
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    parse(args, name, 0, 0, &[]).map(|_| ())
}

fn stop(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "stop")?;
    tracing::stop();
    Ok(none())
}

fn is_tracing(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "is_tracing")?;
    Ok(crate::vm::new_bool(tracing::on()))
}

fn clear_traces(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "clear_traces")?;
    tracing::clear();
    Ok(none())
}

fn get_traced_memory(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "get_traced_memory")?;
    let (current, peak) = tracing::traced_memory();
    Ok(new_tuple(vec![
        new_int(current as i64),
        new_int(peak as i64),
    ]))
}

fn reset_peak(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "reset_peak")?;
    tracing::reset_peak();
    Ok(none())
}

fn get_tracemalloc_memory(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "get_tracemalloc_memory")?;
    Ok(new_int(tracing::overhead() as i64))
}

fn get_traceback_limit(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "get_traceback_limit")?;
    Ok(new_int(LIMIT.load(Ordering::Relaxed) as i64))
}

/// Resolves (code object, instruction) to `(filename, lineno)` tuples, sharing equal ones.
struct Frames<'a> {
    codes: &'a HashMap<usize, ObjRef>,
    made: HashMap<(usize, u32), ObjRef>,
    unknown: Option<ObjRef>,
}

impl Frames<'_> {
    /// The one-frame traceback tuple for a trace.
    fn traceback(&mut self, code: usize, pc: u32) -> ObjRef {
        if let Some(t) = self.made.get(&(code, pc)) {
            return t.clone();
        }
        let frame = match self.codes.get(&code) {
            Some(c) => {
                let cd = c.payload::<CodeData>();
                let line = cd.code.positions.get(pc as usize).map_or(0, |p| p.line);
                new_tuple(vec![cd.filename.clone(), new_int(i64::from(line))])
            }
            None => self
                .unknown
                .get_or_insert_with(|| new_tuple(vec![new_str("<unknown>"), new_int(0)]))
                .clone(),
        };
        let tb = new_tuple(vec![frame]);
        self.made.insert((code, pc), tb.clone());
        tb
    }
}

/// `_get_traces()`: every live trace as `(domain, size, traceback, total_nframe)`.
fn get_traces(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "_get_traces")?;
    let (traces, codes) = tracing::snapshot();
    let mut frames = Frames {
        codes: &codes,
        made: HashMap::new(),
        unknown: None,
    };
    // The snapshot's own objects are not traced, as CPython's `_get_traces`.
    tracing::untraced(|| {
        let zero = new_int(0);
        let one = new_int(1);
        let items = traces
            .iter()
            .map(|t| {
                new_tuple(vec![
                    zero.clone(),
                    new_int(t.size as i64),
                    frames.traceback(t.code, t.pc),
                    one.clone(),
                ])
            })
            .collect();
        Ok(new_list(items))
    })
}

/// `_get_object_traceback(obj)`: the traceback tuple of the block holding `obj`, or None.
fn get_object_traceback(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "_get_object_traceback", 1, 1, &[])?;
    let Some((trace, code)) = tracing::trace_of(&pos[0]) else {
        return Ok(none());
    };
    let mut codes = HashMap::new();
    if let Some(c) = code {
        codes.insert(trace.code, c);
    }
    let mut frames = Frames {
        codes: &codes,
        made: HashMap::new(),
        unknown: None,
    };
    Ok(frames.traceback(trace.code, trace.pc))
}

/// Fill the `_tracemalloc` module's namespace.
pub fn init(_vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    support::add_functions(
        ns,
        &[
            ("start", start),
            ("stop", stop),
            ("is_tracing", is_tracing),
            ("clear_traces", clear_traces),
            ("get_traced_memory", get_traced_memory),
            ("reset_peak", reset_peak),
            ("get_tracemalloc_memory", get_tracemalloc_memory),
            ("get_traceback_limit", get_traceback_limit),
            ("_get_traces", get_traces),
            ("_get_object_traceback", get_object_traceback),
        ],
    );
    Ok(())
}
