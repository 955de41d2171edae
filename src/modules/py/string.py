"""A collection of string constants, `capwords`, and `Template` (mnemo's `string`, after
CPython 3.11's; `Formatter` is not provided)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

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
