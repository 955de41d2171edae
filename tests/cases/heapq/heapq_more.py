# heapq: the comparisons made (logged, in order) match CPython's for push/pop/heapify/replace;
# ties in merge and nsmallest/nlargest keep input order, with keys, reverse and iterators.
import heapq
import random

log = []


class Item:
    def __init__(self, v, tag=''):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f'{self.v}{self.tag}'


h = []
for v in [5, 3, 8, 3, 1, 9, 2]:
    heapq.heappush(h, Item(v))
print(h, len(log), log[:8])
log.clear()
print(heapq.heappop(h), h, log)
log.clear()
data = [Item(v) for v in [9, 2, 7, 2, 8, 1, 6, 1, 5]]
heapq.heapify(data)
print(data, log)
log.clear()
print(heapq.heapreplace(data, Item(4)), heapq.heappushpop(data, Item(0)), heapq.heappushpop(data, Item(3)), data, log)

rng = random.Random(7)
nums = [rng.randrange(50) for _ in range(40)]
h = []
for n in nums:
    heapq.heappush(h, n)
print(h)
popped = [heapq.heappop(h) for _ in range(10)]
print(popped, h)
heapq.heapify(nums)
print(nums, [heapq.heapreplace(nums, x) for x in (10, 60, 0)], nums)

a = [Item(1, 'a'), Item(3, 'a'), Item(5, 'a')]
b = [Item(1, 'b'), Item(3, 'b'), Item(4, 'b')]
c = [Item(1, 'c'), Item(6, 'c')]
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge(a[::-1], b[::-1], c[::-1], reverse=True)))
words = [['a', 'bb', 'ccc'], ['x', 'yy'], [], ['q', 'zzzz']]
print(list(heapq.merge(*words, key=len)), list(heapq.merge(*[w[::-1] for w in words], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [])), list(heapq.merge(iter([2, 4]), (1, 3))))
g = heapq.merge([1], [0])
print(type(g).__name__, next(g), list(g))

pairs = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (3, 'f'), (0, 'g')]
for n in (-1, 0, 1, 2, 3, 5, 7, 10):
    first = lambda p: p[0]
    print(n, heapq.nsmallest(n, pairs, key=first), heapq.nlargest(n, pairs, key=first),
          heapq.nsmallest(n, iter(pairs), key=first), heapq.nlargest(n, iter(pairs), key=first))
print(heapq.nsmallest(3, iter([4, 1, 3, 1, 2])), heapq.nlargest(2, iter('hello')), heapq.nlargest(1, iter([])),
      heapq.nsmallest(1, [2, 1], key=lambda x: -x))
print(heapq.nsmallest(3, [Item(2, 'x'), Item(1, 'y'), Item(2, 'z'), Item(1, 'w')]))


class MyList(list):
    pass


ml = MyList([3, 1, 2])
heapq.heapify(ml)
heapq.heappush(ml, 0)
print(ml, type(ml).__name__, heapq.heappop(ml))
mx = [1, 5, 3, 9, 7]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), heapq._heapreplace_max(mx, 4), mx)
for text, f in [('heapify((1,))', lambda: heapq.heapify((1,))),
                ('heappushpop(None, 1)', lambda: heapq.heappushpop(None, 1)),
                ('heappush([1], "a")', lambda: heapq.heappush([1], 'a')),
                ('nsmallest(2, 5)', lambda: heapq.nsmallest(2, 5))]:
    try:
        print(text, '->', f())
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
