//! The `mnemo` command line: python-like flags over the library in `lib.rs`.
//!
//! `mnemo FILE [ARGS...]`, `mnemo -c CODE [ARGS...]`, `mnemo -` (program from standard input),
//! `mnemo -V`; and the teaching aids `mnemo --ast FILE` (the AST as CPython's `ast.dump` prints
//! it), `mnemo --dis FILE` (the bytecode), `mnemo --bench-parse FILE...` (parser throughput).
//! Programs run on a thread with a large stack, so that deep Python recursion (up to any
//! `sys.setrecursionlimit`) cannot overflow the Rust stack before `RecursionError` is raised.

use mimalloc::MiMalloc;
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

const USAGE: &str = "usage: mnemo [-c cmd | file | -] [arg] ...";

/// Stack for the interpreter thread: virtual address space, committed only as it is used.
const STACK_SIZE: usize = 4 << 30;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("-V") | Some("--version") => {
            println!("Python 3.11.7 (mnemo {})", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("--ast") if args.len() == 2 => dump_ast(&args[1]),
        Some("--dis") if args.len() == 2 => run_big(move || dis(&args[1])),
        Some("--bench-parse") => bench_parse(&args[1..]),
        Some("-c") => match args.get(1) {
            Some(code) => {
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[2..].iter().cloned());
                let code = code.clone();
                run_big(move || run_program(code.into_bytes(), "<string>", argv, ""))
            }
            None => {
                eprintln!("Argument expected for the -c option\n{USAGE}\nTry `mnemo -h' for more information.");
                ExitCode::from(2)
            }
        },
        Some("-") | None => {
            let mut src = Vec::new();
            if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut src) {
                eprintln!("mnemo: can't read standard input: {e}");
                return ExitCode::from(2);
            }
            let argv = if args.is_empty() {
                vec![String::new()]
            } else {
                args.clone()
            };
            run_big(move || run_program(src, "<stdin>", argv, ""))
        }
        Some(opt) if opt.starts_with('-') => {
            eprintln!("Unknown option: {opt}\n{USAGE}\nTry `mnemo -h' for more information.");
            ExitCode::from(2)
        }
        Some(file) => {
            let file = file.to_string();
            let src = match read_source(&file) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let dir = std::path::Path::new(&file)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            let argv = args.clone();
            run_big(move || run_program(src, &file, argv, &dir))
        }
    }
}

/// Run `f` on a thread with a large stack and return its exit code.
fn run_big(f: impl FnOnce() -> ExitCode + Send + 'static) -> ExitCode {
    let h = std::thread::Builder::new()
        .name("main".into())
        .stack_size(STACK_SIZE)
        .spawn(f);
    match h {
        Ok(h) => h.join().unwrap_or(ExitCode::from(1)),
        Err(e) => {
            eprintln!("mnemo: cannot start the interpreter thread: {e}");
            ExitCode::from(1)
        }
    }
}

fn run_program(src: Vec<u8>, filename: &str, argv: Vec<String>, dir: &str) -> ExitCode {
    let path0 = if dir.is_empty() { "" } else { dir };
    let mut vm = mnemo::vm::interp::new_vm(&argv, path0);
    let code = mnemo::vm::interp::run_main(&mut vm, &src, filename);
    ExitCode::from((code & 0xff) as u8)
}

/// Read a script as CPython does, reporting a missing file the same way (exit 2).
fn read_source(path: &str) -> Result<Vec<u8>, ExitCode> {
    std::fs::read(path).map_err(|e| {
        let code = e.raw_os_error().unwrap_or(2);
        let reason = std::io::Error::from_raw_os_error(code).to_string();
        let reason = reason
            .split(" (os error")
            .next()
            .unwrap_or(&reason)
            .to_string();
        let abs = std::path::absolute(path)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| path.to_string());
        eprintln!(
            "{}: can't open file '{abs}': [Errno {code}] {reason}",
            exe_name()
        );
        ExitCode::from(2)
    })
}

fn exe_name() -> String {
    std::env::args().next().unwrap_or_else(|| "mnemo".into())
}

fn dump_ast(path: &str) -> ExitCode {
    let bytes = match read_source(path) {
        Ok(b) => b,
        Err(code) => return code,
    };
    match mnemo::parse::parse_module(&bytes, path) {
        Ok(module) => {
            println!("{}", mnemo::parse::dump::dump_module(&module));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let text = String::from_utf8_lossy(&bytes);
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            eprint!("{}", e.locate(text).render(path));
            ExitCode::from(1)
        }
    }
}

fn dis(path: &str) -> ExitCode {
    let bytes = match read_source(path) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let result = mnemo::parse::parse_module(&bytes, path)
        .and_then(|m| mnemo::compile::compile_module(&m, &text, path));
    match result {
        Ok(code) => {
            print!("{}", mnemo::compile::dis::disassemble(&code));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprint!("{}", e.locate(&text).render(path));
            ExitCode::from(1)
        }
    }
}

fn bench_parse(paths: &[String]) -> ExitCode {
    let mut sources = Vec::with_capacity(paths.len());
    for p in paths {
        match std::fs::read(p) {
            Ok(b) => sources.push(b),
            Err(_) => return read_source(p).err().unwrap_or(ExitCode::from(2)),
        }
    }
    let bytes: usize = sources.iter().map(Vec::len).sum();
    let start = std::time::Instant::now();
    let mut failed = 0;
    for (src, path) in sources.iter().zip(paths) {
        if mnemo::parse::parse_module(src, path).is_err() {
            failed += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "files={} bytes={bytes} seconds={secs:.6} failed={failed}",
        paths.len()
    );
    ExitCode::SUCCESS
}
