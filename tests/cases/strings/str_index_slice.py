# Indexing and slicing strings.
s = 'abcdefghij'
print(s[0], s[-1], s[3:6], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[1:-1:3], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], repr(s[5:5]))
print(len(s), len(''), len('héllo'), len('日本語'))
print('日本語'[1], 'héllo'[1:3])
try:
    s[10]
except IndexError as e:
    print('IndexError:', e)
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError:', e)
try:
    s['a']
except TypeError as e:
    print('TypeError:', e)
