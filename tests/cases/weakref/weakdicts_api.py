# WeakValueDictionary / WeakKeyDictionary: the whole mapping API, copies, operators,
# deaths during iteration; KeyedRef, WeakMethod and finalize details.
import copy
import gc
import weakref
from collections.abc import Mapping, MutableMapping, MutableSet


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V%d" % self.n

    def meth(self):
        return self.n


vals = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary({"a": vals[0]}, b=vals[1])
d.update([("c", vals[2])], d=vals[3])
d.update({"e": vals[4]})
print(sorted(d.items(), key=lambda kv: kv[0]))
print(sorted(d), sorted(d.keys()), sorted(v.n for v in d.values()), len(d))
print(d["a"], d.get("zz"), d.get("zz", 7), "a" in d, "zz" in d, 3 in d)
print(d.setdefault("a", vals[1]), d.setdefault("f", vals[1]), len(d))
print(d.pop("f"), d.pop("f", "dflt"))
for exc_case in (lambda: d.pop("f"), lambda: d["nope"], lambda: d.__delitem__("nope")):
    try:
        exc_case()
    except KeyError as e:
        print("KeyError", e)
del d["e"]
k, v = d.popitem()
print(k in "abcd", v.n == "abcd".index(k), len(d))
d[k] = v
refs = d.valuerefs()
print(len(refs), sorted(r().n for r in refs), type(refs[0]).__name__)
print(sorted(r.key for r in d.itervaluerefs()))
c = d.copy()
print(type(c).__name__, sorted(c), c == d, d == dict(d.items()), d != {}, d == 5)
c2 = copy.copy(d)
c3 = copy.deepcopy(d)
print(sorted(c2), sorted(c3), c3["a"] is d["a"])
m = d | {"z": vals[0]}
print(type(m).__name__, sorted(m))
m2 = {"y": vals[0]} | d
print(type(m2).__name__, sorted(m2))
d |= {"x": vals[1]}
print(sorted(d))
print(isinstance(d, MutableMapping), isinstance(d, Mapping))
print(repr(d).startswith("<WeakValueDictionary at 0x"))
try:
    hash(d)
except TypeError as e:
    print(e)
try:
    d["bad"] = 1
except TypeError as e:
    print(e)

# values dying, also while iterating
tmp = V(99)
d["tmp"] = tmp
it = iter(d)
next(it)
del tmp
gc.collect()
rest = list(it)
print("tmp" in d, "tmp" in rest, "tmp" in list(d))
w = weakref.WeakValueDictionary()
w[1] = V(1)
print(len(w), list(w))

# KeyedRef
cb_log = []
kr = weakref.KeyedRef(vals[0], lambda r: cb_log.append(r.key), "key0")
print(kr.key, kr() is vals[0], isinstance(kr, weakref.ref))
tmp = V(7)
kr2 = weakref.KeyedRef(tmp, lambda r: cb_log.append(r.key), ("t", 7))
del tmp
print(cb_log, kr2())

# WeakKeyDictionary
keys = [V(i) for i in range(4)]
kd = weakref.WeakKeyDictionary({keys[0]: "zero"})
kd.update([(keys[1], "one")], )
kd.update({keys[2]: "two"})
kd[keys[3]] = "three"
print(len(kd), kd[keys[0]], kd.get(keys[1]), kd.get(V(9), "missing"), keys[2] in kd, 5 in kd)
print(sorted(kd.values()), sorted(k.n for k in kd), sorted(k.n for k in kd.keys()))
print(sorted((k.n, v) for k, v in kd.items()))
print(kd.setdefault(keys[0], "other"), kd.pop(keys[3]), kd.pop(keys[3], "gone"), len(kd))
kd[keys[3]] = "three"
print(sorted(r().n for r in kd.keyrefs()))
pk, pv = kd.popitem()
print(pv == ["zero", "one", "two", "three"][pk.n], len(kd))
kd[pk] = pv
for exc_case in (lambda: kd[V(50)], lambda: kd.pop(V(50)), lambda: kd.__delitem__(V(50))):
    try:
        exc_case()
    except KeyError:
        print("KeyError")
for bad in (lambda: kd.__setitem__(1, 2), lambda: kd[1]):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
del kd[keys[3]]
kc = kd.copy()
print(type(kc).__name__, len(kc), kc == kd, kd == {keys[0]: "zero"}, kd != 3)
kdc = copy.deepcopy(kd)
print(len(kdc), kdc[keys[1]])
ko = kd | {keys[3]: "3"}
print(type(ko).__name__, len(ko))
ko2 = {keys[3]: "3"} | kd
print(type(ko2).__name__, len(ko2))
kd |= {keys[3]: "THREE"}
print(kd[keys[3]], len(kd))
print(isinstance(kd, MutableMapping), repr(kd).startswith("<WeakKeyDictionary at 0x"))
t = V(60)
kd[t] = "t"
it = iter(kd)
next(it)
del t
gc.collect()
print(len(kd), len(list(it)), len(kd), len(list(kd.items())))

# WeakSet is a MutableSet
print(isinstance(weakref.WeakSet(), MutableSet))

# WeakMethod
o = V(3)
wm = weakref.WeakMethod(o.meth)
print(wm()(), wm() == o.meth, wm == weakref.WeakMethod(o.meth), hash(wm) == hash(weakref.WeakMethod(o.meth)))
log = []
wm2 = weakref.WeakMethod(o.meth, lambda r: log.append(r is wm2))
del o
gc.collect()
print(wm(), wm2(), log, wm == wm2, wm != wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)

# finalize details
class R:
    pass


r = R()
f = weakref.finalize(r, print, "bye", 1, sep="-")
obj, func, args, kwargs = f.peek()
print(obj is r, func is print, args, kwargs, f.alive, f.atexit)
print(repr(f).startswith("<finalize object at 0x"), "for 'R' at 0x" in repr(f))
del obj
print(f(), f.alive, f(), f.peek(), f.detach(), repr(f).endswith("; dead>"))
r2 = R()
g = weakref.finalize(r2, print, "never")
print(g.detach()[1:], g.alive, g.detach())
del r2
gc.collect()
print(weakref.getweakrefcount(r), len(weakref.getweakrefs(r)))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(sorted(weakref.__all__))
