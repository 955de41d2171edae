"""Trace memory allocations: mnemo's tracemalloc, written for mnemo after the documented API
of CPython 3.11's.

The tracing itself is in _tracemalloc (Rust): mnemo's allocator records every block made while
tracing is on, with the line of Python code that made it. This module gives the snapshots and
statistics: take_snapshot() -> Snapshot; Snapshot.statistics('lineno' | 'filename' |
'traceback', cumulative=False); compare_to; filter_traces with Filter and DomainFilter;
dump/load (mnemo's own text format, not pickle); Statistic, StatisticDiff, Traceback, Frame
and Trace with CPython's str() and repr().

A raw trace, as _tracemalloc gives it, is (domain, size, frames, total_nframe), its frames a
tuple of (filename, lineno) pairs, most recent first.
"""

from functools import total_ordering as _total_ordering
from _tracemalloc import (
    start, stop, is_tracing, clear_traces, get_traced_memory, reset_peak,
    get_tracemalloc_memory, get_traceback_limit, _get_traces, _get_object_traceback)

_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _format_size(size, sign):
    """A byte count in the largest unit that keeps it readable: '576 B', '1.5 KiB', '12 MiB'
    (one decimal under 100 units, none above); with a sign if `sign`."""
    plus = '+' if sign else ''
    for unit in _UNITS:
        magnitude = abs(size)
        if unit != 'B' and magnitude < 100:
            return f"{size:{plus}.1f} {unit}"
        if magnitude < 10 * 1024 or unit == _UNITS[-1]:
            return f"{size:{plus}.0f} {unit}"
        size /= 1024


def _average(size, count):
    return f", average={_format_size(size / count, False)}" if count else ""


class Statistic:
    """Statistic difference on memory allocations between two Snapshot instances."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def _fields(self):
        return (self.traceback, self.size, self.count)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if isinstance(other, Statistic):
            return self._fields() == other._fields()
        return NotImplemented

    def __str__(self):
        size = _format_size(self.size, False)
        return f"{self.traceback}: size={size}, count=%i" % self.count + _average(
            self.size, self.count)

    def __repr__(self):
        return f"<Statistic traceback={self.traceback!r} " + (
            "size=%i count=%i>" % (self.size, self.count))

    def _sort_key(self):
        # Biggest first (the list is sorted in reverse): by size, then count, then traceback.
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """Statistic difference on memory allocations between an old and a new Snapshot."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if isinstance(other, StatisticDiff):
            return self._fields() == other._fields()
        return NotImplemented

    def __str__(self):
        size = _format_size(self.size, False)
        change = _format_size(self.size_diff, True)
        counts = "count=%i (%+i)" % (self.count, self.count_diff)
        return f"{self.traceback}: size={size} ({change}), {counts}" + _average(
            self.size, self.count)

    def __repr__(self):
        numbers = "size=%i (%+i) count=%i (%+i)" % (
            self.size, self.size_diff, self.count, self.count_diff)
        return f"<StatisticDiff traceback={self.traceback!r} {numbers}>"

    def _sort_key(self):
        # Biggest change first, then biggest size, biggest change of count, count, traceback.
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count,
                self.traceback)


def _diff_groups(old, new):
    """StatisticDiffs between two {traceback: Statistic} groupings (`old` is consumed)."""
    diffs = []
    for tb, now in new.items():
        before = old.pop(tb, None)
        size0, count0 = (0, 0) if before is None else (before.size, before.count)
        diffs.append(StatisticDiff(tb, now.size, now.size - size0, now.count, now.count - count0))
    # What is left was freed entirely.
    diffs.extend(StatisticDiff(tb, 0, -gone.size, 0, -gone.count) for tb, gone in old.items())
    return diffs


@_total_ordering
class Frame:
    """Frame of a traceback."""

    __slots__ = ("_frame",)

    def __init__(self, raw):
        self._frame = raw  # (filename, lineno)

    filename = property(lambda self: self._frame[0])
    lineno = property(lambda self: self._frame[1])

    def __eq__(self, other):
        if isinstance(other, Frame):
            return self._frame == other._frame
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Frame):
            return self._frame < other._frame
        return NotImplemented

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return f"{self.filename}:{self.lineno}"

    def __repr__(self):
        return f"<Frame filename={self.filename!r} lineno={self.lineno!r}>"


def _line_of(filename, lineno):
    """Line `lineno` of the file, or '' if it cannot be read."""
    try:
        with open(filename) as source:
            for number, text in enumerate(source, 1):
                if number == lineno:
                    return text
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return ''


