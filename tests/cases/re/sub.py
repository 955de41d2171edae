# re.sub / subn: string templates, function replacements, count, empty matches, template errors.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'))
print(re.sub(r'(?P<a>\w+)=(?P<b>\w+)', r'\g<b>=\g<a> [\g<0>]', 'x=1 y=2'))
print(re.sub(r'(\d)', r'<\g<1>0>', 'a1b2'), re.sub(r'(\d)', r'\1\n', 'a1'))
print(re.sub('a', r'\t|\\|\-|\&', 'a'), re.sub('a', '\\\\', 'xax'))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('x', r'\0\101\08', 'x'))
print(re.subn('a', 'b', 'aaa'), re.subn('a', 'b', 'aaa', 2), re.subn('a', 'b', 'aaa', count=1))
print(re.sub('a', 'b', 'aaa', count=-1), re.sub('z', 'b', 'aaa'), re.subn('z', 'b', ''))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(?P<w>\w+)', lambda m: m['w'].upper(), 'hi there', count=1))
print(re.sub('a', lambda m: None, 'banana'))
calls = []
re.sub(r'\w', lambda m: calls.append((m.start(), m.group())) or '', 'ab c')
print(calls)

# empty matches (Python 3.7+)
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('x*', '-', ''))
print(re.sub(r'\b', '|', 'ab cd'), re.sub('(?=b)', '^', 'abab'), re.subn('a*', 'X', 'baaac'))
print(re.sub('|a', '.', 'aa'), re.sub('a|', '.', 'aa'), re.sub('a??', '.', 'aa'))

p = re.compile(r'(?P<k>\w+):(?P<v>\d+)')
print(p.sub(r'\g<v>:\g<k>', 'a:1, b:2'), p.subn(r'\2', 'a:1, b:2'))
m = p.search('key:42')
print(m.expand(r'\g<k> is \2'), m.expand(b'x'.decode()))

# template errors
for tmpl in [r'\g<5>', r'\g<x>', r'\x41', r'\q', r'\2', r'\g<1', r'\g', 'x\\', r'\g<>',
             r'\g<1a>', r'\777', r'\g<-1>', r'\g<01>', r'\G']:
    try:
        print(repr(re.sub('(a)', tmpl, 'a')))
    except (re.error, IndexError) as e:
        print(repr(tmpl), type(e).__name__, e)
for repl in [lambda m: 3, b'x']:
    try:
        re.sub('(a)', repl, 'a')
    except TypeError as e:
        print(type(e).__name__, e)
