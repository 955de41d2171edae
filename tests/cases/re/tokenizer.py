# A realistic use of re: a tokenizer for a small expression language and a log-line parser.
import re
from collections import Counter

TOKEN_SPEC = [
    ('NUMBER',   r'\d+(?:\.\d*)?'),
    ('ASSIGN',   r':='),
    ('END',      r';'),
    ('ID',       r'[A-Za-z_]\w*'),
    ('OP',       r'[+\-*/()]'),
    ('NEWLINE',  r'\n'),
    ('SKIP',     r'[ \t]+'),
    ('MISMATCH', r'.'),
]
TOKEN_RE = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))
KEYWORDS = {'if', 'then', 'endif', 'for', 'next'}


def tokenize(code):
    line_num = 1
    line_start = 0
    for mo in TOKEN_RE.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in KEYWORDS:
            kind = value.upper()
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            value = 'unexpected %r' % value
        yield kind, value, line_num, column


program = '''
    if quantity then
        total := total + price * quantity;
        tax := price * 0.05;
    endif;
    x := 3 $ 4;
'''
for tok in tokenize(program):
    print(tok)

# A scanner driven by match(string, pos), as hand-written lexers do.
def scan(text):
    pos = 0
    out = []
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if m.lastgroup != 'SKIP':
            out.append(m.group())
        pos = m.end()
    return out

print(scan('a := b*(c + 12.5)'))

LOG = """\
2024-01-05 10:15:32,120 INFO  [main] server started on port 8080
2024-01-05 10:15:33,001 WARN  [db-pool] slow query: 1532 ms (SELECT * FROM users)
2024-01-05 10:16:01,777 ERROR [worker-3] job 42 failed: timeout after 30s
2024-01-05 10:16:02,000 INFO  [worker-3] retrying job 42
not a log line
2024-01-05 10:17:45,500 ERROR [db-pool] connection reset by peer
"""
LINE = re.compile(r'''
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2}),(?P<ms>\d{3})\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<thread>[\w-]+)\]\s
    (?P<msg>.*)$
''', re.VERBOSE | re.MULTILINE)

levels = Counter()
for m in LINE.finditer(LOG):
    levels[m['level']] += 1
    if m['level'] == 'ERROR':
        print(m['time'], m['thread'], '->', m['msg'])
print(sorted(levels.items()))
print(len(LINE.findall(LOG)), LINE.search(LOG).span('msg'))
nums = [int(n) for n in re.findall(r'\b\d+(?= ?ms\b|s\b)', LOG)]
print(nums)
print(re.sub(r'job (\d+)', lambda m: 'job #%03d' % int(m.group(1)), LOG.splitlines()[2]))
words = re.findall(r"[a-z']+", "It's the end of the world as we know it, and I feel fine.".lower())
print(Counter(words).most_common(3))
print(re.sub(r'(?m)^(\S+) (\S+)', r'\2 \1', 'a b c\nd e f'))
print(re.sub(r'\s+', ' ', '  many   spaces\n\there ').strip())
camel = re.compile(r'(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])')
print([camel.sub('_', w).lower() for w in ['camelCase', 'HTTPServerError', 'getHTTP2Response']])
