//! Generators: making one from a generator function's frame, and resuming it (`next`,
//! `send`, `throw`, `close`), plus the `Send` step of `yield from`.

use super::eval::{run_frame, Exit};
use super::frame::Frame;
use super::{call, exc, none, rt, Args, PyResult, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::exception::ExceptionData;
use crate::objects::function::FunctionData;
use crate::objects::generator::GeneratorData;
use std::cell::{Cell, RefCell};

pub fn new_generator(func: &ObjRef, frame: Box<Frame>) -> ObjRef {
    let f = func.payload::<FunctionData>();
    crate::heap::alloc(
        &rt().types.generator,
        GeneratorData {
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            name: RefCell::new(f.name.borrow().clone()),
            qualname: RefCell::new(f.qualname.borrow().clone()),
            code: f.code.clone(),
            started: Cell::new(false),
            exc_state: RefCell::new(None),
        },
    )
}

/// What resuming a generator gave.
pub enum Resumed {
    Yielded(ObjRef),
    Returned(ObjRef),
}

/// Resume `gen` with `value` sent in, or with `throw` raised at the suspension point.
pub fn resume(
    vm: &mut Vm,
    gen: &ObjRef,
    value: ObjRef,
    throw: Option<ObjRef>,
) -> PyResult<Resumed> {
    let g = gen.payload::<GeneratorData>();
    if g.running.get() {
        return exc::value_error("generator already executing");
    }
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        if let Some(e) = throw {
            return Err(e);
        }
        return Ok(Resumed::Returned(none()));
    };
    if !g.started.get() && throw.is_none() && !value.is(&rt().none) {
        *g.frame.borrow_mut() = Some(frame);
        return exc::type_error("can't send non-None value to a just-started generator");
    }
    g.started.set(true);
    g.running.set(true);
    let limit = rt()
        .recursion_limit
        .load(std::sync::atomic::Ordering::Relaxed);
    if vm.depth >= limit {
        g.running.set(false);
        *g.frame.borrow_mut() = Some(frame);
        return Err(exc::err(
            "RecursionError",
            "maximum recursion depth exceeded",
        ));
    }
    vm.depth += 1;
    // The exception the generator was handling when it yielded becomes the thread's again;
    // otherwise the caller's stays visible inside (CPython's chain of `exc_info` states).
    let caller_exc = vm.exc_info.clone();
    if let Some(own) = g.exc_state.borrow_mut().take() {
        vm.exc_info = Some(own);
    }
    let r = match throw {
        Some(e) => throw_or_delegate(vm, &mut frame, e),
        None => {
            frame.stack.push(value);
            run_frame(vm, &mut frame)
        }
    };
    let inner_exc = std::mem::replace(&mut vm.exc_info, caller_exc.clone());
    vm.depth -= 1;
    g.running.set(false);
    match r {
        Ok(Exit::Yield(v)) => {
            let own = match (&inner_exc, &caller_exc) {
                (Some(i), Some(c)) if i.is(c) => None,
                _ => inner_exc,
            };
            *g.exc_state.borrow_mut() = own;
            *g.frame.borrow_mut() = Some(frame);
            Ok(Resumed::Yielded(v))
        }
        Ok(Exit::Return(v)) => Ok(Resumed::Returned(v)),
        // What leaves the generator has its context already (set where it was raised, or by
        // hand below): the frames it passes through next leave it alone.
        Err(e) => {
            if exc::matches(&e, "StopIteration") {
                let re = exc::err("RuntimeError", "generator raised StopIteration");
                *exc::data(&re).cause.borrow_mut() = Some(e.clone());
                *exc::data(&re).context.borrow_mut() = Some(e);
                exc::data(&re).suppress_context.set(true);
                super::eval::set_propagating(&re, true);
                return Err(re);
            }
            super::eval::set_propagating(&e, true);
            Err(e)
        }
    }
}

