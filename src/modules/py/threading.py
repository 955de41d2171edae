"""Threads and the synchronisation primitives, over `_thread` (mnemo's `threading`).

Written for mnemo from CPython 3.11's documented behaviour: Thread (names "Thread-N (target)",
daemon flag inherited from the creating thread, join with timeout, reprs), current_thread,
main_thread, active_count, enumerate, Lock/RLock, Condition, Semaphore, BoundedSemaphore,
Event, Barrier, Timer, local, excepthook/ExceptHookArgs, and _shutdown (called by the
interpreter at exit to join the non-daemon threads). Every blocking wait ends in a `_thread`
lock acquisition, which lets the GIL go.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = [
    'get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
    'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
    'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile',
    'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id', 'getprofile', 'gettrace',
]

# What _thread provides, under threading's names.
Lock = _allocate_lock = _thread.allocate_lock
_start_new_thread = _thread.start_new_thread
get_ident, get_native_id = _thread.get_ident, _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size

# setprofile()/settrace() only record their function: mnemo has no profiling or tracing.
_hooks = {'profile': None, 'trace': None}


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    _hooks['profile'] = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _hooks['profile']


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    _hooks['trace'] = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _hooks['trace']


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock: the thread that holds it may take
    it again, and must release it as many times."""
    return _thread.RLock(*args, **kwargs)


class Condition:
    """Class that implements a condition variable.

    A condition variable allows one or more threads to wait until they are notified by another
    thread. The lock it uses (an RLock if none is given) is held around wait() and notify().
    """

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        # An RLock can give up all its recursion levels and take them back: use its own
        # helpers when it has them, the plain versions below otherwise.
        for helper in ('_release_save', '_acquire_restore', '_is_owned'):
            if hasattr(self._lock, helper):
                setattr(self, helper, getattr(self._lock, helper))
        self._waiters = []  # one locked lock per waiting thread, oldest first

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot say who holds it: "held by someone" is the best available answer.
        if not self._lock.acquire(False):
            return True
        self._lock.release()
        return False

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs; True unless the timeout expired."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()  # notify() opens it
        self._waiters.append(gate)
        held = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = gate.acquire()
            elif timeout > 0:
                notified = gate.acquire(True, timeout)
            else:
                notified = gate.acquire(False)
            return notified
        finally:
            self._acquire_restore(held)
            if not notified and gate in self._waiters:
                self._waiters.remove(gate)

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True; returns the predicate's last result."""
        deadline = None
        outcome = predicate()
        while not outcome:
            pause = timeout
            if timeout is not None:
                # the first wait gets the whole timeout; later ones what remains of it
                if deadline is None:
                    deadline = _time() + timeout
                else:
                    pause = deadline - _time()
                    if pause <= 0:
                        break
            self.wait(pause)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        while woken < n and self._waiters:
            gate = self._waiters.pop(0)
            try:
                gate.release()
            except RuntimeError:
                continue
            woken += 1

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """This class implements semaphore objects.

    A counter: acquire() takes one unit, waiting while there is none; release() gives units
    back. The initial value defaults to 1.
    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return f"<{_qualified(self)} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one.

        Returns False when it could not (non-blocking call, or the timeout expired)."""
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if blocking:
                available = self._cond.wait_for(self._has_units, timeout)
            else:
                available = self._has_units()
            if not available:
                return False
            self._value -= 1
            return True

    __enter__ = acquire

    def _has_units(self):
        return self._value != 0

    def _give_back(self, n, limit):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if limit is not None and self._value + n > limit:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by n."""
        self._give_back(n, None)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A bounded semaphore checks that its value never exceeds its initial value
    (releasing more than was acquired raises ValueError)."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return (f"<{_qualified(self)} at {id(self):#x}: "
                f"value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by n."""
        self._give_back(n, self._initial_value)


