# An uncaught user-defined exception with a multi-line message.
class DataError(Exception):
    pass
def load(rows):
    for i, r in enumerate(rows):
        if r is None:
            raise DataError(f'row {i} is empty\nhint: check the input')
    return len(rows)
print(load([1, 2]))
load([1, None])
