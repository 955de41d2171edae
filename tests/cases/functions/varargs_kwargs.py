# *args and **kwargs, in definitions and calls.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], b=4, **{'c': 5}))
def g(first, *rest, sep='-', **opts):
    return first, rest, sep, sorted(opts.items())
print(g(1), g(1, 2, 3, sep='+'), g(1, x=1, y=2))
def total(*nums):
    return sum(nums)
print(total(*range(101)), total())
args = (1, 2)
kw = {'c': 3, 'd': 4}
def h(a, b, c, d):
    return a + b + c + d
print(h(*args, **kw), h(1, *(2, 3), **{'d': 10}))
def kwcopy(**kw):
    kw['added'] = True
    return kw
orig = {'x': 1}
print(kwcopy(**orig), orig)
