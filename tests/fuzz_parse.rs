//! Bounded, deterministic fuzzing of the front end: `mnemo::parse::parse_module` must return
//! `Ok` or `Err` for any bytes at all, never panic, never overflow the stack, never hang.
//!
//! `parse_never_panics` feeds ~20,000 inputs (release; 4,000 in a debug build) made by a fixed
//! xorshift generator: random bytes, mutations of the corpus files in tests/parse/ (bit flips,
//! byte changes, insertions, deletions, duplications, splices from other files, re-indented and
//! truncated lines) and soup of Python tokens. A panicking input is written to
//! `target/fuzz-crash-N.py`; an input that takes over 10 s is written to `target/fuzz-hang.py`
//! and the process exits. `MNEMO_FUZZ_ITERS` and `MNEMO_FUZZ_SEED` change count and seed.
//!
//! `deep_nesting_does_not_crash` runs pathological nesting (`(`*201, `[`*1000, `-`*10000 + `1`,
//! 100 nested `if` blocks, ...) each in a child process, so that a stack overflow, which aborts
//! the whole process, is reported as a failure of that input instead of killing the test run.
//! The child parses on a thread with an 8 MiB stack, the main-thread stack `mnemo` has on Linux.

use std::cell::Cell;
use std::fs;
use std::io::Read;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::thread;
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Marsaglia's xorshift64: tiny, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

#[rustfmt::skip]
const TOKENS: &[&str] = &[
    // keywords and soft keywords
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "except*", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield", "match", "case", "_", "type",
    // names
    "x", "y", "foo", "self", "print", "café", "ﬁ", "名前",
    // operators and delimiters
    "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "~", ":=", "<", ">", "<=",
    ">=", "==", "!=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "->", "+=", "-=", "*=",
    "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=", "...", "!", "$", "?", "`", "\\",
    // literals, whole and broken
    "0", "1", "42", "0x1F", "0o17", "0b101", "1_000", "1.5", ".5", "1.", "1e-3", "2j", "0777", "1_",
    "0x", "1e", "9", "123456789012345678901234567890",
    "'s'", "\"d\"", "'''t'''", "\"\"\"T\"\"\"", "b'b'", "r'\\d'", "u'u'", "rb'x'", "'", "\"", "'''",
    "f'{x}'", "f'{x!r:>{w}}'", "f'{x=}'", "f'{{}}'", "f'{'", "f'}'", "f'{x:{y:{z}}}'", "f\"{'a'}\"",
    "'\\N{BULLET}'", "'\\x4'", "b'\\xff'", "'\\u12'", "b'é'",
    // layout
    "\n", "\n", "\n", "    ", "\t", " ", "\\\n", "#c\n", "\r\n", "\x0c", "\u{a0}", "\0",
];

/// The `.py` files of the given corpus directories, in a fixed order.
fn corpus(dirs: &[&str]) -> Vec<Vec<u8>> {
    let mut files = Vec::new();
    for dir in dirs {
        let Ok(entries) = fs::read_dir(root().join("tests/parse").join(dir)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        paths.sort();
        files.extend(paths.iter().filter_map(|p| fs::read(p).ok()));
    }
    if files.is_empty() {
        files.push(b"def f(x, *a, k=1, **kw):\n    return [i for i in x if i]\n".to_vec());
    }
    files
}

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    const PYTHONISH: &[u8] = b"abcxyz_019 \n\t()[]{}:;,.=+-*/%@<>!&|^~'\"#\\";
    let len = rng.below(300);
    (0..len)
        .map(|_| match rng.below(10) {
            0..=5 => *rng.pick(PYTHONISH),
            6 | 7 => (0x20 + rng.below(0x5f)) as u8,
            _ => rng.next() as u8,
        })
        .collect()
}

fn token_soup(rng: &mut Rng) -> Vec<u8> {
    let mut out = Vec::new();
    for _ in 0..1 + rng.below(80) {
        out.extend_from_slice(rng.pick(TOKENS).as_bytes());
        if rng.chance(60) {
            out.push(b' ');
        }
    }
    out
}

/// A byte range of `data` (possibly empty) of at most `max` bytes.
fn range(rng: &mut Rng, data: &[u8], max: usize) -> (usize, usize) {
    let start = rng.below(data.len() + 1);
    let end = start + rng.below((data.len() - start).min(max) + 1);
    (start, end)
}

