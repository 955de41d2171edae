# str() and repr() of tracemalloc's objects, on values built by hand (so no size depends on
# the interpreter): Frame, Traceback, Statistic, StatisticDiff, and the size units.
import tracemalloc

tb = tracemalloc.Traceback((("f.py", 5),))
print(tb, repr(tb), len(tb), repr(tb[0]), str(tb[0]))
tb2 = tracemalloc.Traceback((("g.py", 2), ("f.py", 9)), total_nframe=4)
print(repr(tb2), tb2.total_nframe, [str(f) for f in tb2])
print(tb < tb2, tb == tracemalloc.Traceback((("f.py", 5),)), hash(tb) == hash(tracemalloc.Traceback((("f.py", 5),))))
for size, count in ((576, 1), (0, 0), (1536, 3), (123456, 10), (5 * 1024 * 1024, 7), (3 * 2**40, 2)):
    print(tracemalloc.Statistic(tb, size, count))
print(repr(tracemalloc.Statistic(tb, 576, 1)))
for size, diff, count, cdiff in ((2048, 1024, 4, 2), (0, -4096, 0, -3), (100, 0, 1, 0)):
    print(tracemalloc.StatisticDiff(tb, size, diff, count, cdiff))
print(repr(tracemalloc.StatisticDiff(tb, 10, -5, 1, -1)))
f = tracemalloc.Filter(True, "x.pyc", lineno=3)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
d = tracemalloc.DomainFilter(False, 3)
print(d.inclusive, d.domain)
print(tb.format(), tb2.format(most_recent_first=True), tb2.format(limit=1))
