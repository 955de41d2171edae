# Ints from -5 to 256 are cached: equal values are the same object.
a = 256
b = 256
print(a is b)
c = int('256')
print(c is a)
d = int('257')
e = int('257')
print(d == e, d is e)
f = int('-5')
g = int('-6')
m5, m6 = -5, -6
print(f is m5, g == m6)
x = 100
print(x + 156 is a, x + 157 == 257)
vals = [int(str(i)) for i in range(-5, 257)]
print(all(v is int(str(v)) for v in vals))
n = 0
for i in range(300):
    n += 1
print(n == 300, n - 44 is a)
