//! `array`: `array.array`, a sequence of one machine type stored unboxed — the items live as
//! raw native-endian bytes in one `Vec<u8>` (see `array_codec.rs` for the typecodes), so an
//! array of a million ints costs 4 MB where a list costs a pointer plus an int object per item.
//! Items become Python objects only when read. Methods, messages and `repr` are CPython 3.11's
//! (`Modules/arraymodule.c`); pickling (`__reduce_ex__`) and the buffer protocol are left out.

use super::array_codec::{to_object, Code, Item, TYPECODES};
use super::support::{self, new_native, new_native_for, parse, This};
use crate::ast::CmpOp;
use crate::heap::{Kind, ObjRef};
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::native::NativeObject;
use crate::objects::slice::SliceData;
use crate::vm::{convert, exc, new_bytes, new_int, new_list, new_str, new_tuple, none, ops, rt};
use crate::vm::{str_of, type_name, Args, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

pub struct Array {
    code: Code,
    data: RefCell<Vec<u8>>,
}

impl NativeObject for Array {
    fn extra_size(&self) -> usize {
        self.data.borrow().capacity()
    }
}

impl Array {
    fn new(code: Code, data: Vec<u8>) -> Array {
        Array {
            code,
            data: RefCell::new(data),
        }
    }

    fn len(&self) -> usize {
        self.data.borrow().len() / self.code.size()
    }

    fn get(&self, i: usize) -> Item {
        let n = self.code.size();
        self.code.read(&self.data.borrow()[i * n..(i + 1) * n])
    }

    fn items(&self) -> Vec<Item> {
        let n = self.code.size();
        self.data
            .borrow()
            .chunks_exact(n)
            .map(|c| self.code.read(c))
            .collect()
    }

    fn encode(&self, items: &[Item]) -> Vec<u8> {
        let mut out = Vec::with_capacity(items.len() * self.code.size());
        for it in items {
            self.code.write(*it, &mut out);
        }
        out
    }

    /// Items of several Python objects, all converted before anything is stored.
    fn convert_all(&self, vm: &mut Vm, objs: &[ObjRef]) -> PyResult<Vec<u8>> {
        let mut out = Vec::with_capacity(objs.len() * self.code.size());
        for o in objs {
            let it = self.code.convert(vm, o)?;
            self.code.write(it, &mut out);
        }
        Ok(out)
    }
}

const OWNER: &str = "array.array";

fn array_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = support::new_type("array", "array.array", None, true);
        support::constructor(&t, array_new);
        support::methods(
            &t,
            OWNER,
            &[
                ("append", array_append),
                ("extend", array_extend),
                ("insert", array_insert),
                ("pop", array_pop),
                ("remove", array_remove),
                ("index", array_index),
                ("count", array_count),
                ("reverse", array_reverse),
                ("tolist", array_tolist),
                ("fromlist", array_fromlist),
                ("tobytes", array_tobytes),
                ("frombytes", array_frombytes),
                ("tounicode", array_tounicode),
                ("fromunicode", array_fromunicode),
                ("byteswap", array_byteswap),
                ("buffer_info", array_buffer_info),
                ("__copy__", array_copy),
                ("__deepcopy__", array_deepcopy),
                ("__len__", array_len),
                ("__getitem__", array_getitem),
                ("__setitem__", array_setitem),
                ("__delitem__", array_delitem),
                ("__contains__", array_contains),
                ("__iter__", array_iter),
                ("__repr__", array_repr),
                ("__eq__", array_eq),
                ("__ne__", array_ne),
                ("__lt__", array_lt),
                ("__le__", array_le),
                ("__gt__", array_gt),
                ("__ge__", array_ge),
                ("__add__", array_add),
                ("__iadd__", array_iadd),
                ("__mul__", array_mul),
                ("__rmul__", array_mul),
                ("__imul__", array_imul),
                ("__sizeof__", array_sizeof),
            ],
        );
        let d = &t.payload::<crate::objects::typeobj::TypeData>().dict;
        support::set(d, "typecode", getter("typecode", array_typecode));
        support::set(d, "itemsize", getter("itemsize", array_itemsize));
        support::set(d, "__hash__", none());
        t
    })
}

/// A read-only property whose getter is a built-in.
fn getter(name: &'static str, f: crate::objects::function::BuiltinFn) -> ObjRef {
    crate::heap::alloc(
        &rt().types.property,
        crate::objects::descr::PropertyData {
            name: std::cell::RefCell::new(None),
            fget: RefCell::new(Some(support::function(name, f))),
            fset: RefCell::new(None),
            fdel: RefCell::new(None),
            doc: RefCell::new(None),
        },
    )
}