/// A corpus file with a few random edits: mostly valid files with one edit, so that many
/// inputs get deep into the parser before they go wrong (or stay valid).
fn mutate(rng: &mut Rng, valid: &[Vec<u8>], others: &[Vec<u8>]) -> Vec<u8> {
    let base = if rng.chance(85) { valid } else { others };
    let mut data = rng.pick(base).clone();
    let rounds = if rng.chance(60) { 1 } else { 2 + rng.below(7) };
    for _ in 0..rounds {
        match rng.below(10) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] = if rng.chance(50) {
                    *rng.pick(b"()[]{}:'\"\\\n\t #=,.")
                } else {
                    rng.next() as u8
                };
            }
            2 => {
                let i = rng.below(data.len() + 1);
                let tok = rng.pick(TOKENS).as_bytes().to_vec();
                data.splice(i..i, tok);
            }
            3 => {
                let (a, b) = range(rng, &data, 64);
                data.drain(a..b);
            }
            4 => {
                let (a, b) = range(rng, &data, 256);
                let copy = data[a..b].to_vec();
                let i = rng.below(data.len() + 1);
                data.splice(i..i, copy);
            }
            5 => {
                let pool = if rng.chance(50) { valid } else { others };
                let other = rng.pick(pool);
                let (a, b) = range(rng, other, 512);
                let i = rng.below(data.len() + 1);
                data.splice(i..i, other[a..b].iter().copied());
            }
            6 => {
                // re-indent the line that contains a random position
                let i = rng.below(data.len() + 1);
                let start = data[..i]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                const INDENTS: [&[u8]; 7] = [b"", b" ", b"  ", b"    ", b"\t", b" \t", b"        "];
                let indent = *rng.pick(&INDENTS);
                let end = start
                    + data[start..]
                        .iter()
                        .take_while(|&&b| b == b' ' || b == b'\t')
                        .count();
                data.splice(start..end, indent.iter().copied());
            }
            7 => {
                let keep = rng.below(data.len() + 1);
                data.truncate(keep);
            }
            8 => {
                // swap two lines
                let lines: Vec<Vec<u8>> = data.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
                if lines.len() > 1 {
                    let mut lines = lines;
                    let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                    lines.swap(a, b);
                    data = lines.join(&b'\n');
                }
            }
            _ => {
                let i = rng.below(data.len() + 1);
                let byte = *rng.pick(&[
                    b'(', b'[', b'{', b')', b']', b'}', b'"', b'\'', b'\\', b'\n', 0xff, 0xc3, 0,
                ]);
                data.insert(i, byte);
            }
        }
    }
    data
}

thread_local! {
    static FUZZING: Cell<bool> = const { Cell::new(false) };
}
static PANIC_MESSAGE: Mutex<String> = Mutex::new(String::new());
static HOOK: Once = Once::new();

/// On the fuzzing thread, a panic's message is recorded instead of printed; elsewhere the
/// previous hook runs as usual.
fn install_quiet_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if FUZZING.with(Cell::get) {
                *PANIC_MESSAGE.lock().unwrap_or_else(|e| e.into_inner()) = info.to_string();
            } else {
                previous(info);
            }
        }));
    });
}

fn iterations() -> usize {
    std::env::var("MNEMO_FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) {
            4_000
        } else {
            20_000
        })
}

