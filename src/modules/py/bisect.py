"""bisect for mnemo: binary search for the insertion point of a value in a sorted sequence
(bisect_left/bisect_right, bisect = bisect_right) and sorted insertion (insort_left/insort_right,
insort = insort_right), with optional key functions as in Python 3.10+."""

def _index(value, message):
    if isinstance(value, int):
        return value
    try:
        convert = type(value).__index__
    except AttributeError:
        raise TypeError(message % type(value).__name__) from None
    return convert(value)


def _bounds(a, lo, hi):
    lo = _index(lo, "'%s' object cannot be interpreted as an integer")
    if lo < 0:
        raise ValueError("lo must be non-negative")
    hi = len(a) if hi is None else _index(hi, "argument should be integer or None, not '%s'")
    if hi == -1:
        hi = len(a)
    return lo, hi


def _search(a, x, lo, hi, key, after_equal):
    """The insertion point of x in a[lo:hi]: after the items equal to x if after_equal, else
    before them. Items are compared through `key` when it is given (x itself is not)."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        probe = a[middle] if key is None else key(a[middle])
        goes_left = x < probe if after_equal else not probe < x
        if goes_left:
            hi = middle
        else:
            lo = middle + 1
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted: every item
    before it is <= x, every item from it on is > x. lo and hi bound the slice searched."""
    return _search(a, x, lo, hi, key, True)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted: every item
    before it is < x, every item from it on is >= x. lo and hi bound the slice searched."""
    return _search(a, x, lo, hi, key, False)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, keeping it sorted; after any items equal to x."""
    a.insert(_search(a, x if key is None else key(x), lo, hi, key, True), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, keeping it sorted; before any items equal to x."""
    a.insert(_search(a, x if key is None else key(x), lo, hi, key, False), x)


bisect = bisect_right
insort = insort_right
