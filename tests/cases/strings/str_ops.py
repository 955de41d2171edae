# Concatenation, repetition, membership, comparison, iteration.
s = 'ab'
print(s + 'cd', s * 3, 3 * s, s * 0, s * -1, 'x' in s, 'ab' in 'cab', '' in 'x')
print([c for c in 'héllo'], list(reversed('abc')), sorted('banana'))
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'é' > 'z', max('hello'), min('hello'))
print(ord('a'), chr(97), ord('€'), chr(8364), ord('😀'))
parts = []
for i in range(5):
    parts.append(str(i) * i)
print('|'.join(parts))
t = ''
for c in 'abc':
    t += c.upper()
print(t)
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    1 + 'a'
except TypeError as e:
    print('TypeError:', e)
