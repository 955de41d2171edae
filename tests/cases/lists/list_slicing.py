# Slicing, slice assignment and deletion.
l = list(range(10))
print(l[2:5], l[:3], l[-3:], l[::3], l[::-1], l[8:2:-2], l[100:], l[-100:1])
l[2:5] = ['a', 'b']
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [99]
print(l)
l[1::2] = [0] * len(l[1::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
del l[::3]
print(l)
s = slice(1, 8, 2)
print(l[s], s, s.start, s.stop, s.step, slice(5), slice(None, None, -1).indices(4))
a = [1, 2, 3]
a[1:2] = a
print(a)
try:
    l[20]
except IndexError as e:
    print('IndexError:', e)
try:
    l[20] = 1
except IndexError as e:
    print('IndexError:', e)
try:
    l['x']
except TypeError as e:
    print('TypeError:', e)
