# The exception bound by 'except ... as e' while it is being handled.
import sys
try:
    raise ValueError('x')
except ValueError as e:
    print('handled exception', sys.getrefcount(e))
    saved = e
    print('saved too', sys.getrefcount(e))
print('after handler', sys.getrefcount(saved))
err = KeyError('k')
print('exception instance', sys.getrefcount(err))
