# tracemalloc's cost: the same allocation-heavy workload run without tracing, then with
# tracemalloc started (and stopped after), in one process. Prints both times and the ratio;
# scripts/bench_tracemalloc.sh runs it beside python3.
import time
import tracemalloc


def workload():
    rows = []
    for i in range(60_000):
        rows.append({"id": i, "name": "row%d" % i, "tags": [i, i + 1, (i, "x")]})
    total = 0
    for r in rows:
        total += r["id"] + len(r["tags"]) + len(r["name"])
    return total


def best_of(runs):
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        workload()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


plain = best_of(3)
tracemalloc.start()
traced = best_of(3)
current, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(f"without tracemalloc: {plain:.3f} s")
print(f"with tracemalloc:    {traced:.3f} s  (overhead x{traced / plain:.2f}, peak traced {peak / 2**20:.1f} MiB)")
