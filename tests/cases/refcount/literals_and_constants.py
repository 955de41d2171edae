# Constants are also held by the code object and, while a script's top level runs, by its parse tree.
import sys
a = 'Python Memory Management'
print(sys.getrefcount(a))
b = 'another string, with spaces'
print(sys.getrefcount(b))
n = 1000
print(sys.getrefcount(n))
f = 2.5
print(sys.getrefcount(f))
r = int('1000')
print(sys.getrefcount(r))
