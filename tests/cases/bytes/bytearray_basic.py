# bytearray: mutable bytes.
ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b' ok')
print(ba, len(ba), ba[0], ba[1:3], bytes(ba))
del ba[0]
ba += b'?'
print(ba, ba.pop(), ba)
ba2 = bytearray(3)
print(ba2, bytearray([1, 2]), bytearray('hé', 'utf-8'), bytearray() == b'')
ba.insert(0, 65)
ba.reverse()
print(ba, ba.find(b'l'), ba.upper(), type(ba.upper()).__name__)
try:
    ba[0] = 300
except ValueError as e:
    print('ValueError:', e)
try:
    hash(bytearray())
except TypeError as e:
    print('TypeError:', e)
