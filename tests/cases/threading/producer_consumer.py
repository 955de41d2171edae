# A producer and two consumers over queue.Queue; task_done/join; Empty and Full.
import queue
import threading

q = queue.Queue(maxsize=5)
results = []
results_lock = threading.Lock()


def producer():
    for i in range(100):
        q.put(i)
    for _ in range(2):
        q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with results_lock:
            results.append(item * item)
        q.task_done()


threads = [threading.Thread(target=producer)] + [threading.Thread(target=consumer) for _ in range(2)]
for t in threads:
    t.start()
q.join()
for t in threads:
    t.join()
print(len(results), sum(results), sorted(results)[:5])
print(q.empty(), q.qsize(), q.full())

small = queue.Queue(1)
small.put_nowait("a")
try:
    small.put_nowait("b")
except queue.Full:
    print("Full")
try:
    small.put("b", timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(small.get_nowait())
try:
    small.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    small.get(timeout=-1)
except ValueError as e:
    print(e)
small.put(1)
small.get()
small.task_done()
try:
    small.task_done()
    small.task_done()
except ValueError as e:
    print(e)

lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
print(queue.Empty.__module__, queue.Full.__module__, queue.SimpleQueue.__module__)
