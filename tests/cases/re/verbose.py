# re.VERBOSE: whitespace and comments in patterns, (?x), escapes and sets in verbose mode.
import re

number = re.compile(r"""
    (?P<sign>[-+])?      # optional sign
    (?P<int>\d+)         # integer part
    (?: \. (?P<frac>\d*) )?   # fraction
    (?: [eE] (?P<exp>[-+]?\d+) )?  # exponent
    """, re.VERBOSE)
for s in ['42', '-3.14', '+1e10', '6.02E-23', 'x']:
    m = number.fullmatch(s)
    print(s, m and m.groupdict())
print(number.flags, repr(re.compile('a b', re.X)))

print(re.match(r'(?x) a b c', 'abc'), re.match(r'(?x) a\ b', 'a b'), re.match(r'(?x)a[ ]b', 'a b'))
print(re.match(r'(?x)a # comment\n b', 'ab'), re.match('(?x)a#c\nb', 'ab'), re.match(r'(?x) a \# b', 'a#b'))
print(re.match('(?x: a b )c', 'abc'), re.match('(?x: a b ) c', 'ab c'))
print(re.match('a b(?-x: c)', 'ab c', re.X), re.findall(r'(?x) \d + ', '12 345'))
print(re.match(r'(?x) a {2}', 'aa'), re.match(r'(?x) [a-c] + ', 'abc'))
print(re.compile(r'''(?x)
    ^ (\w+)     # key
    \s* = \s*
    (.*) $      # value
''').match('name = value here').groups())
