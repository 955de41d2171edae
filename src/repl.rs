//! The interactive prompt: CPython's REPL loop over mnemo's VM, with line editing by rustyline.
//!
//! One input at a time: lines are read with `sys.ps1` (`>>> `) or `sys.ps2` (`... `) and fed to
//! [`crate::parse::interactive::InteractiveInput`], which says whether the input is complete,
//! needs more lines, or is a syntax error. A complete input is compiled in interactive mode (an
//! expression statement's value is echoed with `repr` and stored in `builtins._`), its
//! constants are loaded as that input's own (so `a = 1000` and `b = 1000` typed on two lines are
//! two objects, and `sys.getrefcount` reports CPython's numbers), and it runs in `__main__`. An
//! exception prints its traceback (`File "<stdin>", line N`, counted from the input's first
//! line, no source lines, as CPython) and the session goes on; `SystemExit` ends it.
//!
//! Two ways to read lines, as CPython has:
//! - standard input and output are terminals: rustyline edits the line, with history (kept in
//!   `~/.mnemo_history`), tab completion (`vm::complete`, rlcompleter's rules), and automatic
//!   indentation inside a block (after a line ending in `:` the next line starts 4 spaces
//!   further in; a line left blank ends the block). Ctrl-C cancels the line, Ctrl-D on an empty
//!   line leaves;
//! - otherwise (`mnemo -i < file`): plain lines from standard input, prompts on standard error,
//!   exactly as `python3 -i` prints them.
//!
//! Ctrl-C while an input runs is a signal: `vm::signals` turns it into `KeyboardInterrupt`.
//!
//! Start reading at [`interact`].

use crate::heap::ObjRef;
use crate::parse::interactive::{InteractiveInput, Step};
use crate::vm::{self, dictops, intern, interp, new_str, signals, traceback, Vm};
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::rc::Rc;

/// The name of the history file in the user's home directory.
pub const HISTORY_FILE: &str = ".mnemo_history";

/// The second banner line.
const BANNER_HINT: &str =
    "Type \"exit()\" or Ctrl-D to leave; sys.getrefcount(x) counts the references to x.";

/// Run the REPL in namespace `globals` (the `__main__` module's) until the user leaves; returns
/// the exit status. `banner`: print the version banner first (not under `-q`, `-i FILE`, `-c`).
pub fn interact(vm: Vm, globals: ObjRef, banner: bool) -> i32 {
    let vm = Rc::new(RefCell::new(vm));
    set_default_prompts(&vm.borrow());
    install_quitters(&mut vm.borrow_mut());
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let mut reader: Box<dyn LineReader> = if tty {
        match Editing::new(vm.clone(), globals.clone()) {
            Some(e) => Box::new(e),
            None => Box::new(Plain),
        }
    } else {
        Box::new(Plain)
    };
    if banner {
        let text = banner_text(&vm.borrow());
        eprintln!("{text}");
    }
    let mut session = Session {
        vm,
        globals,
        input: InteractiveInput::new(),
        editing: reader.edits(),
        indent: String::new(),
    };
    let status = session.run(reader.as_mut());
    reader.save_history();
    drop(reader);
    let Session { vm, globals, .. } = session;
    drop(globals);
    let mut vm = vm.borrow_mut();
    vm::io::flush_std(&mut vm);
    interp::finish(&mut vm);
    status
}

/// `Python <sys.version> on <sys.platform>`, as CPython's banner, and a hint.
fn banner_text(vm: &Vm) -> String {
    let sys = vm.sys_dict();
    let get = |name: &str| {
        dictops::getitem_text(&sys, name)
            .map(|o| vm::str_of(&o).to_string())
            .unwrap_or_default()
    };
    format!(
        "Python {} on {}\n{BANNER_HINT}",
        get("version"),
        get("platform")
    )
}

/// CPython's `_sitebuiltins.Quitter`: `exit` and `quit` typed alone say how to leave.
const QUITTER: &str = "\
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
";

