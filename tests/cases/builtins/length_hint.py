import operator
it = iter([1, 2, 3]); next(it)
print(it.__length_hint__(), iter(range(10)).__length_hint__(), iter('abc').__length_hint__(), iter((1, 2)).__length_hint__(), reversed([1, 2, 3]).__length_hint__())
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(0, 10, 3))), operator.length_hint(iter(range(10, 0, -4))))
l = [1, 2, 3]; it = iter(l); l.append(4); print(it.__length_hint__())
it = iter(range(5)); list(it); print(it.__length_hint__())
r = reversed([1, 2]); next(r); print(r.__length_hint__()); next(r); print(r.__length_hint__())
print(iter(b'xy').__length_hint__(), iter(range(-3, 3, 2)).__length_hint__())
