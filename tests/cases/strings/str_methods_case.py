# Case conversion methods.
s = 'hello World, it IS a Test'
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print('ß'.upper(), 'ǅ'.lower(), 'İ'.lower() == 'i̇', 'straße'.casefold())
print("they're bill's friends".title())
print('hello'.center(11, '*'), 'x'.zfill(4), '-42'.zfill(6), '+7'.zfill(4))
