# __repr__, __str__, __format__ and their fallbacks.
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'a Both'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
class StrOnly:
    def __str__(self):
        return 'just str'
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b), [b], f'{b}', f'{b!r}', '%s %r' % (b, b))
print(r, str(r), [r], (r,), {'k': r})
print(s, repr(s).startswith('<__main__.StrOnly object'))
class Fmt:
    def __format__(self, spec):
        return 'spec=' + repr(spec)
print(format(Fmt()), format(Fmt(), '>10'), f'{Fmt():x}', '{:abc}'.format(Fmt()))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
