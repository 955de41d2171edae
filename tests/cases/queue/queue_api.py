import queue
import threading

print(queue.Empty, queue.Full, queue.SimpleQueue)
print(queue.Empty.__module__, queue.Full.__module__, queue.SimpleQueue.__module__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(sorted(queue.__all__))

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), list(q.queue), q.unfinished_tasks)
print([q.get() for _ in range(3)], q.get_nowait(), q.get(False), q.qsize())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("Empty timeout", repr(e))
try:
    q.get(True, -1)
except ValueError as e:
    print("ValueError", e)

b = queue.Queue(2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize())
try:
    b.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put("c", timeout=0.01)
except queue.Full:
    print("Full timeout")
try:
    b.put("c", False)
except queue.Full:
    print("Full nonblock")
try:
    b.put("c", timeout=-0.5)
except ValueError as e:
    print("ValueError", e)
n = queue.Queue(5)
try:
    n.put(1, timeout=-1)
except ValueError as e:
    print("ValueError", e, n.qsize())
# unbounded put ignores timeout entirely
u = queue.Queue()
u.put(1, timeout=-1)
print(u.qsize())

# task_done / join
t = queue.Queue()
for i in range(3):
    t.put(i)
print(t.unfinished_tasks)
for _ in range(3):
    t.get()
    t.task_done()
t.join()
print("joined", t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print("ValueError", e)

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)], type(lq.queue))

pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    pq.put((x, str(x)))
print([pq.get() for _ in range(5)], type(pq.queue))
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.empty(), sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False))
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty simple")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty simple timeout")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)

class Ring(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        self.queue.insert(0, item)
    def _get(self):
        return self.queue.pop(0)

r = Ring()
for i in range(3):
    r.put(i)
print([r.get() for _ in range(3)])

print(isinstance(q.mutex, type(threading.Lock())))
print(type(q.not_empty).__name__, type(q.not_full).__name__, type(q.all_tasks_done).__name__)

# blocking handoff between threads
work = queue.Queue(1)
done = queue.Queue()
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        done.put(item * 2)
        work.task_done()
th = threading.Thread(target=worker)
th.start()
for i in range(10):
    work.put(i)
work.put(None)
work.join()
th.join()
print(sorted(done.get() for _ in range(done.qsize())))

sq2 = queue.SimpleQueue()
def producer():
    for i in range(5):
        sq2.put(i)
th = threading.Thread(target=producer)
th.start()
print([sq2.get(timeout=5) for _ in range(5)])
th.join()
print(queue.Queue[int], queue.SimpleQueue[str], queue.LifoQueue[int])
