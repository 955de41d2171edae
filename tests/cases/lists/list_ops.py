# Operators, comparison, membership, repr, nesting and aliasing.
a = [1, 2]
b = a
b.append(3)
print(a, a is b, a == [1, 2, 3], a + [4], a * 2, [0] * 3, 2 in a, 7 not in a)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
r = [1]
r.append(r)
print(r, len(r))
print([1, [2, [3, [4]]]], [None, True, 1.5, 'x', (1,)])
print([1, 2] < [1, 2, 3], [2] > [1, 9], [] == [], [[]] == [[]], [1, 2] != [2, 1])
print(max([3, 9, 2]), min([3, 9, 2]), sum([1, 2, 3]), len([[], []]))
e = list(enumerate('ab'))
print(e)
try:
    [1] + (2,)
except TypeError as e:
    print('TypeError:', e)
