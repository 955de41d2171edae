//! The runtime case corpus, run against the `mnemo` binary.
//!
//! Every `tests/cases/<area>/<name>.py` (directly inside an area folder, name not starting with
//! `_`; subfolders and `_` files are helper modules) is run from the crate root exactly as
//! `scripts/gen_cases.py` ran CPython 3.11 to make its expected files:
//!
//! - command: `mnemo tests/cases/<area>/<name>.py ARGS...`, ARGS from `<name>.args` (one per
//!   line); or the argument vector of `<name>.cmd` (one per line, `{py}` → the case's path,
//!   `{src}` → its source text), for `-c` and `-` cases;
//! - stdin: `<name>.in`, else the case's source if the arguments start with `-`, else empty;
//! - compared: stdout with `<name>.out` (exactly); the exit status with `<name>.rc` (0 if absent);
//!   the last stderr line with `<name>.err` (stderr must be empty if absent); under
//!   `tracebacks/`, the whole stderr with `<name>.stderr`. In stderr the crate root's absolute
//!   path followed by `/` is removed and a leading `<mnemo path>: ` becomes `mnemo: `, as the
//!   generator does for CPython's.
//!
//! Each case has a time limit (30 s). All failures are collected and shown with diffs, then a
//! summary `cases: N passed, M failed`.
//!
//! `tests/cases/known_failures.txt` lists cases (`<area>/<name>.py`, one per line, `#` comments)
//! that are expected to fail while the runtime is being written: they run and are counted, but do
//! not fail the test. A listed case that passes is reported under "now passing"; remove it from
//! the list (`scripts/update_known_failures.sh` rewrites the list from a run).
//!
//! `tests/cases/gc_timing.txt` lists the cases whose output shows when the cyclic collector
//! runs (`gc.collect()`'s result, `gc.get_stats()`, the order of `__del__` within a cycle). Under
//! the GC stress mode (`MNEMO_GC_STRESS=1` in `MNEMO_EXTRA_ENV`), which collects at every
//! container allocation, those cases must only exit with their expected status, without a crash,
//! a Rust panic or a collector error; their output is not compared.
//!
//! Environment:
//! - `MNEMO_CASES_FILTER=substr`: only cases whose path contains `substr`;
//! - `MNEMO_EXTRA_ENV="K=V K2=V2"`: extra environment variables for mnemo (e.g.
//!   `MNEMO_GC_STRESS=1`, `MNEMO_LEAKCHECK=1`);
//! - `MNEMO_CASES_JOBS=n`: cases run in parallel (default 2);
//! - `MNEMO_CASES_VERBOSE=1`: also show the details of known failures;
//! - `MNEMO_CASES_FAILURES_OUT=path`: write every failing case (listed or not) to `path`, one per
//!   line (used by `scripts/update_known_failures.sh`).

use std::collections::{BTreeSet, HashMap};
use std::ffi::OsString;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const MNEMO: &str = env!("CARGO_BIN_EXE_mnemo");
const TIMEOUT: Duration = Duration::from_secs(30);
const FULL_STDERR_AREAS: &[&str] = &["tracebacks"];
const KNOWN_FAILURES: &str = "tests/cases/known_failures.txt";
const GC_TIMING: &str = "tests/cases/gc_timing.txt";
const MAX_DIFF_LINES: usize = 40;

/// Appends a line to a report. The report is written to the process's stderr directly at the end,
/// because libtest hides `eprintln!` output of tests that pass, and the summary should always show.
macro_rules! outln {
    ($buf:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($buf, $($arg)*);
    }};
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One case: `key` is `<area>/<name>.py` (as in known_failures.txt), `rel` the path from the
/// crate root.
#[derive(Clone)]
struct Case {
    key: String,
    rel: String,
}

impl Case {
    fn area(&self) -> &str {
        self.key.split('/').next().unwrap_or("")
    }
    fn sibling(&self, suffix: &str) -> PathBuf {
        root()
            .join(self.rel.strip_suffix(".py").unwrap())
            .with_extension(suffix)
    }
}

