# Imaginary literals.
a = 2j
b = 1.5J
c = 1e3j
d = .5j
e = 0j
f = 1_0j
g = 1.j
h = 3 + 4j
i = -2.5e-3J
j = 00j
k = 09j
l = 1_000.000_1j
