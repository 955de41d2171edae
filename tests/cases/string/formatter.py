# string.Formatter: parse() as CPython's _string.formatter_parser (escapes, fields, conversions,
# nested specs, its errors), format/vformat with attributes, indexes and auto-numbering, subclasses.
import string
F = string.Formatter()
for s in ['a{{b}}c{0!r:>5}d', '{}', '{x[a].b}{y:{w}}', 'plain', '', '{0!s}', '}}x', 'a{{', '{0[]}', '{0[a}]}', '{0]}', '{:{:{}}}', '{0!:}', '{0!r:}']:
    print(repr(s), list(F.parse(s)))
for bad in ['{', '}', '{0!}', '{0!rx}', '{0:{}', 'a{0', '{a{}', '{!}', 'x{0!}y', '{0[}', '{0!']:
    try: print(list(F.parse(bad)))
    except Exception as e: print(repr(bad), type(e).__name__, e)
class O: pass
o = O(); o.b = 'attr'
print(F.format('{0}-{x}', 1, x=2), F.format('{} {}', 'a', 'b'), F.format('{0.b} {1[k]} {1[k]!r:>6}', o, {'k': 'v'}))
print(F.format('{:{w}.{p}f}', 3.14159, w=10, p=2), F.vformat('{a}', (), {'a': 5}))
try: F.format('{} {0}', 1)
except ValueError as e: print(e)
try: F.format('{0.}', 1)
except ValueError as e: print(e)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{} and {x}', 'abc', x='def'))
