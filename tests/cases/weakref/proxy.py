# weakref.proxy forwards to the object; after its death, ReferenceError.
import weakref


class Point:
    def __init__(self, x):
        self.x = x

    def double(self):
        return self.x * 2

    def __len__(self):
        return 3

    def __call__(self, y):
        return self.x + y


p = Point(21)
px = weakref.proxy(p)
print(px.x, px.double(), len(px))
px.x = 5
print(p.x)
print(type(px).__name__)
print(px(1))
print(callable(px))
del p
try:
    px.x
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    len(px)
except ReferenceError as e:
    print("ReferenceError:", e)


class Plain:
    pass


q = Plain()
pq = weakref.proxy(q)
print(type(pq).__name__)
print(weakref.ProxyType, weakref.CallableProxyType)
l = [1]
