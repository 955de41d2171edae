# id, hash, type, isinstance, callable, repr, ascii, vars, dir on user objects.
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        pass
c = C()
print(id(c) == id(c), id(c) != id(C()), isinstance(id(c), int), hash(c) == hash(c))
print(vars(c), vars(c) is c.__dict__, [n for n in dir(c) if not n.startswith('__')])
print([n for n in dir(C) if not n.startswith('__')], '__init__' in dir(C), '__class__' in dir(c))
print(callable(c), callable(C), callable(c.method), callable(len), callable('s'), callable(None))
print(repr('é'), ascii('é'), ascii(['ü', 1]), repr(1.0), repr(None))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
try:
    hash([])
except TypeError as e:
    print('TypeError:', e)
x = 5
print(sorted(n for n in dir() if not n.startswith('__')))
