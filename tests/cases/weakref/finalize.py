# weakref.finalize: called once when the object dies, alive/detach/atexit.
import weakref


class R:
    pass


def done(name):
    print("finalized", name)
    return name


r = R()
f = weakref.finalize(r, done, "r")
print(f.alive)
del r
print(f.alive)
print(f())

r2 = R()
f2 = weakref.finalize(r2, done, "r2")
print(f2(), f2.alive, f2())
del r2

r3 = R()
f3 = weakref.finalize(r3, done, "r3")
print(f3.detach()[2:] if f3.alive else None)
del r3
print("r3 deleted")

r4 = R()
f4 = weakref.finalize(r4, done, "r4 at exit")
print(f4.atexit)
r5 = R()
f5 = weakref.finalize(r5, done, "r5 not at exit")
f5.atexit = False
print("end")
