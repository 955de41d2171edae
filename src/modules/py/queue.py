"""Synchronised queues for threads (mnemo's own implementation).

Queue is first in, first out; LifoQueue hands back the newest item; PriorityQueue the smallest.
SimpleQueue is an unbounded FIFO without task tracking. Blocking waits sit in
threading.Condition, which lets the GIL go while a thread sleeps."""

import threading
from collections import deque as _fifo
from types import GenericAlias as _Alias
from heapq import heappop as _heap_take, heappush as _heap_add
from time import monotonic as _now

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_BAD_TIMEOUT = "'timeout' must be a non-negative number"


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


# CPython defines Empty in its C accelerator.
Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _wait_until(cond, ready, block, timeout, failure):
    """With `cond` held, return once ready() is true, or raise `failure` when the caller would
    not wait (block false) or its timeout ran out. A negative timeout is refused up front."""
    if not block:
        if not ready():
            raise failure
        return
    if timeout is None:
        while not ready():
            cond.wait()
        return
    if timeout < 0:
        raise ValueError(_BAD_TIMEOUT)
    deadline = _now() + timeout
    while not ready():
        left = deadline - _now()
        if left <= 0.0:
            raise failure
        cond.wait(left)


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock shared by three conditions: readers wait for items, writers for room,
        # join() for the count of unfinished tasks to reach zero.
        lock = self.mutex = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(lock) for _ in range(3))
        self.unfinished_tasks = 0

    __class_getitem__ = classmethod(_Alias)

    # -- storage; subclasses replace these four to change the order --

    def _init(self, maxsize):
        self.queue = _fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    # -- helpers evaluated with the mutex held --

    def _has_items(self):
        return self._qsize() > 0

    def _has_room(self):
        return self._qsize() < self.maxsize

    def _all_done(self):
        return not self.unfinished_tasks

    # -- public interface --

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.'''
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()  # wake every join()
            self.unfinished_tasks = left

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.'''
        with self.all_tasks_done:
            self.all_tasks_done.wait_for(self._all_done)

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        with self.mutex:
            return not self._has_items()

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).'''
        with self.mutex:
            return self.maxsize > 0 and not self._has_room()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.'''
        with self.not_full:
            if self.maxsize > 0:
                _wait_until(self.not_full, self._has_room, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        with self.not_empty:
            _wait_until(self.not_empty, self._has_items, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    # SimpleQueue borrows these two as well.

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(False)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heap_add(self.queue, item)

    def _get(self):
        return _heap_take(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    def __init__(self):
        self._items = _fifo()
        # Counts the items available: get() takes a unit, put() gives one back.
        self._available = threading.Semaphore(0)

    __class_getitem__ = classmethod(_Alias)

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue (never blocks; the optional arguments are ignored).'''
        self._items.append(item)
        self._available.release()

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        if timeout is not None:
            if timeout < 0:
                raise ValueError(_BAD_TIMEOUT)
        if self._available.acquire(block, timeout):
            return self._items.popleft()
        raise Empty

    put_nowait = Queue.put_nowait
    get_nowait = Queue.get_nowait

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        return not self._items

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return len(self._items)


SimpleQueue.__module__ = '_queue'
