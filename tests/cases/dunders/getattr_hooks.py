# __getattr__ (only for missing attributes) and __getattribute__ (every lookup).
class Lazy:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        print('__getattr__', name)
        if name.startswith('computed_'):
            return name[9:].upper()
        raise AttributeError(f'{type(self).__name__!r} has nothing called {name!r}')
l = Lazy()
print(l.real, l.computed_abc, getattr(l, 'computed_x', 'dflt'), getattr(l, 'other', 'dflt'), hasattr(l, 'zzz'))
try:
    l.missing
except AttributeError as e:
    print('AttributeError:', e)
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        print('lookup', name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.a
o = Logged()
print(o.a)
print(o.method())
class Fallback:
    x = 'class x'
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f'fallback for {name}'
f = Fallback()
print(f.x, f.secret, f.nothing)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), len(p._target))
