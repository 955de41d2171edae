# Float methods.
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (-0.5).as_integer_ratio())
print((1.5).hex(), float.fromhex('0x1.8p1'), (0.1).hex())
print((3.7).__trunc__(), (3.7).__floor__() if hasattr(float, '__floor__') else 3, (-3.7).__ceil__() if hasattr(float, '__ceil__') else -3)
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
print(1.0 < 2, 2 == 2.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 123 < 123.5 < 124)
print(max(1, 2.0), max(2.0, 1), min(3, 3.0), min(3.0, 3))
