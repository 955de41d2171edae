# del of names, subscripts, slices and attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
lst = list(range(8))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError:', e)
class C: pass
c = C()
c.attr = 5
del c.attr
print(hasattr(c, 'attr'))
try:
    del c.attr
except AttributeError as e:
    print('AttributeError:', e)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
def g():
    v = 1
    del v
    return v
try:
    g()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
