# The exception a generator handles stays with the generator across yields (CPython's
# gi_exc_state); the caller's handled exception is visible inside a generator that handles none.
import sys


def handler():
    try:
        yield 1
    except ZeroDivisionError:
        print("inside", sys.exc_info()[0].__name__)
        yield 2
        print("inside again", sys.exc_info()[0].__name__)
    yield 3


t = handler()
next(t)
print(t.throw(ZeroDivisionError))
print("caller", sys.exc_info())
print(next(t))
print("caller", sys.exc_info())


def plain():
    print("plain sees", sys.exc_info()[0])
    yield


try:
    raise KeyError("k")
except KeyError:
    next(plain())
    g = handler()
    next(g)
    print(g.throw(ZeroDivisionError))
    print("caller still", sys.exc_info()[0].__name__)
print(sys.exc_info())
