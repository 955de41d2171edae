# Functions become bound methods on instance access; builtin methods too.
class A:
    def m(self, x):
        return (type(self).__name__, x)
a = A()
bm = a.m
print(bm(1), A.m(a, 2), bm.__func__ is A.m, bm.__self__ is a)
print(a.m == a.m, a.m is a.m, A.m is A.m)
f = A.__dict__['m']
print(f.__get__(a)(3), f.__get__(None, A) is f)
append = [].append
lst = []
push = lst.append
push(1); push(2)
print(lst, type(push).__name__, push.__self__ is lst, push.__name__)
print(str.upper('x'), 'abc'.upper.__name__, list.append.__name__, callable(list.append))
class B:
    @staticmethod
    def s():
        return 'static'
    @classmethod
    def c(cls):
        return cls.__name__
print(B.s(), B().s(), B.c(), B().c())
