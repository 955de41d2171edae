# The threading API: names, reprs, daemon flags, errors, locks, semaphores, events, timers.
import _thread
import threading
import time


def f():
    pass


t = threading.Thread(target=f)
print(t.name, repr(t), t.ident, t.native_id, t.daemon, t.is_alive())
t2 = threading.Thread(name="custom", daemon=True)
print(repr(t2))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(repr(threading.Thread(target=f, name=123)))
try:
    t.join()
except RuntimeError as e:
    print(e)
t.start()
t.join()
print(t.is_alive(), type(t.ident) is int, type(t.native_id) is int)
try:
    t.start()
except RuntimeError as e:
    print(e)
try:
    t.daemon = True
except RuntimeError as e:
    print(e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)


class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


m = MyThread(100)
m.start()
m.join()
print(m.result, m.name.startswith("Thread-"))

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print(e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print(e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print(e)
print(type(lock).__name__, threading.Lock is _thread.allocate_lock)

r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print(e)

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(e)
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print(e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print(e)

e = threading.Event()
print(e.is_set(), e.wait(0.01))
threading.Thread(target=e.set).start()
print(e.wait(5), e.is_set())
e.clear()
print(e.is_set())

fired = []
timer = threading.Timer(0.01, fired.append, args=["fired"])
timer.start()
timer.join()
cancelled = threading.Timer(10, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)

done = _thread.allocate_lock()
done.acquire()
box = []


def raw(a, b=0):
    box.append(a + b)
    done.release()


ident = _thread.start_new_thread(raw, (1,), {"b": 2})
done.acquire()
print(box, type(ident) is int, type(_thread.get_ident()) is int)
for bad in [(1, ()), (f, [1]), (f, (), [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print(e)
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread.error is RuntimeError)
print(len(threading.enumerate()), threading.active_count())
start = time.monotonic()
sleepers = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(4)]
for t in sleepers:
    t.start()
for t in sleepers:
    t.join()
print("4 sleeps of 0.2 s overlap:", time.monotonic() - start < 0.7)
t = threading.Thread(target=time.sleep, args=(0.5,))
t.start()
t.join(timeout=0.01)
print("join with timeout returns while alive:", t.is_alive())
t.join()
print(t.is_alive())
