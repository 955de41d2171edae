# raise with classes, instances, bare re-raise, and exceptions from except blocks.
def f(kind):
    if kind == 'class':
        raise ValueError
    if kind == 'instance':
        raise ValueError('an instance')
for k in ('class', 'instance'):
    try:
        f(k)
    except ValueError as e:
        print(repr(e))
def reraise():
    try:
        int('x')
    except ValueError:
        print('logging, then re-raising')
        raise
try:
    reraise()
except ValueError as e:
    print('re-raised:', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
def convert():
    try:
        {}['missing']
    except KeyError as e:
        raise LookupError('converted') from e
try:
    convert()
except LookupError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
