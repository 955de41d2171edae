# sys.getswitchinterval / setswitchinterval: default 0.005, round trip, errors.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1)
print(sys.getswitchinterval())
for bad in (0, -0.5, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setswitchinterval("fast")
except TypeError as e:
    print(type(e).__name__, e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
