# array.array: construction for every typecode, sequence operations, conversions, repr.
from array import array, typecodes, ArrayType
import array as array_mod

print(typecodes, ArrayType is array, array.__name__, array.__module__, array)
for tc in typecodes:
    init = 'xyz' if tc == 'u' else [1, 2, 3]
    a = array(tc, init)
    print(tc, a.typecode, a.itemsize, len(a), a, a.tolist(), a[0], a[-1], list(a))

a = array('i', [5, 1, 4])
a.append(7)
a.extend([8, 9])
a.extend(array('i', [10]))
a.insert(0, -1)
a.insert(100, 11)
a.insert(-100, -2)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(4)
print(a, a.index(7), a.index(8, 2), a.count(1), 7 in a, 70 in a)
a.reverse()
print(a)
print(a[1:4], a[::-1], a[::2], a[5:1:-2], a[100:])
a[1:3] = array('i', [40, 50, 60])
print(a)
a[::2] = array('i', [0] * len(a[::2]))
print(a)
del a[0]
del a[::3]
print(a)
a[0] = 99
a[-1] = -99
print(a)
print(a + array('i', [1]), array('h', [1, 2]) * 3, 2 * array('d', [0.5]), array('b', [1]) * 0)
b = array('i', [1, 2])
b += array('i', [3])
b *= 2
print(b)
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]),
      array('i', [1, 2]) < array('i', [1, 3]), array('i', [1]) != array('i', [1, 0]),
      array('i', [1]) == [1], array('b', [3]) >= array('B', [2]))
print(array('f', [0.1, 1e300, -0.0]), array('d', [1.5, float('nan'), float('inf')]))
print(array('u', 'hello').tounicode(), array('u'), array('i'), repr(array('u', 'a\'b')))
u = array('u', 'ab')
u.fromunicode('cd')
print(u, u.tolist())

# bytes round trips
c = array('h', [1, -2, 300])
raw = c.tobytes()
print(raw, len(raw) == 3 * c.itemsize)
d = array('h')
d.frombytes(raw)
print(d, d == c, array('b', b'\x01\xff'), array('B', bytearray(b'\x01\xff')))
d.byteswap()
print(d)
d.byteswap()
print(d)
e = array('i')
e.fromlist([3, 4])
print(e, e.buffer_info()[1], type(e.buffer_info()[0]).__name__)

# copies
import copy
f = array('q', [1, 2, 3])
g = copy.copy(f)
h = copy.deepcopy(f)
g[0] = 100
print(f, g, h, g is f)
print(array('d', array('i', [1, 2])), array('i', range(4)), array('b', (x for x in [1, 2])))

# iteration
it = iter(array('I', [7, 8]))
print(type(it).__name__, next(it), next(it), list(it))
for x in array('L', [2 ** 64 - 1, 0]):
    print(x)

# subclasses
class MyArray(array):
    def total(self):
        return sum(self)

m = MyArray('i', [1, 2, 3])
print(m, m.total(), isinstance(m, array), len(m), m[1:], type(m[1:]).__name__)
