"""Regular expressions (mnemo's `re`, written for mnemo after CPython 3.11's documented behaviour).

The matching itself is Rust: `_re.compile` parses Python's pattern syntax (with CPython's error
messages), translates it for the `fancy-regex` crate and returns a code object whose `search`
finds one match and `scan` all of them (Python 3.7's empty-match rule included), each as
`(regs, lastindex)` with character positions. This module builds the Python-facing part on
top: `RegexFlag`, `error`, `Pattern` and `Match`, replacement templates for `sub`/`expand`,
`split`, `findall`, the pattern cache, `escape`.

Bytes patterns and subjects are handed to the core decoded as Latin-1 (one character per
byte), so positions are byte positions and slices come from the original object.

Left out: `re.DEBUG` output, `re.TEMPLATE` (accepted, no effect), `Pattern.scanner`,
`re.Scanner`, pickling of patterns.
"""

import enum
import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807
_MAXGROUPS = 2147483647


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        return _flags_text(self._value_, "re.NOFLAG")

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self._value_), spec)
        return repr(self)


_FLAG_NAMES = [(1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
               (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"),
               (256, "ASCII")]


def _flags_text(value, zero):
    """`re.IGNORECASE|re.MULTILINE` for a flag value (bits without a name in hex)."""
    if value == 0:
        return zero
    if value < 0:
        return "~" + _flags_text(~value, zero)
    names = []
    rest = value
    for bit, name in _FLAG_NAMES:
        if value & bit:
            names.append("re." + name)
            rest &= ~bit
    if rest:
        names.append(hex(rest))
    return "|".join(names)


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """Raised for an invalid regular expression (or replacement template).

    `msg` is the bare message, `pattern` the pattern, `pos` the index where it failed;
    `lineno` and `colno` locate `pos` by lines.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


def _is_bytes_like(obj):
    return isinstance(obj, (bytes, bytearray))


def _as_text(obj):
    """A bytes-like object as the Latin-1 text the core matches."""
    return bytes(obj).decode("latin-1")


class Pattern:
    """A compiled regular expression (`re.compile`)."""

    def __init__(self, pattern, flags):
        is_bytes = not isinstance(pattern, str)
        source = _as_text(pattern) if is_bytes else pattern
        r = _re.compile(source, flags, is_bytes)
        if len(r) == 3:
            msg, pos, kind = r
            if kind == 1:
                raise OverflowError(msg)
            if kind == 2:
                raise ValueError(msg)
            raise error(msg, pattern, pos)
        self._code, self.flags, self.groups, names = r
        self.pattern = pattern
        self._bytes = is_bytes
        self._names = dict(names)
        self._group_names = {i: n for n, i in names}

    @property
    def groupindex(self):
        return dict(self._names)

    def _subject(self, string):
        """The text the core matches for `string` (CPython's type errors otherwise)."""
        if isinstance(string, str):
            if self._bytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return string
        if _is_bytes_like(string):
            if not self._bytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            return _as_text(string)
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__)

    def _one(self, string, pos, endpos, mode):
        text = self._subject(string)
        r = self._code.search(text, pos, endpos, mode)
        if r is None:
            return None
        return Match(self, string, pos, endpos, text, r)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 0)

    def _scan(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        text = self._subject(string)
        return text, self._code.scan(text, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        text, found = self._scan(string, pos, endpos)
        return iter([Match(self, string, pos, endpos, text, r) for r in found])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        text, found = self._scan(string, pos, endpos)
        out = []
        groups = self.groups
        for regs, _ in found:
            if groups == 0:
                s, e = regs[0]
                out.append(string[s:e])
            elif groups == 1:
                s, e = regs[1]
                out.append(string[s:e] if s >= 0 else string[:0])
            else:
                out.append(tuple(string[s:e] if s >= 0 else string[:0]
                                 for s, e in regs[1:]))
        if isinstance(string, bytearray):
            out = [_to_bytes(x) for x in out]
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        text, found = self._scan(string, 0, _MAXSIZE, maxsplit)
        out = []
        last = 0
        for regs, _ in found:
            s, e = regs[0]
            out.append(string[last:s])
            for gs, ge in regs[1:]:
                out.append(string[gs:ge] if gs >= 0 else None)
            last = e
        out.append(string[last:])
        if isinstance(string, bytearray):
            out = [_to_bytes(x) for x in out]
        return out

    def _subx(self, repl, string, count):
        if count < 0:
            self._subject(string)
            return string[:], 0
        text, found = self._scan(string, 0, _MAXSIZE, count)
        if callable(repl):
            template = None
        elif isinstance(repl, str) and "\\" not in repl or \
                _is_bytes_like(repl) and b"\\" not in bytes(repl):
            template = [repl]
        else:
            template = _compile_template(self, repl)
        pieces = []
        last = 0
        for r in found:
            s, e = r[0][0]
            if last < s:
                pieces.append(string[last:s])
            if template is None:
                item = repl(Match(self, string, 0, _MAXSIZE, text, r))
                if item is not None:
                    pieces.append(item)
            else:
                item = _expand_template(template, string, r[0])
                if item:
                    pieces.append(item)
            last = e
        if last < len(text):
            pieces.append(string[last:])
        if self._bytes:
            return b"".join(pieces), len(found)
        return "".join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self.flags
        if not self._bytes and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if flags:
            return "re.compile(%s, %s)" % (text, _flags_text(flags, "0"))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and self._bytes == other._bytes
                and self.pattern == other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = "re"


def _to_bytes(x):
    if isinstance(x, tuple):
        return tuple(_to_bytes(y) for y in x)
    return bytes(x) if x is not None else None


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, text, found):
        self.re = pattern
        self.string = string
        n = len(text)
        self.pos = min(max(pos, 0), n)
        self.endpos = min(max(endpos, 0), n)
        self.regs, self.lastindex = found

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._group_names.get(self.lastindex)

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str) or hasattr(type(g), "__index__"):
            i = self.re._names.get(g) if isinstance(g, str) else None
            if i is None and not isinstance(g, str):
                i = g.__index__()
                if not 0 <= i <= self.re.groups:
                    i = None
            if i is not None:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s, e = self.regs[i]
        if s < 0:
            return default
        v = self.string[s:e]
        return bytes(v) if isinstance(v, bytearray) else v

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._names.items()}

    def start(self, group=0):
        return self.regs[self._index(group)][0]

    def end(self, group=0):
        return self.regs[self._index(group)][1]

    def span(self, group=0):
        return self.regs[self._index(group)]

    def expand(self, template):
        return _expand_template(_compile_template(self.re, template), self.string, self.regs)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self.regs[0][0], self.regs[0][1], self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = "re"

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                     "v": "\v", "\\": "\\"}
_OCTAL = "01234567"
_DIGITS = "0123456789"


