# del, assert, pass.
del x
del x, y
del (x)
del (x, y)
del [x, y]
del x.attr
del x[0]
del x[1:2]
del x[0], y.z, (a, [b, c])
del x,
assert x
assert x, 'message'
assert isinstance(x, int), f'got {x!r}'
assert (x), (y)
pass
if x:
    pass
else:
    pass


def f():
    pass


class C:
    pass
