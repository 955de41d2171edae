# Assorted tokens: ->, @, @=, **=, //=, >>=, :=, ..., ~, !=.
def f(a) -> int:
    return a @ a


m @= n
p **= 2
q //= 3
r >>= 4
s <<= 5
t ^= 6
u |= 7
v &= 8
w %= 9
if (y := 1) != 2:
    pass
e = ...
n = ~0
o = a != b
