//! The evaluation loop: runs a frame's instructions until it returns or yields.
//!
//! Errors: an instruction that fails produces the exception object; the loop records the frame
//! in the exception's traceback (unless it is a re-raise), chains `__context__` to the exception
//! being handled, and looks up the innermost exception-table entry covering the instruction.
//! With one, the value stack is cut to the entry's depth, the exception pushed, and execution
//! continues at the handler; without one, the exception leaves the frame.

use super::frame::Frame;
use super::frame_names::{
    frame_call, load_global, load_global_cached, name_error, unbound_deref, unbound_local,
};
use super::{attr, call, convert, dictops, exc, import, ops, rt, traceback, Args, PyResult, Vm};
use super::{new_bool, new_int, new_list, new_set, new_string, new_tuple, none};
use crate::compile::code::Instr;
use crate::heap::tracing;
use crate::heap::ObjRef;
use crate::objects::cell::CellData;
use crate::objects::code::CodeData;
use crate::objects::exception::ExceptionData;
use crate::objects::list::ListData;
use crate::objects::tuple::TupleData;

/// Return the value stack to the frame when the loop leaves it. The frame holds the empty
/// vector `take` left there, which needs no drop (dropping it would be a call per exit).
#[inline(always)]
fn put_back_stack(frame: &mut Frame, stack: Vec<ObjRef>) {
    let placeholder = std::mem::replace(&mut frame.stack, stack);
    if placeholder.capacity() == 0 {
        std::mem::forget(placeholder);
    }
}

/// Cut the value stack down to `len` items, releasing the rest bottom first (as `truncate`;
/// CPython releases a call's callable, then its arguments in order). The one item a call
/// leaves when its arguments were moved into the callee is popped inline: `truncate` is an
/// out-of-line call.
#[inline(always)]
fn cut(stack: &mut Vec<ObjRef>, len: usize) {
    if stack.len() == len + 1 {
        stack.pop();
    } else {
        stack.truncate(len);
    }
}

/// How a frame stopped.
pub enum Exit {
    Return(ObjRef),
    Yield(ObjRef),
}

/// Run `frame` from its current position. While `tracemalloc` traces, the caller's place is
/// restored when the frame returns (allocations after the call are the caller's).
#[inline(always)]
pub fn run_frame(vm: &mut Vm, frame: &mut Frame) -> PyResult<Exit> {
    if !tracing::on() {
        return run_frame_loop(vm, frame);
    }
    let caller = tracing::location();
    let r = run_frame_loop(vm, frame);
    tracing::set_location(caller);
    r
}

