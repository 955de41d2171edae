//! `_collections`: `deque`, the double-ended queue of `collections`, in Rust: a ring buffer
//! (`VecDeque`) of handles, so appends and pops at both ends are O(1), with an optional
//! `maxlen` that drops items from the opposite end. Messages and `repr` are CPython's.
//!
//! Mutation during iteration is detected as CPython does, with a counter bumped by every
//! change (`state`); iterators remember it and raise `RuntimeError: deque mutated during
//! iteration`. Methods that call Python code (`count`, `index`, `remove`, comparisons) work on
//! a snapshot of the items, so no borrow is held across a call.

use super::support::{self, new_native, new_native_for, parse, This};
use crate::ast::CmpOp;
use crate::heap::{Kind, ObjRef};
use crate::objects::native::NativeObject;
use crate::vm::{convert, exc, new_bool, new_int, new_list, new_str, none, ops, rt};
use crate::vm::{type_name, Args, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::OnceLock;

pub struct Deque {
    items: RefCell<VecDeque<ObjRef>>,
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
}

impl NativeObject for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(visit);
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }
    fn extra_size(&self) -> usize {
        self.items.borrow().capacity() * std::mem::size_of::<ObjRef>()
    }
}

impl Deque {
    fn new(maxlen: Option<usize>) -> Deque {
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        }
    }

    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn push_back(&self, v: ObjRef) {
        self.touch();
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        items.push_back(v);
        if let Some(m) = self.maxlen.get() {
            if items.len() > m {
                let old = items.pop_front();
                drop(items);
                drop(old);
            }
        }
    }

    fn push_front(&self, v: ObjRef) {
        self.touch();
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        items.push_front(v);
        if let Some(m) = self.maxlen.get() {
            if items.len() > m {
                let old = items.pop_back();
                drop(items);
                drop(old);
            }
        }
    }

    fn snapshot(&self) -> Vec<ObjRef> {
        self.items.borrow().iter().cloned().collect()
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }
}

const OWNER: &str = "collections.deque";

fn deque_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = support::new_type("collections", "collections.deque", None, true);
        support::constructor(&t, deque_new);
        support::methods(
            &t,
            OWNER,
            &[
                ("__init__", deque_init),
                ("append", deque_append),
                ("appendleft", deque_appendleft),
                ("pop", deque_pop),
                ("popleft", deque_popleft),
                ("extend", deque_extend),
                ("extendleft", deque_extendleft),
                ("rotate", deque_rotate),
                ("clear", deque_clear),
                ("count", deque_count),
                ("index", deque_index),
                ("insert", deque_insert),
                ("remove", deque_remove),
                ("reverse", deque_reverse),
                ("copy", deque_copy),
                ("__copy__", deque_copy),
                ("__len__", deque_len),
                ("__getitem__", deque_getitem),
                ("__setitem__", deque_setitem),
                ("__delitem__", deque_delitem),
                ("__contains__", deque_contains),
                ("__iter__", deque_iter),
                ("__reversed__", deque_reversed),
                ("__repr__", deque_repr),
                ("__eq__", deque_eq),
                ("__ne__", deque_ne),
                ("__lt__", deque_lt),
                ("__le__", deque_le),
                ("__gt__", deque_gt),
                ("__ge__", deque_ge),
                ("__add__", deque_add),
                ("__iadd__", deque_iadd),
                ("__mul__", deque_mul),
                ("__rmul__", deque_mul),
                ("__imul__", deque_imul),
                ("__reduce__", deque_reduce),
                ("__sizeof__", deque_sizeof),
            ],
        );
        let getter = support::function("maxlen", deque_maxlen);
        let prop = crate::heap::alloc(
            &rt().types.property,
            crate::objects::descr::PropertyData {
                name: std::cell::RefCell::new(None),
                fget: RefCell::new(Some(getter)),
                fset: RefCell::new(None),
                fdel: RefCell::new(None),
                doc: RefCell::new(Some(new_str(
                    "maximum size of a deque or None if unbounded",
                ))),
            },
        );
        let d = &t.payload::<crate::objects::typeobj::TypeData>().dict;
        support::set(d, "maxlen", prop);
        support::set(d, "__hash__", none());
        t
    })
}

fn iter_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = support::new_type("collections", "_collections._deque_iterator", None, false);
        support::methods(
            &t,
            "_collections._deque_iterator",
            &[("__iter__", iter_self), ("__next__", iter_next)],
        );
        t
    })
}

