//! Interactive input: when a line typed at the prompt completes a statement, when the REPL must
//! ask for more (`... `), and which syntax error CPython's prompt would report, and where.
//!
//! CPython's REPL parses one `single_input` statement while its tokenizer reads lines on demand;
//! mnemo parses the whole buffered input again after every line (inputs are short) and decides
//! from where the parse stopped:
//! - the parser ran out of input (inside brackets, a triple-quoted string, after a trailing
//!   backslash, after a block opener, after a decorator): ask for another line;
//! - it failed on a token the user typed: that is the error, reported at once, as CPython's
//!   parser fails as soon as it reads the token;
//! - it succeeded: a simple statement runs at once; a compound statement waits for an empty line
//!   (another clause such as `else:` may follow), and a new statement typed at column 0 instead
//!   is "invalid syntax", as CPython says.
//!
//! An empty line ends a compound statement: the input is parsed as final, and an error at its end
//! is placed on that empty line, as CPython's tokenizer places its NEWLINE (or DEDENT) token
//! there. Blank lines inside brackets or strings are just part of the input. Whitespace-only
//! lines are ignored, as CPython ignores them (the REPL's auto-indent treats them as empty).
//!
//! Start reading at [`InteractiveInput::push_line`].

use super::error::{ErrorKind, SyntaxError};
use super::lexer::Tok;
use super::{actions, layout, python};
use crate::ast::{Module, StmtKind};
use lalrpop_util::ParseError;

/// What the REPL does after a line.
#[derive(Debug)]
pub enum Step {
    /// Ask for another line with the continuation prompt.
    More,
    /// Nothing to run (an empty, blank or comment-only input).
    Empty,
    /// A complete input: `module` to run; `source` its text, whose lines count from 1.
    Run { module: Module, source: String },
    /// A syntax error in the input; `source` is the text it is placed in.
    Error { error: SyntaxError, source: String },
}

/// Where the buffered input stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Nothing buffered.
    Fresh,
    /// Inside brackets, a triple-quoted string or a backslash continuation.
    Open,
    /// A compound statement that cannot end yet (a block or a decorated definition to come).
    Block,
    /// A complete compound statement, waiting for an empty line or another clause.
    Complete,
}

/// The lines of one interactive input being collected.
pub struct InteractiveInput {
    buf: String,
    state: State,
}

impl Default for InteractiveInput {
    fn default() -> Self {
        Self::new()
    }
}

impl InteractiveInput {
    pub fn new() -> InteractiveInput {
        InteractiveInput {
            buf: String::new(),
            state: State::Fresh,
        }
    }

    /// Whether lines are buffered (the next prompt is `sys.ps2`).
    pub fn is_continuation(&self) -> bool {
        self.state != State::Fresh
    }

    /// Whether the input is inside a compound statement's block (auto-indentation applies), as
    /// opposed to inside brackets or a string.
    pub fn in_block(&self) -> bool {
        matches!(self.state, State::Block | State::Complete)
    }

    /// Forget the buffered lines (Ctrl-C at the prompt).
    pub fn reset(&mut self) {
        self.buf.clear();
        self.state = State::Fresh;
    }

    /// Take one line as typed (without its newline).
    pub fn push_line(&mut self, line: &str) -> Step {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if self.state == State::Fresh {
            self.buf.clear();
        }
        let ends_block = line.is_empty() && self.in_block();
        let new_statement = self.state == State::Complete && starts_new_statement(line);
        let line_start = self.buf.len();
        self.buf.push_str(line);
        self.buf.push('\n');
        if new_statement {
            // CPython's parser has finished the compound statement and fails on the first token
            // of the next one.
            // The caret spans that token.
            let first = match super::lexer::Lexer::new(line, 0).next() {
                Some(Ok((_, _, end))) if end > 0 => end,
                _ => line.chars().next().map_or(1, char::len_utf8),
            };
            let error = SyntaxError::new(ErrorKind::Syntax, "invalid syntax", line_start)
                .with_end(line_start + first);
            return self.error(error);
        }
        self.analyze(if ends_block {
            End::EmptyLine
        } else {
            End::More
        })
    }

