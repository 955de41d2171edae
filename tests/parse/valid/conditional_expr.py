# Conditional expressions (a if c else b), nested and in odd places.
a = x if cond else y
b = x if c1 else y if c2 else z
c = (x if c1 else y) if c2 else z
d = [x if x > 0 else -x for x in data]
e = f(x if x else None)
f = {k: (v if v else 0) for k, v in items}
g = lambda v: v if v else None
h = x if (y if z else w) else v
i = 1 if True else 2
j = (yield_ if ok else other)
k = not x if y else z
l = x or y if z else w and v
m = x if y else lambda: z
