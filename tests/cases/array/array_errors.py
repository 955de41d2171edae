# array.array: CPython's errors for bad typecodes, values out of range, bad indices.
from array import array


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


t(lambda: array())
t(lambda: array('z'))
t(lambda: array(1))
t(lambda: array('ii'))
t(lambda: array('i', [1], 2))
t(lambda: array('i', 'abc'))
t(lambda: array('u', [1]))
t(lambda: array('u', ['ab']))
t(lambda: array('i', 5))
for tc, v in [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 1 << 15), ('h', -(1 << 15) - 1),
              ('H', 1 << 16), ('H', -1), ('i', 1 << 31), ('i', -(1 << 31) - 1), ('I', 1 << 32),
              ('I', -1), ('l', 1 << 63), ('l', -(1 << 63) - 1), ('L', 1 << 64), ('L', -1),
              ('q', 1 << 63), ('Q', 1 << 64), ('Q', -1), ('i', 1.5), ('i', 'x'), ('f', 'x'),
              ('d', None)]:
    t(lambda: array(tc, [v]))
for tc in 'bBhHiIlLqQ':
    t(lambda: array(tc, [1 << 70]))
    t(lambda: array(tc, [-(1 << 70)]))
print(array('B', [True]), array('Q', [2 ** 64 - 1]), array('q', [-2 ** 63]))
a = array('i', [1, 2, 3])
t(lambda: a[5])
t(lambda: a['x'])
t(lambda: a.pop(7))
t(lambda: array('i').pop())
t(lambda: a.remove(9))
t(lambda: a.index(9))
t(lambda: a + [1])
t(lambda: a + array('d'))
t(lambda: a.extend(array('d')))
t(lambda: a.extend(5))


def s1():
    a[0:1] = [1]


def s2():
    a[9] = 1


def s3():
    del a[9]


def s4():
    a[::2] = array('i', [1])


def s5():
    a[0:1] = array('d', [1])


def s6():
    a[0] = 'x'


for f in (s1, s2, s3, s4, s5, s6):
    t(f)
t(lambda: a * 'x')
t(lambda: a.frombytes(b'abc'))
t(lambda: a.frombytes('x'))
t(lambda: a.tounicode())
t(lambda: hash(a))
t(lambda: array('i', array('u', 'ab')))
t(lambda: a.insert('x', 1))
t(lambda: a.fromlist((1,)))
t(lambda: a.fromunicode('x'))
t(lambda: array('u', 'x').fromunicode(1))
t(lambda: a.append())
t(lambda: a.count())
t(lambda: a.byteswap(1))
t(lambda: a.__iadd__([1]))
t(lambda: a.pop('x'))
t(lambda: array('i', [1]).extend([2, 'x']))
b = array('i', [1])
t(lambda: b.extend([2, 'x']))
print(b, a)
