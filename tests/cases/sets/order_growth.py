# Iteration order through several table resizes, with dummies left by removals.
s = set()
for i in range(200):
    s.add(i * 37 % 211)
    if i in (4, 5, 18, 19, 76, 77, 150):
        print(len(s), list(s)[:12])
print(list(s)[-12:])
for i in range(0, 211, 2):
    s.discard(i)
print(len(s), list(s)[:15])
for i in range(300, 340):
    s.add(i)
print(len(s), list(s)[:15], list(s)[-15:])
big = set()
for i in range(0, 60000, 3):
    big.add(i * 7919 % 100003)
print(len(big), list(big)[:10], list(big)[-10:])
for i in range(0, 60000, 9):
    big.discard(i * 7919 % 100003)
print(len(big), list(big)[:10], list(big)[-10:])
big -= set(range(0, 100003, 2))
print(len(big), list(big)[:10])
d = set(range(1000))
d.difference_update(range(990))
print(d)
r = set(range(64))
for i in range(64):
    if i % 4:
        r.remove(i)
r.update(range(100, 108))
print(r)
