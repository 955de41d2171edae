# Positional, keyword and default parameters.
def f(a, b, c=3, d='dee'):
    return (a, b, c, d)
print(f(1, 2), f(1, 2, 4), f(1, b=5), f(c=0, b=1, a=2), f(1, 2, d=None))
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g(3, []), g(4))
def h(n=1 + 1, m=len('abc')):
    return n * m
print(h(), h(10), h(m=0))
print(f.__defaults__, g.__defaults__, h.__defaults__, (lambda: 0).__defaults__)
