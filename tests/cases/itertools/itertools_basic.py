# itertools: every iterator of CPython 3.11's module, with their edge cases and errors.
import itertools as it
import operator

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -2.5), 4)))
c = it.count(3)
next(c)
print(c, it.count(0, 2), it.count(1.5), it.count(0, 1.0), repr(it.count()))
print(list(it.islice(it.cycle('ab'), 5)), list(it.cycle([])))
r = it.repeat('x', 3)
print(r, r.__length_hint__(), list(r), r, list(it.repeat(1, -2)), it.repeat(None))
print(list(map(pow, range(4), it.repeat(2))))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)),
      list(it.accumulate([], initial=7)), list(it.accumulate([1, 2], initial=10)),
      list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.chain('ab', [1], (), range(2))), list(it.chain.from_iterable(['xy', [3]])),
      list(it.chain()))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress('AB', [1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])),
      list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby([1, 1, 2, 3, 3])], list(it.groupby([])))
groups = it.groupby(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda s: s[0])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)),
      list(it.islice('ABCDEFG', 2, None)), list(it.islice('ABCDEFG', 0, None, 2)),
      list(it.islice('ABC', None)), list(it.islice('ABCDEFG', 1, None, 3)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src), list(it.islice(src, 0)), next(src))
print(list(it.pairwise('ABCD')), list(it.pairwise('A')))
print(list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest()),
      list(it.zip_longest([1], [])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), next(b), list(a), list(b))
t3 = it.tee('xyz', 3)
print(len(t3), [list(x) for x in t3], it.tee([1], 0))
a, b = it.tee(range(3))
c, = it.tee(a, 1)
print(list(c), list(a), list(b))
print(list(it.product('ab', range(2))), list(it.product([0, 1], repeat=2)),
      list(it.product()), list(it.product('ab', [])))
print(list(it.permutations('ABC', 2)), list(it.permutations(range(3))),
      list(it.permutations('AB', 3)), list(it.permutations([], 0)))
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)),
      list(it.combinations('A', 2)), list(it.combinations('AB', 0)))
print(list(it.combinations_with_replacement('ABC', 2)),
      list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('', 1)))
print(len(list(it.permutations(range(6)))), len(list(it.product(range(5), repeat=4))))
print(type(it.chain()).__name__, type(it.count()).__module__, it.chain.__name__,
      isinstance(it.chain(), it.chain), iter(it.count()) is not None)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


t(lambda: it.count('a'))
t(lambda: it.cycle(1))
t(lambda: list(it.chain(1)))
t(lambda: it.islice('abc'))
t(lambda: it.islice('abc', -1))
t(lambda: it.islice('abc', 'x'))
t(lambda: it.islice('abc', 1, -1))
t(lambda: it.islice('abc', 0, 2, 0))
t(lambda: it.islice('abc', 0, 2, -1))
t(lambda: it.tee([1], -1))
t(lambda: it.permutations('ab', -1))
t(lambda: it.combinations('ab', -1))
t(lambda: it.combinations_with_replacement('ab', -1))
t(lambda: it.product('ab', repeat=-1))
t(lambda: it.repeat(1, 'x'))
t(lambda: list(it.starmap(pow, [1])))
t(lambda: it.combinations('ab'))
