#!/usr/bin/env python3
"""An asyncio job scheduler with priorities, retries, timeouts and a small report.

Written to exercise async syntax in a realistic setting: async def / for / with,
async generators, await in comprehensions, exception groups, decorators with
arguments, keyword-only parameters, and context managers.
"""
import asyncio
import contextlib
import functools
import heapq
import itertools
import logging
import random
import time
from collections import defaultdict, Counter
from dataclasses import dataclass, field
from typing import Awaitable, Callable, Optional

log = logging.getLogger(__name__)

DEFAULT_RETRIES: int = 2
DEFAULT_TIMEOUT: float = 0.5
_ids = itertools.count(1)


class JobFailed(Exception):
    def __init__(self, job: 'Job', cause: BaseException):
        super().__init__(f'job {job.name!r} failed: {cause!r}')
        self.job, self.cause = job, cause


@dataclass(order=True)
class Job:
    priority: int
    seq: int = field(compare=True)
    name: str = field(compare=False)
    fn: Callable[..., Awaitable[object]] = field(compare=False, repr=False)
    args: tuple = field(default=(), compare=False)
    retries: int = field(default=DEFAULT_RETRIES, compare=False)
    timeout: float = field(default=DEFAULT_TIMEOUT, compare=False)
    attempts: int = field(default=0, compare=False)

    @property
    def exhausted(self) -> bool:
        return self.attempts > self.retries


def retrying(*, times: int = DEFAULT_RETRIES, exceptions: tuple[type[BaseException], ...] = (Exception,)):
    """Decorator factory: retry an async function a few times."""
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            last: Optional[BaseException] = None
            for attempt in range(times + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as exc:  # noqa: PERF203
                    last = exc
                    log.debug('attempt %d of %s failed: %s', attempt, fn.__name__, exc)
                    await asyncio.sleep(0.001 * 2 ** attempt)
            assert last is not None
            raise last
        return wrapper
    return decorate


class Stats:
    __slots__ = ('started', 'finished', 'failed', 'durations', 'by_name')

    def __init__(self) -> None:
        self.started = self.finished = self.failed = 0
        self.durations: list[float] = []
        self.by_name: defaultdict[str, Counter] = defaultdict(Counter)

    def record(self, job: Job, ok: bool, seconds: float) -> None:
        self.finished += ok
        self.failed += not ok
        self.durations.append(seconds)
        self.by_name[job.name]['ok' if ok else 'failed'] += 1

    def summary(self) -> str:
        if not self.durations:
            return 'no jobs ran'
        mean = sum(self.durations) / len(self.durations)
        worst = max(self.durations, default=0.0)
        lines = [f'{self.finished} ok, {self.failed} failed, mean {mean * 1e3:.2f} ms, worst {worst * 1e3:.2f} ms']
        lines += [f'  {name:<12} {dict(counts)}' for name, counts in sorted(self.by_name.items())]
        return '\n'.join(lines)


class Scheduler:
    def __init__(self, workers: int = 3, *, seed: int | None = None) -> None:
        self._queue: list[Job] = []
        self._workers = workers
        self._wakeup = asyncio.Event()
        self._closed = False
        self.stats = Stats()
        self.results: dict[str, object] = {}
        self.errors: list[JobFailed] = []
        self._rng = random.Random(seed)

    def submit(self, fn, *args, name: str | None = None, priority: int = 10, **options) -> Job:
        if self._closed:
            raise RuntimeError('scheduler is closed')
        job = Job(priority, next(_ids), name or fn.__name__, fn, args, **options)
        heapq.heappush(self._queue, job)
        self._wakeup.set()
        return job

    async def __aenter__(self) -> 'Scheduler':
        self._tasks = [asyncio.create_task(self._worker(i), name=f'worker-{i}') for i in range(self._workers)]
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        self._closed = True
        self._wakeup.set()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        return False

    async def _next_job(self) -> Job | None:
        while not self._queue:
            if self._closed:
                return None
            self._wakeup.clear()
            await self._wakeup.wait()
        return heapq.heappop(self._queue)

    async def _worker(self, index: int) -> None:
        while (job := await self._next_job()) is not None:
            job.attempts += 1
            started = time.perf_counter()
            try:
                async with asyncio.timeout(job.timeout):
                    result = await job.fn(*job.args)
            except (asyncio.TimeoutError, ValueError) as exc:
                elapsed = time.perf_counter() - started
                if job.exhausted:
                    self.stats.record(job, False, elapsed)
                    self.errors.append(JobFailed(job, exc))
                else:
                    heapq.heappush(self._queue, job)
            else:
                self.stats.record(job, True, time.perf_counter() - started)
                self.results[f'{job.name}#{job.seq}'] = result
            finally:
                await asyncio.sleep(0)

    async def drain(self) -> None:
        while self._queue:
            await asyncio.sleep(0.001)

    def raise_errors(self) -> None:
        if self.errors:
            raise ExceptionGroup('some jobs failed', self.errors)


async def ticker(n: int, delay: float = 0.0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def square(x: int) -> int:
    await asyncio.sleep(0.001)
    return x * x


async def flaky(x: int, *, rng=random.Random(7)) -> int:
    if rng.random() < 0.3:
        raise ValueError(f'flaky {x}')
    return -x


async def slow(seconds: float) -> str:
    await asyncio.sleep(seconds)
    return 'slow done'


@retrying(times=3, exceptions=(ZeroDivisionError,))
async def sometimes_divides(a: int, b: int) -> float:
    await asyncio.sleep(0)
    return a / (b or 1)


@contextlib.asynccontextmanager
async def timed(label: str):
    start = time.perf_counter()
    try:
        yield
    finally:
        print(f'{label}: {time.perf_counter() - start:.3f}s')


async def main() -> int:
    async with timed('total'), Scheduler(workers=4, seed=1) as scheduler:
        async for i in ticker(5):
            scheduler.submit(square, i, priority=i % 3)
        for i in range(5):
            scheduler.submit(flaky, i, name='flaky', retries=1)
        scheduler.submit(slow, 2.0, timeout=0.01, retries=0)
        squares = [await square(i) async for i in ticker(3)]
        divided = await sometimes_divides(10, 0)
        await scheduler.drain()
    print(scheduler.stats.summary())
    print(sorted(scheduler.results.items())[:3], squares, divided)
    try:
        scheduler.raise_errors()
    except* ValueError as group:
        print(f'{len(group.exceptions)} value errors')
    except* asyncio.TimeoutError:
        print('timeouts')
    except* JobFailed as group:
        for err in group.exceptions:
            print('failed:', err.job.name, type(err.cause).__name__)
    return 0


if __name__ == '__main__':
    logging.basicConfig(level=logging.WARNING, format='%(levelname)s %(message)s')
    raise SystemExit(asyncio.run(main()))
