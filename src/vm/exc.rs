//! The built-in exception hierarchy, and making exceptions to raise.
//!
//! `err(name, msg)` builds an instance of a built-in exception type with one string argument,
//! e.g. `Err(exc::err("TypeError", "..."))`; shorthands exist for the common ones.

use super::runtime::{new_builtin_type, rt};
use super::{new_str, new_tuple, PyResult};
use crate::heap::{self, Kind, ObjRef};
use crate::objects::exception::ExceptionData;
use crate::objects::instance::Attrs;
use crate::objects::typeobj::TypeData;
use std::collections::HashMap;

/// (name, base) in definition order: CPython 3.11's built-in exceptions.
const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("BaseExceptionGroup", "BaseException"),
    ("Exception", "BaseException"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("UnsupportedOperation", "OSError"),
];

/// Make the built-in exception types (once, at start-up).
pub fn init_types() {
    let r = rt();
    let mut map: HashMap<&'static str, ObjRef> = HashMap::new();
    for &(name, base) in HIERARCHY {
        let base_ty = if base.is_empty() {
            r.types.object.clone()
        } else {
            map[base].clone()
        };
        let t = new_builtin_type(&r.types.type_, name, Some(&base_ty), Kind::Exception, true);
        t.payload::<TypeData>().dict.set_type(r.types.dict.clone());
        map.insert(name, t);
    }
    map.insert("EnvironmentError", map["OSError"].clone());
    map.insert("IOError", map["OSError"].clone());
    let _ = r.exc_types.set(map);
}

/// The built-in exception type called `name`.
pub fn exc_type(name: &str) -> ObjRef {
    let map = rt().exc_types.get();
    match map.and_then(|m| m.get(name)) {
        Some(t) => t.clone(),
        // Every name used by mnemo is in HIERARCHY; a typo must not crash the interpreter.
        None => map
            .and_then(|m| m.get("SystemError"))
            .cloned()
            .unwrap_or_else(|| rt().types.object.clone()),
    }
}

/// A new exception of type `ty` with the given args tuple.
pub fn new_exception(ty: &ObjRef, args: ObjRef) -> ObjRef {
    heap::alloc(ty, ExceptionData::new(ty, args))
}

/// A built-in exception `name(msg)`.
pub fn err(name: &str, msg: impl AsRef<str>) -> ObjRef {
    new_exception(&exc_type(name), new_tuple(vec![new_str(msg.as_ref())]))
}

/// A built-in exception with no arguments.
pub fn err_noargs(name: &str) -> ObjRef {
    new_exception(&exc_type(name), rt().empty_tuple.clone())
}

pub fn type_error<T>(msg: impl AsRef<str>) -> PyResult<T> {
    Err(err("TypeError", msg))
}

pub fn value_error<T>(msg: impl AsRef<str>) -> PyResult<T> {
    Err(err("ValueError", msg))
}

pub fn index_error<T>(msg: impl AsRef<str>) -> PyResult<T> {
    Err(err("IndexError", msg))
}

pub fn attribute_error<T>(msg: impl AsRef<str>) -> PyResult<T> {
    Err(err("AttributeError", msg))
}

pub fn overflow_error<T>(msg: impl AsRef<str>) -> PyResult<T> {
    Err(err("OverflowError", msg))
}

pub fn zero_division<T>(msg: impl AsRef<str>) -> PyResult<T> {
    Err(err("ZeroDivisionError", msg))
}

pub fn runtime_error<T>(msg: impl AsRef<str>) -> PyResult<T> {
    Err(err("RuntimeError", msg))
}

/// `KeyError(key)`: its argument is the key itself.
pub fn key_error(key: &ObjRef) -> ObjRef {
    new_exception(&exc_type("KeyError"), new_tuple(vec![key.clone()]))
}

/// Whether `exc` is an instance of the built-in exception type `name` (or a subclass).
pub fn matches(exc: &ObjRef, name: &str) -> bool {
    super::types::is_subtype(&exc.type_of(), &exc_type(name))
}

/// The payload of an exception object.
pub fn data(exc: &ObjRef) -> &ExceptionData {
    exc.payload::<ExceptionData>()
}

/// Set an attribute stored on the exception itself (`name`, `obj`, ...).
pub fn set_attr(e: &ObjRef, name: &str, value: ObjRef) {
    if let Some(d) = e.downcast::<ExceptionData>() {
        if let Attrs::Inline(v) = &mut *d.attrs.borrow_mut() {
            v.push((super::intern(name), value));
        }
    }
}