fn discover() -> Vec<Case> {
    let dir = root().join("tests/cases");
    let mut areas: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| {
            let e = e.ok()?;
            let name = e.file_name().into_string().ok()?;
            (e.file_type().ok()?.is_dir() && !name.starts_with(['_', '.'])).then_some(name)
        })
        .collect();
    areas.sort();
    let mut cases = Vec::new();
    for area in areas {
        let mut names: Vec<String> = fs::read_dir(dir.join(&area))
            .unwrap()
            .filter_map(|e| {
                let e = e.ok()?;
                let name = e.file_name().into_string().ok()?;
                (e.file_type().ok()?.is_file() && name.ends_with(".py") && !name.starts_with('_'))
                    .then_some(name)
            })
            .collect();
        names.sort();
        for name in names {
            cases.push(Case {
                key: format!("{area}/{name}"),
                rel: format!("tests/cases/{area}/{name}"),
            });
        }
    }
    cases
}

/// The lines of an `.args`/`.cmd` file: a trailing newline ends the last line; empty lines are
/// empty arguments.
fn arg_lines(text: &str) -> Vec<String> {
    let text = text.strip_suffix('\n').unwrap_or(text);
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n').map(str::to_string).collect()
}

/// The arguments (after the program) and stdin for a case.
fn command(case: &Case) -> Result<(Vec<OsString>, Option<Vec<u8>>), String> {
    let read =
        |p: &Path| fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()));
    let cmd_file = case.sibling("cmd");
    let args_file = case.sibling("args");
    let args: Vec<String> = if cmd_file.exists() {
        let src = read(&root().join(&case.rel))?;
        arg_lines(&read(&cmd_file)?)
            .into_iter()
            .map(|a| a.replace("{py}", &case.rel).replace("{src}", &src))
            .collect()
    } else {
        let mut v = vec![case.rel.clone()];
        if args_file.exists() {
            v.extend(arg_lines(&read(&args_file)?));
        }
        v
    };
    let in_file = case.sibling("in");
    let stdin = if in_file.exists() {
        Some(fs::read(&in_file).map_err(|e| format!("cannot read {}: {e}", in_file.display()))?)
    } else if args.first().map(String::as_str) == Some("-") {
        Some(fs::read(root().join(&case.rel)).map_err(|e| e.to_string())?)
    } else {
        None
    };
    Ok((args.into_iter().map(OsString::from).collect(), stdin))
}

struct Run {
    status: Option<ExitStatus>, // None: timed out and killed
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    elapsed: Duration,
}

impl Run {
    fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }
    fn describe_status(&self) -> String {
        match self.status {
            None => format!("timed out after {}s and was killed", TIMEOUT.as_secs()),
            Some(s) => match s.code() {
                Some(c) => format!("exit status {c}"),
                None => format!("killed by a signal ({s}): a crash, e.g. a stack overflow"),
            },
        }
    }
}

fn extra_env() -> Vec<(String, String)> {
    std::env::var("MNEMO_EXTRA_ENV")
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            Some((k.to_string(), v.to_string()))
        })
        .collect()
}

