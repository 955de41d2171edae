# gc.callbacks: called with "start" and "stop" and the info dict.
import gc

events = []


def cb(phase, info):
    events.append((phase, sorted(info.items())))


class A:
    pass


gc.collect()
gc.callbacks.append(cb)
a = A()
a.a = a
del a
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for e in events:
    print(e)
print(gc.callbacks)


def bad(phase, info):
    raise RuntimeError("callback failed")


gc.callbacks.append(bad)
gc.collect()
gc.callbacks.remove(bad)
print("still running")
