# threading.local: each thread sees its own attributes; a subclass's __init__ runs per thread.
import threading

data = threading.local()
data.value = "main"
seen = {}


def worker(n):
    print_missing = not hasattr(data, "value")
    data.value = n
    seen[n] = (print_missing, data.value)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
    t.join()
print(sorted(seen.items()))
print(data.value)


class Counter(threading.local):
    def __init__(self, start):
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


c = Counter(10)
c.bump()
results = []


def bumper():
    results.append(c.bump())


t = threading.Thread(target=bumper)
t.start()
t.join()
print(c.count, results)
try:
    threading.local(1)
except TypeError as e:
    print(e)
try:
    data.missing
except AttributeError as e:
    print(e)
print(type(data).__name__, type(data).__module__)