class Event:
    """Class implementing event objects: a flag that threads can wait to see set."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return f"<{_qualified(self)} at {id(self):#x}: {'set' if self._flag else 'unset'}>"

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    isSet = is_set

    def set(self):
        """Set the internal flag to true, waking all waiting threads."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the internal flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the internal flag is true (or the timeout expires); returns the flag
        as seen on waking."""
        with self._cond:
            return self._flag or self._cond.wait(timeout)


def _qualified(obj):
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


class BrokenBarrierError(RuntimeError):
    pass


# A Barrier's phases: threads arrive while FILLING; the last one switches to DRAINING, and
# the waiters leave; RESETTING is reset() waiting for the waiters to leave; BROKEN is final
# until reset().
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Implements a Barrier: `parties` threads wait for each other, then all go on.

    The last one to arrive runs the optional action first."""

    def __init__(self, parties, action=None, timeout=None):
        # (3.11 does not check that parties is positive)
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0  # threads inside wait()

    def __repr__(self):
        if self.broken:
            return f"<{_qualified(self)} at {id(self):#x}: broken>"
        return (f"<{_qualified(self)} at {id(self):#x}: "
                f"waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier; returns this thread's arrival index, 0 .. parties-1."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # let a previous round finish leaving (or a reset complete) first
            self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
            if self._state == _BROKEN:
                raise BrokenBarrierError
            arrival = self._count
            self._count += 1
            try:
                if arrival + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return arrival
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
        except:
            self._break()
            raise
        self._state = _DRAINING
        self._cond.notify_all()

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def reset(self):
        """Reset the barrier to the initial state; threads waiting on it get
        BrokenBarrierError."""
        with self._cond:
            if self._count == 0:
                self._state = _FILLING
            elif self._state in (_FILLING, _BROKEN):
                self._state = _RESETTING
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a 'broken' state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == _BROKEN


# -- the registry of threads --

_active_limbo_lock = RLock()
_active = {}    # ident -> Thread, for the threads that are running
_limbo = {}     # Thread -> Thread, for those started but not yet running
_serial = 0     # numbers "Thread-N" and "Dummy-N" names


def _newname(name_template):
    global _serial
    _serial += 1
    return name_template % _serial


def _all_threads():
    with _active_limbo_lock:
        return [*_active.values(), *_limbo.values()]


class ExceptHookArgs:
    """The argument of threading.excepthook (a struct sequence in CPython)."""

    __slots__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __init__(self, args):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r,"
                " thread=%r)" % (self.exc_type, self.exc_value, self.exc_traceback,
                                 self.thread))

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)[i]


ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs.__qualname__ = ExceptHookArgs.__name__ = '_ExceptHookArgs'


excepthook = _thread._excepthook
__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Called in a thread whose run() raised: hands the exception to threading.excepthook as it
    # is then (falling back to the hook current when the thread was made, if it was set to None).
    fallback = excepthook

    def invoke_excepthook(thread):
        hook = excepthook if excepthook is not None else fallback
        details = ExceptHookArgs([*_sys.exc_info(), thread])
        try:
            hook(details)
        except Exception as failure:
            failure.__suppress_context__ = True
            print("Exception in threading.excepthook:", file=_sys.stderr)
            _sys.excepthook(type(failure), failure, failure.__traceback__)
        finally:
            details = None

    return invoke_excepthook


_NOT_INITIALIZED = "Thread.__init__() not called"


class Thread:
    """A class that represents a thread of control.

    Give a callable as target (with args and kwargs), or override run() in a subclass."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            label = getattr(target, '__name__', None) if target is not None else None
            if label is not None:
                name = f"{name} ({label})"
        self._target, self._args, self._kwargs = target, args, {} if kwargs is None else kwargs
        self._name = name
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = self._native_id = None
        # Held by the running thread from its start to its end: join() waits on it.
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        self.is_alive()  # notices a thread that has ended
        if self._is_stopped:
            status = "stopped"
        else:
            status = "started" if self._started.is_set() else "initial"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        """Start the thread's activity: run() is called in a new thread of control.

        At most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """Method representing the thread's activity: calls the target given to the
        constructor. Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # drop the references, which could make cycles through the thread
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        # In the new thread: register, run, then unregister and let join() return.
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._tstate_lock = _allocate_lock()
            self._tstate_lock.acquire()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            # this thread's values in the thread-local objects it touched
            for per_thread in self.__dict__.pop('_local_cleanups', ()):
                per_thread.pop(self._ident, None)
            with _active_limbo_lock:
                _active.pop(get_ident(), None)
            if self._tstate_lock is not None:
                self._tstate_lock.release()

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def join(self, timeout=None):
        """Wait until the thread terminates, or until the timeout (seconds) expires; then
        is_alive() tells which happened."""
        if not self._initialized:
            raise RuntimeError(_NOT_INITIALIZED)
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        # The thread has ended once its lock can be taken.
        lock = self._tstate_lock
        if lock is None:
            return
        try:
            ended = lock.acquire(block, timeout)
        except:
            # As CPython 3.11 (bpo-45274): an interrupted wait (Ctrl-C) that finds the lock
            # held releases it and marks the thread stopped.
            if lock.locked():
                lock.release()
                self._stop()
            raise
        if ended:
            lock.release()
            self._stop()

    @property
    def name(self):
        """A string used for identification purposes only; several threads may share one."""
        assert self._initialized, _NOT_INITIALIZED
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, _NOT_INITIALIZED
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started."""
        assert self._initialized, _NOT_INITIALIZED
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started."""
        assert self._initialized, _NOT_INITIALIZED
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive: from just before run() starts until just
        after it ends."""
        assert self._initialized, _NOT_INITIALIZED
        if not self._started.is_set() or self._is_stopped:
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread (the program
        exits without waiting for daemon threads)."""
        assert self._initialized, _NOT_INITIALIZED
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError(_NOT_INITIALIZED)
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # the deprecated camelCase accessors

    def isDaemon(self):
        """Return whether this thread is a daemon (deprecated)."""
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon (deprecated)."""
        self.daemon = daemonic

    def getName(self):
        """Return a string used for identification purposes only (deprecated)."""
        return self.name

    def setName(self, name):
        """Set the name string for this thread (deprecated)."""
        self.name = name


