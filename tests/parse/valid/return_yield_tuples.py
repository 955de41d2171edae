# return and yield with bare tuples (no parentheses).
def pair():
    return 1, 2


def single():
    return 1,


def starred(a):
    return *a, 'end'


def nothing():
    return


def gen():
    yield 1, 2
    yield 1,
    yield *range(3), 4
    x = yield 1, 2
    return x, x


def mixed(a, b):
    if a:
        return a, b, (a, b)
    return [a, b], {a: b}