fn iter_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = support::new_type("array", "array.arrayiterator", None, false);
        support::methods(
            &t,
            "array.arrayiterator",
            &[("__iter__", iter_self), ("__next__", iter_next)],
        );
        t
    })
}

fn this(args: &Args, name: &str) -> PyResult<This<Array>> {
    This::from_args(args, OWNER, name)
}

fn make(code: Code, data: Vec<u8>) -> ObjRef {
    new_native(array_type(), Array::new(code, data))
}

/// `array.array(typecode[, initializer])`.
fn array_new(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let cls = args.args[0].clone();
    let r = args.rest();
    if r.has_kwargs() && cls.is(array_type()) {
        return exc::type_error("array.array() takes no keyword arguments");
    }
    let pos = r.pos();
    if pos.is_empty() {
        return exc::type_error("array() takes at least 1 argument (0 given)");
    }
    if pos.len() > 2 {
        return exc::type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            pos.len()
        ));
    }
    let tc = &pos[0];
    let ch = match tc.kind() {
        Kind::Str if str_of(tc).chars().count() == 1 => str_of(tc).chars().next(),
        Kind::Str => {
            return exc::type_error("array() argument 1 must be a unicode character, not str")
        }
        _ => {
            return exc::type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                type_name(tc)
            ))
        }
    };
    let Some(code) = ch.and_then(Code::from_char) else {
        return exc::value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    };
    let a = Array::new(code, Vec::new());
    if let Some(init) = pos.get(1) {
        fill(vm, &a, init)?;
    }
    Ok(new_native_for(&cls, array_type(), a))
}

/// The initializer of a new array: a str (typecode `u` only), bytes-like, another array, or
/// any iterable of items.
fn fill(vm: &mut Vm, a: &Array, init: &ObjRef) -> PyResult<()> {
    let code = a.code;
    match init.kind() {
        Kind::Str => {
            if code != Code::WChar {
                return exc::type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code.ch()
                ));
            }
            let items: Vec<Item> = str_of(init).chars().map(|c| Item::Char(c as u32)).collect();
            *a.data.borrow_mut() = a.encode(&items);
            return Ok(());
        }
        Kind::Bytes | Kind::ByteArray => {
            return frombytes(a, &bytes_of(init).unwrap_or_default());
        }
        _ => {}
    }
    if let Some(other) = This::<Array>::of(init) {
        if other.code == Code::WChar && code != Code::WChar {
            return exc::type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code.ch()
            ));
        }
        let items = other.items();
        let objs = items
            .into_iter()
            .map(to_object)
            .collect::<PyResult<Vec<_>>>()?;
        let data = a.convert_all(vm, &objs)?;
        *a.data.borrow_mut() = data;
        return Ok(());
    }
    let objs = ops::collect(vm, init)?;
    let data = a.convert_all(vm, &objs)?;
    *a.data.borrow_mut() = data;
    Ok(())
}

/// The bytes of a bytes-like object (bytes, bytearray, array).
fn bytes_of(o: &ObjRef) -> Option<Vec<u8>> {
    let b = crate::vm::methods::base_of(o);
    match b.kind() {
        Kind::Bytes => Some(b.payload::<BytesData>().b.to_vec()),
        Kind::ByteArray => Some(b.payload::<ByteArrayData>().b.borrow().clone()),
        _ => This::<Array>::of(o).map(|a| a.data.borrow().clone()),
    }
}

fn frombytes(a: &Array, b: &[u8]) -> PyResult<()> {
    if !b.len().is_multiple_of(a.code.size()) {
        return exc::value_error("bytes length not a multiple of item size");
    }
    a.data.borrow_mut().extend_from_slice(b);
    Ok(())
}

fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    let r = args.rest();
    if r.has_kwargs() {
        return exc::type_error(format!("array.{name}() takes no keyword arguments"));
    }
    match r.pos() {
        [v] => Ok(v),
        p => exc::type_error(format!(
            "array.{name}() takes exactly one argument ({} given)",
            p.len()
        )),
    }
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    let r = args.rest();
    if r.has_kwargs() {
        return exc::type_error(format!("array.{name}() takes no keyword arguments"));
    }
    if !r.pos().is_empty() {
        return exc::type_error(format!(
            "array.{name}() takes no arguments ({} given)",
            r.pos().len()
        ));
    }
    Ok(())
}

