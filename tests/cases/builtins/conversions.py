# Constructors as conversions: str, int, float, bool, list, tuple, dict, set, frozenset.
print(str(12), str(1.5), str([1]), str(None), str(b'x'), str(), repr(str('x')))
print(int('7'), int(7.9), int(True), float('2.5'), float(3), float(), bool([]), bool('0'), bool())
print(list('ab'), list((1, 2)), list({'k': 'v'}), list(range(3)), tuple([1, 2]), tuple('xy'), tuple())
print(dict([(1, 2)]), dict(a=1), set('aabb') == {'a', 'b'}, frozenset([1, 1]), set())
print(type(str(5)).__name__, list(x for x in 'hi'), tuple(map(int, '123')), dict(zip('ab', [1, 2])))
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)
try:
    list(5)
except TypeError as e:
    print('TypeError:', e)
try:
    float([])
except TypeError as e:
    print('TypeError:', e)
