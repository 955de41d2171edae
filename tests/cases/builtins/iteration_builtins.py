# range, enumerate, zip, map, filter, reversed, iter, next.
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(0)), range(1, 5), range(0, 10, 2)[2], len(range(0, 100, 7)))
print(range(10)[2:5], range(10)[::-1], 5 in range(10), range(3) == range(0, 3), range(1, 10, 2).index(5), range(5).count(2))
print(list(enumerate('abc')), list(enumerate('ab', start=10)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip('xy', range(5), [True, False])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, '', 'a', [], [2]])))
print(list(filter(lambda x: x % 2, range(7))), list(reversed([1, 2, 3])), list(reversed(range(4))), list(reversed('ab')))
it = iter([10, 20])
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
calls = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(calls), 0)))
print(type(range(3)).__name__, type(iter([])).__name__, type(zip()).__name__, type(map(str, [])).__name__)
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
try:
    reversed({1: 2}.items() if False else 5)
except TypeError as e:
    print('TypeError:', e)
r = range(-5, 5, 3)
print(list(r), r.start, r.stop, r.step, r[-1], range(10 ** 20)[-1])
