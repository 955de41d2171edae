# threading: the synchronisation primitives' edge cases (errors, reprs without addresses,
# timeouts, wait_for's calls of its predicate, barrier reset/abort) in one thread and two.
import re
import threading


def shown(obj):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(obj))


c = threading.Condition(threading.Lock())
for f in (c.wait, c.notify, c.notify_all):
    try:
        f()
    except RuntimeError as e:
        print('RuntimeError', e)
calls = []


def pred():
    calls.append(1)
    return False


with c:
    print(c.wait(0), c.wait(0.01), c.wait_for(pred, 0), len(calls))
    calls.clear()
    print(c.wait_for(pred, 0.02), len(calls) >= 2, c.wait_for(lambda: 'yes'))
    c.notify()
    c.notify_all()
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(c)).startswith('<Condition(<unlocked _thread.lock object at ADDR>, 0)>'))
rc = threading.Condition()
with rc:
    with rc:
        print(rc.wait(0.001))

s = threading.Semaphore(2)
print(shown(s), s.acquire(), s.acquire(False), s.acquire(False), s.acquire(timeout=0.01), shown(s))
s.release(3)
print(shown(s))
for f in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
b = threading.BoundedSemaphore(2)
print(shown(b), b.acquire(), shown(b))
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e, shown(b))
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print('ValueError', e)
b.release(2)
with b:
    print('inside', shown(b))
print(shown(b))

e = threading.Event()
print(shown(e), e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(shown(e), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

bar = threading.Barrier(2, timeout=0.05)
print(shown(bar), bar.parties, bar.n_waiting, bar.broken)
try:
    bar.wait()
except threading.BrokenBarrierError as ex:
    print('BrokenBarrierError', type(ex).__mro__[1].__name__)
print(shown(bar), bar.broken)
try:
    bar.wait()
except threading.BrokenBarrierError:
    print('still broken')
bar.reset()
print(shown(bar), bar.broken)
order = []
hits = []
bar2 = threading.Barrier(3, action=lambda: hits.append('action'))
ths = [threading.Thread(target=lambda: order.append(bar2.wait())) for _ in range(3)]
for t in ths:
    t.start()
for t in ths:
    t.join()
print(sorted(order), hits, bar2.n_waiting)
bar2.abort()
print(bar2.broken)
print(threading.Barrier(0).parties)

bad = threading.Barrier(2, action=lambda: 1 / 0)
res = []


def party():
    try:
        bad.wait()
        res.append('ok')
    except ZeroDivisionError:
        res.append('zero')
    except threading.BrokenBarrierError:
        res.append('broken')


ths = [threading.Thread(target=party) for _ in range(2)]
for t in ths:
    t.start()
for t in ths:
    t.join()
print(sorted(res), bad.broken)

cond = threading.Condition()
box = []


def consumer():
    with cond:
        cond.wait_for(lambda: box)
        box.append('seen')


t = threading.Thread(target=consumer)
t.start()
with cond:
    box.append('item')
    cond.notify()
t.join()
print(box)
tm = threading.Timer(0.01, lambda: box.append('timer'))
tm.start()
tm.join()
tm2 = threading.Timer(5, lambda: box.append('never'))
tm2.start()
tm2.cancel()
tm2.join()
print(box, tm.interval, tm2.finished.is_set(), tm.args, tm.kwargs)
