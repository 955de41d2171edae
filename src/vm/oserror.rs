//! `OSError`'s constructor and attributes, as CPython's `oserror_init` and `OSError_str`:
//! `OSError(errno, strerror[, filename[, winerror[, filename2]]])` keeps `errno`, `strerror`,
//! `filename` and `filename2` in the exception's [`OsErrorFields`] and, when a filename is given,
//! only `(errno, strerror)` in `args`; `str()` is `[Errno 2] No such file: 'f' -> 'g'`.
//! `BlockingIOError(errno, strerror, n)` records `characters_written` instead of a filename.
//! As in CPython, `OSError.__new__` parses the arguments unless the class overrides `__init__`
//! (and not `__new__`): then `OSError.__init__` does, if it is called, and `args` starts empty.

use super::{attr, convert, dictops, exc, new_int, new_tuple, none, rt, PyResult, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::exception::{ExceptionData, OsErrorFields};
use crate::objects::typeobj::TypeData;

fn is_oserror(e: &ObjRef) -> bool {
    exc::matches(e, "OSError")
}

/// CPython's `oserror_use_init`: the class overrides `__init__` but not `__new__`, so the
/// arguments are parsed by `OSError.__init__` (if it is called) rather than `OSError.__new__`.
fn use_init(ty: &ObjRef) -> bool {
    let base = exc::exc_type("OSError");
    let own = |name: &'static str| {
        let mine = dictops::getitem_str(&base.payload::<TypeData>().dict, name);
        let found = attr::lookup_type_str(ty, name);
        matches!((mine, found), (Some(a), Some(b)) if a.is(&b))
    };
    !own("__init__") && own("__new__")
}

/// `OSError.__new__(cls, *args)`.
pub fn oserror_new(vm: &mut Vm, args: super::Args) -> PyResult<ObjRef> {
    let Some(cls) = args.args.first().filter(|c| c.kind() == Kind::Type) else {
        return exc::type_error("OSError.__new__(X): X is not a type object");
    };
    if !super::types::is_subtype(cls, &exc::exc_type("OSError")) {
        return exc::type_error(format!(
            "OSError.__new__({}): {} is not a subtype of OSError",
            super::types::type_name_of(cls),
            super::types::type_name_of(cls)
        ));
    }
    let e = exc::new_exception(cls, rt().empty_tuple.clone());
    if !use_init(cls) {
        parse(vm, &e, &args)?;
    }
    Ok(e)
}

/// `OSError.__init__(self, *args)`: parses the arguments when `__new__` did not.
pub fn oserror_init(vm: &mut Vm, args: super::Args) -> PyResult<ObjRef> {
    let Some(e) = args.args.first().filter(|e| e.kind() == Kind::Exception) else {
        return exc::type_error("descriptor '__init__' requires a 'OSError' object");
    };
    if use_init(&e.type_of()) {
        parse(vm, e, &args)?;
    }
    Ok(none())
}

/// CPython's `oserror_parse_args` and `oserror_init`: set `e`'s args and fields from the
/// arguments after the first.
fn parse(vm: &mut Vm, e: &ObjRef, args: &super::Args) -> PyResult<()> {
    let d = e.payload::<ExceptionData>();
    if args.has_kwargs() {
        return exc::type_error(format!(
            "{}() takes no keyword arguments",
            super::type_name(e)
        ));
    }
    let rest = args.pos().get(1..).unwrap_or(&[]).to_vec();
    let mut fields = OsErrorFields {
        written: -1,
        ..Default::default()
    };
    let mut new_args = rest.clone();
    if (2..=5).contains(&rest.len()) {
        fields.errno = Some(rest[0].clone());
        fields.strerror = Some(rest[1].clone());
        let filename = rest.get(2).filter(|f| !f.is(&rt().none));
        if let Some(f) = filename {
            if e.is_type(&exc::exc_type("BlockingIOError"))
                && matches!(f.kind(), Kind::Int | Kind::Float)
            {
                fields.written = convert::index_i64(vm, f)?;
            } else {
                fields.filename = Some(f.clone());
                fields.filename2 = rest.get(4).filter(|f| !f.is(&rt().none)).cloned();
                new_args.truncate(2);
            }
        }
    }
    *d.args.borrow_mut() = new_tuple(new_args);
    let old = d.os.borrow_mut().replace(Box::new(fields));
    drop(old);
    Ok(())
}

