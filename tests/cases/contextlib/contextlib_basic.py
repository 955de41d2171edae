# contextlib: contextmanager (normal exit, exceptions, suppression), closing, suppress,
# redirect_stdout, ExitStack, nullcontext.
import io
from contextlib import contextmanager, closing, suppress, redirect_stdout, ExitStack, nullcontext


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('p') as t:
    print('inside', t)

try:
    with tag('div'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    {}['missing']
print('after swallow')


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closing', self.name)


with closing(Resource('db')) as r:
    print('using', r.name)

with suppress(FileNotFoundError, KeyError):
    {}['x']
print('suppressed')

buf = io.StringIO()
with redirect_stdout(buf):
    print('captured line')
    print('second', 2)
print(repr(buf.getvalue()))

with ExitStack() as stack:
    for n in ['a', 'b', 'c']:
        stack.enter_context(closing(Resource(n)))
    stack.callback(print, 'callback ran')
    print('stack body')

with ExitStack() as stack:
    stack.push(lambda *exc: print('push exit', exc[0].__name__) or True)
    raise RuntimeError('suppressed by push')
print('after stack')

with nullcontext(42) as v:
    print('nullcontext', v)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@tag('deco')
def decorated():
    print('decorated body')


decorated()
