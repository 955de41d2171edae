# gc.collect() returns the number of unreachable objects found, as CPython 3.11 counts them
# (instance attributes are inline until __dict__ is asked for).
import gc


class A:
    pass


gc.collect()
a = A()
b = A()
a.other = b
b.other = a
del a, b
print("two instances in a cycle:", gc.collect())

s = A()
s.me = s
del s
print("self-referencing instance:", gc.collect())

s = A()
s.__dict__
s.me = s
del s
print("self-referencing instance with its __dict__:", gc.collect())

l = []
l.append(l)
del l
print("list containing itself:", gc.collect())

l = []
d = {"l": l}
l.append(d)
del l, d
print("list <-> dict:", gc.collect())


def f():
    pass


f.self = f
del f
print("function referencing itself:", gc.collect())

print("nothing left:", gc.collect())
x = [1, 2, 3]
print("nothing unreachable:", gc.collect())

# A longer ring of instances.
first = prev = A()
for i in range(9):
    n = A()
    prev.next = n
    prev = n
prev.next = first
del first, prev, n
print("ring of 10:", gc.collect())
