# String work: building, joining, splitting, slicing, searching, formatting, methods.
def build(n):
    parts = []
    for i in range(n):
        parts.append(f'item{i}:{i * 7 % 13:02d}')
    return ','.join(parts)

s = build(400000)
print(len(s), s[:40])

fields = s.split(',')
keys = [f.split(':')[0] for f in fields]
vals = [int(f.partition(':')[2]) for f in fields]
print(len(keys), sum(vals), keys[-1])

text = ' '.join(['The quick brown fox jumps over the lazy dog'] * 20000)
upper = text.upper()
print(upper.count('THE'), text.find('lazy dog', 100000), text.replace('fox', 'cat')[:20])

acc = 0
for word in text.split():
    if word.startswith('q') or word.endswith('g'):
        acc += len(word.strip('aeiou'))
print(acc)

lines = []
for i in range(150000):
    lines.append('%5d|%-8s|%8.3f' % (i, 'x' * (i % 8), i / 7))
report = '\n'.join(lines)
print(len(report), lines[123456])

r = ''
for i in range(80000):
    r += chr(97 + i % 26)
print(r[-10:], r.count('a'), r[::-1][:5], '-'.join(reversed(r[:5])))
