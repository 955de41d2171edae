# Generator expressions: laziness, single pass, scoping of the first iterable.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in 'a bb ccc'.split()))
print(list((i, j) for i in range(3) for j in 'ab' if i != 1))
def noisy(n):
    print('making range', n)
    return range(n)
lazy = (x for x in noisy(3))
print('genexp created')
print(list(lazy))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, 0]))
print(sorted((c for c in 'hello'), reverse=True), tuple(x for x in 'ab'), set(x % 3 for x in range(10)) == {0, 1, 2})
print(dict((k, len(k)) for k in ['a', 'bb']))
