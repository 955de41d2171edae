//! The parser corpus, run against the `mnemo` binary.
//!
//! `tests/parse/valid/NAME.py` with `NAME.ast`: `mnemo --ast` must print exactly the `.ast` file,
//! which is what `ast.dump(ast.parse(src))` prints in CPython 3.11.
//! `tests/parse/invalid/NAME.py` with `NAME.err`: `mnemo --ast` must exit 1 and print CPython's
//! syntax error report. Compared: the `File "...", line N` line, the source line, where the caret
//! line starts (not how many carets: a mismatch there is counted and shown as a note), and the
//! `SyntaxError: message` line; every other line exactly.
//! `tests/parse/unsupported/*.py`: valid Python that mnemo refuses on purpose (`match`).
//!
//! The expected files come from CPython: `python3 scripts/gen_parse_cases.py` rewrites them.
//! Every case is run and every failure collected before the test fails, so one bad file never
//! hides the others. `MNEMO_PARSE_FILTER=substr cargo test --test parse` runs matching cases only.

use std::fs;
use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const MNEMO: &str = env!("CARGO_BIN_EXE_mnemo");
const TIMEOUT: Duration = Duration::from_secs(30);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `*.py` files of `tests/parse/<dir>` whose name contains `MNEMO_PARSE_FILTER` (if set),
/// sorted, as paths relative to the crate root.
fn cases(dir: &str) -> Vec<String> {
    let abs = root().join("tests/parse").join(dir);
    let filter = std::env::var("MNEMO_PARSE_FILTER").unwrap_or_default();
    let mut all: Vec<String> = fs::read_dir(&abs)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", abs.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".py"))
        .collect();
    assert!(!all.is_empty(), "no cases in {}", abs.display());
    all.retain(|name| name.contains(filter.as_str()));
    all.sort();
    all.into_iter()
        .map(|name| format!("tests/parse/{dir}/{name}"))
        .collect()
}

struct Run {
    status: Option<ExitStatus>, // None: timed out and killed
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

impl Run {
    fn describe_status(&self) -> String {
        match self.status {
            None => format!("timed out after {}s and was killed", TIMEOUT.as_secs()),
            Some(s) => match s.code() {
                Some(c) => format!("exit code {c}"),
                None => format!("killed by a signal ({s}): a crash, e.g. a stack overflow"),
            },
        }
    }
    fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }
}

/// Runs `mnemo --ast <rel>` from the crate root, with a time limit.
fn run_ast(rel: &str) -> Run {
    let mut child = Command::new(MNEMO)
        .arg("--ast")
        .arg(rel)
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {MNEMO}: {e}"));
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_reader = thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(2)),
            Err(e) => panic!("waiting for mnemo: {e}"),
        }
    };
    Run {
        status,
        stdout: out_reader.join().unwrap(),
        stderr: err_reader.join().unwrap(),
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A short excerpt of `s` around byte offset `at`, cut on character boundaries.
fn excerpt(s: &str, at: usize) -> String {
    let mut lo = at.saturating_sub(70);
    let mut hi = (at + 70).min(s.len());
    while !s.is_char_boundary(lo) {
        lo -= 1;
    }
    while !s.is_char_boundary(hi) {
        hi += 1;
    }
    format!(
        "{}{}{}",
        if lo > 0 { "…" } else { "" },
        &s[lo..hi],
        if hi < s.len() { "…" } else { "" }
    )
}

fn first_difference(a: &str, b: &str) -> usize {
    a.bytes()
        .zip(b.bytes())
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()))
}

fn report(kind: &str, total: usize, failures: &[String], notes: &[String]) {
    for f in failures {
        eprintln!("---- {f}\n");
    }
    if !notes.is_empty() {
        eprintln!("notes ({}):", notes.len());
        for n in notes {
            eprintln!("  {n}");
        }
    }
    eprintln!(
        "{kind}: {} of {total} cases passed, {} failed",
        total - failures.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} {kind} parse case(s) failed; see above",
        failures.len()
    );
}

#[test]
fn valid_programs_dump_like_cpython() {
    let files = cases("valid");
    let mut failures = Vec::new();
    for rel in &files {
        let expected_path = root().join(rel).with_extension("ast");
        let Ok(expected) = fs::read_to_string(&expected_path) else {
            failures.push(format!(
                "{rel}: no {} (run python3 scripts/gen_parse_cases.py)",
                expected_path.display()
            ));
            continue;
        };
        let run = run_ast(rel);
        if run.code() != Some(0) {
            failures.push(format!(
                "{rel}: {} (expected 0)\nstderr:\n{}",
                run.describe_status(),
                text(&run.stderr)
            ));
            continue;
        }
        let actual = text(&run.stdout);
        if actual != expected {
            let at = first_difference(&expected, &actual);
            failures.push(format!(
                "{rel}: AST differs at byte {at} (expected {} bytes, got {})\n  expected: {}\n  actual:   {}",
                expected.len(),
                actual.len(),
                excerpt(&expected, at),
                excerpt(&actual, at),
            ));
        }
    }
    report("valid", files.len(), &failures, &[]);
}

/// A caret line: indentation followed by one or more `^` and nothing else.
fn caret_line(line: &str) -> Option<(usize, usize)> {
    let body = line.trim_start_matches(' ');
    let carets = body.trim_end();
    (!carets.is_empty() && carets.bytes().all(|b| b == b'^'))
        .then(|| (line.len() - body.len(), carets.len()))
}

