# int methods and attributes.
print((255).bit_length(), (0).bit_length(), (-1024).bit_length(), (2 ** 100).bit_length())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True))
print((10).as_integer_ratio(), (7).real, (7).imag, (7).numerator, (7).denominator)
print((5).conjugate(), (-5).__abs__(), (3).__add__(4), (3).__radd__(4))
print((255).__index__(), int.__name__, (12).bit_count() if hasattr(int, 'bit_count') else 2)
print(hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 30))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7))
