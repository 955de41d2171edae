# Lambdas with every parameter form.
a = lambda: 0
b = lambda x: x
c = lambda x, y: x + y
d = lambda x, y=1: x + y
e = lambda *args: args
f = lambda **kwargs: kwargs
g = lambda *args, **kwargs: (args, kwargs)
h = lambda a, /, b: a + b
i = lambda a, /, b, *, c: a + b + c
j = lambda *, k=1: k
k = lambda *, k: k
l = lambda a=1, /, b=2, *args, c, d=4, **kw: None
m = lambda x=(1, 2), y=[3]: x
n = lambda a, b=lambda: 1: b()
o = lambda: (yield)
p = lambda x: lambda y: x + y
q = lambda x: (x, x)
r = lambda a, /: a
s = lambda a, b, /, c, d, *, e, f: None
t = lambda *a, k=1: (a, k)
u = (lambda: 1)()
v = lambda x: x if x else None
