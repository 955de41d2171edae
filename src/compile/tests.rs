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

/// Symbol-table classification (CPython's symtable).
mod symtable_tests {
    use crate::compile::symtable::*;

    fn table(src: &str) -> SymbolTable {
        let m = crate::parse::parse_str(src).unwrap();
        SymbolTable::build_module(&m).unwrap()
    }

    fn find<'a>(t: &'a SymbolTable, name: &str) -> &'a Scope {
        t.scopes.iter().find(|s| s.name == name).unwrap()
    }

    #[test]
    fn closures_and_cells() {
        let t =
            table("def f(a):\n    b = 1\n    def g():\n        return a + b + c\n    return g\n");
        let f = find(&t, "f");
        assert_eq!(f.scope_of_name("a"), Some(SymScope::Cell));
        assert_eq!(f.scope_of_name("b"), Some(SymScope::Cell));
        assert_eq!(f.scope_of_name("g"), Some(SymScope::Local));
        let g = find(&t, "g");
        assert_eq!(g.scope_of_name("a"), Some(SymScope::Free));
        assert_eq!(g.scope_of_name("c"), Some(SymScope::GlobalImplicit));
        assert!(g.nested);
    }

    #[test]
    fn class_scopes_and_super() {
        let t = table(
            "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            super().m()\n            return x\n",
        );
        let c = find(&t, "C");
        assert!(c.needs_class_closure);
        assert_eq!(c.scope_of_name("x"), Some(SymScope::Local));
        assert!(c.flags("x") & DEF_FREE_CLASS != 0);
        let m = find(&t, "m");
        assert_eq!(m.scope_of_name("__class__"), Some(SymScope::Free));
        assert_eq!(m.scope_of_name("x"), Some(SymScope::Free));
        assert_eq!(find(&t, "f").scope_of_name("x"), Some(SymScope::Cell));
    }

    #[test]
    fn comprehensions_and_walrus() {
        let t = table("def f(xs):\n    return [y := x for x in xs]\n");
        let comp = find(&t, "listcomp");
        assert_eq!(comp.varnames, vec![".0"]);
        assert_eq!(comp.scope_of_name("x"), Some(SymScope::Local));
        assert_eq!(comp.scope_of_name("y"), Some(SymScope::Free));
        let f = find(&t, "f");
        assert_eq!(f.scope_of_name("y"), Some(SymScope::Cell));
        assert_eq!(f.scope_of_name("xs"), Some(SymScope::Local));
        let t = table("[y := x for x in z]\n");
        assert_eq!(
            find(&t, "listcomp").scope_of_name("y"),
            Some(SymScope::GlobalExplicit)
        );
    }

    #[test]
    fn global_nonlocal() {
        let t = table("def f():\n    global g\n    g = 1\n    x = 2\n    def h():\n        nonlocal x\n        x = 3\n");
        assert_eq!(
            find(&t, "f").scope_of_name("g"),
            Some(SymScope::GlobalExplicit)
        );
        assert_eq!(find(&t, "f").scope_of_name("x"), Some(SymScope::Cell));
        assert_eq!(find(&t, "h").scope_of_name("x"), Some(SymScope::Free));
        assert_eq!(
            t.scopes[0].scope_of_name("g"),
            Some(SymScope::GlobalExplicit)
        );
    }

    #[test]
    fn mangling() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(Some("__"), "__x"), "__x");
        let t = table("class C:\n    __a = 1\n    def m(self, __b): pass\n");
        assert!(find(&t, "C").lookup("_C__a").is_some());
        assert_eq!(find(&t, "m").varnames, vec!["self", "_C__b"]);
    }
}

fn entry(start: u32, end: u32, target: u32, depth: u32, push_lasti: bool) -> ExceptionEntry {
    ExceptionEntry {
        start,
        end,
        target,
        depth,
        push_lasti,
    }
}

/// The same layout and depths as CPython 3.11 (`python3 -m dis`), in instruction indices.
#[test]
fn try_finally_table() {
    let c = compile("try:\n    a()\nfinally:\n    b()\n");
    assert_eq!(
        c.exception_table,
        vec![entry(0, 3, 7, 0, false), entry(7, 12, 12, 1, true)]
    );
    assert_eq!(c.instructions[7], Instr::PushExcInfo);
    assert_eq!(
        &c.instructions[12..15],
        &[Instr::Copy(3), Instr::PopExcept, Instr::Reraise]
    );
    assert_eq!(c.max_stack, 4);
}

