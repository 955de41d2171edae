# The GIL's effect as users know it from CPython: CPU-bound work gains nothing from threads
# (4 threads take about as long as 4 runs in one thread), while threads that sleep (blocking,
# GIL released) overlap. Prints wall-clock times; scripts/bench_gil.sh runs it beside python3.
import threading
import time


def count(n):
    total = 0
    for i in range(n):
        total += i & 7
    return total


N = 2_000_000

start = time.perf_counter()
for _ in range(4):
    count(N)
sequential = time.perf_counter() - start

start = time.perf_counter()
threads = [threading.Thread(target=count, args=(N,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start

start = time.perf_counter()
sleepers = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(4)]
for t in sleepers:
    t.start()
for t in sleepers:
    t.join()
sleeping = time.perf_counter() - start

print(f"cpu-bound, 4 runs in one thread: {sequential:.3f} s")
print(f"cpu-bound, 4 threads:            {threaded:.3f} s  (ratio {threaded / sequential:.2f})")
print(f"4 threads sleeping 0.2 s:        {sleeping:.3f} s")
