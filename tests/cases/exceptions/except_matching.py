# except clause ordering, tuples, bases and non-matching clauses.
def probe(exc):
    try:
        raise exc
    except (KeyError, IndexError):
        return 'lookup pair'
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except Exception:
        return 'generic'
    except BaseException:
        return 'base'
for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, KeyboardInterrupt, SystemExit(0), GeneratorExit]:
    print(probe(exc))
classes = (TypeError, ValueError)
try:
    int('q')
except classes as e:
    print('matched via variable tuple', type(e).__name__)
try:
    try:
        raise ValueError
    except 'not a class':
        pass
except TypeError as e:
    print('TypeError:', e)
