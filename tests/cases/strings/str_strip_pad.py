# strip family and padding.
s = '  \t hello \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcba'.strip('ab'), 'www.example.com'.lstrip('w.'))
print(repr('hi'.ljust(6)), repr('hi'.rjust(6, '.')), repr('hi'.center(7, '-')), repr('toolong'.ljust(3)))
print(repr('a\tb\tc'.expandtabs()), repr('ab\tc'.expandtabs(4)))
