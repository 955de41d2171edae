# re.error: CPython's messages and positions for bad patterns; other exception types.
import re

patterns = [
    '(', 'a(b', '(?:a', ')', 'a)b', '*', 'a**', 'a*+*', '+a', '?', 'a{2}{3}', '^*', r'\b+',
    '[a', '[a-', '[]', '[^]', '[z-a]', r'[\d-z]', r'[a-\d]', r'\q', r'\ ', '\\', r'a\8', r'\1',
    r'(a)\2', r'(a\1)', r'\x4', r'\xg', r'\u12', r'\U0011ffff', r'\N', r'\N{', r'\N{}',
    r'\N{NOT A NAME}', r'\777', r'[\777]', r'[\8]', '(?P<1>a)', '(?P<>a)', '(?P<a', '(?P<a>a)(?P<a>b)',
    '(?P=x)', '(?P=', '(?P<a>a(?P=a))', '(?Px)', '(?<x)', '(?x', '(?z)', '(?i', '(?-i)',
    '(?i-z:a)', '(?-a:a)', '(?au)', 'a(?i)', '(?#abc', '(?', '(?P', '(?<=a+)b', '(?<!a|bc)d',
    '(?(1)a|b)', '(?(x)a)', '(?(1a)a)', '(a)(?(1)a|b|c)', 'a{3,2}', 'a{99999999999}', '(?(0)a)',
    'x(?:(?i)a)', '(?L)a', '[a\n', 'ab\n(cd', '(?i)(?m)a', '(?<=(a))\\1',
]
for p in patterns:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r)
    except re.error as e:
        print(repr(p), type(e).__name__, '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

try:
    re.compile(b'(ab')
except re.error as e:
    print(e, e.pattern)
try:
    re.compile('a\nb\n(c')
except re.error as e:
    print(e, (e.lineno, e.colno), e.args)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
for bad in [3, None, ['a']]:
    try:
        re.compile(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for pat, s in [('a', b'a'), (b'a', 'a'), ('a', 3), ('a', None)]:
    try:
        re.search(pat, s)
    except TypeError as e:
        print(type(e).__name__, e)
e = re.error('boom', 'xyz', 1)
print(e, e.msg, e.pos)
print(re.error('plain'), re.error('plain').pos)
