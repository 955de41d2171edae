//! `posix`: the operating-system calls behind `os` (embedded Python, `py/os.py` and
//! `py/posixpath.py`, as CPython's own split): the working directory, directory listing and
//! creation, removal and renaming, `stat`, the process id, the environment, `urandom`.
//! Failures raise the `OSError` subclass CPython raises for the errno, worded as CPython's
//! (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`).
//!
//! Paths are `str` or objects with `__fspath__` (`os.PathLike`); bytes paths are not
//! supported.

use super::support::{self, parse};
use crate::heap::{Kind, ObjRef};
use crate::objects::exception::ExceptionData;
use crate::vm::{attr, call, exc, new_bytes, new_float, new_int, new_list, new_str, new_tuple};
use crate::vm::{none, str_of, type_name, Args, PyResult, Vm};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};

/// The OSError subclass CPython raises for `errno`.
fn errno_type(code: i32) -> &'static str {
    match code {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => "OSError",
    }
}

/// C's `strerror(code)`.
fn strerror_text(code: i32) -> String {
    let s = std::io::Error::from_raw_os_error(code).to_string();
    s.split(" (os error").next().unwrap_or(&s).to_string()
}

/// The exception for an I/O failure on `path` (and `path2` for two-path calls).
fn os_error(e: &std::io::Error, path: Option<&ObjRef>, path2: Option<&ObjRef>) -> ObjRef {
    let code = e.raw_os_error().unwrap_or(0);
    let err = crate::vm::oserror::new_oserror(
        &exc::exc_type(errno_type(code)),
        code as i64,
        new_str(&strerror_text(code)),
        path.cloned(),
    );
    if let Some(p2) = path2 {
        if let Some(f) = err.payload::<ExceptionData>().os.borrow_mut().as_mut() {
            f.filename2 = Some(p2.clone());
        }
    }
    err
}

/// `os.fspath(p)` as a Rust string: a str, or what `__fspath__` returns.
fn path_of(vm: &mut Vm, p: &ObjRef, fname: &str, arg: &str) -> PyResult<String> {
    if p.kind() == Kind::Str {
        return Ok(str_of(p).to_string());
    }
    if let Some(f) = attr::lookup_type_str(&p.type_of(), "__fspath__") {
        let r = call::call(vm, &f, Args::new(std::slice::from_ref(p)))?;
        if r.kind() == Kind::Str {
            return Ok(str_of(&r).to_string());
        }
    }
    let allowed = if fname == "listdir" {
        "string, bytes, os.PathLike, integer or None"
    } else {
        "string, bytes or os.PathLike"
    };
    exc::type_error(format!(
        "{fname}: {arg} should be {allowed}, not {}",
        type_name(p)
    ))
}

fn getcwd(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    parse(&args, "getcwd", 0, 0, &[])?;
    match std::env::current_dir() {
        Ok(p) => Ok(new_str(&p.to_string_lossy())),
        Err(e) => Err(os_error(&e, None, None)),
    }
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = parse(&args, "chdir", 0, 1, &["path"])?;
    let p = one(pos, &kw, "chdir", "path")?;
    let s = path_of(vm, &p, "chdir", "path")?;
    std::env::set_current_dir(&s).map_err(|e| os_error(&e, Some(&p), None))?;
    Ok(none())
}

/// The one required argument `name` given positionally or by keyword.
fn one(pos: &[ObjRef], kw: &[Option<ObjRef>], fname: &str, name: &str) -> PyResult<ObjRef> {
    match pos
        .first()
        .cloned()
        .or_else(|| kw.first().cloned().flatten())
    {
        Some(p) => Ok(p),
        None => exc::type_error(format!(
            "{fname}() missing required argument '{name}' (pos 1)"
        )),
    }
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = parse(&args, "listdir", 0, 1, &["path"])?;
    let p = pos.first().cloned().or_else(|| kw[0].clone());
    let p = p.filter(|p| !p.is(&crate::vm::rt().none));
    let path = match &p {
        Some(p) => path_of(vm, p, "listdir", "path")?,
        None => ".".to_string(),
    };
    let err_path = p.clone().unwrap_or_else(|| new_str("."));
    let rd = std::fs::read_dir(&path).map_err(|e| os_error(&e, Some(&err_path), None))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(&e, Some(&err_path), None))?;
        names.push(new_str(&entry.file_name().to_string_lossy()));
    }
    Ok(new_list(names))
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = parse(&args, "mkdir", 0, 2, &["path", "mode", "dir_fd"])?;
    let p = one(pos, &kw, "mkdir", "path")?;
    let s = path_of(vm, &p, "mkdir", "path")?;
    let mode = match pos.get(1).cloned().or_else(|| kw[1].clone()) {
        Some(m) => crate::vm::convert::index_i64(vm, &m)? as u32,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&s)
        .map_err(|e| os_error(&e, Some(&p), None))?;
    Ok(none())
}

