# Assignment statements and every kind of target.
a = 1
a = b = c = 2
x, = [1]
x, y = 1, 2
(x, y) = (y, x)
[x, y] = [y, x]
*a, b = range(5)
a, *b = range(5)
a, *b, c = range(5)
[a, *b] = range(5)
(a, [b, *c]), d = (1, [2, 3, 4]), 5
obj.attr = 1
obj.attr.sub = 2
obj[0] = 3
obj[1:2] = [4]
obj[i][j] = 5
obj().x = 6
obj[::2] = data[1::2]
a, b.c, d[0] = 1, 2, 3
x = (yield_ := 3)
i = j = k = l = m = n = None
first, *rest = "hello"
((nested)) = 1