/// Replace the builtins `exit` and `quit` with `Quitter` objects, as CPython's `site` makes
/// them (the plain built-in functions serve scripts, which never show their repr).
fn install_quitters(vm: &mut Vm) {
    let ns = vm::new_dict();
    dictops::setitem_str(&ns, intern("__name__"), new_str("_sitebuiltins"));
    if interp::exec_source(vm, QUITTER.as_bytes(), "<_sitebuiltins>", &ns, false).is_err() {
        return;
    }
    let Some(class) = dictops::getitem_str(&ns, "Quitter") else {
        return;
    };
    let builtins = vm.builtins.clone();
    for name in ["exit", "quit"] {
        let args = [new_str(name), new_str("Ctrl-D (i.e. EOF)")];
        if let Ok(q) = vm::call::call(vm, &class, vm::Args::new(&args)) {
            dictops::setitem_str(&builtins, intern(name), q);
        }
    }
}

/// `sys.ps1` and `sys.ps2`, set when interactive mode starts (programs test `hasattr(sys,
/// 'ps1')` to know whether they run at a prompt).
fn set_default_prompts(vm: &Vm) {
    let sys = vm.sys_dict();
    for (name, value) in [("ps1", ">>> "), ("ps2", "... ")] {
        if dictops::getitem_str(&sys, name).is_none() {
            dictops::setitem_str(&sys, intern(name), new_str(value));
        }
    }
}

/// What reading a line gave.
enum Read {
    /// A line without its newline; text pasted at once may hold several lines.
    Line(String),
    /// Ctrl-C at the prompt.
    Interrupted,
    /// Ctrl-D, or the end of standard input.
    Eof,
}

/// A source of input lines.
trait LineReader {
    /// Show `prompt` and read a line; `initial` is text to start the line with (auto-indent).
    fn read(&mut self, prompt: &str, initial: &str) -> Read;
    /// Whether this reader edits lines at a terminal (auto-indent and blank-line rules apply).
    fn edits(&self) -> bool {
        false
    }
    fn add_history(&mut self, _line: &str) {}
    fn save_history(&mut self) {}
}

/// Lines from standard input, prompts on standard error (CPython without a terminal).
struct Plain;

impl LineReader for Plain {
    fn read(&mut self, prompt: &str, _initial: &str) -> Read {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(prompt.as_bytes());
        let _ = err.flush();
        drop(err);
        let mut buf = Vec::new();
        match std::io::stdin().lock().read_until(b'\n', &mut buf) {
            Ok(0) => Read::Eof,
            Ok(_) => {
                if buf.last() == Some(&b'\n') {
                    buf.pop();
                }
                Read::Line(String::from_utf8_lossy(&buf).into_owned())
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Read::Interrupted,
            Err(_) => Read::Eof,
        }
    }
}

/// rustyline at a terminal.
struct Editing {
    editor: rustyline::Editor<Helper, rustyline::history::FileHistory>,
    history: Option<PathBuf>,
}

impl Editing {
    fn new(vm: Rc<RefCell<Vm>>, globals: ObjRef) -> Option<Editing> {
        let config = rustyline::Config::builder()
            .max_history_size(100_000)
            .ok()?
            .history_ignore_dups(true)
            .ok()?
            .auto_add_history(false)
            .completion_type(rustyline::CompletionType::List)
            .build();
        let mut editor = rustyline::Editor::with_config(config).ok()?;
        editor.set_helper(Some(Helper { vm, globals }));
        let history = std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|h| PathBuf::from(h).join(HISTORY_FILE));
        if let Some(path) = &history {
            // A missing or unreadable history file just means an empty history.
            let _ = editor.load_history(path);
        }
        Some(Editing { editor, history })
    }
}

impl LineReader for Editing {
    fn read(&mut self, prompt: &str, initial: &str) -> Read {
        match self.editor.readline_with_initial(prompt, (initial, "")) {
            Ok(line) => Read::Line(line),
            Err(ReadlineError::Interrupted) => Read::Interrupted,
            Err(_) => Read::Eof,
        }
    }

    fn edits(&self) -> bool {
        true
    }

