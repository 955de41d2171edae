# and / or / not, flattening and nesting.
a = x and y
b = x or y
c = x and y and z
d = x or y or z
e = x and y or z
f = x or y and z
g = (x or y) and z
h = not x and not y
i = not (x and y)
j = a and b and c or d and e or f
k = x or (y or z)
l = (x and y) and z
m = x and not y or not z and w
