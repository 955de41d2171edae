# References held by instance and class attributes, self and bound methods.
import sys
class Holder:
    shared = []
    def __init__(self):
        self.data = []
    def me(self):
        return sys.getrefcount(self)
h = Holder()
print('instance', sys.getrefcount(h))
print('attribute', sys.getrefcount(h.data))
alias = h.data
print('attribute plus alias', sys.getrefcount(h.data))
h.other = alias
print('two attributes plus alias', sys.getrefcount(alias))
del h.other
print('attribute deleted', sys.getrefcount(alias))
print('self inside a method', h.me())
m = h.me
print('bound method holds self', sys.getrefcount(h))
del m
print('bound method dropped', sys.getrefcount(h))
x = []
Holder.extra = x
print('class attribute', sys.getrefcount(x))
del Holder.extra
print('class attribute deleted', sys.getrefcount(x))
h.data = None
print('attribute rebound, alias remains', sys.getrefcount(alias))