    /// End of input while lines are buffered (Ctrl-D at `... `): parse what there is as final.
    pub fn finish(&mut self) -> Step {
        if self.state == State::Fresh {
            return Step::Empty;
        }
        self.analyze(End::Eof)
    }

    fn take(&mut self) -> String {
        self.state = State::Fresh;
        std::mem::take(&mut self.buf)
    }

    fn error(&mut self, mut error: SyntaxError) -> Step {
        // The prompt's tokenizer decodes its input: columns count characters.
        error.from_parser = false;
        Step::Error {
            error,
            source: self.take(),
        }
    }

    fn analyze(&mut self, end: End) -> Step {
        match parse_buffer(&self.buf) {
            Attempt::Parsed(module) => {
                let Some(first) = module.body.first() else {
                    self.take();
                    return Step::Empty;
                };
                let compound = is_compound(&first.kind);
                if compound && module.body.len() > 1 {
                    let at = module.body[1].span.start as usize;
                    let line_start = self.buf[..at].rfind('\n').map_or(0, |i| i + 1);
                    let error = SyntaxError::new(ErrorKind::Syntax, "invalid syntax", line_start)
                        .with_end(line_start + 1);
                    return self.error(error);
                }
                if compound && end == End::More {
                    self.state = State::Complete;
                    return Step::More;
                }
                Step::Run {
                    module,
                    source: self.take(),
                }
            }
            Attempt::Incomplete {
                open,
                error,
                dedent,
            } => match end {
                End::More => {
                    self.state = if open { State::Open } else { State::Block };
                    Step::More
                }
                End::EmptyLine if open => {
                    self.state = State::Open;
                    Step::More
                }
                End::EmptyLine => {
                    // Placed on the empty line: CPython's parser failed on its NEWLINE token
                    // (column 0, offset 1), or on a DEDENT before it (offset 0, no caret).
                    let mut error = error;
                    error.offset = self.buf.len() - 1;
                    error.end = None;
                    error.text = Some(String::new());
                    error.column = Some(if dedent { 0 } else { 1 });
                    error.end_column = Some(if dedent { -1 } else { 1 });
                    self.error(error)
                }
                End::Eof if !open && error.kind == ErrorKind::Indentation => {
                    // At the end of input CPython's caret points just past the last line.
                    let mut error = error;
                    let body = &self.buf[..self.buf.len() - 1];
                    let last = body.rfind('\n').map_or(0, |i| i + 1);
                    let col = body[last..].chars().count() + 1;
                    error.offset = last;
                    error.end = None;
                    error.text = None;
                    error.column = Some(col);
                    error.end_column = Some(col as isize);
                    self.error(error)
                }
                End::Eof => self.error(error),
            },
            Attempt::Failed(error) => self.error(error),
        }
    }
}

/// What ends the current line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum End {
    /// An ordinary line: more may follow.
    More,
    /// The line was empty: a compound statement ends here.
    EmptyLine,
    /// There is no more input.
    Eof,
}

/// The outcome of parsing the buffered input as if it ended there.
enum Attempt {
    Parsed(Module),
    /// The input ended too early. `open`: inside brackets, a string or a continuation; `dedent`:
    /// an indented block was open at the end; `error` is what a final parse reports.
    Incomplete {
        open: bool,
        dedent: bool,
        error: SyntaxError,
    },
    /// The parser failed on a token of the input.
    Failed(SyntaxError),
}

