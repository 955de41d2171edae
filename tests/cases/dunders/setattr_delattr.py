# __setattr__ and __delattr__ intercept assignment and deletion.
class Recorder:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(('set', name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
r = Recorder()
r.x = 1
r.y = [2]
setattr(r, 'z', 3)
del r.x
delattr(r, 'z')
print(r.log, sorted(vars(r)))
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name!r}: Frozen is immutable')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name!r}')
fz = Frozen(5)
for action in (lambda: setattr(fz, 'v', 6), lambda: delattr(fz, 'v')):
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)
print(fz.v)
class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f'{name} must be an int')
        self.__dict__[name] = value * 2
v = Validated()
v.n = 21
print(v.n)
try:
    v.s = 'x'
except TypeError as e:
    print('TypeError:', e)
