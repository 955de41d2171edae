"""A collection of string constants, `capwords`, and `Template` (mnemo's `string`, after
CPython 3.11's). `Formatter` is CPython's, over `_formatter_parser` and
`_formatter_field_name_split` written here after CPython's C `_string` module."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each word using capitalize, and
    join the capitalized words using join.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


def _is_ident_char(c):
    return _is_ident_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                e = t.find('}', k)
                name = t[k + 1:e] if e >= 0 else ''
                if e >= 0 and name and _is_ident_start(name[0]) and all(map(_is_ident_char, name)):
                    if safe and name not in mapping:
                        out.append(t[j:e + 1])
                    else:
                        out.append(str(mapping[name]))
                    i = e + 1
                    continue
            elif k < n and _is_ident_start(t[k]):
                e = k
                while e < n and _is_ident_char(t[e]):
                    e += 1
                name = t[k:e]
                if safe and name not in mapping:
                    out.append(t[j:e])
                else:
                    out.append(str(mapping[name]))
                i = e
                continue
            if safe:
                out.append(d)
                i = k
                continue
            lines = t[:k].splitlines(keepends=True)
            if not lines:
                colno = 1
                lineno = 1
            else:
                colno = k - len(''.join(lines[:-1]))
                lineno = len(lines)
            raise ValueError('Invalid placeholder in string: line %d, col %d' %
                             (lineno, colno))
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, True)

    def is_valid(self):
        try:
            self._scan({}, True)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        ids = []

        class Recorder(dict):
            def __missing__(self, key):
                if key not in ids:
                    ids.append(key)
                return ''
        self._scan(Recorder(), False)
        return ids


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


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index


    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]


    def check_unused_args(self, used_args, args, kwargs):
        pass


    def format_field(self, value, format_spec):
        return format(value, format_spec)


    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))


    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _string.formatter_parser(format_string)


    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
