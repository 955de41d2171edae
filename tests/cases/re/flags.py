# re flags: RegexFlag values and reprs, module flags, inline flags, their effects.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.IGNORECASE), str(re.MULTILINE), repr(re.I | re.M), re.I | re.S | re.X)
print(int(re.I), re.I + 0, re.I == 2, re.I | 1024, format(re.I), f"{re.M}", format(re.I, 'd'))
print(type(re.I).__name__, isinstance(re.I, int), re.IGNORECASE is re.I, re.RegexFlag.DOTALL)
print(re.A.value, re.U.value, re.X.value, re.I.name, (re.I | re.M).value)

# pattern reprs and flags attribute
for pat, fl in [('a', 0), ('a', re.I), ('a', re.I | re.M), ('a', re.S | re.X), ('a', re.A),
                ('a', re.U), ('(?i)a', 0), ('(?s)(?m)a', 0), ('(?a)a', 0)]:
    p = re.compile(pat, fl)
    print(repr(p), p.flags)
print(repr(re.compile(b'a')), re.compile(b'a').flags, repr(re.compile(b'a', re.I | re.L)))
print(repr(re.compile('x' * 300))[-20:])
print(repr(re.compile("it's \"q\"", re.I)))

# IGNORECASE
print(re.match('abc', 'ABC', re.I), re.match('[a-c]+', 'AbC', re.I), re.match('(?i)straße', 'STRAßE'))
print(re.findall('é', 'éÉ', re.I), re.findall('(?a)(?i)é', 'éÉ'), re.findall('k', 'Kk\u212a', re.I))
print(re.findall('[a-z]+', 'Hello World', re.I | re.A), re.match(r'(?i)(a)\1', 'aA'))
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'), re.match('(?i)a(?-i:b)', 'Ab'), re.match('(?i)a(?-i:b)', 'AB'))

# MULTILINE and DOTALL
text = 'one\ntwo\nthree'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M), re.findall(r'\w+$', text, re.M))
print(re.findall(r'^\w+$', text, flags=re.MULTILINE))
print(re.search('one.two', text), re.search('one.two', text, re.S), re.search('(?s:one.)two', text))
print(re.findall('(?m)^$', 'a\n\nb\n'), re.findall('(?m)a$', 'a\na\n'))

# ASCII vs UNICODE classes
s = 'naïve café 42 ٣ x_y'
print(re.findall(r'\w+', s), re.findall(r'\w+', s, re.A), re.findall(r'(?a)\w+', s))
print(re.findall(r'\d', s), re.findall(r'\d', s, re.ASCII))
print(re.findall(r'\s', 'a b\tc\u00a0d\u2003e\x1cf'), re.findall(r'\s', 'a b\tc\u00a0d', re.A))
print(re.findall(r'\bé\w*', 'été étage'), re.findall(r'\b\w', 'été x', re.A))
print(re.findall(r'\W+', 'a-b,c  d'), re.findall(r'\D+', 'a1b22'), re.findall(r'\S+', ' x y '))

# flag errors
for args in [('a', re.A | re.U), ('a', re.L), (b'a', re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print(e)
