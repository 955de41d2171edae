//! More of `builtins`: the numeric and iteration helpers (`sum`, `min`, `max`, `sorted`, `any`,
//! `all`, `divmod`, `pow`, `round`), `input`, `open`, `dir`, `vars`, `__import__`. The
//! constructors of the built-in types are in `builtin_new.rs`.

use crate::builtins::{builtin, ArgSpec};
use crate::heap::{Kind, ObjRef};
use crate::objects::float::FloatData;
use crate::objects::function::BuiltinFn;
use crate::objects::int::IntData;
use crate::objects::typeobj::TypeData;
use crate::vm::{self, attr, call, convert, dictops, exc, ops, rt, str_of, type_name, Args};
use crate::vm::{intern, new_bool, new_float, new_int, new_list, new_str, none, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

fn b_sum(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = ArgSpec {
        name: "sum",
        min: 1,
        max: 2,
        kw: &["start"],
    }
    .parse(&args)?;
    let mut acc = pos
        .get(1)
        .cloned()
        .or(kw[0].clone())
        .unwrap_or_else(|| new_int(0));
    if acc.kind() == Kind::Str {
        return exc::type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    let it = ops::get_iter(vm, &pos[0])?;
    // As CPython's `sum`: while the total is an exact int (then a float) and the items are
    // machine-size ints (or floats and ints), the total is kept unboxed; from the first item
    // that is anything else, the rest goes through `+`.
    let mut pending: Option<ObjRef> = None;
    if acc.is_type(&rt().types.int) {
        if let Some(IntData::Small(start)) = acc.downcast::<IntData>() {
            let mut total = *start;
            while let Some(v) = ops::next(vm, &it)? {
                match v.downcast::<IntData>() {
                    Some(IntData::Small(i)) if total.checked_add(*i).is_some() => total += i,
                    _ => {
                        pending = Some(v);
                        break;
                    }
                }
            }
            let Some(v) = pending.take() else {
                return Ok(new_int(total));
            };
            acc = ops::binary_op(vm, &new_int(total), &v, crate::ast::Operator::Add, false)?;
        }
    }
    if let Some(FloatData(start)) = acc.downcast::<FloatData>() {
        let mut total = *start;
        while let Some(v) = ops::next(vm, &it)? {
            match (v.downcast::<FloatData>(), v.downcast::<IntData>()) {
                (Some(f), _) => total += f.0,
                (None, Some(IntData::Small(i))) => total += *i as f64,
                _ => {
                    pending = Some(v);
                    break;
                }
            }
        }
        let Some(v) = pending else {
            return Ok(new_float(total));
        };
        acc = ops::binary_op(vm, &new_float(total), &v, crate::ast::Operator::Add, false)?;
    }
    while let Some(v) = ops::next(vm, &it)? {
        acc = ops::binary_op(vm, &acc, &v, crate::ast::Operator::Add, false)?;
    }
    Ok(acc)
}

fn minmax(vm: &mut Vm, args: Args, is_max: bool) -> PyResult<ObjRef> {
    let name = if is_max { "max" } else { "min" };
    let (pos, kw) = ArgSpec {
        name,
        min: 1,
        max: usize::MAX,
        kw: &["key", "default"],
    }
    .parse(&args)?;
    // One iterable is consumed lazily (no list of all its items is made).
    let (iter, mut rest) = if pos.len() == 1 {
        (Some(ops::get_iter(vm, &pos[0])?), [].iter())
    } else {
        if kw[1].is_some() {
            return exc::type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            ));
        }
        (None, pos.iter())
    };
    let key = kw[0].clone().filter(|k| !k.is(&rt().none));
    let mut best: Option<(ObjRef, ObjRef)> = None;
    loop {
        let item = match &iter {
            Some(it) => match ops::next(vm, it)? {
                Some(v) => v,
                None => break,
            },
            None => match rest.next() {
                Some(v) => v.clone(),
                None => break,
            },
        };
        let k = match &key {
            Some(f) => call::call(vm, f, Args::new(std::slice::from_ref(&item)))?,
            None => item.clone(),
        };
        match &best {
            None => best = Some((k, item)),
            Some((bk, _)) => {
                let op = if is_max {
                    crate::ast::CmpOp::Gt
                } else {
                    crate::ast::CmpOp::Lt
                };
                let r = ops::compare(vm, &k, bk, op)?;
                if ops::truthy(vm, &r)? {
                    best = Some((k, item));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match &kw[1] {
            Some(d) => Ok(d.clone()),
            None => exc::value_error(format!("{name}() arg is an empty sequence")),
        },
    }
}

fn b_max(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    minmax(vm, args, true)
}
fn b_min(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    minmax(vm, args, false)
}

pub use crate::vm::sort::sort_items;

fn b_sorted(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = ArgSpec {
        name: "sorted",
        min: 1,
        max: 1,
        kw: &["key", "reverse"],
    }
    .parse(&args)?;
    let mut items = ops::collect(vm, &pos[0])?;
    let reverse = match &kw[1] {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    sort_items(vm, &mut items, kw[0].as_ref(), reverse)?;
    Ok(new_list(items))
}

fn b_any(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "any",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    let it = ops::get_iter(vm, &pos[0])?;
    while let Some(v) = ops::next(vm, &it)? {
        if ops::truthy(vm, &v)? {
            return Ok(new_bool(true));
        }
    }
    Ok(new_bool(false))
}

fn b_all(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "all",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    let it = ops::get_iter(vm, &pos[0])?;
    while let Some(v) = ops::next(vm, &it)? {
        if !ops::truthy(vm, &v)? {
            return Ok(new_bool(false));
        }
    }
    Ok(new_bool(true))
}

fn b_divmod(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "divmod",
        min: 2,
        max: 2,
        kw: &[],
    }
    .parse(&args)?;
    ops::divmod(vm, &pos[0], &pos[1])
}

fn b_pow(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "pow",
        min: 2,
        max: 3,
        kw: &[],
    }
    .parse(&args)?;
    if pos.len() == 3 && !pos[2].is(&rt().none) {
        let (Some(b), Some(e), Some(m)) = (
            pos[0].downcast::<IntData>(),
            pos[1].downcast::<IntData>(),
            pos[2].downcast::<IntData>(),
        ) else {
            return exc::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            );
        };
        let m = m.to_big();
        if m.is_zero() {
            return exc::value_error("pow() 3rd argument cannot be 0");
        }
        let mut e = e.to_big();
        let mut base = b.to_big();
        let m_abs = num_traits::Signed::abs(&m);
        if num_traits::Signed::is_negative(&e) {
            base = match mod_inverse(&base, &m_abs) {
                Some(inv) => inv,
                None => return exc::value_error("base is not invertible for the given modulus"),
            };
            e = -e;
        }
        let base = ((base % &m_abs) + &m_abs) % &m_abs;
        let r = base.modpow(&e, &m_abs);
        let r = if num_traits::Signed::is_negative(&m) && !r.is_zero() {
            r + &m
        } else {
            r
        };
        if m_abs == BigInt::from(1) {
            return Ok(vm::new_int(0));
        }
        return Ok(vm::new_bigint(r));
    }
    ops::binary_op(vm, &pos[0], &pos[1], crate::ast::Operator::Pow, false)
}

/// The inverse of `a` modulo `m` (m > 0), if `a` and `m` are coprime.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (((a % m) + m) % m, m.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::zero());
    while !r.is_zero() {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r != BigInt::from(1) && m != &BigInt::from(1) {
        return None;
    }
    Some(((old_s % m) + m) % m)
}

fn b_round(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = ArgSpec {
        name: "round",
        min: 1,
        max: 2,
        kw: &["ndigits"],
    }
    .parse(&args)?;
    let nd = pos
        .get(1)
        .cloned()
        .or(kw[0].clone())
        .filter(|n| !n.is(&rt().none));
    let x = &pos[0];
    match x.kind() {
        Kind::Int => match nd {
            None => Ok(x.clone()),
            Some(n) => {
                let n = n
                    .downcast::<IntData>()
                    .and_then(|i| i.as_i64())
                    .unwrap_or(0);
                if n >= 0 {
                    return Ok(x.clone());
                }
                let p = BigInt::from(10).pow((-n) as u32);
                let v = x.payload::<IntData>().to_big();
                let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
                let half = &p / 2;
                let q = if r > half || (r == half && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                Ok(vm::new_bigint(q * p))
            }
        },
        Kind::Float => {
            let f = x.payload::<FloatData>().0;
            match nd {
                None => {
                    if f.is_nan() {
                        return exc::value_error("cannot convert float NaN to integer");
                    }
                    if f.is_infinite() {
                        return exc::overflow_error("cannot convert float infinity to integer");
                    }
                    let r = round_half_even(f);
                    Ok(match r.to_i64() {
                        Some(i) if r.abs() < 9.0e18 => new_int(i),
                        _ => vm::new_bigint(BigInt::from(r as i128)),
                    })
                }
                Some(n) => {
                    let n = n
                        .downcast::<IntData>()
                        .and_then(|i| i.as_i64())
                        .unwrap_or(0);
                    // Round via the shortest decimal representation, as CPython's dtoa does.
                    let s = format!("{:.*e}", 17, f);
                    let _ = s;
                    let p = 10f64.powi(n as i32);
                    let y = f * p;
                    let r = round_half_even(y) / p;
                    let text = format!("{:.*}", n.max(0) as usize, f);
                    let parsed: f64 = text.parse().unwrap_or(r);
                    Ok(new_float(if n >= 0 { parsed } else { r }))
                }
            }
        }
        _ => match attr::lookup_type_str(&x.type_of(), "__round__") {
            Some(f) => {
                let mut a = vec![x.clone()];
                a.extend(nd);
                call::call(vm, &f, Args::new(&a))
            }
            None => exc::type_error(format!(
                "type {} doesn't define __round__ method",
                type_name(x)
            )),
        },
    }
}

fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

fn b_input(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "input",
        min: 0,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    if let Some(p) = pos.first() {
        let s = convert::str_string(vm, p)?;
        vm::io::write_stdout(vm, &s)?;
    }
    vm::io::flush_std(vm);
    let stdin = dictops::getitem_str(&vm.sys_dict(), "stdin").unwrap_or_else(none);
    let line = if stdin.kind() == Kind::File {
        vm::io::readline(&stdin)?
    } else {
        let rl = attr::getattr_str(vm, &stdin, "readline")?;
        call::call(vm, &rl, Args::new(&[]))?
    };
    let s = str_of(&line);
    if s.is_empty() {
        return Err(exc::err("EOFError", "EOF when reading a line"));
    }
    Ok(new_str(s.strip_suffix('\n').unwrap_or(s)))
}

fn b_open(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = ArgSpec {
        name: "open",
        min: 1,
        max: 3,
        kw: &["mode", "buffering", "encoding", "errors", "newline"],
    }
    .parse(&args)?;
    let name = &pos[0];
    if name.kind() != Kind::Str {
        return exc::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(name)
        ));
    }
    let mode = pos
        .get(1)
        .cloned()
        .or(kw[0].clone())
        .map(|m| str_of(&m).to_string())
        .unwrap_or_else(|| "r".into());
    let path = str_of(name).to_string();
    let mut o = std::fs::OpenOptions::new();
    if mode.contains('w') {
        o.write(true).create(true).truncate(true);
    } else if mode.contains('a') {
        o.append(true).create(true);
    } else if mode.contains('x') {
        o.write(true).create_new(true);
    } else {
        o.read(true);
    }
    if mode.contains('+') {
        o.read(true).write(true);
    }
    match o.open(&path) {
        Ok(f) => Ok(vm::io::new_file(
            crate::objects::file::FileTarget::File(f),
            &path,
            &mode,
        )),
        Err(e) => Err(os_error(&e, &path)),
    }
}