fn array_typecode(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "typecode")?;
    Ok(new_str(a.code.ch().encode_utf8(&mut [0; 4])))
}

fn array_itemsize(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "itemsize")?;
    Ok(new_int(a.code.size() as i64))
}

fn array_append(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "append")?;
    let v = one_arg(&args, "append")?;
    let it = a.code.convert(vm, v)?;
    a.code.write(it, &mut a.data.borrow_mut());
    Ok(none())
}

fn extend(vm: &mut Vm, a: &Array, v: &ObjRef) -> PyResult<()> {
    if let Some(other) = This::<Array>::of(v) {
        if other.code != a.code {
            return exc::type_error("can only extend with array of same kind");
        }
        let b = other.data.borrow().clone();
        a.data.borrow_mut().extend_from_slice(&b);
        return Ok(());
    }
    let objs = ops::collect(vm, v)?;
    // CPython appends item by item: the items before a bad one stay.
    for o in &objs {
        let it = a.code.convert(vm, o)?;
        a.code.write(it, &mut a.data.borrow_mut());
    }
    Ok(())
}

fn array_extend(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "extend")?;
    let v = one_arg(&args, "extend")?;
    extend(vm, &a, v)?;
    Ok(none())
}

/// An index argument clamped as `list.insert` clamps it.
fn clamp(i: i64, len: usize) -> usize {
    let len = len as i64;
    (if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize
}

fn array_insert(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "insert")?;
    let (pos, _) = parse(&args.rest(), "insert", 2, 2, &[])?;
    let i = convert::index_i64(vm, &pos[0])?;
    let it = a.code.convert(vm, &pos[1])?;
    let at = clamp(i, a.len()) * a.code.size();
    let mut bytes = Vec::new();
    a.code.write(it, &mut bytes);
    a.data.borrow_mut().splice(at..at, bytes);
    Ok(none())
}

fn array_pop(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "pop")?;
    let (pos, _) = parse(&args.rest(), "pop", 0, 1, &[])?;
    let i = match pos.first() {
        Some(v) => convert::index_i64(vm, v)?,
        None => -1,
    };
    let len = a.len() as i64;
    if len == 0 {
        return exc::index_error("pop from empty array");
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return exc::index_error("pop index out of range");
    }
    let v = a.get(j as usize);
    let n = a.code.size();
    let j = j as usize;
    a.data.borrow_mut().drain(j * n..(j + 1) * n);
    to_object(v)
}

/// `a == b` as `PyObject_RichCompareBool` (identity first).
fn eq_bool(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    let r = ops::compare(vm, a, b, CmpOp::Eq)?;
    ops::truthy(vm, &r)
}

/// The position of the first item equal to `v` in `start..stop`.
fn find(vm: &mut Vm, a: &Array, v: &ObjRef, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let items = a.items();
    for (i, it) in items.iter().enumerate().take(stop).skip(start) {
        let o = to_object(*it)?;
        if eq_bool(vm, &o, v)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn array_remove(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "remove")?;
    let v = one_arg(&args, "remove")?;
    match find(vm, &a, v, 0, a.len())? {
        Some(i) => {
            let n = a.code.size();
            a.data.borrow_mut().drain(i * n..(i + 1) * n);
            Ok(none())
        }
        None => exc::value_error("array.remove(x): x not in array"),
    }
}

fn slice_bound(vm: &mut Vm, o: Option<&ObjRef>, len: usize, default: usize) -> PyResult<usize> {
    let Some(o) = o else {
        return Ok(default);
    };
    match crate::vm::builtins_seq::index_of(vm, o)? {
        Some(i) => Ok(clamp(i, len)),
        None => exc::type_error("slice indices must be integers or have an __index__ method"),
    }
}

fn array_index(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "index")?;
    let (pos, _) = parse(&args.rest(), "index", 1, 3, &[])?;
    let len = a.len();
    let start = slice_bound(vm, pos.get(1), len, 0)?;
    let stop = slice_bound(vm, pos.get(2), len, len)?;
    match find(vm, &a, &pos[0], start, stop)? {
        Some(i) => Ok(new_int(i as i64)),
        None => exc::value_error("array.index(x): x not in array"),
    }
}