class Timer(Thread):
    """Call a function after a specified number of seconds, unless cancel() comes first:

        t = Timer(30.0, f, args=None, kwargs=None)
        t.start()
        t.cancel()
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled and not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _adopt_current(thread):
    # A Thread object for a thread that is already running (the main one, or one started
    # directly with _thread).
    thread._started.set()
    thread._ident = get_ident()
    thread._native_id = get_native_id()
    with _active_limbo_lock:
        _active[thread._ident] = thread


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        _adopt_current(self)


class _DummyThread(Thread):
    """A thread not started by this module (by _thread.start_new_thread): always alive,
    daemonic, and cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        _adopt_current(self)

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """Return the current Thread object, corresponding to the caller's thread of control
    (a dummy one for threads not started through threading)."""
    found = _active.get(get_ident())
    return _DummyThread() if found is None else found


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def enumerate():
    """Return a list of all Thread objects currently alive."""
    return _all_threads()


# deprecated aliases
currentThread = current_thread
activeCount = active_count

_main_thread = _MainThread()


def main_thread():
    """Return the main thread object (the one the interpreter started in)."""
    return _main_thread


def _shutdown():
    """Wait until every non-daemon thread has ended (the interpreter calls this at exit)."""
    if _main_thread._is_stopped:
        return

    def must_wait(thread):
        return not (thread._daemonic or thread is _main_thread
                    or isinstance(thread, _DummyThread))

    while True:
        pending = [t for t in _all_threads() if must_wait(t)]
        if not pending:
            break
        for thread in pending:
            thread.join()
    if _main_thread._tstate_lock is not None:
        _main_thread._tstate_lock.release()
    _main_thread._stop()


class local:
    """Thread-local data: each thread sees its own attributes on the same object."""

    __slots__ = ('_local__dicts', '_local__args', '__weakref__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {})
        object.__setattr__(self, '_local__args', (args, kw))
        dicts = object.__getattribute__(self, '_local__dicts')
        dicts[get_ident()] = {}
        _register_local(dicts, get_ident())
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d and not _is_data_descriptor(type(self), name):
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            pass
        raise AttributeError(
            f"'{type(self).__module__}.{type(self).__qualname__}' object has no attribute '{name}'"
            if type(self) is local else
            f"'{type(self).__name__}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % type(self).__name__)
        if _is_data_descriptor(type(self), name):
            return object.__setattr__(self, name, value)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % type(self).__name__)
        if _is_data_descriptor(type(self), name):
            return object.__delattr__(self, name)
        d = _local_dict(self)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None


local.__module__ = '_thread'
local.__qualname__ = local.__name__ = '_local'


def _is_data_descriptor(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            attr = klass.__dict__[name]
            return hasattr(type(attr), '__set__') or hasattr(type(attr), '__delete__')
    return False


def _local_dict(self):
    dicts = object.__getattribute__(self, '_local__dicts')
    ident = get_ident()
    try:
        return dicts[ident]
    except KeyError:
        pass
    d = dicts[ident] = {}
    _register_local(dicts, ident)
    args, kw = object.__getattribute__(self, '_local__args')
    cls = type(self)
    if cls.__init__ is not object.__init__:
        cls.__init__(self, *args, **kw)
    return d


def _register_local(dicts, ident):
    """Forget this thread's attributes of a local when the thread ends."""
    t = _active.get(ident)
    if t is not None:
        cleanups = t.__dict__.setdefault('_local_cleanups', [])
        cleanups.append(dicts)
