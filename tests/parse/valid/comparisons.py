# Comparison operators, chained comparisons, in / not in / is / is not.
a = x < y
b = x > y
c = x == y
d = x >= y
e = x <= y
f = x != y
g = x in y
h = x not in y
i = x is y
j = x is not y
k = a < b < c
l = a < b <= c == d != e > f >= g
m = x not in y not in z
n = x is not None is not y
o = 0 <= index < len(items)
p = a in b in c
q = not a < b
r = (a < b) < c
s = a < (b < c)
t = x == y is z in w not in v is not u
