# Snapshots and statistics: the top 'lineno' entry points at the allocating line; grouping by
# 'filename' and 'traceback'; compare_to; filters; dump/load; get_object_traceback.
import os
import tracemalloc

tracemalloc.start()
big = [(i, i * 2) for i in range(3000)]  # line 7: the biggest allocation
small = {"a": 1}
snap = tracemalloc.take_snapshot()
here = os.path.basename(__file__)

top = snap.statistics('lineno')
first = top[0]
print(os.path.basename(first.traceback[0].filename), first.traceback[0].lineno, first.count > 3000)
print(type(first).__name__, len(first.traceback), isinstance(first.traceback[0], tracemalloc.Frame))
print(all(a.size >= b.size for a, b in zip(top, top[1:])))

by_file = snap.statistics('filename')
mine = [s for s in by_file if os.path.basename(s.traceback[0].filename) == here]
print(len(mine), mine[0].traceback[0].lineno, mine[0].size >= first.size)
by_tb = snap.statistics('traceback')
print(by_tb[0].traceback == first.traceback)
for key, cumulative in (('bad', False), ('traceback', True)):
    try:
        snap.statistics(key, cumulative)
    except ValueError as e:
        print(e)

more = [bytes(1000) for _ in range(300)]  # line 29
snap2 = tracemalloc.take_snapshot()
diff = snap2.compare_to(snap, 'lineno')
print(diff[0].traceback[0].lineno, diff[0].count_diff >= 300, diff[0].size_diff > 300000)
print(type(diff[0]).__name__)

only_here = snap2.filter_traces([tracemalloc.Filter(True, __file__)])
print(all(t.traceback[0].filename == __file__ for t in only_here.traces))
not_here = snap2.filter_traces([tracemalloc.Filter(False, __file__)])
print(len(only_here.traces) + len(not_here.traces) == len(snap2.traces))
line7 = snap2.filter_traces([tracemalloc.Filter(True, __file__, lineno=7)])
print({t.traceback[0].lineno for t in line7.traces})
print(len(snap2.filter_traces([tracemalloc.DomainFilter(True, 0)]).traces) == len(snap2.traces))
print(len(snap2.filter_traces([tracemalloc.DomainFilter(False, 0)]).traces))
print(len(snap2.filter_traces([tracemalloc.Filter(True, "*" + here)]).traces) == len(only_here.traces))

path = "tracemalloc_snapshot.tmp"
snap2.dump(path)
loaded = tracemalloc.Snapshot.load(path)
os.remove(path)
key = lambda s: (s.traceback, s.size, s.count)
print(sorted(map(key, loaded.statistics('lineno'))) == sorted(map(key, snap2.statistics('lineno'))))


buffer = bytearray(5000)


thing = bytearray(5000)  # line 55
tb = tracemalloc.get_object_traceback(thing)
print(tb[0].lineno, len(tb))
tracemalloc.stop()
print(tracemalloc.get_object_traceback(thing))
