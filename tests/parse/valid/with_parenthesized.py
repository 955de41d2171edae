# Parenthesized with-items (official in 3.10) and parenthesized expressions.
with (open(a) as f, open(b) as g):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (a as b,):
    pass
with (a,):
    pass
with (a):
    pass
with (a) as b:
    pass
with (
    open('one') as one,
    open('two') as two,
    open('three'),
):
    pass
with (a as b, c):
    pass
with (a, b as c):
    pass
with (yield_) as x, (other):
    pass
with ((a, b)) as c:
    pass
with (a if b else c) as d:
    pass
with (a := b):
    pass
