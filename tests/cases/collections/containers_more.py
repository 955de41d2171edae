# collections: the less common corners of OrderedDict, defaultdict, Counter, namedtuple,
# ChainMap, UserDict, UserList and UserString (operators, copies, errors, subclasses).
import copy
from collections import (ChainMap, Counter, OrderedDict, UserDict, UserList, UserString,
                         defaultdict, namedtuple)
import collections

print(sorted(collections.__all__))
print(OrderedDict.__module__, defaultdict.__module__, Counter.__module__, ChainMap.__module__)

od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od2 = OrderedDict([('b', 2), ('a', 1), ('c', 3)])
print(od == od2, od != od2, dict(od) == od2, od == dict(od2), od != {'a': 1})
print(list(reversed(od)), od | {'d': 4}, {'z': 0} | od, type({'z': 0} | od).__name__)
od |= [('e', 5)] if False else {'e': 5}
print(od, od.copy(), type(od.copy()).__name__, copy.copy(od))
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
od.move_to_end('a')
od.move_to_end('e', False)
print(list(od.items()), list(od.keys()), list(od.values()))
od.update([('x', 1)], y=2)
od.update({'a': 0})
print(od, od.pop('x'), od.setdefault('q', 7), od)
print(OrderedDict.fromkeys('ab'), OrderedDict(od=1), OrderedDict([(1, 2)]) == OrderedDict([(1, 2)]))
try:
    hash(OrderedDict())
except TypeError as e:
    print('TypeError')


class OD(OrderedDict):
    pass


print(OD(a=1), OD(a=1).copy(), type(OD(a=1) | {}).__name__)

dd = defaultdict(list, {'a': [1]})
print(repr(dd), dd.default_factory, defaultdict(None, x=1), defaultdict())
print({'z': 0} | dd, type({'z': 0} | dd).__name__, dd | {'b': 2})
dd |= {'c': 3}
print(dd, copy.copy(dd), copy.deepcopy(dd) == dd)
dd.default_factory = lambda: 'made'
print(dd['new'], len(dd))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(dict(nested['x']), 'x' in nested, nested.get('zz'), 'zz' in nested)
print(dd.__or__(5), dd.__ror__(5))


class DD(defaultdict):
    pass


d3 = DD(int)
d3['k'] += 1
print(d3, type(d3.copy()).__name__)

c = Counter('mississippi')
print(c, c.most_common(1), c.most_common(0), list(c.elements()))
c2 = Counter(i=4, s=4, p=2, m=1)
print(c == c2, c != c2, c <= c2, c < c2, c >= c2, c > c2, c < Counter(c, z=1))
print(Counter(a=1).__eq__({'a': 1}), Counter(a=0) == Counter())
for op in ('__add__', '__sub__', '__or__', '__and__', '__lt__'):
    print(op, getattr(Counter(), op)({}))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
c3 = Counter(a=2, b=-1)
c3.update(Counter(a=1, c=2))
c3.update(a=10)
c3.update([('x', 1)])
print(c3)
c3.subtract(a=1)
c3.subtract('ab')
print(c3)
c3 += Counter()
print(c3)
c4 = Counter(a=3, b=1, c=-2)
c4 -= Counter(a=1, c=-5)
print(c4)
c4 |= Counter(a=5, d=1, e=-1)
print(c4)
c4 &= Counter(a=3, b=9)
print(c4)
print(Counter({'a': 1, 'b': 'x'}), Counter({'x': 2, 'y': 3}), Counter('ab').copy(), copy.copy(Counter('aa')))
print(Counter(a=1).__reduce__(), Counter('abc') + Counter(), Counter(a=2) - Counter(a=5, b=-3))
del c4['nothing']
print(c4, Counter([1, 1, 2]).total(), Counter(a=1.5, b=2).total())


class C(Counter):
    pass


print(type(C('ab') + C('b')).__name__, type(C('ab').copy()).__name__, C('aab'))

