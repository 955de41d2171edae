# Tuples: creation, indexing, slicing, methods, immutability.
t = (1, 'two', 3.0, [4])
print(t, t[1], t[-1], t[1:3], len(t), t.count(1), t.index('two'), (1,), (), tuple('ab'))
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
print((1, 2) + (3,), (0,) * 3, 1 in t, tuple(range(4)), tuple([1, 2]) == (1, 2))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), ((1, 2),), tuple())
a, b = t[:2]
print(a, b)
try:
    t.index(99)
except ValueError as e:
    print('ValueError:', e)
try:
    t[10]
except IndexError as e:
    print('IndexError:', e)