#[test]
fn with_table() {
    let c = compile("with a as b, c:\n    d()\n");
    let t = &c.exception_table;
    // Outer with: handler below the enter result (depth 1: its exit); inner: depth 2.
    assert_eq!(t[0], entry(2, 5, 32, 1, true));
    assert_eq!(t[1], entry(5, 9, 15, 2, true));
    assert_eq!(c.instructions[15], Instr::PushExcInfo);
    assert_eq!(c.instructions[16], Instr::WithExceptStart);
    // exit(None, None, None) on the normal path.
    assert_eq!(
        &c.instructions[9..14],
        &[
            Instr::LoadConst(0),
            Instr::LoadConst(0),
            Instr::LoadConst(0),
            Instr::Call(3),
            Instr::PopTop
        ]
    );
    assert_eq!(c.max_stack, 7);
}

#[test]
fn break_in_finally_and_with_runs_cleanup() {
    let c =
        compile("for x in y:\n    try:\n        g()\n        break\n    finally:\n        f()\n");
    let d = disassemble(&c);
    // The break path runs the finally body inline, pops the iterator, jumps out.
    let calls = c
        .instructions
        .iter()
        .filter(|i| matches!(i, Instr::Call(0)))
        .count();
    assert_eq!(calls, 3, "{d}");
    let c = compile("while x:\n    with m:\n        continue\n");
    assert!(c.instructions.contains(&Instr::Call(3)));
}

#[test]
fn generators_and_comprehensions() {
    let c = compile("def g():\n    yield 1\n[x for x in y]\n");
    let Constant::Code(g) = &c.consts[0] else {
        panic!()
    };
    assert!(g.flags.generator);
    assert_eq!(g.instructions[0], Instr::GenStart);
    let comp = c
        .consts
        .iter()
        .find_map(|k| match k {
            Constant::Code(c) if c.name == "<listcomp>" => Some(c),
            _ => None,
        })
        .unwrap();
    assert_eq!(comp.argcount, 1);
    assert_eq!(comp.varnames[0], ".0");
    assert_eq!(comp.qualname, "<listcomp>");
    let c = compile("def f():\n    def g():\n        return lambda: [a for a in b]\n");
    let Constant::Code(f) = &c.consts[0] else {
        panic!()
    };
    let Constant::Code(g) = &f.consts[1] else {
        panic!()
    };
    assert_eq!(g.qualname, "f.<locals>.g");
    let Constant::Code(l) = &g.consts[1] else {
        panic!()
    };
    assert_eq!(l.qualname, "f.<locals>.g.<locals>.<lambda>");
}

#[test]
fn class_body_and_closures() {
    let c = compile("def f(a):\n    class C:\n        def m(self):\n            return super(), a\n    return C\n");
    let Constant::Code(f) = &c.consts[0] else {
        panic!()
    };
    assert_eq!(f.cellvars, vec!["a"]);
    assert_eq!(f.cell2arg, vec![Some(0)]);
    let Constant::Code(cls) = &f.consts[1] else {
        panic!()
    };
    assert_eq!(cls.cellvars, vec!["__class__"]);
    assert_eq!(cls.freevars, vec!["a"]);
    let n = cls.instructions.len();
    assert_eq!(
        &cls.instructions[n - 4..n - 1],
        &[Instr::LoadClosure(0), Instr::Copy(1), Instr::StoreName(4)]
    );
    assert_eq!(cls.names[4], "__classcell__");
    let m = cls.consts.iter().find_map(|k| match k {
        Constant::Code(c) => Some(c),
        _ => None,
    });
    assert_eq!(m.unwrap().freevars, vec!["__class__", "a"]);
    assert_eq!(m.unwrap().qualname, "f.<locals>.C.m");
}

#[test]
fn interactive_and_eval() {
    let src = "1 + x\n";
    let m = crate::parse::parse_str(src).unwrap();
    let c = super::compile_interactive(&m, src, "<stdin>").unwrap();
    assert!(c.instructions.contains(&Instr::PrintExpr));
    let crate::ast::StmtKind::Expr { value } = &m.body[0].kind else {
        panic!()
    };
    let c = super::compile_expression(value, src, "<string>").unwrap();
    assert_eq!(c.instructions.last(), Some(&Instr::ReturnValue));
    assert_eq!(c.instructions.len(), 4);
}

#[test]
fn constants_are_folded_and_shared() {
    let c = compile("x = 2**64\ny = 1000\nz = 1000\nw = -0.0\nv = 0.0\nu = x in [1, 2, 3]\n");
    assert!(c
        .consts
        .contains(&Constant::Int(num_bigint::BigInt::from(1u128 << 64))));
    let thousands = c
        .consts
        .iter()
        .filter(|k| **k == Constant::Int(1000.into()))
        .count();
    assert_eq!(thousands, 1);
    let floats = c
        .consts
        .iter()
        .filter(|k| matches!(k, Constant::Float(_)))
        .count();
    assert_eq!(floats, 2);
    assert!(c.consts.contains(&Constant::Tuple(vec![
        Constant::Int(1.into()),
        Constant::Int(2.into()),
        Constant::Int(3.into())
    ])));
}