fn path_call(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(&str) -> std::io::Result<()>,
) -> PyResult<ObjRef> {
    let (pos, kw) = parse(&args, name, 0, 1, &["path", "dir_fd"])?;
    let p = one(pos, &kw, name, "path")?;
    let s = path_of(vm, &p, name, "path")?;
    f(&s).map_err(|e| os_error(&e, Some(&p), None))?;
    Ok(none())
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    path_call(vm, args, "rmdir", |s| std::fs::remove_dir(s))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    path_call(vm, args, "remove", |s| {
        // unlink(2) on a directory fails with EISDIR on Linux (std may report EPERM).
        if std::fs::symlink_metadata(s).is_ok_and(|m| m.is_dir()) {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        std::fs::remove_file(s)
    })
}

fn unlink(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    path_call(vm, args, "unlink", |s| {
        if std::fs::symlink_metadata(s).is_ok_and(|m| m.is_dir()) {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        std::fs::remove_file(s)
    })
}

fn rename_impl(vm: &mut Vm, args: Args, name: &str) -> PyResult<ObjRef> {
    let (pos, kw) = parse(
        &args,
        name,
        0,
        2,
        &["src", "dst", "src_dir_fd", "dst_dir_fd"],
    )?;
    let a = pos.first().cloned().or_else(|| kw[0].clone());
    let b = pos.get(1).cloned().or_else(|| kw[1].clone());
    let (Some(a), Some(b)) = (a, b) else {
        return exc::type_error(format!("{name}() missing required argument 'dst' (pos 2)"));
    };
    let sa = path_of(vm, &a, name, "src")?;
    let sb = path_of(vm, &b, name, "dst")?;
    std::fs::rename(&sa, &sb).map_err(|e| os_error(&e, Some(&a), Some(&b)))?;
    Ok(none())
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    rename_impl(vm, args, "rename")
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    rename_impl(vm, args, "replace")
}

/// `stat(path, *, follow_symlinks=True)` as a plain tuple of CPython's `stat_result`
/// fields: (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) with float times,
/// then the integer nanosecond times; `os.py` wraps it.
fn stat_impl(vm: &mut Vm, args: Args, name: &str, follow: bool) -> PyResult<ObjRef> {
    let (pos, kw) = parse(&args, name, 0, 1, &["path", "dir_fd", "follow_symlinks"])?;
    let p = one(pos, &kw, name, "path")?;
    let follow = match &kw[2] {
        Some(f) => crate::vm::ops::truthy(vm, f)?,
        None => follow,
    };
    let s = path_of(vm, &p, name, "path")?;
    let md = if follow {
        std::fs::metadata(&s)
    } else {
        std::fs::symlink_metadata(&s)
    }
    .map_err(|e| os_error(&e, Some(&p), None))?;
    let t = |sec: i64, nsec: i64| new_float(sec as f64 + nsec as f64 * 1e-9);
    let ns = |sec: i64, nsec: i64| {
        crate::vm::new_bigint(num_bigint::BigInt::from(sec) * 1_000_000_000 + nsec)
    };
    Ok(new_tuple(vec![
        new_int(md.mode() as i64),
        crate::vm::new_bigint(md.ino().into()),
        crate::vm::new_bigint(md.dev().into()),
        new_int(md.nlink() as i64),
        new_int(md.uid() as i64),
        new_int(md.gid() as i64),
        new_int(md.size() as i64),
        t(md.atime(), md.atime_nsec()),
        t(md.mtime(), md.mtime_nsec()),
        t(md.ctime(), md.ctime_nsec()),
        ns(md.atime(), md.atime_nsec()),
        ns(md.mtime(), md.mtime_nsec()),
        ns(md.ctime(), md.ctime_nsec()),
        new_int(md.blksize() as i64),
        new_int(md.blocks() as i64),
    ]))
}

fn stat(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    stat_impl(vm, args, "stat", true)
}

fn lstat(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    stat_impl(vm, args, "lstat", false)
}

fn readlink(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = parse(&args, "readlink", 0, 1, &["path", "dir_fd"])?;
    let p = one(pos, &kw, "readlink", "path")?;
    let s = path_of(vm, &p, "readlink", "path")?;
    let target = std::fs::read_link(&s).map_err(|e| os_error(&e, Some(&p), None))?;
    Ok(new_str(&target.to_string_lossy()))
}

fn access(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = parse(
        &args,
        "access",
        0,
        2,
        &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
    )?;
    let p = one(pos, &kw, "access", "path")?;
    let s = path_of(vm, &p, "access", "path")?;
    let mode = match pos.get(1).cloned().or_else(|| kw[1].clone()) {
        Some(m) => crate::vm::convert::index_i64(vm, &m)?,
        None => return exc::type_error("access() missing required argument 'mode' (pos 2)"),
    };
    let Ok(md) = std::fs::metadata(&s) else {
        return Ok(crate::vm::new_bool(false));
    };
    // An approximation from the permission bits for the owner (no effective-id check).
    let bits = md.permissions().mode();
    let ok = (mode & 4 == 0 || bits & 0o444 != 0)
        && (mode & 2 == 0 || bits & 0o222 != 0)
        && (mode & 1 == 0 || bits & 0o111 != 0);
    Ok(crate::vm::new_bool(ok))
}

fn chmod(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, kw) = parse(
        &args,
        "chmod",
        0,
        2,
        &["path", "mode", "dir_fd", "follow_symlinks"],
    )?;
    let p = one(pos, &kw, "chmod", "path")?;
    let s = path_of(vm, &p, "chmod", "path")?;
    let mode = match pos.get(1).cloned().or_else(|| kw[1].clone()) {
        Some(m) => crate::vm::convert::index_i64(vm, &m)? as u32,
        None => return exc::type_error("chmod() missing required argument 'mode' (pos 2)"),
    };
    std::fs::set_permissions(&s, std::fs::Permissions::from_mode(mode))
        .map_err(|e| os_error(&e, Some(&p), None))?;
    Ok(none())
}

fn getpid(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    parse(&args, "getpid", 0, 0, &[])?;
    Ok(new_int(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    parse(&args, "getppid", 0, 0, &[])?;
    Ok(new_int(std::os::unix::process::parent_id() as i64))
}

fn cpu_count(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    parse(&args, "cpu_count", 0, 0, &[])?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => new_int(n.get() as i64),
        Err(_) => none(),
    })
}

fn urandom(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "urandom", 1, 1, &[])?;
    let n = crate::vm::convert::index_i64(vm, &pos[0])?;
    if n < 0 {
        return exc::value_error("negative argument not allowed");
    }
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
    r.map_err(|e| os_error(&e, None, None))?;
    Ok(new_bytes(&buf))
}

