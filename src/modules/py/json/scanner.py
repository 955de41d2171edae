"""json.scanner for mnemo: make_scanner(context) builds the function that reads one JSON value
at a position of a string, `scan_once(string, idx) -> (value, end)`, raising
StopIteration(idx) when no value starts there.

Strings, objects and arrays are read by the context's parse_string, parse_object and
parse_array (json.decoder's scanstring, JSONObject, JSONArray); numbers and the literal names
are read here. There is no C accelerator: c_make_scanner is None.
"""

__all__ = ["make_scanner"]

c_make_scanner = None

_DIGITS = frozenset("0123456789")
_LITERALS = {"n": ("null", None), "t": ("true", True), "f": ("false", False)}


def _digits_end(text, pos, size):
    while pos < size and text[pos] in _DIGITS:
        pos += 1
    return pos


def _number_end(text, start, size):
    """Where the JSON number at `start` ends, and whether it has a fraction or an exponent;
    None if no number starts there. Grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)?"""
    pos = start + 1 if text[start] == "-" else start
    if pos >= size or text[pos] not in _DIGITS:
        return None
    pos = pos + 1 if text[pos] == "0" else _digits_end(text, pos, size)
    is_float = False
    if pos + 1 < size and text[pos] == "." and text[pos + 1] in _DIGITS:
        pos = _digits_end(text, pos + 1, size)
        is_float = True
    if pos < size and text[pos] in "eE":
        after_sign = pos + 1
        if after_sign < size and text[after_sign] in "+-":
            after_sign += 1
        exp_end = _digits_end(text, after_sign, size)
        if exp_end > after_sign:
            pos = exp_end
            is_float = True
    return pos, is_float


class _Scanner:
    """scan_once for one decoder: its settings are read once, when it is made."""

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_object = context.parse_object
        self.parse_array = context.parse_array
        self.parse_string = context.parse_string
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = context.memo

    def __call__(self, string, idx):
        try:
            return self.value(string, idx)
        finally:
            self.memo.clear()

    def value(self, text, idx):
        size = len(text)
        if idx >= size:
            raise StopIteration(idx)
        lead = text[idx]
        if lead == '"':
            return self.parse_string(text, idx + 1, self.strict)
        if lead == "{":
            return self.parse_object((text, idx + 1), self.strict, self.value,
                                     self.object_hook, self.object_pairs_hook, self.memo)
        if lead == "[":
            return self.parse_array((text, idx + 1), self.value)
        literal = _LITERALS.get(lead)
        if literal is not None:
            word, result = literal
            if text.startswith(word, idx):
                return result, idx + len(word)
            raise StopIteration(idx)
        for name in ("NaN", "Infinity", "-Infinity"):
            if lead == name[0] and text.startswith(name, idx):
                return self.parse_constant(name), idx + len(name)
        found = _number_end(text, idx, size)
        if found is None:
            raise StopIteration(idx)
        end, is_float = found
        literal_text = text[idx:end]
        if is_float:
            return self.parse_float(literal_text), end
        return self.parse_int(literal_text), end


def py_make_scanner(context):
    return _Scanner(context)


make_scanner = py_make_scanner
