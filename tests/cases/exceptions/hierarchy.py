# The builtin exception hierarchy.
for exc in [ZeroDivisionError, KeyError, IndexError, ModuleNotFoundError, UnboundLocalError, RecursionError,
            FileNotFoundError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, NotImplementedError,
            OverflowError, UnicodeDecodeError, TypeError, AttributeError, AssertionError, StopAsyncIteration,
            IndentationError, TabError, PermissionError, TimeoutError, BrokenPipeError, FloatingPointError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(SystemExit, Exception), IOError is OSError, EnvironmentError is OSError)
try:
    {}['x']
except LookupError as e:
    print('LookupError caught', type(e).__name__)
try:
    [].pop()
except (KeyError, IndexError) as e:
    print('tuple caught', type(e).__name__)
try:
    raise NotImplementedError
except RuntimeError as e:
    print('RuntimeError caught', type(e).__name__, repr(e))