@_total_ordering
class Traceback:
    """Sequence of Frame instances sorted from the oldest frame to the most recent frame."""

    __slots__ = ("_frames", '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        # Given most recent first (as traced); kept oldest first.
        self._frames = tuple(frames)[::-1]
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, key):
        picked = self._frames[key]
        return tuple(map(Frame, picked)) if isinstance(key, slice) else Frame(picked)

    def __iter__(self):
        return map(Frame, self._frames)

    def __contains__(self, item):
        return item._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if isinstance(other, Traceback):
            return self._frames == other._frames
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Traceback):
            return self._frames < other._frames
        return NotImplemented

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        extra = "" if self._total_nframe is None else f" total_nframe={self._total_nframe}"
        return f"<Traceback {tuple(self)}{extra}>"

    def format(self, limit=None, most_recent_first=False):
        """The traceback as lines of text, as the traceback module shows one."""
        frames = list(self)
        if limit is not None:
            # A positive limit keeps the most recent frames, a negative one the oldest.
            frames = frames[-limit:] if limit > 0 else frames[:limit]
        if most_recent_first:
            frames.reverse()
        out = []
        for frame in frames:
            out.append(f'  File "{frame.filename}", line {frame.lineno}')
            code = _line_of(frame.filename, frame.lineno).strip()
            if code:
                out.append(f'    {code}')
        return out


def get_object_traceback(obj):
    """Get the traceback where the Python object *obj* was allocated, or None."""
    where = _get_object_traceback(obj)
    return None if where is None else Traceback(where)


class Trace:
    """Trace of a memory block."""

    __slots__ = ("_trace",)

    def __init__(self, raw):
        self._trace = raw

    domain = property(lambda self: self._trace[0])
    size = property(lambda self: self._trace[1])
    traceback = property(lambda self: Traceback(*self._trace[2:]))

    def __eq__(self, other):
        if isinstance(other, Trace):
            return self._trace == other._trace
        return NotImplemented

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return f"{self.traceback}: {_format_size(self.size, False)}"

    def __repr__(self):
        size = _format_size(self.size, False)
        return f"<Trace domain={self.domain} size={size}, traceback={self.traceback!r}>"


class _Traces:
    """The traces of a snapshot, as a read-only sequence of Trace objects."""

    def __init__(self, raw):
        self._traces = raw

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, key):
        picked = self._traces[key]
        return tuple(map(Trace, picked)) if isinstance(key, slice) else Trace(picked)

    def __contains__(self, item):
        return item._trace in self._traces

    def __eq__(self, other):
        if isinstance(other, _Traces):
            return self._traces == other._traces
        return NotImplemented

    def __repr__(self):
        return f"<Traces len={len(self)}>"


# --- filters ---

def _source_name(filename):
    # A compiled file stands for its source.
    return filename[:-1] if filename.endswith('.pyc') else filename


_ANY_RUN = object()   # '*'
_ANY_ONE = object()   # '?'


