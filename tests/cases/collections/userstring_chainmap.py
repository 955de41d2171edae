# collections: UserString, UserDict, UserList, ChainMap, Counter arithmetic, namedtuple
# options, and collections.abc reachable after a plain `import collections` (as CPython's
# start-up has imported it).
import collections
from collections import ChainMap, Counter, UserDict, UserList, UserString, namedtuple

print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping),
      isinstance(iter([]), collections.abc.Iterator),
      issubclass(collections.deque, collections.abc.MutableSequence),
      isinstance((x for x in []), collections.abc.Generator),
      isinstance(range(3), collections.abc.Reversible), isinstance(5, collections.abc.Hashable))
s = UserString('hello')
print(s.upper(), s[1:3], s + '!', len(s), 'ell' in s, s.replace('l', 'L'), repr(s), s * 2,
      s.split('l'), s == 'hello', s < 'z', s.center(9, '*'), '%s!' % s, s.format(),
      hash(s) == hash('hello'), type(s[0]).__name__, s.data)


class Loud(UserString):
    def shout(self):
        return self.upper() + '!'


print(Loud('hey').shout(), type(Loud('a') + 'b').__name__)
cm = ChainMap({'a': 1}, {'a': 3, 'b': 2})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.get('z', 0), 'b' in cm, cm)
child = cm.new_child({'c': 4})
child['a'] = 100
print(child, child.parents, cm.maps[0], dict(child))
del child['a']
print(child['a'], list(child.items()))
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
print(Counter('aab') + Counter('bc'), Counter('aab') - Counter('a'), Counter('ab') | Counter('bb'),
      Counter('ab') & Counter('bb'), Counter('aab').total(), +Counter({'a': -1, 'b': 2}),
      -Counter({'a': -1}))
c = Counter(a=3, b=1)
c.subtract({'a': 5})
print(c, sorted(c.elements()), Counter('abracadabra').most_common(2))
P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p._asdict(), p._replace(y=5), P._fields, P._field_defaults, P._make([3, 4]))
R = namedtuple('R', ['def', 'x', 'x'], rename=True)
print(R._fields)
ud = UserDict(a=1)
ud['b'] = 2
print(ud, len(ud), ud.data, 'a' in ud, ud | {'c': 3})
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul + [4], ul[0], ul[1:], type(ul[1:]).__name__, ul * 2)


class H:
    def __init__(self, d):
        self.data = d

    def __hash__(self):
        return hash(self.data)


print(hash(H('text')) == hash('text'), hash(H(-1)), hash(H(2 ** 64 + 5)))
