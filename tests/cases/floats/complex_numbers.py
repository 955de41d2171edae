# complex: construction, arithmetic, repr.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(z * (1 - 2j), z / 2, z + 1, z - 1j, -z, z ** 2)
print(complex(1, 2), complex('1+2j'), complex(2), complex(), 1j * 1j)
print(repr(1j), repr(-1j), repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(1.5 + 0j))
print(complex(1e300, 1e-300), (1 + 2j) == (1 + 2j), 1 + 0j == 1)
print(hash(1 + 0j) == hash(1), type(1j).__name__)
try:
    (1 + 2j) < (2 + 1j)
except TypeError as e:
    print('TypeError:', e)
try:
    int(1j)
except TypeError as e:
    print('TypeError:', e)
