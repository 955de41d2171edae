# TypeError messages for bad calls, worded as CPython words them.
def f(a, b, c=3):
    pass
def g(a, /, b, *, c):
    pass
def h(*, k):
    pass
def k(**kw):
    pass
def none():
    pass
five, text, nothing = 5, 'abc', None
class C:
    def m(self, x):
        pass
    def __init__(self, v):
        pass
calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, a=1),
    lambda: f(1, 2, d=4),
    lambda: f(1, b=2, b2=3),
    lambda: g(1, 2, 3),
    lambda: g(a=1, b=2, c=3),
    lambda: g(1, 2),
    lambda: g(1, b=2),
    lambda: h(),
    lambda: h(1),
    lambda: k(1),
    lambda: none(1),
    lambda: none(x=1),
    lambda: C(1).m(),
    lambda: C(1).m(1, 2),
    lambda: C(),
    lambda: C(1, 2),
    lambda: f(*5),
    lambda: f(**5),
    lambda: f(1, **{'a': 2}),
    lambda: f(**{1: 2}),
    lambda: (lambda x: x)(),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len([], x=1),
    lambda: abs(),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: f(1, 2, c=1, **{'c': 2}),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