/// The sub-iterator of the `yield from` the frame is suspended in, if it is: the frame stopped
/// at the `YIELD_VALUE` after a `SEND`, with the sub-iterator on top of its stack.
fn yield_from_target(frame: &Frame) -> Option<(ObjRef, usize)> {
    use crate::compile::code::Instr;
    let instrs = &frame.code().code.instructions;
    let pc = frame.pc;
    match (
        pc.checked_sub(2).map(|i| &instrs[i]),
        instrs.get(pc.wrapping_sub(1)),
    ) {
        (Some(Instr::Send(target)), Some(Instr::YieldValue)) => frame
            .stack
            .last()
            .map(|sub| (sub.clone(), *target as usize)),
        _ => None,
    }
}

/// `gen.throw(e)` / `gen.close()` arriving at a frame: inside a `yield from`, the exception goes
/// to the sub-iterator first (GeneratorExit closes it), as CPython's `gen_throw` does; what
/// the sub-iterator then yields, returns or raises continues the outer frame.
fn throw_or_delegate(vm: &mut Vm, frame: &mut Frame, e: ObjRef) -> PyResult<Exit> {
    let Some((sub, target)) = yield_from_target(frame) else {
        return throw_into(vm, frame, e);
    };
    if exc::matches(&e, "GeneratorExit") {
        return match close_iter(vm, &sub) {
            Ok(()) => throw_into(vm, frame, e),
            Err(err) => throw_into(vm, frame, err),
        };
    }
    let sent = if sub.kind() == Kind::Generator {
        match resume(vm, &sub, none(), Some(e)) {
            Ok(Resumed::Yielded(v)) => Ok(Sent::Yielded(v)),
            Ok(Resumed::Returned(r)) => Ok(Sent::Returned(r)),
            Err(err) => Err(err),
        }
    } else {
        match super::attr::getattr_opt(vm, &sub, "throw")? {
            None => return throw_into(vm, frame, e),
            Some(t) => match call::call(vm, &t, Args::new(&[e])) {
                Ok(v) => Ok(Sent::Yielded(v)),
                Err(err) if exc::matches(&err, "StopIteration") => {
                    Ok(Sent::Returned(stop_value(&err)))
                }
                Err(err) => Err(err),
            },
        }
    };
    match sent {
        // The outer frame stays suspended in its `yield from`.
        Ok(Sent::Yielded(v)) => Ok(Exit::Yield(v)),
        // As `SEND` on a return: the value of the `yield from`, and on.
        Ok(Sent::Returned(r)) => {
            frame.stack.pop();
            frame.stack.push(r);
            frame.pc = target;
            run_frame(vm, frame)
        }
        Err(err) => throw_into(vm, frame, err),
    }
}

/// Close a `yield from` sub-iterator: `close()` of a generator, or its `close` method if any.
fn close_iter(vm: &mut Vm, sub: &ObjRef) -> PyResult<()> {
    if sub.kind() == Kind::Generator {
        return close(vm, sub);
    }
    if let Some(c) = super::attr::getattr_opt(vm, sub, "close")? {
        call::call(vm, &c, Args::new(&[]))?;
    }
    Ok(())
}

/// The value a StopIteration carries (`None` without arguments).
fn stop_value(e: &ObjRef) -> ObjRef {
    let args = e.payload::<ExceptionData>().args.borrow().clone();
    let items = &args.payload::<crate::objects::tuple::TupleData>().items;
    items.first().cloned().unwrap_or_else(none)
}

/// Raise `e` inside the frame at its suspension point (the instruction before `pc`).
fn throw_into(vm: &mut Vm, frame: &mut Frame, e: ObjRef) -> PyResult<Exit> {
    // Run a one-instruction "raise" at the yield: emulate by re-entering the loop with the
    // exception handled by the frame's exception table.
    let pc = frame.pc.saturating_sub(1);
    let code = frame.code.clone();
    let cd = code.payload::<crate::objects::code::CodeData>();
    super::traceback::add_entry(&e, frame, pc);
    let handler = cd
        .code
        .exception_table
        .iter()
        .find(|h| h.start as usize <= pc && pc < h.end as usize)
        .cloned();
    match handler {
        Some(h) => {
            frame.stack.truncate(h.depth as usize);
            if h.push_lasti {
                frame.stack.push(super::new_int(pc as i64));
            }
            frame.stack.push(e);
            frame.pc = h.target as usize;
            run_frame(vm, frame)
        }
        None => Err(e),
    }
}

