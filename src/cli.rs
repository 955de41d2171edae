//! The python-like command line: the arguments of `mnemo` turned into an [`Options`], with
//! CPython's conventions and messages.
//!
//! As CPython: single-dash options may be clustered (`-qi`); `-c` and `-X` take their argument
//! attached (`-cpass`, `-Xgc-stress`) or as the next word, even one starting with `-`; the first
//! word that is not an option is the script (`-` for standard input) and everything after it, or
//! after `-c CODE`, goes to `sys.argv` untouched; `--` ends the options. An unknown option is a
//! usage error (exit status 2). Parsing is [`lexopt`]'s: it hands over options one by one, which
//! lets `-c` and the script name stop the option list exactly where CPython stops it.
//!
//! Start reading at [`parse`].

use std::ffi::OsString;

/// What to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Program {
    /// No program: the REPL if standard input is a terminal, else the program on standard input.
    Default,
    /// `-`: the program on standard input (the REPL if it is a terminal).
    Stdin,
    /// `-c CODE`.
    Code(String),
    /// A script file.
    Script(String),
    /// `--ast FILE`: print the AST.
    Ast(String),
    /// `--dis FILE`: print the bytecode.
    Dis(String),
    /// `--bench-parse FILE...`: time the parser.
    BenchParse(Vec<String>),
}

/// A parsed command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub program: Program,
    /// `sys.argv`: `['']` for the REPL, `['-c', ...]`, `['-', ...]`, `[script, ...]`.
    pub argv: Vec<String>,
    /// `-i`: stay interactive after the program (and prompt even without a terminal).
    pub inspect: bool,
    /// `-q`: no banner.
    pub quiet: bool,
    /// `-u`: unbuffered standard output and error.
    pub unbuffered: bool,
    /// `-E`: ignore `MNEMO_*` environment variables.
    pub ignore_environment: bool,
    /// `-X` options, in order.
    pub xoptions: Vec<String>,
}

/// The outcome of parsing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    Run(Options),
    /// `-h`, `-?`, `--help`.
    Help,
    /// `-V`, `--version`.
    Version,
    /// A usage error: the message line CPython prints before the usage line.
    Error(String),
}

/// The `-X` options mnemo knows, and the environment variable each one sets.
pub const XOPTIONS: &[(&str, &str, &str)] = &[
    (
        "gc-stress",
        "MNEMO_GC_STRESS",
        "collect generation 0 at every container allocation (=2: only check it)",
    ),
    (
        "leakcheck",
        "MNEMO_LEAKCHECK",
        "report containers still alive at exit (=2: with counts and referrers)",
    ),
];

/// Parse the arguments after the program name.
pub fn parse<I>(args: I) -> Parsed
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    match parse_inner(args) {
        Ok(p) => p,
        Err(msg) => Parsed::Error(msg),
    }
}

fn text(s: OsString) -> String {
    s.to_string_lossy().into_owned()
}

fn rest(parser: &mut lexopt::Parser) -> Vec<String> {
    match parser.raw_args() {
        Ok(raw) => raw.map(text).collect(),
        Err(_) => Vec::new(),
    }
}

fn parse_inner<I>(args: I) -> Result<Parsed, String>
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    use lexopt::Arg::{Long, Short, Value};
    let mut parser = lexopt::Parser::from_args(args);
    // `-c=x` is the code `=x`, as in CPython.
    parser.set_short_equals(false);
    let mut version = false;
    let mut o = Options {
        program: Program::Default,
        argv: vec![String::new()],
        inspect: false,
        quiet: false,
        unbuffered: false,
        ignore_environment: false,
        xoptions: Vec::new(),
    };
    loop {
        let arg = match parser.next() {
            Ok(Some(arg)) => arg,
            Ok(None) => break,
            // `--help=x`: CPython says the option is unknown.
            Err(lexopt::Error::UnexpectedValue { option, .. }) => {
                return Err(format!("unknown option {option}"))
            }
            Err(e) => return Err(e.to_string()),
        };
        match arg {
            Short('c') => {
                let code = parser
                    .value()
                    .map_err(|_| "Argument expected for the -c option".to_string())?;
                o.program = Program::Code(text(code));
                o.argv = vec!["-c".to_string()];
                o.argv.extend(rest(&mut parser));
                break;
            }
            Short('X') => {
                let x = parser
                    .value()
                    .map_err(|_| "Argument expected for the -X option".to_string())?;
                o.xoptions.push(text(x));
            }
            Short('i') => o.inspect = true,
            Short('q') => o.quiet = true,
            Short('u') => o.unbuffered = true,
            Short('E') => o.ignore_environment = true,
            // No .pyc files, no user site directory, no `site` module: nothing to turn off.
            Short('B') | Short('s') | Short('S') => {}
            Short('h') | Short('?') | Long("help") => return Ok(Parsed::Help),
            // As CPython, the version is printed once the whole command line is known good.
            Short('V') | Long("version") => version = true,
            Long("ast") | Long("dis") => {
                let is_ast = matches!(arg, Long("ast"));
                let file = parser
                    .value()
                    .map_err(|_| "Argument expected for the --ast/--dis option".to_string())?;
                let file = text(file);
                o.program = if is_ast {
                    Program::Ast(file)
                } else {
                    Program::Dis(file)
                };
                break;
            }
            Long("bench-parse") => {
                o.program = Program::BenchParse(rest(&mut parser));
                break;
            }
            Short(c) => return Err(format!("Unknown option: -{c}")),
            Long(name) => return Err(format!("unknown option --{name}")),
            Value(v) => {
                let v = text(v);
                o.program = if v == "-" {
                    Program::Stdin
                } else {
                    Program::Script(v.clone())
                };
                o.argv = vec![v];
                o.argv.extend(rest(&mut parser));
                break;
            }
        }
    }
    Ok(if version {
        Parsed::Version
    } else {
        Parsed::Run(o)
    })
}

