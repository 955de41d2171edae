# The format mini-language for ints.
for spec in ['', 'd', '5d', '<5', '>5', '^5', '*^7', '+d', '-d', ' d', '05d', ',', '_', 'x', 'X', '#x', '#X',
             'o', '#o', 'b', '#b', '08b', '#010x', 'c', 'n', '_x', '+,', '=+8', 'e', '.2f', '%']:
    print(repr(spec), repr(format(42, spec)), repr(format(-42, spec)) if spec != 'c' else '')
print(format(1234567890, ','), format(-1234567, '_'), format(2 ** 70, ','), format(255, '_b'))
try:
    format(42, 's')
except ValueError as e:
    print('ValueError:', e)
try:
    format(42, ',x')
except ValueError as e:
    print('ValueError:', e)
