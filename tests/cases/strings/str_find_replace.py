# find/index/count/replace/startswith/endswith.
s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.rfind('the'), s.find('cat'), s.index('fox'), s.rindex('o'))
print(s.count('o'), s.count('the'), 'aaaa'.count('aa'), ''.count(''), 'abc'.count(''))
print(s.replace('the', 'a'), s.replace('o', '0', 2), 'aaa'.replace('', '-'))
print(s.startswith('the'), s.startswith(('a', 'th')), s.endswith('dog'), s.startswith('quick', 4))
print('abc'.find(''), 'abc'.find('c', -1), 'abc'[::-1].find('c'))
try:
    s.index('cat')
except ValueError as e:
    print('ValueError:', e)
print('hello'.removeprefix('he'), 'hello'.removesuffix('lo'), 'hello'.removeprefix('x'))
