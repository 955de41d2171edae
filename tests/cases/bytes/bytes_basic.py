# bytes: literals, indexing, slicing, methods, repr.
b = b'hello world'
print(b, b[0], b[-1], b[0:5], b[::-1], len(b), type(b[0]).__name__)
print(b.upper(), b.split(), b.replace(b'o', b'0'), b.find(b'wor'), b.count(b'l'), b.startswith(b'he'))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('é', 'utf-8'), b'' == bytes())
print(b'\x00\xff\n\t\\\'"', b"it's", repr(b'"\''))
print(b'a' + b'b', b'ab' * 3, b'x' in b'xyz', 120 in b'xyz', b'abc' < b'abd')
print(list(b'abc'), b'-'.join([b'a', b'b']), b'  x '.strip(), b'abc'.hex(), bytes.fromhex('41 42'))
print(b'ABC'.lower(), b'a,b'.split(b','), b'abc'.decode(), b'%d' % 5)
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print('TypeError:', e)
print(hash(b'abc') == hash(b'abc'), b'abc' == 'abc')
