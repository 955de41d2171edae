# Starred expressions in displays, calls, returns, subscripts, for loops.
a = [*x, *y]
b = (*x, y)
c = *x, y
d = {*x, *y}
e = [1, *rest, 2]
f(*args)
f(*a, *b)
f(x, *a, y, *b)
g = a[*idx]
h = a[b, *c]
i = a[*b, c:d]
for v in *x, *y:
    pass


def ret():
    return *x, y


def gen():
    yield *x, y


print(*range(3), sep=', ')
[*a] = b
*c, = d
k = (*[1, 2],)
