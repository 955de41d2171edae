# tracemalloc on snapshots built by hand (Snapshot(traces, limit) with raw traces, so nothing
# depends on the interpreter's sizes): Trace and Traces, grouping with and without cumulative,
# compare_to, Filter patterns (*, ?, [...], .pyc), all_frames, domains, filter errors.
import tracemalloc as tm

raw = [
    (0, 100, (('app/main.py', 10), ('app/util.py', 3)), 2),
    (0, 250, (('app/util.py', 3),), 1),
    (1, 40, (('lib/cache.pyc', 7), ('app/main.py', 12)), 3),
    (0, 4000, (('app/main.py', 10),), 1),
    (2, 8, (('x1.py', 1), ('lib/zz.py', 9), ('app/main.py', 12)), 3),
    (0, 100, (('app/util.py', 4),), 1),
]
snap = tm.Snapshot(raw, 3)
print(snap.traceback_limit, repr(snap.traces), len(snap.traces))
t0 = snap.traces[0]
print(t0, repr(t0), t0.domain, t0.size, t0.traceback.total_nframe, len(t0.traceback))
print([str(t) for t in snap.traces[1:3]], snap.traces[2] in snap.traces, t0 == tm.Trace(raw[0]), hash(t0) == hash(tm.Trace(raw[0])))
tb = t0.traceback
print([str(f) for f in tb], tb[0] in tb, tm.Frame(('nope.py', 1)) in tb, str(tb), tb[-1].filename, [repr(f) for f in tb[:1]])
print(tb.format(limit=-1), tb.format(limit=1, most_recent_first=True), tb.format(limit=0))
f1, f2 = tm.Frame(('a.py', 2)), tm.Frame(('a.py', 10))
print(f1 < f2, f1 <= f2, f2 > f1, f1 == tm.Frame(('a.py', 2)), sorted([f2, f1]) == [f1, f2])

for key in ('lineno', 'filename', 'traceback'):
    for stat in snap.statistics(key):
        print(key, stat)
for key in ('lineno', 'filename'):
    for stat in snap.statistics(key, cumulative=True):
        print(key, 'cumulative', stat)

old = tm.Snapshot(raw[:3] + [(0, 50, (('gone.py', 1),), 1)], 3)
for key, cumulative in (('lineno', False), ('filename', True), ('traceback', False)):
    for d in snap.compare_to(old, key, cumulative):
        print(key, cumulative, d)
print(repr(snap.compare_to(old, 'filename')[0]))


def show(filters):
    kept = snap.filter_traces(filters)
    return [(t.domain, t.size) for t in kept.traces]


print(show([]))
print(show([tm.Filter(True, 'app/*')]))
print(show([tm.Filter(False, 'app/util.py')]))
print(show([tm.Filter(True, 'lib/cache.py')]), tm.Filter(True, 'lib/cache.pyc').filename_pattern)
print(show([tm.Filter(True, 'app/main.py', lineno=12, all_frames=True)]))
print(show([tm.Filter(True, '*/[m-n]ain.py')]), show([tm.Filter(True, 'x?.py')]), show([tm.Filter(True, 'app/[!u]*')]))
print(show([tm.Filter(False, 'lib/*', all_frames=True)]))
print(show([tm.Filter(True, 'app/*', domain=0)]), show([tm.Filter(False, 'app/main.py', domain=0)]))
print(show([tm.DomainFilter(True, 1), tm.DomainFilter(True, 2)]), show([tm.DomainFilter(False, 0)]))
print(show([tm.Filter(True, 'app/*'), tm.Filter(False, '*util*'), tm.DomainFilter(False, 1)]))
print(show((f for f in [tm.Filter(True, '*.py', lineno=3)])))
try:
    snap.filter_traces(5)
except TypeError as e:
    print('TypeError:', e)
flt = tm.Filter(True, 'a*')
flt.lineno = 4
print(flt.lineno, flt.inclusive, isinstance(flt, tm.BaseFilter), isinstance(tm.DomainFilter(True, 0), tm.BaseFilter))
try:
    flt.filename_pattern = 'b'
except AttributeError:
    print('filename_pattern is read-only')
print(tm.Statistic(tb, 10, 1) == tm.Statistic(tb, 10, 1), tm.StatisticDiff(tb, 1, 1, 1, 1) == tm.StatisticDiff(tb, 1, 1, 1, 0))
