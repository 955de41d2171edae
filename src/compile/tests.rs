//! Compiler tests: compile-time SyntaxErrors against CPython 3.11, stack depths and exception
//! tables of try/finally/with, and whole-corpus compilation (the parser's valid cases and the
//! standard library's top-level modules).

use super::code::*;
use super::dis::disassemble;

fn compile(src: &str) -> CodeObject {
    let m = crate::parse::parse_str(src).unwrap();
    let (code, errors) = super::compile_checked(&m, src, "t.py").unwrap();
    assert_eq!(
        errors,
        0,
        "inconsistent stack depths in:\n{}",
        disassemble(&code)
    );
    code
}

#[test]
fn smoke() {
    let c = compile("x = 1\nprint(x)\n");
    let d = disassemble(&c);
    assert!(d.contains("STORE_NAME"), "{d}");
}

/// (source, CPython 3.11's message, lineno, offset, end_lineno, end_offset), from
/// `compile(src, 'f.py', 'exec')`.
const ERRORS: &[(&str, &str, usize, usize, usize, isize)] = &[
    ("break\n", "'break' outside loop", 1, 1, 1, 6),
    ("continue\n", "'continue' not properly in loop", 1, 1, 1, 9),
    ("return 1\n", "'return' outside function", 1, 1, 1, 9),
    ("yield 1\n", "'yield' outside function", 1, 1, 1, 8),
    ("await x\n", "'await' outside function", 1, 1, 1, 8),
    (
        "def f():\n    await x\n",
        "'await' outside async function",
        2,
        5,
        2,
        12,
    ),
    (
        "async def f():\n    yield from x\n",
        "'yield from' inside async function",
        2,
        5,
        2,
        17,
    ),
    (
        "async def f():\n    yield 1\n    return 2\n",
        "'return' with value in async generator",
        3,
        5,
        3,
        13,
    ),
    (
        "def f():\n    async for x in y: pass\n",
        "'async for' outside async function",
        2,
        5,
        2,
        27,
    ),
    (
        "def f():\n    async with x: pass\n",
        "'async with' outside async function",
        2,
        5,
        2,
        23,
    ),
    (
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
        "default 'except:' must be last",
        3,
        1,
        4,
        9,
    ),
    (
        "*a = 1\n",
        "starred assignment target must be in a list or tuple",
        1,
        1,
        1,
        3,
    ),
    (
        "a, *b, *c = 1\n",
        "multiple starred expressions in assignment",
        1,
        1,
        1,
        10,
    ),
    ("x = *a\n", "can't use starred expression here", 1, 5, 1, 7),
    ("*a\n", "can't use starred expression here", 1, 1, 1, 3),
    (
        "def f():\n    x = 1\n    global x\n",
        "name 'x' is assigned to before global declaration",
        3,
        5,
        3,
        13,
    ),
    (
        "def f(x):\n    global x\n",
        "name 'x' is parameter and global",
        2,
        5,
        2,
        13,
    ),
    (
        "def f():\n    print(x)\n    global x\n",
        "name 'x' is used prior to global declaration",
        3,
        5,
        3,
        13,
    ),
    (
        "def f():\n    x: int\n    global x\n",
        "annotated name 'x' can't be global",
        3,
        5,
        3,
        13,
    ),
    (
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
        1,
        1,
        1,
        11,
    ),
    (
        "def f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        2,
        5,
        2,
        15,
    ),
    (
        "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
        "name 'x' is assigned to before nonlocal declaration",
        5,
        9,
        5,
        19,
    ),
    (
        "def f(x):\n    nonlocal x\n",
        "name 'x' is parameter and nonlocal",
        2,
        5,
        2,
        15,
    ),
    (
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
        "name 'x' is nonlocal and global",
        4,
        9,
        4,
        17,
    ),
    (
        "def f(a, b, a): pass\n",
        "duplicate argument 'a' in function definition",
        1,
        13,
        1,
        14,
    ),
    (
        "lambda a, a: 1\n",
        "duplicate argument 'a' in function definition",
        1,
        11,
        1,
        12,
    ),
    (
        "class C:\n    [y := 1 for x in z]\n",
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        6,
        2,
        7,
    ),
    (
        "[x := 1 for x in z]\n",
        "assignment expression cannot rebind comprehension iteration variable 'x'",
        1,
        2,
        1,
        3,
    ),
    (
        "[y for x in (z := w)]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
        14,
        1,
        20,
    ),
    (
        "[[(y := 1) for y in z] for x in w]\n",
        "assignment expression cannot rebind comprehension iteration variable 'y'",
        1,
        4,
        1,
        5,
    ),
    (
        "def f():\n    [i := 0 for i, j in x]\n",
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        2,
        6,
        2,
        7,
    ),
    (
        "def f():\n    [(yield x) for x in y]\n",
        "'yield' inside list comprehension",
        2,
        7,
        2,
        14,
    ),
    (
        "def f():\n    ((yield x) for x in y)\n",
        "'yield' inside generator expression",
        2,
        7,
        2,
        14,
    ),
    (
        "def f():\n    [x async for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        2,
        5,
        2,
        25,
    ),
    ("__debug__ = 1\n", "cannot assign to __debug__", 1, 1, 1, 10),
    ("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8, 1, 11),
    (
        "class C:\n    yield 1\n",
        "'yield' outside function",
        2,
        5,
        2,
        12,
    ),
    (
        "class C:\n    return 1\n",
        "'return' outside function",
        2,
        5,
        2,
        13,
    ),
    (
        "while x:\n    def f():\n        break\n",
        "'break' outside loop",
        3,
        9,
        3,
        14,
    ),
    (
        "x: int = 1\nglobal x\n",
        "annotated name 'x' can't be global",
        2,
        1,
        2,
        9,
    ),
    (
        "def f():\n    x = 1\n    def g():\n        x: int\n        nonlocal x\n",
        "annotated name 'x' can't be nonlocal",
        5,
        9,
        5,
        19,
    ),
    (
        "class C:\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        2,
        5,
        2,
        15,
    ),
    (
        "try:\n    pass\nexcept* E:\n    break\n",
        "'break', 'continue' and 'return' cannot appear in an except* block",
        4,
        5,
        4,
        10,
    ),
];

#[test]
fn compile_time_syntax_errors() {
    let mut failures = Vec::new();
    for &(src, msg, line, col, end_line, end_col) in ERRORS {
        let m = crate::parse::parse_str(src).unwrap();
        match super::compile_module(&m, src, "f.py") {
            Ok(_) => failures.push(format!("{src:?}: compiled, expected {msg:?}")),
            Err(e) => {
                let l = e.locate(src);
                let got = (
                    l.msg.as_str(),
                    l.lineno,
                    l.offset,
                    l.end_lineno,
                    l.end_offset,
                );
                if got != (msg, line, col, end_line, end_col) {
                    failures.push(format!(
                        "{src:?}: got {got:?}, expected {:?}",
                        (msg, line, col, end_line, end_col)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every Python file under `dir` (not recursive), with `skip` applied to names.
fn py_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .map(|r| r.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "py"));
    v.sort();
    v
}

fn compile_file(path: &std::path::Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let name = path.display().to_string();
    let m = crate::parse::parse_module(&bytes, &name).map_err(|e| format!("parse: {}", e.msg))?;
    let src = crate::parse::decode_source(&bytes, &name).map_err(|e| e.msg)?;
    let (_, errors) = super::compile_checked(&m, &src, &name).map_err(|e| {
        let l = e.locate(&src);
        format!("{} (line {})", l.msg, l.lineno)
    })?;
    if errors != 0 {
        return Err(format!("{errors} inconsistent stack depths"));
    }
    Ok(())
}

#[test]
fn parse_corpus_compiles() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parse/valid");
    let files = py_files(&dir);
    assert!(!files.is_empty());
    let failures: Vec<String> = files
        .iter()
        .filter_map(|p| {
            compile_file(p)
                .err()
                .map(|e| format!("{}: {e}", p.display()))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The standard library's top-level modules (found through `python3`); skipped when no
/// python3 is installed.
#[test]
fn stdlib_compiles() {
    let Ok(out) = std::process::Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
    else {
        return;
    };
    let dir = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if dir.is_empty() {
        return;
    }
    let files = py_files(std::path::Path::new(&dir));
    let start = std::time::Instant::now();
    let mut failures = Vec::new();
    let mut compiled = 0;
    for p in &files {
        let bytes = std::fs::read(p).unwrap_or_default();
        // mnemo does not support `match` (2 files of the stdlib use it).
        if let Err(e) = crate::parse::parse_module(&bytes, "x") {
            if e.msg.contains("match statement") {
                continue;
            }
        }
        match compile_file(p) {
            Ok(()) => compiled += 1,
            Err(e) => failures.push(format!("{}: {e}", p.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(compiled > 100, "only {compiled} files");
    eprintln!("stdlib: {compiled} files compiled in {:?}", start.elapsed());
}

/// `MNEMO_DIS=file.py cargo test --release --lib debug_dis -- --ignored --nocapture` prints
/// the disassembly of a file (for debugging the compiler).
#[test]
#[ignore]
fn debug_dis() {
    let path = std::env::var("MNEMO_DIS").unwrap();
    let src = std::fs::read_to_string(&path).unwrap();
    let m = crate::parse::parse_str(&src).unwrap();
    let (code, errors) = super::compile_checked(&m, &src, &path).unwrap();
    println!("{}", disassemble(&code));
    println!("depth errors: {errors}");
}
