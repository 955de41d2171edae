# contextlib: the finer points — ContextDecorator, generator managers that misbehave,
# exception chaining in ExitStack, pop_all/close, redirect_stderr, chdir, suppress subclasses.
import io
import os
import sys
from contextlib import (contextmanager, ContextDecorator, ExitStack, suppress, redirect_stdout,
                        redirect_stderr, chdir, nullcontext, closing, AbstractContextManager)


class traced(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print('enter', self.label)
        return self

    def __exit__(self, *exc):
        print('exit', self.label, exc[0].__name__ if exc[0] else None)
        return False


@traced('f')
def f(x):
    print('f body', x)
    return x * 2


print(f(1), f(2), f.__name__)


@contextmanager
def counted():
    """Docstring of counted."""
    print('setup')
    yield 7
    print('teardown')


cm = counted()
print(cm.__doc__, type(cm).__name__)


@counted()
def uses():
    print('in uses')


uses()
uses()


@contextmanager
def yields_twice():
    yield 1
    yield 2


try:
    with yields_twice():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        yield


try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError('translated') from e


try:
    with translate():
        {}['k']
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def passthrough():
    yield


try:
    with passthrough():
        raise StopIteration('stop!')
except StopIteration as e:
    print('StopIteration passed through:', e)

try:
    with passthrough():
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print('KeyboardInterrupt passed through')


@contextmanager
def swallow_all():
    try:
        yield
    except Exception as e:
        print('swallowed', type(e).__name__)


with swallow_all():
    raise StopIteration
print('after StopIteration swallow')

# ExitStack: order, return of push/callback, pop_all, close, chaining of exceptions
order = []
with ExitStack() as st:
    st.callback(order.append, 1)
    r = st.callback(order.append, 2)
    print(r == order.append)
    st.push(lambda *e: order.append(3))
print(order)

with ExitStack() as st:
    st.callback(print, 'moved callback ran')
    later = st.pop_all()
print('before close')
later.close()
later.close()


def raiser(exc):
    def cb(*details):
        raise exc
    return cb


try:
    with ExitStack() as st:
        st.push(lambda *e: True)
        st.push(raiser(KeyError('inner')))
        raise ValueError('body')
    print('all suppressed')
except Exception as e:
    print('unexpected', e)

with ExitStack() as st:
    st.push(lambda t, v, tb: print('push saw', t, v, tb) or False)

try:
    with ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print('TypeError:', e)


class CM:
    def __enter__(self):
        print('CM enter')
        return 'entered'

    def __exit__(self, t, v, tb):
        print('CM exit', t.__name__ if t else None)
        return True


with ExitStack() as st:
    print(st.enter_context(CM()))
    cmobj = CM()
    print(st.push(cmobj) is cmobj)
    raise OSError('suppressed by CM')
print('after CM')

with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, 'inner callback')
    outer.callback(print, 'outer callback')

# suppress
with suppress(LookupError):
    [][1]
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError:', e)
print(suppress(KeyError).__exit__(None, None, None))

# redirect_stderr and nested redirect_stdout with the same object
err = io.StringIO()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()))
out = io.StringIO()
rd = redirect_stdout(out)
with rd as target:
    print(target is out)
    with rd:
        print('nested')
print(repr(out.getvalue()))

# chdir
here = os.getcwd()
with chdir('tests') as res:
    print(res, os.path.basename(os.getcwd()))
print(os.getcwd() == here)

print(isinstance(nullcontext(), AbstractContextManager), issubclass(closing, AbstractContextManager))
with nullcontext() as nothing:
    print(nothing)
