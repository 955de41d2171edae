//! The parser of Python's regular-expression syntax (`re`), written for mnemo after the documented
//! behaviour of CPython 3.11's `re` module. It reads a pattern (as code points: positions in
//! errors are character indices, as CPython reports them) into a [`Node`] tree whose every node
//! carries the flags in force where it was written (case-insensitivity, `.` matching newlines,
//! line anchors, ASCII classes), so that `re_emit` can translate it without tracking scopes.
//!
//! Errors are [`ReError`]s with CPython's message and position (`re.error` is raised from them
//! by `py/re.py`). Start reading at [`parse`]; groups and inline flags are in `re_groups`.

/// Flag bits, as `re.RegexFlag` numbers them.
pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

/// CPython's `MAXREPEAT` (an unbounded repeat's maximum).
const MAXREPEAT: u64 = 4_294_967_295;

/// A parse error: CPython's message and the position (in characters) it names.
#[derive(Debug)]
pub struct ReError {
    pub msg: String,
    pub pos: Option<usize>,
    /// Which Python exception: `re.error`, `OverflowError`, `ValueError`.
    pub kind: ErrKind,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ErrKind {
    Re,
    Overflow,
    Value,
}

pub(super) fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ReError> {
    Err(ReError {
        msg: msg.into(),
        pos: Some(pos),
        kind: ErrKind::Re,
    })
}

/// A character-class predicate (`\d`, `\w`, `\s` and their negations).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Category {
    Digit,
    Word,
    Space,
}

/// One member of a character set.
#[derive(Clone, Debug)]
pub enum ClassItem {
    Range(char, char),
    Cat { cat: Category, neg: bool },
}

/// How a node compares letters: exactly, with Unicode case folding, or folding ASCII only.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Case {
    Exact,
    Unicode,
    Ascii,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// The pattern tree. `ascii` means `\w`, `\d`, `\s`, `\b` use their ASCII definitions.
#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    Char(char, Case),
    Any {
        dotall: bool,
    },
    Class {
        items: Vec<ClassItem>,
        neg: bool,
        case: Case,
        ascii: bool,
    },
    /// `\A`.
    Begin,
    /// `^`.
    LineBegin {
        multiline: bool,
    },
    /// `$`.
    LineEnd {
        multiline: bool,
    },
    /// `\Z`.
    End,
    Boundary {
        neg: bool,
        ascii: bool,
    },
    Group(usize, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u64,
        max: Option<u64>,
        kind: RepeatKind,
    },
    /// A backreference, with the width of the group it names (for look-behinds).
    Backref(usize, Case, (u64, Option<u64>)),
    Look {
        behind: bool,
        neg: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// A parsed pattern.
pub struct Parsed {
    pub node: Node,
    /// The number of capturing groups.
    pub groups: usize,
    /// Group names with their numbers, in order of definition.
    pub names: Vec<(String, usize)>,
    /// The flags after inline global flags (UNICODE added for str patterns without ASCII).
    pub flags: u32,
    /// For each group (1-based, index 0 unused) the group directly enclosing it (0: none).
    pub parents: Vec<usize>,
}

pub(super) struct Parser<'a> {
    pub(super) src: &'a [char],
    pub(super) i: usize,
    pub(super) flags: u32,
    pub(super) bytes: bool,
    pub(super) groups: usize,
    pub(super) names: Vec<(String, usize)>,
    pub(super) parents: Vec<usize>,
    pub(super) open: Vec<usize>,
    /// Set when a global flag turned VERBOSE on after parsing began: parse again.
    pub(super) restart: bool,
    /// Lookbehind nesting: group numbers defined inside the current lookbehind start here.
    pub(super) lookbehind_from: Option<usize>,
    /// Groups named by conditionals, with the position of the reference.
    pub(super) cond_refs: Vec<(usize, usize)>,
    /// The width of each closed group (index 0 unused).
    pub(super) widths: Vec<(u64, Option<u64>)>,
}

fn is_verbose_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

