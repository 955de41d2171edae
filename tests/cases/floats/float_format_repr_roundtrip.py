# repr round-trips through float(); str(float) equals repr.
import sys
vals = []
x = 1.0
for i in range(60):
    vals.append(x)
    x = x * 3.7 / 1.3 + 0.001
x = 1.0
for i in range(60):
    vals.append(x)
    x = x / 7.1
ok = all(float(repr(v)) == v for v in vals)
print(ok)
for v in vals[::7]:
    print(repr(v))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig)
