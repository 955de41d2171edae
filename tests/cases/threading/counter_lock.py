# Eight threads each add 1 to a shared counter 100,000 times under a Lock: no update is lost.
import threading

counter = 0
lock = threading.Lock()


def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=work, args=(100_000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
print(all(not t.is_alive() for t in threads))
print(threading.active_count())