/// Parse `pattern` with `flags` (`bytes`: a bytes pattern, decoded as Latin-1).
pub fn parse(pattern: &[char], flags: u32, bytes: bool) -> Result<Parsed, ReError> {
    let mut flags = flags;
    loop {
        let mut p = Parser {
            src: pattern,
            i: 0,
            flags,
            bytes,
            groups: 0,
            names: vec![],
            parents: vec![0],
            open: vec![],
            restart: false,
            lookbehind_from: None,
            cond_refs: vec![],
            widths: vec![(0, Some(0))],
        };
        let node = match p.alternation(true) {
            Ok(n) => n,
            Err(e) => return Err(p.trailing_backslash().unwrap_or(e)),
        };
        if p.restart {
            flags = p.flags;
            continue;
        }
        if p.i < pattern.len() {
            // Only a `)` stops the top level early.
            return err("unbalanced parenthesis", p.i);
        }
        if let Some((g, at)) = p.cond_refs.iter().find(|(g, _)| *g > p.groups) {
            return err(format!("invalid group reference {g}"), *at);
        }
        let mut f = p.flags;
        check_flags(&mut f, bytes)?;
        return Ok(Parsed {
            node,
            groups: p.groups,
            names: p.names,
            flags: f,
            parents: p.parents,
        });
    }
}

/// CPython's checks of a pattern's final flags (`fix_flags`).
fn check_flags(f: &mut u32, bytes: bool) -> Result<(), ReError> {
    let value = |m: &str| ReError {
        msg: m.to_string(),
        pos: None,
        kind: ErrKind::Value,
    };
    if bytes {
        if *f & UNICODE != 0 {
            return Err(value("cannot use UNICODE flag with a bytes pattern"));
        }
        if *f & LOCALE != 0 && *f & ASCII != 0 {
            return Err(value("ASCII and LOCALE flags are incompatible"));
        }
    } else {
        if *f & LOCALE != 0 {
            return Err(value("cannot use LOCALE flag with a str pattern"));
        }
        if *f & ASCII == 0 {
            *f |= UNICODE;
        } else if *f & UNICODE != 0 {
            return Err(value("ASCII and UNICODE flags are incompatible"));
        }
    }
    Ok(())
}