fn parse_buffer(src: &str) -> Attempt {
    if let Some(pos) = src.find('\0') {
        return Attempt::Failed(
            SyntaxError::new(
                ErrorKind::Syntax,
                "source code cannot contain null bytes",
                pos,
            )
            .with_column(0),
        );
    }
    let mut lay = layout::layout(src);
    let open_token = lay.error.as_ref().is_some_and(is_unfinished_token);
    let open = open_token || !lay.open_brackets.is_empty();
    let dedent = lay
        .tokens
        .iter()
        .rev()
        .take_while(|t| t.0 >= src.len())
        .any(|t| t.1 == Tok::Dedent);
    let tokens = std::mem::take(&mut lay.tokens);
    let layout_error = lay.error.take();
    let fed = std::cell::Cell::new(0usize);
    let stream = tokens
        .into_iter()
        .map(|t| {
            fed.set(fed.get() + 1);
            Ok(t)
        })
        .chain(layout_error.clone().map(Err));
    match python::TopParser::new().parse(stream) {
        Ok(actions::Top::Module(body)) => {
            let module = Module { body };
            if crate::ast::max_depth(&module) > super::MAX_AST_DEPTH {
                let mut e = SyntaxError::new(
                    ErrorKind::Recursion,
                    "maximum recursion depth exceeded during compilation",
                    0,
                );
                e.no_location = true;
                return Attempt::Failed(e);
            }
            Attempt::Parsed(module)
        }
        Ok(actions::Top::Expr(_)) => {
            Attempt::Failed(SyntaxError::new(ErrorKind::Syntax, "invalid syntax", 0))
        }
        Err(e) => {
            let at_end = match &e {
                ParseError::UnrecognizedEof { .. } => true,
                // The tokens the layout adds at the end: DEDENTs, and an empty NEWLINE when
                // the input ended inside brackets.
                ParseError::UnrecognizedToken { token, .. } => {
                    token.0 >= src.len() || (token.1 == Tok::Newline && token.0 == token.2)
                }
                ParseError::User { error } => open_token && layout_error.as_ref() == Some(error),
                _ => false,
            };
            let mut diag = layout::layout(src);
            if !at_end {
                // At the prompt CPython does not tokenize the rest of the input to look for a
                // tokenizer error or an unclosed bracket that would override the parser's error
                // (`_PyPegen_tokenize_full_source_to_check_for_errors` skips interactive input).
                let from_layout =
                    matches!(&e, ParseError::User { error } if diag.error.as_ref() == Some(error));
                if !from_layout {
                    diag.error = None;
                    diag.open_brackets.clear();
                }
            }
            let error = super::convert_error(e, src, &diag, fed.get());
            if at_end {
                Attempt::Incomplete {
                    open,
                    dedent,
                    error,
                }
            } else {
                Attempt::Failed(error)
            }
        }
    }
}

/// A tokenizer error that only means the input stopped inside a token: a triple-quoted string
/// or a backslash continuation at the end.
fn is_unfinished_token(e: &SyntaxError) -> bool {
    e.msg
        .starts_with("unterminated triple-quoted string literal")
        || e.msg == "unexpected EOF while parsing"
}

/// A statement with a block (its end is only known when a line that cannot continue it comes).
fn is_compound(k: &StmtKind) -> bool {
    matches!(
        k,
        StmtKind::FunctionDef(_)
            | StmtKind::AsyncFunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::For(_)
            | StmtKind::AsyncFor(_)
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With { .. }
            | StmtKind::AsyncWith { .. }
            | StmtKind::Try(_)
            | StmtKind::TryStar(_)
    )
}

