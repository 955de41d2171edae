# CPython 3.11 limits int<->str conversion to 4300 decimal digits (power-of-two bases are exempt).
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print('ValueError:', e)
try:
    int('1' * 4301)
except ValueError as e:
    print('ValueError:', e)
print(len(hex(2 ** 20000)), len(bin(3 ** 5000)) > 0)
print(int('7' * 4300) % 1000)