/// Compares a syntax error report with CPython's. Returns the failure, if any, and a note when
/// only the number of carets differs.
fn compare_report(expected: &str, actual: &str) -> (Option<String>, Option<String>) {
    let exp: Vec<&str> = expected.lines().collect();
    let act: Vec<&str> = actual.lines().collect();
    let listing = || format!("expected stderr:\n{expected}\nactual stderr:\n{actual}");
    if exp.len() != act.len() {
        return (
            Some(format!(
                "{} lines of report instead of {}\n{}",
                act.len(),
                exp.len(),
                listing()
            )),
            None,
        );
    }
    let mut note = None;
    for (i, (e, a)) in exp.iter().zip(&act).enumerate() {
        let what = if i + 1 == exp.len() {
            "message line"
        } else if e.starts_with("  File \"") {
            "File line"
        } else if caret_line(a).is_some() {
            "line (a caret line where CPython has none)"
        } else {
            "source line"
        };
        match (caret_line(e), caret_line(a)) {
            (Some((e_col, e_len)), Some((a_col, a_len))) => {
                if e_col != a_col {
                    return (
                        Some(format!(
                            "caret at column {a_col} instead of {e_col}\n{}",
                            listing()
                        )),
                        None,
                    );
                }
                if e_len != a_len {
                    note = Some(format!("{a_len} caret(s) instead of {e_len}"));
                }
            }
            (Some(_), None) => {
                return (
                    Some(format!(
                        "no caret line where CPython has one: {a:?}\n{}",
                        listing()
                    )),
                    None,
                );
            }
            _ if e != a => {
                return (
                    Some(format!(
                        "{what} differs:\n  expected: {e:?}\n  actual:   {a:?}\n{}",
                        listing()
                    )),
                    None,
                );
            }
            _ => {}
        }
    }
    (None, note)
}

#[test]
fn invalid_programs_report_errors_like_cpython() {
    let files = cases("invalid");
    // CPython prints the script's absolute path; the .err files hold it relative to the crate
    // root. mnemo may print either.
    let prefixes: Vec<String> = [Some(root()), root().canonicalize().ok()]
        .into_iter()
        .flatten()
        .map(|p| format!("{}/", p.display()))
        .collect();
    let mut failures = Vec::new();
    let mut notes = Vec::new();
    for rel in &files {
        let expected_path = root().join(rel).with_extension("err");
        let Ok(expected_bytes) = fs::read(&expected_path) else {
            failures.push(format!(
                "{rel}: no {} (run python3 scripts/gen_parse_cases.py)",
                expected_path.display()
            ));
            continue;
        };
        let expected = text(&expected_bytes);
        let run = run_ast(rel);
        let mut actual = text(&run.stderr);
        for p in &prefixes {
            actual = actual.replace(p.as_str(), "");
        }
        if run.code() != Some(1) {
            failures.push(format!(
                "{rel}: {} (expected 1)\nexpected stderr:\n{expected}\nactual stderr:\n{actual}",
                run.describe_status()
            ));
            continue;
        }
        if !run.stdout.is_empty() {
            failures.push(format!(
                "{rel}: printed to stdout: {:?}",
                excerpt(&text(&run.stdout), 0)
            ));
            continue;
        }
        let (failure, note) = compare_report(&expected, &actual);
        if let Some(f) = failure {
            failures.push(format!("{rel}: {f}"));
        }
        if let Some(n) = note {
            notes.push(format!("{rel}: {n}"));
        }
    }
    report("invalid", files.len(), &failures, &notes);
}

#[test]
fn match_statement_is_refused_cleanly() {
    let files = cases("unsupported");
    let mut failures = Vec::new();
    for rel in &files {
        let run = run_ast(rel);
        let stderr = text(&run.stderr);
        let last = stderr.lines().last().unwrap_or("");
        if run.code() != Some(1) {
            failures.push(format!(
                "{rel}: {} (expected 1)\nstderr:\n{stderr}",
                run.describe_status()
            ));
        } else if !(last.contains("SyntaxError:") && last.contains("match statement")) {
            failures.push(format!(
                "{rel}: last stderr line should be a SyntaxError that names the match statement, got {last:?}"
            ));
        }
    }
    report("unsupported", files.len(), &failures, &[]);
}

#[test]
fn caret_comparison_rules() {
    // The comparison itself, on fixed strings: start column matters, caret count does not.
    let cpython = "  File \"x.py\", line 1\n    x = (1]\n          ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n";
    assert_eq!(compare_report(cpython, cpython), (None, None));
    let longer = cpython.replace("          ^\n", "          ^^\n");
    let (failure, note) = compare_report(cpython, &longer);
    assert!(failure.is_none() && note.is_some());
    let moved = cpython.replace("          ^\n", "         ^\n");
    assert!(compare_report(cpython, &moved).0.is_some());
    let wrong_line = cpython.replace("line 1", "line 2");
    assert!(compare_report(cpython, &wrong_line).0.is_some());
    let no_caret = "  File \"x.py\", line 1\n    if x:\nIndentationError: expected an indented block after 'if' statement on line 1\n";
    assert!(compare_report(no_caret, cpython).0.is_some());
}
