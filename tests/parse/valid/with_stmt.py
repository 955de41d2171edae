# with statements: one item, several items, targets of every shape.
with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b, c:
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as b.c:
    pass
with a as b[0]:
    pass
with open('x') as f, open('y') as g, lock:
    pass
with f(x) as y:
    with g(y) as z:
        pass
with (yield_):
    pass
with a as b, \
     c as d:
    pass
