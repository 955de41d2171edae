# Closures and calls: keyword arguments, defaults, *args/**kwargs, nested closures, decorators.
def make_adder(k):
    def add(x, scale=1):
        return x * scale + k
    return add

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

def logged(fn):
    calls = [0]
    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper

@logged
def area(w, h=1, *, unit=1):
    return w * h * unit

def kw_only(a, b, *, c=3, d=4):
    return a + b + c + d

def varargs(*args, **kwargs):
    return len(args) + len(kwargs)

adders = [make_adder(i) for i in range(10)]
total = 0
for i in range(150000):
    f = adders[i % 10]
    total += f(i) + f(i, scale=2) + f(x=i, scale=3)
print(total)

inc = counter()
for i in range(500000):
    inc()
    inc(step=2)
print(inc(0))

s = 0
for i in range(400000):
    s += area(i % 10, h=3) + area(2, unit=i % 4) + kw_only(i, 1, d=0) + kw_only(a=1, b=2, c=i % 5)
print(s, area.calls[0])

v = 0
for i in range(300000):
    v += varargs(i, i, key=i) + varargs(*(1, 2, 3), **{'x': 1})
print(v)

compose = lambda f, g: lambda x: f(g(x))
inc1 = lambda x: x + 1
dbl = lambda x: x * 2
h = compose(inc1, compose(dbl, inc1))
print(sum(h(i) for i in range(500000)))