fn array_count(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "count")?;
    let v = one_arg(&args, "count")?;
    let mut n = 0;
    for it in a.items() {
        if eq_bool(vm, &to_object(it)?, v)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn array_contains(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__contains__")?;
    let (pos, _) = parse(&args.rest(), "__contains__", 1, 1, &[])?;
    let found = find(vm, &a, &pos[0], 0, a.len())?.is_some();
    Ok(crate::vm::new_bool(found))
}

fn array_reverse(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "reverse")?;
    no_args(&args, "reverse")?;
    let mut items = a.items();
    items.reverse();
    let data = a.encode(&items);
    *a.data.borrow_mut() = data;
    Ok(none())
}

fn objects(a: &Array) -> PyResult<Vec<ObjRef>> {
    a.items().into_iter().map(to_object).collect()
}

fn array_tolist(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "tolist")?;
    no_args(&args, "tolist")?;
    Ok(new_list(objects(&a)?))
}

fn array_fromlist(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "fromlist")?;
    let v = one_arg(&args, "fromlist")?;
    if crate::vm::methods::base_of(v).kind() != Kind::List {
        return exc::type_error("arg must be list");
    }
    let objs = ops::collect(vm, v)?;
    let data = a.convert_all(vm, &objs)?;
    a.data.borrow_mut().extend_from_slice(&data);
    Ok(none())
}

fn array_tobytes(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "tobytes")?;
    no_args(&args, "tobytes")?;
    let b = new_bytes(&a.data.borrow());
    Ok(b)
}

fn array_frombytes(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "frombytes")?;
    let v = one_arg(&args, "frombytes")?;
    let Some(b) = bytes_of(v) else {
        return exc::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ));
    };
    frombytes(&a, &b)?;
    Ok(none())
}

fn array_tounicode(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "tounicode")?;
    no_args(&args, "tounicode")?;
    if a.code != Code::WChar {
        return exc::value_error("tounicode() may only be called on unicode type arrays");
    }
    let mut s = String::new();
    for o in objects(&a)? {
        s.push_str(str_of(&o));
    }
    Ok(crate::vm::new_string(s))
}

fn array_fromunicode(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "fromunicode")?;
    let v = one_arg(&args, "fromunicode")?;
    if v.kind() != Kind::Str {
        return exc::type_error(format!(
            "fromunicode() argument must be str, not {}",
            type_name(v)
        ));
    }
    if a.code != Code::WChar {
        return exc::value_error("fromunicode() may only be called on unicode type arrays");
    }
    let items: Vec<Item> = str_of(v).chars().map(|c| Item::Char(c as u32)).collect();
    let data = a.encode(&items);
    a.data.borrow_mut().extend_from_slice(&data);
    Ok(none())
}

fn array_byteswap(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "byteswap")?;
    no_args(&args, "byteswap")?;
    let n = a.code.size();
    for chunk in a.data.borrow_mut().chunks_exact_mut(n) {
        chunk.reverse();
    }
    Ok(none())
}

fn array_buffer_info(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "buffer_info")?;
    no_args(&args, "buffer_info")?;
    let addr = a.data.borrow().as_ptr() as usize as i64;
    Ok(new_tuple(vec![new_int(addr), new_int(a.len() as i64)]))
}

fn array_copy(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__copy__")?;
    let data = a.data.borrow().clone();
    Ok(make(a.code, data))
}

fn array_deepcopy(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__deepcopy__")?;
    let _ = one_arg(&args, "__deepcopy__")?;
    let data = a.data.borrow().clone();
    Ok(make(a.code, data))
}

fn array_len(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__len__")?;
    Ok(new_int(a.len() as i64))
}

fn array_sizeof(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__sizeof__")?;
    Ok(new_int(a.obj().size_of() as i64))
}

/// An index key resolved against the length (`None` if out of range), or a slice.
enum Key<'a> {
    Index(Option<usize>),
    Slice(&'a SliceData),
}

fn key<'a>(vm: &mut Vm, a: &Array, k: &'a ObjRef) -> PyResult<Key<'a>> {
    if k.kind() == Kind::Slice {
        return Ok(Key::Slice(k.payload::<SliceData>()));
    }
    let Some(i) = crate::vm::builtins_seq::index_of(vm, k)? else {
        return exc::type_error("array indices must be integers");
    };
    let len = a.len() as i64;
    let j = if i < 0 { i.saturating_add(len) } else { i };
    Ok(Key::Index((0..len).contains(&j).then_some(j as usize)))
}

