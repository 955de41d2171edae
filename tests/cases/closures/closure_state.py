# Closures sharing a cell; modifying captured mutable objects.
def pair():
    value = []
    def push(x):
        value.append(x)
    def get():
        return list(value)
    return push, get
push, get = pair()
push(1); push(2)
print(get())
def accumulator():
    total = 0
    def add(n):
        nonlocal total
        total += n
    def read():
        return total
    return add, read
add, read = accumulator()
for i in range(5):
    add(i)
print(read(), add.__closure__[0] is read.__closure__[0])
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21))
def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