impl Parser<'_> {
    /// CPython's tokenizer reads one token ahead, so a lone backslash ending the pattern is
    /// reported instead of an error found while reading the token before it.
    pub(super) fn trailing_backslash(&self) -> Option<ReError> {
        let n = self.src.len();
        let trailing = self.src.iter().rev().take_while(|c| **c == '\\').count();
        if trailing % 2 == 1 && self.i + 1 >= n {
            return err::<()>("bad escape (end of pattern)", n - 1).err();
        }
        None
    }

    pub(super) fn peek(&self) -> Option<char> {
        self.src.get(self.i).copied()
    }

    pub(super) fn peek_at(&self, k: usize) -> Option<char> {
        self.src.get(self.i + k).copied()
    }

    pub(super) fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    pub(super) fn case(&self) -> Case {
        if self.flags & IGNORECASE == 0 {
            Case::Exact
        } else if self.ascii() {
            Case::Ascii
        } else {
            Case::Unicode
        }
    }

    pub(super) fn ascii(&self) -> bool {
        self.bytes || self.flags & ASCII != 0 || self.flags & LOCALE != 0
    }

    pub(super) fn text(&self, from: usize, to: usize) -> String {
        self.src[from..to.min(self.src.len())].iter().collect()
    }

    /// Alternatives up to `)` or the end (`top`: the whole pattern).
    pub(super) fn alternation(&mut self, top: bool) -> Result<Node, ReError> {
        let mut alts = vec![];
        loop {
            let seq = self.sequence(top && alts.is_empty())?;
            if self.restart {
                return Ok(Node::Empty);
            }
            alts.push(seq);
            if !self.eat('|') {
                break;
            }
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    pub(super) fn skip_verbose(&mut self) {
        if self.flags & VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if is_verbose_space(c) {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// Items up to `|`, `)` or the end.
    pub(super) fn sequence(&mut self, first_top: bool) -> Result<Node, ReError> {
        let mut items: Vec<Node> = vec![];
        // Whether the last item came from a quantifier (for "multiple repeat").
        let mut last_repeat = false;
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { break };
            if c == '|' || c == ')' {
                break;
            }
            let start = self.i;
            if matches!(c, '*' | '+' | '?' | '{') {
                if let Some((min, max)) = self.quantifier()? {
                    let Some(last) = items.pop() else {
                        return err("nothing to repeat", start);
                    };
                    if last_repeat {
                        return err("multiple repeat", start);
                    }
                    if matches!(
                        last,
                        Node::Begin
                            | Node::End
                            | Node::LineBegin { .. }
                            | Node::LineEnd { .. }
                            | Node::Boundary { .. }
                            | Node::Empty
                    ) {
                        return err("nothing to repeat", start);
                    }
                    let kind = if self.eat('?') {
                        RepeatKind::Lazy
                    } else if self.eat('+') {
                        RepeatKind::Possessive
                    } else {
                        RepeatKind::Greedy
                    };
                    items.push(Node::Repeat {
                        node: Box::new(last),
                        min,
                        max,
                        kind,
                    });
                    last_repeat = true;
                    continue;
                }
                // A `{` that is not a quantifier is a literal.
            }
            self.i += 1;
            let node = match c {
                '.' => Node::Any {
                    dotall: self.flags & DOTALL != 0,
                },
                '^' => Node::LineBegin {
                    multiline: self.flags & MULTILINE != 0,
                },
                '$' => Node::LineEnd {
                    multiline: self.flags & MULTILINE != 0,
                },
                '[' => self.class(start)?,
                '\\' => self.escape(start)?,
                '(' => match self.group(start, first_top && items.is_empty())? {
                    Some(n) => n,
                    None => {
                        if self.restart {
                            return Ok(Node::Empty);
                        }
                        // A comment or global flags: nothing to add; a quantifier after a
                        // comment applies to the item before it.
                        continue;
                    }
                },
                c => Node::Char(c, self.case()),
            };
            items.push(node);
            last_repeat = false;
        }
        items.retain(|n| !matches!(n, Node::Empty));
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// `*`, `+`, `?` or `{m,n}` at the current position (consumed), or `None` for a `{` that is
    /// a literal (not consumed).
    pub(super) fn quantifier(&mut self) -> Result<Option<(u64, Option<u64>)>, ReError> {
        let c = self.peek();
        match c {
            Some('*') => {
                self.i += 1;
                return Ok(Some((0, None)));
            }
            Some('+') => {
                self.i += 1;
                return Ok(Some((1, None)));
            }
            Some('?') => {
                self.i += 1;
                return Ok(Some((0, Some(1))));
            }
            _ => {}
        }
        let brace = self.i;
        let mut j = self.i + 1;
        let digits = |j: &mut usize| {
            let s = *j;
            while *j < self.src.len() && self.src[*j].is_ascii_digit() {
                *j += 1;
            }
            self.src[s..*j].iter().collect::<String>()
        };
        let lo = digits(&mut j);
        let comma = self.src.get(j) == Some(&',');
        let hi = if comma {
            j += 1;
            digits(&mut j)
        } else {
            lo.clone()
        };
        if self.src.get(j) != Some(&'}') || (lo.is_empty() && hi.is_empty() && !comma) {
            return Ok(None);
        }
        self.i = j + 1;
        let big = |s: &str| -> Result<u64, ReError> {
            match s.parse::<u64>() {
                Ok(v) if v < MAXREPEAT => Ok(v),
                _ => Err(ReError {
                    msg: "the repetition number is too large".into(),
                    pos: None,
                    kind: ErrKind::Overflow,
                }),
            }
        };
        let min = if lo.is_empty() { 0 } else { big(&lo)? };
        let max = if hi.is_empty() { None } else { Some(big(&hi)?) };
        if let Some(m) = max {
            if m < min {
                return err("min repeat greater than max repeat", brace + 1);
            }
        }
        Ok(Some((min, max)))
    }

    /// A character set; the `[` at `start` has been consumed.
    pub(super) fn class(&mut self, start: usize) -> Result<Node, ReError> {
        let neg = self.eat('^');
        let mut items: Vec<ClassItem> = vec![];
        let mut first = true;
        loop {
            let here = self.i;
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            self.i += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = if c == '\\' {
                self.class_escape(here)?
            } else {
                ClassItem::Range(c, c)
            };
            if self.peek() == Some('-') {
                self.i += 1;
                let there = self.i;
                let Some(d) = self.peek() else {
                    return err("unterminated character set", start);
                };
                self.i += 1;
                if d == ']' {
                    items.push(lo);
                    items.push(ClassItem::Range('-', '-'));
                    break;
                }
                let hi = if d == '\\' {
                    self.class_escape(there)?
                } else {
                    ClassItem::Range(d, d)
                };
                let range_text = self.text(here, self.i);
                match (lo, hi) {
                    (ClassItem::Range(a, _), ClassItem::Range(b, _)) => {
                        if a > b {
                            return err(format!("bad character range {range_text}"), here);
                        }
                        items.push(ClassItem::Range(a, b));
                    }
                    _ => return err(format!("bad character range {range_text}"), here),
                }
            } else {
                items.push(lo);
            }
        }
        Ok(Node::Class {
            items,
            neg,
            case: self.case(),
            ascii: self.ascii(),
        })
    }

    /// Hex digits of an escape `\xhh`, `\uhhhh`, `\Uhhhhhhhh`; `start` is the backslash.
    pub(super) fn hex_escape(&mut self, start: usize, n: usize) -> Result<char, ReError> {
        let mut v: u32 = 0;
        for _ in 0..n {
            match self.peek().and_then(|c| c.to_digit(16)) {
                Some(d) => {
                    v = v * 16 + d;
                    self.i += 1;
                }
                None => {
                    return err(
                        format!("incomplete escape {}", self.text(start, self.i)),
                        start,
                    )
                }
            }
        }
        match char::from_u32(v) {
            Some(c) => Ok(c),
            None => err(format!("bad escape {}", self.text(start, self.i)), start),
        }
    }

    /// `\N{name}`; the `N` has been consumed.
    pub(super) fn named_char(&mut self, start: usize) -> Result<char, ReError> {
        if !self.eat('{') {
            return err("missing {", self.i);
        }
        let from = self.i;
        while let Some(c) = self.peek() {
            if c == '}' {
                break;
            }
            self.i += 1;
        }
        let name = self.text(from, self.i);
        if self.peek() != Some('}') || name.is_empty() {
            return err("missing character name", from);
        }
        self.i += 1;
        match unicode_names2::character(&name) {
            Some(c) => Ok(c),
            None => err(format!("undefined character name '{name}'"), start),
        }
    }

    /// Escapes shared by sets and the pattern body: `Some(char)` for a literal.
    pub(super) fn common_escape(&mut self, start: usize, c: char) -> Result<Option<char>, ReError> {
        Ok(Some(match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            '\\' => '\\',
            'x' => self.hex_escape(start, 2)?,
            'u' if !self.bytes => self.hex_escape(start, 4)?,
            'U' if !self.bytes => self.hex_escape(start, 8)?,
            'N' if !self.bytes => self.named_char(start)?,
            _ => return Ok(None),
        }))
    }

    pub(super) fn category(c: char) -> Option<(Category, bool)> {
        Some(match c {
            'd' => (Category::Digit, false),
            'D' => (Category::Digit, true),
            'w' => (Category::Word, false),
            'W' => (Category::Word, true),
            's' => (Category::Space, false),
            'S' => (Category::Space, true),
            _ => return None,
        })
    }

    /// Up to `more` further octal digits after `first`, as a character (error above 0o377).
    pub(super) fn octal(&mut self, start: usize, first: u32, more: usize) -> Result<char, ReError> {
        let mut v = first;
        for _ in 0..more {
            match self.peek().and_then(|c| c.to_digit(8)) {
                Some(d) => {
                    v = v * 8 + d;
                    self.i += 1;
                }
                None => break,
            }
        }
        if v > 0o377 {
            return err(
                format!(
                    "octal escape value {} outside of range 0-0o377",
                    self.text(start, self.i)
                ),
                start,
            );
        }
        Ok(char::from_u32(v).unwrap_or('\0'))
    }

    pub(super) fn bad_escape(&self, start: usize) -> Result<ClassItem, ReError> {
        err(format!("bad escape {}", self.text(start, self.i)), start)
    }

    /// An escape inside a set; the backslash at `start` has been consumed.
    pub(super) fn class_escape(&mut self, start: usize) -> Result<ClassItem, ReError> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        if let Some((cat, neg)) = Self::category(c) {
            return Ok(ClassItem::Cat { cat, neg });
        }
        if c == 'b' {
            return Ok(ClassItem::Range('\x08', '\x08'));
        }
        if let Some(ch) = self.common_escape(start, c)? {
            return Ok(ClassItem::Range(ch, ch));
        }
        if let Some(d) = c.to_digit(8) {
            let ch = self.octal(start, d, 2)?;
            return Ok(ClassItem::Range(ch, ch));
        }
        if c.is_ascii_alphanumeric() {
            return self.bad_escape(start);
        }
        Ok(ClassItem::Range(c, c))
    }

    /// An escape in the pattern body; the backslash at `start` has been consumed.
    pub(super) fn escape(&mut self, start: usize) -> Result<Node, ReError> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        if let Some((cat, neg)) = Self::category(c) {
            return Ok(Node::Class {
                items: vec![ClassItem::Cat { cat, neg }],
                neg: false,
                case: Case::Exact,
                ascii: self.ascii(),
            });
        }
        match c {
            'A' => return Ok(Node::Begin),
            'Z' => return Ok(Node::End),
            'b' | 'B' => {
                return Ok(Node::Boundary {
                    neg: c == 'B',
                    ascii: self.ascii(),
                })
            }
            _ => {}
        }
        if let Some(ch) = self.common_escape(start, c)? {
            return Ok(Node::Char(ch, self.case()));
        }
        if c == '0' {
            let ch = self.octal(start, 0, 2)?;
            return Ok(Node::Char(ch, self.case()));
        }
        if let Some(d1) = c.to_digit(10) {
            if let Some(d2) = self.peek().and_then(|x| x.to_digit(10)) {
                let third = self.peek_at(1).and_then(|x| x.to_digit(8));
                if d1 < 8 && d2 < 8 && third.is_some() {
                    let ch = self.octal(start, d1, 2)?;
                    return Ok(Node::Char(ch, self.case()));
                }
                self.i += 1;
                return self.backref((d1 * 10 + d2) as usize, start);
            }
            return self.backref(d1 as usize, start);
        }
        if c.is_ascii_alphanumeric() {
            return err(format!("bad escape {}", self.text(start, self.i)), start);
        }
        Ok(Node::Char(c, self.case()))
    }

    pub(super) fn backref(&mut self, n: usize, start: usize) -> Result<Node, ReError> {
        if n > self.groups {
            return err(format!("invalid group reference {n}"), start + 1);
        }
        self.check_ref(n, start)?;
        Ok(Node::Backref(n, self.case(), self.group_width(n)))
    }
}

