# operator: dunder aliases, in-place forms on mutable and immutable operands, length_hint's
# protocol and errors, concat errors, dotted and multiple attrgetter, itemgetter on slices and
# dicts, methodcaller with keywords, __reduce__ of the getters, call, matmul.
import operator


class Vec:
    def __init__(self, *v):
        self.v = list(v)

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.v, o.v))

    def __imatmul__(self, o):
        self.v = [self @ o]
        return self

    def __repr__(self):
        return 'Vec%r' % (tuple(self.v),)


print(operator.matmul(Vec(1, 2), Vec(3, 4)), operator.imatmul(Vec(1, 2), Vec(3, 4)))
print(operator.__add__ is operator.add, operator.__not__ is operator.not_, operator.__inv__(0), operator.__invert__(0))
print(operator.invert is operator.inv, operator.__call__ is operator.call, operator.__concat__('a', 'b'))
print(hasattr(operator, '__is_'), hasattr(operator, '__truth__'), hasattr(operator, '__countOf__'))
names = sorted(n for n in dir(operator) if n.startswith('__') and n.endswith('__')
               and callable(getattr(operator, n)))
print(len(names), names[:6], names[-4:])
print(sorted(operator.__all__) == sorted(set(operator.__all__)), len(operator.__all__))

lst = [1]
t = (1,)
s = 'a'
print(operator.iadd(lst, [2]) is lst, operator.iadd(t, (2,)), t, operator.iconcat(s, 'b'), s)
print(operator.isub(5, 2), operator.imul([0], 2), operator.itruediv(7, 2), operator.ifloordiv(7, 2), operator.imod(7, 3))
print(operator.ipow(2, 5), operator.ilshift(1, 3), operator.irshift(8, 1), operator.iand(6, 3), operator.ior(4, 1), operator.ixor(6, 3))
st = {1}
print(operator.ior(st, {2}) is st, st, operator.call(max, 3, 9, key=lambda x: -x))
for bad in (lambda: operator.concat(1, 2), lambda: operator.iconcat(1, [2]),
            lambda: operator.countOf(5, 1), lambda: operator.indexOf(5, 1), lambda: operator.index('7'),
            lambda: operator.length_hint([], 'x'), lambda: operator.attrgetter(),
            lambda: operator.attrgetter('a', 2), lambda: operator.methodcaller(5),
            lambda: operator.itemgetter(1)(5), lambda: operator.attrgetter('zz')(5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)


class Hinted:
    def __init__(self, h):
        self.h = h

    def __length_hint__(self):
        if isinstance(self.h, Exception):
            raise self.h
        return self.h


for h in (4, NotImplemented, -1, 2.5, TypeError('no'), 0):
    try:
        print(operator.length_hint(Hinted(h), 11))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(operator.length_hint(object()), operator.length_hint(range(4)))
nan = float('nan')
print(operator.countOf([nan, 1, nan], nan), operator.indexOf([1, nan], nan), operator.countOf('banana', 'a'))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


tree = Node('root', Node('kid', Node('grandkid')))
g = operator.attrgetter('name', 'child.name', 'child.child.name')
print(g(tree), operator.attrgetter('child.child')(tree).name, repr(g))
print(g.__reduce__()[1], operator.itemgetter(1, 'a').__reduce__()[1])
ig = operator.itemgetter(slice(1, 3))
print(ig('abcdef'), operator.itemgetter(-1, 0)([1, 2, 3]), operator.itemgetter('k')({'k': 'v'}), repr(ig))
m = operator.methodcaller('split', 'a', maxsplit=1)
print(m('banana'), operator.methodcaller('upper')('x'), repr(m))
r = m.__reduce__()
print(r[0]('ba', 'o')('xax') if False else r[1], type(r[0]).__name__, operator.methodcaller('split').__reduce__())
print(operator.methodcaller('f', name=1, x=2).__repr__())
print(operator.truth(0), operator.truth('x'), operator.not_([]), operator.abs(-2.5), operator.pos(True), operator.neg(False))
print(operator.lt('a', 'b'), operator.contains('team', 'ea'), operator.getitem({'a': 1}, 'a'), operator.is_not(None, None))
d = {}
operator.setitem(d, 'k', 1)
operator.__setitem__(d, 'j', 2)
operator.__delitem__(d, 'k')
print(d, operator.lt.__name__, operator.itemgetter.__name__, operator.add.__doc__)
