# Assignment forms: chained, tuple, nested targets, swaps, subscripts and attributes.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = 'ab'
print(s, t)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 99
print(i, lst)
d = {}
d['k'] = d2 = {}
d2['inner'] = 1
print(d)
class O: pass
o = O()
o.a, o.b = 'A', 'B'
print(o.a, o.b)
lst[0:2] = [5, 6, 7]
print(lst)
lst[::2] = ['x', 'y']
print(lst)
n = 1
n += n
print(n)
for (u, v) in [(1, 2), (3, 4)]:
    print(u + v)
