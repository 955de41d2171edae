# split, rsplit, splitlines, partition, join.
print('a,b,,c'.split(','), 'a b  c '.split(), '  lead trail  '.split(' '))
print('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), 'abc'.split('x'))
print('one\ntwo\r\nthree\rfour'.splitlines(), 'x\ny\n'.splitlines(True), ''.splitlines())
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='), 'none'.partition('='))
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join(str(i) for i in range(4)))
print(''.split(), ''.split(','), '   '.split())
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
