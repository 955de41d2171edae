# Condition wait/notify: consumers wait for items a producer adds one at a time.
import threading

cond = threading.Condition()
items = []
consumed = []


def consumer(name):
    with cond:
        while not items:
            cond.wait()
        consumed.append((name, items.pop(0)))


threads = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
for t in threads:
    t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for t in threads:
    t.join()
print(sorted(v for _, v in consumed))

# wait_for with a predicate, and a timeout that expires.
state = {"ready": False}
c2 = threading.Condition(threading.Lock())


def setter():
    with c2:
        state["ready"] = True
        c2.notify_all()


t = threading.Thread(target=setter)
with c2:
    t.start()
    print(c2.wait_for(lambda: state["ready"], timeout=5))
t.join()
with c2:
    print(c2.wait(0.01))
try:
    c2.wait()
except RuntimeError as e:
    print(e)
try:
    c2.notify()
except RuntimeError as e:
    print(e)