fn strerror(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "strerror", 1, 1, &[])?;
    let code = crate::vm::convert::index_i64(vm, &pos[0])?;
    Ok(new_str(&strerror_text(code as i32)))
}

fn str_arg(o: &ObjRef, fname: &str) -> PyResult<String> {
    if o.kind() != Kind::Str {
        return exc::type_error(format!("{fname}: illegal type for name parameter"));
    }
    Ok(str_of(o).to_string())
}

fn putenv(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "putenv", 2, 2, &[])?;
    let k = str_arg(&pos[0], "putenv")?;
    let v = str_arg(&pos[1], "putenv")?;
    if k.is_empty() || k.contains('=') {
        return exc::value_error("illegal environment variable name");
    }
    if k.contains('\0') || v.contains('\0') {
        return exc::value_error("embedded null byte");
    }
    std::env::set_var(k, v);
    Ok(none())
}

fn unsetenv(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "unsetenv", 1, 1, &[])?;
    let k = str_arg(&pos[0], "unsetenv")?;
    if k.is_empty() || k.contains('=') {
        return exc::value_error("illegal environment variable name");
    }
    std::env::remove_var(k);
    Ok(none())
}

/// Fill the `posix` module.
pub fn init(_vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    support::add_functions(
        ns,
        &[
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("remove", remove),
            ("unlink", unlink),
            ("rename", rename),
            ("replace", replace),
            ("stat", stat),
            ("lstat", lstat),
            ("readlink", readlink),
            ("access", access),
            ("chmod", chmod),
            ("getpid", getpid),
            ("getppid", getppid),
            ("cpu_count", cpu_count),
            ("urandom", urandom),
            ("strerror", strerror),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
        ],
    );
    let env = crate::vm::new_dict();
    for (k, v) in std::env::vars_os() {
        if let (Some(k), Some(v)) = (k.to_str(), v.to_str()) {
            crate::vm::dictops::setitem_str(&env, new_str(k), new_str(v));
        }
    }
    support::set(ns, "environ", env);
    for (name, v) in [("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1)] {
        support::set(ns, name, new_int(v));
    }
    Ok(())
}
