# sum(): the unboxed int and float totals (CPython's fast paths) must give what '+' gives,
# switch to '+' at the first other item, and never call next() after exhaustion.
import sys
class It:
    def __init__(self, items): self.items = list(items); self.calls = 0
    def __iter__(self): return self
    def __next__(self):
        self.calls += 1
        if not self.items: raise StopIteration
        return self.items.pop(0)
print(sum([]), sum([], True), sum([True, True]), sum([1, 2], True))
print(sum([1, 2.5, 3]), sum([0.1] * 10), sum([-0.0]), sum([-0.0], -0.0), sum([1e308, 1e308, -1e308]))
print(sum([sys.maxsize, 1, 2]), sum([2**70, 1]), sum([1, 2**70, 1.5]))
print(sum([1.5, 2**70]), sum([1.5, 2**53 + 1]), sum([0.5, True]))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()))
it = It([1, 2, 3]); print(sum(it), it.calls)
it = It([1.0, 2, 3]); print(sum(it), it.calls)
it = It([1, 2.0, 3]); print(sum(it), it.calls)
class I(int):
    def __radd__(self, o): return 'radd'
    def __add__(self, o): return 'add'
print(sum([1, I(2)]), sum([1.0, I(2)]), sum([I(5)]))
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
try:
    sum([1.0, 'a'])
except TypeError as e:
    print(e)
print(sum(range(10**6)), sum(x * 0.5 for x in range(1000)))
print(sum([float('inf'), float('-inf')]), sum([float('nan')]))
print(sum([1, 2], 0.5), sum([2**63 - 1, 2**63 - 1]), sum([-2**63, -1]))
