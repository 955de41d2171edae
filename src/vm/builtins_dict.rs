//! Dict views (`keys()`, `values()`, `items()`): live views over a dict, iterated freshly.

use super::rt;
use super::PyResult;
use crate::heap::ObjRef;
use crate::objects::dict::DictData;
use crate::objects::iter::{IterData, IterState};
use std::cell::RefCell;

/// A view of `what` (0 keys, 1 values, 2 items) over dict `d`.
pub fn new_view(d: &ObjRef, what: u8) -> ObjRef {
    let t = &rt().types;
    let ty = match what {
        0 => &t.dict_keys,
        1 => &t.dict_values,
        _ => &t.dict_items,
    };
    crate::heap::alloc(
        ty,
        IterData {
            state: RefCell::new(IterState::Table {
                obj: d.clone(),
                pos: 0,
                what,
                len: 0,
            }),
        },
    )
}

/// The dict a view looks at, and which part.
pub fn view_parts(v: &ObjRef) -> Option<(ObjRef, u8)> {
    match &*v.payload::<IterData>().state.borrow() {
        IterState::Table { obj, what, .. } => Some((obj.clone(), *what)),
        _ => None,
    }
}

/// `iter(view)`.
pub fn view_iter(v: &ObjRef) -> PyResult<ObjRef> {
    let t = &rt().types;
    let Some((d, what)) = view_parts(v) else {
        return Ok(v.clone());
    };
    let ty = match what {
        0 => &t.dict_keyiterator,
        1 => &t.dict_valueiterator,
        _ => &t.dict_itemiterator,
    };
    let len = d.payload::<DictData>().table.borrow().len();
    Ok(crate::heap::alloc(
        ty,
        IterData {
            state: RefCell::new(IterState::Table {
                obj: d,
                pos: 0,
                what,
                len,
            }),
        },
    ))
}
