# __new__: allocation before __init__; returning another type skips __init__; singletons.
class Tracked:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, value):
        print('__init__', value)
        self.value = value
t = Tracked(5)
print(t.value)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(Other())
class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Positive(-7)
print(p, type(p).__name__, p + 1, isinstance(p, int))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + '!'
u = Upper('hi')
print(u, u.shout(), len(u), type(u).__name__)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), type(ml).__name__, len(ml), ml[1:])
class MyDict(dict):
    pass
md = MyDict(a=1)
md['b'] = 2
print(md, type(md).__name__, isinstance(md, dict))
