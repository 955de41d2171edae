# Set algebra, comparisons and in-place updates.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > b, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {1}; c ^= {3}
print(sorted(c))
c.update([20, 21], (22,)); c.intersection_update(range(21)); c.difference_update({2})
print(sorted(c))
try:
    a | [1]
except TypeError as e:
    print('TypeError:', e)
