"""json.encoder for mnemo: JSONEncoder, and the functions that quote a str as a JSON string
(encode_basestring keeps non-ASCII characters, encode_basestring_ascii escapes them as \\uXXXX,
with surrogate pairs beyond the BMP). There is no C accelerator: the c_* names are None.
"""

c_encode_basestring_ascii = None
c_encode_basestring = None
c_make_encoder = None

INFINITY = float("inf")

# The escape of every character JSON requires to be escaped.
ESCAPE_DCT = {chr(code): "\\u%04x" % code for code in range(0x20)}
ESCAPE_DCT.update({"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n",
                   "\r": "\\r", "\t": "\\t"})
_TRANSLATION = {ord(ch): text for ch, text in ESCAPE_DCT.items()}


def _ascii_escape(ch):
    code = ord(ch)
    if code < 0x10000:
        return "\\u%04x" % code
    code -= 0x10000
    return "\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    return '"' + s.translate(_TRANSLATION) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    escaped = s.translate(_TRANSLATION)
    if not escaped.isascii() or "\x7f" in escaped:
        escaped = "".join(ch if ch < "\x7f" else _ascii_escape(ch) for ch in escaped)
    return '"' + escaped + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict becomes a JSON object, list and tuple arrays, str strings, int and float numbers
    (NaN and the infinities as NaN, Infinity, -Infinity unless allow_nan is false),
    True/False/None true/false/null. For any other object, default(o) is called and its
    result encoded; override it (or pass default=) to support more types.
    """

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        """skipkeys: leave out dict keys that are not str, int, float, bool or None instead of
        raising TypeError; ensure_ascii: escape non-ASCII characters; check_circular: detect
        reference cycles (ValueError) instead of recursing forever; allow_nan: write NaN and
        the infinities rather than raise ValueError; sort_keys: dict items in key order;
        indent: a number of spaces or a string to pretty-print with (None: one line);
        separators: (item_separator, key_separator), by default (', ', ': '), or (',', ': ')
        with an indent; default: a function used in place of the default() method."""
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable stand-in for `o`, or raise TypeError (what this one does)."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return the JSON text of `o` as one str."""
        if isinstance(o, str):
            return self._quote()(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode `o`, yielding the JSON text in pieces as it is produced."""
        return _Writer(self).chunks(o, 0)

    def _quote(self):
        return encode_basestring_ascii if self.ensure_ascii else encode_basestring


class _Writer:
    """One encoding run: the encoder's settings and the ids of the containers being written."""

    def __init__(self, encoder):
        self.quote = encoder._quote()
        self.default = encoder.default
        self.allow_nan = encoder.allow_nan
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        self.open = {} if encoder.check_circular else None

    def number(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def scalar(self, o):
        """The JSON text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.number(o)
        return None

    def key_text(self, key):
        """A dict key as JSON text before quoting: a str as it is, other scalars as `scalar`
        writes them; None to skip the key (`skipkeys`)."""
        if isinstance(key, str):
            return key
        text = self.scalar(key)
        if text is not None:
            return text
        if self.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, "
                        f"not {key.__class__.__name__}")

    def enter(self, o):
        if self.open is not None:
            if id(o) in self.open:
                raise ValueError("Circular reference detected")
            self.open[id(o)] = o

    def leave(self, o):
        if self.open is not None:
            del self.open[id(o)]

    def layout(self, depth):
        """(text after the opening bracket, between items, before the closing bracket)."""
        if self.indent is None:
            return "", self.item_separator, ""
        inner = "\n" + self.indent * (depth + 1)
        return inner, self.item_separator + inner, "\n" + self.indent * depth

    def chunks(self, o, depth):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, depth)
        elif isinstance(o, dict):
            yield from self.mapping(o, depth)
        else:
            self.enter(o)
            yield from self.chunks(self.default(o), depth)
            self.leave(o)

    # The pieces come out as CPython's pure-Python encoder makes them: a scalar array item
    # joined to the separator before it, dict keys and key separators on their own.

    def item(self, lead, value, depth):
        text = self.scalar(value)
        if text is not None:
            yield lead + text
        else:
            yield lead
            yield from self.chunks(value, depth)

    def array(self, items, depth):
        if not items:
            yield "[]"
            return
        self.enter(items)
        first, between, last = self.layout(depth)
        lead = "[" + first
        for item in items:
            yield from self.item(lead, item, depth + 1)
            lead = between
        if last:
            yield last
        yield "]"
        self.leave(items)

    def mapping(self, mapping, depth):
        if not mapping:
            yield "{}"
            return
        self.enter(mapping)
        first, between, last = self.layout(depth)
        yield "{"
        if first:
            yield first
        entries = sorted(mapping.items()) if self.sort_keys else mapping.items()
        started = False
        for key, value in entries:
            name = self.key_text(key)
            if name is None:
                continue
            if started:
                yield between
            started = True
            yield self.quote(name)
            yield self.key_separator
            text = self.scalar(value)
            if text is not None:
                yield text
            else:
                yield from self.chunks(value, depth + 1)
        if last:
            yield last
        yield "}"
        self.leave(mapping)
