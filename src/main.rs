//! The `mnemo` command line: python-like flags over the library in `lib.rs`.
//!
//! So far: `mnemo --ast FILE` (the AST as CPython's `ast.dump` prints it), `mnemo --bench-parse
//! FILE...` (lex+parse throughput, for scripts/bench_parse.sh) and `-V`/`--version`.

use mimalloc::MiMalloc;
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

const USAGE: &str = "usage: mnemo [--ast FILE | --bench-parse FILE... | -V]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("-V") | Some("--version") => {
            println!("mnemo {} (Python 3.11 subset)", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("--ast") if args.len() == 2 => dump_ast(&args[1]),
        Some("--bench-parse") => bench_parse(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
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
        eprintln!("mnemo: can't open file '{path}': [Errno {code}] {reason}");
        ExitCode::from(2)
    })
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
