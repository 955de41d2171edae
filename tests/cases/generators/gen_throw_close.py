# throw() and close(), with finally and GeneratorExit.
def worker():
    try:
        while True:
            try:
                x = yield
                print('got', x)
            except ValueError as e:
                print('handled ValueError', e)
                yield 'recovered'
    finally:
        print('cleanup')
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError('bad')))
next(w)
w.close()
w.close()
print('closed')
def g():
    yield 1
    yield 2
it = g()
next(it)
try:
    it.throw(KeyError('k'))
except KeyError as e:
    print('propagated KeyError', e)
print(list(it))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
print(list(s))
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
c = catch_exit()
next(c)
c.close()
never_started = g()
never_started.close()
print(list(never_started))
