# tracemalloc's switches and counters: start/stop/is_tracing, the traceback limit, traced
# memory growing with an allocation and falling when it is freed, reset_peak, clear_traces,
# and CPython's errors. Sizes differ between interpreters: only comparisons are printed.
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
for bad in (0, 65536, -1):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print(e)
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print(e)

tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
before, _ = tracemalloc.get_traced_memory()
data = [str(i) * 3 for i in range(20000)]
after, peak = tracemalloc.get_traced_memory()
print("grows:", after - before > 20000 * 40, "peak >= current:", peak >= after)
del data
freed, peak2 = tracemalloc.get_traced_memory()
print("falls:", freed < after // 10, "peak kept:", peak2 >= after)
tracemalloc.reset_peak()
cur, peak3 = tracemalloc.get_traced_memory()
print("reset_peak:", peak3 < after // 10)
tracemalloc.clear_traces()
cur, peak4 = tracemalloc.get_traced_memory()
print("cleared:", cur < 1000, tracemalloc.is_tracing())
print(tracemalloc.get_tracemalloc_memory() > 0)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
