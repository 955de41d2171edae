# list methods.
l = [3, 1, 4]
l.append(1); l.extend([5, 9]); l.insert(0, 2); l.insert(100, 6); l.insert(-1, 0)
print(l, len(l))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(4), l.count(1), l.count(7))
l.reverse()
print(l)
c = l.copy()
c.clear()
print(c, l)
l += [7, 8]
l *= 2
print(l)
print(l.index(7, 5))
try:
    l.remove(42)
except ValueError as e:
    print('ValueError:', e)
try:
    l.index(42)
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)
print(list(), list('abc'), list(range(3)), list((1, 2)), list({'a': 1}))
