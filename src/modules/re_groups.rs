//! Groups in Python's pattern syntax, for `re_parse`'s parser: captures (numbered and named),
//! `(?P=name)` backreferences, comments, lookarounds, atomic groups, conditionals
//! `(?(group)yes|no)` and inline flags (scoped `(?i:...)` and global `(?i)`, which CPython
//! accepts only at the start of the pattern), each with CPython's `re.error` messages.

use super::re_parse::{
    err, width, Node, Parser, ReError, ASCII, DOTALL, IGNORECASE, LOCALE, MULTILINE, UNICODE,
    VERBOSE,
};
use crate::objects::str::str_repr;

/// CPython's limit on the number of groups.
const MAXGROUPS: usize = 2_147_483_647;

impl Parser<'_> {
    pub(super) fn group_width(&self, n: usize) -> (u64, Option<u64>) {
        self.widths.get(n).copied().unwrap_or((0, None))
    }

    /// A reference to group `n` must not be open, nor (in a lookbehind) defined inside it.
    pub(super) fn check_ref(&self, n: usize, pos: usize) -> Result<(), ReError> {
        if self.open.contains(&n) {
            return err("cannot refer to an open group", pos);
        }
        if let Some(from) = self.lookbehind_from {
            if n > from {
                return err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    pos,
                );
            }
        }
        Ok(())
    }

    /// A group name up to `term`; `from` is where it starts.
    pub(super) fn group_name(&mut self, term: char) -> Result<String, ReError> {
        let from = self.i;
        loop {
            match self.peek() {
                None if self.i == from => return err("missing group name", from),
                None => {
                    let what = if term == '>' {
                        "missing >, unterminated name"
                    } else {
                        "missing ), unterminated name"
                    };
                    return err(what, from);
                }
                Some(c) if c == term => break,
                Some(_) => self.i += 1,
            }
        }
        let name = self.text(from, self.i);
        self.i += 1;
        if name.is_empty() {
            return err("missing group name", from);
        }
        if !is_identifier(&name) {
            return err(
                format!("bad character in group name {}", str_repr(&name)),
                from,
            );
        }
        Ok(name)
    }

    pub(super) fn lookup_name(&self, name: &str, pos: usize) -> Result<usize, ReError> {
        match self.names.iter().find(|(n, _)| n == name) {
            Some((_, g)) => Ok(*g),
            None => err(format!("unknown group name {}", str_repr(name)), pos),
        }
    }

    /// The body of a group up to its `)`; `start` is the `(`.
    pub(super) fn group_body(&mut self, start: usize) -> Result<Node, ReError> {
        let node = self.alternation(false)?;
        if self.restart {
            return Ok(Node::Empty);
        }
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(node)
    }

    pub(super) fn capture(&mut self, start: usize, name: Option<String>) -> Result<Node, ReError> {
        self.groups += 1;
        let n = self.groups;
        if n >= MAXGROUPS {
            return err("too many groups", start);
        }
        if let Some(name) = name {
            if let Some((_, old)) = self.names.iter().find(|(x, _)| *x == name) {
                return err(
                    format!(
                        "redefinition of group name {} as group {n}; was group {old}",
                        str_repr(&name)
                    ),
                    start + 4,
                );
            }
            self.names.push((name, n));
        }
        self.parents.push(self.open.last().copied().unwrap_or(0));
        self.widths.push((0, None));
        self.open.push(n);
        let body = self.group_body(start)?;
        self.open.pop();
        self.widths[n] = width(&body);
        Ok(Node::Group(n, Box::new(body)))
    }

    /// What follows a `(` at `start` (consumed). `None`: nothing to add (comment, global flags).
    pub(super) fn group(&mut self, start: usize, at_start: bool) -> Result<Option<Node>, ReError> {
        if !self.eat('?') {
            return self.capture(start, None).map(Some);
        }
        let Some(c) = self.peek() else {
            return err("unexpected end of pattern", self.i);
        };
        self.i += 1;
        match c {
            ':' => self.group_body(start).map(|n| Some(non_empty(n))),
            'P' => {
                if self.eat('<') {
                    let name = self.group_name('>')?;
                    self.capture(start, Some(name)).map(Some)
                } else if self.eat('=') {
                    let from = self.i;
                    let name = self.group_name(')')?;
                    let g = self.lookup_name(&name, from)?;
                    self.check_ref(g, from)?;
                    Ok(Some(Node::Backref(g, self.case(), self.group_width(g))))
                } else {
                    match self.peek() {
                        None => err("unexpected end of pattern", self.i),
                        Some(d) => err(format!("unknown extension ?P{d}"), self.i - 2),
                    }
                }
            }
            '#' => {
                loop {
                    match self.peek() {
                        None => return err("missing ), unterminated comment", start),
                        Some(')') => break,
                        Some(_) => self.i += 1,
                    }
                }
                self.i += 1;
                Ok(None)
            }
            '=' | '!' => {
                let body = self.group_body(start)?;
                Ok(Some(Node::Look {
                    behind: false,
                    neg: c == '!',
                    node: Box::new(body),
                }))
            }
            '<' => {
                let neg = match self.peek() {
                    Some('=') => false,
                    Some('!') => true,
                    None => return err("unexpected end of pattern", self.i),
                    Some(d) => return err(format!("unknown extension ?<{d}"), self.i - 2),
                };
                self.i += 1;
                let saved = self.lookbehind_from;
                if saved.is_none() {
                    self.lookbehind_from = Some(self.groups);
                }
                let body = self.group_body(start)?;
                self.lookbehind_from = saved;
                Ok(Some(Node::Look {
                    behind: true,
                    neg,
                    node: Box::new(body),
                }))
            }
            '>' => {
                let body = self.group_body(start)?;
                Ok(Some(Node::Atomic(Box::new(body))))
            }
            '(' => self.conditional(start).map(Some),
            c if "aiLmsux-".contains(c) => {
                self.i -= 1;
                self.flag_group(start, at_start)
            }
            '\\' => {
                // CPython names the escape token: `?\1`.
                let next = self.peek().map(String::from).unwrap_or_default();
                err(format!("unknown extension ?\\{next}"), self.i - 2)
            }
            c => err(format!("unknown extension ?{c}"), self.i - 2),
        }
    }

    /// `(?(group)yes|no)`; `(?(` has been consumed.
    pub(super) fn conditional(&mut self, start: usize) -> Result<Node, ReError> {
        let from = self.i;
        let name = loop {
            match self.peek() {
                None if self.i == from => return err("missing group name", from),
                None => return err("missing ), unterminated name", from),
                Some(')') => {
                    let s = self.text(from, self.i);
                    self.i += 1;
                    break s;
                }
                Some(_) => self.i += 1,
            }
        };
        if name.is_empty() {
            return err("missing group name", from);
        }
        let group = if is_identifier(&name) {
            self.lookup_name(&name, from)?
        } else if name.chars().all(|c| c.is_ascii_digit()) {
            let n: usize = name.parse().unwrap_or(usize::MAX);
            if n == 0 {
                return err("bad group number", from);
            }
            if n >= MAXGROUPS {
                return err(format!("invalid group reference {n}"), from);
            }
            n
        } else {
            return err(
                format!("bad character in group name {}", str_repr(&name)),
                from,
            );
        };
        if let Some(from_lb) = self.lookbehind_from {
            if group > from_lb {
                return err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    from,
                );
            }
        }
        let yes = self.sequence(false)?;
        let no = if self.eat('|') {
            let no = self.sequence(false)?;
            if self.peek() == Some('|') {
                return err("conditional backref with more than two branches", self.i);
            }
            no
        } else {
            Node::Empty
        };
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        // The group may be defined later in the pattern: checked at the end.
        self.cond_refs.push((group, from));
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    pub(super) fn flag_bit(c: char) -> Option<u32> {
        Some(match c {
            'a' => ASCII,
            'i' => IGNORECASE,
            'L' => LOCALE,
            'm' => MULTILINE,
            's' => DOTALL,
            'u' => UNICODE,
            'x' => VERBOSE,
            _ => return None,
        })
    }

    /// Inline flags `(?aiLmsux-imsx:...)` or global `(?aiLmsux)`; at the first flag letter.
    pub(super) fn flag_group(
        &mut self,
        start: usize,
        at_start: bool,
    ) -> Result<Option<Node>, ReError> {
        let mut add = 0u32;
        let mut del = 0u32;
        while let Some(c) = self.peek() {
            let Some(bit) = Self::flag_bit(c) else { break };
            if self.bytes && bit == UNICODE {
                return err(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    self.i + 1,
                );
            }
            if !self.bytes && bit == LOCALE {
                return err(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    self.i + 1,
                );
            }
            add |= bit;
            let typed = add & (ASCII | LOCALE | UNICODE);
            if typed.count_ones() > 1 {
                return err(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    self.i + 1,
                );
            }
            self.i += 1;
        }
        match self.peek() {
            None => return err("missing -, : or )", self.i),
            Some(')') => {
                self.i += 1;
                if !at_start {
                    return err("global flags not at the start of the expression", start);
                }
                let before = self.flags;
                self.flags |= add;
                if self.flags & VERBOSE != 0 && before & VERBOSE == 0 {
                    self.restart = true;
                }
                return Ok(None);
            }
            Some(':') => {}
            Some('-') => {
                self.i += 1;
                let Some(c) = self.peek() else {
                    return err("missing flag", self.i);
                };
                if !c.is_ascii_alphabetic() {
                    return err("missing flag", self.i);
                }
                while let Some(c) = self.peek() {
                    let Some(bit) = Self::flag_bit(c) else {
                        if c.is_ascii_alphabetic() {
                            return err("unknown flag", self.i);
                        }
                        break;
                    };
                    if bit & (ASCII | LOCALE | UNICODE) != 0 {
                        return err(
                            "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                            self.i + 1,
                        );
                    }
                    del |= bit;
                    self.i += 1;
                }
                if add & del != 0 {
                    return err("bad inline flags: flag turned on and off", self.i);
                }
                if !self.eat(':') {
                    return match self.peek() {
                        None => err("missing :", self.i),
                        Some(_) => err("missing :", self.i),
                    };
                }
                self.i -= 1;
            }
            Some(c) if c.is_ascii_alphabetic() => return err("unknown flag", self.i),
            Some(_) => return err("missing -, : or )", self.i),
        }
        self.i += 1; // ':'
        let saved = self.flags;
        let mut f = (self.flags | add) & !del;
        if add & ASCII != 0 {
            f &= !UNICODE;
        }
        if add & UNICODE != 0 {
            f &= !ASCII;
        }
        self.flags = f;
        let body = self.group_body(start);
        self.flags = saved;
        body.map(|n| Some(non_empty(n)))
    }
}

/// An empty group's body as an empty sequence (which, unlike `Empty`, can be repeated).
fn non_empty(n: Node) -> Node {
    match n {
        Node::Empty => Node::Concat(vec![]),
        n => n,
    }
}

/// `str.isidentifier()` for a group name.
pub(super) fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {}
        _ => return false,
    }
    cs.all(unicode_ident::is_xid_continue)
}