/// CPython's usage line, naming the program as it was invoked.
pub fn usage(prog: &str) -> String {
    format!("usage: {prog} [option] ... [-c cmd | file | -] [arg] ...")
}

/// The text of `-h`.
pub fn help(prog: &str) -> String {
    let mut x = String::new();
    for (name, var, what) in XOPTIONS {
        x.push_str(&format!("         -X {name}: {what} (also {var})\n"));
    }
    format!(
        "{usage}
Options (and corresponding environment variables):
-B     : accepted for CPython compatibility (mnemo writes no .pyc files)
-c cmd : program passed in as string (terminates option list)
-E     : ignore MNEMO_* environment variables (such as MNEMO_GC_STRESS)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-q     : don't print version and copyright messages on interactive startup
-s     : accepted for CPython compatibility (there is no user site directory)
-S     : accepted for CPython compatibility (there is no site module)
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option:
{x}--ast file        : print the AST of file, as ast.dump(ast.parse(source)) does
--dis file        : print the bytecode of every code object in file
--bench-parse file ... : parse the files and print how long it took
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Interactive mode keeps its history in ~/.mnemo_history.
",
        usage = usage(prog)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Options {
        match parse(args) {
            Parsed::Run(o) => o,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    #[test]
    fn program_and_argv() {
        let o = run(&[]);
        assert_eq!((o.program, o.argv), (Program::Default, vec![String::new()]));
        let o = run(&["-c", "print(1)", "-q", "x"]);
        assert_eq!(o.program, Program::Code("print(1)".into()));
        assert_eq!(o.argv, ["-c", "-q", "x"]);
        assert!(!o.quiet);
        let o = run(&["-qi", "script.py", "-c", "--", "y"]);
        assert!(o.quiet && o.inspect);
        assert_eq!(o.program, Program::Script("script.py".into()));
        assert_eq!(o.argv, ["script.py", "-c", "--", "y"]);
        let o = run(&["-", "a"]);
        assert_eq!(
            (o.program, o.argv),
            (Program::Stdin, vec!["-".into(), "a".into()])
        );
        let o = run(&["--", "-c"]);
        assert_eq!(o.program, Program::Script("-c".into()));
    }

    #[test]
    fn attached_values() {
        assert_eq!(run(&["-cpass"]).program, Program::Code("pass".into()));
        assert_eq!(run(&["-c=1"]).program, Program::Code("=1".into()));
        assert_eq!(run(&["-c", "-x"]).program, Program::Code("-x".into()));
        let o = run(&["-Xgc-stress", "-X", "leakcheck", "-E", "-u"]);
        assert_eq!(o.xoptions, ["gc-stress", "leakcheck"]);
        assert!(o.ignore_environment && o.unbuffered);
    }

    #[test]
    fn errors_help_version() {
        assert_eq!(parse(["-z"]), Parsed::Error("Unknown option: -z".into()));
        assert_eq!(
            parse(["--foo"]),
            Parsed::Error("unknown option --foo".into())
        );
        assert_eq!(
            parse(["-c"]),
            Parsed::Error("Argument expected for the -c option".into())
        );
        assert_eq!(
            parse(["-X"]),
            Parsed::Error("Argument expected for the -X option".into())
        );
        assert_eq!(parse(["-h", "-z"]), Parsed::Help);
        assert_eq!(parse(["-?"]), Parsed::Help);
        assert_eq!(parse(["-q", "--version"]), Parsed::Version);
        assert_eq!(
            parse(["-V", "-z"]),
            Parsed::Error("Unknown option: -z".into())
        );
        assert!(help("mnemo").starts_with("usage: mnemo [option]"));
    }
}
