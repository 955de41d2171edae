# List, set and dict comprehensions, nesting and scoping.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
print(sorted({c for c in 'mississippi'}))
print({k: v for k, v in zip('abc', range(3))})
print({x: x ** 2 for x in range(5) if x != 2})
x = 'outer'
print([x for x in 'ab'], x)
n = 3
print([n * i for i in range(n)])
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(C.doubled)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print(sum(x for x in range(101)))