fn this(args: &Args, name: &str) -> PyResult<This<Deque>> {
    This::from_args(args, OWNER, name)
}

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque (filled by `__init__`).
fn deque_new(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let cls = args.args[0].clone();
    Ok(new_native_for(&cls, deque_type(), Deque::new(None)))
}

/// `deque.__init__(self, iterable=(), maxlen=None)`.
fn deque_init(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__init__")?;
    let (pos, kw) = parse(&args.rest(), "deque", 0, 2, &["iterable", "maxlen"])?;
    let iterable = pos.first().cloned().or_else(|| kw[0].clone());
    let maxlen = pos.get(1).cloned().or_else(|| kw[1].clone());
    let maxlen = match maxlen {
        Some(m) if !m.is(&rt().none) => {
            if m.kind() != Kind::Int {
                return exc::type_error("an integer is required");
            }
            let n = convert::index_i64(vm, &m)?;
            if n < 0 {
                return exc::value_error("maxlen must be non-negative");
            }
            Some(n as usize)
        }
        _ => None,
    };
    d.maxlen.set(maxlen);
    if d.len() > 0 {
        d.touch();
        let old = std::mem::take(&mut *d.items.borrow_mut());
        drop(old);
    }
    if let Some(it) = iterable {
        extend(vm, &d, &it, false)?;
    }
    Ok(none())
}

fn extend(vm: &mut Vm, d: &This<Deque>, iterable: &ObjRef, left: bool) -> PyResult<()> {
    // Extending a deque with itself iterates over a copy, as CPython.
    let items = if iterable.is(d.obj()) {
        d.snapshot()
    } else {
        ops::collect(vm, iterable)?
    };
    for v in items {
        if left {
            d.push_front(v);
        } else {
            d.push_back(v);
        }
    }
    Ok(())
}

fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    let r = args.rest();
    if r.has_kwargs() {
        return exc::type_error(format!("deque.{name}() takes no keyword arguments"));
    }
    match r.pos() {
        [v] => Ok(v),
        p => exc::type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            p.len()
        )),
    }
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    let r = args.rest();
    if r.has_kwargs() {
        return exc::type_error(format!("deque.{name}() takes no keyword arguments"));
    }
    if !r.pos().is_empty() {
        return exc::type_error(format!(
            "deque.{name}() takes no arguments ({} given)",
            r.pos().len()
        ));
    }
    Ok(())
}

fn deque_append(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "append")?;
    let v = one_arg(&args, "append")?;
    d.push_back(v.clone());
    Ok(none())
}

fn deque_appendleft(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "appendleft")?;
    let v = one_arg(&args, "appendleft")?;
    d.push_front(v.clone());
    Ok(none())
}

fn deque_pop(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "pop")?;
    no_args(&args, "pop")?;
    d.touch();
    let v = d.items.borrow_mut().pop_back();
    v.map_or_else(|| exc::index_error("pop from an empty deque"), Ok)
}

fn deque_popleft(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "popleft")?;
    no_args(&args, "popleft")?;
    d.touch();
    let v = d.items.borrow_mut().pop_front();
    v.map_or_else(|| exc::index_error("pop from an empty deque"), Ok)
}

fn deque_extend(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "extend")?;
    let v = one_arg(&args, "extend")?;
    extend(vm, &d, v, false)?;
    Ok(none())
}

fn deque_extendleft(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "extendleft")?;
    let v = one_arg(&args, "extendleft")?;
    extend(vm, &d, v, true)?;
    Ok(none())
}

fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "rotate")?;
    let (pos, _) = parse(&args.rest(), "rotate", 0, 1, &[])?;
    let n = match pos.first() {
        Some(v) => convert::index_i64(vm, v)?,
        None => 1,
    };
    let len = d.len() as i64;
    if len > 1 {
        d.touch();
        let k = n.rem_euclid(len) as usize;
        d.items.borrow_mut().rotate_right(k);
    }
    Ok(none())
}

fn deque_clear(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "clear")?;
    no_args(&args, "clear")?;
    d.touch();
    let old = std::mem::take(&mut *d.items.borrow_mut());
    drop(old);
    Ok(none())
}

/// `a == b` as `PyObject_RichCompareBool` (identity first).
fn eq_bool(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    let r = ops::compare(vm, a, b, CmpOp::Eq)?;
    ops::truthy(vm, &r)
}