fn run(args: &[OsString], stdin: Option<Vec<u8>>, env: &[(String, String)]) -> Result<Run, String> {
    let start = Instant::now();
    let mut child = Command::new(MNEMO)
        .args(args)
        .current_dir(root())
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {MNEMO}: {e}"))?;
    let writer = stdin.map(|bytes| {
        let mut pipe = child.stdin.take().unwrap();
        thread::spawn(move || {
            let _ = pipe.write_all(&bytes); // mnemo may exit without reading it all
        })
    });
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
    let mut nap = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => {
                thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(20));
            }
            Err(e) => return Err(format!("waiting for mnemo: {e}")),
        }
    };
    if let Some(w) = writer {
        let _ = w.join();
    }
    Ok(Run {
        status,
        stdout: out_reader.join().unwrap(),
        stderr: err_reader.join().unwrap(),
        elapsed: start.elapsed(),
    })
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The same normalization scripts/gen_cases.py applies to CPython's stderr.
fn normalize_stderr(s: &str) -> String {
    let exe = format!("{MNEMO}: ");
    let mut s = s
        .split('\n')
        .map(|line| match line.strip_prefix(exe.as_str()) {
            Some(rest) => format!("mnemo: {rest}"),
            None => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut prefixes: Vec<String> = vec![format!("{}/", root().display())];
    if let Ok(canon) = root().canonicalize() {
        prefixes.push(format!("{}/", canon.display()));
    }
    for p in &prefixes {
        s = s.replace(p.as_str(), "");
    }
    s
}

fn last_line(s: &str) -> &str {
    s.trim_end_matches('\n').rsplit('\n').next().unwrap_or("")
}

/// A line diff (longest common subsequence), `-` expected and `+` actual, with a little context,
/// cut to MAX_DIFF_LINES lines.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.split_inclusive('\n').collect();
    let b: Vec<&str> = actual.split_inclusive('\n').collect();
    let show = |l: &str| {
        let body = l.strip_suffix('\n').unwrap_or(l);
        if l.ends_with('\n') {
            body.to_string()
        } else {
            format!("{body}⏎ (no newline at end)")
        }
    };
    let mut ops: Vec<(char, &str)> = Vec::new();
    if (a.len() + 1) * (b.len() + 1) <= 4_000_000 {
        // lcs[i][j]: LCS length of a[i..] and b[j..]
        let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                lcs[i][j] = if a[i] == b[j] {
                    lcs[i + 1][j + 1] + 1
                } else {
                    lcs[i + 1][j].max(lcs[i][j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            if i < a.len() && j < b.len() && a[i] == b[j] {
                ops.push((' ', a[i]));
                i += 1;
                j += 1;
            } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
                ops.push(('-', a[i]));
                i += 1;
            } else {
                ops.push(('+', b[j]));
                j += 1;
            }
        }
    } else {
        let same = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
        ops.extend(a[..same].iter().map(|l| (' ', *l)));
        ops.extend(a[same..].iter().map(|l| ('-', *l)));
        ops.extend(b[same..].iter().map(|l| ('+', *l)));
    }
    // keep changed lines and 2 lines of context around them
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != ' ').collect();
    let mut out = Vec::new();
    let mut last_shown: Option<usize> = None;
    for (k, (tag, line)) in ops.iter().enumerate() {
        let near = changed.iter().any(|&c| c.abs_diff(k) <= 2);
        if !near {
            continue;
        }
        if last_shown.is_some_and(|l| k > l + 1) || (last_shown.is_none() && k > 0) {
            out.push("    ...".to_string());
        }
        out.push(format!("    {tag} {}", show(line)));
        last_shown = Some(k);
    }
    if out.len() > MAX_DIFF_LINES {
        let more = out.len() - MAX_DIFF_LINES;
        out.truncate(MAX_DIFF_LINES);
        out.push(format!("    ... ({more} more diff lines)"));
    }
    out.join("\n")
}

/// Runs one case; Err holds every mismatch, described.
/// Under the GC stress mode, a case of gc_timing.txt: exit status and no crash only.
fn check_loosely(case: &Case, env: &[(String, String)]) -> Result<Duration, String> {
    let expected_rc: i32 = match fs::read_to_string(case.sibling("rc")) {
        Ok(s) => s.trim().parse().unwrap_or(0),
        Err(_) => 0,
    };
    let (args, stdin) = command(case)?;
    let r = run(&args, stdin, env)?;
    let stderr = normalize_stderr(&text(&r.stderr));
    let mut problems = Vec::new();
    if r.code() != Some(expected_rc) {
        problems.push(format!(
            "{} (expected exit status {expected_rc}){}",
            r.describe_status(),
            tail_of(&stderr)
        ));
    }
    if stderr.contains("panicked") || stderr.contains("internal error") {
        problems.push(format!("a panic or collector error{}", tail_of(&stderr)));
    }
    if problems.is_empty() {
        Ok(r.elapsed)
    } else {
        Err(problems.join("\n  "))
    }
}

fn check(case: &Case, env: &[(String, String)]) -> Result<Duration, String> {
    let expected_out = fs::read(case.sibling("out"))
        .map_err(|_| "no .out file: run python3 scripts/gen_cases.py".to_string())?;
    let expected_rc: i32 = match fs::read_to_string(case.sibling("rc")) {
        Ok(s) => s
            .trim()
            .parse()
            .map_err(|_| format!("bad .rc file: {s:?}"))?,
        Err(_) => 0,
    };
    let expected_err = fs::read_to_string(case.sibling("err")).ok();
    let expected_full = if FULL_STDERR_AREAS.contains(&case.area()) {
        fs::read_to_string(case.sibling("stderr")).ok()
    } else {
        None
    };
    let (args, stdin) = command(case)?;
    let r = run(&args, stdin, env)?;
    let stderr = normalize_stderr(&text(&r.stderr));
    let mut problems = Vec::new();
    if r.code() != Some(expected_rc) {
        problems.push(format!(
            "{} (expected exit status {expected_rc})",
            r.describe_status()
        ));
    }
    if r.stdout != expected_out {
        problems.push(format!(
            "stdout differs (- expected, + actual):\n{}",
            diff(&text(&expected_out), &text(&r.stdout))
        ));
    }
    match (&expected_full, &expected_err) {
        (Some(full), _) => {
            if stderr != *full {
                problems.push(format!(
                    "stderr differs (- expected, + actual):\n{}",
                    diff(full, &stderr)
                ));
            }
        }
        (None, Some(err)) => {
            let (want, got) = (last_line(err), last_line(&stderr));
            if want != got {
                problems.push(format!(
                    "last stderr line differs\n    expected: {want:?}\n    actual:   {got:?}{}",
                    tail_of(&stderr)
                ));
            }
        }
        (None, None) => {
            if !stderr.is_empty() {
                problems.push(format!("stderr should be empty{}", tail_of(&stderr)));
            }
        }
    }
    if problems.is_empty() {
        Ok(r.elapsed)
    } else {
        Err(problems.join("\n  "))
    }
}

/// The last lines of stderr, indented, for context.
fn tail_of(stderr: &str) -> String {
    if stderr.trim().is_empty() {
        return "\n    (stderr is empty)".to_string();
    }
    let lines: Vec<&str> = stderr.trim_end_matches('\n').split('\n').collect();
    let from = lines.len().saturating_sub(8);
    let mut s = String::from("\n    stderr (last lines):");
    for l in &lines[from..] {
        s.push_str("\n    | ");
        s.push_str(l);
    }
    s
}

/// known_failures.txt: key -> line number.
fn known_failures() -> HashMap<String, usize> {
    case_list(KNOWN_FAILURES)
}

/// A list of cases (known_failures.txt, gc_timing.txt): key -> line number.
fn case_list(path: &str) -> HashMap<String, usize> {
    let Ok(text) = fs::read_to_string(root().join(path)) else {
        return HashMap::new();
    };
    text.lines()
        .enumerate()
        .filter_map(|(n, line)| {
            let entry = line.split('#').next().unwrap().trim();
            (!entry.is_empty()).then(|| (entry.to_string(), n + 1))
        })
        .collect()
}

#[test]
fn cases_behave_like_cpython() {
    let filter = std::env::var("MNEMO_CASES_FILTER").unwrap_or_default();
    let verbose = std::env::var("MNEMO_CASES_VERBOSE").is_ok_and(|v| !v.is_empty() && v != "0");
    let jobs: usize = std::env::var("MNEMO_CASES_JOBS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2)
        .max(1);
    let env = extra_env();
    let stress = env.iter().any(|(k, v)| k == "MNEMO_GC_STRESS" && v == "1");
    let gc_timing = case_list(GC_TIMING);
    let all = discover();
    assert!(!all.is_empty(), "no cases in tests/cases");
    let known = known_failures();
    let existing: BTreeSet<&str> = all.iter().map(|c| c.key.as_str()).collect();
    let stale: Vec<&String> = known
        .keys()
        .filter(|k| !existing.contains(k.as_str()))
        .collect();
    let cases: Vec<Case> = all
        .iter()
        .filter(|c| c.rel.contains(filter.as_str()))
        .cloned()
        .collect();

    let results: Mutex<Vec<Option<Result<Duration, String>>>> = Mutex::new(vec![None; cases.len()]);
    let next = AtomicUsize::new(0);
    thread::scope(|s| {
        for _ in 0..jobs.min(cases.len()) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(i) else { break };
                let outcome = if stress && gc_timing.contains_key(&case.key) {
                    check_loosely(case, &env)
                } else {
                    check(case, &env)
                };
                results.lock().unwrap()[i] = Some(outcome);
            });
        }
    });
    let results: Vec<Result<Duration, String>> = results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(Option::unwrap)
        .collect();

    let mut unexpected = Vec::new();
    let mut expected_fail = Vec::new();
    let mut now_passing = Vec::new();
    let mut failing_keys = Vec::new();
    let mut passed = 0;
    for (case, outcome) in cases.iter().zip(&results) {
        let listed = known.contains_key(&case.key);
        match outcome {
            Ok(_) => {
                passed += 1;
                if listed {
                    now_passing.push(case.key.clone());
                }
            }
            Err(why) => {
                failing_keys.push(case.key.clone());
                if listed {
                    expected_fail.push((case, why));
                } else {
                    unexpected.push((case, why));
                }
            }
        }
    }

    let mut report = String::new();
    if verbose {
        for (case, why) in &expected_fail {
            outln!(report, "---- {} (known failure)\n  {why}\n", case.rel);
        }
    }
    for (case, why) in &unexpected {
        outln!(report, "---- {}\n  {why}\n", case.rel);
    }
    let mut slow: Vec<(&Case, Duration)> = cases
        .iter()
        .zip(&results)
        .filter_map(|(c, r)| r.as_ref().ok().map(|d| (c, *d)))
        .filter(|(_, d)| *d > Duration::from_secs(5))
        .collect();
    slow.sort_by_key(|s| std::cmp::Reverse(s.1));
    for (c, d) in slow.iter().take(5) {
        outln!(report, "slow: {} took {:.1}s", c.rel, d.as_secs_f64());
    }
    if !now_passing.is_empty() {
        outln!(report, "now passing (remove from known_failures.txt):");
        for k in &now_passing {
            outln!(report, "  {k}");
        }
    }
    if !stale.is_empty() {
        outln!(report, "known_failures.txt lists cases that do not exist:");
        for k in &stale {
            outln!(report, "  {k} (line {})", known[*k]);
        }
    }
    if !unexpected.is_empty() {
        outln!(report, "unexpected failures:");
        for (case, _) in &unexpected {
            outln!(report, "  {}", case.key);
        }
    }
    if let Ok(path) = std::env::var("MNEMO_CASES_FAILURES_OUT") {
        let mut body = failing_keys.join("\n");
        if !body.is_empty() {
            body.push('\n');
        }
        fs::write(&path, body).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    }
    outln!(
        report,
        "cases: {passed} passed, {} failed ({} listed in known_failures.txt, {} unexpected), {} now passing{}",
        expected_fail.len() + unexpected.len(),
        expected_fail.len(),
        unexpected.len(),
        now_passing.len(),
        if filter.is_empty() { String::new() } else { format!(" [filter {filter:?}]") }
    );
    let _ = std::io::stderr().write_all(report.as_bytes());
    assert!(
        unexpected.is_empty(),
        "{} case(s) failed that are not in known_failures.txt; see above",
        unexpected.len()
    );
}

