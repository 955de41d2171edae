# re groups: numbered and named groups, groups()/groupdict() defaults, spans, lastindex.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.group('first'), m.group('last'), m['first'], m.group('first', 2, 0))
print(m.groupdict(), m.groups(), m.start('last'), m.end('last'), m.span('first'))
print(m.lastindex, m.lastgroup, m.re.groupindex, m.re.groups)

m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.group(2), m.span(2), m.start(2), m.end(2))
print(m.lastindex, m.lastgroup, m.regs)

m = re.match(r'(?P<x>a)(?P<y>b)?', 'a')
print(m.groupdict(), m.groupdict(0), m.lastgroup)

# lastindex
for pat, s in [('(a)b', 'ab'), ('((a)b)', 'ab'), ('((a)(b))', 'ab'), ('(a)(b)', 'ab'),
               ('(a)()', 'a'), ('(a())', 'a'), ('(a)|(b)', 'b'), ('(?:(a)|(b))+', 'ab'),
               ('a', 'a'), ('(a)?b', 'b'), ('(?P<n>a)(?P<m>b)', 'ab'), ('(a)(b(c))', 'abc')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup)

# repeated groups keep the last iteration
m = re.match(r'(?:(\w)\d)+', 'a1b2c3')
print(m.group(1), m.span(1))
m = re.match(r'(a|b)*', 'abba')
print(m.groups())

# non-capturing groups, nested groups
m = re.match(r'(?:ab)+(c(d))', 'ababcd')
print(m.groups(), m.span(1), m.span(2))

# backreferences
print(re.match(r'(\w)\1', 'aa'), re.match(r'(\w)\1', 'ab'))
print(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there'))
print(re.findall(r'\b(\w+) \1\b', 'the the cat sat sat down'))
print(re.match(r'(a)\1{2}', 'aaa'), re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))

# group index errors
m = re.match(r'(a)(?P<n>b)', 'ab')
for g in [3, -1, 'x', 1.0, None]:
    try:
        m.group(g)
    except IndexError as e:
        print('group', repr(g), type(e).__name__, e)
for f in (m.start, m.end, m.span):
    try:
        f(7)
    except IndexError as e:
        print(f.__name__, type(e).__name__, e)
print(m.group(True), m[False], m['n'])
try:
    m['zz']
except IndexError as e:
    print('getitem', e)

# group count of a compiled pattern
print(re.compile(r'(a)(?:b)(?P<c>c)((d))').groups)
print(re.compile(r'(?P<a>x)(?P<b>y)').groupindex)
