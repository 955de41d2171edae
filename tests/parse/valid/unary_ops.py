# Unary operators on literals and names; -1 stays a UnaryOp in the AST.
a = -1
b = +1
c = ~1
d = not x
e = - -1
f = -1.5
g = -(1)
h = not not x
i = -x ** 2
j = (-x) ** 2
k = ~-+x
l = -2j
m = not -x
n = - (a + b)
o = 2 ** -1
p = -2 ** -2
q = not x == y
r = -x.y[0]()
