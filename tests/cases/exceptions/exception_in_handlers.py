# Exceptions inside except/finally; sys.exc_info; the handled exception is restored afterwards.
import sys
print(sys.exc_info())
try:
    raise ValueError('outer')
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    try:
        raise TypeError('inner')
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def in_finally():
    try:
        raise ValueError('from try')
    finally:
        print('in finally, exc:', sys.exc_info()[0].__name__)
try:
    in_finally()
except ValueError as e:
    print('propagated', e)
def replaced():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
try:
    replaced()
except KeyError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError('v')
    except ValueError:
        undefined_func()
except NameError as e:
    print(type(e.__context__).__name__)