/// An OSError subclass for an I/O failure, worded as CPython's (`[Errno 2] No such file or
/// directory: 'x'`).
pub fn os_error(e: &std::io::Error, path: &str) -> ObjRef {
    let code = e.raw_os_error().unwrap_or(0);
    let ty = match e.kind() {
        std::io::ErrorKind::NotFound => "FileNotFoundError",
        std::io::ErrorKind::PermissionDenied => "PermissionError",
        std::io::ErrorKind::AlreadyExists => "FileExistsError",
        _ if code == 21 => "IsADirectoryError",
        _ if code == 20 => "NotADirectoryError",
        _ => "OSError",
    };
    let reason = std::io::Error::from_raw_os_error(code).to_string();
    let reason = reason
        .split(" (os error")
        .next()
        .unwrap_or(&reason)
        .to_string();
    vm::oserror::new_oserror(
        &exc::exc_type(ty),
        code as i64,
        new_str(&reason),
        Some(new_str(path)),
    )
}

fn b_dir(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "dir",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    let o = &pos[0];
    if o.kind() != Kind::Type && o.type_of().payload::<TypeData>().heap {
        if let Some(f) = attr::lookup_type_str(&o.type_of(), "__dir__") {
            if f.kind() == Kind::Function {
                let r = call::call(vm, &f, Args::new(std::slice::from_ref(o)))?;
                let mut items = ops::collect(vm, &r)?;
                sort_items(vm, &mut items, None, false)?;
                return Ok(new_list(items));
            }
        }
    }
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &ObjRef| {
        for (k, _) in dictops::items(d) {
            names.push(str_of(&k).to_string());
        }
    };
    match o.kind() {
        Kind::Module => add_dict(&o.payload::<crate::objects::module::ModuleData>().dict),
        Kind::Type => {
            add_dict(&o.payload::<TypeData>().dict);
            for b in o.payload::<TypeData>().mro().iter() {
                add_dict(&b.payload::<TypeData>().dict);
            }
        }
        _ => {
            if let Some(d) = attr::instance_dict(vm, o)? {
                add_dict(&d);
            }
            let t = o.type_of();
            add_dict(&t.payload::<TypeData>().dict);
            for b in t.payload::<TypeData>().mro().iter() {
                add_dict(&b.payload::<TypeData>().dict);
            }
        }
    }
    if o.kind() != Kind::Module {
        // `object.__class__` is a descriptor in CPython's `object.__dict__`.
        names.push("__class__".into());
    }
    names.sort();
    names.dedup();
    Ok(new_list(names.iter().map(|n| new_str(n)).collect()))
}

