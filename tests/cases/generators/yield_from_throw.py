# gen.throw()/close() delegate to the sub-iterator of a yield from (PEP 380).
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('inner caught', e)
        yield 'recovered'
    finally:
        print('inner finally')

def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'outer-after'

g = outer()
print(next(g))
print(g.throw(ValueError('boom')))
print(next(g))
g2 = outer()
print(next(g2))
g2.close()
print('closed')
def inner2():
    try:
        yield 1
    except GeneratorExit:
        print('inner2 got GeneratorExit')
        raise
g3 = (lambda: (yield from inner2()))()
next(g3)
g3.close()
def sub():
    x = yield 'a'
    print('sub got', x)
    return 'done'
def top():
    v = yield from sub()
    print('top got', v)
t = top(); print(next(t))
try: t.send('hi')
except StopIteration: print('stop')
class It:
    def __iter__(self): return self
    def __next__(self): return 5
    def throw(self, *a): print('It.throw', a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__); return 7
def deleg():
    yield from It()
d = deleg(); print(next(d)); print(d.throw(KeyError))
