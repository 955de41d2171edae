# encode/decode basics.
s = 'héllo €'
b = s.encode()
print(b, len(b), b.decode(), s.encode('utf-8') == b, s.encode('latin-1', 'replace'))
print('abc'.encode('ascii'), b'abc'.decode('ascii'), str(b'xyz', 'utf-8'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(b'\xff'.decode('utf-8', 'replace'), b'\xe9'.decode('latin-1'))