#[test]
fn parse_never_panics() {
    install_quiet_hook();
    let seed = std::env::var("MNEMO_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x6d6e_656d_6f21);
    let mut rng = Rng::new(seed);
    let valid = corpus(&["valid"]);
    let others = corpus(&["invalid", "unsupported"]);
    let n = iterations();
    let target = root().join("target");

    // Watchdog: a parse that never returns would hang the test run; report it and stop instead.
    let current = Arc::new(Mutex::new(Vec::<u8>::new()));
    let progress = Arc::new(AtomicU64::new(0));
    {
        let (current, progress, target) = (current.clone(), progress.clone(), target.clone());
        thread::spawn(move || {
            let (mut seen, mut since) = (u64::MAX, Instant::now());
            loop {
                thread::sleep(Duration::from_millis(200));
                let now = progress.load(Ordering::Relaxed);
                if now == u64::MAX {
                    return;
                }
                if now != seen {
                    (seen, since) = (now, Instant::now());
                } else if since.elapsed() > Duration::from_secs(10) {
                    let path = target.join("fuzz-hang.py");
                    let _ = fs::create_dir_all(&target);
                    let _ = fs::write(&path, &*current.lock().unwrap_or_else(|e| e.into_inner()));
                    eprintln!(
                        "parse_module has not returned for 10 s on input {now}; written to {}",
                        path.display()
                    );
                    std::process::exit(101);
                }
            }
        });
    }

    FUZZING.with(|f| f.set(true));
    let started = Instant::now();
    let (mut ok, mut err) = (0usize, 0usize);
    let mut crashes: Vec<String> = Vec::new();
    for i in 0..n {
        let input = match rng.below(4) {
            0 => random_bytes(&mut rng),
            1 => token_soup(&mut rng),
            _ => mutate(&mut rng, &valid, &others),
        };
        current.lock().unwrap().clone_from(&input);
        progress.store(i as u64, Ordering::Relaxed);
        match panic::catch_unwind(AssertUnwindSafe(|| {
            mnemo::parse::parse_module(&input, "<fuzz>").is_ok()
        })) {
            Ok(true) => ok += 1,
            Ok(false) => err += 1,
            Err(_) => {
                let message =
                    std::mem::take(&mut *PANIC_MESSAGE.lock().unwrap_or_else(|e| e.into_inner()));
                let path = target.join(format!("fuzz-crash-{}.py", crashes.len()));
                if crashes.len() < 50 {
                    let _ = fs::create_dir_all(&target);
                    let _ = fs::write(&path, &input);
                }
                crashes.push(format!(
                    "input {i} ({} bytes, {}): {message}",
                    input.len(),
                    path.display()
                ));
            }
        }
    }
    FUZZING.with(|f| f.set(false));
    progress.store(u64::MAX, Ordering::Relaxed);
    let elapsed = started.elapsed();
    eprintln!(
        "fuzz: {n} inputs in {:.2} s (seed {seed}): {ok} parsed, {err} syntax errors, {} panics",
        elapsed.as_secs_f64(),
        crashes.len()
    );
    for c in crashes.iter().take(50) {
        eprintln!("  panic on {c}");
    }
    assert!(
        crashes.is_empty(),
        "parse_module panicked on {} of {n} inputs; see above",
        crashes.len()
    );
}

/// The pathological inputs, by index; the child process rebuilds one from its index.
fn deep_inputs() -> Vec<(&'static str, Vec<u8>)> {
    let nested_ifs = |depth: usize| {
        let mut s = String::new();
        for i in 0..depth {
            s += &format!("{}if x{i}:\n", "    ".repeat(i));
        }
        s += &format!("{}pass\n", "    ".repeat(depth));
        s.into_bytes()
    };
    let rep = |unit: &str, n: usize, tail: &str| (unit.repeat(n) + tail).into_bytes();
    vec![
        (
            "200 nested parentheses",
            ("(".repeat(200) + &")".repeat(200)).into_bytes(),
        ),
        (
            "201 nested parentheses",
            ("(".repeat(201) + "1" + &")".repeat(201)).into_bytes(),
        ),
        ("1000 unclosed brackets", rep("[", 1000, "\n")),
        (
            "5000 nested lists",
            ("x = ".to_string() + &"[".repeat(5000) + &"]".repeat(5000) + "\n").into_bytes(),
        ),
        ("100000 unclosed parentheses", rep("(", 100_000, "")),
        ("10000 unary minus", rep("-", 10_000, "1\n")),
        ("10000 not", rep("not ", 10_000, "x\n")),
        ("10000 await", rep("await ", 10_000, "x\n")),
        ("10000 lambda", rep("lambda: ", 10_000, "0\n")),
        (
            "10000 power",
            ("2".to_string() + &"**2".repeat(10_000) + "\n").into_bytes(),
        ),
        (
            "10000 additions",
            ("1".to_string() + &"+1".repeat(10_000) + "\n").into_bytes(),
        ),
        (
            "10000 attribute chain",
            ("x".to_string() + &".a".repeat(10_000) + "\n").into_bytes(),
        ),
        (
            "10000 call chain",
            ("f".to_string() + &"()".repeat(10_000) + "\n").into_bytes(),
        ),
        (
            "10000 subscripts",
            ("x".to_string() + &"[0]".repeat(10_000) + "\n").into_bytes(),
        ),
        (
            "10000 comparisons",
            ("a".to_string() + &" < a".repeat(10_000) + "\n").into_bytes(),
        ),
        (
            "10000 conditional expressions",
            ("x".to_string() + &" if c else x".repeat(10_000) + "\n").into_bytes(),
        ),
        (
            "10000 nested calls",
            ("f(".repeat(10_000) + &")".repeat(10_000) + "\n").into_bytes(),
        ),
        ("10000 string concatenations", rep("'s' ", 10_000, "\n")),
        ("100000 statements", rep("x = 1\n", 100_000, "")),
        ("99 nested if blocks", nested_ifs(99)),
        ("100 nested if blocks", nested_ifs(100)),
        ("1000 nested if blocks", nested_ifs(1000)),
        (
            "1000 nested f-strings",
            ("f'{".repeat(1000) + &"}'".repeat(1000) + "\n").into_bytes(),
        ),
        (
            "1000 nested dicts",
            ("{1:".repeat(1000) + &"}".repeat(1000) + "\n").into_bytes(),
        ),
    ]
}

const CHILD_ENV: &str = "MNEMO_DEEP_CASE";
const CHILD_TEST: &str = "deep_nesting_child_process_entry";

/// Not a test of its own: the body `deep_nesting_does_not_crash` runs in a child process.
#[test]
fn deep_nesting_child_process_entry() {
    let Some(index) = std::env::var(CHILD_ENV)
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
    else {
        return;
    };
    let (_, input) = deep_inputs().swap_remove(index);
    let outcome = thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            panic::catch_unwind(AssertUnwindSafe(|| {
                mnemo::parse::parse_module(&input, "<deep>").is_ok()
            }))
        })
        .unwrap()
        .join()
        .unwrap();
    match outcome {
        Ok(true) => println!("DEEP-RESULT ok"),
        Ok(false) => println!("DEEP-RESULT err"),
        Err(_) => println!("DEEP-RESULT panic"),
    }
}

