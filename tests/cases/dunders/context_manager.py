# __enter__/__exit__: with statements, exceptions, suppression, nesting.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with Ctx('a') as v:
    print('body', v)
with Ctx('b', suppress=True):
    raise ValueError('swallowed')
print('after suppressed')
try:
    with Ctx('c'):
        raise KeyError('escapes')
except KeyError as e:
    print('caught', repr(e))
with Ctx('outer') as o, Ctx('inner') as i:
    print('both', o, i)
def early():
    with Ctx('ret'):
        return 'returned'
print(early())
for n in range(3):
    with Ctx(f'loop{n}'):
        if n == 1:
            break
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