/// An `OSError` (subclass `ty`) made by the runtime: `[Errno n] reason: 'path'`.
pub fn new_oserror(ty: &ObjRef, errno: i64, strerror: ObjRef, filename: Option<ObjRef>) -> ObjRef {
    let e = exc::new_exception(ty, new_tuple(vec![new_int(errno), strerror.clone()]));
    let fields = OsErrorFields {
        errno: Some(new_int(errno)),
        strerror: Some(strerror),
        filename,
        filename2: None,
        written: -1,
    };
    *e.payload::<ExceptionData>().os.borrow_mut() = Some(Box::new(fields));
    e
}

/// `e.errno`, `e.strerror`, `e.filename`, `e.filename2`, `e.characters_written` of an OSError.
pub fn oserror_attr(e: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
    if !matches!(
        name,
        "errno" | "strerror" | "filename" | "filename2" | "characters_written"
    ) || !is_oserror(e)
    {
        return Ok(None);
    }
    let d = e.payload::<ExceptionData>();
    let os = d.os.borrow();
    let get = |f: Option<&Option<ObjRef>>| f.and_then(|v| v.clone()).unwrap_or_else(none);
    Ok(Some(match name {
        "errno" => get(os.as_ref().map(|o| &o.errno)),
        "strerror" => get(os.as_ref().map(|o| &o.strerror)),
        "filename" => get(os.as_ref().map(|o| &o.filename)),
        "filename2" => get(os.as_ref().map(|o| &o.filename2)),
        _ => match os.as_ref().map(|o| o.written) {
            Some(n) if n >= 0 && exc::matches(e, "BlockingIOError") => new_int(n),
            _ if exc::matches(e, "BlockingIOError") => {
                return Err(exc::err("AttributeError", "characters_written"))
            }
            _ => return Ok(None),
        },
    }))
}

/// Setting (or deleting) one of those attributes; `None` when `name` is not one of them.
pub fn oserror_setattr(
    vm: &mut Vm,
    e: &ObjRef,
    name: &str,
    value: &Option<ObjRef>,
) -> Option<PyResult<()>> {
    let field = matches!(name, "errno" | "strerror" | "filename" | "filename2");
    let written = name == "characters_written" && exc::matches(e, "BlockingIOError");
    if !(field || written) || !is_oserror(e) {
        return None;
    }
    let d = e.payload::<ExceptionData>();
    if written {
        let n = match value {
            Some(v) => match convert::index_i64(vm, v) {
                Ok(n) => n,
                Err(err) => return Some(Err(err)),
            },
            None => {
                let unset = d.os.borrow().as_ref().is_none_or(|o| o.written < 0);
                if unset {
                    return Some(Err(exc::err("AttributeError", "characters_written")));
                }
                -1
            }
        };
        d.os.borrow_mut()
            .get_or_insert_with(|| {
                Box::new(OsErrorFields {
                    written: -1,
                    ..Default::default()
                })
            })
            .written = n;
        return Some(Ok(()));
    }
    let old = {
        let mut os = d.os.borrow_mut();
        let f = os.get_or_insert_with(|| {
            Box::new(OsErrorFields {
                written: -1,
                ..Default::default()
            })
        });
        let slot = match name {
            "errno" => &mut f.errno,
            "strerror" => &mut f.strerror,
            "filename" => &mut f.filename,
            _ => &mut f.filename2,
        };
        std::mem::replace(slot, value.clone())
    };
    drop(old);
    Some(Ok(()))
}

/// `str(e)` of an OSError with its fields set; `None` to fall back to `BaseException.__str__`.
pub fn oserror_str(vm: &mut Vm, e: &ObjRef) -> PyResult<Option<String>> {
    if !is_oserror(e) {
        return Ok(None);
    }
    let (errno, strerror, filename, filename2) = {
        let os = e.payload::<ExceptionData>().os.borrow();
        match os.as_ref() {
            Some(o) => (
                o.errno.clone(),
                o.strerror.clone(),
                o.filename.clone(),
                o.filename2.clone(),
            ),
            None => return Ok(None),
        }
    };
    let or_none = |v: Option<ObjRef>| v.unwrap_or_else(none);
    if let Some(f) = filename {
        let head = format!(
            "[Errno {}] {}: {}",
            convert::str_string(vm, &or_none(errno))?,
            convert::str_string(vm, &or_none(strerror))?,
            convert::repr_string(vm, &f)?
        );
        return Ok(Some(match filename2 {
            Some(f2) => format!("{head} -> {}", convert::repr_string(vm, &f2)?),
            None => head,
        }));
    }
    match (errno, strerror) {
        (Some(n), Some(s)) => Ok(Some(format!(
            "[Errno {}] {}",
            convert::str_string(vm, &n)?,
            convert::str_string(vm, &s)?
        ))),
        _ => Ok(None),
    }
}
