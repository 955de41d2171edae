"""Functional tools for creating and using iterators.

mnemo: CPython 3.11's itertools, written in Python. Every iterator is a class of this module
(so type names, `repr` of `count`/`repeat`, and the argument errors are CPython's); the work is
done by a generator each object holds. Pickling (`__reduce__`/`__setstate__`) is left out.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')


def _index(name, v, what):
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer") from None


_MISSING = object()


def _required(name, *args):
    for i, a in enumerate(args):
        if a is _MISSING:
            names = ('iterable', 'r')
            raise TypeError(f"{name}() missing required argument '{names[i]}' (pos {i + 1})")


class _Base:
    """An iterator backed by a generator (`self._g`)."""
    __slots__ = ('_g',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._g)


def _count_gen(n, step):
    while True:
        yield n
        n += step


class count(_Base):
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ('_step', '_cur')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            t = type(v)
            if not (isinstance(v, (int, float, complex)) or hasattr(t, '__index__')
                    or hasattr(t, '__float__') or hasattr(t, '__int__')):
                raise TypeError('a number is required')
        self._cur = start
        self._step = step

    def __next__(self):
        v = self._cur
        self._cur = v + self._step
        return v

    def __repr__(self):
        name = type(self).__name__
        if type(self._step) is int and self._step == 1:
            return f'{name}({self._cur!r})'
        return f'{name}({self._cur!r}, {self._step!r})'


class cycle(_Base):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence
    indefinitely."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._g = self._gen(iter(iterable))

    @staticmethod
    def _gen(it):
        saved = []
        for x in it:
            yield x
            saved.append(x)
        if not saved:
            return
        while True:
            yield from saved


class repeat(_Base):
    """repeat(object [,times]) -> create an iterator which returns the object for the
    specified number of times.  If not specified, returns the object endlessly."""
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._times = None
        else:
            n = _index('repeat', times, 'times')
            self._times = n if n > 0 else 0

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        name = type(self).__name__
        if self._times is None:
            return f'{name}({self._obj!r})'
        return f'{name}({self._obj!r}, {self._times})'


def _add(a, b):
    return a + b


class accumulate(_Base):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._g = self._gen(iter(iterable), func, initial)

    @staticmethod
    def _gen(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        f = _add if func is None else func
        for x in it:
            total = f(total, x)
            yield total


class chain(_Base):
    """Return a chain object whose .__next__() method returns elements from the first
    iterable until it is exhausted, then elements from the next iterable, until all of the
    iterables are exhausted."""
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        _no_kwargs('chain', kwargs)
        self._g = self._gen(iterables)

    @staticmethod
    def _gen(iterables):
        for it in iterables:
            yield from it

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates
        lazily."""
        self = cls.__new__(cls)
        self._g = cls._gen(iter(iterable))
        return self


