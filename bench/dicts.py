# Dict work: counting, grouping, lookups with str and int keys, updates, iteration over items.
def words(n):
    syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'so', 'ti', 'va']
    out = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w = syllables[x % 8] + syllables[(x >> 3) % 8]
        if x % 3 == 0:
            w += syllables[(x >> 6) % 8]
        out.append(w)
    return out

ws = words(800000)
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)

groups = {}
for w in ws:
    groups.setdefault(len(w), []).append(w)
print(sorted((k, len(v)) for k, v in groups.items()))

squares = {i: i * i for i in range(400000)}
total = 0
for i in range(0, 1200000, 3):
    total += squares.get(i, -1)
print(total)

inverse = {v: k for k, v in counts.items()}
merged = {}
for d in ({'a': 1}, {'b': 2}, {'a': 3, 'c': 4}) * 100000:
    for k, v in d.items():
        merged[k] = merged.get(k, 0) + v
print(merged, len(inverse))
