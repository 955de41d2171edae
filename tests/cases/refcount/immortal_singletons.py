# Small ints and some singletons are static in 3.11: their counts start near 10**9.
import sys
print(sys.getrefcount(0) > 999999999, sys.getrefcount(256) > 999999999, sys.getrefcount(-5) > 999999999)
print(sys.getrefcount(()) > 999999999, sys.getrefcount('') > 999999999)
print(sys.getrefcount(None) > 1, sys.getrefcount(True) > 1, sys.getrefcount(False) > 1)
print(sys.getrefcount(None) < 999999999, sys.getrefcount(True) < 999999999)
big = int('257')
print(sys.getrefcount(big))