/// The evaluation loop proper.
// `pc` is set for the second instruction of a fused pair even where that one cannot fail.
#[allow(unused_assignments)]
fn run_frame_loop(vm: &mut Vm, frame: &mut Frame) -> PyResult<Exit> {
    let code_ref = frame.code.clone();
    let code: &CodeData = code_ref.payload::<CodeData>();
    let instrs: &[Instr] = &code.code.instructions;
    let r = rt();
    // Tables used by the hottest instructions, hoisted out of the loop (one load each instead
    // of a chain through the code object or the runtime).
    let consts: &[ObjRef] = &code.consts;
    let small_ints: &[ObjRef] = &r.small_ints;
    // The next instruction's index, kept in a local (not in the frame) while the loop runs;
    // stored back into the frame where it is needed: at a yield (a generator resumes there).
    let mut next_pc = frame.pc;
    // Entering a frame checks for Ctrl-C, as CPython's RESUME does (recursion without loops).
    super::signals::poll()?;
    // The value stack is moved out of the frame while the loop runs (its buffer stays the
    // frame's): a local is one load away, a field of `frame` two.
    let mut stack = std::mem::take(&mut frame.stack);
    'run: loop {
        let mut pc = next_pc;
        let instr = &instrs[pc];
        next_pc = pc + 1;
        if tracing::on() {
            tracing::at(&code_ref, pc);
        }
        let mut reraise = false;
        let error: ObjRef = 'err: {
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break 'err e,
                    }
                };
            }
            macro_rules! pop {
                () => {
                    match stack.pop() {
                        Some(v) => v,
                        None => break 'err exc::err("SystemError", "value stack underflow"),
                    }
                };
            }
            macro_rules! top {
                () => {
                    match stack.last() {
                        Some(v) => v,
                        None => break 'err exc::err("SystemError", "value stack underflow"),
                    }
                };
            }
            // `LOAD_FAST i`'s push, or its UnboundLocalError.
            macro_rules! load_fast {
                ($i:expr) => {
                    match &frame.fast[$i as usize] {
                        Some(v) => {
                            let v = v.clone();
                            stack.push(v);
                        }
                        None => break 'err unbound_local(code, $i as usize),
                    }
                };
            }
            // `a OP b` with the small-int and float fast paths.
            macro_rules! binary_op {
                ($a:expr, $b:expr, $op:expr) => {
                    match ops::small_int_arith(&$a, &$b, $op.op) {
                        Some(i) if (-5..=256).contains(&i) => small_ints[(i + 5) as usize].clone(),
                        Some(i) => super::new_int(i),
                        None => match ops::float_fast_binop(&$a, &$b, $op.op) {
                            Some(v) => v,
                            None => tri!(ops::binary_op(vm, &$a, &$b, $op.op, $op.inplace)),
                        },
                    }
                };
            }
            // The truth of `a OP b` (comparisons feeding a conditional jump).
            macro_rules! compare_truth {
                ($a:expr, $b:expr, $op:expr) => {
                    match ops::small_int_compare(&$a, &$b, $op) {
                        Some(t) => t,
                        None => {
                            let v = tri!(ops::compare(vm, &$a, &$b, $op));
                            if v.is(&r.true_) {
                                true
                            } else if v.is(&r.false_) {
                                false
                            } else {
                                tri!(ops::truthy(vm, &v))
                            }
                        }
                    }
                };
            }
            // Instruction pairs that follow each other often are run together: the second one
            // is taken from the stream here (it keeps its own index for tracebacks), saving a
            // trip through the dispatch.
            // A backward jump checks for Ctrl-C (vm/signals.rs), as CPython's JUMP_BACKWARD.
            macro_rules! backward_check {
                () => {
                    if next_pc <= pc {
                        tri!(super::signals::poll());
                    }
                };
            }
            macro_rules! fuse_next {
                () => {{
                    pc = next_pc;
                    next_pc += 1;
                }};
            }
            match instr {
                Instr::Nop => {}
                Instr::PopTop => {
                    pop!();
                }
                Instr::Copy1 => {
                    let v = top!().clone();
                    stack.push(v);
                }
                Instr::Copy(n) => {
                    let v = stack[stack.len() - *n as usize].clone();
                    stack.push(v);
                }
                Instr::Swap(n) => {
                    let len = stack.len();
                    stack.swap(len - 1, len - *n as usize);
                }
                Instr::LoadConst(i) => {
                    let c = &consts[*i as usize];
                    match &instrs[next_pc] {
                        // `x OP const`: the operation takes the constant without a push.
                        Instr::BinaryOp(op) => {
                            fuse_next!();
                            let a = pop!();
                            let v = binary_op!(a, c, op);
                            stack.push(v);
                        }
                        _ => stack.push(c.clone()),
                    }
                }
                Instr::LoadFast(i) => {
                    load_fast!(*i);
                    match &instrs[next_pc] {
                        Instr::LoadFast(j) => {
                            fuse_next!();
                            load_fast!(*j);
                        }
                        Instr::LoadConst(j) => {
                            fuse_next!();
                            stack.push(consts[*j as usize].clone());
                        }
                        _ => {}
                    }
                }
                Instr::StoreFast(i) => {
                    let v = pop!();
                    let old = frame.fast[*i as usize].replace(v);
                    drop(old);
                    if let Instr::LoadFast(j) = &instrs[next_pc] {
                        fuse_next!();
                        load_fast!(*j);
                    }
                }
                Instr::DeleteFast(i) => {
                    if frame.fast[*i as usize].take().is_none() {
                        let name = super::str_of(&code.varnames[*i as usize]);
                        break 'err exc::err(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        );
                    }
                }
                Instr::LoadName(i) => {
                    let name = &code.names[*i as usize];
                    let locals = frame.locals.as_ref().unwrap_or(&frame.globals);
                    let v = match tri!(dictops::getitem_opt(vm, locals, name)) {
                        Some(v) => v,
                        None => tri!(load_global(vm, frame, name)),
                    };
                    stack.push(v);
                }
                Instr::StoreName(i) => {
                    let v = pop!();
                    let locals = frame.locals.as_ref().unwrap_or(&frame.globals).clone();
                    tri!(dictops::setitem(
                        vm,
                        &locals,
                        code.names[*i as usize].clone(),
                        v
                    ));
                }
                Instr::DeleteName(i) => {
                    let name = &code.names[*i as usize];
                    let locals = frame.locals.as_ref().unwrap_or(&frame.globals).clone();
                    if tri!(dictops::delitem_opt(vm, &locals, name)).is_none() {
                        break 'err name_error(name);
                    }
                }
                Instr::LoadGlobal(i) => {
                    let v = match load_global_cached(frame, code, *i as usize) {
                        Ok(v) => v,
                        Err(e) => break 'err e,
                    };
                    stack.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = pop!();
                    let g = frame.globals.clone();
                    tri!(dictops::setitem(vm, &g, code.names[*i as usize].clone(), v));
                }
                Instr::DeleteGlobal(i) => {
                    let name = &code.names[*i as usize];
                    let g = frame.globals.clone();
                    if tri!(dictops::delitem_opt(vm, &g, name)).is_none() {
                        break 'err name_error(name);
                    }
                }
                Instr::LoadDeref(i) => {
                    let cell = frame.cells[*i as usize].payload::<CellData>();
                    let v = cell.value.borrow().clone();
                    match v {
                        Some(v) => stack.push(v),
                        None => break 'err unbound_deref(code, *i as usize),
                    }
                }
                Instr::StoreDeref(i) => {
                    let v = pop!();
                    let cell = frame.cells[*i as usize].payload::<CellData>();
                    let old = cell.value.borrow_mut().replace(v);
                    drop(old);
                }
                Instr::DeleteDeref(i) => {
                    let cell = frame.cells[*i as usize].payload::<CellData>();
                    let old = cell.value.borrow_mut().take();
                    if old.is_none() {
                        break 'err unbound_deref(code, *i as usize);
                    }
                    drop(old);
                }
                Instr::LoadClosure(i) => stack.push(frame.cells[*i as usize].clone()),
                Instr::LoadClassDeref(i) => {
                    let name = &code.cellnames[*i as usize];
                    let found = match &frame.locals {
                        Some(l) => tri!(dictops::getitem_opt(vm, l, name)),
                        None => None,
                    };
                    match found {
                        Some(v) => stack.push(v),
                        None => {
                            let cell = frame.cells[*i as usize].payload::<CellData>();
                            let v = cell.value.borrow().clone();
                            match v {
                                Some(v) => stack.push(v),
                                None => break 'err unbound_deref(code, *i as usize),
                            }
                        }
                    }
                }
                Instr::LoadAttr(i) => {
                    let obj = pop!();
                    let name = &code.names[*i as usize];
                    let v = match attr::instance_getattr_fast(&obj, name) {
                        Some(v) => v,
                        None => tri!(attr::getattr(vm, &obj, name)),
                    };
                    stack.push(v);
                }
                Instr::StoreAttr(i) => {
                    let obj = pop!();
                    let v = pop!();
                    let name = &code.names[*i as usize];
                    if let Err(v) = attr::instance_setattr_fast(&obj, name, v) {
                        tri!(attr::setattr(vm, &obj, name, v));
                    }
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop!();
                    tri!(attr::delattr(vm, &obj, &code.names[*i as usize]));
                }
                Instr::LoadMethod(i) => {
                    let obj = pop!();
                    match tri!(attr::load_method(vm, &obj, &code.names[*i as usize])) {
                        attr::Method::Unbound(f) => {
                            stack.push(f);
                            stack.push(obj);
                        }
                        attr::Method::Attr(v) => {
                            stack.push(rt().marker.clone());
                            stack.push(v);
                        }
                    }
                }
                Instr::BinarySubscr => {
                    let key = pop!();
                    let container = pop!();
                    let v = match ops::index_fast(&container, &key) {
                        Some(v) => v,
                        None => tri!(ops::getitem(vm, &container, &key)),
                    };
                    stack.push(v);
                }
                Instr::StoreSubscr => {
                    let key = pop!();
                    let container = pop!();
                    let v = pop!();
                    if let Some(v) = ops::store_index_fast(&container, &key, v) {
                        tri!(ops::setitem(vm, &container, key, v));
                    }
                }
                Instr::DeleteSubscr => {
                    let key = pop!();
                    let container = pop!();
                    tri!(ops::delitem(vm, &container, &key));
                }
                Instr::BuildSlice(n) => {
                    let step = if *n == 3 { pop!() } else { none() };
                    let stop = pop!();
                    let start = pop!();
                    stack.push(super::new_slice(start, stop, step));
                }
                Instr::BinaryOp(op) => {
                    let b = pop!();
                    let a = pop!();
                    let v = binary_op!(a, b, op);
                    match &instrs[next_pc] {
                        Instr::StoreFast(j) => {
                            fuse_next!();
                            let old = frame.fast[*j as usize].replace(v);
                            drop(old);
                        }
                        _ => stack.push(v),
                    }
                }
                Instr::UnaryNegative => {
                    let a = pop!();
                    let v = tri!(ops::unary(vm, &a, ops::Unary::Neg));
                    stack.push(v);
                }
                Instr::UnaryPositive => {
                    let a = pop!();
                    let v = tri!(ops::unary(vm, &a, ops::Unary::Pos));
                    stack.push(v);
                }
                Instr::UnaryInvert => {
                    let a = pop!();
                    let v = tri!(ops::unary(vm, &a, ops::Unary::Invert));
                    stack.push(v);
                }
                Instr::UnaryNot => {
                    let a = pop!();
                    let t = tri!(ops::truthy(vm, &a));
                    stack.push(new_bool(!t));
                }
                Instr::CompareOp(op) => {
                    let b = pop!();
                    let a = pop!();
                    match &instrs[next_pc] {
                        // A comparison feeding a conditional jump: no bool object in between.
                        Instr::PopJumpIfFalse(t) => {
                            let truth = compare_truth!(a, b, *op);
                            fuse_next!();
                            if !truth {
                                next_pc = *t as usize;
                                backward_check!();
                            }
                        }
                        Instr::PopJumpIfTrue(t) => {
                            let truth = compare_truth!(a, b, *op);
                            fuse_next!();
                            if truth {
                                next_pc = *t as usize;
                                backward_check!();
                            }
                        }
                        _ => {
                            let v = match ops::small_int_compare(&a, &b, *op) {
                                Some(true) => r.true_.clone(),
                                Some(false) => r.false_.clone(),
                                None => tri!(ops::compare(vm, &a, &b, *op)),
                            };
                            stack.push(v);
                        }
                    }
                }
                Instr::IsOp(invert) => {
                    let b = pop!();
                    let a = pop!();
                    stack.push(new_bool(a.is(&b) != *invert));
                }
                Instr::ContainsOp(invert) => {
                    let b = pop!();
                    let a = pop!();
                    let r = tri!(ops::contains(vm, &b, &a));
                    stack.push(new_bool(r != *invert));
                }
                Instr::BuildTuple(n) => {
                    let items = stack.split_off(stack.len() - *n as usize);
                    stack.push(new_tuple(items));
                }
                Instr::BuildList(n) => {
                    let items = stack.split_off(stack.len() - *n as usize);
                    stack.push(new_list(items));
                }
                Instr::BuildSet(n) => {
                    let items = stack.split_off(stack.len() - *n as usize);
                    let s = new_set(false);
                    for it in items {
                        tri!(dictops::set_add(vm, &s, it));
                    }
                    stack.push(s);
                }
                Instr::BuildMap(n) => {
                    let items = stack.split_off(stack.len() - 2 * *n as usize);
                    let d = super::new_dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        tri!(dictops::setitem(vm, &d, k, v));
                    }
                    stack.push(d);
                }
                Instr::BuildConstKeyMap(n) => {
                    let keys = pop!();
                    let values = stack.split_off(stack.len() - *n as usize);
                    let d = super::new_dict();
                    let keys = keys.payload::<TupleData>().items.clone();
                    for (k, v) in keys.iter().zip(values) {
                        tri!(dictops::setitem(vm, &d, k.clone(), v));
                    }
                    stack.push(d);
                }
                Instr::BuildString(n) => {
                    let parts = stack.split_off(stack.len() - *n as usize);
                    let mut s = String::new();
                    for p in &parts {
                        s.push_str(super::str_of(p));
                    }
                    stack.push(new_string(s));
                }
                Instr::FormatValue {
                    conversion,
                    has_spec,
                } => {
                    let spec = if *has_spec { Some(pop!()) } else { None };
                    let v = pop!();
                    let v = match conversion {
                        Some('s') => tri!(convert::str(vm, &v)),
                        Some('r') => tri!(convert::repr(vm, &v)),
                        Some('a') => tri!(convert::ascii(vm, &v)),
                        _ => v,
                    };
                    let spec_str = spec.as_ref().map(super::str_of).unwrap_or("");
                    let r = tri!(convert::format(vm, &v, spec_str));
                    stack.push(r);
                }
                Instr::ListAppend(i) => {
                    let v = pop!();
                    let list = &stack[stack.len() - *i as usize];
                    list.payload::<ListData>().items.borrow_mut().push(v);
                }
                Instr::SetAdd(i) => {
                    let v = pop!();
                    let set = stack[stack.len() - *i as usize].clone();
                    tri!(dictops::set_add(vm, &set, v));
                }
                Instr::MapAdd(i) => {
                    let v = pop!();
                    let k = pop!();
                    let d = stack[stack.len() - *i as usize].clone();
                    tri!(dictops::setitem(vm, &d, k, v));
                }
                Instr::ListExtend(i) => {
                    let it = pop!();
                    let list = stack[stack.len() - *i as usize].clone();
                    let items = tri!(ops::collect(vm, &it));
                    list.payload::<ListData>().items.borrow_mut().extend(items);
                }
                Instr::SetUpdate(i) => {
                    let it = pop!();
                    let set = stack[stack.len() - *i as usize].clone();
                    tri!(super::setops::update(vm, &set, &it));
                }
                Instr::DictUpdate(i) | Instr::DictMerge(i) => {
                    let m = pop!();
                    let d = stack[stack.len() - *i as usize].clone();
                    let merge = matches!(instr, Instr::DictMerge(_));
                    if merge {
                        let func = &stack[stack.len() - *i as usize - 2];
                        tri!(dictops::merge_kwargs(vm, &d, &m, func));
                    } else {
                        tri!(dictops::update(vm, &d, &m));
                    }
                }
                Instr::ListToTuple => {
                    let l = pop!();
                    let items = l.payload::<ListData>().items.borrow().clone();
                    stack.push(new_tuple(items));
                }
                Instr::UnpackSequence(n) => {
                    let seq = pop!();
                    let n = *n as usize;
                    // An exact tuple or list of the right length: push its items directly.
                    let direct = match seq.kind() {
                        crate::heap::Kind::Tuple if seq.is_type(&rt().types.tuple) => {
                            let items = &seq.payload::<TupleData>().items;
                            if items.len() == n {
                                stack.extend(items.iter().rev().cloned());
                                true
                            } else {
                                false
                            }
                        }
                        crate::heap::Kind::List if seq.is_type(&rt().types.list) => {
                            let items = seq.payload::<ListData>().items.borrow();
                            if items.len() == n {
                                stack.extend(items.iter().rev().cloned());
                                true
                            } else {
                                false
                            }
                        }
                        _ => false,
                    };
                    if !direct {
                        let items = tri!(ops::unpack(vm, &seq, n, None));
                        stack.extend(items.into_iter().rev());
                    }
                }
                Instr::UnpackEx { before, after } => {
                    let seq = pop!();
                    let items = tri!(ops::unpack(
                        vm,
                        &seq,
                        *before as usize,
                        Some(*after as usize)
                    ));
                    stack.extend(items.into_iter().rev());
                }
                Instr::Jump(t) => {
                    next_pc = *t as usize;
                    backward_check!();
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = pop!();
                    let t_ = if v.is(&r.true_) {
                        true
                    } else if v.is(&r.false_) {
                        false
                    } else {
                        tri!(ops::truthy(vm, &v))
                    };
                    if !t_ {
                        next_pc = *t as usize;
                        backward_check!();
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop!();
                    let t_ = if v.is(&r.true_) {
                        true
                    } else if v.is(&r.false_) {
                        false
                    } else {
                        tri!(ops::truthy(vm, &v))
                    };
                    if t_ {
                        next_pc = *t as usize;
                        backward_check!();
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    let v = top!().clone();
                    if tri!(ops::truthy(vm, &v)) {
                        stack.pop();
                    } else {
                        next_pc = *t as usize;
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    let v = top!().clone();
                    if tri!(ops::truthy(vm, &v)) {
                        next_pc = *t as usize;
                    } else {
                        stack.pop();
                    }
                }
                Instr::PopJumpIfNone(t) => {
                    let v = pop!();
                    if v.is(&rt().none) {
                        next_pc = *t as usize;
                        backward_check!();
                    }
                }
                Instr::PopJumpIfNotNone(t) => {
                    let v = pop!();
                    if !v.is(&rt().none) {
                        next_pc = *t as usize;
                        backward_check!();
                    }
                }
                Instr::GetIter => {
                    let v = pop!();
                    let it = tri!(ops::get_iter(vm, &v));
                    stack.push(it);
                }
                Instr::ForIter(t) => {
                    let it = top!().clone();
                    match tri!(ops::next(vm, &it)) {
                        Some(v) => stack.push(v),
                        None => {
                            stack.pop();
                            next_pc = *t as usize;
                        }
                    }
                }
                Instr::Call(n) => {
                    let n = *n as usize;
                    let base = stack.len() - n;
                    let func = stack[base - 1].clone();
                    let r = match call::call_moving(vm, &func, &mut stack, n) {
                        Some(r) => r,
                        None if func.kind() == crate::heap::Kind::Function => {
                            // Bind, release the caller's references, run: the arguments end
                            // up owned by the callee alone, as in CPython.
                            let bound = call::bind_function(vm, &func, Args::new(&stack[base..]));
                            cut(&mut stack, base - 1);
                            call::run_bound(vm, &func, tri!(bound))
                        }
                        None => match frame_call(vm, frame, &func, n) {
                            Some(r) => r,
                            None => call::call(vm, &func, Args::new(&stack[base..])),
                        },
                    };
                    cut(&mut stack, base - 1);
                    stack.push(tri!(r));
                }
                Instr::CallKw { argc, kwnames } => {
                    let n = *argc as usize;
                    let base = stack.len() - n;
                    let func = stack[base - 1].clone();
                    let names = &code.consts[*kwnames as usize];
                    let names = &names.payload::<TupleData>().items;
                    let args = Args {
                        args: &stack[base..],
                        kwnames: names,
                    };
                    let r = if func.kind() == crate::heap::Kind::Function {
                        let bound = call::bind_function(vm, &func, args);
                        cut(&mut stack, base - 1);
                        call::run_bound(vm, &func, tri!(bound))
                    } else {
                        call::call(vm, &func, args)
                    };
                    cut(&mut stack, base - 1);
                    stack.push(tri!(r));
                }
                Instr::CallMethod(n) => {
                    let n = *n as usize;
                    let len = stack.len();
                    let meth = stack[len - n - 2].clone();
                    let r = if meth.is(&rt().marker) {
                        let f = stack[len - n - 1].clone();
                        match call::call_moving(vm, &f, &mut stack, n) {
                            Some(r) => r,
                            None => call::call(vm, &f, Args::new(&stack[len - n..])),
                        }
                    } else {
                        match call::call_moving(vm, &meth, &mut stack, n + 1) {
                            Some(r) => r,
                            None => call::call(vm, &meth, Args::new(&stack[len - n - 1..])),
                        }
                    };
                    cut(&mut stack, len - n - 2);
                    stack.push(tri!(r));
                }
                Instr::CallFunctionEx { has_kwargs } => {
                    let kwargs = if *has_kwargs { Some(pop!()) } else { None };
                    let args = pop!();
                    let func = pop!();
                    let r = tri!(call::call_ex(vm, &func, &args, kwargs.as_ref()));
                    stack.push(r);
                }
                Instr::MakeFunction(flags) => {
                    let code_obj = pop!();
                    let closure = if flags.closure { Some(pop!()) } else { None };
                    let annotations = if flags.annotations {
                        Some(pop!())
                    } else {
                        None
                    };
                    let kwdefaults = if flags.kwdefaults { Some(pop!()) } else { None };
                    let defaults = if flags.defaults { Some(pop!()) } else { None };
                    let f = tri!(call::make_function(
                        vm,
                        code_obj,
                        frame.globals.clone(),
                        frame.builtins.clone(),
                        defaults,
                        kwdefaults,
                        annotations,
                        closure
                    ));
                    stack.push(f);
                }
                Instr::ReturnValue => {
                    let v = pop!();
                    put_back_stack(frame, stack);
                    return Ok(Exit::Return(v));
                }
                Instr::YieldValue => {
                    let v = pop!();
                    frame.pc = next_pc;
                    put_back_stack(frame, stack);
                    return Ok(Exit::Yield(v));
                }
                Instr::GenStart => {
                    pop!();
                }
                Instr::GetYieldFromIter => {
                    let v = pop!();
                    let it = if v.kind() == crate::heap::Kind::Generator {
                        v
                    } else {
                        tri!(ops::get_iter(vm, &v))
                    };
                    stack.push(it);
                }
                Instr::Send(t) => {
                    let v = pop!();
                    let sub = top!().clone();
                    match tri!(super::generator::send_to(vm, &sub, v)) {
                        super::generator::Sent::Yielded(y) => stack.push(y),
                        super::generator::Sent::Returned(r) => {
                            stack.pop();
                            stack.push(r);
                            next_pc = *t as usize;
                        }
                    }
                }
                Instr::LoadBuildClass => {
                    let b = frame.builtins.clone();
                    match tri!(dictops::getitem_opt(
                        vm,
                        &b,
                        &super::intern("__build_class__")
                    )) {
                        Some(v) => stack.push(v),
                        None => break 'err exc::err("NameError", "__build_class__ not found"),
                    }
                }
                Instr::ImportName(i) => {
                    let fromlist = pop!();
                    let level = pop!();
                    let m = tri!(import::import_name(
                        vm,
                        &code.names[*i as usize],
                        &frame.globals,
                        &fromlist,
                        &level
                    ));
                    stack.push(m);
                }
                Instr::ImportFrom(i) => {
                    let m = top!().clone();
                    let v = tri!(import::import_from(vm, &m, &code.names[*i as usize]));
                    stack.push(v);
                }
                Instr::ImportStar => {
                    let m = pop!();
                    let locals = frame.locals.as_ref().unwrap_or(&frame.globals).clone();
                    tri!(import::import_star(vm, &m, &locals));
                }
                Instr::SetupAnnotations => {
                    let locals = frame.locals.as_ref().unwrap_or(&frame.globals).clone();
                    let key = super::intern("__annotations__");
                    if tri!(dictops::getitem_opt(vm, &locals, &key)).is_none() {
                        tri!(dictops::setitem(vm, &locals, key, super::new_dict()));
                    }
                }
                Instr::RaiseVarargs(n) => match n {
                    0 => {
                        reraise = true;
                        match &vm.exc_info {
                            Some(e) => break 'err e.clone(),
                            None => {
                                reraise = false;
                                break 'err exc::err(
                                    "RuntimeError",
                                    "No active exception to reraise",
                                );
                            }
                        }
                    }
                    1 => {
                        let e = pop!();
                        let e = tri!(make_raisable(vm, &e));
                        set_propagating(&e, false);
                        break 'err e;
                    }
                    _ => {
                        let cause = pop!();
                        let e = pop!();
                        let e = tri!(make_raisable(vm, &e));
                        let cause = if cause.is(&rt().none) {
                            None
                        } else {
                            match make_raisable(vm, &cause) {
                                Ok(c) => Some(c),
                                Err(_) => {
                                    break 'err exc::err(
                                        "TypeError",
                                        "exception causes must derive from BaseException",
                                    )
                                }
                            }
                        };
                        let d = e.payload::<ExceptionData>();
                        *d.cause.borrow_mut() = cause;
                        d.suppress_context.set(true);
                        d.propagating.set(false);
                        break 'err e;
                    }
                },
                Instr::Reraise => {
                    let e = pop!();
                    reraise = true;
                    break 'err e;
                }
                Instr::PushExcInfo => {
                    let e = pop!();
                    let prev = vm.exc_info.replace(e.clone()).unwrap_or_else(none);
                    stack.push(prev);
                    stack.push(e);
                }
                Instr::PopExcept => {
                    let prev = pop!();
                    vm.exc_info = if prev.is(&rt().none) {
                        None
                    } else {
                        Some(prev)
                    };
                }
                Instr::CheckExcMatch => {
                    let ty = pop!();
                    let e = top!().clone();
                    let m = tri!(exception_matches(vm, &e, &ty));
                    stack.push(new_bool(m));
                }
                Instr::CheckEgMatch => {
                    break 'err exc::err("SystemError", "except* is not supported by mnemo yet");
                }
                Instr::LoadAssertionError => stack.push(exc::exc_type("AssertionError")),
                Instr::BeforeWith => {
                    let mgr = pop!();
                    let (exit, entered) = tri!(ops::before_with(vm, &mgr));
                    stack.push(exit);
                    stack.push(entered);
                }
                Instr::WithExceptStart => {
                    let len = stack.len();
                    let e = stack[len - 1].clone();
                    let exit = stack[len - 4].clone();
                    let ty = e.type_of();
                    let tb = e
                        .downcast::<ExceptionData>()
                        .and_then(|d| d.traceback.borrow().clone())
                        .unwrap_or_else(none);
                    let r = tri!(call::call(vm, &exit, Args::new(&[ty, e, tb])));
                    stack.push(r);
                }
                Instr::PrintExpr => {
                    let v = pop!();
                    tri!(super::builtins_print_expr(vm, &v));
                }
                Instr::GetAwaitable(_)
                | Instr::GetAiter
                | Instr::GetAnext
                | Instr::EndAsyncFor
                | Instr::BeforeAsyncWith
                | Instr::AsyncGenWrap
                | Instr::PrepReraiseStar => {
                    break 'err exc::err(
                        "SystemError",
                        "async functions and except* are not supported by mnemo yet",
                    );
                }
            }
            continue 'run;
        };
        // An exception: record this frame, then find a handler.
        let error = if reraise {
            error
        } else {
            let propagating = error
                .downcast::<ExceptionData>()
                .is_some_and(|d| d.propagating.get());
            if !propagating {
                set_context(vm, &error);
            }
            traceback::add_entry(&error, frame, pc);
            error
        };
        match find_handler(code, pc) {
            Some(h) => {
                set_propagating(&error, false);
                stack.truncate(h.depth as usize);
                if h.push_lasti {
                    stack.push(new_int(pc as i64));
                }
                stack.push(error);
                next_pc = h.target as usize;
            }
            None => {
                frame.pc = next_pc;
                set_propagating(&error, true);
                put_back_stack(frame, stack);
                return Err(error);
            }
        }
    }
}

