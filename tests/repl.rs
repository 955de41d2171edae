//! The REPL and the command line, driven as a user drives them: the real `mnemo` binary in a
//! pseudo-terminal (rexpect), typing line by line and reading what comes back; and the command
//! line without a terminal (`-h`, usage errors, a program piped to standard input).
//!
//! Echoed results are compared with what CPython 3.11 prints at its prompt for the same lines
//! (written out here; `tests/cases/repl/` compares whole sessions with CPython's output under
//! `-i`). Every session gets its own temporary `HOME`, so the history file is the test's own.
//! Every wait has a time limit, so a hang fails the test instead of stalling the suite.

use rexpect::reader::Options;
use rexpect::session::{spawn_with_options, PtySession};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const MNEMO: &str = env!("CARGO_BIN_EXE_mnemo");
/// Time limit of one wait for output (generous: a loaded CI machine is slow, a pass is fast).
const TIMEOUT_MS: u64 = 20_000;

/// A temporary home directory, removed when dropped.
struct Home(PathBuf);

impl Home {
    fn new(name: &str) -> Home {
        let dir = std::env::temp_dir().join(format!("mnemo-repl-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Home(dir)
    }
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A REPL session in a pseudo-terminal.
struct Repl {
    p: PtySession,
}

impl Repl {
    fn start(home: &Home, args: &[&str]) -> Repl {
        let mut cmd = Command::new(MNEMO);
        cmd.args(args)
            .env("HOME", home.path())
            .env("TERM", "xterm")
            .env_remove("MNEMO_GC_STRESS");
        let opts = Options::new()
            .timeout_ms(Some(TIMEOUT_MS))
            .strip_ansi_escape_codes(true);
        let p = spawn_with_options(cmd, opts).expect("spawn mnemo in a pty");
        Repl { p }
    }

    /// Wait for `s` in the output; returns what came before it.
    fn expect(&mut self, s: &str) -> String {
        match self.p.exp_string(s) {
            Ok(before) => before,
            Err(e) => panic!("waiting for {s:?}: {e}"),
        }
    }

    /// Type a line (the terminal's Enter is a carriage return).
    fn type_line(&mut self, line: &str) {
        self.p.send(line).unwrap();
        self.p.send("\r").unwrap();
        self.p.flush().unwrap();
    }

    /// At a prompt: type `line`, and return what it printed before the next `>>> ` prompt, with
    /// the terminal's `\r\n` as `\n`.
    fn eval(&mut self, line: &str) -> String {
        self.type_line(line);
        // The rest of the echoed line.
        self.expect("\r\n");
        clean(&self.expect(">>> "))
    }

    /// At a prompt: type the lines of a block (each after its `... ` prompt) and the empty line
    /// that ends it; return the output printed before the next `>>> `.
    fn block(&mut self, lines: &[&str]) -> String {
        for l in lines {
            self.type_line(l);
            self.expect("... ");
        }
        self.type_line("");
        self.expect("\r\n");
        clean(&self.expect(">>> "))
    }

    /// Ctrl-D at the prompt; the exit status.
    fn leave(mut self) -> String {
        self.p.send_control('d').unwrap();
        self.p.exp_eof().expect("mnemo exits after Ctrl-D");
        format!("{:?}", self.p.process().wait().unwrap())
    }
}

/// Output as text: the terminal's `\r\n` as `\n`, and no `\r` (the line editor returns to the
/// first column before it draws a prompt).
fn clean(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "")
}

fn exited_with(status: &str, code: i32) -> bool {
    status.starts_with("Exited(") && status.ends_with(&format!(", {code})"))
}

#[test]
fn banner_and_seed_examples_echo_as_cpython() {
    let home = Home::new("seeds");
    let mut r = Repl::start(&home, &[]);
    let banner = r.expect(">>> ");
    assert!(banner.contains("Python 3.11"), "{banner}");
    assert!(banner.contains(" on "), "{banner}");
    // Seed 000: small ints are cached; 1000 on two input lines is two objects.
    assert_eq!(r.eval("a = 256"), "");
    assert_eq!(r.eval("b = 256"), "");
    assert_eq!(r.eval("a is b"), "True\n");
    assert_eq!(r.eval("a = 1000"), "");
    assert_eq!(r.eval("b = 1000"), "");
    assert_eq!(r.eval("a is b"), "False\n");
    // On one line, one code object: one constant.
    assert_eq!(r.eval("a = 1000; b = 1000; a is b"), "True\n");
    // Seed 004: reference counts, at the prompt as in CPython 3.11.
    assert_eq!(r.eval("import sys"), "");
    assert_eq!(r.eval("a = []"), "");
    assert_eq!(r.eval("b = a"), "");
    assert_eq!(r.eval("c = a"), "");
    assert_eq!(r.eval("print(sys.getrefcount(a))"), "4\n");
    assert_eq!(r.eval("del b"), "");
    assert_eq!(r.eval("print(sys.getrefcount(a))"), "3\n");
    assert_eq!(r.eval("del c"), "");
    assert_eq!(r.eval("print(sys.getrefcount(a))"), "2\n");
    // Seed 000: the literal belongs to the line that made it, which is gone.
    assert_eq!(r.eval("a = \"Python Memory Management\""), "");
    assert_eq!(r.eval("print(sys.getrefcount(a))"), "2\n");
    assert_eq!(r.eval("s = \"hello world\"; sys.getrefcount(s)"), "4\n");
    assert_eq!(r.eval("sys.getrefcount(\"abc def\")"), "3\n");
    assert_eq!(r.eval("\"it's\""), "\"it's\"\n");
    assert_eq!(r.eval("None"), "");
    assert_eq!(r.eval("exit"), "Use exit() or Ctrl-D (i.e. EOF) to exit\n");
    let status = r.leave();
    assert!(exited_with(&status, 0), "{status}");
}

#[test]
fn multi_line_class_exception_recovery_and_underscore() {
    let home = Home::new("class");
    let mut r = Repl::start(&home, &["-q"]);
    r.expect(">>> ");
    // Seed 001's Node, typed with the REPL's auto-indent: after a `:` line the next line
    // already starts one level in; after `return` one level out.
    r.type_line("class Node:");
    r.expect("... ");
    let out = r.block(&[
        "def __init__(self, value):",
        "self.value = value",
        "self.next = None",
    ]);
    assert_eq!(out, "");
    assert_eq!(r.eval("node1 = Node(1)"), "");
    assert_eq!(r.eval("node2 = Node(2)"), "");
    assert_eq!(r.eval("node1.next = node2"), "");
    assert_eq!(r.eval("node2.next = node1"), "");
    assert_eq!(r.eval("node1.next.next.value"), "1\n");
    // An exception: CPython's traceback, then the session goes on with its state.
    assert_eq!(
        r.eval("node1.missing"),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n\
         AttributeError: 'Node' object has no attribute 'missing'\n"
    );
    r.type_line("def f(x):");
    r.expect("... ");
    assert_eq!(r.block(&["return 1 / x"]), "");
    assert_eq!(
        r.eval("f(0)"),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n\
         \x20 File \"<stdin>\", line 2, in f\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(r.eval("node2.value"), "2\n");
    // `_` is the last echoed value.
    assert_eq!(r.eval("6 * 7"), "42\n");
    assert_eq!(r.eval("_ + 1"), "43\n");
    assert_eq!(r.eval("_"), "43\n");
    // A syntax error is reported at once, as CPython reports it.
    assert_eq!(
        r.eval("1 +"),
        "  File \"<stdin>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n"
    );
    let status = r.leave();
    assert!(exited_with(&status, 0), "{status}");
}

#[test]
fn tab_completes_an_attribute() {
    let home = Home::new("tab");
    let mut r = Repl::start(&home, &["-q"]);
    r.expect(">>> ");
    assert_eq!(r.eval("import sys"), "");
    // One candidate: completed with the `(` of a callable.
    r.p.send("sys.getrefc\t").unwrap();
    r.p.flush().unwrap();
    r.expect("sys.getrefcount(");
    assert_eq!(r.eval("[])"), "1\n");
    // An attribute of an instance of a class typed at the prompt.
    r.type_line("class K:");
    r.expect("... ");
    assert_eq!(r.block(&["unique_attribute = 5"]), "");
    assert_eq!(r.eval("k = K()"), "");
    r.p.send("k.uniq\t").unwrap();
    r.p.flush().unwrap();
    r.expect("k.unique_attribute");
    assert_eq!(r.eval(""), "5\n");
    let status = r.leave();
    assert!(exited_with(&status, 0), "{status}");
}

#[test]
fn ctrl_c_interrupts_a_running_loop_and_cancels_a_line() {
    let home = Home::new("ctrlc");
    let mut r = Repl::start(&home, &["-q"]);
    r.expect(">>> ");
    r.type_line("def spin():");
    r.expect("... ");
    assert_eq!(r.block(&["print('spinning')", "while True: pass"]), "");
    // Ctrl-C while the loop runs: KeyboardInterrupt inside it, and `finally` runs.
    r.type_line("try:");
    r.expect("... ");
    r.type_line("spin()");
    r.expect("... ");
    // Back one level for `finally:` (the prompt auto-indented this line).
    r.p.send("\x08\x08\x08\x08finally:\r").unwrap();
    r.p.flush().unwrap();
    r.expect("... ");
    r.type_line("print('cleanup')");
    r.expect("... ");
    r.type_line("");
    r.expect("spinning");
    std::thread::sleep(Duration::from_millis(100));
    r.p.send_control('c').unwrap();
    let out = clean(&r.expect(">>> "));
    assert!(
        out.contains("cleanup\nTraceback (most recent call last):\n"),
        "{out}"
    );
    assert!(
        out.contains("  File \"<stdin>\", line 3, in spin\n"),
        "{out}"
    );
    assert!(out.ends_with("KeyboardInterrupt\n"), "{out}");
    // The session is intact.
    assert_eq!(r.eval("1 + 1"), "2\n");
    // Ctrl-C ends a long time.sleep at once, as in CPython.
    assert_eq!(r.eval("import time"), "");
    r.type_line("print('sleeping'); time.sleep(600); print('slept')");
    r.expect("\r\n");
    // Once it printed, the program is past the point where the REPL forgets an earlier Ctrl-C.
    r.expect("sleeping");
    r.p.send_control('c').unwrap();
    let out = clean(&r.expect(">>> "));
    assert!(!out.contains("slept"), "{out}");
    assert!(out.ends_with("KeyboardInterrupt\n"), "{out}");
    // Ctrl-C at the prompt cancels the line being typed, and a pending block.
    r.p.send("123").unwrap();
    r.p.send_control('c').unwrap();
    r.expect("KeyboardInterrupt");
    r.expect(">>> ");
    r.type_line("if True:");
    r.expect("... ");
    r.p.send_control('c').unwrap();
    r.expect("KeyboardInterrupt");
    r.expect(">>> ");
    assert_eq!(r.eval("2 + 2"), "4\n");
    let status = r.leave();
    assert!(exited_with(&status, 0), "{status}");
}

#[test]
fn history_is_kept_across_sessions() {
    let home = Home::new("history");
    let mut r = Repl::start(&home, &["-q"]);
    r.expect(">>> ");
    assert_eq!(r.eval("remembered = 40 + 2"), "");
    let status = r.leave();
    assert!(exited_with(&status, 0), "{status}");
    let file = std::fs::read_to_string(home.path().join(".mnemo_history")).unwrap();
    assert!(file.contains("remembered = 40 + 2"), "{file}");

    let mut r = Repl::start(&home, &["-q"]);
    r.expect(">>> ");
    // Up arrow recalls the last line of the previous session.
    r.p.send("\x1b[A").unwrap();
    r.p.flush().unwrap();
    r.expect("remembered = 40 + 2");
    assert_eq!(r.eval(""), "");
    assert_eq!(r.eval("remembered"), "42\n");
    let status = r.leave();
    assert!(exited_with(&status, 0), "{status}");
}

#[test]
fn exit_call_ends_the_session_with_its_status() {
    let home = Home::new("exit");
    let mut r = Repl::start(&home, &["-q"]);
    r.expect(">>> ");
    r.type_line("exit(3)");
    r.p.exp_eof().expect("mnemo exits after exit(3)");
    let status = format!("{:?}", r.p.process().wait().unwrap());
    assert!(exited_with(&status, 3), "{status}");
}

/// Run mnemo without a terminal: (stdout, stderr, exit code).
fn run(args: &[&str], stdin: &str) -> (String, String, Option<i32>) {
    let mut child = Command::new(MNEMO)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn piped_stdin_runs_a_program_and_exits_with_its_status() {
    let (out, err, code) = run(&[], "import sys\nprint('hi')\nsys.exit(7)\n");
    assert_eq!((out.as_str(), err.as_str(), code), ("hi\n", "", Some(7)));
    let (out, err, code) = run(&[], "x = 1\ndef f():\n    1/0\nf()\n");
    assert_eq!(out, "");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<stdin>\", line 4, in <module>\n  \
         File \"<stdin>\", line 3, in f\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(code, Some(1));
    // Not a session: no prompts, no echo of expression statements.
    let (out, err, code) = run(&["-"], "1 + 1\nprint(2)\n");
    assert_eq!((out.as_str(), err.as_str(), code), ("2\n", "", Some(0)));
}

#[test]
fn help_and_usage_errors() {
    let (out, err, code) = run(&["-h"], "");
    assert!(out.starts_with("usage: "), "{out}");
    assert!(
        out.contains("[option] ... [-c cmd | file | -] [arg] ..."),
        "{out}"
    );
    for opt in [
        "-c cmd",
        "-i ",
        "-q ",
        "-u ",
        "-E ",
        "-X opt",
        "gc-stress",
        "leakcheck",
    ] {
        assert!(out.contains(opt), "{opt} missing from:\n{out}");
    }
    assert_eq!((err.as_str(), code), ("", Some(0)));
    assert_eq!(run(&["--help"], "").0, out);

    let (out, err, code) = run(&["-z"], "");
    assert_eq!(out, "");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert_eq!(lines[0], "Unknown option: -z");
    assert!(
        lines[1].starts_with("usage: ")
            && lines[1].ends_with(" [option] ... [-c cmd | file | -] [arg] ...")
    );
    assert_eq!(lines[2], "Try `mnemo -h' for more information.");
    assert_eq!(code, Some(2));
    let (_, err, code) = run(&["--frobnicate"], "");
    assert!(err.starts_with("unknown option --frobnicate\n"), "{err}");
    assert_eq!(code, Some(2));
    let (_, err, code) = run(&["-c"], "");
    assert!(
        err.starts_with("Argument expected for the -c option\n"),
        "{err}"
    );
    assert_eq!(code, Some(2));
    // Options after the script or -c CODE belong to the program.
    let (out, _, code) = run(&["-c", "import sys; print(sys.argv)", "-z", "--", "x"], "");
    assert_eq!((out.as_str(), code), ("['-c', '-z', '--', 'x']\n", Some(0)));
}

#[test]
fn inspect_runs_the_program_then_prompts() {
    // Without a terminal, `-i` prompts on stderr and echoes on stdout, as `python3 -i` does.
    let (out, err, code) = run(&["-i", "-c", "x = 7\nraise ValueError('boom')"], "x * 6\n");
    assert_eq!(out, "42\n");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n\
         ValueError: boom\n>>> >>> \n"
    );
    assert_eq!(code, Some(0));
    let (_, err, code) = run(&["-qi"], "raise SystemExit('bye')\n");
    assert_eq!((err.as_str(), code), (">>> bye\n", Some(1)));
}
