# operator: function forms of the operators, itemgetter/attrgetter/methodcaller and their repr.
import operator
from functools import reduce

print(operator.add(2, 3), operator.sub(5, 2), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l, operator.getitem(l, 1), operator.index(7), operator.length_hint([1, 2, 3]), operator.length_hint(5, 7))
x = [1]
print(operator.iadd(x, [2]), x, operator.imul(3, 4))
ig = operator.itemgetter(1)
ig2 = operator.itemgetter(0, 2)
print(ig([5, 6, 7]), ig2('abc'), ig({1: 'one'}), repr(ig), repr(ig2))
ag = operator.attrgetter('real')
ag2 = operator.attrgetter('real', 'imag')
print(ag(3 + 4j), ag2(3 + 4j), repr(operator.attrgetter('a.b')))
mc = operator.methodcaller('split', ',')
print(mc('a,b,c'), repr(mc), repr(operator.methodcaller('f', 1, k=2)))
pairs = [(1, 'b'), (3, 'a'), (2, 'c')]
print(sorted(pairs, key=operator.itemgetter(1)), max(pairs, key=operator.itemgetter(0)))
print(reduce(operator.mul, range(1, 6)), list(map(operator.add, [1, 2], [10, 20])))


class P:
    def __init__(self, name):
        self.name = name


print([p.name for p in sorted([P('b'), P('a')], key=operator.attrgetter('name'))])
tests = [
    ('itemgetter()', lambda: operator.itemgetter()),
    ('attrgetter(1)', lambda: operator.attrgetter(1)),
    ('indexOf', lambda: operator.indexOf([1], 2)),
    ('index(1.5)', lambda: operator.index(1.5)),
    ('methodcaller()', lambda: operator.methodcaller()),
]
for text, f in tests:
    try:
        print(text, '->', f())
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
