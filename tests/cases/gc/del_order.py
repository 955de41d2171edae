# __del__ runs when the count reaches zero, in CPython's order.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = D("a")
del a
print("after del a")
b = D("b")
b = D("b2")
print("after rebinding b")


def f():
    x = D("local")
    print("leaving f")


f()
print("after f")
l = [D("l0"), D("l1"), D("l2")]
del l
print("after list")
d = {"k1": D("v1"), "k2": D("v2")}
d.clear()
print("after clear")
t = (D("t0"), D("t1"))
del t
print("after tuple")
o = D("outer")
o.inner = D("inner")
del o
print("after nested")
keep = D("at exit")
print("end")
