"""Heap queue (priority queue) functions over plain lists, written for mnemo.

A heap is a list where every item is <= its children (item k has children 2k+1 and 2k+2), so
heap[0] is the smallest. Items are moved with the same comparisons, in the same order, as
CPython's _heapq, so a heap built here has the same layout as CPython's.
"""

__all__ = [
    'heappush', 'heappop', 'heapify', 'heapreplace',
    'merge', 'nlargest', 'nsmallest', 'heappushpop',
]


def _require_list(obj, func, which=' 1'):
    if not isinstance(obj, list):
        kind = 'None' if obj is None else type(obj).__name__
        raise TypeError(f'{func}() argument{which} must be list, not {kind}')


# --- moving one item into place (min-heap) ---

def _bubble_up(heap, floor, pos):
    """Move heap[pos] towards the root (not above `floor`) while it is smaller than its
    parent."""
    item = heap[pos]
    while pos > floor:
        up = (pos - 1) >> 1
        above = heap[up]
        if not item < above:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _sink(heap, pos):
    """Re-place heap[pos]: first walk the smaller child up all the way to a leaf, then bubble
    the item up from there (fewer comparisons than stopping on the way down)."""
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


# --- the same for a max-heap (largest at the root), for merge(reverse=True) ---

def _bubble_up_max(heap, floor, pos):
    item = heap[pos]
    while pos > floor:
        up = (pos - 1) >> 1
        above = heap[up]
        if not above < item:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _sink_max(heap, pos):
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


# --- the public heap operations ---

def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _require_list(heap, 'heappush')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def _take_root(heap, sink):
    last = heap.pop()
    if not heap:
        return last
    root = heap[0]
    heap[0] = last
    sink(heap, 0)
    return root


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _require_list(heap, 'heappop', '')
    if not heap:
        raise IndexError('index out of range')
    return _take_root(heap, _sink)


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

    The heap size does not change; the value returned may be larger than item.
    """
    _require_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item (faster than the two
    calls)."""
    _require_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sink(heap, 0)
        return smallest
    return item


def heapify(x, /):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _require_list(x, 'heapify', '')
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink(x, pos)


# Max-heap helpers CPython's heapq also has (private, kept for code that uses them).

def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, pos)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    return _take_root(heap, _sink_max)


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


# --- merging sorted inputs ---

def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output (an iterator); equal items
    come in the order of the inputs. Like sorted(itertools.chain(*iterables)), but lazy.
    `key` and `reverse` mean what they mean for sorted() (the inputs must be sorted that way).
    """
    # Each entry is [sort key, rank, current value, iterator]; the rank (input position,
    # negated for a max-heap) settles ties so that earlier inputs come first.
    sign = -1 if reverse else 1
    sink = _sink_max if reverse else _sink
    heap = []
    for position, iterable in enumerate(iterables):
        source = iter(iterable)
        for value in source:
            heap.append([value if key is None else key(value), position * sign, value, source])
            break
    if reverse:
        _heapify_max(heap)
    else:
        heapify(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            sink(heap, 0)
            break
        else:
            _take_root(heap, sink)
    if heap:
        # One input left: the rest of it comes as it is.
        _, _, value, source = heap[0]
        yield value
        yield from source


# --- the n smallest / largest items ---

def _select(n, iterable, key, largest):
    """The first n items of sorted(iterable, key=key, reverse=largest), keeping at most n
    candidates at a time."""
    best = []  # (key, item), best first; among equal keys, earliest first
    for item in iterable:
        k = item if key is None else key(item)
        if len(best) >= n:
            worst = best[-1][0]
            if not (worst < k if largest else k < worst):
                continue
            best.pop()
        # Insert after every kept entry the new one does not beat.
        lo, hi = 0, len(best)
        while lo < hi:
            mid = (lo + hi) // 2
            there = best[mid][0]
            if there < k if largest else k < there:
                hi = mid
            else:
                lo = mid + 1
        best.insert(lo, (k, item))
    return [item for _, item in best]


def _pick(n, iterable, key, largest):
    if n == 1:
        missing = object()
        extreme = max if largest else min
        if key is None:
            found = extreme(iterable, default=missing)
        else:
            found = extreme(iterable, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]
    source = iter(iterable)
    if n <= 0:
        return []
    return _select(n, source, key, largest)


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _pick(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _pick(n, iterable, key, True)
