# type.__subclasses__(): the live direct subclasses, in creation order; a base holds them weakly,
# so a subclass that is freed drops out of the list.
def collect():
    try:
        import gc
    except ImportError:  # mnemo frees an unused class at once
        return
    gc.collect()

class Base:
    pass
class A(Base):
    pass
class B(Base):
    pass
class AB(A, B):
    pass
print(Base.__subclasses__())
print(A.__subclasses__(), B.__subclasses__(), AB.__subclasses__())
print(Base in object.__subclasses__(), bool in int.__subclasses__())
print(ArithmeticError.__subclasses__())
print(LookupError.__subclasses__()[:2])
print(type(Base.__subclasses__()).__name__, Base.__subclasses__() is Base.__subclasses__())

def make(name):
    return type(name, (Base,), {})
t = make('Temp')
print([c.__name__ for c in Base.__subclasses__()])
del t
collect()
print([c.__name__ for c in Base.__subclasses__()])

# Many short-lived subclasses: none is kept alive by the base.
for i in range(2000):
    class Tmp(Base):
        x = i
del Tmp
collect()
print([c.__name__ for c in Base.__subclasses__()])

# A subclass kept elsewhere stays listed.
keep = [make('K%d' % i) for i in range(3)]
collect()
print([c.__name__ for c in Base.__subclasses__()])
del keep[1]
collect()
print([c.__name__ for c in Base.__subclasses__()])
del keep
collect()
print([c.__name__ for c in Base.__subclasses__()])

# As an unbound method of type.
print(type.__subclasses__(A))
try:
    Base.__subclasses__(1)
except TypeError as e:
    print('TypeError:', e)
