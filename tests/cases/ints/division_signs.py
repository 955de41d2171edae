# Floor division and modulo follow the divisor's sign.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(divmod(2 ** 70, -3), divmod(-2 ** 70, 3))
print(10 / 4, -10 / 4, 10 / -4, 2 ** 70 / 2 ** 69)
