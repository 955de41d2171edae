# frozenset: hashable, immutable.
f = frozenset([1, 2, 3])
print(f, frozenset(), len(f), 2 in f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
d = {f: 'frozen'}
print(d[frozenset([3, 2, 1])], hash(f) == hash(frozenset((1, 2, 3))), f == {1, 2, 3})
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
s = {frozenset([1]), frozenset([1])}
print(len(s), frozenset('aa') == frozenset(['a']))
