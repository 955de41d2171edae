# Frames for lambdas and list comprehensions: <lambda>, <listcomp>.
invert = lambda x: 1 / x
values = [4, 2, 0]
print(sum(invert(v) for v in values[:2]))
print([invert(v) for v in values])
