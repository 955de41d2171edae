"""json for mnemo: reading and writing JSON <https://json.org> text.

dumps(obj) / dump(obj, fp) write, loads(s) / load(fp) read; JSONEncoder (json.encoder) and
JSONDecoder (json.decoder) do the work and can be subclassed or configured through the same
keyword arguments. Output and error messages are CPython's.
"""

__version__ = "2.0.9"
__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]
__author__ = "Bob Ippolito <bob@redivi.com>"

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# Byte order marks (mnemo has no codecs module).
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\xfe\xff", "utf-16"), (b"\xff\xfe", "utf-16"), (b"\xef\xbb\xbf", "utf-8-sig"))

_plain_decoder = JSONDecoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Write `obj` as JSON to the file-like `fp` (with a .write() method), piece by piece.
    The keyword arguments are those of dumps()."""
    settings = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                    allow_nan=allow_nan, indent=indent, separators=separators,
                    default=default, sort_keys=sort_keys)
    for chunk in (cls or JSONEncoder)(**settings, **kw).iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Return `obj` as a JSON str.

    skipkeys: drop dict keys that are not str, int, float, bool or None (else TypeError);
    ensure_ascii: escape non-ASCII characters; check_circular: report reference cycles as
    ValueError; allow_nan: write NaN/Infinity/-Infinity (else ValueError); indent: spaces or
    a string to pretty-print with; separators: (item, key) separators; default(o): a
    serializable stand-in for an unsupported object; sort_keys: dict items in key order;
    cls: a JSONEncoder subclass to use.
    """
    settings = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                    allow_nan=allow_nan, indent=indent, separators=separators,
                    default=default, sort_keys=sort_keys)
    return (cls or JSONEncoder)(**settings, **kw).encode(obj)


def detect_encoding(b):
    """The encoding of JSON bytes `b`: from a byte order mark, else from where the zero bytes
    of the first characters are (JSON text starts with an ASCII character)."""
    for mark, name in _BOMS:
        if b.startswith(mark):
            return name
    zero = [byte == 0 for byte in b[:4]]
    if len(b) >= 4:
        if zero[0]:
            return "utf-32-be" if zero[1] else "utf-16-be"
        if zero[1]:
            return "utf-32-le" if zero[2] and zero[3] else "utf-16-le"
    elif len(b) == 2:
        if zero[0]:
            return "utf-16-be"
        if zero[1]:
            return "utf-16-le"
    return "utf-8"


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Read the JSON document of the file-like `fp` (with a .read() method); the keyword
    arguments are those of loads()."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Return the Python value of the JSON document `s` (str, bytes or bytearray).

    object_hook(dict) / object_pairs_hook(pairs) replace each decoded object (the pairs hook
    wins); parse_float(str), parse_int(str), parse_constant(name) build numbers and
    NaN/Infinity/-Infinity; cls: a JSONDecoder subclass to use.
    """
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), "surrogatepass")
    else:
        raise TypeError("the JSON object must be str, bytes or bytearray, "
                        f"not {s.__class__.__name__}")
    hooks = {"object_hook": object_hook, "object_pairs_hook": object_pairs_hook,
             "parse_float": parse_float, "parse_int": parse_int,
             "parse_constant": parse_constant}
    chosen = {name: hook for name, hook in hooks.items() if hook is not None}
    if cls is None and not chosen and not kw:
        return _plain_decoder.decode(s)
    return (cls or JSONDecoder)(**chosen, **kw).decode(s)