/// Mark an exception as leaving the frames it was raised in (or, caught, as not).
pub(super) fn set_propagating(error: &ObjRef, on: bool) {
    if let Some(d) = error.downcast::<ExceptionData>() {
        d.propagating.set(on);
    }
}

fn find_handler(code: &CodeData, pc: usize) -> Option<&crate::compile::code::ExceptionEntry> {
    let pc = pc as u32;
    code.code
        .exception_table
        .iter()
        .find(|e| e.start <= pc && pc < e.end)
}

/// Chain the exception being raised to the one being handled (`__context__`), avoiding cycles.
pub(super) fn set_context(vm: &Vm, error: &ObjRef) {
    let Some(handled) = &vm.exc_info else {
        return;
    };
    if handled.is(error) {
        return;
    }
    let Some(d) = error.downcast::<ExceptionData>() else {
        return;
    };
    // Break a cycle: if `error` is already in `handled`'s context chain, cut it there.
    let mut o = handled.clone();
    loop {
        let next = o.payload::<ExceptionData>().context.borrow().clone();
        match next {
            Some(n) if n.is(error) => {
                *o.payload::<ExceptionData>().context.borrow_mut() = None;
                break;
            }
            Some(n) => o = n,
            None => break,
        }
    }
    *d.context.borrow_mut() = Some(handled.clone());
}

