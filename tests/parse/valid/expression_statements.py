# Bare expressions as statements.
x
1
'string'
f()
a.b
a[0]
-x
not x
x + y
x if y else z
lambda: 0
[1, 2]
{1: 2}
(1, 2)
1, 2
...
None
True
False
await_ = 1
x == y
(yield_)
*a, b
f'{x}'
b'bytes'
