# Stress: 8 threads mutate shared lists, dicts and objects and make reference cycles while
# the collector runs (automatic collections and explicit gc.collect() from several threads);
# afterwards no update made under a lock is lost and every cycle is reclaimed.
import gc
import threading


class Node:
    def __init__(self, owner, i):
        self.owner = owner
        self.i = i
        self.peer = None


shared_list = []
shared_dict = {}
shared_obj = Node("shared", 0)
shared_obj.total = 0
lock = threading.Lock()
made = []


def worker(w, rounds):
    local_made = 0
    for i in range(rounds):
        a = Node(w, i)
        b = Node(w, i + 1)
        a.peer = b
        b.peer = a  # a cycle, garbage once this iteration ends
        local_made += 2
        with lock:
            shared_list.append((w, i))
            shared_dict[w] = shared_dict.get(w, 0) + 1
            shared_obj.total += 1
        if i % 2000 == 0:
            gc.collect(0)
        scratch = [[j] for j in range(5)]
        scratch.append(scratch)  # a self-referencing list
    with lock:
        made.append(local_made)


gc.collect()
threads = [threading.Thread(target=worker, args=(w, 10_000)) for w in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared_list), sorted(shared_dict.items()), shared_obj.total, sum(made))
print(len(set(shared_list)) == len(shared_list))
gc.collect()
print(sum(1 for o in gc.get_objects() if type(o) is Node))