    fn add_history(&mut self, line: &str) {
        let _ = self.editor.add_history_entry(line);
    }

    fn save_history(&mut self) {
        if let Some(path) = &self.history {
            if let Err(e) = self.editor.append_history(path) {
                eprintln!(
                    "mnemo: cannot write the history file {}: {e}",
                    path.display()
                );
            }
        }
    }
}

/// rustyline's helper: completion from the live namespace (the VM is shared with the session,
/// which does not hold it while a line is read).
struct Helper {
    vm: Rc<RefCell<Vm>>,
    globals: ObjRef,
}

impl Completer for Helper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let pos = pos.min(line.len());
        if !line.is_char_boundary(pos) {
            return Ok((pos, Vec::new()));
        }
        if line[..pos].trim().is_empty() {
            // Tab at the start of a line indents, as in CPython's REPL.
            let indent = Pair {
                display: String::new(),
                replacement: "    ".to_string(),
            };
            return Ok((pos, vec![indent]));
        }
        let start = vm::complete::word_start(line, pos);
        let text = &line[start..pos];
        if text.is_empty() {
            return Ok((pos, Vec::new()));
        }
        // The line is read with the GIL released (other threads run); completion looks at the
        // namespace, so it takes the GIL for that.
        let words = crate::gil::with_gil(|| {
            let Ok(mut vm) = self.vm.try_borrow_mut() else {
                return Vec::new();
            };
            vm::complete::complete(&mut vm, &self.globals, text)
        });
        let pairs = words
            .into_iter()
            .map(|w| Pair {
                display: w.clone(),
                replacement: w,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl rustyline::hint::Hinter for Helper {
    type Hint = String;
}
impl rustyline::highlight::Highlighter for Helper {}
impl rustyline::validate::Validator for Helper {}
impl rustyline::Helper for Helper {}

/// One interactive session's state.
struct Session {
    vm: Rc<RefCell<Vm>>,
    globals: ObjRef,
    input: InteractiveInput,
    /// Lines come from a line editor (auto-indent; a whitespace-only line ends a block).
    editing: bool,
    /// The indentation the next line starts with.
    indent: String,
}

impl Session {
    fn run(&mut self, reader: &mut dyn LineReader) -> i32 {
        loop {
            let more = self.input.is_continuation();
            let prompt = self.prompt(more);
            vm::io::flush_std(&mut self.vm.borrow_mut());
            let initial = if self.editing && more && self.input.in_block() {
                self.indent.clone()
            } else {
                String::new()
            };
            // Other threads run while the prompt waits for a line.
            let line = crate::gil::allow_threads(|| reader.read(&prompt, &initial));
            match line {
                Read::Line(text) => {
                    if !self.editing && signals::take().is_some() {
                        // Ctrl-C while waiting for a line that came from elsewhere.
                        self.interrupted();
                        continue;
                    }
                    for line in text.split('\n') {
                        if !line.trim().is_empty() {
                            reader.add_history(line);
                        }
                        if let Some(status) = self.line(line) {
                            return status;
                        }
                    }
                }
                Read::Interrupted => self.interrupted(),
                Read::Eof => {
                    if !self.editing {
                        eprintln!();
                    }
                    if !more {
                        return 0;
                    }
                    let step = self.input.finish();
                    if let Some(status) = self.step(step) {
                        return status;
                    }
                }
            }
        }
    }

    /// Ctrl-C at the prompt: the input so far is dropped. (The line editor has already moved
    /// to a new line; reading plain lines has not.)
    fn interrupted(&mut self) {
        if !self.editing {
            eprintln!();
        }
        eprintln!("KeyboardInterrupt");
        self.input.reset();
        self.indent.clear();
    }

    /// `sys.ps1` or `sys.ps2` as text: CPython calls `str()` on it, and shows nothing if it
    /// is missing or `str()` fails.
    fn prompt(&self, more: bool) -> String {
        let name = if more { "ps2" } else { "ps1" };
        let mut vm = self.vm.borrow_mut();
        let sys = vm.sys_dict();
        match dictops::getitem_str(&sys, name) {
            Some(p) => vm::convert::str_string(&mut vm, &p).unwrap_or_default(),
            None => String::new(),
        }
    }

    /// Take one typed line; `Some(status)` when the session ends.
    fn line(&mut self, line: &str) -> Option<i32> {
        // With auto-indent, a line left blank (only the indentation) ends the block.
        let line = if self.editing && self.input.in_block() && line.trim().is_empty() {
            ""
        } else {
            line
        };
        let step = self.input.push_line(line);
        self.indent = next_indent(line);
        self.step(step)
    }

    fn step(&mut self, step: Step) -> Option<i32> {
        match step {
            Step::More | Step::Empty => None,
            Step::Error { error, source } => {
                let mut vm = self.vm.borrow_mut();
                let e = interp::syntax_error_object(&error, &source, "<stdin>");
                report(&mut vm, e);
                None
            }
            Step::Run { module, source } => self.execute(&module, &source),
        }
    }

    /// Compile and run one complete input in `__main__`.
    fn execute(&mut self, module: &crate::ast::Module, source: &str) -> Option<i32> {
        let mut vm = self.vm.borrow_mut();
        let vm = &mut *vm;
        let code = match crate::compile::compile_interactive(module, source, "<stdin>") {
            Ok(c) => c,
            Err(mut e) => {
                e.from_parser = false;
                let e = interp::compile_error_object(&e, source, "<stdin>");
                report(vm, e);
                return None;
            }
        };
        let (code_obj, consts) = match interp::load_code(vm, &code) {
            Ok(c) => c,
            Err(e) => return report(vm, e),
        };
        drop(code);
        // The input's constants are held while it runs, as CPython's parser arena holds them.
        vm.arena.push(consts);
        signals::clear();
        let r = interp::run_code(vm, &code_obj, &self.globals, None);
        vm.arena.pop();
        drop(code_obj);
        vm::io::flush_std(vm);
        match r {
            Ok(_) => None,
            Err(e) => report(vm, e),
        }
    }
}

/// Report an exception raised by an input: `SystemExit` ends the session with its status;
/// anything else is printed (and kept in `sys.last_type`/`last_value`/`last_traceback`).
fn report(vm: &mut Vm, e: ObjRef) -> Option<i32> {
    if vm::exc::matches(&e, "SystemExit") {
        return Some(interp::system_exit_code(vm, &e));
    }
    let sys = vm.sys_dict();
    let tb = e
        .downcast::<crate::objects::exception::ExceptionData>()
        .and_then(|d| d.traceback.borrow().clone())
        .unwrap_or_else(vm::none);
    dictops::setitem_str(&sys, intern("last_type"), e.type_of());
    dictops::setitem_str(&sys, intern("last_value"), e.clone());
    dictops::setitem_str(&sys, intern("last_traceback"), tb);
    vm::io::flush_std(vm);
    traceback::print_exception(vm, &e);
    None
}

/// The indentation of the line after `line`: one level in after a line ending with `:`, one
/// level out after `return`, `pass`, `break`, `continue` or `raise`, else the same as `line`'s.
fn next_indent(line: &str) -> String {
    let code = line.split('#').next().unwrap_or("").trim_end();
    if code.trim().is_empty() {
        return String::new();
    }
    let indent: String = line
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    if code.ends_with(':') {
        return indent + "    ";
    }
    let first = code.split_whitespace().next().unwrap_or("");
    if matches!(first, "return" | "pass" | "break" | "continue" | "raise") {
        let cut = indent.len().saturating_sub(4);
        return indent[..cut].to_string();
    }
    indent
}

#[cfg(test)]
mod tests {
    use super::next_indent;

    #[test]
    fn auto_indent() {
        assert_eq!(next_indent("class A:"), "    ");
        assert_eq!(next_indent("    def f(self):  # c"), "        ");
        assert_eq!(next_indent("        x = 1"), "        ");
        assert_eq!(next_indent("        return x"), "    ");
        assert_eq!(next_indent(""), "");
    }
}