#[test]
fn deep_nesting_does_not_crash() {
    if std::env::var(CHILD_ENV).is_ok() {
        return;
    }
    let exe = std::env::current_exe().expect("the test binary's path");
    let mut failures = Vec::new();
    for (index, (name, input)) in deep_inputs().iter().enumerate() {
        let started = Instant::now();
        let mut child = Command::new(&exe)
            .args([CHILD_TEST, "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, index.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("re-running the test binary");
        let mut stdout = child.stdout.take().unwrap();
        let mut stderr = child.stderr.take().unwrap();
        let out = thread::spawn(move || {
            let mut s = String::new();
            let _ = stdout.read_to_string(&mut s);
            s
        });
        let err = thread::spawn(move || {
            let mut s = String::new();
            let _ = stderr.read_to_string(&mut s);
            s
        });
        let status = loop {
            if let Some(status) = child.try_wait().expect("waiting for the child") {
                break Some(status);
            }
            if started.elapsed() > Duration::from_secs(60) {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            thread::sleep(Duration::from_millis(5));
        };
        let (out, err) = (out.join().unwrap(), err.join().unwrap());
        // libtest prints "test NAME ... " on the same line, before the child's own output.
        let result = out
            .split("DEEP-RESULT ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .unwrap_or("none");
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "deep: {name:<32} {} bytes -> {result} ({secs:.2} s)",
            input.len()
        );
        let problem = match (status, result) {
            (None, _) => Some("did not finish within 60 s".to_string()),
            (Some(s), "ok" | "err") if s.success() => None,
            (Some(_), "panic") => Some("parse_module panicked".to_string()),
            (Some(s), _) if s.success() => {
                Some(format!("the child test printed no result: {out:?}"))
            }
            (Some(s), _) => Some(format!("the process died ({s}): stack overflow or abort")),
        };
        if let Some(problem) = problem {
            let tail: Vec<&str> = err.lines().rev().take(6).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            failures.push(format!("{name}: {problem}\n    {}", tail.join("\n    ")));
        }
    }
    for f in &failures {
        eprintln!("---- {f}");
    }
    assert!(
        failures.is_empty(),
        "{} deep-nesting input(s) crashed the parser; see above",
        failures.len()
    );
}