fn array_getitem(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__getitem__")?;
    let (pos, _) = parse(&args.rest(), "__getitem__", 1, 1, &[])?;
    match key(vm, &a, &pos[0])? {
        Key::Index(Some(i)) => to_object(a.get(i)),
        Key::Index(None) => exc::index_error("array index out of range"),
        Key::Slice(s) => {
            let (start, _, step, count) =
                crate::vm::builtins_seq::slice_indices(vm, s, a.len() as i64)?;
            let items = a.items();
            let picked: Vec<Item> = (0..count as i64)
                .map(|k| items[(start + k * step) as usize])
                .collect();
            Ok(make(a.code, a.encode(&picked)))
        }
    }
}

fn array_setitem(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__setitem__")?;
    let (pos, _) = parse(&args.rest(), "__setitem__", 2, 2, &[])?;
    let n = a.code.size();
    match key(vm, &a, &pos[0])? {
        Key::Index(i) => {
            let it = a.code.convert(vm, &pos[1])?;
            let Some(i) = i else {
                return exc::index_error("array assignment index out of range");
            };
            let mut b = Vec::new();
            a.code.write(it, &mut b);
            a.data.borrow_mut()[i * n..(i + 1) * n].copy_from_slice(&b);
            Ok(none())
        }
        Key::Slice(s) => {
            let Some(other) = This::<Array>::of(&pos[1]) else {
                return exc::type_error(format!(
                    "can only assign array (not \"{}\") to array slice",
                    type_name(&pos[1])
                ));
            };
            if other.code != a.code {
                return exc::type_error("bad argument type for built-in operation");
            }
            let new = other.items();
            let (start, stop, step, count) =
                crate::vm::builtins_seq::slice_indices(vm, s, a.len() as i64)?;
            let mut items = a.items();
            if step == 1 {
                let stop = stop.max(start) as usize;
                items.splice(start as usize..stop, new);
            } else {
                if new.len() != count {
                    return exc::value_error(format!(
                        "attempt to assign array of size {} to extended slice of size {count}",
                        new.len()
                    ));
                }
                for (k, v) in new.into_iter().enumerate() {
                    items[(start + k as i64 * step) as usize] = v;
                }
            }
            let data = a.encode(&items);
            *a.data.borrow_mut() = data;
            Ok(none())
        }
    }
}

fn array_delitem(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__delitem__")?;
    let (pos, _) = parse(&args.rest(), "__delitem__", 1, 1, &[])?;
    let n = a.code.size();
    match key(vm, &a, &pos[0])? {
        Key::Index(Some(i)) => {
            a.data.borrow_mut().drain(i * n..(i + 1) * n);
            Ok(none())
        }
        Key::Index(None) => exc::index_error("array assignment index out of range"),
        Key::Slice(s) => {
            let (start, _, step, count) =
                crate::vm::builtins_seq::slice_indices(vm, s, a.len() as i64)?;
            let gone: std::collections::HashSet<usize> = (0..count as i64)
                .map(|k| (start + k * step) as usize)
                .collect();
            let items: Vec<Item> = a
                .items()
                .into_iter()
                .enumerate()
                .filter(|(i, _)| !gone.contains(i))
                .map(|(_, it)| it)
                .collect();
            let data = a.encode(&items);
            *a.data.borrow_mut() = data;
            Ok(none())
        }
    }
}

fn array_repr(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__repr__")?;
    let obj = &args.args[0];
    let name = if obj.is_type(array_type()) {
        "array".to_string()
    } else {
        crate::vm::types::type_name_of(&obj.type_of())
    };
    let tc = a.code.ch();
    if a.len() == 0 {
        return Ok(new_str(&format!("{name}('{tc}')")));
    }
    let inner = if a.code == Code::WChar {
        let s = array_tounicode(vm, Args::new(std::slice::from_ref(a.obj())))?;
        convert::repr_string(vm, &s)?
    } else {
        convert::repr_string(vm, &new_list(objects(&a)?))?
    };
    Ok(new_str(&format!("{name}('{tc}', {inner})")))
}

fn compare(vm: &mut Vm, args: Args, op: CmpOp, name: &str) -> PyResult<ObjRef> {
    let a = this(&args, name)?;
    let (pos, _) = parse(&args.rest(), name, 1, 1, &[])?;
    let Some(b) = This::<Array>::of(&pos[0]) else {
        return Ok(rt().not_implemented.clone());
    };
    if a.len() != b.len() && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(crate::vm::new_bool(op == CmpOp::NotEq));
    }
    let x = new_list(objects(&a)?);
    let y = new_list(objects(&b)?);
    ops::compare(vm, &x, &y, op)
}

