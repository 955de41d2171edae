# Float arithmetic and mixed int/float operations.
print(0.1 + 0.2, 0.1 * 3, 1.0 - 0.9, 3.0 / 2, 7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(2 ** 0.5, 2.0 ** -1, (-8.0) ** 2, 10 ** -1, 4 ** 0.5)
print(1 + 2.0, 3 * 1.5, 2 ** 1.5, 7 / 7, 10 // 3.0, 10 % 3.5)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5))
print(abs(-2.5), -(-0.0), +1.5, round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(round(3.14159, 3), round(1234.5678, -2), round(-1.005, 2), round(1e20, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
x = 1.0
for _ in range(10):
    x = x * 1.1 + 0.01
print(x)
print(sum([0.1] * 10), 1e308 * 10, -1e308 * 10, 1e-320 / 10)
print(2.0 ** 1023 * 2 > 1e308)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError:', e)
try:
    (-8.0) ** 0.5
except ValueError as e:
    print('ValueError:', e)
else:
    print('complex result:', type((-8.0) ** 0.5).__name__)
