# Each name bound to the list adds one reference; getrefcount's own argument adds one more.
import sys
a = []
print(sys.getrefcount(a))
b = a
c = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
c = a
c = None
print(sys.getrefcount(a))
print(sys.getrefcount([]))
print(sys.getrefcount({}), sys.getrefcount(object()))
