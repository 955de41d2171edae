"""json.decoder for mnemo: JSONDecoder, JSONDecodeError, and the readers of JSON strings
(scanstring), objects (JSONObject) and arrays (JSONArray) that json.scanner calls.

Error messages and positions follow CPython's C accelerator (`_json`), which is what CPython
uses: e.g. "Invalid control character at", "Invalid \\uXXXX escape".
"""

from json import scanner

__all__ = ["JSONDecoder", "JSONDecodeError"]

c_scanstring = None

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")

_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}
_BLANKS = " \t\n\r"
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
                   "r": "\r", "t": "\t"}
_HEX = frozenset("0123456789abcdefABCDEF")


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """

    def __init__(self, msg, doc, pos):
        line = doc.count("\n", 0, pos) + 1
        column = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, f"{msg}: line {line} column {column} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = column

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


def _skip_blanks(text, pos):
    size = len(text)
    while pos < size and text[pos] in _BLANKS:
        pos += 1
    return pos


def _hex4(text, u_pos):
    """The code unit of the \\u escape whose 'u' is at u_pos (a closing character must follow)."""
    digits = text[u_pos + 1:u_pos + 5]
    if u_pos + 5 >= len(text) or len(digits) != 4 or not all(d in _HEX for d in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", text, u_pos)
    return int(digits, 16)


def _unicode_escape(text, u_pos):
    """Decode the \\uXXXX at u_pos (joining a surrogate pair); return (char, next position)."""
    unit = _hex4(text, u_pos)
    after = u_pos + 5
    if 0xD800 <= unit < 0xDC00 and text.startswith("\\u", after):
        low = _hex4(text, after + 1)
        if 0xDC00 <= low < 0xE000:
            return chr(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)), after + 6
    return chr(unit), after


def py_scanstring(s, end, strict=True):
    """Read the JSON string whose opening quote is at end - 1; return (str, index after the
    closing quote)."""
    opening = end - 1
    size = len(s)
    pieces = []
    pos = end
    while True:
        quote = s.find('"', pos)
        stop = size if quote < 0 else quote
        backslash = s.find("\\", pos, stop)
        if backslash >= 0:
            stop = backslash
        run = s[pos:stop]
        if strict:
            for offset, ch in enumerate(run):
                if ch < " ":
                    raise JSONDecodeError("Invalid control character at", s, pos + offset)
        pieces.append(run)
        if stop >= size:
            raise JSONDecodeError("Unterminated string starting at", s, opening)
        if s[stop] == '"':
            return "".join(pieces), stop + 1
        if stop + 1 >= size:
            raise JSONDecodeError("Unterminated string starting at", s, opening)
        kind = s[stop + 1]
        if kind == "u":
            ch, pos = _unicode_escape(s, stop + 1)
            pieces.append(ch)
            continue
        replacement = _SIMPLE_ESCAPES.get(kind)
        if replacement is None:
            raise JSONDecodeError("Invalid \\escape", s, stop)
        pieces.append(replacement)
        pos = stop + 2


scanstring = py_scanstring


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
    """Read the members of a JSON object whose '{' is just before `end`; return (object, end)."""
    text, pos = s_and_end
    if memo is None:
        memo = {}
    size = len(text)
    pairs = []
    pos = _skip_blanks(text, pos)
    if pos < size and text[pos] == "}":
        pos += 1
    else:
        while True:
            if pos >= size or text[pos] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes",
                                      text, pos)
            key, pos = scanstring(text, pos + 1, strict)
            key = memo.setdefault(key, key)
            pos = _skip_blanks(text, pos)
            if pos >= size or text[pos] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", text, pos)
            value, pos = scan_once(text, _skip_blanks(text, pos + 1))
            pairs.append((key, value))
            pos = _skip_blanks(text, pos)
            if pos < size and text[pos] == "}":
                pos += 1
                break
            if pos >= size or text[pos] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", text, pos)
            pos = _skip_blanks(text, pos + 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), pos
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, pos


def JSONArray(s_and_end, scan_once):
    """Read the items of a JSON array whose '[' is just before `end`; return (list, end)."""
    text, pos = s_and_end
    size = len(text)
    items = []
    pos = _skip_blanks(text, pos)
    if pos < size and text[pos] == "]":
        return items, pos + 1
    while pos < size:
        value, pos = scan_once(text, pos)
        items.append(value)
        pos = _skip_blanks(text, pos)
        if pos < size and text[pos] == "]":
            return items, pos + 1
        if pos >= size or text[pos] != ",":
            raise JSONDecodeError("Expecting ',' delimiter", text, pos)
        pos = _skip_blanks(text, pos + 1)
    raise JSONDecodeError("Expecting value", text, pos)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    JSON objects become dicts, arrays lists, strings str, integers int, other numbers float,
    true/false/null True/False/None; NaN, Infinity and -Infinity are also accepted.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        """object_hook(dict) / object_pairs_hook(list of pairs), when given, replace each
        decoded object (the pairs hook wins); parse_float(str), parse_int(str) and
        parse_constant(name) build numbers and NaN/Infinity/-Infinity; with strict false,
        control characters are allowed inside strings."""
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python value of the JSON document `s` (a str), which must hold exactly
        one value, with optional whitespace around it."""
        value, end = self.raw_decode(s, idx=_skip_blanks(s, 0))
        end = _skip_blanks(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]; return (value, index where it ended).
        Text after the value is left alone."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError("Expecting value", s, stop.value) from None
