# repr of floats: shortest round-trip digits, exponent thresholds.
values = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.00012345, 1.5e300, 5e-324, 1.7976931348623157e308, 2.5, 100.0,
          1e22, 1e23, 9007199254740993.0, 0.3, 1.1 * 1.1, 3.14159, 2 ** 0.5, 1e100, -1.5e-10]
for v in values:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), -float('nan'))
print([1.0, 2.5], (0.1,), {'x': 1e-7})
print(1.0 * 10 ** 16, 10.0 ** 16, 10.0 ** 15)
