# sys.intern returns one canonical object per distinct string value.
import sys
a = ''.join(['hello', ' ', 'world'])
b = ''.join(['hello', ' ', 'world'])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia == a)
c = sys.intern('hello world')
print(c is ia)
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError:', e)
