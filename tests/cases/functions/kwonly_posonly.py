# Keyword-only and positional-only parameters.
def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, key):
    return key
print(h(key='k'))
def pos(a, b=2, /):
    return a, b
print(pos(1), pos(1, 3))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__kwdefaults__)
