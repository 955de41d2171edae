# heapq: heap layout identical to CPython's after pushes, pops, heapify; nlargest/nsmallest/merge.
import heapq

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(h, v)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 12), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 5), data)
print(heapq.nlargest(3, [4, 1, 7, 3, 9, 2]), heapq.nsmallest(2, [4, 1, 7, 3, 9, 2]))
print(heapq.nlargest(2, ['aa', 'b', 'cccc', 'dd'], key=len), heapq.nsmallest(1, []), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(['a', 'ccc'], ['bb'], key=len)), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
tests = [
    ('heappop([])', lambda: heapq.heappop([])),
    ('heappush((1,), 2)', lambda: heapq.heappush((1,), 2)),
    ('heapreplace([], 1)', lambda: heapq.heapreplace([], 1)),
    ('heapify(1)', lambda: heapq.heapify(1)),
    ('heappop(1)', lambda: heapq.heappop(1)),
]
for text, f in tests:
    try:
        print(text, '->', f())
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
