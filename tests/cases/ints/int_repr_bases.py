# Conversions of ints to strings in various bases.
for n in (0, 1, -1, 255, -255, 2 ** 64, -(2 ** 70) + 3):
    print(n, repr(n), str(n), hex(n), oct(n), bin(n))
print(str(10 ** 100))
print(len(str(2 ** 10000)))
print(str(-0), repr(True), str(False))
