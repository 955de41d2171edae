# Tuple and list displays, parenthesized expressions.
a = ()
b = (1,)
c = 1,
d = 1, 2
e = (1, 2)
f = (1, 2,)
g = []
h = [1]
i = [1,]
j = [1, 2, 3]
k = [[1, 2], [3, [4, 5]]]
l = ((1, 2), (3,), ())
m = (1)
n = ((((1))))
o = [
    1,
    2,
]
p = (
    'a',
    'b'
)
q = [(), [], {}]
r = (yield_ for yield_ in ())
s = [x, *y, z]
