# __context__ is set implicitly, __cause__ by raise from, from None suppresses.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('explicit') from z
except ValueError as e:
    print(repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('hidden') from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise TypeError('t') from ValueError('v')
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise TypeError('t') from 5
except TypeError as e:
    print('TypeError:', e)
def chain():
    try:
        raise KeyError('first')
    except KeyError:
        try:
            raise IndexError('second')
        except IndexError:
            raise RuntimeError('third')
try:
    chain()
except RuntimeError as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__)
        c = c.__context__
    print(names)
e = ValueError('a')
e.__cause__ = KeyError('b')
print(e.__suppress_context__)
