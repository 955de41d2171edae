# Other str methods: translate, maketrans, format_map, isdigit-ish, count, index.
t = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(t), 'hello'.translate({ord('l'): None, ord('h'): 'J'}))
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
print('x'.join('abc'), 'abc'.index('c'), 'hello'.isalpha())
print(str.upper('abc'), str.__len__('abcd'), 'A'.__eq__('A'), 'a'.__lt__('b'))
print(type('').__name__, str(), repr(str()))
