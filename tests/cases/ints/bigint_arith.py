# Arbitrary-precision integer arithmetic.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(b // a, b % a)
print(a // -b, a % -b)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 26), f % 1000007)
print(10 ** 50 + 1, -(10 ** 30))
print(2 ** 64 - 1, -2 ** 63, 2 ** 63)
print((2 ** 64) >> 3, 1 << 100, (1 << 100) >> 99)
print(abs(-2 ** 80), -(-2 ** 80))
print(2 ** 100 == 2 ** 100, 2 ** 100 < 2 ** 101, 2 ** 100 > -2 ** 100)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4611686018427387904 * 2, 3037000500 * 3037000500)
print(12345678901234567890123 * 98765432109876543210)
