# Default repr/str of classes and instances (addresses hidden), and of builtins.
class Foo:
    pass
f = Foo()
print(Foo, repr(Foo), str(Foo))
r = repr(f)
print(r.startswith('<__main__.Foo object at 0x'), r.endswith('>'), str(f) == r)
print(int, object, type, str, type(None), type(NotImplemented), type(...))
def fn():
    pass
print(repr(fn).startswith('<function fn at 0x'), repr(len), repr(print), repr([].append).startswith('<built-in method append of list object at 0x'))
class Inner:
    class Nested:
        pass
print(Inner.Nested, Inner.Nested.__qualname__)
print(Foo.__init__ is object.__init__, callable(Foo.__init__))
