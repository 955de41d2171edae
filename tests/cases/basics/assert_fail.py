# An uncaught failing assert ends the program with AssertionError.
x = 3
print('before')
assert x == 4, f'x should be 4, not {x}'
print('not reached')