fn mutated<T>() -> PyResult<T> {
    exc::runtime_error("deque mutated during iteration")
}

fn deque_count(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "count")?;
    let v = one_arg(&args, "count")?;
    let state = d.state.get();
    let mut n = 0;
    for item in d.snapshot() {
        if eq_bool(vm, &item, v)? {
            n += 1;
        }
        if d.state.get() != state {
            return mutated();
        }
    }
    Ok(new_int(n))
}

fn clamp_index(vm: &mut Vm, o: Option<&ObjRef>, len: i64, default: i64) -> PyResult<i64> {
    let Some(o) = o else {
        return Ok(default);
    };
    let i = match crate::vm::builtins_seq::index_of(vm, o)? {
        Some(i) => i,
        None => {
            return exc::type_error("slice indices must be integers or have an __index__ method")
        }
    };
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
}

fn deque_index(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "index")?;
    let (pos, _) = parse(&args.rest(), "index", 1, 3, &[])?;
    let len = d.len() as i64;
    let start = clamp_index(vm, pos.get(1), len, 0)?;
    let stop = clamp_index(vm, pos.get(2), len, len)?;
    let state = d.state.get();
    let items = d.snapshot();
    for i in start..stop {
        let Some(item) = items.get(i as usize) else {
            break;
        };
        if eq_bool(vm, item, &pos[0])? {
            return Ok(new_int(i));
        }
        if d.state.get() != state {
            return mutated();
        }
    }
    let r = convert::repr_string(vm, &pos[0])?;
    exc::value_error(format!("{r} is not in deque"))
}

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "insert")?;
    let (pos, _) = parse(&args.rest(), "insert", 2, 2, &[])?;
    let i = convert::index_i64(vm, &pos[0])?;
    let len = d.len();
    if d.maxlen.get() == Some(len) {
        return exc::index_error("deque already at its maximum size");
    }
    let len = len as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    d.touch();
    d.items.borrow_mut().insert(at, pos[1].clone());
    Ok(none())
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "remove")?;
    let v = one_arg(&args, "remove")?;
    let state = d.state.get();
    for (i, item) in d.snapshot().iter().enumerate() {
        let eq = eq_bool(vm, item, v)?;
        if d.state.get() != state {
            return exc::index_error("deque mutated during remove().");
        }
        if eq {
            d.touch();
            let old = d.items.borrow_mut().remove(i);
            drop(old);
            return Ok(none());
        }
    }
    let r = convert::repr_string(vm, v)?;
    exc::value_error(format!("{r} is not in deque"))
}

fn deque_reverse(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "reverse")?;
    no_args(&args, "reverse")?;
    d.touch();
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(none())
}

/// A new deque of the same class as `like` with `items` and `maxlen`.
fn make_like(
    vm: &mut Vm,
    like: &ObjRef,
    items: Vec<ObjRef>,
    maxlen: Option<usize>,
) -> PyResult<ObjRef> {
    let ty = deque_type();
    if like.is_type(ty) {
        let d = Deque::new(maxlen);
        for v in items {
            d.push_back(v);
        }
        return Ok(new_native(ty, d));
    }
    // A subclass: call it as CPython does, `type(d)(items, maxlen)`.
    let cls = like.type_of();
    let list = new_list(items);
    let m = maxlen.map_or_else(none, |m| new_int(m as i64));
    crate::vm::call::call(vm, &cls, Args::new(&[list, m]))
}

fn deque_copy(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "copy")?;
    let items = d.snapshot();
    make_like(vm, &args.args[0], items, d.maxlen.get())
}

fn deque_len(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__len__")?;
    Ok(new_int(d.len() as i64))
}

fn seq_index(vm: &mut Vm, d: &Deque, key: &ObjRef) -> PyResult<usize> {
    let i = match key.kind() {
        Kind::Int => convert::index_i64(vm, key)?,
        _ if crate::vm::attr::lookup_type_str(&key.type_of(), "__index__").is_some() => {
            convert::index_i64(vm, key)?
        }
        _ => {
            return exc::type_error(format!(
                "sequence index must be integer, not '{}'",
                type_name(key)
            ))
        }
    };
    let len = d.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return exc::index_error("deque index out of range");
    }
    Ok(j as usize)
}