class compress(_Base):
    """Return data elements corresponding to true selector elements."""
    __slots__ = ()

    def __init__(self, data, selectors):
        self._g = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_Base):
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /, **kwargs):
        _no_kwargs('dropwhile', kwargs)
        self._g = self._gen(predicate, iter(iterable))

    @staticmethod
    def _gen(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_Base):
    """Return successive entries from an iterable as long as the predicate evaluates to true
    for each entry."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /, **kwargs):
        _no_kwargs('takewhile', kwargs)
        self._g = self._gen(predicate, iter(iterable))

    @staticmethod
    def _gen(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_Base):
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ()

    def __init__(self, function, iterable, /, **kwargs):
        _no_kwargs('filterfalse', kwargs)
        it = iter(iterable)
        if function is None:
            self._g = (x for x in it if not x)
        else:
            self._g = (x for x in it if not function(x))


class starmap(_Base):
    """Return an iterator whose values are returned from the function evaluated with an
    argument tuple taken from the given sequence."""
    __slots__ = ()

    def __init__(self, function, iterable, /, **kwargs):
        _no_kwargs('starmap', kwargs)
        self._g = (function(*tuple(args)) for args in iter(iterable))


class pairwise(_Base):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._g = self._gen(iter(iterable))

    @staticmethod
    def _gen(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class islice(_Base):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""
    __slots__ = ()

    def __init__(self, iterable, *args, **kwargs):
        _no_kwargs('islice', kwargs)
        n = len(args)
        if n == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if n > 3:
            raise TypeError(f'islice expected at most 4 arguments, got {n + 1}')
        # CPython's islice_new: a stop that is not a valid size gets its own message.
        start, step = 0, 1
        stop = self._arg(args[0] if n == 1 else args[1])
        if stop == -1:
            raise ValueError('Stop argument for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if n > 1 and args[0] is not None:
            start = self._arg(args[0])
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if n == 3 and args[2] is not None:
            step = self._arg(args[2])
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._g = self._gen(iter(iterable), start, stop, step)

    @staticmethod
    def _arg(v):
        """PyNumber_AsSsize_t with the error cleared: -1 for what is not a valid size."""
        if v is None:
            return None
        try:
            i = v.__index__()
        except AttributeError:
            return -1
        if i > _sys.maxsize or i < -_sys.maxsize - 1:
            return -1
        return i

    @staticmethod
    def _gen(it, start, stop, step):
        # CPython's islice_next: consume only what is needed.
        cnt = 0
        nxt = start
        while True:
            while cnt < nxt:
                try:
                    next(it)
                except StopIteration:
                    return
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            try:
                item = next(it)
            except StopIteration:
                return
            cnt += 1
            nxt += step
            if stop is not None and nxt > stop:
                nxt = stop
            yield item


class zip_longest(_Base):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object"""
    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._g = self._gen([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _gen(its, fillvalue):
        if not its:
            return
        active = len(its)
        done = [False] * len(its)
        while True:
            values = []
            for i, it in enumerate(its):
                if done[i]:
                    values.append(fillvalue)
                    continue
                try:
                    values.append(next(it))
                except StopIteration:
                    done[i] = True
                    active -= 1
                    if not active:
                        return
                    values.append(fillvalue)
            yield tuple(values)


class _grouper(_Base):
    __slots__ = ()


class groupby(_Base):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_id')

    def __init__(self, iterable, key=None):
        self._keyfunc = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = object()

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        g = _grouper.__new__(_grouper)
        g._g = self._grouper(self._tgtkey, self._id)
        return (self._currkey, g)

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee(_Base):
    __slots__ = ('_source', '_link')

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source)
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._source = self._source
        t._link = self._link
        return t


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index('tee', n, 'n')
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if hasattr(it, '__copy__'):
        first = it
    else:
        first = _tee.__new__(_tee)
        first._source = it
        first._link = _tee_link()
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


class product(_Base):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        r = _index('product', repeat, 'repeat')
        if r < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * r
        self._g = self._gen(pools)

    @staticmethod
    def _gen(pools):
        if any(not pool for pool in pools):
            return
        n = len(pools)
        idx = [0] * n
        yield tuple(pool[0] for pool in pools)
        while True:
            i = n - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    break
                idx[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple([pools[k][idx[k]] for k in range(n)])


class permutations(_Base):
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _index('permutations', r, 'r')
            if r < 0:
                raise ValueError('r must be non-negative')
        self._g = self._gen(pool, n, r)

    @staticmethod
    def _gen(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_Base):
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, iterable=_MISSING, r=_MISSING):
        _required('combinations', iterable, r)
        pool = tuple(iterable)
        r = _index('combinations', r, 'r')
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = self._gen(pool, r)

    @staticmethod
    def _gen(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Base):
    """Return successive r-length combinations of elements in the iterable allowing
    individual elements to have successive repeats."""
    __slots__ = ()

    def __init__(self, iterable=_MISSING, r=_MISSING):
        _required('combinations_with_replacement', iterable, r)
        pool = tuple(iterable)
        r = _index('combinations_with_replacement', r, 'r')
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = self._gen(pool, r)

    @staticmethod
    def _gen(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


for _cls in (_Base, count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
             filterfalse, starmap, pairwise, islice, zip_longest, groupby, _grouper, _tee,
             product, permutations, combinations, combinations_with_replacement):
    _cls.__module__ = 'itertools'
del _cls
