# for loops with every kind of target.
for x in y:
    pass
for x, in y:
    pass
for x, y in z:
    pass
for (a, b) in c:
    pass
for [a, b] in c:
    pass
for a, (b, c) in d:
    pass
for a.b in c:
    pass
for a[0] in c:
    pass
for x, *y in z:
    pass
for *x, y in z:
    pass
for i, (k, v) in enumerate(d.items()):
    pass
for x in 1, 2, 3:
    pass
for x in [1, 2, 3]:
    pass
for x in a if b else c:
    pass
for x in (yield_ for yield_ in z):
    pass
