# References held by list, tuple, dict and set slots, and released on removal.
import sys
x = []
lst = [x, x, x]
print('list of 3', sys.getrefcount(x))
lst.pop()
print('popped', sys.getrefcount(x))
lst.append(x)
lst.append(x)
print('appended 2', sys.getrefcount(x))
lst.clear()
print('cleared', sys.getrefcount(x))
many = [x] * 10
print('repeated 10', sys.getrefcount(x))
many = None
print('list dropped', sys.getrefcount(x))
t = (x, x)
print('tuple of 2', sys.getrefcount(x))
del t
d = {'a': x, 'b': x}
print('dict values', sys.getrefcount(x))
del d['a']
print('one value deleted', sys.getrefcount(x))
d['b'] = None
print('value replaced', sys.getrefcount(x))
key = tuple([1, 2])
kd = {key: 1}
print('dict key', sys.getrefcount(key))
kd.clear()
print('dict cleared', sys.getrefcount(key))
fs = frozenset([1])
s = {fs}
print('set member', sys.getrefcount(fs))
s.discard(fs)
print('discarded', sys.getrefcount(fs))
nested = [[x]]
print('nested', sys.getrefcount(x), sys.getrefcount(nested[0]))
del nested
print('nested freed', sys.getrefcount(x))