/// `raise X`: an exception instance, or a class to instantiate.
pub fn make_raisable(vm: &mut Vm, e: &ObjRef) -> PyResult<ObjRef> {
    if e.kind() == crate::heap::Kind::Exception {
        return Ok(e.clone());
    }
    if e.kind() == crate::heap::Kind::Type
        && super::types::is_subtype(e, &exc::exc_type("BaseException"))
    {
        let inst = call::call(vm, e, Args::new(&[]))?;
        if inst.kind() != crate::heap::Kind::Exception {
            return exc::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                super::repr_type(e),
                super::type_name(&inst)
            ));
        }
        return Ok(inst);
    }
    exc::type_error("exceptions must derive from BaseException")
}

/// `except T:` — whether `e` matches `T` (a class or a tuple of classes).
#[allow(clippy::only_used_in_recursion)]
pub fn exception_matches(vm: &mut Vm, e: &ObjRef, ty: &ObjRef) -> PyResult<bool> {
    if let Some(t) = ty.downcast::<TupleData>() {
        for t in t.items.iter() {
            if exception_matches(vm, e, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if ty.kind() != crate::heap::Kind::Type
        || !super::types::is_subtype(ty, &exc::exc_type("BaseException"))
    {
        return exc::type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        );
    }
    Ok(super::types::is_subtype(&e.type_of(), ty))
}
