# object: the root class; instances without __init__; argument errors from object.__init__/__new__.
o = object()
print(type(o).__name__, o.__class__ is object, isinstance(o, object), object.__bases__, object.__mro__)
print(hasattr(o, '__dict__'), o == o, o != object(), type(o.__hash__()).__name__)
class Bare:
    pass
b = Bare()
print(type(b).__name__, Bare.__bases__, hasattr(b, '__dict__'), b.__dict__)
for make in (lambda: Bare(1), lambda: Bare(x=1), lambda: object(1)):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
class WithInit:
    def __init__(self, a):
        self.a = a
try:
    WithInit()
except TypeError as e:
    print('TypeError:', e)
print(object.__name__, callable(object.__init__), object.__doc__ is not None)
print(str(b) == repr(b), format(b, '') == str(b))