/// The least and greatest number of characters `node` can match (`None`: unbounded).
pub fn width(node: &Node) -> (u64, Option<u64>) {
    match node {
        Node::Empty
        | Node::Begin
        | Node::End
        | Node::LineBegin { .. }
        | Node::LineEnd { .. }
        | Node::Boundary { .. }
        | Node::Look { .. } => (0, Some(0)),
        Node::Char(..) | Node::Any { .. } | Node::Class { .. } => (1, Some(1)),
        Node::Group(_, n) | Node::Atomic(n) => width(n),
        Node::Concat(v) => v.iter().fold((0, Some(0)), |(lo, hi), n| {
            let (a, b) = width(n);
            (lo + a, hi.zip(b).map(|(x, y)| x + y))
        }),
        Node::Alt(v) => {
            let ws: Vec<_> = v.iter().map(width).collect();
            let lo = ws.iter().map(|w| w.0).min().unwrap_or(0);
            let hi = ws.iter().try_fold(0, |m, w| w.1.map(|h| m.max(h)));
            (lo, hi)
        }
        Node::Cond { yes, no, .. } => {
            let (a, b) = width(yes);
            let (c, d) = width(no);
            (a.min(c), b.zip(d).map(|(x, y)| x.max(y)))
        }
        Node::Repeat { node, min, max, .. } => {
            let (a, b) = width(node);
            let hi = match (b, max) {
                (Some(0), _) => Some(0),
                (Some(b), Some(m)) => Some(b.saturating_mul(*m)),
                _ => None,
            };
            (a.saturating_mul(*min), hi)
        }
        Node::Backref(_, _, w) => *w,
    }
}
