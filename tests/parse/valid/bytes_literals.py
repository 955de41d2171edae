# Bytes literals and their escapes.
a = b''
b = b'abc'
c = b'\x00\xff\x7f'
d = b'\n\t\r\\\'\"'
e = b'\101\7\0'
f = br'\d+\.\w*'
g = b'a' b'b' b'c'
h = (b'first'
     b'second')
i = b"""multi
line"""
j = b'\a\b\f\v'
k = rb'\x00'
n = b'~!@#$%^&*()_+'
