# Dict views' set operations and sets made from dicts follow CPython's construction order.
d = {i * 37 % 101: i for i in range(20)}
e = {i * 11 % 53: i for i in range(0, 30, 2)}
k, j = d.keys(), e.keys()
print(k | j, k & j, k - j, k ^ j)
print(k | {500, 3}, {500, 3} | k, {1, 2, 3} & k, k & {1, 2, 3, 37}, {37, 74, 1000} - k)
print(k - {37}, {37, 1000} ^ k, k & [37, 74, 9999], k | [1, 2], k - [37], k ^ [37, 5000])
i1, i2 = d.items(), {37: 1, 74: 2, 5: 5}.items()
print(i1 & i2, i1 - i2)
print(i1 | {(1, 2)})
print(i1 ^ i2)
print(set(d), set(d.items()) == set(zip(d, d.values())), set(d.values()), frozenset(d))
s = set(range(10)); s.update(d); print(s)
s = set(range(10)); s.symmetric_difference_update(d); print(s)
s = set(range(10)); print(s.difference(d), s.intersection(d), s | set(e))
