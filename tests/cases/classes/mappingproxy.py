# A class's __dict__ (and vars(cls)) is a read-only mappingproxy over its namespace; an
# instance's __dict__ stays a real dict.
def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

class C:
    a = 1
    def m(self):
        return 2

d = C.__dict__
print(type(d).__name__, type(d), type(vars(C)).__name__)
print(repr(d)[:39])
print(d['a'], 'a' in d, 'zz' in d, len(d), bool(d))
print(list(d), list(d.keys()), list(d.values())[1])
print(list(d.items())[:2])
print(d.get('a'), d.get('q'), d.get('q', 5))
c = d.copy()
print(type(c).__name__, c == d, d == c, d == C.__dict__, d is C.__dict__, d != {})
print(sorted(k for k in d if not k.startswith('__')))
print(list(reversed(d))[:2])
print(d.keys(), d['m'].__name__)
print(str(d) == str(dict(d)))
attempt(lambda: d['zz'])
attempt(lambda: d.zz)
attempt(lambda: d.__setitem__)
attempt(lambda: hash(d))
attempt(lambda: type(d).keys(d, 1))
attempt(lambda: type(d).__getitem__(d))

def assign():
    d['b'] = 2
def delete():
    del d['a']
attempt(assign)
attempt(delete)
attempt(lambda: setattr(C, '__dict__', {}))
print('b' in C.__dict__)

# Changes through setattr show in the proxy (it is a live view).
C.b = 3
print(d['b'], 'b' in d, len(d))
del C.b
print('b' in d)

# | makes a new dict.
u = d | {'z': 26}
print(type(u).__name__, u['z'], u['a'])
u = {'z': 26} | d
print(list(u)[0], u['a'])

# mappingproxy(mapping) wraps any mapping.
mp = type(d)({'x': 1})
print(mp, mp['x'], len(mp))
attempt(lambda: type(d)([1, 2]))
attempt(lambda: type(d)())

# An instance's __dict__ is a dict.
o = C()
o.x = 10
print(type(o.__dict__).__name__, o.__dict__, vars(o))
o.__dict__['y'] = 20
print(o.y, vars(o) is o.__dict__)

# Built-in types have proxies too.
print(type(int.__dict__).__name__, 'bit_length' in int.__dict__, type(type.__dict__).__name__)
print(type.__dict__['__dict__'])
