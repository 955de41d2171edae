# Generator functions: lazy execution, iteration protocol, exhaustion.
def count_to(n):
    print('start')
    i = 1
    while i <= n:
        print('yield', i)
        yield i
        i += 1
    print('end')
g = count_to(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.args)
print(next(count_to(0), 'default'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
print(iter(g) is g, hasattr(g, '__next__'))
