# Unknown escapes are kept verbatim (CPython only warns about them, with a DeprecationWarning).
a = '\d'
b = '\q\w\s'
c = b'\u00e9'
d = b'\N{BULLET}'
e = '\ '
f = 'C:\path'
g = f'\d{a}'
