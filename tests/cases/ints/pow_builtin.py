# ** and pow() including three-argument modular pow.
print(2 ** 0, 0 ** 0, 5 ** 1, (-1) ** 101)
print(pow(2, 10), pow(2, -2), pow(-8, 1 / 3) == pow(-8, 1 / 3))
print(pow(3, 200, 1000007), pow(2, 10 ** 6, 97), pow(-3, 3, 7))
print(pow(3, -1, 7), pow(38, -1, 97))
print(10 ** 20, 10 ** -2)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
