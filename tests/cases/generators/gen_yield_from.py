# yield from: delegation, return values, send/throw passthrough.
def inner():
    x = yield 'inner 1'
    print('inner received', x)
    yield 'inner 2'
    return 'inner result'
def outer():
    result = yield from inner()
    print('outer got', result)
    yield from [10, 20]
    yield from range(2)
    return 'done'
o = outer()
print(next(o))
print(o.send('hello'))
print(list(o))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1, 2], (x * x for x in range(3)))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def gen_ret():
    yield 1
    return 'value'
g = gen_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value)
def thrower():
    try:
        yield from inner()
    except ZeroDivisionError:
        yield 'caught in delegator'
t = thrower()
next(t)
print(t.throw(ZeroDivisionError))
