//! Special attributes and reprs of the remaining built-in objects: numbers (`real`, `imag`),
//! slices and ranges, generators, files, `super` objects, and the `<... object at 0x...>` forms
//! (and the reprs of mappingproxy and member descriptors).

use super::{
    attr, convert, dictops, exc, new_float, new_int, new_str, none, rt, str_of, type_name,
};
use super::{PyResult, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::bytes::ByteArrayData;
use crate::objects::code::CodeData;
use crate::objects::complex::ComplexData;
use crate::objects::descr::{ClassMethodData, StaticMethodData, SuperData};
use crate::objects::file::FileData;
use crate::objects::float::FloatData;
use crate::objects::function::{BuiltinData, FunctionData, MethodData};
use crate::objects::generator::GeneratorData;
use crate::objects::instance::InstanceData;
use crate::objects::int::IntData;
use crate::objects::module::ModuleData;
use crate::objects::range::RangeData;
use crate::objects::slice::SliceData;
use crate::objects::typeobj::TypeData;

/// Whether any of `funcs` has a true `__isabstractmethod__` (what `classmethod`, `staticmethod`
/// and `property` report as their own, for `abc`).
pub fn is_abstract(vm: &mut Vm, funcs: &[Option<ObjRef>]) -> PyResult<bool> {
    for f in funcs.iter().flatten() {
        if let Some(v) = attr::getattr_opt(vm, f, "__isabstractmethod__")? {
            if super::ops::truthy(vm, &v)? {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

pub fn special(vm: &mut Vm, obj: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
    Ok(match obj.kind() {
        Kind::Int => match name {
            "real" | "numerator" => Some(new_int_like(obj)),
            "imag" => Some(new_int(0)),
            "denominator" => Some(new_int(1)),
            _ => None,
        },
        Kind::Float => match name {
            "real" => Some(new_float(obj.payload::<FloatData>().0)),
            "imag" => Some(new_float(0.0)),
            _ => None,
        },
        Kind::Complex => {
            let c = obj.payload::<ComplexData>();
            match name {
                "real" => Some(new_float(c.re)),
                "imag" => Some(new_float(c.im)),
                _ => None,
            }
        }
        Kind::Slice => {
            let s = obj.payload::<SliceData>();
            match name {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            }
        }
        Kind::Range => {
            let r = obj.payload::<RangeData>();
            match name {
                "start" => Some(r.start.clone()),
                "stop" => Some(r.stop.clone()),
                "step" => Some(r.step.clone()),
                _ => None,
            }
        }
        Kind::Generator => {
            let g = obj.payload::<GeneratorData>();
            match name {
                "__name__" => Some(g.name.borrow().clone()),
                "__qualname__" => Some(g.qualname.borrow().clone()),
                "gi_code" => Some(g.code.clone()),
                "gi_running" => Some(super::new_bool(g.running.get())),
                "gi_frame" => Some(if g.frame.borrow().is_some() {
                    obj.clone()
                } else {
                    none()
                }),
                _ => None,
            }
        }
        Kind::File => {
            let st = super::io::state_of(obj.payload::<FileData>());
            match name {
                "name" => Some(new_str(&st.name)),
                "mode" => Some(new_str(&st.mode)),
                "closed" => Some(super::new_bool(matches!(
                    st.target,
                    crate::objects::file::FileTarget::Closed
                ))),
                "encoding" => Some(new_str("utf-8")),
                _ => None,
            }
        }
        Kind::ClassMethod | Kind::StaticMethod => {
            let f = match obj.downcast::<ClassMethodData>() {
                Some(c) => c.func.borrow().clone(),
                None => obj.payload::<StaticMethodData>().func.borrow().clone(),
            };
            match name {
                "__func__" | "__wrapped__" => Some(f.unwrap_or_else(none)),
                "__isabstractmethod__" => Some(super::new_bool(is_abstract(vm, &[f])?)),
                _ => None,
            }
        }
        Kind::Super => return super_getattr(vm, obj, name).map(Some),
        _ => None,
    })
}

fn new_int_like(o: &ObjRef) -> ObjRef {
    match o.payload::<IntData>() {
        IntData::Small(i) => new_int(*i),
        IntData::Big(b) => super::new_bigint((**b).clone()),
    }
}

/// `super(T, obj).name`: look `name` up along `type(obj)`'s MRO after `T`, and bind it to `obj`.
pub fn super_getattr(vm: &mut Vm, sup: &ObjRef, name: &str) -> PyResult<ObjRef> {
    let s = sup.payload::<SuperData>();
    let start_type = s.obj_type.clone().unwrap_or_else(|| s.ty.clone());
    let mut mro = vec![start_type.clone()];
    mro.extend(start_type.payload::<TypeData>().mro().iter().cloned());
    let pos = mro
        .iter()
        .position(|t| t.is(&s.ty))
        .map_or(mro.len(), |p| p + 1);
    let key = super::intern(name);
    for t in &mro[pos..] {
        if let Some(v) = dictops::getitem_str_obj(&t.payload::<TypeData>().dict, &key) {
            let obj = match &s.obj {
                Some(o) if !o.is(&start_type) || o.kind() != Kind::Type => Some(o.clone()),
                _ => None,
            };
            return attr::descriptor_get(vm, &v, obj.as_ref(), &start_type);
        }
    }
    if name == "__class__" {
        return Ok(sup.type_of());
    }
    exc::attribute_error(format!("'super' object has no attribute '{name}'"))
}

/// `<... object at 0x...>` and the other reprs not covered in `convert`.
pub fn other_repr(vm: &mut Vm, obj: &ObjRef) -> PyResult<String> {
    let addr = obj.addr();
    Ok(match obj.kind() {
        Kind::Function => {
            let f = obj.payload::<FunctionData>();
            format!("<function {} at {:#x}>", str_of(&f.qualname.borrow()), addr)
        }
        Kind::Method => {
            let m = obj.payload::<MethodData>();
            let fname = match m.func.kind() {
                Kind::Function => {
                    str_of(&m.func.payload::<FunctionData>().qualname.borrow()).to_string()
                }
                _ => super::call::func_name(&m.func),
            };
            let this = convert::repr_string(vm, &m.this)?;
            format!("<bound method {fname} of {this}>")
        }
        Kind::Builtin => {
            let b = obj.payload::<BuiltinData>();
            let slot = b.owner.is_some_and(|owner| is_slot_wrapper(b.name, owner));
            match (&b.bound, b.owner) {
                (Some(this), Some(_)) => format!(
                    "<{} {} of {} object at {:#x}>",
                    if slot {
                        "method-wrapper"
                    } else {
                        "built-in method"
                    },
                    if slot {
                        format!("'{}'", b.name)
                    } else {
                        b.name.to_string()
                    },
                    type_name(this),
                    this.addr()
                ),
                (None, Some(owner)) => format!(
                    "<{} '{}' of '{}' objects>",
                    if slot { "slot wrapper" } else { "method" },
                    b.name,
                    owner
                ),
                _ => format!("<built-in function {}>", b.name),
            }
        }
        Kind::Module => {
            let d = &obj.payload::<ModuleData>().dict;
            let name = dictops::getitem_str(d, "__name__")
                .map(|n| str_of(&n).to_string())
                .unwrap_or_default();
            match dictops::getitem_str(d, "__file__") {
                Some(f) => format!("<module '{}' from '{}'>", name, str_of(&f)),
                None => format!("<module '{name}' (built-in)>"),
            }
        }
        Kind::Range => {
            let r = obj.payload::<RangeData>();
            let a = convert::repr_string(vm, &r.start)?;
            let b = convert::repr_string(vm, &r.stop)?;
            let step = convert::repr_string(vm, &r.step)?;
            if step == "1" {
                format!("range({a}, {b})")
            } else {
                format!("range({a}, {b}, {step})")
            }
        }
        Kind::Slice => {
            let s = obj.payload::<SliceData>();
            format!(
                "slice({}, {}, {})",
                convert::repr_string(vm, &s.start)?,
                convert::repr_string(vm, &s.stop)?,
                convert::repr_string(vm, &s.step)?
            )
        }
        Kind::Code => {
            let c = obj.payload::<CodeData>();
            format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                str_of(&c.name),
                addr,
                str_of(&c.filename),
                c.code.first_line
            )
        }
        Kind::Generator => {
            let g = obj.payload::<GeneratorData>();
            format!(
                "<generator object {} at {:#x}>",
                str_of(&g.qualname.borrow()),
                addr
            )
        }
        Kind::File => {
            let st = super::io::state_of(obj.payload::<FileData>());
            if st.binary {
                format!("<_io.BufferedReader name='{}'>", st.name)
            } else {
                format!(
                    "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
                    st.name, st.mode
                )
            }
        }
        Kind::ByteArray => {
            let b = obj.payload::<ByteArrayData>().b.borrow().clone();
            format!("bytearray({})", crate::objects::bytes::bytes_repr(&b))
        }
        Kind::Cell => format!("<cell at {addr:#x}: empty>"),
        Kind::Iter => {
            let t = &rt().types;
            if obj.is_type(&t.dict_keys)
                || obj.is_type(&t.dict_values)
                || obj.is_type(&t.dict_items)
            {
                let items = super::ops::collect(vm, obj)?;
                let l = super::new_list(items);
                format!("{}({})", type_name(obj), convert::repr_string(vm, &l)?)
            } else {
                format!("<{} object at {:#x}>", type_name(obj), addr)
            }
        }
        Kind::MemberDescr => super::members::member_repr(obj),
        Kind::MappingProxy => {
            let m = super::mappingproxy::mapping_of(obj).unwrap_or_else(none);
            format!("mappingproxy({})", convert::repr_string(vm, &m)?)
        }
        Kind::Instance => {
            let base = obj.payload::<InstanceData>().base.borrow().clone();
            if let Some(b) = base {
                return convert::repr_string(vm, &b);
            }
            default_repr(obj)
        }
        _ => default_repr(obj),
    })
}

/// `object.__repr__`: `<module.Class object at 0x...>`.
pub fn default_repr(obj: &ObjRef) -> String {
    let ty = obj.type_of();
    let td = ty.payload::<TypeData>();
    let module = if td.heap {
        dictops::getitem_str(&td.dict, "__module__")
            .map(|m| str_of(&m).to_string())
            .unwrap_or_else(|| "__main__".into())
    } else {
        "builtins".into()
    };
    if module == "builtins" {
        format!("<{} object at {:#x}>", td.qualname.borrow(), obj.addr())
    } else {
        format!(
            "<{}.{} object at {:#x}>",
            module,
            td.qualname.borrow(),
            obj.addr()
        )
    }
}

/// Whether CPython implements a built-in type's method `name` through a type slot (shown as a
/// "slot wrapper" / "method-wrapper") rather than its method table.
fn is_slot_wrapper(name: &str, owner: &str) -> bool {
    const SLOTS: &[&str] = &[
        "__abs__",
        "__add__",
        "__and__",
        "__bool__",
        "__call__",
        "__contains__",
        "__delattr__",
        "__delitem__",
        "__divmod__",
        "__eq__",
        "__float__",
        "__floordiv__",
        "__ge__",
        "__getattribute__",
        "__getitem__",
        "__gt__",
        "__hash__",
        "__iadd__",
        "__iand__",
        "__imul__",
        "__index__",
        "__init__",
        "__int__",
        "__invert__",
        "__ior__",
        "__isub__",
        "__iter__",
        "__ixor__",
        "__le__",
        "__len__",
        "__lshift__",
        "__lt__",
        "__mod__",
        "__mul__",
        "__ne__",
        "__neg__",
        "__or__",
        "__pos__",
        "__pow__",
        "__radd__",
        "__rand__",
        "__rdivmod__",
        "__repr__",
        "__rfloordiv__",
        "__rlshift__",
        "__rmod__",
        "__rmul__",
        "__ror__",
        "__rpow__",
        "__rrshift__",
        "__rshift__",
        "__rsub__",
        "__rtruediv__",
        "__rxor__",
        "__setattr__",
        "__setitem__",
        "__str__",
        "__sub__",
        "__truediv__",
        "__xor__",
        "__get__",
        "__set__",
        "__delete__",
        "__next__",
        "__del__",
    ];
    // list and dict define `__getitem__` in their method tables (METH_COEXIST).
    if name == "__getitem__" && matches!(owner, "list" | "dict") {
        return false;
    }
    SLOTS.contains(&name)
}
