# int() from strings, floats and with bases.
print(int('42'), int('  -17 '), int('+5'), int('1_000'))
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('z', 36))
print(int('777', 8), int('101', 2), int('10', 0))
print(int(3.99), int(-3.99), int(1e20), int(True), int())
print(int('123456789012345678901234567890'))
for bad in ('', '12a', '0x10', '1.5', ' ', '1__0'):
    try:
        int(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
try:
    int('10', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int(5, 10)
except TypeError as e:
    print('TypeError:', e)
