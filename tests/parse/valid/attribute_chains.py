# Attribute access chains mixed with calls and subscripts.
a = obj.attr
b = obj.a.b.c.d
c = obj.method().attr
d = obj[0].attr[1].method(2)
e = (1).real
f = 1 .real
g = 1.0.real
h = 'str'.upper().lower()
i = b'x'.hex()
j = [].append
k = {}.get('k')
l = ().count
m = (a + b).c
n = obj.__class__.__name__
o = super().method()
p = f(x).y(z).w
obj.a.b = obj.c.d
obj.x.y.z += 1
del obj.a.b