Pt = namedtuple('Pt', 'x, y z', defaults=(5, 6), module='geo')
print(Pt.__module__, Pt, Pt.__name__, Pt.__qualname__, Pt.__doc__, Pt.__match_args__)
print(Pt.__new__.__doc__, Pt._make.__doc__, Pt._replace.__doc__, Pt.z.__doc__)
print(Pt.__new__.__qualname__, Pt._asdict.__qualname__, Pt.__repr__.__qualname__)
print(Pt(1), Pt(1, 2, 3), Pt(z=1, x=2), Pt(1)._asdict(), Pt(1).__getnewargs__(), Pt.__slots__)
print(copy.copy(Pt(1)), copy.deepcopy(Pt(1, [2])), Pt._field_defaults)
for f in (lambda: Pt(), lambda: Pt(1, 2, 3, 4), lambda: Pt(1, 2, 3, 4, 5), lambda: Pt(1, x=1),
          lambda: Pt(1, w=1), lambda: Pt._make((1, 2)), lambda: Pt(1)._replace(a=1, b=2),
          lambda: namedtuple('A', ['x', 3]), lambda: namedtuple('class', 'x'),
          lambda: namedtuple('A', 'x y', defaults=(1, 2, 3))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
Three = namedtuple('Three', 'a b c')
for args in [(), (1,), (1, 2), (1, 2, 3, 4)]:
    try:
        Three(*args)
    except TypeError as e:
        print(e)
One = namedtuple('One', 'a')
Zero = namedtuple('Zero', '')
print(One(1), Zero(), One.__doc__, Zero.__doc__, Zero._fields)
for f in (lambda: Zero(1), lambda: One(1, 2)):
    try:
        f()
    except TypeError as e:
        print(e)
N = namedtuple('N', ['abc', 'def', '_x', 'abc', '2'], rename=True)
print(N._fields, N(1, 2, 3, 4, 5))
print(type(N.abc).__name__, N.abc.__get__(None, N) is N.abc)
try:
    del N(1, 2, 3, 4, 5).abc
except AttributeError as e:
    print('AttributeError')

cm = ChainMap({'a': 1}, {'b': 2, 'a': 5})
print(bool(cm), bool(ChainMap()), bool(ChainMap({}, {})), ChainMap(), ChainMap.fromkeys('xy', 1))
print(cm.copy(), copy.copy(cm).maps[1] is cm.maps[1], cm.new_child(), cm.new_child(z=1))
print(cm.new_child({'m': 1}, n=2), cm.parents.parents, cm | {'c': 3}, {'c': 3} | cm)
cm |= {'q': 9}
print(cm, cm.pop('q'), cm.pop('nope', 'dflt'), cm.popitem(), cm)
for f in (lambda: cm.pop('b'), lambda: ChainMap().popitem(), lambda: cm['zz'], lambda: cm | 5):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
cm.clear()
print(cm, list(cm), len(cm), list(ChainMap({'a': 1, 'b': 2}, {'c': 3, 'a': 0})))


class Defaulting(ChainMap):
    def __missing__(self, key):
        return key * 2


print(Defaulting({'a': 1})['bb'], Defaulting({'a': 1}).get('x'), Defaulting().get('q', 0))

ud = UserDict({'a': 1}, b=2)
print(ud, ud.get('a'), ud.get('z'), ud.get('z', 0), UserDict.fromkeys('xy', 0), len(ud))
print(ud | UserDict(c=3), {'c': 3} | ud, ud.copy(), type(ud.copy()).__name__, copy.copy(ud))
ud |= UserDict(d=4)
ud |= {'e': 5}
print(ud, ud.__or__(1), list(ud), ud.pop('e'), ud.popitem(), ud.setdefault('w', 0), ud)


class Missing(UserDict):
    def __missing__(self, key):
        return f'<{key}>'


m = Missing(x=1)
m.attr = 'kept'
m2 = m.copy()
print(m['x'], m['y'], 'y' in m, type(m2).__name__, m2.attr, m2.data is m.data, m2)
try:
    UserDict()['nope']
except KeyError as e:
    print('KeyError', e)

ul = UserList([3, 1, 2])
print(ul < [4], ul <= UserList([3, 1, 2]), ul == [3, 1, 2], ul > [3], ul >= ul, ul != [1])
print(ul + UserList([9]), [0] + ul, (0,) + ul if False else ul + (7,), 2 * ul, type([0] + ul).__name__)
ul += UserList([4])
ul += (5,)
ul *= 2
print(ul, 3 in ul, ul.count(3), ul.index(3), len(ul))
ul.append(0)
ul.insert(0, -1)
ul.extend(UserList([8]))
ul.extend([9])
print(ul, ul.pop(), ul.pop(0), ul)
ul.remove(3)
ul.reverse()
print(ul, ul.copy(), type(ul.copy()).__name__, ul[::2], ul[-1])
ul[0] = 'a'
del ul[1]
ul.sort(key=str)
print(ul)
ul.clear()
print(ul, UserList(), UserList(UserList([1])), UserList('ab'), UserList((1, 2)))

s = UserString('  Hello World  ')
t = UserString(42)
print(repr(t), str(t), int(UserString('7')), float(UserString('2.5')), complex(UserString('1j')))
print(s.strip(), s.lstrip(), s.rstrip(' d'), s.lower(), s.swapcase(), s.title(), s.capitalize())
print(s.casefold(), s.count('l'), s.count(UserString('o'), 5), s.find('o'), s.rfind('o'),
      s.find(UserString('W')), s.index('W'), s.rindex('l'))
print(s.startswith('  H'), s.endswith(' '), s.split(), s.rsplit(None, 1), s.partition('o'),
      s.rpartition('o'), UserString('a\nb').splitlines(), UserString('a\nb').splitlines(True))
print(s.replace(UserString('l'), UserString('L'), 2), s.zfill(20), s.ljust(18, '.'), s.rjust(18),
      s.center(17, '-'), UserString('a\tb').expandtabs(4))
print(UserString('x').join('abc'), s.encode(), UserString('é').encode('latin-1'),
      s.encode(None, None), UserString('{0}-{x}').format(1, x=2),
      UserString('{a}').format_map({'a': 3}))
print(UserString('abc').removeprefix('a'), UserString('abc').removesuffix(UserString('c')),
      s.translate({ord('l'): None}), UserString.maketrans('a', 'b'))
print([UserString(x).isalpha() for x in ('ab', 'a1')], UserString('12').isdigit(),
      UserString('12').isdecimal(), UserString('½').isnumeric(), UserString('ab').isalnum(),
      UserString('é').isascii(), UserString('id').isidentifier(), UserString('ab').islower(),
      UserString('AB').isupper(), UserString(' ').isspace(), UserString('Ab').istitle(),
      UserString('\x00').isprintable())
print(UserString('ab') < UserString('b'), UserString('b') > 'a', UserString('a') <= 'a',
      UserString('a') >= UserString('b'), UserString('a') == UserString('a'), UserString('a') != 'a')
print(UserString('x') in UserString('xy'), 'y' in UserString('xy'), UserString('ab')[1],
      type(UserString('ab')[1]).__name__, UserString('%s+%s') % (1, 2), 'v=%s' % UserString('q'))
print('a' + UserString('b'), UserString('b') + UserString('c'), UserString('b') + 5, 3 * UserString('z'),
      UserString('ab').__getnewargs__(), list(UserString('ab')), reversed(UserString('ab')) is not None)
print(UserString('aXbXc').index('X', 2), UserString('abc').__rmod__('%s!'))
