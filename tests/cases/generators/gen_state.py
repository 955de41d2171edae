# Generator state: running, already executing, StopIteration inside, return in generator.
def me():
    yield g.gi_running
g = me()
print(g.gi_running, next(g), g.gi_running)
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print('ValueError:', e)
def raises_stop():
    yield 1
    raise StopIteration('oops')
try:
    list(raises_stop())
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', type(e.__cause__).__name__)
def early():
    return 5
    yield
print(list(early()))
def exc_in_gen():
    yield 1
    1 / 0
try:
    for v in exc_in_gen():
        print('v', v)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
g2 = exc_in_gen()
print(next(g2))
try:
    next(g2)
except ZeroDivisionError:
    pass
print(next(g2, 'exhausted after error'))