fn deque_getitem(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__getitem__")?;
    let (pos, _) = parse(&args.rest(), "__getitem__", 1, 1, &[])?;
    let i = seq_index(vm, &d, &pos[0])?;
    let v = d.items.borrow().get(i).cloned();
    v.map_or_else(|| exc::index_error("deque index out of range"), Ok)
}

fn deque_setitem(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__setitem__")?;
    let (pos, _) = parse(&args.rest(), "__setitem__", 2, 2, &[])?;
    let i = seq_index(vm, &d, &pos[0])?;
    let old = {
        let mut items = d.items.borrow_mut();
        match items.get_mut(i) {
            Some(slot) => std::mem::replace(slot, pos[1].clone()),
            None => return exc::index_error("deque index out of range"),
        }
    };
    drop(old);
    Ok(none())
}

fn deque_delitem(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__delitem__")?;
    let (pos, _) = parse(&args.rest(), "__delitem__", 1, 1, &[])?;
    let i = seq_index(vm, &d, &pos[0])?;
    d.touch();
    let old = d.items.borrow_mut().remove(i);
    drop(old);
    Ok(none())
}

fn deque_contains(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__contains__")?;
    let (pos, _) = parse(&args.rest(), "__contains__", 1, 1, &[])?;
    let state = d.state.get();
    for item in d.snapshot() {
        if eq_bool(vm, &item, &pos[0])? {
            return Ok(new_bool(true));
        }
        if d.state.get() != state {
            return mutated();
        }
    }
    Ok(new_bool(false))
}

/// A deque iterator: the deque, the next position, the direction, and the deque's state.
struct DequeIter {
    deque: ObjRef,
    pos: Cell<usize>,
    reverse: bool,
    state: u64,
}

impl NativeObject for DequeIter {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        visit(&self.deque);
    }
}

fn new_iter(d: &This<Deque>, reverse: bool) -> ObjRef {
    new_native(
        iter_type(),
        DequeIter {
            deque: d.obj().clone(),
            pos: Cell::new(0),
            reverse,
            state: d.state.get(),
        },
    )
}

fn deque_iter(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__iter__")?;
    Ok(new_iter(&d, false))
}

fn deque_reversed(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__reversed__")?;
    Ok(new_iter(&d, true))
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(args.args[0].clone())
}

fn iter_next(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let it: This<DequeIter> = This::from_args(&args, "_collections._deque_iterator", "__next__")?;
    let Some(d) = This::<Deque>::of(&it.deque) else {
        return Err(exc::err_noargs("StopIteration"));
    };
    if d.state.get() != it.state {
        return mutated();
    }
    let items = d.items.borrow();
    let p = it.pos.get();
    let v = if it.reverse {
        items.len().checked_sub(p + 1).and_then(|i| items.get(i))
    } else {
        items.get(p)
    };
    match v {
        Some(v) => {
            it.pos.set(p + 1);
            Ok(v.clone())
        }
        None => Err(exc::err_noargs("StopIteration")),
    }
}

fn deque_repr(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__repr__")?;
    let obj = &args.args[0];
    let name = if obj.is_type(deque_type()) {
        "deque".to_string()
    } else {
        crate::vm::types::type_name_of(&obj.type_of())
    };
    if !repr_enter(d.obj()) {
        return Ok(new_str("[...]"));
    }
    let items = new_list(d.snapshot());
    let r = convert::repr_string(vm, &items);
    repr_leave(d.obj());
    let r = r?;
    Ok(new_str(&match d.maxlen.get() {
        Some(m) => format!("{name}({r}, maxlen={m})"),
        None => format!("{name}({r})"),
    }))
}

thread_local! {
    static REPR_BUSY: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

fn repr_enter(o: &ObjRef) -> bool {
    REPR_BUSY.with(|b| {
        let mut b = b.borrow_mut();
        if b.contains(&o.addr()) {
            false
        } else {
            b.push(o.addr());
            true
        }
    })
}

fn repr_leave(o: &ObjRef) {
    REPR_BUSY.with(|b| b.borrow_mut().retain(|a| *a != o.addr()));
}

fn compare(vm: &mut Vm, args: Args, op: CmpOp, name: &str) -> PyResult<ObjRef> {
    let d = this(&args, name)?;
    let (pos, _) = parse(&args.rest(), name, 1, 1, &[])?;
    let Some(other) = This::<Deque>::of(&pos[0]) else {
        return Ok(rt().not_implemented.clone());
    };
    let a = new_list(d.snapshot());
    let b = new_list(other.snapshot());
    ops::compare(vm, &a, &b, op)
}

fn deque_eq(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, CmpOp::Eq, "__eq__")
}
fn deque_ne(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, CmpOp::NotEq, "__ne__")
}
fn deque_lt(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, CmpOp::Lt, "__lt__")
}
fn deque_le(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, CmpOp::LtE, "__le__")
}
fn deque_gt(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, CmpOp::Gt, "__gt__")
}
fn deque_ge(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, CmpOp::GtE, "__ge__")
}

