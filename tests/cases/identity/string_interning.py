# Identifier-like string constants are interned; strings built at run time are not.
a = 'hello_world'
b = 'hello' + '_world'
print(a is b)
c = ''.join(['hello', '_world'])
print(a == c, a is c)
import sys
print(sys.intern(c) is a)
d = 'has space'
e = ''.join(['has', ' ', 'space'])
print(d == e, d is e)
single = 'z'
built = chr(122)
print(single == built)
empty = ''
print(empty is str(), ''.join([]) is empty)
name = 'attribute_name'
class C:
    attribute_name = 1
print([k for k in vars(C) if k == name][0] is name)
