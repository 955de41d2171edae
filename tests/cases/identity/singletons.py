# None, True, False, Ellipsis, NotImplemented and the empty tuple are singletons.
print(None is type(None)(), type(None).__name__)
print(True is bool(1), False is bool(0), True is (1 == 1), (1 < 0) is False)
print(Ellipsis is ..., type(...)() is ..., NotImplemented is type(NotImplemented)())
empty = ()
print(empty is tuple(), empty is tuple([]), (1, 2)[2:] is empty)
print(type(None)() is None, bool() is False)
def nothing():
    pass
print(nothing() is None, print() is None)
print(repr(NotImplemented), repr(...), repr(None))
try:
    type(None)(1)
except TypeError as e:
    print('TypeError:', e)
