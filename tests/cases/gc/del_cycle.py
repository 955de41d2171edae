# __del__ of objects in a cycle runs once, from the collector.
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


gc.collect()
a = D("a")
b = D("b")
a.other = b
b.other = a
del a, b
print("before collect")
print("collected", gc.collect())
print("again", gc.collect())
s = D("self")
s.me = s
del s
print("collected", gc.collect())