fn deque_add(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__add__")?;
    let (pos, _) = parse(&args.rest(), "__add__", 1, 1, &[])?;
    let Some(other) = This::<Deque>::of(&pos[0]) else {
        return exc::type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            type_name(&pos[0])
        ));
    };
    let mut items = d.snapshot();
    items.extend(other.snapshot());
    make_like(vm, &args.args[0], items, d.maxlen.get())
}

fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__iadd__")?;
    let (pos, _) = parse(&args.rest(), "__iadd__", 1, 1, &[])?;
    extend(vm, &d, &pos[0], false)?;
    Ok(args.args[0].clone())
}

fn repeat_count(vm: &mut Vm, args: &Args, name: &str) -> PyResult<i64> {
    let (pos, _) = parse(&args.rest(), name, 1, 1, &[])?;
    if crate::vm::attr::lookup_type_str(&pos[0].type_of(), "__index__").is_none()
        && pos[0].kind() != Kind::Int
    {
        return exc::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(&pos[0])
        ));
    }
    convert::index_i64(vm, &pos[0])
}

fn repeated(d: &Deque, n: i64) -> Vec<ObjRef> {
    let items = d.snapshot();
    let n = n.max(0) as usize;
    // With a maxlen only the last maxlen items can survive.
    let keep = d.maxlen.get().unwrap_or(usize::MAX);
    let total = items.len().saturating_mul(n);
    let skip = total.saturating_sub(keep);
    items
        .iter()
        .cycle()
        .take(total)
        .skip(skip)
        .cloned()
        .collect()
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__mul__")?;
    let n = repeat_count(vm, &args, "__mul__")?;
    let items = repeated(&d, n);
    make_like(vm, &args.args[0], items, d.maxlen.get())
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__imul__")?;
    let n = repeat_count(vm, &args, "__imul__")?;
    let items = repeated(&d, n);
    d.touch();
    *d.items.borrow_mut() = items.into();
    Ok(args.args[0].clone())
}

fn deque_reduce(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__reduce__")?;
    let items = new_list(d.snapshot());
    let m = d.maxlen.get().map_or_else(none, |m| new_int(m as i64));
    Ok(crate::vm::new_tuple(vec![
        args.args[0].type_of(),
        crate::vm::new_tuple(vec![items, m]),
    ]))
}

fn deque_sizeof(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "__sizeof__")?;
    Ok(new_int(d.obj().size_of() as i64))
}

fn deque_maxlen(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = this(&args, "maxlen")?;
    Ok(d.maxlen.get().map_or_else(none, |m| new_int(m as i64)))
}

/// `_collections._count_elements(mapping, iterable)`: `mapping[x] += 1` for each item.
fn count_elements(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "_count_elements", 2, 2, &[])?;
    let (mapping, iterable) = (&pos[0], &pos[1]);
    let it = ops::get_iter(vm, iterable)?;
    let one = new_int(1);
    let exact_dict = mapping.kind() == Kind::Dict && mapping.is_type(&rt().types.dict);
    while let Some(x) = ops::next(vm, &it)? {
        let cur = if exact_dict {
            crate::vm::dictops::getitem_opt(vm, mapping, &x)?
        } else {
            let get = crate::vm::attr::getattr_str(vm, mapping, "get")?;
            let zero = new_int(0);
            Some(crate::vm::call::call(
                vm,
                &get,
                Args::new(&[x.clone(), zero]),
            )?)
        };
        let n = match cur {
            Some(c) => ops::binary_op(vm, &c, &one, crate::ast::Operator::Add, false)?,
            None => one.clone(),
        };
        ops::setitem(vm, mapping, x, n)?;
    }
    Ok(none())
}

/// Fill the `_collections` module.
pub fn init(_vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    support::set(ns, "deque", deque_type().clone());
    support::set(ns, "_deque_iterator", iter_type().clone());
    support::add_functions(ns, &[("_count_elements", count_elements)]);
    Ok(())
}
