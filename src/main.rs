//! The `mnemo` command line: python-like flags (parsed in `cli.rs`) over the library.
//!
//! `mnemo` starts the REPL (`repl.rs`) when standard input is a terminal and otherwise runs the
//! program read from it; `mnemo FILE [ARGS...]`, `mnemo -c CODE [ARGS...]`, `mnemo -` run a
//! program, and `-i` stays at the prompt afterwards. `mnemo -h` lists the options; the teaching
//! aids are `mnemo --ast FILE` (the AST as CPython's `ast.dump` prints it), `mnemo --dis FILE`
//! (the bytecode) and `mnemo --bench-parse FILE...` (parser throughput).
//! Programs run on a thread with a large stack, so that deep Python recursion (up to any
//! `sys.setrecursionlimit`) cannot overflow the Rust stack before `RecursionError` is raised.
//! Ctrl-C raises `KeyboardInterrupt` (`vm/signals.rs`); a program that does not catch it ends
//! killed by SIGINT, as CPython's does.

use mnemo::cli::{self, Options, Parsed, Program};
use mnemo::vm::{interp, signals};
use std::io::IsTerminal;
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: mnemo::heap::tracing::TracingAllocator = mnemo::heap::tracing::TracingAllocator;

/// Stack for the interpreter thread: virtual address space, committed only as it is used.
const STACK_SIZE: usize = 4 << 30;

fn main() -> ExitCode {
    let mut args = std::env::args_os();
    let prog = args
        .next()
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_else(|| "mnemo".into());
    let opts = match cli::parse(args) {
        Parsed::Run(o) => o,
        Parsed::Help => {
            print!("{}", cli::help(&prog));
            return ExitCode::SUCCESS;
        }
        Parsed::Version => {
            println!("Python 3.11.7 (mnemo {})", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Parsed::Error(msg) => {
            eprintln!(
                "{msg}\n{}\nTry `mnemo -h' for more information.",
                cli::usage(&prog)
            );
            return ExitCode::from(2);
        }
    };
    apply_environment(&opts);
    match &opts.program {
        Program::Ast(file) => dump_ast(file),
        Program::Dis(file) => {
            let file = file.clone();
            run_big(move || dis(&file))
        }
        Program::BenchParse(files) => bench_parse(files),
        _ => {
            signals::install();
            let status = run_big(move || run(opts));
            if signals::ended_by_interrupt() {
                signals::exit_by_sigint();
            }
            status
        }
    }
}

/// `-E` (forget `MNEMO_*` variables), then `-X` (each known option sets its variable), `-u`.
/// Runs before any other thread exists.
fn apply_environment(o: &Options) {
    if o.ignore_environment {
        let names: Vec<_> = std::env::vars_os()
            .map(|(k, _)| k)
            .filter(|k| k.to_string_lossy().starts_with("MNEMO_"))
            .collect();
        for k in names {
            std::env::remove_var(k);
        }
    }
    for x in &o.xoptions {
        let (name, value) = x.split_once('=').unwrap_or((x, "1"));
        // Unknown -X options are accepted and ignored, as CPython accepts them.
        if let Some((_, var, _)) = cli::XOPTIONS.iter().find(|(n, _, _)| *n == name) {
            std::env::set_var(var, value);
        }
    }
    if o.unbuffered {
        mnemo::vm::io::set_unbuffered();
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

/// The program the options name, on the interpreter thread.
fn run(o: Options) -> ExitCode {
    signals::set_main_thread();
    match &o.program {
        Program::Code(code) => run_program(code.clone().into_bytes(), "<string>", "", &o),
        Program::Script(file) => {
            let src = match read_source(file) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let dir = std::path::Path::new(file)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            run_program(src, file, &dir, &o)
        }
        _ if o.inspect || std::io::stdin().is_terminal() => {
            let mut vm = interp::new_vm(&o.argv, "");
            let globals = interp::main_namespace(&mut vm, "<stdin>");
            status(mnemo::repl::interact(vm, globals, !o.quiet))
        }
        _ => {
            let mut src = Vec::new();
            if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut src) {
                eprintln!("mnemo: can't read standard input: {e}");
                return ExitCode::from(2);
            }
            run_program(src, "<stdin>", "", &o)
        }
    }
}

fn status(code: i32) -> ExitCode {
    ExitCode::from((code & 0xff) as u8)
}

/// Run a program in `__main__`; under `-i`, report its exception (even `SystemExit`) and go on
/// at the prompt in the same namespace, as CPython does.
fn run_program(src: Vec<u8>, filename: &str, dir: &str, o: &Options) -> ExitCode {
    let filename = &interp::script_path(filename);
    let mut vm = interp::new_vm(&o.argv, dir);
    if !o.inspect {
        return status(interp::run_main(&mut vm, &src, filename));
    }
    let globals = interp::main_namespace(&mut vm, filename);
    if let Err(e) = interp::exec_source(&mut vm, &src, filename, &globals, true) {
        mnemo::vm::io::flush_std(&mut vm);
        mnemo::vm::traceback::print_exception(&mut vm, &e);
    }
    // CPython's PyRun_SimpleFile removes `__file__` from `__main__` once the script has run.
    let _ = mnemo::vm::dictops::delitem_opt(&mut vm, &globals, &mnemo::vm::intern("__file__"));
    mnemo::vm::io::flush_std(&mut vm);
    status(mnemo::repl::interact(vm, globals, false))
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
