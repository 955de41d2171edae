def gen():
    try:
        yield 1
    except ValueError as e:
        print('ctx in gen', repr(e.__context__))
        yield 2
g = gen(); next(g)
try:
    raise LookupError('outer')
except LookupError:
    g.throw(ValueError('t'))
def gen2():
    yield 1
g = gen2(); next(g)
try:
    try:
        raise LookupError('outer')
    except LookupError:
        g.throw(ValueError('t2'))
except ValueError as e:
    print('ctx out', repr(e.__context__))
