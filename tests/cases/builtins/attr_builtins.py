# getattr, setattr, hasattr, delattr.
class Obj:
    x = 10
o = Obj()
setattr(o, 'y', 20)
print(getattr(o, 'x'), getattr(o, 'y'), getattr(o, 'z', 'default'), hasattr(o, 'x'), hasattr(o, 'z'))
delattr(o, 'y')
print(hasattr(o, 'y'), getattr(Obj, 'x'), getattr('abc', 'upper')())
setattr(Obj, 'added', lambda self: 'method added at runtime')
print(o.added())
try:
    getattr(o, 'nothing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(o, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    delattr(o, 'x')
except AttributeError as e:
    print('AttributeError:', e)
try:
    setattr(5, 'a', 1)
except AttributeError as e:
    print('AttributeError:', e)