def _compile_template(pattern, repl):
    """A replacement template as a list of literal strings and group numbers."""
    is_bytes = not isinstance(repl, str)
    src = _as_text(repl) if is_bytes else repl
    items = []
    lit = []

    def fail(msg, pos):
        raise error(msg, repl, pos)

    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        i += 1
        if c != "\\":
            lit.append(c)
            continue
        start = i - 1
        if i >= n:
            fail("bad escape (end of pattern)", start)
        c = src[i]
        i += 1
        group = None
        if c == "g":
            if i >= n or src[i] != "<":
                fail("missing <", i)
            j = src.find(">", i + 1)
            if j < 0:
                fail("missing >, unterminated name", i + 1)
            name = src[i + 1:j]
            if not name:
                fail("missing group name", i + 1)
            if name.isdigit():
                group = int(name)
                if group >= _MAXGROUPS:
                    fail("invalid group reference %d" % group, i + 1)
            elif name.isidentifier():
                if name not in pattern._names:
                    raise IndexError("unknown group name %r" % name)
                group = pattern._names[name]
            else:
                fail("bad character in group name %r" % name, i + 1)
            pos = i + 1
            i = j + 1
        elif c == "0":
            v = 0
            for _ in range(2):
                if i < n and src[i] in _OCTAL:
                    v = v * 8 + int(src[i])
                    i += 1
            lit.append(chr(v))
            continue
        elif c in _DIGITS:
            pos = start + 1
            if i < n and src[i] in _DIGITS:
                if c in _OCTAL and src[i] in _OCTAL and i + 1 < n and src[i + 1] in _OCTAL:
                    v = int(src[i - 1:i + 2], 8)
                    if v > 0o377:
                        fail("octal escape value %s outside of range 0-0o377"
                             % src[start:i + 2], start)
                    lit.append(chr(v))
                    i += 2
                    continue
                group = int(src[i - 1:i + 1])
                i += 1
            else:
                group = int(c)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
            continue
        elif c.isascii() and c.isalpha():
            fail("bad escape %s" % src[start:i], start)
        else:
            lit.append("\\" + c)
            continue
        if group > pattern.groups:
            fail("invalid group reference %d" % group, pos)
        if lit:
            items.append("".join(lit))
            lit = []
        items.append(group)
    if lit:
        items.append("".join(lit))
    if is_bytes:
        items = [x.encode("latin-1") if isinstance(x, str) else x for x in items]
    return items


def _expand_template(items, string, regs):
    """The replacement text for one match (`regs`: its group spans)."""
    out = []
    for x in items:
        if isinstance(x, int):
            s, e = regs[x]
            if s >= 0:
                out.append(string[s:e])
        else:
            out.append(x)
    if isinstance(string, str):
        return "".join(out)
    return b"".join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if not isinstance(pattern, (str, bytes)):
            raise TypeError("first argument must be string or compiled pattern")
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Return the string with the leftmost non-overlapping matches replaced by repl."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Like sub, but also return the number of substitutions made."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the string by the occurrences of the pattern."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache."
    _cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    "Escape special characters in a string (or bytes)."
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = _as_text(pattern)
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")
