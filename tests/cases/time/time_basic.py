# time: broken-down time (gmtime/localtime/mktime/asctime/ctime/strftime) in the local zone,
# clocks and sleep, and CPython's argument errors.
import time
for t, f in [('sleep(-1)', lambda: time.sleep(-1)), ('sleep("a")', lambda: time.sleep("a")),
             ('month', lambda: time.strftime("%Y", (2020,13,1,0,0,0,0,1,0))), ('strftime(1)', lambda: time.strftime(1)),
             ('strftime 5', lambda: time.strftime("%Y", 5)), ('localtime x', lambda: time.localtime("x")), ('gmtime 1e20', lambda: time.gmtime(1e20)),
             ('big', lambda: time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %U %W %c %x %X %% %Q %e %D %T %F %G %V %u %C %h %n %t %R %r %s", time.gmtime(1700000000))),
             ('asctime', lambda: time.asctime(time.gmtime(0))), ('ctime', lambda: time.ctime(0)), ('mktime', lambda: time.mktime((2020,1,1,0,0,0,0,1,0))),
             ('mktime2', lambda: time.mktime(time.localtime(1e9))), ('gmtime -1', lambda: time.gmtime(-1)), ('zeros', lambda: time.strftime("%Y", (2020,0,0,0,0,0,0,0,0))),
             ('asctime wday', lambda: time.asctime((2020,1,1,0,0,0,8,1,0))), ('lt0', lambda: time.localtime(0)), ('fields', lambda: time.gmtime(86400*366).tm_yday),
             ('tz', lambda: (time.timezone, time.altzone, time.daylight, time.tzname)),
             ('weeks', lambda: [time.strftime('%U %W %V %G %j %a', time.gmtime(d*86400)) for d in range(0, 20000, 997)])]:
    try: print(t, '->', repr(f()))
    except Exception as e: print(t, '->', type(e).__name__, e)
t0 = time.perf_counter(); time.sleep(0.01); t1 = time.perf_counter(); print(0.009 < t1 - t0 < 0.5)
print(type(time.time()), time.time() > 1.7e9, isinstance(time.time_ns(), int), time.monotonic() <= time.monotonic(), time.process_time() >= 0, time.perf_counter_ns() > 0)
