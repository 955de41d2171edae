# except* (exception groups, Python 3.11).
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except* ValueError:
    pass
except* TypeError as e:
    print(e.exceptions)
except* (KeyError, IndexError) as group:
    pass
else:
    print('no errors')
finally:
    print('done')

try:
    pass
except *OSError:
    pass