def _compile_glob(pattern):
    """Split a shell pattern (fnmatch's, on POSIX) into tokens: _ANY_RUN, _ANY_ONE, a literal
    character, or (negated, chars, ranges) for a [...] class."""
    tokens = []
    i, end = 0, len(pattern)
    while i < end:
        c = pattern[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _ANY_RUN:
                tokens.append(_ANY_RUN)
        elif c == '?':
            tokens.append(_ANY_ONE)
        elif c == '[':
            close = i
            if close < end and pattern[close] == '!':
                close += 1
            if close < end and pattern[close] == ']':
                close += 1  # a ']' first in the class is one of its characters
            close = pattern.find(']', close)
            if close < 0:
                tokens.append('[')  # unclosed: an ordinary character
                continue
            body = pattern[i:close]
            i = close + 1
            negated = body.startswith('!')
            if negated:
                body = body[1:]
            chars, ranges = set(), []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    chars.add(body[k])
                    k += 1
            tokens.append((negated, chars, ranges))
        else:
            tokens.append(c)
    return tokens


def _token_accepts(token, ch):
    if token is _ANY_ONE:
        return True
    if isinstance(token, str):
        return token == ch
    negated, chars, ranges = token
    inside = ch in chars or any(low <= ch <= high for low, high in ranges)
    return inside != negated


def _glob_match(name, tokens):
    """Whether all of `name` matches the tokens (backtracking to the last '*' seen)."""
    n = t = 0
    star = -1      # token index just after the last '*'
    resume = 0     # where in name that '*' would take one more character from
    while n < len(name):
        if t < len(tokens) and tokens[t] is _ANY_RUN:
            t += 1
            star, resume = t, n
        elif t < len(tokens) and _token_accepts(tokens[t], name[n]):
            t += 1
            n += 1
        elif star >= 0:
            resume += 1
            n, t = resume, star
        else:
            return False
    while t < len(tokens) and tokens[t] is _ANY_RUN:
        t += 1
    return t == len(tokens)


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    def __init__(self, inclusive, filename_pattern,
                 lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self._filename_pattern = _source_name(filename_pattern)
        self._tokens = _compile_glob(self._filename_pattern)
        self._verdicts = {}  # filename -> whether it matches the pattern
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _frame_hits(self, frame):
        """Whether one (filename, lineno) matches the pattern and line, ignoring inclusive."""
        filename, lineno = frame
        verdict = self._verdicts.get(filename)
        if verdict is None:
            verdict = _glob_match(_source_name(filename), self._tokens)
            self._verdicts[filename] = verdict
        return verdict and (self.lineno is None or lineno == self.lineno)

    def _match(self, trace):
        domain, _size, frames, _total = trace
        if self.all_frames:
            hit = any(map(self._frame_hits, frames))
        else:
            hit = self._frame_hits(frames[0])
        keep = hit if self.inclusive else not hit
        if self.domain is None:
            return keep
        if self.inclusive:
            return keep and domain == self.domain
        return keep or domain != self.domain


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        same = trace[0] == self._domain
        return same if self.inclusive else not same


# --- snapshots ---

# The frames a statistic's Traceback keeps, per key type, out of a trace's frames.
_GROUP_SHAPES = {
    'traceback': lambda frames: frames,
    'lineno': lambda frames: frames[:1],
    'filename': lambda frames: ((frames[0][0], 0),),
}
_KEY_TYPES = tuple(_GROUP_SHAPES)
_DUMP_MAGIC = "mnemo-tracemalloc"


class Snapshot:
    """Snapshot of traces of memory blocks allocated by Python."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot into a file (mnemo's text format)."""
        raw = self.traces._traces
        out = [f"{_DUMP_MAGIC} 1 {self.traceback_limit} {len(raw)}"]
        for domain, size, frames, total in raw:
            out.append(f"{domain} {size} {total} {len(frames)}")
            out.extend(f"{lineno} {name}" for name, lineno in frames)
        with open(filename, "w") as target:
            target.write("\n".join(out) + "\n")

    @staticmethod
    def load(filename):
        """Load a snapshot from a file written by dump()."""
        with open(filename) as source:
            rows = source.read().split("\n")
        header = rows[0].split(" ")
        if len(header) != 4 or header[0] != _DUMP_MAGIC or header[1] != "1":
            raise ValueError(f"not a tracemalloc snapshot written by mnemo: {filename!r}")
        limit, count = int(header[2]), int(header[3])
        traces = []
        pos = 1
        for _ in range(count):
            domain, size, total, nframes = (int(field) for field in rows[pos].split(" "))
            frames = []
            for row in rows[pos + 1:pos + 1 + nframes]:
                lineno, name = row.split(" ", 1)
                frames.append((name, int(lineno)))
            pos += 1 + nframes
            traces.append((domain, size, tuple(frames), total))
        return Snapshot(traces, limit)

    def filter_traces(self, filters):
        """Create a new Snapshot instance with a filtered traces sequence."""
        if not isinstance(filters, (list, tuple)):
            try:
                filters = list(filters)
            except TypeError:
                raise TypeError(f"filters must be a list of filters, not "
                                f"{type(filters).__name__}") from None
        wanted = [f for f in filters if f.inclusive]
        unwanted = [f for f in filters if not f.inclusive]
        kept = []
        for raw in self.traces._traces:
            # Kept when some inclusive filter takes it (if there are any) and every
            # exclusive filter lets it through.
            if wanted and not any(f._match(raw) for f in wanted):
                continue
            if all(f._match(raw) for f in unwanted):
                kept.append(raw)
        return Snapshot(kept, self.traceback_limit)

    def _grouped(self, key_type, cumulative):
        if key_type not in _KEY_TYPES:
            raise ValueError(f"unknown key_type: {key_type!r}")
        if cumulative and key_type == 'traceback':
            raise ValueError(f"cumulative mode cannot by used with key type {key_type!r}")
        groups = {}
        made = {}  # the Traceback key for a frames tuple (or one frame), built once
        shape = _GROUP_SHAPES[key_type]

        def count_in(key, size):
            tb = made.get(key)
            if tb is None:
                tb = made[key] = Traceback(shape(key))
            stat = groups.get(tb)
            if stat is None:
                groups[tb] = Statistic(tb, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for _domain, size, frames, _total in self.traces._traces:
            if cumulative:
                # Every frame of the traceback is charged with the block.
                for frame in frames:
                    count_in((frame,), size)
            else:
                count_in(frames, size)
        return groups

    def statistics(self, key_type, cumulative=False):
        """Group statistics by key_type. Return a sorted list of Statistic instances."""
        stats = list(self._grouped(key_type, cumulative).values())
        stats.sort(key=Statistic._sort_key, reverse=True)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """Compute the differences with an old snapshot old_snapshot."""
        diffs = _diff_groups(old_snapshot._grouped(key_type, cumulative),
                             self._grouped(key_type, cumulative))
        diffs.sort(key=StatisticDiff._sort_key, reverse=True)
        return diffs


def take_snapshot():
    """Take a snapshot of traces of memory blocks allocated by Python."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory allocations to "
                           "take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