fn array_eq(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, CmpOp::Eq, "__eq__")
}
fn array_ne(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, CmpOp::NotEq, "__ne__")
}
fn array_lt(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, CmpOp::Lt, "__lt__")
}
fn array_le(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, CmpOp::LtE, "__le__")
}
fn array_gt(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, CmpOp::Gt, "__gt__")
}
fn array_ge(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    compare(vm, args, CmpOp::GtE, "__ge__")
}

fn array_add(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__add__")?;
    let (pos, _) = parse(&args.rest(), "__add__", 1, 1, &[])?;
    let Some(b) = This::<Array>::of(&pos[0]) else {
        return exc::type_error(format!(
            "can only append array (not \"{}\") to array",
            type_name(&pos[0])
        ));
    };
    if a.code != b.code {
        return exc::type_error("bad argument type for built-in operation");
    }
    let mut data = a.data.borrow().clone();
    data.extend_from_slice(&b.data.borrow());
    Ok(make(a.code, data))
}

fn array_iadd(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__iadd__")?;
    let (pos, _) = parse(&args.rest(), "__iadd__", 1, 1, &[])?;
    if This::<Array>::of(&pos[0]).is_none() {
        return exc::type_error(format!(
            "can only extend array with array (not \"{}\")",
            type_name(&pos[0])
        ));
    }
    extend(vm, &a, &pos[0])?;
    Ok(args.args[0].clone())
}

/// The repeat count of `a * n` (`None`: not an integer, so NotImplemented).
fn repeat_count(vm: &mut Vm, n: &ObjRef) -> PyResult<Option<usize>> {
    match crate::vm::builtins_seq::index_of(vm, n)? {
        Some(k) => Ok(Some(k.max(0) as usize)),
        None => Ok(None),
    }
}

fn array_mul(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__mul__")?;
    let (pos, _) = parse(&args.rest(), "__mul__", 1, 1, &[])?;
    let Some(k) = repeat_count(vm, &pos[0])? else {
        // CPython's sequence repeat, tried after a Python class's __rmul__.
        if crate::vm::attr::lookup_type_str(&pos[0].type_of(), "__rmul__")
            .is_some_and(|f| f.kind() == Kind::Function)
        {
            return Ok(rt().not_implemented.clone());
        }
        return exc::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(&pos[0])
        ));
    };
    let data = a.data.borrow();
    if data.len().checked_mul(k).is_none() {
        return Err(exc::err_noargs("MemoryError"));
    }
    Ok(make(a.code, data.repeat(k)))
}

fn array_imul(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__imul__")?;
    let (pos, _) = parse(&args.rest(), "__imul__", 1, 1, &[])?;
    let Some(k) = repeat_count(vm, &pos[0])? else {
        return Ok(rt().not_implemented.clone());
    };
    let new = {
        let data = a.data.borrow();
        if data.len().checked_mul(k).is_none() {
            return Err(exc::err_noargs("MemoryError"));
        }
        data.repeat(k)
    };
    *a.data.borrow_mut() = new;
    Ok(args.args[0].clone())
}

/// The iterator over an array: the array and the next position.
struct ArrayIter {
    array: RefCell<Option<ObjRef>>,
    pos: Cell<usize>,
}

impl NativeObject for ArrayIter {
    fn traverse(&self, visit: &mut dyn FnMut(&ObjRef)) {
        if let Ok(a) = self.array.try_borrow() {
            a.iter().for_each(visit);
        }
    }
    fn clear(&self) {
        let old = self.array.borrow_mut().take();
        drop(old);
    }
}

fn array_iter(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let a = this(&args, "__iter__")?;
    Ok(new_native(
        iter_type(),
        ArrayIter {
            array: RefCell::new(Some(a.obj().clone())),
            pos: Cell::new(0),
        },
    ))
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(args.args[0].clone())
}

fn iter_next(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let it: This<ArrayIter> = This::from_args(&args, "array.arrayiterator", "__next__")?;
    let arr = it.array.borrow().clone();
    let Some(a) = arr.as_ref().and_then(This::<Array>::of) else {
        return Err(exc::err_noargs("StopIteration"));
    };
    let i = it.pos.get();
    if i >= a.len() {
        // Exhausted: let go of the array, as CPython's iterator does.
        let old = it.array.borrow_mut().take();
        drop(old);
        return Err(exc::err_noargs("StopIteration"));
    }
    it.pos.set(i + 1);
    to_object(a.get(i))
}

pub fn init(_vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    support::set(ns, "array", array_type().clone());
    support::set(ns, "ArrayType", array_type().clone());
    support::set(ns, "typecodes", new_str(TYPECODES));
    Ok(())
}