/// `next(gen)`: `None` when it returns.
pub fn next(vm: &mut Vm, gen: &ObjRef) -> PyResult<Option<ObjRef>> {
    match resume(vm, gen, none(), None)? {
        Resumed::Yielded(v) => Ok(Some(v)),
        Resumed::Returned(_) => Ok(None),
    }
}

/// `gen.send(value)`: StopIteration(value) when it returns.
pub fn send(vm: &mut Vm, gen: &ObjRef, value: ObjRef) -> PyResult<ObjRef> {
    match resume(vm, gen, value, None)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => Err(stop_iteration(r)),
    }
}

pub fn stop_iteration(value: ObjRef) -> ObjRef {
    if value.is(&rt().none) {
        exc::err_noargs("StopIteration")
    } else {
        exc::new_exception(
            &exc::exc_type("StopIteration"),
            super::new_tuple(vec![value]),
        )
    }
}

/// `gen.throw(e)`.
pub fn throw(vm: &mut Vm, gen: &ObjRef, e: ObjRef) -> PyResult<ObjRef> {
    let e = super::eval::make_raisable(vm, &e)?;
    match resume(vm, gen, none(), Some(e))? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => Err(stop_iteration(r)),
    }
}

/// `gen.close()`.
pub fn close(vm: &mut Vm, gen: &ObjRef) -> PyResult<()> {
    let g = gen.payload::<GeneratorData>();
    if g.frame.borrow().is_none() {
        return Ok(());
    }
    if !g.started.get() {
        let f = g.frame.borrow_mut().take();
        drop(f);
        return Ok(());
    }
    // Raised at the close() call, as CPython's `PyErr_SetNone`: chained to what is handled there.
    let e = exc::err_noargs("GeneratorExit");
    super::eval::set_context(vm, &e);
    match resume(vm, gen, none(), Some(e)) {
        Ok(Resumed::Yielded(_)) => exc::runtime_error("generator ignored GeneratorExit"),
        Ok(Resumed::Returned(_)) => Ok(()),
        Err(e) if exc::matches(&e, "GeneratorExit") || exc::matches(&e, "StopIteration") => Ok(()),
        Err(e) => Err(e),
    }
}

/// What the `Send` instruction got from the sub-iterator.
pub enum Sent {
    Yielded(ObjRef),
    Returned(ObjRef),
}

/// One step of `yield from sub`: send `value` to `sub`.
pub fn send_to(vm: &mut Vm, sub: &ObjRef, value: ObjRef) -> PyResult<Sent> {
    if sub.kind() == Kind::Generator {
        return Ok(match resume(vm, sub, value, None)? {
            Resumed::Yielded(v) => Sent::Yielded(v),
            Resumed::Returned(r) => Sent::Returned(r),
        });
    }
    let r = if value.is(&rt().none) {
        super::ops::next(vm, sub).map(|o| o.ok_or_else(|| stop_iteration(none())))
    } else {
        let send = super::attr::getattr_str(vm, sub, "send")?;
        Ok(call::call(vm, &send, Args::new(&[value])))
    };
    match r? {
        Ok(v) => Ok(Sent::Yielded(v)),
        Err(e) if exc::matches(&e, "StopIteration") => {
            let args = e.payload::<ExceptionData>().args.borrow().clone();
            let items = &args.payload::<crate::objects::tuple::TupleData>().items;
            Ok(Sent::Returned(items.first().cloned().unwrap_or_else(none)))
        }
        Err(e) => Err(e),
    }
}
