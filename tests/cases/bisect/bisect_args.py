# bisect: argument checking, hi bounds, keys on every function, non-list sequences.
import bisect

a = [1, 3, 3, 5, 8]
for f in (bisect.bisect_left, bisect.bisect_right, bisect.bisect):
    print(f.__name__, [f(a, x) for x in range(10)], f(a, 3, 1, 2), f(a, 3, 2), f(a, 9, hi=3),
          f(a, 3, hi=-1), f(a, 3, hi=-2), f(a, 3, 10), f(a, 3, 0, 10) if False else None)
    print(f(a, 30, key=lambda v: v * 10), f((1, 2, 3), 2), f("abc", "b"), f(range(0, 20, 2), 7), f([], 1))
    for args in [(None,), (1, "x"), (1, 0, "y"), (1, 1.5), (1, -3)]:
        try:
            print(f(a, *args))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
for f in (bisect.insort_left, bisect.insort_right, bisect.insort):
    b = [(1, "a"), (3, "b"), (3, "c")]
    f(b, (3, "z"), key=lambda t: t[0])
    f(b, (0, "y"), key=lambda t: t[0])
    f(b, (2, "m"), 1, 2, key=lambda t: t[0])
    c = [1, 2, 2]
    f(c, 2)
    f(c, 2.0, hi=1)
    print(f.__name__, b, c)
    try:
        f([1], 0, -1)
    except ValueError as e:
        print(e)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right, hasattr(bisect, '__all__'))


class Idx:
    def __index__(self):
        return 2


print(bisect.bisect_left([0, 0, 0, 1], 0, Idx()), bisect.bisect_right([0, 1, 2, 3], 3, 0, Idx()))
