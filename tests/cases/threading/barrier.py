# Barrier: four threads meet; the action runs once; indexes 0..3; abort breaks it.
import threading

actions = []
barrier = threading.Barrier(4, action=lambda: actions.append("tripped"))
indexes = []
lock = threading.Lock()


def worker():
    i = barrier.wait()
    with lock:
        indexes.append(i)


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indexes), actions, barrier.parties, barrier.n_waiting, barrier.broken)

b2 = threading.Barrier(2)
errors = []


def waiter():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")


t = threading.Thread(target=waiter)
t.start()
while b2.n_waiting == 0:
    pass
b2.abort()
t.join()
print(errors, b2.broken)
b2.reset()
print(b2.broken)
try:
    threading.Barrier(2).wait(timeout=0.01)
except threading.BrokenBarrierError as e:
    print("timeout breaks it:", type(e).__name__, issubclass(type(e), RuntimeError))
