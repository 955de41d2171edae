"""Helpers for the `with` statement, written for mnemo: contextmanager, closing, suppress,
redirect_stdout/redirect_stderr, ExitStack, nullcontext, ContextDecorator,
AbstractContextManager, chdir. (The async variants are left out: mnemo runs no coroutines.)
"""

import os as _os
import sys
from functools import wraps as _wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]


class AbstractContextManager:
    """An abstract base class for context managers."""

    __class_getitem__ = classmethod(lambda cls, item: cls)

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    def __exit__(self, exc_type, exc, tb):
        """Raise any exception triggered within the runtime context."""
        return None


class ContextDecorator:
    "A base class or mixin that enables context managers to work as decorators."

    def _recreate_cm(self):
        """Return a recreated instance of self (a fresh one for each decorated call)."""
        return self

    def __call__(self, func):
        manager = self

        @_wraps(func)
        def run_inside(*a, **kw):
            with manager._recreate_cm():
                return func(*a, **kw)
        return run_inside


class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __init__(self, factory, args, kwargs):
        self.func = factory
        self.args = args
        self.kwds = kwargs
        self.gen = factory(*args, **kwargs)
        own_doc = getattr(factory, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # Each decorated call needs a generator of its own.
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # Once entered, the recipe for a new generator is no longer needed.
        del self.func, self.args, self.kwds
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, exc, tb):
        if typ is None:
            # Normal end of the block: the generator must finish after its one yield.
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if exc is None:
            exc = typ()
        try:
            self.gen.throw(exc)
        except StopIteration as stop:
            # The generator returned: the exception is swallowed, unless the exception thrown
            # in was that very StopIteration.
            return stop is not exc
        except BaseException as raised:
            if raised is exc:
                # Re-raised unchanged: let the with statement propagate the original.
                raised.__traceback__ = tb
                return False
            if (isinstance(raised, RuntimeError) and isinstance(exc, StopIteration)
                    and raised.__cause__ is exc):
                # A StopIteration thrown in comes back wrapped by PEP 479: same exception.
                exc.__traceback__ = tb
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once becomes a factory
    of context managers (the code before the yield is __enter__, after it __exit__)."""
    @_wraps(func)
    def make_manager(*args, **kwargs):
        return _GeneratorContextManager(func, args, kwargs)
    return make_manager


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block.

        with closing(<module>.open(<arguments>)) as f:
            <block>
    """

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class _SysStreamSwap(AbstractContextManager):
    # The name of the sys attribute replaced, set by the subclasses.
    _stream = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []  # a stack, so that one object can be entered again while active

    def __enter__(self):
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._target)
        return self._target

    def __exit__(self, *exc):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_SysStreamSwap):
    """Context manager for temporarily redirecting stdout to another file."""

    _stream = "stdout"


class redirect_stderr(_SysStreamSwap):
    """Context manager for temporarily redirecting stderr to another file."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions.

         with suppress(FileNotFoundError):
             os.remove(somefile)
    """

    def __init__(self, *exceptions):
        self._types = exceptions

    def __enter__(self):
        pass

    def __exit__(self, typ, exc, tb):
        if typ is None:
            return False
        return issubclass(typ, self._types)


_NO_EXC = (None, None, None)


def _chain_onto(err, previous, handled):
    """Make `previous` the context of `err`: walk err's context chain up to the exception that
    was being handled when the stack unwound (`handled`), and attach `previous` there."""
    link = err
    while True:
        ctx = link.__context__
        if ctx is None or ctx is previous:
            return
        if ctx is handled:
            link.__context__ = previous
            return
        link = ctx


class ExitStack(AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks.

        with ExitStack() as stack:
            files = [stack.enter_context(open(fname)) for fname in filenames]
    """

    def __init__(self):
        # Each entry is called as entry(exc_type, exc, tb), last registered first.
        self._exit_callbacks = []

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature."""
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            # A plain callable taking (exc_type, exc, tb).
            self._exit_callbacks.append(exit)
        else:
            self._add_exit_method(exit, method)
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager; its __exit__ joins the stack."""
        kind = type(cm)
        enter = getattr(kind, "__enter__", None)
        leave = getattr(kind, "__exit__", None)
        if enter is None or leave is None:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the context manager protocol")
        entered = enter(cm)
        self._add_exit_method(cm, leave)
        return entered

    def callback(self, fn, /, *args, **kwargs):
        """Registers an arbitrary callback and arguments."""
        def on_exit(exc_type, exc, tb):
            fn(*args, **kwargs)
        on_exit.__wrapped__ = fn
        self._exit_callbacks.append(on_exit)
        return fn

    def _add_exit_method(self, cm, method):
        def on_exit(exc_type, exc, tb):
            return method(cm, exc_type, exc, tb)
        on_exit.__self__ = cm
        self._exit_callbacks.append(on_exit)

    def __enter__(self):
        return self

    def __exit__(self, *details):
        came_with_exc = details[0] is not None
        handled = sys.exc_info()[1]
        swallowed = False
        to_raise = None
        callbacks = self._exit_callbacks
        while callbacks:
            cb = callbacks.pop()
            try:
                if cb(*details):
                    swallowed = True
                    to_raise = None
                    details = _NO_EXC
            except BaseException as err:
                _chain_onto(err, details[1], handled)
                to_raise = err
                details = (type(err), err, err.__traceback__)
        if to_raise is not None:
            # Raising here would make the handled exception its context: keep the chain built.
            kept = to_raise.__context__
            try:
                raise to_raise
            except BaseException:
                to_raise.__context__ = kept
                raise
        return came_with_exc and swallowed

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(*_NO_EXC)


class nullcontext(AbstractContextManager):
    """Context manager that does no additional processing.

        cm = optional_cm if condition else nullcontext()
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        pass


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._returns = []  # where to go back to, innermost last

    def __enter__(self):
        self._returns.append(_os.getcwd())
        _os.chdir(self.path)

    def __exit__(self, *exc):
        _os.chdir(self._returns.pop())
