# References held by loop variables, iterators and suspended generators.
import sys
items = [[], []]
for item in items:
    print('loop variable', sys.getrefcount(item))
print('after loop, last item', sys.getrefcount(item))
it = iter(items)
print('list with iterator', sys.getrefcount(items))
del it
print('iterator dropped', sys.getrefcount(items))
def gen(v):
    yield len(v)
obj = []
g = gen(obj)
print('generator created', sys.getrefcount(obj))
next(g)
print('generator suspended', sys.getrefcount(obj))
del g
print('generator dropped', sys.getrefcount(obj))
del item
for k, v in enumerate(items):
    pass
print('unpacked loop variable', sys.getrefcount(v))
