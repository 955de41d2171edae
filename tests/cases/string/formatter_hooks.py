# string: Formatter's overridable steps (get_value, check_unused_args, convert_field, parse),
# numbering errors, nested specs and their depth limit; Template options; the constants.
import string

print(string.whitespace == ' \t\n\r\x0b\x0c', string.hexdigits, string.octdigits)
print(string.punctuation, len(string.printable), string.printable[-6:] == string.whitespace)
print(sorted(string.__all__) == sorted(['ascii_letters', 'ascii_lowercase', 'ascii_uppercase',
      'capwords', 'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace',
      'Formatter', 'Template']))
print(string.capwords(' a  b\tc '), string.capwords('x,y,,z', ','), repr(string.capwords('')))
try:
    string.capwords('abc', '')
except ValueError as e:
    print('ValueError', e)

F = string.Formatter()
print(F.format('{0}{1}{0}', 'a', 'b'), F.format('{:>{}}', 'x', 4), F.format('{0:{1}}', 7, '03'))
print(F.format('{!r} {!a} {!s}', 'q', 'é', 5), F.format('{a[0]}{a[1]}', a='xy'))
print(F.format('{:{}{}}', 3, '>', 5), F.format('{0:{1}{2}}', 3, '<', 4) + '|')
for fmt, args in [('{0}{}', (1, 2)), ('{}{0}', (1, 2)), ('{:{:{:{}}}}', (1, 2, 3, 4)),
                  ('{0!x}', (1,)), ('{1}', (0,)), ('{k}', ()), ('{0.nope}', (1,))]:
    try:
        print(F.format(fmt, *args))
    except Exception as e:
        print(type(e).__name__, e)
print(F.convert_field(5, None), F.convert_field('x', 'r'), F.get_value(0, ['v'], {}),
      F.get_value('k', [], {'k': 'kw'}), F.format_field(3.5, '.2f'))
print(F.get_field('0.real', [5], {}), F.get_field('k[1]', [], {'k': 'ab'}))
print(list(F.parse('x{0}y')), F.check_unused_args(set(), (), {}))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError(f'unused: {sorted(map(str, unused))}')


print(Strict().format('{0} {x}', 1, x=2))
try:
    Strict().format('{0}', 1, 2, y=3)
except ValueError as e:
    print(e)


class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f'<{key}>')
        return super().get_value(key, args, kwargs)


class Shout(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)


class Logged(string.Formatter):
    def parse(self, format_string):
        for piece in super().parse(format_string):
            print('piece', piece)
            yield piece


print(Defaults().format('{a} {b} {0}', 9, a=1), Shout().format('{0!u} {0!r}', 'hi'))
print(Logged().format('a{0:>{1}}b', 'x', 3))
print(Defaults().vformat('{z}', (), {}), string.Formatter().vformat('{0}{n}', ('p',), {'n': 'q'}))

T = string.Template
t = T('$a ${b} $$ $c')
print(t.template, t.safe_substitute(a=1), t.safe_substitute({'a': 1, 'c': 3}, c=4, b=2))
print(t.substitute({'a': 'A', 'b': 'B'}, c='C'), t.get_identifiers(), t.is_valid())
print(T('$').is_valid(), T('ok $x and ${bad').is_valid(), T('x $1').safe_substitute())
print(T('$x$y${x}').get_identifiers(), T('${x}y $xy').substitute(x=1, xy=2))
for tmpl in ['$', 'a\nb $ c', '${}', '${x', '$1']:
    try:
        print(T(tmpl).substitute(x=1))
    except ValueError as e:
        print('ValueError', e)
try:
    T('$missing').substitute()
except KeyError as e:
    print('KeyError', e)


class Pct(string.Template):
    delimiter = '%'


print(Pct('%who paid %%%amount').substitute(who='ann', amount=5), Pct.delimiter, T.delimiter)
