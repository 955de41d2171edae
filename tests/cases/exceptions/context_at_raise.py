# __context__ is set where an exception is raised, from the exception being handled there.
def chain(e):
    out = []
    while e is not None:
        out.append(type(e).__name__)
        e = e.__context__
    return ' <- '.join(out)

def fails():
    raise KeyError('k')

try:
    try:
        raise ValueError('v')
    except ValueError:
        fails()                      # raised in a callee while ValueError is handled
except KeyError as e:
    print(chain(e))

def rebuild():
    try:
        raise IndexError('i')
    except IndexError as inner:
        inner.__context__ = TypeError('hand-set')
        raise

def cleanup():
    try:
        raise OSError('o')
    except OSError:
        rebuild()                   # the hand-set context must survive the frames it leaves

try:
    cleanup()
except IndexError as e:
    print(chain(e))

saved = None
try:
    fails()
except KeyError as e:
    saved = e
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise saved                 # a raise statement chains again
except KeyError as e:
    print(chain(e))

def gen():
    try:
        yield 1
    except GeneratorExit:
        raise RuntimeError('in gen')

g = gen()
next(g)
try:
    try:
        raise LookupError('outer')
    except LookupError:
        g.close()
except RuntimeError as e:
    print(chain(e))

try:
    try:
        raise ValueError('a')
    except ValueError as a:
        raise TypeError('b') from None
except TypeError as e:
    print(chain(e), e.__suppress_context__, e.__cause__)