/// Whether a line typed after a complete compound statement begins another statement (at
/// column 0, not a clause of the same statement, not blank or a comment).
fn starts_new_statement(line: &str) -> bool {
    let Some(c) = line.chars().next() else {
        return false;
    };
    if c.is_whitespace() || c == '#' || c == '\x0c' {
        return false;
    }
    let word: String = line
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    !matches!(word.as_str(), "else" | "elif" | "except" | "finally")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feed lines; returns the kind of each step as a letter: M(ore), E(mpty), R(un), X (error).
    fn feed(lines: &[&str]) -> (String, Option<SyntaxError>) {
        let mut input = InteractiveInput::new();
        let mut kinds = String::new();
        let mut last_error = None;
        for l in lines {
            kinds.push(match input.push_line(l) {
                Step::More => 'M',
                Step::Empty => 'E',
                Step::Run { .. } => 'R',
                Step::Error { error, .. } => {
                    last_error = Some(error);
                    'X'
                }
            });
        }
        (kinds, last_error)
    }

    #[test]
    fn simple_statements_run_at_once() {
        assert_eq!(feed(&["a = 1000", "b = 1000", "a is b"]).0, "RRR");
        assert_eq!(feed(&["x = 1; y = 2"]).0, "R");
    }

    #[test]
    fn blank_and_comment_lines_are_empty() {
        assert_eq!(feed(&["", "   ", "# hi", "  # x"]).0, "EEEE");
    }

    #[test]
    fn compound_statements_wait_for_an_empty_line() {
        assert_eq!(feed(&["def f():", "    return 1", ""]).0, "MMR");
        assert_eq!(feed(&["while True: pass", ""]).0, "MR");
        assert_eq!(feed(&["if 1:", "    pass", "    ", "# c", ""]).0, "MMMMR");
        assert_eq!(
            feed(&["if 1:", "    x = 1", "else:", "    x = 2", ""]).0,
            "MMMMR"
        );
        assert_eq!(feed(&["@dec", "def f(): pass", ""]).0, "MMR");
        assert_eq!(
            feed(&["class A:", "    def f(self):", "        return 1", ""]).0,
            "MMMR"
        );
    }

    #[test]
    fn open_brackets_strings_and_continuations_ask_for_more() {
        assert_eq!(feed(&["(1 +", "2)"]).0, "MR");
        assert_eq!(feed(&["x = [1,", "", "2]"]).0, "MMR");
        assert_eq!(feed(&["x = \\", "5"]).0, "MR");
        assert_eq!(feed(&["\"\"\"abc", "", "def\"\"\""]).0, "MMR");
        assert_eq!(feed(&["\\", ""]).0, "ME");
        assert_eq!(feed(&["\\", "# c"]).0, "ME");
    }

    #[test]
    fn errors_are_reported_where_cpython_reports_them() {
        let (k, e) = feed(&["1 +"]);
        assert_eq!(k, "X");
        assert_eq!(e.unwrap().msg, "invalid syntax");
        let (k, e) = feed(&["print(1 2,"]);
        assert_eq!(k, "X");
        assert_eq!(
            e.unwrap().msg,
            "invalid syntax. Perhaps you forgot a comma?"
        );
        let (k, e) = feed(&["x = (1,", "2,", "if 1:"]);
        assert_eq!(k, "MMX");
        assert_eq!(e.unwrap().msg, "invalid syntax");
        let (k, e) = feed(&["if 1:", "    x = 2", "x = ("]);
        assert_eq!(k, "MMX");
        let e = e.unwrap();
        assert_eq!(e.msg, "invalid syntax");
        let loc = e.locate("if 1:\n    x = 2\nx = (\n");
        assert_eq!((loc.lineno, loc.offset, loc.end_offset), (3, 1, 2));
        let (k, e) = feed(&["if True:", ""]);
        assert_eq!(k, "MX");
        let e = e.unwrap();
        assert_eq!(e.kind, ErrorKind::Indentation);
        let loc = e.locate("if True:\n\n");
        assert_eq!((loc.lineno, loc.offset, loc.text.as_str()), (2, 1, ""));
        let (k, e) = feed(&["class A:", "    def f(self):", ""]);
        assert_eq!(k, "MMX");
        let loc = e.unwrap().locate("class A:\n    def f(self):\n\n");
        assert_eq!((loc.lineno, loc.offset, loc.end_offset), (3, 0, -1));
        let (k, _) = feed(&["if 1:", "    x=1", "  y=2"]);
        assert_eq!(k, "MMX");
        assert_eq!(feed(&[")"]).0, "X");
    }

    #[test]
    fn end_of_input_parses_what_is_buffered() {
        let mut input = InteractiveInput::new();
        assert!(matches!(input.push_line("if True:"), Step::More));
        assert!(matches!(input.push_line("    x = 1"), Step::More));
        assert!(matches!(input.finish(), Step::Run { .. }));
        assert!(matches!(input.push_line("(1 +"), Step::More));
        match input.finish() {
            Step::Error { error, .. } => assert_eq!(error.msg, "'(' was never closed"),
            other => panic!("{other:?}"),
        }
        assert!(!input.is_continuation());
    }
}