fn b_vars(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "vars",
        min: 1,
        max: 1,
        kw: &[],
    }
    .parse(&args)?;
    match attr::getattr_opt(vm, &pos[0], "__dict__")? {
        Some(d) => Ok(d),
        None => exc::type_error("vars() argument must have __dict__ attribute"),
    }
}

fn b_import(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = ArgSpec {
        name: "__import__",
        min: 1,
        max: 5,
        kw: &[],
    }
    .parse(&args)?;
    vm::import::import_dotted(vm, str_of(&pos[0]))?;
    let top = str_of(&pos[0]).split('.').next().unwrap_or("").to_string();
    let modules = vm.modules.clone();
    Ok(dictops::getitem_text(&modules, &top).unwrap_or_else(none))
}

/// Install the rest of the built-in functions into the `builtins` namespace `d`.
pub fn install(d: &ObjRef) {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("sum", b_sum),
        ("max", b_max),
        ("min", b_min),
        ("sorted", b_sorted),
        ("any", b_any),
        ("all", b_all),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("round", b_round),
        ("input", b_input),
        ("open", b_open),
        ("dir", b_dir),
        ("vars", b_vars),
        ("__import__", b_import),
    ];
    for (name, f) in fns {
        dictops::setitem_str(d, intern(name), builtin(name, *f));
    }
}
