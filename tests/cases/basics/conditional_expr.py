# Conditional expressions, lambdas and pass.
for n in range(4):
    print('even' if n % 2 == 0 else 'odd', end=' ')
print()
sign = lambda v: -1 if v < 0 else (1 if v > 0 else 0)
print([sign(v) for v in (-3, 0, 7)])
add = lambda a, b=10, *r, **k: (a + b, r, k)
print(add(1), add(1, 2, 3, z=4))
print((lambda: 'nullary')())
class Empty:
    pass
def nothing():
    pass
print(nothing(), Empty.__name__)
print(...)
print(Ellipsis is ..., type(...).__name__)
