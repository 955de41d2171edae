# math: integer functions (gcd, lcm, factorial, comb, perm, isqrt, prod) on small and big ints.
import math

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0))
print(math.gcd(2**100, 6**50), math.gcd(True, 4))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print([math.factorial(n) for n in range(12)])
print(math.factorial(30), len(str(math.factorial(1000))))
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 10), math.comb(100, 50), math.comb(7, 0))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 101]])
print(math.isqrt(10**40), math.isqrt(2**127 - 1), math.isqrt(True))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod(range(1, 21)))
print(math.prod([2, 3], start=10), math.prod(['ab'], start=3), math.prod([[1], 2]))
print(math.prod(range(1, 30)), math.prod([2**62, 2**62]))
