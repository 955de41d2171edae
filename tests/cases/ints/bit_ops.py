# Bitwise operators on small, negative and big ints.
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(-1 & 0xFF, -256 | 15, -5 ^ 3, ~0, ~255)
print(1 << 64, (1 << 64) - 1 & 0xFFFF, -1 >> 10, -1024 >> 3)
big = (1 << 200) | (1 << 3)
print(big & 0xFF, big >> 197, big ^ big)
print((2 ** 100) & -(2 ** 100), (-2 ** 100) | 1)
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
try:
    1 >> -3
except ValueError as e:
    print('ValueError:', e)
print(True & False, True | False, True ^ True, type(True & True).__name__)
