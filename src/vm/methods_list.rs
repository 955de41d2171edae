//! Methods of `list` and `tuple` (`append`, `pop`, `sort`, `index`, `count`, ...), registered
//! by `methods::install`.

use super::methods::this;
use super::{convert, dictops, exc, new_int, new_list, none, ops, rt, Args, PyResult, Vm};
use crate::builtins::ArgSpec;
use crate::heap::{Kind, ObjRef};
use crate::objects::list::ListData;
use crate::objects::tuple::TupleData;

// ---------------------------------------------------------------- list

pub(super) fn list_of(args: &Args, name: &str) -> PyResult<ObjRef> {
    this(args, Kind::List, "list", name)
}

pub(super) fn list_append(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let l = list_of(&args, "append")?;
    let (pos, _) = ArgSpec {
        name: "list.append",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    l.payload::<ListData>()
        .items
        .borrow_mut()
        .push(pos[0].clone());
    Ok(none())
}

pub(super) fn list_extend(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let l = list_of(&args, "extend")?;
    let (pos, _) = ArgSpec {
        name: "list.extend",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let items = ops::collect(vm, &pos[0])?;
    l.payload::<ListData>().items.borrow_mut().extend(items);
    Ok(none())
}

pub(super) fn list_pop(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let l = list_of(&args, "pop")?;
    let (pos, _) = ArgSpec {
        name: "pop",
        min: 0,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let items = &l.payload::<ListData>().items;
    let len = items.borrow().len() as i64;
    if len == 0 {
        return exc::index_error("pop from empty list");
    }
    let i = match pos.first() {
        Some(p) => super::builtins_seq::index_of(vm, p)?.unwrap_or(0),
        None => -1,
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return exc::index_error("pop index out of range");
    }
    let v = items.borrow_mut().remove(j as usize);
    Ok(v)
}

pub(super) fn list_insert(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let l = list_of(&args, "insert")?;
    let (pos, _) = ArgSpec {
        name: "insert",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&args.rest())?;
    let items = &l.payload::<ListData>().items;
    let len = items.borrow().len() as i64;
    let i = super::builtins_seq::index_of(vm, &pos[0])?.unwrap_or(0);
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.borrow_mut().insert(j as usize, pos[1].clone());
    Ok(none())
}

pub(super) fn list_remove(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let l = list_of(&args, "remove")?;
    let (pos, _) = ArgSpec {
        name: "list.remove",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let items = l.payload::<ListData>().items.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if dictops::keys_equal(vm, x, &pos[0])? {
            let old = l.payload::<ListData>().items.borrow_mut().remove(i);
            drop(old);
            return Ok(none());
        }
    }
    exc::value_error("list.remove(x): x not in list")
}

/// `list.index(x[, start[, stop]])` / `tuple.index`: `pos` holds x and the optional bounds.
pub(super) fn seq_index(
    vm: &mut Vm,
    items: &[ObjRef],
    pos: &[ObjRef],
    what: &str,
    repr_missing: bool,
) -> PyResult<ObjRef> {
    let x = &pos[0];
    if pos[1..].iter().any(|b| b.is(&rt().none)) {
        return exc::type_error("slice indices must be integers or have an __index__ method");
    }
    let (start, stop) = super::methods_bytes::bounds(pos.get(1), pos.get(2), items.len())?;
    for (i, it) in items.iter().enumerate().take(stop).skip(start) {
        if dictops::keys_equal(vm, it, x)? {
            return Ok(new_int(i as i64));
        }
    }
    if repr_missing {
        let r = convert::repr_string(vm, x)?;
        return exc::value_error(format!("{r} is not in list"));
    }
    exc::value_error(format!("{what}.index(x): x not in {what}"))
}

pub(super) fn list_index(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let l = list_of(&args, "index")?;
    let (pos, _) = ArgSpec {
        name: "index",
        min: 1,
        max: 3,
        kw: &[],
    }
    .parse(&args.rest())?;
    let items = l.payload::<ListData>().items.borrow().clone();
    seq_index(vm, &items, pos, "list", true)
}

pub(super) fn count_in(vm: &mut Vm, items: &[ObjRef], x: &ObjRef) -> PyResult<ObjRef> {
    let mut n = 0;
    for it in items {
        if dictops::keys_equal(vm, it, x)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

pub(super) fn list_count(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let l = list_of(&args, "count")?;
    let (pos, _) = ArgSpec {
        name: "list.count",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let items = l.payload::<ListData>().items.borrow().clone();
    count_in(vm, &items, &pos[0])
}

pub(super) fn list_sort(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let l = list_of(&args, "sort")?;
    let (_, kw) = ArgSpec {
        name: "sort",
        min: 0,
        max: 0,
        kw: &["key", "reverse"],
    }
    .parse(&args.rest())?;
    let reverse = match &kw[1] {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    let mut items = std::mem::take(&mut *l.payload::<ListData>().items.borrow_mut());
    let r = crate::builtins_more::sort_items(vm, &mut items, kw[0].as_ref(), reverse);
    let modified = std::mem::replace(&mut *l.payload::<ListData>().items.borrow_mut(), items);
    let changed = !modified.is_empty();
    drop(modified);
    r?;
    if changed {
        return exc::value_error("list modified during sort");
    }
    Ok(none())
}

pub(super) fn list_reverse(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let l = list_of(&args, "reverse")?;
    l.payload::<ListData>().items.borrow_mut().reverse();
    Ok(none())
}

pub(super) fn list_copy(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let l = list_of(&args, "copy")?;
    let items = l.payload::<ListData>().items.borrow().clone();
    Ok(new_list(items))
}

pub(super) fn list_clear(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let l = list_of(&args, "clear")?;
    let old = std::mem::take(&mut *l.payload::<ListData>().items.borrow_mut());
    drop(old);
    Ok(none())
}

pub(super) fn list_init(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let l = list_of(&args, "__init__")?;
    let (pos, _) = ArgSpec {
        name: "list",
        min: 0,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let items = match pos.first() {
        Some(x) => ops::collect(vm, x)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l.payload::<ListData>().items.borrow_mut(), items);
    drop(old);
    Ok(none())
}

// ---------------------------------------------------------------- tuple

pub(super) fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let t = this(&args, Kind::Tuple, "tuple", "index")?;
    let (pos, _) = ArgSpec {
        name: "index",
        min: 1,
        max: 3,
        kw: &[],
    }
    .parse(&args.rest())?;
    let items = t.payload::<TupleData>().items.to_vec();
    seq_index(vm, &items, pos, "tuple", false)
}

pub(super) fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let t = this(&args, Kind::Tuple, "tuple", "count")?;
    let (pos, _) = ArgSpec {
        name: "tuple.count",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args.rest())?;
    let items = t.payload::<TupleData>().items.to_vec();
    count_in(vm, &items, &pos[0])
}
