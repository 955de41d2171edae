# __del__ of garbage in a cycle sees the other objects intact (finalizers run before clear).
import gc


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(self.name, "->", self.next.name)


gc.collect()
a, b, c = N("a"), N("b"), N("c")
a.next, b.next, c.next = b, c, a
del a, b, c
n = gc.collect()
print(n)
