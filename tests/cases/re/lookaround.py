# re lookahead, lookbehind, backreferences, conditionals, atomic groups and possessive repeats.
import re

print(re.findall(r'\w+(?=!)', 'hi! you there!'), re.findall(r'\b\w+\b(?!!)', 'hi! you there!'))
print(re.findall(r'(?<=\$)\d+', 'cost $42 or $7'), re.findall(r'(?<!\$)\b\d+', 'cost $42 or 7'))
print(re.search(r'(?<=ab|cd)e', 'xcde'), re.search(r'(?<=a(b))c', 'abc').groups())
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(?=.*\d)(?=.*[a-z]).{6,}', 'abc123'), re.match(r'(?=.*\d)(?=.*[a-z]).{6,}', 'abcdef'))
print(re.findall(r'(?=(\w\w))', 'abcd'))
print(re.search(r'(?<=^)a', 'a'), re.search(r'(?<=\n)b', 'a\nb'))

# backreferences
print(re.sub(r'(\w)\1', r'<\1\1>', 'aabbcd'), re.search(r'(?i)(\w)\1', 'xAa'))
print(re.fullmatch(r'(?P<d>\d)(?P=d)(?P=d)', '777'), re.fullmatch(r'(a)|\1b', 'b'))
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'ac'))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"word"'), re.match(r'(?P<q>")?\w+(?(q)")', 'word"'))
print(re.findall(r'(<)?\w+(?(1)>)', '<a> b <c'))

# atomic groups and possessive quantifiers (3.11)
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'), re.match(r'a++a', 'aaa'))
print(re.match(r'a*+b', 'aab'), re.match(r'(?:ab)?+a', 'aba'), re.match(r'a{1,2}+a', 'aaa'))
print(re.findall(r'\d++', '12 3'), re.match(r'(?>ab|a)c', 'ac'), re.match(r'(?>ab|a)b', 'ab'))

# a backreference in a look-behind is fixed-width when its group is
for p in [r'(a)(?<=\1)', r'(a)(?<=\1b)', r'(a*)(?<=\1)', r'(?<=a*)b']:
    try:
        print(p, re.findall(p, 'aab'))
    except re.error as e:
        print(p, 'error:', e)
