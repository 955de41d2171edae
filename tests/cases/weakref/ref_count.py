# getweakrefcount / getweakrefs.
import weakref


class A:
    pass


a = A()
print(weakref.getweakrefcount(a), weakref.getweakrefs(a))
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda r: None)
p = weakref.proxy(a)
print(weakref.getweakrefcount(a))
print(len(weakref.getweakrefs(a)), weakref.getweakrefs(a)[0] is r1)
del r2
print(weakref.getweakrefcount(a))
print(weakref.getweakrefcount(1))