#[test]
fn version_flag() {
    let out = Command::new(MNEMO)
        .arg("-V")
        .output()
        .expect("cannot run mnemo -V");
    assert_eq!(out.status.code(), Some(0), "mnemo -V should exit 0");
    assert!(
        text(&out.stdout).contains("3.11"),
        "mnemo -V should name Python 3.11: {:?}",
        text(&out.stdout)
    );
}

#[test]
fn harness_helpers() {
    assert_eq!(arg_lines("a\n\nb c\n"), vec!["a", "", "b c"]);
    assert_eq!(arg_lines(""), Vec::<String>::new());
    assert_eq!(arg_lines("x"), vec!["x"]);
    assert_eq!(
        last_line("Traceback\n  File\nValueError: x\n"),
        "ValueError: x"
    );
    assert_eq!(last_line(""), "");
    let root_prefix = format!("{}/", root().display());
    let raw =
        format!("  File \"{root_prefix}tests/cases/a/b.py\", line 1\n{MNEMO}: can't open file\n");
    assert_eq!(
        normalize_stderr(&raw),
        "  File \"tests/cases/a/b.py\", line 1\nmnemo: can't open file\n"
    );
    let d = diff("a\nb\nc\n", "a\nB\nc\n");
    assert!(d.contains("- b") && d.contains("+ B"), "{d}");
    assert!(diff("x\n", "x").contains("no newline"));
}
