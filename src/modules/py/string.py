"""String constants, `capwords`, `Template` ($-substitution) and `Formatter` (str.format()
with overridable steps): mnemo's `string`. The format-string parsing that CPython does in C
(`_string`) is written here in Python."""

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
    "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template",
]

# -- character classes (ASCII only) --

digits = ''.join(map(chr, range(ord('0'), ord('9') + 1)))
octdigits = digits[:8]
ascii_lowercase = ''.join(map(chr, range(ord('a'), ord('z') + 1)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
# the printable ASCII characters that are neither letters, digits nor space, in code order
punctuation = ''.join(c for c in map(chr, range(33, 127)) if not c.isalnum())
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each word using capitalize, and
    join the capitalized words using join. Without sep, runs of whitespace split words and a
    single space joins them; otherwise sep does both.
    """
    words = [word.capitalize() for word in s.split(sep)]
    return (' ' if sep is None else sep).join(words)


_NAME_FIRST = frozenset(ascii_letters + '_')
_NAME_REST = frozenset(ascii_letters + digits + '_')


def _name_end(text, pos):
    """Where the ASCII identifier starting at `pos` ends (`pos` itself if none starts there)."""
    if pos < len(text) and text[pos] in _NAME_FIRST:
        pos += 1
        while pos < len(text) and text[pos] in _NAME_REST:
            pos += 1
    return pos


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        """Split the template: yields (text, kind, name, after) where kind is None for literal
        text, else 'escaped' (a doubled delimiter), 'named' ($name or ${name}) or 'invalid' (a
        delimiter followed by neither); `after` is the index just past the delimiter."""
        text, mark = self.template, self.delimiter
        pos = 0
        while True:
            at = text.find(mark, pos)
            if at < 0:
                break
            if at > pos:
                yield text[pos:at], None, None, None
            after = at + len(mark)
            kind, name, end = 'invalid', None, after
            if text.startswith(mark, after):
                kind, end = 'escaped', after + len(mark)
            else:
                stop = _name_end(text, after)
                if stop > after:
                    kind, name, end = 'named', text[after:stop], stop
                elif text.startswith('{', after):
                    stop = _name_end(text, after + 1)
                    if stop > after + 1 and text.startswith('}', stop):
                        kind, name, end = 'named', text[after + 1:stop], stop + 1
            yield text[at:end], kind, name, after
            pos = end
        if pos < len(text):
            yield text[pos:], None, None, None

    def _render(self, mapping, kws, lenient):
        if mapping is None:
            mapping = kws
        elif kws:
            primary, fallback = kws, mapping

            class _Both:
                # keyword arguments first, then the mapping (looked up only when needed)
                def __getitem__(self, key):
                    return primary[key] if key in primary else fallback[key]
            mapping = _Both()
        out = []
        for source, kind, name, after in self._pieces():
            if kind is None:
                out.append(source)
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    if not lenient:
                        raise
                    out.append(source)
            elif lenient:
                out.append(source)
            else:
                self._invalid_at(after)
        return ''.join(out)

    def _invalid_at(self, index):
        before = self.template[:index].splitlines(keepends=True)
        if before:
            lineno = len(before)
            colno = index - sum(map(len, before[:-1]))
        else:
            lineno = colno = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._render(mapping, kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for _, kind, _, _ in self._pieces())

    def get_identifiers(self):
        found = {}
        for _, kind, name, _ in self._pieces():
            if kind == 'named':
                found[name] = None
        return list(found)


########################################################################
# The parsing behind Formatter: CPython's _string.formatter_parser and
# _string.formatter_field_name_split (Objects/stringlib/unicode_format.h).

def _formatter_parser(s):
    """Yield (literal_text, field_name, format_spec, conversion) for each piece of s."""
    i, n = 0, len(s)
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        length = i - start
        if c == '}' and markup and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup:
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[i] == c:
                i += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        # The field name: up to '!', ':' or '}'; brackets are skipped whole.
        fstart = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
                continue
            if c in '}:!':
                break
        else:
            raise ValueError("expected '}' before end of string")
        name = s[fstart:i - 1]
        conversion = None
        if c == '}':
            yield (literal, name, '', None)
            continue
        if c == '!':
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    yield (literal, name, '', conversion)
                    continue
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        # The format spec, up to the '}' that closes the field.
        sstart = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    break
        else:
            raise ValueError("unmatched '{' in format spec")
        yield (literal, name, s[sstart:i - 1], conversion)


def _field_key(k):
    return int(k) if k.isdigit() and k.isascii() else k


def _field_rest(f, i):
    n = len(f)
    while i < n:
        c = f[i]
        i += 1
        if c == '.':
            start = i
            while i < n and f[i] not in '.[':
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield (True, f[start:i])
        elif c == '[':
            start = i
            while i < n and f[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = f[start:i]
            i += 1
            if i < n and f[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield (False, _field_key(key))
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _formatter_field_name_split(f):
    """(first, rest): the field's first name (an int if all digits) and an iterator of
    (is_attribute, key) for what follows."""
    i = 0
    while i < len(f) and f[i] not in '.[':
        i += 1
    return _field_key(f[:i]), _field_rest(f, i)


class _string:
    formatter_parser = staticmethod(_formatter_parser)
    formatter_field_name_split = staticmethod(_formatter_field_name_split)


_SWITCHED_NUMBERING = ('cannot switch from manual field specification to automatic field '
                       'numbering')


def _resolve_field_number(name, next_auto):
    """Apply automatic numbering to a field name. `next_auto` is the next automatic index, or
    False once a field gave its number explicitly; the two styles cannot be mixed."""
    if name == '':
        if next_auto is False:
            raise ValueError(_SWITCHED_NUMBERING)
        return str(next_auto), next_auto + 1
    if name.isdigit():
        if next_auto:
            raise ValueError(_SWITCHED_NUMBERING)
        return name, False
    return name, next_auto


_CONVERTERS = {'s': str, 'r': repr, 'a': ascii}


class Formatter:
    """str.format() in Python, split into steps a subclass can replace: parse() splits the
    format string, get_field()/get_value() find each field's object, convert_field() applies
    !s/!r/!a, format_field() formats it, check_unused_args() may complain at the end."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # Returns the text and the numbering state, which continues into (and back out of)
        # the fields nested in format specs, up to two levels deep.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        numbering = auto_arg_index
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            name, numbering = _resolve_field_number(name, numbering)
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, numbering = self._vformat(spec, args, kwargs, used_args,
                                            recursion_depth - 1, auto_arg_index=numbering)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), numbering

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion) tuples; field_name
        is None for trailing text with no field after it."""
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field such as '0.name' or 'key[3]' refers to, and the key of the
        argument it started from (recorded as used)."""
        key, path = _string.formatter_field_name_split(field_name)
        found = self.get_value(key, args, kwargs)
        for is_attribute, step in path:
            found = getattr(found, step) if is_attribute else found[step]
        return found, key

    def get_value(self, key, args, kwargs):
        """Positional argument `key` if it is an int, else keyword argument `key`."""
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called with the keys of the arguments that were used; does nothing here."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        convert = _CONVERTERS.get(conversion)
        if convert is None:
            raise ValueError(f"Unknown conversion specifier {conversion!s}")
        return convert(value)
